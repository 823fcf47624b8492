// Mentor suggestions: a deterministic score (0–100) for each mentor officer against a mentee
// city's request, with the reasons behind it and each reason's share of the score. Pure: a loader
// gathers the rows, this module only weighs them. The weights live in weights.ts.
import { matchGaps } from './assessment-gaps';
import { knownTraits, sharedTraits, traitsOf } from './city-traits';
import { distanceKm } from './distance';
import {
	ALREADY_WORKING_TOGETHER_PENALTY,
	DISTANCE_HALF_KM,
	PRACTICES_FOR_FULL_MARKS,
	TRAITS_FOR_FULL_MARKS,
	factorWeights,
	languageFit
} from './weights';
import type { Factor } from './weights';
import type {
	Candidate,
	MenteeCity,
	PracticeTopics,
	RankOptions,
	Reason,
	ReasonCode,
	Suggestion,
	TopicRef,
	Topics
} from './suggestion-types';

export type * from './suggestion-types';

// A reason before its share is known, with the factors whose points make that share (`part` of
// them when several reasons split one factor).
type Draft = { reason: Reason; factors: Factor[]; part?: number };
type Scored = Partial<Record<Factor, number>>;

// Positive reasons with equal shares keep this order.
const reasonOrder: ReasonCode[] = [
	'expertise',
	'components-in-use',
	'practices',
	'assessment-gaps',
	'zone-distance',
	'language',
	'shared-trait',
	'capacity'
];

const primaryTag = (tag: string) => tag.toLowerCase().split('-')[0];
const unique = (values: string[]) => [...new Set(values)];
const roundShare = (value: number) => Math.round(value * 1000) / 1000;
// Near cities to the km, farther ones to 10 km: finer than that tells a traveller nothing.
const displayKm = (km: number) =>
	km < 100 ? Math.max(1, Math.round(km)) : Math.round(km / 10) * 10;
const byName = new Intl.Collator('en', { sensitivity: 'base' });
const factors = Object.keys(factorWeights) as Factor[];

/** How near a mentor city counts, 0–1: 1 at 0 km, halving every `DISTANCE_HALF_KM`, smoothly. */
export function closeness(km: number): number {
	return 0.5 ** (km / DISTANCE_HALF_KM);
}

/** Ranks the mentor officers for a mentee city's request, best first, full mentors last. */
export function rankMentors(
	mentee: MenteeCity,
	topics: Topics,
	candidates: Candidate[],
	options: RankOptions = {}
): Suggestion[] {
	const traits = options.traits ?? traitsOf;
	const asked = { sectors: unique(topics.sectors), components: unique(topics.components) };
	const topicRefs: TopicRef[] = [
		...asked.sectors.map((slug) => ({ kind: 'sector' as const, slug })),
		...asked.components.map((slug) => ({ kind: 'component' as const, slug }))
	];
	const menteeTraits = traits(mentee.slug);
	const menteeKnownTraits = knownTraits(menteeTraits).length;
	const gaps = options.assessmentGaps ?? { weakest: [], valuesByCity: {} };
	const localLanguage = mentee.localLanguage === null ? null : primaryTag(mentee.localLanguage);
	// The languages of the mentee city's officers, most useful first.
	const menteeLanguages = unique([localLanguage ?? 'hi', 'hi', 'en']);

	// Which factors the request can judge; only they count towards the 100.
	const applies: Record<Factor, boolean> = {
		expertise: topicRefs.length > 0,
		componentsInUse: asked.components.length > 0,
		practices: topicRefs.length > 0,
		// Once the caller sees scores of the mentee city's: a mentor city without any then earns
		// nothing here, as a mentor without the expertise asked for does.
		assessmentGaps: gaps.weakest.length > 0,
		distance: mentee.latitude !== null && mentee.longitude !== null,
		language: true,
		traits: menteeKnownTraits > 0,
		zone: true,
		capacity: true
	};
	const scale =
		100 / factors.filter((factor) => applies[factor]).reduce((sum, f) => sum + factorWeights[f], 0);

	function judge(candidate: Candidate): Suggestion {
		const { mentor, city } = candidate;
		const fractions: Scored = {};
		const drafts: Draft[] = [];
		const add = (reason: Reason, ...its: Factor[]) => drafts.push({ reason, factors: its });
		const about = (ref: TopicRef, on: PracticeTopics) =>
			(ref.kind === 'sector' ? on.sectors : on.components).includes(ref.slug);

		const known = topicRefs.filter((ref) => about(ref, mentor));
		if (applies.expertise && known.length > 0) {
			fractions.expertise = known.length / topicRefs.length;
			add({ code: 'expertise', params: { topics: known }, share: 0 }, 'expertise');
		}

		const running = asked.components.filter((slug) => city.componentsInUse.includes(slug));
		if (applies.componentsInUse && running.length > 0) {
			fractions.componentsInUse = running.length / asked.components.length;
			const since = city.icccOperationalSince;
			add(
				{ code: 'components-in-use', params: { components: running, since }, share: 0 },
				'componentsInUse'
			);
		}

		const onTopic = city.publishedPractices.filter((practice) =>
			topicRefs.some((ref) => about(ref, practice))
		);
		if (applies.practices && onTopic.length > 0) {
			fractions.practices =
				Math.min(onTopic.length, PRACTICES_FOR_FULL_MARKS) / PRACTICES_FOR_FULL_MARKS;
			const covered = topicRefs.filter((ref) => onTopic.some((practice) => about(ref, practice)));
			const params = { count: onTopic.length, topics: covered };
			add({ code: 'practices', params, share: 0 }, 'practices');
		}

		const ahead = applies.assessmentGaps
			? matchGaps(gaps.weakest, gaps.valuesByCity[city.id] ?? [])
			: null;
		if (ahead) {
			fractions.assessmentGaps = ahead.fraction;
			const params = {
				mentor: city.name,
				mentee: mentee.name,
				evidence: ahead.evidence,
				sample: ahead.evidence.some((e) => e.sample)
			};
			add({ code: 'assessment-gaps', params, share: 0 }, 'assessmentGaps');
		}

		const sameZone = city.zonalCouncil === mentee.zonalCouncil;
		const km = applies.distance ? distanceKm(mentee, city) : null;
		if (sameZone) fractions.zone = 1;
		if (km !== null) fractions.distance = closeness(km);
		if (sameZone || km !== null) {
			const params = {
				zone: sameZone ? city.zonalCouncil : null,
				km: km === null ? null : displayKm(km)
			};
			add({ code: 'zone-distance', params, share: 0 }, 'zone', 'distance');
		}

		const spoken = new Set(mentor.languages.map(primaryTag));
		const shared = menteeLanguages.find((tag) => spoken.has(tag));
		if (shared !== undefined) {
			fractions.language =
				shared === localLanguage
					? languageFit.local
					: shared === 'hi'
						? languageFit.hindi
						: languageFit.english;
			add({ code: 'language', params: { language: shared }, share: 0 }, 'language');
		}

		const alike = applies.traits ? sharedTraits(menteeTraits, traits(city.slug)) : [];
		if (alike.length > 0) {
			const needed = Math.min(TRAITS_FOR_FULL_MARKS, menteeKnownTraits);
			fractions.traits = Math.min(1, alike.length / needed);
			// Each shared trait takes an equal part of the factor.
			for (const trait of alike) {
				const reason: Reason = { code: 'shared-trait', params: { trait }, share: 0 };
				drafts.push({ reason, factors: ['traits'], part: 1 / alike.length });
			}
		}

		const free = Math.max(0, mentor.capacity - mentor.activeMentorships);
		const full = free === 0;
		if (!full) {
			fractions.capacity = free / mentor.capacity;
			add({ code: 'capacity', params: { free, capacity: mentor.capacity }, share: 0 }, 'capacity');
		}

		const points = (factor: Factor) =>
			applies[factor] ? (fractions[factor] ?? 0) * factorWeights[factor] * scale : 0;
		const before = factors.reduce((sum, factor) => sum + points(factor), 0);
		const shareOf = (value: number) => (before > 0 ? roundShare(value / before) : 0);

		const positive = drafts.map(({ reason, factors: its, part = 1 }) => ({
			...reason,
			share: shareOf(its.reduce((sum, factor) => sum + points(factor), 0) * part)
		}));
		positive.sort(
			(a, b) => b.share - a.share || reasonOrder.indexOf(a.code) - reasonOrder.indexOf(b.code)
		);

		const warnings: Reason[] = [];
		if (full) warnings.push({ code: 'full', params: { capacity: mentor.capacity }, share: 0 });
		let score = before;
		if (candidate.alreadyWorkingTogether) {
			const penalty = Math.min(ALREADY_WORKING_TOGETHER_PENALTY, before);
			score -= penalty;
			warnings.push({ code: 'already-working-together', params: {}, share: -shareOf(penalty) });
		}

		return {
			mentor: { id: mentor.id, name: mentor.name, city: { slug: city.slug, name: city.name } },
			score,
			full,
			reasons: [...warnings, ...positive]
		};
	}

	return (
		candidates
			// A city does not mentor itself.
			.filter((candidate) => candidate.city.id !== mentee.id)
			.map(judge)
			.sort(
				(a, b) =>
					Number(a.full) - Number(b.full) ||
					b.score - a.score ||
					byName.compare(a.mentor.name, b.mentor.name) ||
					(a.mentor.id < b.mentor.id ? -1 : a.mentor.id > b.mentor.id ? 1 : 0)
			)
			// Rounded only now, so that near scores still rank in their true order.
			.map((suggestion) => ({ ...suggestion, score: Math.round(suggestion.score) }))
	);
}

export { reasonText } from './suggestion-text';
export type { TopicNames } from './suggestion-text';
