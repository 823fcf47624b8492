import { describe, expect, it } from 'vitest';
import { generateToken, hashToken, slidingExpiry } from './session';

const DAY = 24 * 60 * 60 * 1000;

describe('session tokens', () => {
	it('are 160 random bits in base32, different every time', () => {
		const tokens = new Set(Array.from({ length: 100 }, generateToken));
		expect(tokens.size).toBe(100);
		for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{32}$/);
	});

	it('are stored as their SHA-256 only', () => {
		expect(hashToken('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});
});

describe('slidingExpiry', () => {
	const start = new Date('2026-01-01T00:00:00Z');
	const cap = new Date(start.getTime() + 90 * DAY);
	const expires = new Date(start.getTime() + 30 * DAY);

	it('leaves a session alone while more than 15 days remain', () => {
		expect(slidingExpiry(expires, cap, new Date(start.getTime() + 10 * DAY))).toBeNull();
	});

	it('extends to 30 days from now once under 15 days remain', () => {
		const now = new Date(start.getTime() + 20 * DAY);
		expect(slidingExpiry(expires, cap, now)?.getTime()).toBe(now.getTime() + 30 * DAY);
	});

	it('never extends past the 90-day cap', () => {
		const late = new Date(start.getTime() + 80 * DAY);
		const nearCap = new Date(start.getTime() + 85 * DAY);
		expect(slidingExpiry(nearCap, cap, late)?.getTime()).toBe(cap.getTime());
		expect(slidingExpiry(cap, cap, new Date(start.getTime() + 89 * DAY))).toBeNull();
	});
});
