// A suggestion's reasons as phrases in the reader's language ("1 of 3 places free"), apart from
// the score itself so each module stays one concept.
import { zoneKey } from '$lib/cities';
import { translate } from '$lib/i18n';
import type { Locale, MessageKey, Params } from '$lib/i18n';
import type { NamePlace } from '$lib/places/names';
import type { GapEvidence } from './assessment-gaps';
import type { Reason, TopicRef } from './suggestion-types';

// The largest leads the gap reason names; the others are counted ("ahead on 2 more"), so the
// reason stays a line under the mentor's name. The API's evidence carries them all.
const GAPS_NAMED = 2;

/** A value as its scheme reads: “95%”, “level 3”, “4 stars”. */
export function schemeValue(locale: Locale, scheme: GapEvidence['scheme'], value: number): string {
	switch (scheme) {
		case 'percentage':
			return translate(locale, 'suggestions.value.percentage', { value });
		case 'level':
			return translate(locale, 'suggestions.value.level', { value });
		case 'stars':
			return translate(locale, 'suggestions.value.stars', { count: value });
	}
}

/** Where a score comes from, as “IMAF 2.0”: the round's name, with its framework's acronym. */
function roundName(locale: Locale, evidence: GapEvidence): string {
	const name = (locale === 'hi' ? evidence.round.hi : null) ?? evidence.round.en;
	const { acronym } = evidence.framework;
	return name.toLowerCase().includes(acronym.toLowerCase()) ? name : `${acronym} ${name}`;
}

/** “strong where you are weakest: Bilaspur 95% in team management (IMAF 2.0), where Sagar has 60%”. */
function gapText(locale: Locale, params: Extract<Reason, { code: 'assessment-gaps' }>['params']) {
	const { mentor, mentee, evidence, sample } = params;
	const clauses = evidence.slice(0, GAPS_NAMED).map((e, index) =>
		translate(locale, index === 0 ? 'suggestions.reason.gapFirst' : 'suggestions.reason.gapNext', {
			city: mentor,
			value: schemeValue(locale, e.scheme, e.mentorValue),
			parameter: locale === 'hi' ? e.parameter.hi : e.parameter.en,
			round: roundName(locale, e),
			mentee,
			menteeValue: schemeValue(locale, e.scheme, e.menteeValue)
		})
	);
	const more = evidence.length - GAPS_NAMED;
	if (more > 0) clauses.push(translate(locale, 'suggestions.reason.gapsMore', { count: more }));
	const text = translate(locale, 'suggestions.reason.assessmentGaps', { gaps: clauses.join('; ') });
	return sample ? translate(locale, 'suggestions.reason.gapsSample', { text }) : text;
}

/** Display names of sectors and ICCC components by slug, as the database holds them. */
export interface TopicNames {
	sectors: Record<string, { en: string; hi: string }>;
	components: Record<string, { en: string; hi: string }>;
}

/**
 * A reason as a phrase in the reader's language, e.g. “1 of 3 places free”; `place` names the
 * ICCC components in the languages their records do not hold.
 */
export function reasonText(
	locale: Locale,
	reason: Reason,
	names: TopicNames,
	place: NamePlace = (_kind, _key, english) => english
): string {
	const tag = `${locale}-IN`;
	const list = (items: string[]) => new Intl.ListFormat(tag).format(items);
	const nameOf = (ref: TopicRef) => {
		const name = (ref.kind === 'sector' ? names.sectors : names.components)[ref.slug];
		if (!name) return ref.slug;
		// Topics are named in English and Hindi; components in other languages by the place
		// names, other topics in English.
		if (locale === 'hi') return name.hi;
		return ref.kind === 'component' ? place('component', ref.slug, name.en) : name.en;
	};
	const t = (key: MessageKey, params?: Params) => translate(locale, key, params);
	switch (reason.code) {
		case 'expertise':
			return t('suggestions.reason.expertise', { topics: list(reason.params.topics.map(nameOf)) });
		case 'components-in-use': {
			const { components, since } = reason.params;
			const named = list(components.map((slug) => nameOf({ kind: 'component', slug })));
			// The year as text: numbers are grouped Indian style, and a year is not a quantity.
			return since === null
				? t('suggestions.reason.componentsInUse', { components: named })
				: t('suggestions.reason.componentsInUseSince', { components: named, year: String(since) });
		}
		case 'practices': {
			const { count, topics } = reason.params;
			return t('suggestions.reason.practices', { count, topics: list(topics.map(nameOf)) });
		}
		case 'assessment-gaps':
			return gapText(locale, reason.params);
		case 'zone-distance': {
			const { zone, km } = reason.params;
			if (zone === null) return t('suggestions.reason.distance', { km: km ?? 0 });
			const zoneName = t(zoneKey(zone));
			return km === null
				? t('suggestions.reason.zone', { zone: zoneName })
				: t('suggestions.reason.zoneAndDistance', { zone: zoneName, km });
		}
		case 'language': {
			const language = reason.params.language;
			const named = new Intl.DisplayNames(tag, { type: 'language' }).of(language) ?? language;
			return t('suggestions.reason.language', { language: named });
		}
		case 'shared-trait':
			return t(`suggestions.reason.trait.${reason.params.trait}`);
		case 'capacity':
			return t('suggestions.reason.capacity', {
				free: reason.params.free,
				count: reason.params.capacity
			});
		case 'full':
			return t('suggestions.reason.full');
		case 'already-working-together':
			return t('suggestions.reason.alreadyWorkingTogether');
	}
}
