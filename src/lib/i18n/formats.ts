// Intl formatters, made once per language and options and then reused. Making one costs far more
// than formatting with it: a page of 300 pairings formats 600 dates, and building a formatter
// for each took most of the page's rendering time.

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The number formatter for a BCP 47 tag and options, shared by every caller. */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}) {
	const key = `${tag} ${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(tag, options)));
	return format;
}

/** The date formatter for a BCP 47 tag and options, shared by every caller. */
export function dateFormat(tag: string, options: Intl.DateTimeFormatOptions = {}) {
	const key = `${tag} ${JSON.stringify(options)}`;
	let format = dateFormats.get(key);
	if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(tag, options)));
	return format;
}
