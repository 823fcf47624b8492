// Invitations in bulk. An admin's CSV file is checked row by row and kept as a batch in
// Postgres, not in the browser: nothing is sent then. On confirmation the rows that are still
// good are invited in one transaction (create_invitations), which also marks the batch
// confirmed, so confirming twice, or uploading the same file again, invites no one twice.
import * as v from 'valibot';
import type { SessionUser } from '../auth/session';
import { cityChoices } from '../cities';
import { userDb } from '../db';
import { DatabaseError } from '../errors';
import { checkInvitations, readRole } from './invitation-csv';
import type { CheckedRow, CsvInvitation, InvitationContext, RowProblem } from './invitation-csv';
import { createInvitations, prepareInvitation } from './invitations';

/** Addresses per PostgREST `in` filter, so that each request's URL stays a few kilobytes. */
const ADDRESSES_PER_QUERY = 100;
/** How long a checked file waits for its confirmation (the hourly clean-up then removes it). */
const BATCH_HOURS = 24;

function chunks<T>(list: T[], size: number): T[][] {
	return Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
		list.slice(i * size, (i + 1) * size)
	);
}

/** What the database knows of these addresses and of the cities, as the admin sees them. */
async function invitationContext(admin: SessionUser, emails: string[]): Promise<InvitationContext> {
	const db = userDb(admin);
	const accounts = new Map<string, 'active' | 'deactivated'>();
	const pending = new Set<string>();
	const now = new Date().toISOString();
	const unique = [...new Set(emails)];
	await Promise.all(
		chunks(unique, ADDRESSES_PER_QUERY).map(async (chunk) => {
			const [users, invitations] = await Promise.all([
				db.from('users').select('email, status').in('email', chunk),
				db
					.from('invitations')
					.select('email')
					.in('email', chunk)
					.is('accepted_at', null)
					.is('revoked_at', null)
					.gt('expires_at', now)
			]);
			if (users.error) throw new DatabaseError('checking addresses', users.error);
			if (invitations.error) throw new DatabaseError('checking invitations', invitations.error);
			for (const user of users.data) accounts.set(user.email, user.status);
			for (const invitation of invitations.data) pending.add(invitation.email);
		})
	);
	const cities = new Set((await cityChoices()).map((c) => c.slug));
	return { cities, accounts, pending };
}

/** Checks a file's rows against the database and keeps them as a batch. Sends nothing. */
export async function checkBatch(
	admin: SessionUser,
	rows: CsvInvitation[]
): Promise<{ id: string; rows: CheckedRow[] }> {
	const checked = checkInvitations(
		rows,
		await invitationContext(
			admin,
			rows.map((r) => r.email)
		)
	);
	const { data, error } = await userDb(admin)
		.from('invitation_batches')
		.insert({ rows: checked })
		.select('id')
		.single();
	if (error) throw new DatabaseError('keeping a checked file', error);
	return { id: data.id, rows: checked };
}

const RowProblemSchema: v.GenericSchema<RowProblem> = v.variant('code', [
	v.object({
		code: v.picklist(['email', 'role', 'city', 'cityMissing', 'account', 'deactivated', 'pending'])
	}),
	v.object({ code: v.literal('duplicate'), line: v.number() })
]);

const StoredRows = v.array(
	v.object({
		line: v.number(),
		email: v.string(),
		role: v.string(),
		city: v.string(),
		problems: v.array(RowProblemSchema)
	})
);

export interface BatchSummary {
	/** True when the batch had been confirmed before: nothing was sent this time. */
	repeated: boolean;
	/** The rows invited, with their links when no mail server sends them (shown once). */
	invited: { line: number; email: string; link: string | null }[];
	/** Every other row, with why it was not invited. */
	skipped: CheckedRow[];
}

export type BatchOutcome =
	{ kind: 'missing' } | { kind: 'expired' } | ({ kind: 'sent' } & BatchSummary);

/**
 * Confirms a checked batch: its rows that are still good (checked again now) are invited.
 * Links are returned for the admin to hand over when `showLinks` (no mail server).
 */
export async function confirmBatch(
	admin: SessionUser,
	id: string,
	{ showLinks }: { showLinks: boolean }
): Promise<BatchOutcome> {
	const db = userDb(admin);
	const { data: batch, error } = await db
		.from('invitation_batches')
		.select('rows, created_at, confirmed_at')
		.eq('id', id)
		.maybeSingle();
	if (error) throw new DatabaseError('reading a checked file', error);
	if (!batch) return { kind: 'missing' };
	const age = Date.now() - Date.parse(batch.created_at);
	if (!batch.confirmed_at && age > BATCH_HOURS * 3_600_000) return { kind: 'expired' };
	const rows = v.parse(StoredRows, batch.rows);
	// Checked again: an address may have been invited or joined since the file was checked.
	const rechecked = checkInvitations(
		rows,
		await invitationContext(
			admin,
			rows.map((r) => r.email)
		)
	);
	const cityIds = new Map((await cityChoices()).map((c) => [c.slug, c.id]));
	const prepared = rechecked.flatMap((row) => {
		const role = readRole(row.role);
		if (row.problems.length > 0 || !role) return [];
		return [prepareInvitation({ email: row.email, role, cityId: cityIds.get(row.city) ?? null })];
	});
	const created = await createInvitations(admin, prepared, id);
	if (created.status === 'not_found') return { kind: 'missing' };
	const invitedEmails = new Set(created.invited.map((i) => i.email));
	const skippedReasons = new Map(created.skipped.map((s) => [s.email, s.reason]));
	const links = new Map(prepared.map((p) => [p.email, p.link]));
	const invited: BatchSummary['invited'] = [];
	const skipped: CheckedRow[] = [];
	for (const row of rechecked) {
		if (invitedEmails.has(row.email) && row.problems.every((p) => p.code !== 'duplicate')) {
			invitedEmails.delete(row.email);
			const link = showLinks && !created.repeated ? (links.get(row.email) ?? null) : null;
			invited.push({ line: row.line, email: row.email, link });
		} else {
			const problems: RowProblem[] =
				row.problems.length > 0
					? row.problems
					: [{ code: skippedReasons.get(row.email) ?? 'pending' }];
			skipped.push({ ...row, problems });
		}
	}
	return { kind: 'sent', repeated: created.repeated, invited, skipped };
}
