// The shapes the programme-reach functions answer with (supabase/migrations/…_programme_reach.sql).
// Each function answers one panel of /programme in one round trip.

import type { Database } from '$lib/database.types';

export type AdoptionStage = Database['public']['Enums']['adoption_stage'];
export type SessionMode = Database['public']['Enums']['session_mode'];
export type CityRole = 'mentor' | 'mentee' | 'both' | 'none';

/** The filters every panel takes; all optional. Dates are ISO (YYYY-MM-DD), inclusive, in IST. */
export interface ReachFilters {
	programme?: string;
	zone?: string;
	state?: string;
	from?: string;
	to?: string;
}

export interface PeriodFigures {
	cities_engaged: { mentor: number; mentee: number; both: number; total: number; out_of: number };
	mentorships: {
		active: number;
		completed: number;
		requested: number;
		declined: number;
		expired: number;
	};
	sessions_held: number;
	action_items: { open: number; on_time: number; late: number; overdue: number };
	practices_published: number;
	/** Adoptions by their stage at the period's end (a claim counts once verified). */
	adoptions: Partial<Record<AdoptionStage, number>>;
}

export interface ReachSummary {
	period: { from: string; to: string; previous_from: string; previous_to: string };
	current: PeriodFigures;
	previous: PeriodFigures;
	median_days: {
		to_acceptance: number | null;
		to_acceptance_count: number;
		to_first_session: number | null;
		to_first_session_count: number;
	};
	demo: { mentorships: number; adoptions: number };
}

export interface ReachSeries {
	sessions: { month: string; mode: SessionMode; count: number }[];
	practices: { month: string; language: string; count: number }[];
}

export interface ReachAdoptions {
	funnel: { stage: Exclude<AdoptionStage, 'dropped'>; count: number; previous: number }[];
	dropped: number;
	unverified_claims: number;
}

export interface ReachMapCity {
	slug: string;
	name: string;
	state: string;
	zone: string;
	latitude: number;
	longitude: number;
	in_scope: boolean;
	role: CityRole;
}

export interface ReachMap {
	cities: ReachMapCity[];
	pairings: {
		mentor: string;
		mentee: string;
		programme: string;
		status: string;
		from: string;
		to: string | null;
	}[];
	states: { state: string; zone: string; cities: number; engaged: number }[];
}

export interface ReachGaps {
	states: string[];
	zones: string[];
	mentors_with_capacity: {
		name: string;
		city: string;
		city_name: string;
		capacity: number;
		load: number;
	}[];
	waiting_requests: { count: number; oldest_days: number | null };
}

export interface ReachAssessmentGroup {
	cities: number;
	average_change: number | null;
}

/** Null when no framework has two rounds with results; without rounds when the framework lacks two. */
export type ReachAssessment = {
	framework: string;
	acronym: string;
	scheme?: Database['public']['Enums']['score_scheme'];
	from_round?: { slug: string; name: string; on: string };
	to_round?: { slug: string; name: string; on: string };
	mentored?: ReachAssessmentGroup;
	not_mentored?: ReachAssessmentGroup;
	/** How many of the values compared are sample values (local stack). */
	sample_values?: number;
} | null;

export interface ReachDetail {
	cities: {
		slug: string;
		name: string;
		state: string;
		sessions_held: number;
		items_open: number;
		items_overdue: number;
		adoptions: number;
		private_adoptions: number;
	}[];
	waiting_requests: {
		id: string;
		mentor: string;
		mentor_name: string;
		mentee: string;
		mentee_name: string;
		status: string;
		/** Null for a proposal an admin made without a request. */
		requested_at: string | null;
		days: number | null;
	}[];
}

/** Everything /programme shows, read with one round trip per panel (report.ts). */
export interface ReachReport {
	filters: ReachFilters;
	summary: ReachSummary;
	series: ReachSeries;
	adoptions: ReachAdoptions;
	map: ReachMap;
	gaps: ReachGaps;
	assessment: ReachAssessment;
	/** Only for admins (/programme/reach); null elsewhere. */
	detail: ReachDetail | null;
}
