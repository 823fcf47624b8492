import { describe, expect, it } from 'vitest';
import { applyChoice, defaultDisplay, displayAttributes, readDisplay } from './display';

describe('the reader’s display', () => {
	const cookies = (values: Record<string, string>) => (name: string) => values[name];

	it('reads the text size and contrast from cookies, anything unknown as the default', () => {
		expect(readDisplay(cookies({ text_size: '2', contrast: 'high' }))).toEqual({
			textSize: 2,
			highContrast: true
		});
		for (const size of ['9', '-1', '1.5', 'big', '']) {
			expect(readDisplay(cookies({ text_size: size })).textSize, size).toBe(0);
		}
		expect(readDisplay(cookies({ contrast: 'yes' })).highContrast).toBe(false);
	});

	it('steps the text size within its range, and switches the contrast', () => {
		let display = defaultDisplay;
		expect(applyChoice(display, 'smaller')).toEqual(display);
		for (let i = 0; i < 5; i++) display = applyChoice(display, 'larger')!;
		expect(display.textSize).toBe(3);
		expect(applyChoice(display, 'reset')?.textSize).toBe(0);
		expect(applyChoice(display, 'high')?.highContrast).toBe(true);
		expect(applyChoice({ ...display, highContrast: true }, 'normal')?.highContrast).toBe(false);
		expect(applyChoice(display, 'purple')).toBeNull();
	});

	it('writes the attributes of <html>, none for the default', () => {
		expect(displayAttributes(defaultDisplay)).toBe('');
		expect(displayAttributes({ textSize: 2, highContrast: true })).toBe(
			'data-text-size="2" data-contrast="high"'
		);
	});
});
