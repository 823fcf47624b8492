// Marathi messages: every key of en.ts (the type checker enforces it), written for Marathi readers
// rather than word for word. Each area's strings are in a file of its own under messages/mr.
import { core } from './messages/mr/core';
import { adminUsers } from './messages/mr/admin-users';
import { adoptions } from './messages/mr/adoptions';
import { assessmentAdmin } from './messages/mr/assessment-admin';
import { assessments } from './messages/mr/assessments';
import { calendar } from './messages/mr/calendar';
import { dashboard } from './messages/mr/dashboard';
import { feedback } from './messages/mr/feedback';
import { mentors } from './messages/mr/mentors';
import { mentorships } from './messages/mr/mentorships';
import { reachCharts } from './messages/mr/reach-charts';
import { reachMap } from './messages/mr/reach-map';
import { reach } from './messages/mr/reach';
import { sessions } from './messages/mr/sessions';
import { suggestions } from './messages/mr/suggestions';
import { seo } from './messages/mr/seo';
import { sitePages } from './messages/mr/site-pages';
import type { Message, MessageKey } from './en';

export const mr: Record<MessageKey, Message> = {
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
};
