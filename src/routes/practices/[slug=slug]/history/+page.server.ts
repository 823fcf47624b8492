import { error, fail } from '@sveltejs/kit';
import { diffWordsWithSpace } from 'diff';
import * as v from 'valibot';
import { translate } from '$lib/i18n';
import { positiveInt } from '$lib/schemas/query';
import { requireUser } from '$lib/server/auth/guards';
import { canEdit } from '$lib/server/practice-access';
import { dbFor } from '$lib/server/db';
import { getPractice, listRevisions, restoreRevision } from '$lib/server/practices';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const user = await requireUser();
	const db = dbFor(user);
	const [practice, revisions] = await Promise.all([
		getPractice(db, params.slug),
		listRevisions(db, params.slug)
	]);
	if (!practice || !revisions) error(404, translate(locals.locale, 'error.notFound.title'));
	const newest = revisions[0]?.version ?? 1;
	const param = (name: string) => url.searchParams.get(name)?.trim() || undefined;
	const to = v.parse(v.fallback(positiveInt(newest), newest), param('to'));
	const from = v.parse(v.fallback(positiveInt(Math.max(1, to - 1)), to - 1), param('from'));
	const older = revisions.find((r) => r.version === from);
	const newer = revisions.find((r) => r.version === to);
	// The changes as parts to mark up with <ins> and <del>: text, never HTML.
	const diff =
		older && newer
			? diffWordsWithSpace(
					`${older.title}\n\n${older.summary_en}\n\n${older.markdown}`,
					`${newer.title}\n\n${newer.summary_en}\n\n${newer.markdown}`
				).map((part) => ({
					value: part.value,
					change: part.added ? 'added' : part.removed ? 'removed' : 'same'
				}))
			: [];
	return {
		practice: {
			slug: practice.slug,
			title: practice.title,
			version: practice.version,
			language: practice.language
		},
		revisions: revisions.map(({ version, status, note, created_at, author }) => ({
			version,
			status,
			note,
			created_at,
			author
		})),
		from,
		to,
		diff,
		canRestore: canEdit(user, practice)
	};
};

export const actions: Actions = {
	restore: async ({ request, params, locals }) => {
		const user = await requireUser();
		const form = await request.formData();
		const version = Number(form.get('revision'));
		const db = dbFor(user);
		const [practice, revisions] = await Promise.all([
			getPractice(db, params.slug),
			listRevisions(db, params.slug)
		]);
		const revision = revisions?.find((r) => r.version === version);
		if (!practice || !revision) error(404, translate(locals.locale, 'error.notFound.title'));
		if (!canEdit(user, practice)) return fail(403, { forbidden: true });
		const result = await restoreRevision(user, params.slug, revision, practice.version);
		if (result.kind === 'saved') return { restored: version, newVersion: result.version };
		if (result.kind === 'conflict') return fail(409, { conflict: true });
		return fail(403, { forbidden: true });
	}
};
