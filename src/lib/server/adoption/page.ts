// What the adoption pages load beyond the adoption itself: its evidence and comments rendered
// through the one Markdown renderer, its progress against target, and the choices its forms
// offer (the city's officers as nodal officers; for a new adoption, the published practices and
// the city's mentorships as mentee).
import type { CityName } from '$lib/places/names';
import { indiaDay } from '$lib/schemas/adoption';
import { textLanguage } from '$lib/text-language';
import type { DbUser } from '../db';
import { dbFor } from '../db';
import { DatabaseError } from '../errors';
import { renderMarkdown } from '../markdown';
import type { Db } from '../supabase';
import { progressChart } from './chart';
import { getAdoption } from './detail';
import { summariseProgress } from './progress';

/** Markdown as the page shows it: rendered and sanitised, with the language of its text. */
function rendered(markdown: string | null) {
	if (!markdown?.trim()) return null;
	return { html: renderMarkdown(markdown).html, lang: textLanguage(markdown) };
}

export interface OfficerChoice {
	id: string;
	name: string;
	designation: string | null;
}

/** A city's active officers, who may be nodal officers of its categories. */
async function cityOfficers(db: Db, cityId: string): Promise<OfficerChoice[]> {
	const { data, error } = await db
		.from('users')
		.select('id, name, designation')
		.eq('city_id', cityId)
		.eq('status', 'active')
		.order('name');
	if (error) throw new DatabaseError(`listing the officers of city ${cityId}`, error);
	return data ?? [];
}

/** The adoption page for this reader, or null where they may not read the adoption. */
export async function adoptionPage(user: DbUser | null, id: string) {
	const db = dbFor(user);
	const adoption = await getAdoption(db, id, user);
	if (!adoption) return null;
	const { steps, comments, ...head } = adoption;
	const progress = summariseProgress(adoption.categories);
	return {
		adoption: head,
		steps: steps.map(({ evidence_markdown, ...step }) => ({
			...step,
			evidence: rendered(evidence_markdown)
		})),
		comments:
			comments?.map(({ body_markdown, ...comment }) => ({
				...comment,
				body: rendered(body_markdown)
			})) ?? null,
		progress,
		chart: progressChart(adoption.categories, progress),
		officers: adoption.canWrite ? await cityOfficers(db, adoption.city.id) : [],
		today: indiaDay()
	};
}

export type AdoptionPage = NonNullable<Awaited<ReturnType<typeof adoptionPage>>>;

export interface PracticeChoice {
	slug: string;
	title: string;
	title_en: string;
	language: string;
	city: CityName;
}

export interface MentorshipChoice {
	id: string;
	mentorCity: CityName;
	status: string;
}

// Mentorships an adoption may come from: those that ran or run (not requests nor refusals).
const LED_STATUSES = ['active', 'paused', 'completed'] as const;

/** Every published practice as a choice, by English title. */
export async function publishedPractices(db: Db): Promise<PracticeChoice[]> {
	const { data, error } = await db
		.from('practices')
		.select('slug, title, title_en, language, city:cities (slug, name)')
		.eq('status', 'published')
		.order('title_en')
		.limit(1000);
	if (error) throw new DatabaseError('listing published practices', error);
	return data ?? [];
}

/**
 * What the new-adoption form offers an officer: every published practice (by English title)
 * and their city's mentorships as mentee, with the practices their city records already.
 */
export async function newAdoptionChoices(user: DbUser & { cityId: string }) {
	const db = dbFor(user);
	const [practices, mentorships, recorded] = await Promise.all([
		publishedPractices(db),
		db
			.from('mentorships')
			.select('id, status, mentor_city:cities!mentorships_mentor_city_id_fkey (slug, name)')
			.eq('mentee_city_id', user.cityId)
			.in('status', LED_STATUSES)
			.order('created_at', { ascending: false }),
		db.from('adoptions').select('id, practice:practices (slug)').eq('city_id', user.cityId)
	]);
	if (mentorships.error) throw new DatabaseError('listing mentorships', mentorships.error);
	if (recorded.error) throw new DatabaseError('listing the city’s adoptions', recorded.error);
	return {
		practices,
		mentorships: (mentorships.data ?? []).map((m): MentorshipChoice => ({
			id: m.id,
			mentorCity: m.mentor_city,
			status: m.status
		})),
		/** The city's adoption of each practice it records already, by practice slug. */
		recorded: Object.fromEntries(
			(recorded.data ?? []).flatMap((a) => (a.practice ? [[a.practice.slug, a.id]] : []))
		) as Record<string, string>
	};
}
