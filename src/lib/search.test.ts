import { describe, expect, it } from 'vitest';
import { highlightSegments, withParam } from './search';

describe('highlightSegments', () => {
	it('splits marked and plain text and decodes the escapes', () => {
		expect(
			highlightSegments('Safe <mark>City</mark> &amp; <mark>सीसीटीवी</mark> &lt;b&gt;')
		).toEqual([
			{ text: 'Safe ', mark: false },
			{ text: 'City', mark: true },
			{ text: ' & ', mark: false },
			{ text: 'सीसीटीवी', mark: true },
			{ text: ' <b>', mark: false }
		]);
	});

	it('keeps markup that was escaped as text', () => {
		const segments = highlightSegments('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(segments).toEqual([{ text: '<script>alert(1)</script>', mark: false }]);
	});
});

describe('withParam', () => {
	const params = new URLSearchParams('q=iccc&kind=playbook&page=3');
	it('sets a filter and goes back to the first page', () => {
		expect(withParam(params, 'state', 'Gujarat')).toBe(
			'/search?q=iccc&kind=playbook&state=Gujarat'
		);
	});
	it('removes a filter', () => {
		expect(withParam(params, 'kind', null)).toBe('/search?q=iccc');
	});
});
