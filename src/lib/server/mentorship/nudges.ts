// The scheduled mentorship jobs: request expiry, session reminders, the action-item digest and
// the nudges. Each takes `now` (tests drive the clock), reads with the service role (system work),
// picks what is due with the pure rules in nudge-rules.ts, and queues mail through
// queueNotices, which sends each message once however often and wherever the job runs. The
// runner (jobs.ts) claims each run in Postgres.
import { systemDb } from '../db';
import { config } from '../env';
import { DatabaseError } from '../errors';
import { addDays, daysBetween, istDay } from './ist-days';
import { bothSides, peopleById, queueNotices } from './job-recipients';
import type { JobResult, Notice } from './job-recipients';
import {
	digestGroups,
	EXPIRE_DAYS,
	DIGEST_DAYS_AHEAD,
	isSendingHour,
	mentorshipSilence,
	programmeEndsSoon,
	requestedBefore,
	tomorrowWindow,
	UNANSWERED_DAYS
} from './nudge-rules';
import {
	digestMail,
	expiredMail,
	noFirstSessionMail,
	programmeEndingMail,
	quietMail,
	sessionReminderMail,
	unansweredMail
} from './nudge-mail';

const DAY_MS = 86_400_000;
// A request that expired this recently and whose requester has not been told yet (the mail was
// lost between the expiry and the queue) is told on the next run.
const EXPIRED_TELL_DAYS = 7;
// The two cities of a mentorship, with their names for the mail. One literal (and template
// literals below), so that supabase-js can type the rows from it.
const PAIRING = `id, mentor_city_id, mentee_city_id,
	mentor_city:cities!mentorships_mentor_city_id_fkey (name),
	mentee_city:cities!mentorships_mentee_city_id_fkey (name)`;

const origin = () => config.publicOrigin;

interface Named {
	mentor_city: { name: string } | null;
	mentee_city: { name: string } | null;
}
const names = (m: Named) => ({
	mentor: m.mentor_city?.name ?? '',
	mentee: m.mentee_city?.name ?? ''
});

/** A job that waits for the morning: nothing due, and says why. */
const notYet = (job: string): JobResult => ({
	job,
	due: 0,
	skipped: 0,
	queued: 0,
	note: 'waits for 07:00 IST'
});

/**
 * Expires requests unanswered for 10 days (expire_mentorship_requests) and tells each requester,
 * pointing them to the next suggestions. Always sent: it answers the requester's own request.
 */
export async function expireRequests(now: Date): Promise<JobResult & { expired: number }> {
	const db = systemDb();
	const expired = await db.rpc('expire_mentorship_requests', { p_days: EXPIRE_DAYS });
	if (expired.error) throw new DatabaseError('expiring requests', expired.error);
	const { data, error } = await db
		.from('mentorships')
		.select(`${PAIRING}, mentorship_officers (user_id, side, is_lead)`)
		.eq('status', 'expired')
		.gte('decided_at', new Date(now.getTime() - EXPIRED_TELL_DAYS * DAY_MS).toISOString());
	if (error) throw new DatabaseError('reading expired requests', error);
	const notices: Notice[] = (data ?? []).flatMap((m) =>
		m.mentorship_officers
			.filter((o) => o.side === 'mentee' && o.is_lead)
			.map((o) => ({
				kind: 'request_expired',
				subjectId: m.id,
				userId: o.user_id,
				period: '',
				mail: expiredMail({ ...names(m), days: EXPIRE_DAYS }, origin())
			}))
	);
	const result = await queueNotices('request_expired', null, notices);
	return { ...result, expired: expired.data?.length ?? 0 };
}

/** Reminds attendees and both sides' officers of each session on the next IST day. */
export async function sendSessionReminders(now: Date): Promise<JobResult> {
	const job = 'session_reminder';
	if (!isSendingHour(now)) return notYet(job);
	const { from, to } = tomorrowWindow(now);
	const { data, error } = await systemDb()
		.from('mentorship_sessions')
		.select(
			`id, mentorship_id, title, starts_at, duration_minutes, location, meeting_url,
			session_attendees (user_id), mentorship:mentorships!inner (${PAIRING})`
		)
		.eq('status', 'scheduled')
		.gte('starts_at', from.toISOString())
		.lt('starts_at', to.toISOString())
		.in('mentorship.status', ['active', 'paused']);
	if (error) throw new DatabaseError('reading tomorrow’s sessions', error);
	const sessions = data ?? [];
	const sides = await bothSides(sessions.map((s) => s.mentorship));
	const notices = sessions.flatMap((s) => {
		const mail = sessionReminderMail(
			{
				...names(s.mentorship),
				title: s.title,
				startsAt: s.starts_at,
				durationMinutes: s.duration_minutes,
				location: s.location,
				meetingUrl: s.meeting_url,
				mentorshipId: s.mentorship_id,
				sessionId: s.id
			},
			origin()
		);
		const to = new Set([
			...s.session_attendees.map((a) => a.user_id),
			...(sides.get(s.mentorship.id) ?? [])
		]);
		return [...to].map((userId) => ({
			kind: job,
			subjectId: s.id,
			userId,
			// A session moved to another day is reminded of again.
			period: istDay(s.starts_at),
			mail
		}));
	});
	return queueNotices(job, 'session_reminders', notices);
}

/** Each owner's daily digest of open action items overdue or due within 3 days. */
export async function sendActionDigests(now: Date): Promise<JobResult> {
	const job = 'action_digest';
	if (!isSendingHour(now)) return notYet(job);
	const today = istDay(now);
	const { data, error } = await systemDb()
		.from('action_items')
		.select(`id, owner_id, title, due_on, mentorship:mentorships!inner (${PAIRING})`)
		.eq('status', 'open')
		.lte('due_on', addDays(today, DIGEST_DAYS_AHEAD))
		.in('mentorship.status', ['active', 'paused']);
	if (error) throw new DatabaseError('reading action items due', error);
	const items = (data ?? []).map((i) => ({
		id: i.id,
		ownerId: i.owner_id,
		dueOn: i.due_on,
		title: i.title,
		...names(i.mentorship)
	}));
	const notices: Notice[] = [...digestGroups(items, today)].map(([ownerId, digest]) => ({
		kind: job,
		subjectId: ownerId,
		userId: ownerId,
		period: today,
		mail: digestMail(digest, origin())
	}));
	return queueNotices(job, 'action_digest', notices);
}

/** Nudges the mentor (or the mentor city's mentors) about a request unanswered for 7 days. */
export async function nudgeUnansweredRequests(now: Date): Promise<JobResult> {
	const job = 'request_unanswered';
	const { data, error } = await systemDb()
		.from('mentorships')
		.select(`${PAIRING}, lead_mentor_id, requested_at`)
		.in('status', ['requested', 'proposed'])
		.lte('requested_at', requestedBefore(now, UNANSWERED_DAYS).toISOString());
	if (error) throw new DatabaseError('reading unanswered requests', error);
	const requests = data ?? [];
	const leads = await peopleById(requests.flatMap((m) => m.lead_mentor_id ?? []));
	const needFallback = requests.filter((m) => {
		const lead = m.lead_mentor_id ? leads.get(m.lead_mentor_id) : undefined;
		return !(
			lead?.status === 'active' &&
			lead.role === 'mentor' &&
			lead.city_id === m.mentor_city_id
		);
	});
	// The named mentor left or moved: the mentor city's mentors answer in their place.
	const others = await bothSides(needFallback, ['mentor']);
	const notices = requests.flatMap((m) => {
		const mentors = others.get(m.id) ?? (m.lead_mentor_id ? [m.lead_mentor_id] : []);
		const days = daysBetween(istDay(m.requested_at ?? now), istDay(now));
		const mail = unansweredMail({ ...names(m), mentorshipId: m.id, days }, origin());
		return mentors.map((userId) => ({ kind: job, subjectId: m.id, userId, period: '', mail }));
	});
	return queueNotices(job, 'nudges', notices);
}

/**
 * Nudges both sides of an active mentorship with no session 14 days after acceptance, and of one
 * without a session for 30 days (again after every 30 more).
 */
export async function nudgeQuietMentorships(now: Date): Promise<JobResult> {
	const job = 'quiet_mentorship';
	const { data, error } = await systemDb()
		.from('mentorships')
		.select(`${PAIRING}, started_on, mentorship_sessions (starts_at, status)`)
		.eq('status', 'active');
	if (error) throw new DatabaseError('reading active mentorships', error);
	const found = (data ?? []).map((m) => ({
		m,
		silence: mentorshipSilence(
			m.started_on,
			m.mentorship_sessions.map((s) => ({ startsAt: s.starts_at, status: s.status })),
			now
		)
	}));
	const silent = found.filter((f) => f.silence.noFirstSession || f.silence.quiet);
	const sides = await bothSides(silent.map((f) => f.m));
	const notices = silent.flatMap(({ m, silence }) => {
		const to = sides.get(m.id) ?? [];
		const pairing = { ...names(m), mentorshipId: m.id };
		return [
			...(silence.noFirstSession
				? to.map((userId) => ({
						kind: 'no_first_session',
						subjectId: m.id,
						userId,
						period: '',
						mail: noFirstSessionMail(pairing, origin())
					}))
				: []),
			...(silence.quiet
				? to.map((userId) => ({
						kind: 'quiet_mentorship',
						subjectId: m.id,
						userId,
						period: silence.quiet?.period ?? '',
						mail: quietMail({ ...pairing, days: silence.quiet?.days ?? 0 }, origin())
					}))
				: [])
		];
	});
	return queueNotices(job, 'nudges', notices);
}

/** Tells both sides of each active mentorship that its programme ends within 30 days. */
export async function notifyProgrammeEnding(now: Date): Promise<JobResult> {
	const job = 'programme_ending';
	const db = systemDb();
	const programmes = await db
		.from('programmes')
		.select('id, name_en, name_hi, ends_on')
		.eq('status', 'active')
		.gte('ends_on', istDay(now));
	if (programmes.error) throw new DatabaseError('reading programmes', programmes.error);
	const ending = (programmes.data ?? []).filter((p) => programmeEndsSoon(p.ends_on, now));
	if (ending.length === 0) return { job, due: 0, skipped: 0, queued: 0 };
	const { data, error } = await db
		.from('mentorships')
		.select(`${PAIRING}, programme_id`)
		.eq('status', 'active')
		.in(
			'programme_id',
			ending.map((p) => p.id)
		);
	if (error) throw new DatabaseError('reading the mentorships of ending programmes', error);
	const sides = await bothSides(data ?? []);
	const notices = (data ?? []).flatMap((m) => {
		const p = ending.find((x) => x.id === m.programme_id);
		if (!p?.ends_on) return [];
		const mail = programmeEndingMail(
			{
				...names(m),
				mentorshipId: m.id,
				programme: { en: p.name_en, hi: p.name_hi },
				endsOn: p.ends_on
			},
			origin()
		);
		return (sides.get(m.id) ?? []).map((userId) => ({
			kind: job,
			subjectId: m.id,
			userId,
			// A programme whose end moves is announced again.
			period: p.ends_on ?? '',
			mail
		}));
	});
	return queueNotices(job, 'nudges', notices);
}
