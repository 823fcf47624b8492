import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { requireUser } from '$lib/server/auth/guards';
import { checkBatch, confirmBatch } from '$lib/server/accounts/invitation-batches';
import { MAX_BYTES, MAX_ROWS, readInvitationFile } from '$lib/server/accounts/invitation-csv';
import { config } from '$lib/server/env';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	await requireUser('mission_admin');
	return { maxRows: MAX_ROWS, maxKb: MAX_BYTES / 1024 };
};

/** Whether reading the body failed because it is over the server's size limit. */
function tooLarge(cause: unknown): boolean {
	return typeof cause === 'object' && cause !== null && 'status' in cause && cause.status === 413;
}

export const actions: Actions = {
	// Step one: check the file row by row and keep it as a batch. Nothing is sent.
	check: async ({ request }) => {
		const admin = await requireUser('mission_admin');
		// The file and the form around it: refused before reading when it cannot fit.
		if (Number(request.headers.get('content-length')) > MAX_BYTES + 16 * 1024) {
			return fail(413, { check: { problem: 'tooLarge' as const } });
		}
		let form: FormData;
		try {
			form = await request.formData();
		} catch (cause) {
			// A file far over the limit is refused by the server before it reaches the check
			// below: the same message, not a bare error page.
			if (tooLarge(cause)) return fail(413, { check: { problem: 'tooLarge' as const } });
			throw cause;
		}
		const file = form.get('file');
		if (!(file instanceof File) || (file.size === 0 && file.name === '')) {
			return fail(400, { check: { problem: 'missing' as const } });
		}
		const read = readInvitationFile(new Uint8Array(await file.arrayBuffer()));
		if (!read.ok) {
			const missing = read.problem === 'columns' ? read.missing : [];
			return fail(read.problem === 'tooLarge' ? 413 : 400, {
				check: { problem: read.problem, missing }
			});
		}
		const batch = await checkBatch(admin, read.rows);
		return { check: { batchId: batch.id, rows: batch.rows } };
	},
	// Step two: invite the batch's rows that are still good; a batch is sent once.
	confirm: async ({ request }) => {
		const admin = await requireUser('mission_admin');
		const batchId = v.safeParse(
			v.pipe(v.string(), v.uuid()),
			(await request.formData()).get('batch')
		);
		if (!batchId.success) return fail(404, { confirm: { problem: 'missing' as const } });
		const outcome = await confirmBatch(admin, batchId.output, { showLinks: !config.smtpUrl });
		if (outcome.kind !== 'sent') {
			return fail(outcome.kind === 'missing' ? 404 : 410, { confirm: { problem: outcome.kind } });
		}
		const { repeated, invited, skipped } = outcome;
		return { confirm: { repeated, invited, skipped, mailConfigured: Boolean(config.smtpUrl) } };
	}
};
