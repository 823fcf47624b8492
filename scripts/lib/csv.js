/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, commas and newlines inside quotes) into
 * objects keyed by the header row. Values are NFC-normalised; empty fields become null.
 * @param {string} text
 * @returns {Record<string, string | null>[]}
 */
export function parseCsv(text) {
	const rows = [];
	let row = [];
	let field = '';
	let quoted = false;
	let i = 0;
	const src = text.replace(/^\uFEFF/, '');
	while (i < src.length) {
		const ch = src[i];
		if (quoted) {
			if (ch === '"' && src[i + 1] === '"') {
				field += '"';
				i += 2;
				continue;
			}
			if (ch === '"') quoted = false;
			else field += ch;
			i++;
			continue;
		}
		if (ch === '"' && field === '') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && src[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += ch;
		i++;
	}
	if (quoted) throw new Error('CSV ends inside a quoted field');
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
	if (!header) return [];
	return body.map((cells, index) => {
		if (cells.length !== header.length) {
			throw new Error(`CSV row ${index + 2} has ${cells.length} fields, expected ${header.length}`);
		}
		return Object.fromEntries(
			header.map((key, k) => [key.trim(), cells[k] === '' ? null : cells[k].normalize('NFC')])
		);
	});
}
