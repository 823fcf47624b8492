// The assessments API's answers: frameworks with their trees and rounds, and a city's scores
// across rounds, as JSON. The shapes are described (and checked by the contract test) in
// ../openapi/operations/assessments.ts.
import type { CityAssessments, CityCell } from './city-scores';
import type { Framework, FrameworkNode, Round } from './frameworks';
import type { Change, Entry, RankedEntry } from './rankings';

const names = (item: { name_en: string; name_hi: string | null }) => ({
	en: item.name_en,
	hi: item.name_hi
});

/** A node of a framework's tree: its parent by slug, as import_framework takes it. */
export function nodeJson(node: FrameworkNode, nodes: readonly FrameworkNode[]) {
	return {
		slug: node.slug,
		parent: nodes.find((n) => n.id === node.parent_id)?.slug ?? null,
		kind: node.kind,
		name: { en: node.name_en, hi: node.name_hi },
		scheme: node.scheme,
		source: node.source_url,
		confidence: node.confidence,
		note: node.note_en
	};
}

export function roundJson(round: Round) {
	return {
		slug: round.slug,
		name: names(round),
		year: round.year,
		assessing_body: round.assessing_body,
		public: round.is_public,
		results_on: round.results_on,
		cities_assessed: round.cities_assessed,
		source: round.source_url,
		confidence: round.confidence,
		note: round.note_en
	};
}

/** A framework with its tree (parents before children) and the rounds the caller may see. */
export function frameworkJson(framework: Framework) {
	return {
		slug: framework.slug,
		acronym: framework.acronym,
		name: { en: framework.name_en, hi: framework.name_hi },
		description: { en: framework.description_en, hi: framework.description_hi },
		scheme: framework.scheme,
		source: framework.source_url,
		confidence: framework.confidence,
		note: framework.note_en,
		nodes: framework.nodes.map((n) => nodeJson(n, framework.nodes)),
		rounds: framework.rounds.map(roundJson)
	};
}

const changeJson = (change: Change | null) =>
	change && { value: Math.round(change.value * 100) / 100, sample: change.sample };

/** A value as the API gives it: in the scheme's units, with where it comes from. */
export function valueJson(entry: Entry, change: Change | null) {
	return {
		value: entry.value === null ? null : Math.round(entry.value * 100) / 100,
		scheme: entry.scheme,
		basis: entry.basis,
		sample: entry.sample,
		source: entry.source?.url ?? null,
		confidence: entry.source?.confidence ?? null,
		note: entry.source?.note ?? null,
		change: changeJson(change)
	};
}

/** GET /api/v1/cities/{slug}/assessments. */
export function cityAssessmentsJson({ city, frameworks }: CityAssessments) {
	return {
		city: { slug: city.slug, name: city.name },
		frameworks: frameworks.map((item) => {
			const slugOf = (id: string) => item.pillars.find((p) => p.id === id)?.slug ?? id;
			const pillarJson = (cell: CityCell, i: number) =>
				cell.entry && { pillar: item.pillars[i].slug, ...valueJson(cell.entry, cell.change) };
			const overallJson = (entry: RankedEntry | null, change: Change | null) =>
				entry && { ...valueJson(entry, change), rank: entry.rank, joint: entry.joint };
			return {
				slug: item.framework.slug,
				acronym: item.framework.acronym,
				name: { en: item.framework.name_en, hi: item.framework.name_hi },
				scheme: item.framework.scheme,
				pillars: item.pillars.map((p) => ({
					slug: p.slug,
					kind: p.kind,
					name: { en: p.name_en, hi: p.name_hi }
				})),
				rounds: item.rounds.map((row) => ({
					slug: row.round.slug,
					name: names(row.round),
					year: row.round.year,
					public: row.round.is_public,
					overall: overallJson(row.overall.entry, row.overall.change),
					pillars: row.pillars.map(pillarJson).filter((p) => p !== null)
				})),
				latest: item.latest && {
					round: item.latest.round.slug,
					strongest: item.latest.strongest.map(slugOf),
					weakest: item.latest.weakest.map(slugOf)
				}
			};
		})
	};
}
