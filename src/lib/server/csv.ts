// CSV as RFC 4180 writes it (quoted fields, doubled quotes, commas and line breaks inside
// quotes), for the seed scripts and the app's CSV uploads alike. Part of the Node-safe core.

/** One record of a file, with the line it starts on, so a report can point into the file. */
export interface CsvRecord {
	/** The line of the file the record starts on, counting from 1 (the header is line 1). */
	line: number;
	cells: string[];
}

/**
 * Splits CSV text into records. A leading byte order mark is dropped, lines may end in LF or
 * CRLF, and blank lines are skipped (spreadsheets leave them at the end). Throws only when the
 * text ends inside a quoted field; rows of any length are returned as they are.
 */
export function readCsvRecords(text: string): CsvRecord[] {
	const records: CsvRecord[] = [];
	let cells: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	let start = 1;
	const src = text.replace(/^\uFEFF/, '');
	const end = () => {
		cells.push(field);
		if (cells.length > 1 || cells[0] !== '') records.push({ line: start, cells });
		cells = [];
		field = '';
	};
	for (let i = 0; i < src.length; i++) {
		const ch = src[i];
		if (quoted) {
			if (ch === '"' && src[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else {
				if (ch === '\n') line++;
				field += ch;
			}
		} else if (ch === '"' && field === '') quoted = true;
		else if (ch === ',') {
			cells.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && src[i + 1] === '\n') i++;
			end();
			line++;
			start = line;
		} else field += ch;
	}
	if (quoted) throw new Error('CSV ends inside a quoted field');
	if (field !== '' || cells.length > 0) end();
	return records;
}

/**
 * Parses CSV into objects keyed by the header row. Values are NFC-normalised; empty fields
 * become null. A row with another number of fields than the header is refused.
 */
export function parseCsv(text: string): Record<string, string | null>[] {
	const [header, ...body] = readCsvRecords(text);
	if (!header) return [];
	return body.map(({ line, cells }) => {
		if (cells.length !== header.cells.length) {
			throw new Error(
				`CSV row ${line} has ${cells.length} fields, expected ${header.cells.length}`
			);
		}
		return Object.fromEntries(
			header.cells.map((key, k) => [key.trim(), cells[k] === '' ? null : cells[k].normalize('NFC')])
		);
	});
}
