// What the mentor-suggestion score (suggestions.ts, pure) weighs, read from the database: the
// mentee city, every mentor officer the caller may see with their city (zone, location, ICCC,
// components in use, published practices), whether the two cities already work together, the
// mentee city's weakest assessment parameters with the mentor cities' values on them, and the
// names of the topics for the reasons' text. Then the ranking, explained in the reader's
// language: what the request page, the proposal page and the API show.
import * as v from 'valibot';
import { zones } from '$lib/cities';
import type { Locale } from '$lib/i18n';
import type { NamePlace } from '$lib/places/names';
import { DatabaseError } from '../errors';
import { listComponents, listSectors } from '../practices';
import { placeNamer } from '../reference/place-names';
import type { Db } from '../supabase';
import { loadAssessmentGaps } from './assessment-gaps';
import type { AssessmentGaps, GapEvidence } from './assessment-gaps';
import { rankMentors, reasonText } from './suggestions';
import type { Candidate, MenteeCity, Reason, TopicNames, Topics } from './suggestions';

// Cities carry their zone as checked text, which PostgREST types as a plain string.
const cityRowSchema = v.object({
	id: v.string(),
	slug: v.string(),
	name: v.string(),
	state: v.string(),
	zonal_council: v.picklist(zones),
	latitude: v.nullable(v.number()),
	longitude: v.nullable(v.number()),
	name_local_lang: v.nullable(v.string()),
	iccc_operational_since: v.nullable(v.number())
});
type CityRow = v.InferOutput<typeof cityRowSchema>;

const cityColumns =
	'id, slug, name, state, zonal_council, latitude, longitude, name_local_lang, iccc_operational_since';

/** Everything rankMentors needs for one mentee city, and the topic names for the reasons. */
export interface SuggestionInputs {
	mentee: MenteeCity;
	candidates: Candidate[];
	/** The mentee city's weakest assessment parameters, and the mentor cities' values on them. */
	assessmentGaps: AssessmentGaps;
	names: TopicNames;
}

const toMentee = (city: CityRow): MenteeCity => ({
	id: city.id,
	slug: city.slug,
	name: city.name,
	zonalCouncil: city.zonal_council,
	state: city.state,
	latitude: city.latitude,
	longitude: city.longitude,
	localLanguage: city.name_local_lang
});

/**
 * Reads what the score needs for a mentee city, as the caller (row-level security decides which
 * mentors they see: signed-in officers see every active mentor; and which assessment rounds
 * count: public ones, private ones for admins too). Null for an unknown city.
 */
export async function loadSuggestionInputs(
	db: Db,
	menteeSlug: string
): Promise<SuggestionInputs | null> {
	const [menteeResult, mentorResult, sectors, components] = await Promise.all([
		db.from('cities').select(cityColumns).eq('slug', menteeSlug).maybeSingle(),
		db
			.from('mentor_directory')
			.select('id, name, city_id, languages, capacity, sectors, components, active_mentorships'),
		listSectors(),
		listComponents()
	]);
	if (menteeResult.error) throw new DatabaseError('reading the mentee city', menteeResult.error);
	if (mentorResult.error) throw new DatabaseError('reading mentors', mentorResult.error);
	const names: TopicNames = {
		sectors: Object.fromEntries(sectors.map((s) => [s.slug, { en: s.name_en, hi: s.name_hi }])),
		components: Object.fromEntries(
			components.map((c) => [c.slug, { en: c.name_en, hi: c.name_hi }])
		)
	};
	if (!menteeResult.data) return null;
	const mentee = v.parse(cityRowSchema, menteeResult.data);
	// The view's columns are all nullable in the generated types; a profile row always has them.
	const mentors = (mentorResult.data ?? []).filter(
		(m): m is typeof m & { id: string; name: string; city_id: string } =>
			m.id !== null && m.name !== null && m.city_id !== null
	);
	const cityIds = [...new Set(mentors.map((m) => m.city_id))];
	if (cityIds.length === 0) {
		const assessmentGaps = { weakest: [], valuesByCity: {} };
		return { mentee: toMentee(mentee), candidates: [], assessmentGaps, names };
	}

	const [citiesResult, inUseResult, practicesResult, pairsResult, assessmentGaps] =
		await Promise.all([
			db.from('cities').select(cityColumns).in('id', cityIds),
			db.from('city_components').select('city_id, component_slug').in('city_id', cityIds),
			db
				.from('practices')
				.select('city_id, sectors, components')
				.eq('status', 'published')
				.in('city_id', cityIds),
			// Public rows: which city mentors which is public while the pairing runs.
			db
				.from('mentorships')
				.select('mentor_city_id')
				.eq('mentee_city_id', mentee.id)
				.in('status', ['active', 'paused']),
			loadAssessmentGaps(db, mentee.id, cityIds)
		]);
	if (citiesResult.error) throw new DatabaseError('reading mentor cities', citiesResult.error);
	if (inUseResult.error) throw new DatabaseError('reading components in use', inUseResult.error);
	if (practicesResult.error) {
		throw new DatabaseError('reading mentor cities’ practices', practicesResult.error);
	}
	if (pairsResult.error) throw new DatabaseError('reading running pairings', pairsResult.error);

	const cities = new Map(
		(citiesResult.data ?? []).map((row) => {
			const city = v.parse(cityRowSchema, row);
			return [city.id, city];
		})
	);
	const inUse = groupBy(inUseResult.data ?? [], (row) => row.city_id);
	const practices = groupBy(practicesResult.data ?? [], (row) => row.city_id);
	const together = new Set((pairsResult.data ?? []).map((row) => row.mentor_city_id));

	const candidates: Candidate[] = [];
	for (const mentor of mentors) {
		const city = cities.get(mentor.city_id);
		if (!city) continue;
		candidates.push({
			mentor: {
				id: mentor.id,
				name: mentor.name,
				languages: mentor.languages ?? [],
				capacity: mentor.capacity ?? 0,
				activeMentorships: mentor.active_mentorships ?? 0,
				sectors: mentor.sectors ?? [],
				components: mentor.components ?? []
			},
			city: {
				id: city.id,
				slug: city.slug,
				name: city.name,
				zonalCouncil: city.zonal_council,
				state: city.state,
				latitude: city.latitude,
				longitude: city.longitude,
				icccOperationalSince: city.iccc_operational_since,
				componentsInUse: (inUse.get(city.id) ?? []).map((row) => row.component_slug),
				publishedPractices: (practices.get(city.id) ?? []).map((row) => ({
					sectors: row.sectors,
					components: row.components
				}))
			},
			alreadyWorkingTogether: together.has(city.id)
		});
	}
	return { mentee: toMentee(mentee), candidates, assessmentGaps, names };
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const row of rows) {
		const key = keyOf(row);
		const group = groups.get(key);
		if (group) group.push(row);
		else groups.set(key, [row]);
	}
	return groups;
}

/** A suggestion as pages and the API show it: each reason in words, with its share. */
export interface ExplainedSuggestion {
	mentor: { id: string; name: string; city: { slug: string; name: string } };
	/** 0–100. */
	score: number;
	full: boolean;
	/** `evidence`: for the gap reason, the parameters the mentor city leads on. */
	reasons: { code: Reason['code']; text: string; share: number; evidence?: GapEvidence[] }[];
}

/** Explains a ranking in the reader's language. */
export function explain(
	ranked: ReturnType<typeof rankMentors>,
	names: TopicNames,
	locale: Locale,
	place?: NamePlace
): ExplainedSuggestion[] {
	return ranked.map((suggestion) => ({
		mentor: suggestion.mentor,
		score: suggestion.score,
		full: suggestion.full,
		reasons: suggestion.reasons.map((reason) => ({
			code: reason.code,
			text: reasonText(locale, reason, names, place),
			share: reason.share,
			...(reason.code === 'assessment-gaps' ? { evidence: reason.params.evidence } : {})
		}))
	}));
}

/**
 * The mentors for a mentee city's topics, best first and full ones last, each with its reasons
 * in the reader's language. Null for an unknown city.
 */
export async function suggestMentors(
	db: Db,
	menteeSlug: string,
	topics: Topics,
	locale: Locale
): Promise<ExplainedSuggestion[] | null> {
	const inputs = await loadSuggestionInputs(db, menteeSlug);
	if (!inputs) return null;
	const ranked = rankMentors(inputs.mentee, topics, inputs.candidates, {
		assessmentGaps: inputs.assessmentGaps
	});
	return explain(ranked, inputs.names, locale, await placeNamer(locale));
}
