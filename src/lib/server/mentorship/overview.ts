// The mentorship's head as the page's actions and the sessions API check it (one query), and the
// people its parts name, whom sessions and action items choose from. The private parts (need,
// timeline, officers) are read by the flows' mentorships.ts.
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

/** Someone the mentorship's parts name, as its readers may see them: never an email. */
export interface Person {
	id: string;
	name: string;
	designation: string | null;
	/** The side their city is on now; null once they work elsewhere. */
	side: 'mentor' | 'mentee' | null;
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
