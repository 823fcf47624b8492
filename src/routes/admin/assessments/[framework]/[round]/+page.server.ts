import { error, fail } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { userDb } from '$lib/server/db';
import { importHistory } from '$lib/server/assessment/import-history';
import { importScores, problemList, reportCsv } from '$lib/server/assessment/import';
import { findRound } from '$lib/server/assessment/rounds';
import { roundParameters, roundScoreCount } from '$lib/server/assessment/round-page';
import { MAX_BYTES, MAX_ROWS } from '$lib/server/assessment/score-file';
import type { FileKind } from '$lib/server/assessment/score-file';
import type { Actions, PageServerLoad } from './$types';

/** How many problems the page lists; the downloadable report has them all. */
const SHOWN_PROBLEMS = 200;

/** A round: its details, the import form, the parameters to import and the import history. */
export const load: PageServerLoad = async ({ params }) => {
	const admin = await requireUser('mission_admin');
	const db = userDb(admin);
	const found = await findRound(db, params.framework, params.round);
	if (!found) error(404, 'No such round');
	const [parameters, scores, history] = await Promise.all([
		roundParameters(db, found.framework),
		roundScoreCount(db, found.round.id),
		importHistory(db, found.round.id)
	]);
	return { ...found, parameters, scores, history, maxRows: MAX_ROWS, maxKb: MAX_BYTES / 1024 };
};

/** Whether reading the body failed because it is over the server's size limit. */
function tooLarge(cause: unknown): boolean {
	return typeof cause === 'object' && cause !== null && 'status' in cause && cause.status === 413;
}

/** The file's kind by its name: .csv or .xlsx, nothing else. */
function kindOf(name: string): FileKind | null {
	if (/\.csv$/i.test(name)) return 'csv';
	if (/\.xlsx$/i.test(name)) return 'xlsx';
	return null;
}

export const actions: Actions = {
	// Checks the file row by row and, if every row is good, imports it in one transaction.
	import: async ({ request, params, locals }) => {
		const admin = await requireUser('mission_admin');
		// The same report as for any other problem with the file.
		const tooBig = () =>
			fail(413, {
				import: {
					file: '',
					count: 1,
					problems: problemList(locals.locale, [
						{ row: null, column: null, code: 'tooLarge', params: { size: MAX_BYTES / 1024 } }
					]),
					report: null
				}
			});
		// The file and the form around it: refused before reading when it cannot fit.
		if (Number(request.headers.get('content-length')) > MAX_BYTES + 16 * 1024) {
			return tooBig();
		}
		let form: FormData;
		try {
			form = await request.formData();
		} catch (cause) {
			if (tooLarge(cause)) return tooBig();
			throw cause;
		}
		const file = form.get('file');
		if (!(file instanceof File) || (file.size === 0 && file.name === '')) {
			return fail(400, { import: { error: 'assessmentAdmin.import.missing' as const } });
		}
		const kind = kindOf(file.name);
		if (!kind) return fail(400, { import: { error: 'assessmentAdmin.import.kind' as const } });
		const outcome = await importScores(userDb(admin), {
			framework: params.framework,
			round: params.round,
			file: { name: file.name, kind, bytes: new Uint8Array(await file.arrayBuffer()) }
		});
		switch (outcome.status) {
			case 'imported': {
				const { imported, unchanged, removed } = outcome;
				return { import: { file: file.name, imported, unchanged, removed } };
			}
			case 'invalid': {
				const csv = reportCsv(locals.locale, outcome.problems);
				return fail(422, {
					import: {
						file: file.name,
						count: outcome.problems.length,
						problems: problemList(locals.locale, outcome.problems.slice(0, SHOWN_PROBLEMS)),
						// A link the page can offer without JavaScript and without keeping the report.
						report: `data:text/csv;charset=utf-8;base64,${Buffer.from(csv).toString('base64')}`
					}
				});
			}
			case 'not_found':
				return fail(404, { import: { error: 'assessmentAdmin.gone' as const } });
			case 'forbidden':
				return fail(403, { import: { error: 'auth.forbidden' as const } });
		}
	}
};
