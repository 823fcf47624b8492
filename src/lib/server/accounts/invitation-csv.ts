// Invitations from a CSV file: reading the upload and checking each row, before anything is
// sent. Pure functions: what the database knows (cities, accounts, open invitations) comes in
// as arguments, so the rules are tested on their own (invitation-csv.test.ts).
import * as v from 'valibot';
import { roles } from '$lib/roles';
import type { Role } from '$lib/roles';
import { readCsvRecords } from '../csv';

/** At most this many rows a file: a large state's officers at once, and a page that renders. */
export const MAX_ROWS = 1000;
/**
 * At most this many bytes: 1,000 rows of long addresses fit several times over, and the upload
 * stays under the server's default request body limit (512 KB, adapter-node's BODY_SIZE_LIMIT).
 */
export const MAX_BYTES = 500 * 1024;

/** What can be wrong with the file as a whole; nothing is checked row by row then. */
export type FileProblem = 'empty' | 'tooLarge' | 'tooManyRows' | 'notUtf8' | 'unterminated';

/** What can be wrong with one row. */
export type RowProblem =
	| { code: 'email' }
	| { code: 'role' }
	| { code: 'city' }
	| { code: 'cityMissing' }
	| { code: 'duplicate'; line: number }
	| { code: 'account' }
	| { code: 'deactivated' }
	| { code: 'pending' };

/** One data row of the file, its values trimmed. (Types, not interfaces: rows are stored as JSON.) */
export type CsvInvitation = {
	/** The row's line in the file (the header is line 1). */
	line: number;
	email: string;
	role: string;
	city: string;
};

export type CheckedRow = CsvInvitation & { problems: RowProblem[] };

export type FileResult =
	| { ok: true; rows: CsvInvitation[] }
	| { ok: false; problem: FileProblem }
	| { ok: false; problem: 'columns'; missing: string[] };

const COLUMNS = ['email', 'role', 'city'] as const;

/** A header cell as a column name: any case, spaces, underscores or hyphens; "city slug" is "city". */
function columnName(cell: string): string {
	const name = cell
		.trim()
		.toLowerCase()
		.replace(/[\s_-]+/g, ' ');
	return name === 'city slug' ? 'city' : name;
}

/** Reads an uploaded file: UTF-8 (a byte order mark is fine), a header row, then the rows. */
export function readInvitationFile(bytes: Uint8Array): FileResult {
	if (bytes.byteLength > MAX_BYTES) return { ok: false, problem: 'tooLarge' };
	let text: string;
	try {
		// `fatal`: a file saved in another encoding is refused rather than read as mojibake.
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, problem: 'notUtf8' };
	}
	let records;
	try {
		records = readCsvRecords(text);
	} catch {
		return { ok: false, problem: 'unterminated' };
	}
	const [header, ...body] = records;
	if (!header || body.length === 0) return { ok: false, problem: 'empty' };
	if (body.length > MAX_ROWS) return { ok: false, problem: 'tooManyRows' };
	const names = header.cells.map(columnName);
	const missing = COLUMNS.filter((column) => !names.includes(column));
	if (missing.length > 0) return { ok: false, problem: 'columns', missing };
	const cell = (cells: string[], column: (typeof COLUMNS)[number]) =>
		(cells[names.indexOf(column)] ?? '').normalize('NFC').trim();
	return {
		ok: true,
		rows: body.map(({ line, cells }) => ({
			line,
			email: cell(cells, 'email').toLowerCase(),
			role: cell(cells, 'role'),
			city: cell(cells, 'city').toLowerCase()
		}))
	};
}

/** A role as people write it: `city_member`, `City member` and `city-member` are the same. */
export function readRole(value: string): Role | null {
	const name = value
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
	return (roles as readonly string[]).includes(name) ? (name as Role) : null;
}

const emailSchema = v.pipe(v.string(), v.maxLength(254), v.email());

/** What the database knows about the file's addresses and the cities they name. */
export interface InvitationContext {
	/** Every city slug. */
	cities: ReadonlySet<string>;
	/** The status of each address that already has an account. */
	accounts: ReadonlyMap<string, 'active' | 'deactivated'>;
	/** Addresses with an invitation not yet accepted, withdrawn or expired. */
	pending: ReadonlySet<string>;
}

/**
 * Checks every row and names each of its problems. A row without problems may be invited; a
 * row repeating an earlier row's address is a duplicate of that row, which alone is invited.
 */
export function checkInvitations(rows: CsvInvitation[], context: InvitationContext): CheckedRow[] {
	const firstLine = new Map<string, number>();
	return rows.map((row) => {
		const problems: RowProblem[] = [];
		const role = readRole(row.role);
		const emailValid = v.is(emailSchema, row.email);
		if (!emailValid) problems.push({ code: 'email' });
		if (!role) problems.push({ code: 'role' });
		if (row.city && !context.cities.has(row.city)) problems.push({ code: 'city' });
		if (!row.city && role && role !== 'mission_admin') problems.push({ code: 'cityMissing' });
		if (emailValid) {
			const first = firstLine.get(row.email);
			if (first !== undefined) problems.push({ code: 'duplicate', line: first });
			else firstLine.set(row.email, row.line);
			const account = context.accounts.get(row.email);
			if (account === 'active') problems.push({ code: 'account' });
			if (account === 'deactivated') problems.push({ code: 'deactivated' });
			if (context.pending.has(row.email)) problems.push({ code: 'pending' });
		}
		return { ...row, role: role ?? row.role, problems };
	});
}
