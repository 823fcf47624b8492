// English messages, the source every other catalogue translates. Each area of the app keeps its
// strings in a file of its own under messages/en; `{name}` marks a value filled in at run time.
import { core } from './messages/en/core';
import { adminUsers } from './messages/en/admin-users';
import { adoptions } from './messages/en/adoptions';
import { assessmentAdmin } from './messages/en/assessment-admin';
import { assessments } from './messages/en/assessments';
import { calendar } from './messages/en/calendar';
import { dashboard } from './messages/en/dashboard';
import { feedback } from './messages/en/feedback';
import { mentors } from './messages/en/mentors';
import { mentorships } from './messages/en/mentorships';
import { reachCharts } from './messages/en/reach-charts';
import { reachMap } from './messages/en/reach-map';
import { reach } from './messages/en/reach';
import { sessions } from './messages/en/sessions';
import { suggestions } from './messages/en/suggestions';
import { seo } from './messages/en/seo';
import { sitePages } from './messages/en/site-pages';
import type { Message } from './message';

export const en = {
	...core,
	...adminUsers,
	...adoptions,
	...assessmentAdmin,
	...assessments,
	...calendar,
	...dashboard,
	...feedback,
	...mentors,
	...mentorships,
	...reachCharts,
	...reachMap,
	...reach,
	...sessions,
	...suggestions,
	...seo,
	...sitePages
} as const;

export type MessageKey = keyof typeof en;
export type { Message };
