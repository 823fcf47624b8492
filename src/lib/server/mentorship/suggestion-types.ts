// What the mentor suggestion score takes and gives: the mentee city and its topics, each
// candidate mentor with their city, and the ranked suggestions with their reasons.
import type { Zone } from '$lib/cities';
import type { AssessmentGaps, GapEvidence } from './assessment-gaps';
import type { CityTrait, TraitsLookup } from './city-traits';

/** The city asking for a mentor. */
export interface MenteeCity {
	id: string;
	slug: string;
	/** For the reasons' text ("…, where Sagar has 60%"). */
	name: string;
	zonalCouncil: Zone;
	/** Not weighed: the zonal council and the distance already say how near the cities are. */
	state: string;
	latitude: number | null;
	longitude: number | null;
	/** BCP 47 tag of the city's own language (`cities.name_local_lang`), e.g. 'gu'. */
	localLanguage: string | null;
}

/** What the mentee city wants help with: sector and ICCC component slugs. */
export interface Topics {
	sectors: string[];
	components: string[];
}

/** A published practice of the mentor city, by what it is about. */
export interface PracticeTopics {
	sectors: string[];
	components: string[];
}

/** One mentor officer with their city. */
export interface Candidate {
	mentor: {
		id: string;
		name: string;
		/** BCP 47 tags. */
		languages: string[];
		/** How many mentee cities the officer takes on at once (0 or more). */
		capacity: number;
		activeMentorships: number;
		sectors: string[];
		components: string[];
	};
	city: {
		id: string;
		slug: string;
		name: string;
		zonalCouncil: Zone;
		state: string;
		latitude: number | null;
		longitude: number | null;
		icccOperationalSince: number | null;
		componentsInUse: string[];
		publishedPractices: PracticeTopics[];
	};
	/** An active or paused mentorship between the two cities exists. */
	alreadyWorkingTogether: boolean;
}

export interface RankOptions {
	/** The mentee city's weakest assessment parameters and the candidates' values on them. */
	assessmentGaps?: AssessmentGaps;
	/** Where city traits come from; the city traits file unless a test says otherwise. */
	traits?: TraitsLookup;
}

export type TopicRef = { kind: 'sector' | 'component'; slug: string };

/** Each reason code's parameters: slugs, counts and tags, for `reasonText` to put in words. */
export type ReasonParams = {
	expertise: { topics: TopicRef[] };
	'components-in-use': { components: string[]; since: number | null };
	practices: { count: number; topics: TopicRef[] };
	/** Strong where the mentee city is weakest: the two cities' names and the parameters. */
	'assessment-gaps': { mentor: string; mentee: string; evidence: GapEvidence[]; sample: boolean };
	'zone-distance': { zone: Zone | null; km: number | null };
	language: { language: string };
	'shared-trait': { trait: CityTrait };
	capacity: { free: number; capacity: number };
	full: { capacity: number };
	'already-working-together': Record<string, never>;
};
export type ReasonCode = keyof ReasonParams;

/**
 * Why a mentor scored as they did. `share` is the reason's part of the score before any penalty:
 * the positive shares add up to 1 (within rounding); 'already-working-together' carries the
 * share it took off, negative; 'full' carries 0.
 */
export type Reason = {
	[C in ReasonCode]: { code: C; params: ReasonParams[C]; share: number };
}[ReasonCode];

export interface Suggestion {
	mentor: { id: string; name: string; city: { slug: string; name: string } };
	/** 0–100, a whole number. */
	score: number;
	/** No places left: ranked after every mentor with a place, whatever the score. */
	full: boolean;
	/** Warnings first ('full', 'already-working-together'), then by share, largest first. */
	reasons: Reason[];
}
