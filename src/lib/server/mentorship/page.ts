// Everything the mentorship page shows, read as the reader: the public head for anyone who may
// know of the pairing, and for its two cities and the admins the need, the officers, one
// timeline, sessions, goals, action items and their own side's check-ins.
import type { SessionUser } from '../auth/session';
import { dbFor } from '../db';
import { renderMarkdown } from '../markdown';
import { listComponents, listSectors } from '../practices';
import { textLanguage } from '$lib/text-language';
import { mentorshipAccess, sideOf } from './access';
import type { MentorshipAccess } from './access';
import { listActionItems } from './action-items';
import { listCheckins, openStages } from './checkins';
import { listGoals } from './goals';
import { mentorshipDetail } from './mentorships';
import type { MentorshipDetail, MentorshipPrivate } from './mentorships';
import { listPeople } from './overview';
import type { MentorshipHead } from './overview';
import { canAnswer, canWithdraw } from './request-page';
import { listSessions } from './sessions';
import type { Session } from './sessions';
import { buildTimeline, indiaToday, overdueDays } from './timeline';

/** Markdown as the page shows it: rendered and sanitised, with the language of its text. */
function rendered(markdown: string | null) {
	if (!markdown?.trim()) return null;
	return { html: renderMarkdown(markdown).html, lang: textLanguage(markdown) };
}

/** A session as the page shows it. */
export function sessionView(session: Session, now = Date.now()) {
	return {
		...session,
		agenda: rendered(session.agenda_markdown),
		notes: rendered(session.notes_markdown),
		started: Date.parse(session.starts_at) <= now
	};
}

export type PageResult =
	| { kind: 'not_found' }
	| { kind: 'public'; head: MentorshipHead; topics: Topics }
	| ({ kind: 'inside'; head: MentorshipHead; topics: Topics } & Awaited<ReturnType<typeof inside>>);

type Topics = Awaited<ReturnType<typeof topicsOf>>;

async function topicsOf(head: MentorshipHead) {
	const [sectors, components] = await Promise.all([listSectors(), listComponents()]);
	return {
		sectors: sectors.filter((s) => head.sectors.includes(s.slug)),
		components: components.filter((c) => head.components.includes(c.slug))
	};
}

async function inside(
	user: SessionUser,
	detail: MentorshipDetail & { private: MentorshipPrivate },
	head: MentorshipHead,
	access: MentorshipAccess
) {
	const db = dbFor(user);
	const [people, sessions, actions, goals, checkins] = await Promise.all([
		listPeople(db, head.id),
		listSessions(db, head.id),
		listActionItems(db, head.id),
		listGoals(db, head.id),
		listCheckins(db, head.id)
	]);
	const parts = { ...detail.private, people };
	const today = indiaToday();
	return {
		access,
		side: sideOf(user, head),
		// The flows' answer and withdraw forms, for those who may use them on an open request.
		canAnswer: canAnswer(user, detail),
		canWithdraw: canWithdraw(user, detail),
		parts,
		need: rendered(parts.need_markdown),
		closingSummary: rendered(parts.closing_summary),
		sessions: sessions.map((s) => sessionView(s)),
		actions: actions.map((a) => ({ ...a, overdue_days: overdueDays(a, today) })),
		goals,
		checkins,
		stages: openStages(head.status),
		timeline: buildTimeline({ events: parts.events, sessions, goals, actions })
	};
}

/** The head as the page and access.ts read it, from the mentorship as the flows' module reads it. */
function headOf(detail: MentorshipDetail): MentorshipHead {
	return {
		id: detail.id,
		status: detail.status,
		sectors: detail.sectors,
		components: detail.components,
		started_on: detail.started_on,
		ended_on: detail.ended_on,
		lead_mentor_id: detail.mentor?.id ?? null,
		mentor_city_id: detail.mentor_city.id,
		mentee_city_id: detail.mentee_city.id,
		programme: detail.programme,
		mentor_city: { slug: detail.mentor_city.slug, name: detail.mentor_city.name },
		mentee_city: { slug: detail.mentee_city.slug, name: detail.mentee_city.name }
	};
}

/** The page of a mentorship for this reader, or not_found where they may not know of it. */
export async function mentorshipPage(user: SessionUser | null, id: string): Promise<PageResult> {
	const detail = await mentorshipDetail(dbFor(user), id);
	if (!detail) return { kind: 'not_found' };
	const head = headOf(detail);
	const access = mentorshipAccess(user, head);
	if (access === 'none') return { kind: 'not_found' };
	const topics = await topicsOf(head);
	// The policies have the last word: a reader they give no private part sees the public page.
	if (access === 'public' || !user || !detail.private) return { kind: 'public', head, topics };
	const { private: part, ...rest } = detail;
	return {
		kind: 'inside',
		head,
		topics,
		...(await inside(user, { ...rest, private: part }, head, access))
	};
}
