// A mentorship as its page shows it: the public head (programme, cities, status, dates, topics)
// and, for those who may read them, the need, the timeline of status changes, the officers with
// their periods and the people its parts name.
import * as v from 'valibot';
import type { Tables } from '$lib/database.types';
import type { Db } from '../supabase';
import { DatabaseError } from '../errors';

const headColumns = `id, status, sectors, components, started_on, ended_on, lead_mentor_id,
	mentor_city_id, mentee_city_id,
	programme:programmes (slug, name_en, name_hi),
	mentor_city:cities!mentorships_mentor_city_id_fkey (slug, name),
	mentee_city:cities!mentorships_mentee_city_id_fkey (slug, name)`;

/** What anyone who may know of the mentorship reads. */
export type MentorshipHead = Pick<
	Tables<'mentorships'>,
	| 'id'
	| 'status'
	| 'sectors'
	| 'components'
	| 'started_on'
	| 'ended_on'
	| 'lead_mentor_id'
	| 'mentor_city_id'
	| 'mentee_city_id'
> & {
	programme: { slug: string; name_en: string; name_hi: string };
	mentor_city: { slug: string; name: string };
	mentee_city: { slug: string; name: string };
};

/** The mentorship's public part, if the reader may see it at all (policies decide), or null. */
export async function readMentorshipHead(db: Db, id: string): Promise<MentorshipHead | null> {
	const { data, error } = await db
		.from('mentorships')
		.select(headColumns)
		.eq('id', id)
		.maybeSingle();
	if (error) throw new DatabaseError(`reading mentorship ${id}`, error);
	return data;
}

export type MentorshipEvent = Pick<
	Tables<'mentorship_events'>,
	'id' | 'status' | 'actor_id' | 'note' | 'created_at'
>;
export type Officer = Pick<
	Tables<'mentorship_officers'>,
	'id' | 'user_id' | 'side' | 'is_lead' | 'started_at' | 'ended_at' | 'ended_reason'
>;

/** Someone the mentorship's parts name, as its readers may see them: never an email. */
export interface Person {
	id: string;
	name: string;
	designation: string | null;
	/** The side their city is on now; null once they work elsewhere. */
	side: Tables<'mentorship_officers'>['side'] | null;
	/** An active officer of either city: may attend sessions and own action items. */
	can_take_part: boolean;
}

// mentorship_people answers rows the generated types call non-null throughout: read them here.
const peopleSchema = v.array(
	v.object({
		id: v.string(),
		name: v.string(),
		designation: v.nullable(v.string()),
		side: v.nullable(v.picklist(['mentor', 'mentee'])),
		can_take_part: v.boolean()
	})
);

/** The people the mentorship's parts name, and the officers who may take part in it now. */
export async function listPeople(db: Db, mentorshipId: string): Promise<Person[]> {
	const { data, error } = await db.rpc('mentorship_people', { p_mentorship_id: mentorshipId });
	if (error) throw new DatabaseError(`reading the people of mentorship ${mentorshipId}`, error);
	return v.parse(peopleSchema, data ?? []);
}

/** The private parts of a mentorship: for its two cities and the admins. */
export interface MentorshipInside {
	requested_at: string | null;
	decided_at: string | null;
	need_markdown: string;
	decision_reason: string | null;
	closing_summary: string | null;
	events: MentorshipEvent[];
	officers: Officer[];
	people: Person[];
}

/** The private parts, read as the user: their policies decide, so a reader without access gets null. */
export async function readMentorshipInside(db: Db, id: string): Promise<MentorshipInside | null> {
	const [dates, brief, events, officers, people] = await Promise.all([
		db.from('mentorships').select('requested_at, decided_at').eq('id', id).maybeSingle(),
		db
			.from('mentorship_briefs')
			.select('need_markdown, decision_reason, closing_summary')
			.eq('mentorship_id', id)
			.maybeSingle(),
		db
			.from('mentorship_events')
			.select('id, status, actor_id, note, created_at')
			.eq('mentorship_id', id)
			.order('created_at')
			.order('id'),
		db
			.from('mentorship_officers')
			.select('id, user_id, side, is_lead, started_at, ended_at, ended_reason')
			.eq('mentorship_id', id)
			.order('started_at'),
		listPeople(db, id)
	]);
	for (const [what, answer] of [
		['dates', dates],
		['brief', brief],
		['events', events],
		['officers', officers]
	] as const) {
		if (answer.error) {
			throw new DatabaseError(`reading the ${what} of mentorship ${id}`, answer.error);
		}
	}
	// Every mentorship records its first status: none visible means the policies withheld them.
	if (!events.data?.length) return null;
	return {
		requested_at: dates.data?.requested_at ?? null,
		decided_at: dates.data?.decided_at ?? null,
		need_markdown: brief.data?.need_markdown ?? '',
		decision_reason: brief.data?.decision_reason ?? null,
		closing_summary: brief.data?.closing_summary ?? null,
		events: events.data,
		officers: officers.data ?? [],
		people
	};
}
