// Calendar apps refresh subscribed feeds slowly (Google takes up to a day), so a change to a
// session that starts within the next 24 hours is also mailed to its attendees, through the
// outbox, in English and Hindi. Mail is system work: the attendees' addresses are never shown
// to the users who change the session.
import { translate } from '$lib/i18n';
import type { Locale } from '$lib/i18n';
import { formatSessionTime } from '$lib/time';
import type { SessionUser } from '../auth/session';
import { systemDb } from '../db';
import { config } from '../env';
import { DatabaseError } from '../errors';
import { deliverOutbox, LINK_PLACEHOLDER } from '../mail';
import type { Session } from './sessions';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a save of `before` into `after` is to be mailed: it changed and starts within a day. */
export function isUrgentChange(before: Session | null, after: Session, now = Date.now()): boolean {
	if (
		before &&
		before.sequence === after.sequence &&
		before.attendees.join() === after.attendees.join()
	) {
		return false;
	}
	const soon = (iso: string) => {
		const start = Date.parse(iso);
		return start >= now && start <= now + DAY_MS;
	};
	return soon(after.starts_at) || (before !== null && soon(before.starts_at));
}

function describe(locale: Locale, before: Session | null, after: Session): string {
	const t = (key: Parameters<typeof translate>[1], params = {}) => translate(locale, key, params);
	const lines = [
		t(after.status === 'cancelled' ? 'session.mail.cancelled' : 'session.mail.changed', {
			title: after.title
		}),
		t('session.mail.when', {
			time: formatSessionTime(locale, after.starts_at, after.duration_minutes)
		})
	];
	if (before && before.starts_at !== after.starts_at) {
		lines.push(
			t('session.mail.was', {
				time: formatSessionTime(locale, before.starts_at, before.duration_minutes)
			})
		);
	}
	if (after.location) lines.push(t('session.mail.where', { place: after.location }));
	if (after.meeting_url) lines.push(t('session.mail.join', { url: after.meeting_url }));
	return lines.join('\n');
}

/**
 * Queues mail about a saved session to its attendees (and those just removed), but not to the
 * officer who saved it, when the change is urgent. Returns how many messages were queued.
 */
export async function mailSessionChange(
	actor: SessionUser,
	before: Session | null,
	after: Session,
	now = Date.now()
): Promise<number> {
	if (!isUrgentChange(before, after, now)) return 0;
	const ids = [...new Set([...(before?.attendees ?? []), ...after.attendees])].filter(
		(id) => id !== actor.id
	);
	if (ids.length === 0) return 0;
	const db = systemDb();
	const { data: people, error } = await db
		.from('users')
		.select('id, email')
		.in('id', ids)
		.eq('status', 'active');
	if (error) throw new DatabaseError('finding the attendees to tell of a session change', error);
	// A link only from the configured public origin; without one the mail goes without it.
	const origin = config.publicOrigin;
	const link = origin ? `${origin}/mentorships/${after.mentorship_id}#session-${after.id}` : null;
	const page = link
		? `\n\n${translate('en', 'session.mail.page')} ${LINK_PLACEHOLDER}\n${translate('hi', 'session.mail.page')} ${LINK_PLACEHOLDER}`
		: '';
	const subject = `${translate('en', 'session.mail.subject', { title: after.title })} · ${translate('hi', 'session.mail.subject', { title: after.title })}`;
	const body = `${describe('en', before, after)}\n\n${describe('hi', before, after)}${page}\n`;
	const rows = (people ?? []).map((p) => ({
		to_email: p.email,
		subject: subject.slice(0, 300),
		body,
		link,
		purpose: 'session_change',
		related_id: after.id
	}));
	if (rows.length === 0) return 0;
	const { error: queueError } = await db.from('outbox_emails').insert(rows);
	if (queueError) throw new DatabaseError('queueing mail about a session change', queueError);
	void deliverOutbox();
	return rows.length;
}
