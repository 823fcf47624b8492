// The shapes of an adoption as the pages and the JSON API read it (adoptions.ts, detail.ts).
import type { Enums, Tables } from '$lib/database.types';

export type AdoptionStage = Enums<'adoption_stage'>;

export type CityRef = { id: string; slug: string; name: string };

/** The practice taken up, with the city it comes from. */
export interface AdoptedPractice {
	id: string;
	slug: string;
	title: string;
	title_en: string;
	language: string;
	city: { slug: string; name: string };
}

/** An adoption as lists show it. */
export interface AdoptionSummary {
	id: string;
	city: CityRef;
	/** Null when the caller may no longer read the practice (archived, say). */
	practice: AdoptedPractice | null;
	mentorship_id: string | null;
	stage: AdoptionStage;
	stage_on: string;
	/** When the current step, a claim of implemented or scaled, was verified; null if not (yet). */
	verified_at: string | null;
	evidence_public: boolean;
	is_demo: boolean;
	/** The adopting city is the practice's own (Kanpur taking up its own playbook). */
	is_origin: boolean;
	updated_at: string;
}

/** Someone the adoption names (authors, verifiers, commenters, nodal officers). */
export type Person = { id: string; name: string; designation: string | null };

export type Figure = Pick<Tables<'adoption_step_figures'>, 'label' | 'value' | 'unit'>;

export interface Step {
	id: string;
	stage: AdoptionStage;
	happened_on: string;
	evidence_markdown: string;
	links: string[];
	reason: string | null;
	figures: Figure[];
	/** Who recorded it, where the caller may see names. */
	author: Person | null;
	/** Set once a mentor of the linked mentorship or an admin confirmed the claim. */
	verified: { at: string; by: Person | null } | null;
	/** The step the adoption's stage follows now. */
	current: boolean;
}

export interface Progress {
	id: string;
	recorded_on: string;
	value: number;
	note: string | null;
	created_at: string;
}

export interface Category {
	id: string;
	slug: string;
	name: string;
	language: string;
	target: number | null;
	unit: string;
	/** A user of the city (their id, for those who may see it) or an officer named by post. */
	nodal: { user_id: string | null; name: string; designation: string | null } | null;
	position: number;
	/** Null for the public, which may not read versions. */
	version: number | null;
	progress: Progress[];
	updated_at: string;
}

export interface Comment {
	id: string;
	body_markdown: string;
	author: Person | null;
	created_at: string;
}

export interface AdoptionDetail extends AdoptionSummary {
	mentorship: {
		id: string;
		status: Enums<'mentorship_status'>;
		mentor_city: CityRef;
		mentee_city: CityRef;
	} | null;
	/** The version a change starts from; null for the public. */
	version: number | null;
	source_url: string | null;
	confidence: Enums<'source_confidence'> | null;
	created_at: string;
	/** Oldest first. */
	steps: Step[];
	categories: Category[];
	/** Null where the caller may not read them (the public never does). */
	comments: Comment[] | null;
	people: Person[];
	/** What the page offers the caller; the database decides again on every write. */
	canWrite: boolean;
	canComment: boolean;
	canVerify: boolean;
}

export interface AdoptionFilters {
	/** A city slug: the adopting city. */
	city?: string;
	/** A practice slug. */
	practice?: string;
	stage?: AdoptionStage;
	mentorship?: string;
}
