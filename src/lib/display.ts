// How the reader wants pages shown: larger text in steps, and a high-contrast theme. Kept in
// cookies and applied on the server (attributes of <html>), so both work without JavaScript.

/** The text sizes, in per cent of the browser's own, from the default up. */
export const TEXT_SIZES = [100, 115, 130, 150] as const;
export type TextSize = 0 | 1 | 2 | 3;

export const TEXT_SIZE_COOKIE = 'text_size';
export const CONTRAST_COOKIE = 'contrast';

export interface Display {
	textSize: TextSize;
	highContrast: boolean;
}

export const defaultDisplay: Display = { textSize: 0, highContrast: false };

/** The reader's display from their cookies; anything unknown is the default. */
export function readDisplay(cookie: (name: string) => string | undefined): Display {
	const size = Number(cookie(TEXT_SIZE_COOKIE));
	return {
		textSize: (Number.isInteger(size) && size >= 0 && size < TEXT_SIZES.length
			? size
			: 0) as TextSize,
		highContrast: cookie(CONTRAST_COOKIE) === 'high'
	};
}

/** The attributes of <html> that apply a display (none for the default). */
export function displayAttributes(display: Display): string {
	return [
		display.textSize ? `data-text-size="${display.textSize}"` : '',
		display.highContrast ? 'data-contrast="high"' : ''
	]
		.filter(Boolean)
		.join(' ');
}

/** The display after a choice: `smaller`, `larger`, `reset` (the size), `high`, `normal`. */
export function applyChoice(display: Display, choice: string): Display | null {
	switch (choice) {
		case 'smaller':
			return { ...display, textSize: Math.max(0, display.textSize - 1) as TextSize };
		case 'larger':
			return {
				...display,
				textSize: Math.min(TEXT_SIZES.length - 1, display.textSize + 1) as TextSize
			};
		case 'reset':
			return { ...display, textSize: 0 };
		case 'high':
			return { ...display, highContrast: true };
		case 'normal':
			return { ...display, highContrast: false };
		default:
			return null;
	}
}
