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
	// Strong where the mentee city is weakest (assessment-gaps.ts): the Mission's own assessments
	// say what the city lacks and which city does it well; worth less than expertise and working
	// systems, since a parameter's score says less about a topic than the officer who handles it.
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

// The mentee city's weakest parameters, from the latest round of each framework: three, as the
// issue asks, so the reason names the few places the city most needs help, not a whole report.
export const WEAKEST_PER_FRAMEWORK = 3;

// A mentor city leads on a parameter when its value is at least this far above the mentee's, on
// the 0–1 scale that compares schemes (percentage/100, level/5, stars/5): ten percentage points,
// while one level or one star (0.2) always counts. A closer percentage is within what separates
// neighbouring cities of a ranking and says little about who can teach whom.
export const GAP_MARGIN = 0.1;

// The gap factor in full for leads adding up to half the scale over the weakest parameters: a
// mentor city 50 points ahead on one (95% where the mentee has 45%), or some 17 ahead on each of
// three. Scaling by the size of the leads puts a city far ahead before one just past the margin;
// the cap keeps a city that leads on many parameters from outweighing the other factors.
export const GAP_LEAD_FOR_FULL_MARKS = 0.5;
