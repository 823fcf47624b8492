// Every weight of the mentor-suggestion score (suggestions.ts), in one place, each with its reason.
// Change a number here and the tests in suggestions.test.ts say what it moved.

/**
 * Points each factor is worth when every factor applies; they add up to 100. A factor the request
 * gives no way to judge (no components asked for, no assessment gaps, the mentee's location
 * unknown, no trait of the mentee known) drops out, and the others are scaled up to fill 100.
 */
export const factorWeights = {
	// The officer's own expertise on the topics: it is the officer who does the mentoring.
	expertise: 22,
	// The mentor city runs the components asked for: working systems to show on a site visit.
	componentsInUse: 14,
	// Published practices on the topics: know-how already written down that can be handed over.
	practices: 14,
	// The hook for the mentee's weakest assessment parameters (assessmentGapFit in suggestions.ts).
	assessmentGaps: 10,
	// Site visits cost travel and time, so a nearer mentor city is easier to learn from.
	distance: 10,
	// Sessions go better in a language both sides speak well.
	language: 10,
	// The 2020 Sister Cities matched capital with capital, hill with hill, coastal with coastal.
	traits: 8,
	// Same zonal council: neighbouring states, shared conditions, the Mission's zone-level meetings.
	zone: 6,
	// A mentor with places to spare has time for one more city.
	capacity: 6
} as const;

export type Factor = keyof typeof factorWeights;

// Three practices on the topics show a city has done it more than once; more adds little.
export const PRACTICES_FOR_FULL_MARKS = 3;

// Closeness counts half as much every 400 km: about a day on the road, beyond which a site visit
// means a flight or a night train. Halving (not a cut-off) keeps the score smooth in distance.
export const DISTANCE_HALF_KM = 400;

// A shared language, by how much it helps: the mentee city's own language reaches every officer
// and the citizens' records; Hindi is widely shared; English almost every officer reads, so it
// separates mentors least.
export const languageFit = { local: 1, hindi: 0.5, english: 0.25 } as const;

// Two shared traits make cities as alike as the Sister Cities pairs were (one when the mentee
// city is known to have just one).
export const TRAITS_FOR_FULL_MARKS = 2;

// Points taken off when the two cities already work together (an active or paused mentorship):
// enough that an equally good mentor from a city not yet engaged comes first, since the Mission
// wants its mentoring to reach more cities and a new topic can be raised in the existing pairing;
// small enough that a clearly better fit (20 points or more) still leads.
export const ALREADY_WORKING_TOGETHER_PENALTY = 20;
