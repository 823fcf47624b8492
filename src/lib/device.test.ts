import { describe, expect, it } from 'vitest';
import { describeDevice } from './device';

describe('describeDevice', () => {
	it('names common browsers and systems', () => {
		expect(
			describeDevice(
				'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36'
			)
		).toBe('Chrome · Android');
		expect(
			describeDevice(
				'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0'
			)
		).toBe('Edge · Windows');
		expect(
			describeDevice(
				'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1'
			)
		).toBe('Safari · iOS');
		expect(
			describeDevice('Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0')
		).toBe('Firefox · Linux');
	});

	it('falls back to the start of an unknown string, or nothing', () => {
		expect(describeDevice('city-dashboard/2.1')).toBe('city-dashboard/2.1');
		expect(describeDevice(null)).toBeNull();
	});
});
