// The signed-in home: what needs the user next. Requests awaiting their answer, their next
// sessions, their open action items, and new practices on their mentorships' topics. Read as the
// user, so row-level security decides; "their mentorships" are those their city takes part in.
import type { Enums } from '$lib/database.types';
import type { CityName } from '$lib/places/names';
import type { SessionUser } from '../auth/session';
import { userDb } from '../db';
import { DatabaseError } from '../errors';
import { expiresOn, mentorshipTopics, splitActionItems } from './dashboard-groups';
import type { Due } from './dashboard-groups';
import { handoverList } from './handover';
import { istDay } from './ist-days';

const NEXT_SESSIONS = 5;
const NEW_PRACTICES = 8;
const PRACTICE_DAYS = 30;
const ACTION_ITEMS = 50;

// Cities by slug as well as name: the page names them in the reader's language.
const PAIRING = `mentor_city:cities!mentorships_mentor_city_id_fkey (slug, name),
	mentee_city:cities!mentorships_mentee_city_id_fkey (slug, name)`;

export interface RequestCard {
	id: string;
	status: Enums<'mentorship_status'>;
	mentor: CityName;
	mentee: CityName;
	requestedOn: string | null;
	expiresOn: string | null;
}

export interface SessionCard {
	id: string;
	mentorshipId: string;
	title: string;
	startsAt: string;
	durationMinutes: number;
	mode: Enums<'session_mode'>;
	mentor: CityName;
	mentee: CityName;
}

export interface ActionCard {
	id: string;
	title: string;
	dueOn: string;
	mentorshipId: string;
	mentor: CityName;
	mentee: CityName;
}

export interface PracticeCard {
	slug: string;
	title: string;
	titleEn: string;
	language: string;
	kind: Enums<'practice_kind'>;
	city: CityName;
	publishedAt: string | null;
}

export interface Dashboard {
	/** Null when nothing can await this user's answer (a city member). */
	requests: RequestCard[] | null;
	sessions: SessionCard[];
	actions: { overdue: Due<ActionCard>[]; upcoming: Due<ActionCard>[] };
	/** Null when the user's city has no active mentorship (no topics to match). */
	practices: PracticeCard[] | null;
	/** For admins: how much waits on the handover list. */
	handover: number | null;
}

type Named = { mentor_city: CityName | null; mentee_city: CityName | null };
const unknown: CityName = { slug: '', name: '' };
const names = (m: Named | null) => ({
	mentor: m?.mentor_city ?? unknown,
	mentee: m?.mentee_city ?? unknown
});

/** Everything the dashboard shows, at `now`. */
export async function loadDashboard(user: SessionUser, now = new Date()): Promise<Dashboard> {
	const db = userDb(user);
	const today = istDay(now);
	const [requests, mentorships, attending, actions, handover] = await Promise.all([
		awaitingRequests(user),
		user.cityId
			? db
					.from('mentorships')
					.select('id, sectors, components')
					.or(`mentor_city_id.eq.${user.cityId},mentee_city_id.eq.${user.cityId}`)
					.in('status', ['active', 'paused'])
			: Promise.resolve({ data: [], error: null }),
		db.from('session_attendees').select('session_id').eq('user_id', user.id),
		db
			.from('action_items')
			.select(`id, title, due_on, mentorship_id, mentorship:mentorships (${PAIRING})`)
			.eq('owner_id', user.id)
			.eq('status', 'open')
			.order('due_on')
			.limit(ACTION_ITEMS),
		user.role === 'mission_admin'
			? handoverList(user).then((h) => h.leads.length + h.items.length)
			: Promise.resolve(null)
	]);
	if (mentorships.error) {
		throw new DatabaseError('reading the user’s mentorships', mentorships.error);
	}
	if (attending.error) throw new DatabaseError('reading sessions attended', attending.error);
	if (actions.error) throw new DatabaseError('reading the user’s action items', actions.error);
	const mine = mentorships.data ?? [];
	const [sessions, practices] = await Promise.all([
		nextSessions(
			user,
			mine.map((m) => m.id),
			(attending.data ?? []).map((a) => a.session_id),
			now
		),
		mine.length > 0 ? newPractices(user, mentorshipTopics(mine), now) : Promise.resolve(null)
	]);
	return {
		requests,
		sessions,
		actions: splitActionItems(
			(actions.data ?? []).map((a) => ({
				id: a.id,
				title: a.title,
				dueOn: a.due_on,
				mentorshipId: a.mentorship_id,
				...names(a.mentorship)
			})),
			today
		),
		practices,
		handover
	};
}

/** A mentor's: requests and proposals to their city. An admin's: the pairings they proposed. */
async function awaitingRequests(user: SessionUser): Promise<RequestCard[] | null> {
	let query = userDb(user)
		.from('mentorships')
		.select(`id, status, requested_at, ${PAIRING}`)
		.order('requested_at');
	if (user.role === 'mentor' && user.cityId) {
		query = query.eq('mentor_city_id', user.cityId).in('status', ['requested', 'proposed']);
	} else if (user.role === 'mission_admin') {
		query = query.eq('status', 'proposed');
	} else {
		return null;
	}
	const { data, error } = await query.limit(50);
	if (error) throw new DatabaseError('reading requests awaiting an answer', error);
	return (data ?? []).map((m) => {
		const requestedOn = m.requested_at ? istDay(m.requested_at) : null;
		return {
			id: m.id,
			status: m.status,
			...names(m),
			requestedOn,
			expiresOn: requestedOn && expiresOn(requestedOn)
		};
	});
}

/** The next scheduled sessions of the user's mentorships and of those they attend. */
async function nextSessions(
	user: SessionUser,
	mentorshipIds: string[],
	sessionIds: string[],
	now: Date
): Promise<SessionCard[]> {
	if (mentorshipIds.length === 0 && sessionIds.length === 0) return [];
	const either = [
		mentorshipIds.length > 0 ? `mentorship_id.in.(${mentorshipIds.join(',')})` : null,
		sessionIds.length > 0 ? `id.in.(${sessionIds.join(',')})` : null
	].filter(Boolean);
	const { data, error } = await userDb(user)
		.from('mentorship_sessions')
		.select(
			`id, mentorship_id, title, starts_at, duration_minutes, mode, mentorship:mentorships (${PAIRING})`
		)
		.or(either.join(','))
		.eq('status', 'scheduled')
		.gte('starts_at', now.toISOString())
		.order('starts_at')
		.limit(NEXT_SESSIONS);
	if (error) throw new DatabaseError('reading the next sessions', error);
	return (data ?? []).map((s) => ({
		id: s.id,
		mentorshipId: s.mentorship_id,
		title: s.title,
		startsAt: s.starts_at,
		durationMinutes: s.duration_minutes,
		mode: s.mode,
		...names(s.mentorship)
	}));
}

/** Practices published in the last 30 days on any of these sectors or components. */
async function newPractices(
	user: SessionUser,
	topics: { sectors: string[]; components: string[] },
	now: Date
): Promise<PracticeCard[]> {
	const overlaps = [
		topics.sectors.length > 0 ? `sectors.ov.{${topics.sectors.join(',')}}` : null,
		topics.components.length > 0 ? `components.ov.{${topics.components.join(',')}}` : null
	].filter(Boolean);
	if (overlaps.length === 0) return [];
	const since = new Date(now.getTime() - PRACTICE_DAYS * 86_400_000);
	const { data, error } = await userDb(user)
		.from('practices')
		.select('slug, title, title_en, language, kind, published_at, city:cities (slug, name)')
		.eq('status', 'published')
		.gte('published_at', since.toISOString())
		.or(overlaps.join(','))
		.order('published_at', { ascending: false })
		.limit(NEW_PRACTICES);
	if (error) throw new DatabaseError('reading new practices', error);
	return (data ?? []).map((p) => ({
		slug: p.slug,
		title: p.title,
		titleEn: p.title_en,
		language: p.language,
		kind: p.kind,
		city: p.city ?? unknown,
		publishedAt: p.published_at
	}));
}
