// Great-circle distance between two cities: what a site visit costs in travel, roughly.

/** A point on the map; either coordinate may be unknown. */
export interface Coordinates {
	latitude: number | null;
	longitude: number | null;
}

// The mean radius of the Earth (IUGG), which the haversine formula assumes a sphere of.
const EARTH_RADIUS_KM = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The haversine distance in km, or null when either city's location is unknown. */
export function distanceKm(a: Coordinates, b: Coordinates): number | null {
	if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) {
		return null;
	}
	const dLat = radians(b.latitude - a.latitude);
	const dLon = radians(b.longitude - a.longitude);
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
	// min() keeps rounding from pushing h past 1 for points at opposite ends of the Earth.
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
