import { describe, expect, it } from 'vitest';
import { transport } from '../hooks';
import { RenderOnly, renderOnly } from './render-only';

describe('render-only data', () => {
	const { encode, decode } = transport.RenderOnly;

	it('reaches the render as it was given', () => {
		const report = { cities: [{ slug: 'rajkot' }] };
		const wrapped = renderOnly(report);
		expect(wrapped).toBeInstanceOf(RenderOnly);
		expect(wrapped.value).toBe(report);
	});

	it('is written into a page as `true`, whatever it holds, and read back as nothing', () => {
		expect(encode(renderOnly({ secret: 'x'.repeat(10_000) }))).toBe(true);
		expect(decode(true)).toBeNull();
	});

	it('leaves every other value to SvelteKit', () => {
		for (const value of [{ value: 1 }, [renderOnly(1)], 'text', 0, null, new Date(0)]) {
			expect(encode(value)).toBe(false);
		}
	});
});
