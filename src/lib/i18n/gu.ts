// Gujarati messages: every key of en.ts (the type checker enforces it), written for Gujarati readers
// rather than word for word. Each area's strings are in a file of its own under messages/gu.
import { core } from './messages/gu/core';
import { adminUsers } from './messages/gu/admin-users';
import { adoptions } from './messages/gu/adoptions';
import { assessmentAdmin } from './messages/gu/assessment-admin';
import { assessments } from './messages/gu/assessments';
import { calendar } from './messages/gu/calendar';
import { dashboard } from './messages/gu/dashboard';
import { feedback } from './messages/gu/feedback';
import { mentors } from './messages/gu/mentors';
import { mentorships } from './messages/gu/mentorships';
import { reachCharts } from './messages/gu/reach-charts';
import { reachMap } from './messages/gu/reach-map';
import { reach } from './messages/gu/reach';
import { sessions } from './messages/gu/sessions';
import { suggestions } from './messages/gu/suggestions';
import { seo } from './messages/gu/seo';
import { sitePages } from './messages/gu/site-pages';
import type { Message, MessageKey } from './en';

export const gu: Record<MessageKey, Message> = {
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
