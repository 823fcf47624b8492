import { describe, expect, it } from 'vitest';
import { renderSitePage } from './site-pages';

describe('renderSitePage', () => {
	it('renders the Markdown around the blocks, sanitised, and keeps the blocks for the page', () => {
		const { parts } = renderSitePage(
			'Run by:\n\n{{owner}}\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1)) **ok**\n'
		);
		expect(parts).toHaveLength(3);
		expect(parts[0]).toEqual({ html: '<p>Run by:</p>\n' });
		expect(parts[1]).toEqual({ block: 'owner' });
		const last = 'html' in parts[2] ? parts[2].html : '';
		expect(last).toContain('<strong>ok</strong>');
		expect(last).not.toMatch(/script|javascript/);
	});

	it('describes the page by its first text, cut at 200 characters', () => {
		const long = 'word '.repeat(100);
		const { description } = renderSitePage(`{{owner}}\n\n**Short** intro.\n\n${long}`);
		expect(description).toBe(
			'Short intro. ' + 'word '.repeat(100).trim().slice(0, 184).trimEnd() + '…'
		);
		expect(description.length).toBeLessThanOrEqual(200);
		expect(renderSitePage('Just this.').description).toBe('Just this.');
	});
});
