// A suggestion's reasons as phrases in the reader's language ("1 of 3 places free"), apart from
// the score itself so each module stays one concept.
import { zoneKey } from '$lib/cities';
import { translate } from '$lib/i18n';
import type { Locale, MessageKey, Params } from '$lib/i18n';
import type { Reason, TopicRef } from './suggestion-types';

/** Display names of sectors and ICCC components by slug, as the database holds them. */
export interface TopicNames {
	sectors: Record<string, { en: string; hi: string }>;
	components: Record<string, { en: string; hi: string }>;
}

/** A reason as a phrase in the reader's language, e.g. “1 of 3 places free”. */
export function reasonText(locale: Locale, reason: Reason, names: TopicNames): string {
	const tag = `${locale}-IN`;
	const list = (items: string[]) => new Intl.ListFormat(tag).format(items);
	const nameOf = (ref: TopicRef) =>
		(ref.kind === 'sector' ? names.sectors : names.components)[ref.slug]?.[locale] ?? ref.slug;
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
			return t('suggestions.reason.assessmentGaps', { count: reason.params.count });
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
