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
import { readMentorshipHead, readMentorshipInside } from './overview';
import type { MentorshipHead } from './overview';
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

async function inside(user: SessionUser, head: MentorshipHead, access: MentorshipAccess) {
	const db = dbFor(user);
	const [parts, sessions, actions, goals, checkins] = await Promise.all([
		readMentorshipInside(db, head.id),
		listSessions(db, head.id),
		listActionItems(db, head.id),
		listGoals(db, head.id),
		listCheckins(db, head.id)
	]);
	const today = indiaToday();
	return {
		access,
		side: sideOf(user, head),
		parts,
		need: rendered(parts?.need_markdown ?? null),
		closingSummary: rendered(parts?.closing_summary ?? null),
		sessions: sessions.map((s) => sessionView(s)),
		actions: actions.map((a) => ({ ...a, overdue_days: overdueDays(a, today) })),
		goals,
		checkins,
		stages: openStages(head.status),
		timeline: buildTimeline({
			events: parts?.events ?? [],
			sessions,
			goals,
			actions
		})
	};
}

/** The page of a mentorship for this reader, or not_found where they may not know of it. */
export async function mentorshipPage(user: SessionUser | null, id: string): Promise<PageResult> {
	const head = await readMentorshipHead(dbFor(user), id);
	if (!head) return { kind: 'not_found' };
	const access = mentorshipAccess(user, head);
	if (access === 'none') return { kind: 'not_found' };
	const topics = await topicsOf(head);
	if (access === 'public' || !user) return { kind: 'public', head, topics };
	const rest = await inside(user, head, access);
	// The policies had the last word: a reader they gave no private part to sees the public page.
	if (!rest.parts) return { kind: 'public', head, topics };
	return { kind: 'inside', head, topics, ...rest };
}
