// The assessment views' tables as CSV downloads: UTF-8 with a byte-order mark (without it, Excel
// reads the file as the system's code page and Devanagari names turn to noise), CRLF line ends
// and RFC 4180 quoting. Numbers are plain numbers with a full stop, so a spreadsheet reads them
// as numbers whatever the page's language.
import type { Comparison } from './compare';
import type { RankingView } from './ranking-view';

type Cell = string | number | boolean | null | undefined;

/** A cell as CSV text. Text that a spreadsheet would run as a formula is kept as text. */
function cell(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file's text: the byte-order mark, the header and the rows. */
export function csvText(header: readonly Cell[], rows: readonly Cell[][]): string {
	const lines = [header, ...rows].map((row) => row.map(cell).join(','));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A CSV download. */
export function csvResponse(text: string, fileName: string): Response {
	return new Response(text, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName}"`,
			// What a reader may see depends on who they are (private rounds): no shared caching.
			'cache-control': 'private, no-store'
		}
	});
}

/** A number to at most two decimals, for a file. */
const round2 = (n: number | null | undefined) =>
	n === null || n === undefined ? null : Math.round(n * 100) / 100;

/** The ranking table: the columns of the page, every row the filters keep (not one page). */
export function rankingCsv(view: RankingView): string {
	return csvText(
		[
			'rank',
			'city',
			'state',
			'zone',
			'value',
			'scheme',
			'change',
			'sample',
			'source',
			'confidence',
			'joint',
			'basis',
			'city_slug',
			'city_local'
		],
		view.rows.map((row) => [
			row.rank,
			row.city.name,
			row.city.state,
			row.city.zonal_council,
			round2(row.value),
			row.scheme,
			round2(row.change?.value),
			row.sample,
			row.source?.url,
			row.source?.confidence,
			row.joint,
			row.basis,
			row.city.slug,
			row.city.name_local
		])
	);
}

/** The comparison table: the overall row, then every part of the framework. */
export function compareCsv(comparison: Comparison): string {
	const { a, b } = comparison;
	return csvText(
		[
			'part',
			'name_en',
			'name_hi',
			'kind',
			'scheme',
			`value_${a.slug}`,
			`value_${b.slug}`,
			'difference',
			`sample_${a.slug}`,
			`sample_${b.slug}`,
			`basis_${a.slug}`,
			`basis_${b.slug}`,
			`rank_${a.slug}`,
			`rank_${b.slug}`
		],
		comparison.rows.map((row) => [
			row.node?.slug ?? 'overall',
			row.node?.name_en ?? 'Overall',
			row.node?.name_hi ?? 'कुल',
			row.node?.kind ?? '',
			row.scheme,
			round2(row.a?.value),
			round2(row.b?.value),
			round2(row.difference),
			row.a ? row.a.sample : null,
			row.b ? row.b.sample : null,
			row.a?.basis,
			row.b?.basis,
			row.ranks?.a,
			row.ranks?.b
		])
	);
}
