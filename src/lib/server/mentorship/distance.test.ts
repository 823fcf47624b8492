import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance';

const at = (latitude: number | null, longitude: number | null) => ({ latitude, longitude });

describe('distanceKm', () => {
	it('is zero from a city to itself', () => {
		expect(distanceKm(at(22.3039, 70.8022), at(22.3039, 70.8022))).toBe(0);
	});

	it('measures a degree of latitude and a quarter of a meridian', () => {
		// 2πR / 360 and πR / 2 with R = 6371.0088 km.
		expect(distanceKm(at(0, 0), at(1, 0))).toBeCloseTo(111.195, 3);
		expect(distanceKm(at(0, 0), at(90, 0))).toBeCloseTo(10007.557, 3);
	});

	it('measures real pairs in both directions alike', () => {
		const ahmedabad = at(23.0225, 72.5714);
		const gandhinagar = at(23.2156, 72.6369);
		const rajkot = at(22.3039, 70.8022);
		// The same formula worked out separately (in Python): 22.49 km and 198.34 km.
		expect(distanceKm(ahmedabad, gandhinagar)).toBeCloseTo(22.49, 2);
		expect(distanceKm(rajkot, ahmedabad)).toBeCloseTo(198.34, 2);
		expect(distanceKm(ahmedabad, rajkot)).toBe(distanceKm(rajkot, ahmedabad));
	});

	it('is unknown when either location is', () => {
		expect(distanceKm(at(null, 72.5), at(23, 72))).toBeNull();
		expect(distanceKm(at(23, 72), at(23, null))).toBeNull();
	});
});
