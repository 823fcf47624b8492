// Hindi messages: every key of en.ts (the type checker enforces it), written for Hindi readers
// rather than word for word. Each area's strings are in a file of its own under messages/hi.
import { core } from './messages/hi/core';
import { adminUsers } from './messages/hi/admin-users';
import { adoptions } from './messages/hi/adoptions';
import { assessmentAdmin } from './messages/hi/assessment-admin';
import { assessments } from './messages/hi/assessments';
import { calendar } from './messages/hi/calendar';
import { dashboard } from './messages/hi/dashboard';
import { feedback } from './messages/hi/feedback';
import { mentors } from './messages/hi/mentors';
import { mentorships } from './messages/hi/mentorships';
import { reachCharts } from './messages/hi/reach-charts';
import { reachMap } from './messages/hi/reach-map';
import { reach } from './messages/hi/reach';
import { sessions } from './messages/hi/sessions';
import { suggestions } from './messages/hi/suggestions';
import { seo } from './messages/hi/seo';
import { sitePages } from './messages/hi/site-pages';
import type { Message, MessageKey } from './en';

export const hi: Record<MessageKey, Message> = {
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
