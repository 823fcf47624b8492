// The map of India on /programme, as a plain model that IndiaMap.svelte renders on the server.
// The static half (states projected and written as SVG path data) is built once per process and
// served as a file of its own (mapSprite); each answer adds only the shading, the city markers
// and the pairing lines.
// The boundary is not simplified (that drops Lakshadweep's islands); the SVG stays small because
// coordinates are rounded to whole pixels, written as relative moves, points that repeat after
// rounding are dropped, and borders shared by two states are drawn once, as one mesh.

import { geoMercator, geoPath } from 'd3-geo';
import type { GeoContext, GeoPath, GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topoText from './india-states.topo.json?raw';
import type { CityRole, ReachMap } from './types';

export interface StateProperties {
	name: string;
	iso: string;
	code: string;
	lgd: number;
	type: 'State' | 'Union Territory';
}

export interface StateShape {
	iso: string;
	code: string;
	name: string;
	/** Fill path, no stroke: the borders are drawn once by the meshes. */
	d: string;
	/** Projected area in square pixels. */
	area: number;
	/** Where a marker goes if the area is too small to see: the centre of its largest part. */
	anchor: [number, number];
}

interface MapGeometry {
	width: number;
	height: number;
	states: StateShape[];
	/** State borders inside India, each drawn once. */
	borders: string;
	/** The national outline, coasts and islands included. */
	outline: string;
	project: (longitude: number, latitude: number) => [number, number];
}

const MAP_WIDTH = 800;
/** Room around the land for markers and labels at the edges. */
const MARGIN = 12;

type Point = [number, number];
interface Subpath {
	points: Point[];
	closed: boolean;
}

/**
 * A d3-geo path context that keeps whole-pixel points, one list per ring or line, dropping a
 * point that rounds onto the one before it. Rings that round to a single point are kept.
 */
class RoundingContext implements GeoContext {
	subpaths: Subpath[] = [];
	private current: Subpath | null = null;

	moveTo(x: number, y: number) {
		this.current = { points: [[Math.round(x), Math.round(y)]], closed: false };
		this.subpaths.push(this.current);
	}

	lineTo(x: number, y: number) {
		if (!this.current) return this.moveTo(x, y);
		const point: Point = [Math.round(x), Math.round(y)];
		const last = this.current.points[this.current.points.length - 1];
		if (last[0] !== point[0] || last[1] !== point[1]) this.current.points.push(point);
	}

	closePath() {
		if (!this.current) return;
		const { points } = this.current;
		const [first, last] = [points[0], points[points.length - 1]];
		// The closing point is implied by `z`.
		if (points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
		this.current.closed = true;
		this.current = null;
	}

	// Points are not drawn by this map (cities are markers), but a context must take them.
	arc() {}
	beginPath() {}
}

/** Appends numbers to path data with the fewest separators: a minus sign separates by itself. */
function pushNumbers(out: string[], values: number[]) {
	for (const value of values) {
		const previous = out[out.length - 1] ?? '';
		const needsSpace = value >= 0 && /\d$/.test(previous);
		out.push(`${needsSpace ? ' ' : ''}${value}`);
	}
}

/**
 * Writes subpaths as path data with relative commands only. An open line
 * that rounds to one point becomes a zero-length segment, which a round line cap draws as a dot.
 */
export function pathData(subpaths: Subpath[]): string {
	const out: string[] = [];
	let pen: Point = [0, 0];
	for (const { points, closed } of subpaths) {
		const [start, ...rest] = points;
		// A path's first `m` is absolute; its other pairs are relative either way.
		out.push('m');
		pushNumbers(out, [start[0] - pen[0], start[1] - pen[1]]);
		pen = start;
		// After `m`, further pairs are relative line-tos: no `l` needed.
		for (const point of rest) {
			pushNumbers(out, [point[0] - pen[0], point[1] - pen[1]]);
			pen = point;
		}
		if (closed) {
			out.push('z');
			pen = start;
		} else if (rest.length === 0) {
			out.push('h0');
		}
	}
	return out.join('');
}

function render(path: GeoPath, context: RoundingContext, object: GeoPermissibleObjects) {
	context.subpaths = [];
	path(object);
	return pathData(context.subpaths);
}

function build(): MapGeometry {
	const topo: Topology<{ states: GeometryCollection<StateProperties> }> = JSON.parse(topoText);
	const states = topo.objects.states;
	const collection = feature(topo, states);

	// fitWidth puts the land's top-left corner at 0,0; the margin then moves it in.
	const projection: GeoProjection = geoMercator().fitWidth(MAP_WIDTH - 2 * MARGIN, collection);
	const [tx, ty] = projection.translate();
	projection.translate([tx + MARGIN, ty + MARGIN]);
	const measure = geoPath(projection);
	const height = Math.ceil(measure.bounds(collection)[1][1] + MARGIN);

	const context = new RoundingContext();
	const draw = geoPath(projection, context);

	const shapes = collection.features.map((state): StateShape => {
		const parts =
			state.geometry.type === 'MultiPolygon'
				? state.geometry.coordinates.map(
						(coordinates) => ({ type: 'Polygon', coordinates }) as const
					)
				: [state.geometry];
		const largest = parts.reduce((a, b) => (measure.area(b) > measure.area(a) ? b : a));
		const [x, y] = measure.centroid(largest);
		return {
			iso: state.properties.iso,
			code: state.properties.code,
			name: state.properties.name,
			d: render(draw, context, state),
			area: measure.area(state),
			anchor: [Math.round(x), Math.round(y)]
		};
	});

	return {
		width: MAP_WIDTH,
		height,
		states: shapes,
		borders: render(
			draw,
			context,
			mesh(topo, states, (a, b) => a !== b)
		),
		outline: render(
			draw,
			context,
			mesh(topo, states, (a, b) => a === b)
		),
		project: (longitude, latitude) => {
			const [x, y] = projection([longitude, latitude]) ?? [NaN, NaN];
			return [Math.round(x), Math.round(y)];
		}
	};
}

let cached: MapGeometry | null = null;

/** The projected states and borders, built on first use and kept for the life of the process. */
function mapGeometry(): MapGeometry {
	cached ??= build();
	return cached;
}

/**
 * The static half of the map as an SVG file of its own (india-states.svg beside this module, kept
 * equal to this by a test): one path per state or UT, with its ISO code as id, then the borders
 * and the outline. The page's map draws them by reference (`<use href="…#IN-GJ">`), shaded on the
 * page: the 140 KB of paths travel once, as an immutable asset the browser keeps, rather than in
 * every answer of /programme and each change of its filters. The paths carry no fill or stroke
 * of their own, so what the page sets on each `<use>` is what they get.
 */
export function mapSprite(): string {
	const geometry = mapGeometry();
	const paths = [
		...geometry.states.map((state) => `<path id="${state.iso}" d="${state.d}"/>`),
		`<path id="borders" d="${geometry.borders}"/>`,
		`<path id="outline" d="${geometry.outline}"/>`
	];
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${geometry.width} ${geometry.height}">\n` +
		`${paths.join('\n')}\n</svg>\n`
	);
}

/** Shading of a state by its engaged cities: none, one, two or three, four or more. */
export const SHADE_LEVELS = [
	{ level: 0, min: 0, max: 0 },
	{ level: 1, min: 1, max: 1 },
	{ level: 2, min: 2, max: 3 },
	{ level: 3, min: 4, max: null }
] as const;
export type ShadeLevel = (typeof SHADE_LEVELS)[number]['level'];

/** Below this projected area (px² at 800 px wide) a state or UT gets a marker to stay visible. */
const SMALL_AREA = 150;
/** Where a small area's name goes beside its marker, so that it lies over the sea or open land. */
const LABEL_SIDE: Record<string, LabelSide> = {
	'IN-CH': 'left',
	'IN-DH': 'left',
	'IN-LD': 'below',
	'IN-DL': 'right',
	'IN-PY': 'right'
};
/** Names too long to sit beside a marker; the full name stays in the marker's title. */
const SHORT_NAME: Record<string, string> = { 'IN-DH': 'DNH & DD' };
export type LabelSide = 'left' | 'right' | 'below';

export interface MapState {
	iso: string;
	code: string;
	name: string;
	d: string;
	cities: number;
	engaged: number;
	level: ShadeLevel;
	inScope: boolean;
}

export interface MapCity {
	slug: string;
	name: string;
	state: string;
	x: number;
	y: number;
	role: CityRole;
	inScope: boolean;
}

export interface MapPairing {
	mentor: string;
	mentee: string;
	mentorName: string;
	menteeName: string;
	programme: string;
	status: string;
	from: [number, number];
	to: [number, number];
	/** A gentle curve from the mentor city to the mentee city. */
	d: string;
}

/** Everything IndiaMap.svelte draws; plain data, so a server load can return it. */
export interface IndiaMapModel {
	width: number;
	height: number;
	viewBox: string;
	states: MapState[];
	borders: string;
	outline: string;
	/** Areas a few pixels across, with a marker at their largest part. */
	smallAreas: {
		iso: string;
		name: string;
		x: number;
		y: number;
		/** The name written beside the marker: short where the full name is long. */
		label: string;
		level: ShadeLevel;
		inScope: boolean;
		labelSide: LabelSide;
	}[];
	/** Cities out of scope first and engaged ones last, so the engaged are drawn on top. */
	cities: MapCity[];
	pairings: MapPairing[];
	engaged: number;
	outOf: number;
	/** The shading's levels, for the legend. */
	levels: typeof SHADE_LEVELS;
	/** Whether a zone or state filter leaves some cities out. */
	filtered: boolean;
}

function shadeLevel(engaged: number): ShadeLevel {
	return SHADE_LEVELS.findLast((level) => engaged >= level.min)?.level ?? 0;
}

/** A quadratic curve bowed to the left of its direction by a seventh of its length. */
function curve([x1, y1]: [number, number], [x2, y2]: [number, number]): string {
	const [dx, dy] = [x2 - x1, y2 - y1];
	const [cx, cy] = [Math.round(dx / 2 + dy / 7), Math.round(dy / 2 - dx / 7)];
	const out = ['M'];
	pushNumbers(out, [x1, y1]);
	out.push('q');
	pushNumbers(out, [cx, cy, dx, dy]);
	return out.join('');
}

const paintOrder = (city: MapCity) => Number(city.inScope) * 2 + Number(city.role !== 'none');

/** The map model for one answer of `programme_reach_map`: shading, markers and pairing lines. */
export function indiaMap(data: ReachMap): IndiaMapModel {
	const geometry = mapGeometry();
	const figures = new Map(data.states.map((state) => [state.state, state]));
	// With no zone or state filter every city is in scope, and so is every state, even Ladakh.
	const everywhere = data.cities.every((city) => city.in_scope);
	const statesInScope = new Set(data.cities.filter((c) => c.in_scope).map((c) => c.state));

	const states = geometry.states.map(
		(shape): MapState & { anchor: [number, number]; area: number } => {
			const engaged = figures.get(shape.name)?.engaged ?? 0;
			return {
				...shape,
				cities: figures.get(shape.name)?.cities ?? 0,
				engaged,
				level: shadeLevel(engaged),
				inScope: everywhere || statesInScope.has(shape.name)
			};
		}
	);

	const cities = data.cities
		.map((city): MapCity => {
			const [x, y] = geometry.project(Number(city.longitude), Number(city.latitude));
			return {
				slug: city.slug,
				name: city.name,
				state: city.state,
				x,
				y,
				role: city.role,
				inScope: city.in_scope
			};
		})
		.sort((a, b) => paintOrder(a) - paintOrder(b) || a.name.localeCompare(b.name));
	const bySlug = new Map(cities.map((city) => [city.slug, city]));

	const pairings = data.pairings.flatMap((pairing): MapPairing[] => {
		const [mentor, mentee] = [bySlug.get(pairing.mentor), bySlug.get(pairing.mentee)];
		// A city the map does not know (renamed, or not among the 100) has nowhere to be drawn.
		if (!mentor || !mentee) return [];
		const [from, to]: [number, number][] = [
			[mentor.x, mentor.y],
			[mentee.x, mentee.y]
		];
		return [
			{
				mentor: mentor.slug,
				mentee: mentee.slug,
				mentorName: mentor.name,
				menteeName: mentee.name,
				programme: pairing.programme,
				status: pairing.status,
				from,
				to,
				d: curve(from, to)
			}
		];
	});

	return {
		width: geometry.width,
		height: geometry.height,
		viewBox: `0 0 ${geometry.width} ${geometry.height}`,
		states: states.map(({ anchor: _anchor, area: _area, ...state }) => state),
		borders: geometry.borders,
		outline: geometry.outline,
		smallAreas: states
			.filter((state) => state.area < SMALL_AREA)
			.map((state) => ({
				iso: state.iso,
				name: state.name,
				label: SHORT_NAME[state.iso] ?? state.name,
				x: state.anchor[0],
				y: state.anchor[1],
				level: state.level,
				inScope: state.inScope,
				labelSide: LABEL_SIDE[state.iso] ?? 'right'
			})),
		cities,
		pairings,
		engaged: cities.filter((city) => city.role !== 'none').length,
		outOf: cities.length,
		levels: SHADE_LEVELS,
		filtered: !everywhere
	};
}
