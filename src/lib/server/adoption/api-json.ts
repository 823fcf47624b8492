// An adoption as the JSON API answers it, from what the caller may read of it (getAdoption):
// its stages with their evidence and verification, and its categories with progress against
// target. The OpenAPI document describes these shapes (openapi/operations/adoptions.ts), and
// the contract test holds the two together.
import { isClaim } from '$lib/schemas/adoption';
import { summariseProgress } from './progress';
import type { AdoptionDetail, Category, Person, Step } from './types';

const personJson = (person: Person | null) =>
	person ? { name: person.name, designation: person.designation } : null;

/** One stage change: when, its evidence, and whether (and by whom) a claim was verified. */
export function stageJson(step: Step) {
	return {
		id: step.id,
		stage: step.stage,
		on: step.happened_on,
		evidence: {
			text: step.evidence_markdown,
			links: step.links,
			figures: step.figures.map(({ label, value, unit }) => ({ label, value, unit }))
		},
		reason: step.reason,
		claim: isClaim(step.stage),
		verified: step.verified !== null,
		verified_by: personJson(step.verified?.by ?? null),
		verified_at: step.verified?.at ?? null
	};
}

/** The categories with their latest count, its share of the target and every update. */
export function categoriesJson(categories: Category[]) {
	const { categories: progress } = summariseProgress(
		categories.map((c) => ({ id: c.id, target: c.target, unit: c.unit, progress: c.progress }))
	);
	return categories.map((category, i) => ({
		slug: category.slug,
		name: category.name,
		language: category.language,
		target: category.target,
		unit: category.unit,
		nodal: category.nodal
			? { name: category.nodal.name, designation: category.nodal.designation }
			: null,
		progress: {
			latest: progress[i].latest?.value ?? null,
			share: progress[i].share,
			updates: category.progress.map((u) => ({ on: u.recorded_on, value: u.value, note: u.note }))
		}
	}));
}

/** An adoption as lists show it: whole, with its stages and categories. */
export function adoptionJson(adoption: AdoptionDetail) {
	return {
		id: adoption.id,
		city: { slug: adoption.city.slug, name: adoption.city.name },
		practice: adoption.practice
			? {
					slug: adoption.practice.slug,
					title: adoption.practice.title,
					title_en: adoption.practice.title_en,
					language: adoption.practice.language,
					city: { slug: adoption.practice.city.slug, name: adoption.practice.city.name }
				}
			: null,
		mentorship: adoption.mentorship
			? {
					id: adoption.mentorship.id,
					status: adoption.mentorship.status,
					mentor_city: {
						slug: adoption.mentorship.mentor_city.slug,
						name: adoption.mentorship.mentor_city.name
					}
				}
			: null,
		stage: adoption.stage,
		stage_on: adoption.stage_on,
		verified: adoption.verified_at !== null,
		demo: adoption.is_demo,
		evidence_public: adoption.evidence_public,
		source_url: adoption.source_url,
		stages: adoption.steps.map(stageJson),
		categories: categoriesJson(adoption.categories)
	};
}

/** One adoption, with the version a change starts from (null for the public). */
export function adoptionDetailJson(adoption: AdoptionDetail) {
	return { ...adoptionJson(adoption), version: adoption.version };
}
