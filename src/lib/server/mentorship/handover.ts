// The admins' handover list. Officers are transferred often; a mentorship belongs to the two
// cities, so when an admin moves an officer to another city or deactivates them, what they
// carried waits here for a colleague: the mentorships they led (the lead mentor, or the mentee
// city's lead officer, whose period the database ended) and their open action items. Read and
// written as the admin: the database's policies and functions have the last word.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import type { Enums } from '$lib/database.types';
import type { MessageKey } from '$lib/i18n';
import type { CityName } from '$lib/places/names';
import type { SessionUser } from '../auth/session';
import { userDb } from '../db';
import { DatabaseError } from '../errors';

type Side = Enums<'mentorship_side'>;
const OPEN: Enums<'mentorship_status'>[] = ['requested', 'proposed', 'active', 'paused'];
// Action items change only while their mentorship runs (the policies), so only those are listed.
const RUNNING: Enums<'mentorship_status'>[] = ['active', 'paused'];

export interface Officer {
	id: string;
	name: string;
	designation: string | null;
}

export interface Departed {
	id: string;
	name: string;
	/** Why they cannot carry it: deactivated, or working in another city (or none). */
	reason: 'deactivated' | 'transferred';
	city: CityName | null;
}

export interface LeadToHand {
	mentorshipId: string;
	side: Side;
	status: Enums<'mentorship_status'>;
	mentor: CityName;
	mentee: CityName;
	officer: Departed;
	/** Active officers of that side's city who may lead it (mentors, on the mentor side). */
	candidates: Officer[];
}

export interface ItemToHand {
	id: string;
	title: string;
	dueOn: string;
	mentorshipId: string;
	mentor: CityName;
	mentee: CityName;
	owner: Departed;
	/** Active officers of either city. */
	candidates: Officer[];
}

interface Person {
	id: string;
	name: string;
	status: Enums<'user_status'>;
	city_id: string | null;
	city: CityName | null;
}

const PERSON = 'id, name, status, city_id, city:cities (slug, name)';
const PAIRING = `id, status, mentor_city_id, mentee_city_id,
	mentor_city:cities!mentorships_mentor_city_id_fkey (slug, name),
	mentee_city:cities!mentorships_mentee_city_id_fkey (slug, name)`;

/** Why a person cannot carry work for cities `cities`, or null when they can. */
function departed(person: Person | null, cities: string[]): Departed | null {
	if (!person) return null;
	if (person.status !== 'active') {
		return {
			id: person.id,
			name: person.name,
			reason: 'deactivated',
			city: person.city
		};
	}
	if (person.city_id && cities.includes(person.city_id)) return null;
	return {
		id: person.id,
		name: person.name,
		reason: 'transferred',
		city: person.city
	};
}

/** Everything waiting to be handed over, oldest mentorship work first. */
export async function handoverList(
	admin: SessionUser
): Promise<{ leads: LeadToHand[]; items: ItemToHand[] }> {
	const db = userDb(admin);
	const [led, menteeLeads, items] = await Promise.all([
		db
			.from('mentorships')
			.select(`${PAIRING}, lead:users!mentorships_lead_mentor_id_fkey (${PERSON})`)
			.in('status', OPEN)
			.not('lead_mentor_id', 'is', null)
			.order('created_at'),
		// Mentee-side lead periods that a transfer or deactivation ended.
		db
			.from('mentorship_officers')
			.select(
				`user_id, ended_at, user:users (${PERSON}), mentorship:mentorships!inner (${PAIRING},
				mentorship_officers (side, is_lead, ended_at))`
			)
			.eq('side', 'mentee')
			.eq('is_lead', true)
			.in('ended_reason', ['transferred', 'deactivated'])
			.in('mentorship.status', OPEN)
			.order('ended_at', { ascending: false }),
		db
			.from('action_items')
			.select(
				`id, title, due_on, owner:users!action_items_owner_id_fkey (${PERSON}),
				mentorship:mentorships!inner (${PAIRING})`
			)
			.eq('status', 'open')
			.in('mentorship.status', RUNNING)
			.order('due_on')
	]);
	if (led.error) throw new DatabaseError('reading lead mentors', led.error);
	if (menteeLeads.error) throw new DatabaseError('reading mentee leads', menteeLeads.error);
	if (items.error) throw new DatabaseError('reading action items to hand over', items.error);

	const unknown: CityName = { slug: '', name: '' };
	const names = (m: { mentor_city: CityName | null; mentee_city: CityName | null }) => ({
		mentor: m.mentor_city ?? unknown,
		mentee: m.mentee_city ?? unknown
	});
	const leads: Omit<LeadToHand, 'candidates'>[] = [];
	for (const m of led.data ?? []) {
		const officer = departed(m.lead, [m.mentor_city_id]);
		if (officer) {
			leads.push({ mentorshipId: m.id, side: 'mentor', status: m.status, ...names(m), officer });
		}
	}
	const seen = new Set<string>();
	for (const period of menteeLeads.data ?? []) {
		const m = period.mentorship;
		// The latest ended period speaks for the mentorship; an open lead period means it was handed over.
		if (seen.has(m.id)) continue;
		seen.add(m.id);
		if (m.mentorship_officers.some((o) => o.side === 'mentee' && o.is_lead && !o.ended_at)) {
			continue;
		}
		const officer = departed(period.user, [m.mentee_city_id]);
		if (officer) {
			leads.push({ mentorshipId: m.id, side: 'mentee', status: m.status, ...names(m), officer });
		}
	}
	const itemsToHand: Omit<ItemToHand, 'candidates'>[] = [];
	const itemCities = new Map<string, string[]>();
	for (const item of items.data ?? []) {
		const m = item.mentorship;
		const owner = departed(item.owner, [m.mentor_city_id, m.mentee_city_id]);
		if (!owner) continue;
		itemCities.set(item.id, [m.mentor_city_id, m.mentee_city_id]);
		itemsToHand.push({
			id: item.id,
			title: item.title,
			dueOn: item.due_on,
			mentorshipId: m.id,
			...names(m),
			owner
		});
	}

	const sideCity = new Map<string, { city: string; side: Side }>();
	for (const m of led.data ?? []) {
		sideCity.set(`${m.id}:mentor`, { city: m.mentor_city_id, side: 'mentor' });
	}
	for (const p of menteeLeads.data ?? []) {
		sideCity.set(`${p.mentorship.id}:mentee`, {
			city: p.mentorship.mentee_city_id,
			side: 'mentee'
		});
	}
	const cities = [
		...new Set([...[...sideCity.values()].map((s) => s.city), ...[...itemCities.values()].flat()])
	];
	const officers = await activeOfficers(admin, cities);
	const officersOf = (city: string, mentorsOnly: boolean) =>
		officers
			.filter((o) => o.city_id === city && (!mentorsOnly || o.role === 'mentor'))
			.map(({ id, name, designation }) => ({ id, name, designation }));
	return {
		leads: leads.map((lead) => {
			const { city } = sideCity.get(`${lead.mentorshipId}:${lead.side}`) ?? { city: '' };
			return { ...lead, candidates: officersOf(city, lead.side === 'mentor') };
		}),
		items: itemsToHand.map((item) => ({
			...item,
			candidates: (itemCities.get(item.id) ?? []).flatMap((city) => officersOf(city, false))
		}))
	};
}

/** The active mentors and city members of these cities, by name. */
async function activeOfficers(admin: SessionUser, cities: string[]) {
	if (cities.length === 0) return [];
	const { data, error } = await userDb(admin)
		.from('users')
		.select('id, name, designation, role, city_id')
		.in('city_id', cities)
		.eq('status', 'active')
		.in('role', ['mentor', 'city_member'])
		.order('name');
	if (error) throw new DatabaseError('reading officers who could take over', error);
	return data ?? [];
}

const uuid = (message: MessageKey) => v.pipe(v.optional(v.string(), ''), v.uuid(message));

/** The form that hands a lead role over: the mentorship, its side and the new officer. */
export const leadHandoverSchema = v.object({
	mentorship: uuid('handover.gone'),
	side: v.picklist(Constants.public.Enums.mentorship_side, 'handover.gone'),
	user: uuid('handover.choose')
});

/** The form that hands an action item over. */
export const itemHandoverSchema = v.object({
	item: uuid('handover.gone'),
	user: uuid('handover.choose')
});

const Saved = v.object({ status: v.picklist(['saved', 'forbidden', 'not_found']) });

export type HandoverOutcome = 'saved' | 'invalid' | 'gone' | 'forbidden';

/** Hands a mentorship's side to another officer of that side's city (reassign_mentorship_officer). */
export async function reassignLead(
	admin: SessionUser,
	mentorshipId: string,
	side: Side,
	userId: string
): Promise<HandoverOutcome> {
	const { data, error } = await userDb(admin).rpc('reassign_mentorship_officer', {
		p_id: mentorshipId,
		p_side: side,
		p_user_id: userId
	});
	if (error?.code === '22023' || error?.code === '22P02') return 'invalid';
	if (error) throw new DatabaseError('reassigning a lead', error);
	const { status } = v.parse(Saved, data);
	return status === 'not_found' ? 'gone' : status;
}

/** Gives an open action item to another officer (the database checks they work in either city). */
export async function reassignActionItem(
	admin: SessionUser,
	itemId: string,
	userId: string
): Promise<HandoverOutcome> {
	const { data, error } = await userDb(admin)
		.from('action_items')
		.update({ owner_id: userId })
		.eq('id', itemId)
		.eq('status', 'open')
		.select('id');
	if (error?.code === '22023' || error?.code === '22P02' || error?.code === '23503') {
		return 'invalid';
	}
	if (error) throw new DatabaseError('reassigning an action item', error);
	return (data ?? []).length === 1 ? 'saved' : 'gone';
}
