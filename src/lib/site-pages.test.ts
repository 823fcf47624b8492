import { describe, expect, it } from 'vitest';
import { isSitePage, splitBlocks } from './site-pages';

describe('splitBlocks', () => {
	it('cuts the Markdown at block lines and keeps the text around them', () => {
		expect(splitBlocks('# Contact\n\nWe are:\n\n{{owner}}\n\n## Write\n\nUse the form.\n')).toEqual(
			[
				{ markdown: '# Contact\n\nWe are:\n\n' },
				{ block: 'owner' },
				{ markdown: '\n\n## Write\n\nUse the form.\n' }
			]
		);
	});

	it('takes a block at the very start or end, indented or with trailing spaces', () => {
		expect(splitBlocks('  {{axe-results}}  \nafter')).toEqual([
			{ block: 'axe-results' },
			{ markdown: '\nafter' }
		]);
		expect(splitBlocks('before\n{{owner}}')).toEqual([
			{ markdown: 'before\n' },
			{ block: 'owner' }
		]);
	});

	it('leaves a block inside a line, or an unknown name, as written', () => {
		const text = 'Write to {{owner}} today.\n\n{{someone}}\n';
		expect(splitBlocks(text)).toEqual([{ markdown: text }]);
	});

	it('gives nothing for empty text, and each of two blocks in a row', () => {
		expect(splitBlocks('')).toEqual([]);
		expect(splitBlocks('{{owner}}\n{{owner}}')).toEqual([{ block: 'owner' }, { block: 'owner' }]);
	});
});

describe('isSitePage', () => {
	it('knows the nine pages and nothing else', () => {
		expect(isSitePage('privacy')).toBe(true);
		expect(isSitePage('screen-reader')).toBe(true);
		expect(isSitePage('cities')).toBe(false);
		expect(isSitePage('Privacy')).toBe(false);
	});
});
