import { error, fail, redirect } from '@sveltejs/kit';
import { isLocale, translate, type Locale } from '$lib/i18n';
import { formString } from '$lib/schemas/fields';
import { parseForm } from '$lib/schemas/forms';
import { SITE_PAGE_MAX, sitePageSchema } from '$lib/schemas/site-page';
import type { SitePageSlug } from '$lib/site-pages';
import { requireUser } from '$lib/server/auth/guards';
import {
	renderSitePage,
	saveSitePage,
	sitePageHistory,
	sitePageToEdit
} from '$lib/server/site-pages';
import type { Actions, PageServerLoad } from './$types';

/** The page and language named in the address, or a 404. */
function target(params: { page: string; locale: string }, reader: Locale) {
	if (!isLocale(params.locale)) error(404, translate(reader, 'sitePage.missing'));
	return { slug: params.page as SitePageSlug, locale: params.locale };
}

/** What the form sends back after an error: everything typed, nothing lost. */
function typedBack(form: FormData) {
	return {
		title: formString(form, 'title').slice(0, 1000),
		// Cut only far past the limit: the admin gets back all they typed and the message.
		markdown: formString(form, 'markdown').slice(0, SITE_PAGE_MAX * 2),
		note: formString(form, 'note').slice(0, 1000),
		version: formString(form, 'version').slice(0, 12)
	};
}

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const admin = await requireUser('mission_admin');
	const { slug, locale } = target(params, locals.locale);
	const [current, history] = await Promise.all([
		sitePageToEdit(admin, slug, locale),
		sitePageHistory(admin, slug, locale)
	]);
	// A page not written in this language starts from its English text, to translate.
	const english = current || locale === 'en' ? null : await sitePageToEdit(admin, slug, 'en');
	// `?from=3` loads version 3 into the editor, to bring it back by saving it.
	const from = Number(url.searchParams.get('from'));
	const earlier = Number.isInteger(from) ? history.find((r) => r.version === from) : undefined;
	const start = earlier ?? current ?? english;
	return {
		slug,
		locale,
		version: current?.version ?? 0,
		updatedAt: current?.updated_at ?? null,
		isDefault: current?.is_default ?? false,
		startedFrom: earlier ? earlier.version : current ? null : english ? 'en' : null,
		values: { title: start?.title ?? '', markdown: start?.markdown ?? '', note: '' },
		history: history.map(({ markdown: _, ...rest }) => rest)
	};
};

export const actions: Actions = {
	// Shows the text as readers will see it, without saving.
	preview: async ({ request, params, locals }) => {
		await requireUser('mission_admin');
		target(params, locals.locale);
		const form = await request.formData();
		const values = typedBack(form);
		return { values, preview: renderSitePage(values.markdown.slice(0, SITE_PAGE_MAX)).parts };
	},
	save: async ({ request, params, locals }) => {
		const admin = await requireUser('mission_admin');
		const { slug, locale } = target(params, locals.locale);
		const form = await request.formData();
		const values = typedBack(form);
		const parsed = parseForm(sitePageSchema, form);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		const outcome = await saveSitePage(admin, {
			slug,
			locale,
			version: parsed.data.version,
			title: parsed.data.title,
			markdown: parsed.data.markdown,
			note: parsed.data.note || null
		});
		if (outcome.status === 'forbidden') error(403, translate(locals.locale, 'auth.forbidden'));
		if (outcome.status === 'conflict') {
			return fail(409, { values, conflict: { version: outcome.current.version } });
		}
		redirect(303, `/admin/pages/${slug}/${locale}?saved=${outcome.version}`);
	}
};
