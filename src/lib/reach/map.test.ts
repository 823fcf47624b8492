import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import TestI18n from '$lib/components/charts/TestI18n.svelte';
import IndiaMap from '$lib/components/reach/IndiaMap.svelte';
import MapTable from '$lib/components/reach/MapTable.svelte';
import type { Locale } from '$lib/i18n';
import type { PlaceNames } from '$lib/places/names';
import { indiaMap, mapSprite } from './map';
import type { IndiaMapModel } from './map';
import type { ReachMap, ReachMapCity } from './types';

const here = (path: string) => new URL(path, import.meta.url);

// The 100 cities with their coordinates, as the seed loads them.
const rows: Record<string, string>[] = parse(
	readFileSync(here('../../../supabase/data/cities.csv')),
	{
		columns: true
	}
);
const roles: Record<string, ReachMapCity['role']> = {
	rajkot: 'mentor',
	bilaspur: 'both',
	raipur: 'mentee',
	kavaratti: 'mentee',
	'port-blair': 'mentee'
};
// The places' names in a language, as the root layout gives them from the seeded table.
const placeNames = (locale: Locale): PlaceNames =>
	Object.fromEntries(
		(
			parse(readFileSync(here('../../../supabase/data/place-names.csv')), {
				columns: true
			}) as Record<string, string>[]
		)
			.filter((row) => row.lang === locale)
			.map((row) => [`${row.kind}:${row.key}`, row.name])
	);
/** A component rendered on the server below the root layout's i18n context. */
const rendered = (component: unknown, props: object, locale: Locale = 'en') =>
	render(TestI18n, {
		props: { chart: component as never, props: { ...props }, locale, names: placeNames(locale) }
	}).body;

const cities: ReachMapCity[] = rows.map((row) => ({
	slug: row.slug,
	name: row.name,
	state: row.state,
	zone: row.zonal_council,
	latitude: Number(row.latitude),
	longitude: Number(row.longitude),
	in_scope: true,
	role: roles[row.slug] ?? 'none'
}));

function reachMap(overrides: Partial<ReachMap> = {}): ReachMap {
	const states = [...new Set(cities.map((c) => c.state))].map((state) => {
		const inState = cities.filter((c) => c.state === state);
		return {
			state,
			zone: inState[0].zone,
			cities: inState.length,
			engaged: inState.filter((c) => c.role !== 'none').length
		};
	});
	return {
		cities,
		pairings: [
			{
				mentor: 'rajkot',
				mentee: 'bilaspur',
				programme: 'national-iccc',
				status: 'active',
				from: '2026-01-05',
				to: null
			},
			{
				mentor: 'bilaspur',
				mentee: 'raipur',
				programme: 'national-iccc',
				status: 'active',
				from: '2026-02-01',
				to: null
			}
		],
		states,
		...overrides
	};
}

/** The absolute points of path data written as `m`, implicit relative line-tos, `h0` and `z`. */
function absolutePoints(d: string): [number, number][] {
	const points: [number, number][] = [];
	let [x, y] = [0, 0];
	let start: [number, number] = [0, 0];
	for (const [, command, numbers] of d.matchAll(/([mhz])([^mhz]*)/g)) {
		const values = numbers.match(/-?\d+/g)?.map(Number) ?? [];
		if (command === 'z') [x, y] = start;
		if (command !== 'm') continue;
		for (let i = 0; i < values.length; i += 2) {
			[x, y] = [x + values[i], y + values[i + 1]];
			if (i === 0) start = [x, y];
			points.push([x, y]);
		}
	}
	return points;
}

const subpaths = (d: string) => d.match(/[mM]/g)?.length ?? 0;
const stateD = (model: IndiaMapModel, name: string) =>
	model.states.find((s) => s.name === name)?.d ?? '';

describe('indiaMap', () => {
	const model = indiaMap(reachMap());

	it('draws from a byte-for-byte copy of the shared boundary file', () => {
		const bytes = readFileSync(here('./india-states.topo.json'));
		expect(createHash('sha256').update(bytes).digest('hex')).toBe(
			'944f3390a08d706b5b693efa28312565a9e2bf1142aa20403cf4bfd260bfd974'
		);
	});

	it('draws every state and UT once, keyed by ISO code and name', () => {
		expect(model.states).toHaveLength(36);
		expect(new Set(model.states.map((s) => s.iso)).size).toBe(36);
		expect(model.states.find((s) => s.iso === 'IN-LA')?.name).toBe('Ladakh');
		expect(model.viewBox).toBe(`0 0 ${model.width} ${model.height}`);
	});

	it('puts all 100 cities inside the viewBox', () => {
		expect(model.cities).toHaveLength(100);
		for (const city of model.cities) {
			expect(city.x, city.slug).toBeGreaterThanOrEqual(0);
			expect(city.x, city.slug).toBeLessThanOrEqual(model.width);
			expect(city.y, city.slug).toBeGreaterThanOrEqual(0);
			expect(city.y, city.slug).toBeLessThanOrEqual(model.height);
		}
	});

	it('writes only whole-pixel coordinates', () => {
		const paths = [
			...model.states.map((s) => s.d),
			model.borders,
			model.outline,
			...model.pairings.map((p) => p.d)
		];
		for (const d of paths) {
			expect(d).toMatch(/^[mM]/);
			expect(d).not.toMatch(/[.eE]/);
			expect(d).toMatch(/^[MmqhzZ\d\s-]+$/);
		}
		for (const city of model.cities) {
			expect(Number.isInteger(city.x) && Number.isInteger(city.y)).toBe(true);
		}
	});

	it('draws every boundary point inside the viewBox', () => {
		for (const d of [...model.states.map((s) => s.d), model.borders, model.outline]) {
			const points = absolutePoints(d);
			expect(points.length).toBeGreaterThan(0);
			for (const [x, y] of points) {
				expect(x >= 0 && x <= model.width && y >= 0 && y <= model.height, `${x},${y}`).toBe(true);
			}
		}
		// Delhi is a small closed shape near the city of New Delhi, not a line across the map.
		const delhi = absolutePoints(stateD(model, 'Delhi'));
		const newDelhi = model.cities.find((c) => c.state === 'Delhi')!;
		for (const [x, y] of delhi) {
			expect(Math.hypot(x - newDelhi.x, y - newDelhi.y)).toBeLessThan(15);
		}
	});

	it('keeps every island: 26 parts of Lakshadweep and 161 of the Andamans', () => {
		expect(subpaths(stateD(model, 'Lakshadweep'))).toBe(26);
		expect(subpaths(stateD(model, 'Andaman and Nicobar Islands'))).toBe(161);
	});

	it('draws shared borders once, as one path, and fills without strokes', () => {
		expect(typeof model.borders).toBe('string');
		expect(model.borders.length).toBeGreaterThan(1000);
		expect(model.outline.length).toBeGreaterThan(1000);
		// The interior mesh has no closed rings: each border between two states is a line.
		expect(model.borders).not.toContain('z');
	});

	it('keeps the path data small without simplifying', () => {
		const all = [...model.states.map((s) => s.d), model.borders, model.outline].join('');
		expect(all.length).toBeLessThan(140_000);
		expect(gzipSync(all).length).toBeLessThan(40_000);
	});

	it('gives the areas a few pixels across a marker with their name', () => {
		const names = model.smallAreas.map((a) => a.name);
		for (const name of [
			'Chandigarh',
			'Delhi',
			'Puducherry',
			'Lakshadweep',
			'Dadra and Nagar Haveli and Daman and Diu'
		]) {
			expect(names).toContain(name);
		}
		expect(names).not.toContain('Rajasthan');
		for (const area of model.smallAreas) {
			expect(area.x).toBeGreaterThan(0);
			expect(area.y).toBeGreaterThan(0);
		}
	});

	it('shades states by engaged cities, joined on the state name', () => {
		const chhattisgarh = model.states.find((s) => s.name === 'Chhattisgarh');
		expect(chhattisgarh).toMatchObject({ engaged: 2, level: 2, inScope: true });
		expect(model.states.find((s) => s.name === 'Gujarat')).toMatchObject({ engaged: 1, level: 1 });
		expect(model.states.find((s) => s.name === 'Ladakh')).toMatchObject({ cities: 0, level: 0 });
		expect(model.engaged).toBe(5);
		expect(model.outOf).toBe(100);
	});

	it('ends each pairing line at its two cities', () => {
		const rajkot = model.cities.find((c) => c.slug === 'rajkot')!;
		const bilaspur = model.cities.find((c) => c.slug === 'bilaspur')!;
		const line = model.pairings.find((p) => p.mentor === 'rajkot')!;
		expect(line).toMatchObject({ mentee: 'bilaspur', mentorName: 'Rajkot' });
		const [x1, y1, , , dx, dy] = line.d.match(/-?\d+/g)!.map(Number);
		expect([x1, y1]).toEqual([rajkot.x, rajkot.y]);
		expect([x1 + dx, y1 + dy]).toEqual([bilaspur.x, bilaspur.y]);
		expect(line.from).toEqual([rajkot.x, rajkot.y]);
		expect(line.to).toEqual([bilaspur.x, bilaspur.y]);
	});

	it('skips a pairing with an unknown city rather than failing', () => {
		const data = reachMap();
		data.pairings.push({ ...data.pairings[0], mentee: 'atlantis' });
		const withUnknown = indiaMap(data);
		expect(withUnknown.pairings).toHaveLength(2);
	});

	it('marks what lies outside a state filter as out of scope', () => {
		const data = reachMap({
			cities: cities.map((c) => ({ ...c, in_scope: c.state === 'Gujarat' }))
		});
		const filtered = indiaMap(data);
		expect(filtered.states.find((s) => s.name === 'Gujarat')?.inScope).toBe(true);
		expect(filtered.states.find((s) => s.name === 'Ladakh')?.inScope).toBe(false);
		expect(filtered.cities.find((c) => c.slug === 'raipur')?.inScope).toBe(false);
		// Out-of-scope cities are drawn first, under the others.
		expect(filtered.cities.at(-1)?.slug).toBe('rajkot');
	});

	it('reuses the projected geometry between requests', () => {
		const again = indiaMap(reachMap({ pairings: [] }));
		expect(again.states[0].d).toBe(model.states[0].d);
		expect(again.outline).toBe(model.outline);
		expect(again.pairings).toHaveLength(0);
	});
});

describe('mapSprite', () => {
	const sprite = mapSprite();

	it('is the file the page links to (`npx vitest run --project unit -u src/lib/reach/map` writes it anew)', async () => {
		await expect(sprite).toMatchFileSnapshot('./india-states.svg');
	});

	it('holds every state, the borders and the outline, by id, without paint of their own', () => {
		const model = indiaMap(reachMap());
		const ids = [...sprite.matchAll(/<path id="([^"]+)" d="([^"]+)"\/>/g)];
		expect(ids.map((m) => m[1])).toEqual([...model.states.map((s) => s.iso), 'borders', 'outline']);
		expect(ids.find((m) => m[1] === 'IN-GJ')?.[2]).toBe(stateD(model, 'Gujarat'));
		expect(ids.at(-1)?.[2]).toBe(model.outline);
		expect(sprite).not.toMatch(/fill|stroke|style/);
		expect(sprite).toContain(`viewBox="${model.viewBox}"`);
	});
});

describe('IndiaMap and MapTable rendered on the server', () => {
	const data = reachMap();
	const body = rendered(IndiaMap, { map: indiaMap(data) });

	it('draws a marker with a title for each of the 100 cities', () => {
		expect(body.match(/<g[^>]* data-city="/g)).toHaveLength(100);
		expect(body).toMatch(/data-city="rajkot"[^>]*><title>Rajkot: mentors another city<\/title>/);
	});

	it('names the image and summarises it', () => {
		expect(body).toContain('role="img"');
		expect(body).toContain('5 of 100 smart cities are engaged as mentors or mentees.');
		expect(body).toContain('2 pairings join mentor cities to mentee cities.');
	});

	it('draws the borders once and keeps the attribution in view', () => {
		expect(body.match(/class="borders[ "]/g)).toHaveLength(1);
		expect(body.match(/class="outline[ "]/g)).toHaveLength(1);
		expect(body).toContain('DataMeet India community');
		expect(body).toContain('href="https://github.com/datameet/maps"');
		expect(body).toContain('CC0');
		expect(body).toContain('Election Commission of India');
		expect(body).toContain('This is not an authenticated Survey of India map.');
		for (const name of ['Chandigarh', 'Delhi', 'Puducherry', 'Lakshadweep']) {
			expect(body).toContain(`>${name}</text>`);
			expect(body).toContain(`<title>${name}: too small to see at this size</title>`);
		}
	});

	it('gives the same data as tables with captions and links', () => {
		const tables = rendered(MapTable, { data });
		expect(tables.match(/<caption/g)).toHaveLength(3);
		expect(tables).toContain('href="/cities/rajkot"');
		expect(tables.match(/<tr>/g)?.length).toBeGreaterThan(100);
	});

	it('draws the states, borders and outline from the map file, shaded on the page', () => {
		const uses = [...body.matchAll(/<use([^>]*)>/g)].map((m) => m[1]);
		expect(uses).toHaveLength(36 + 2);
		const file = /href="([^"#]+)#/.exec(uses[0])?.[1] ?? '';
		expect(file).toMatch(/india-states.*\.svg$/);
		for (const use of uses) expect(use).toContain(`href="${file}#`);
		expect(body).toMatch(/<use href="[^"]+#IN-GJ" fill="#[0-9a-f]{6}"[^>]* data-state="IN-GJ"/);
		expect(body).toMatch(/<use class="borders[^"]*" href="[^"]+#borders"/);
		expect(body).toMatch(/<use class="outline[^"]*" href="[^"]+#outline"/);
	});

	it('names states and cities in the reader’s language', () => {
		const hindi = rendered(IndiaMap, { map: indiaMap(data) }, 'hi');
		expect(hindi).toMatch(/data-state="IN-GJ"[^>]*><title>गुजरात: /);
		expect(hindi).toMatch(/data-city="rajkot"[^>]*><title>राजकोट — /);
		expect(hindi).toMatch(/>दिल्ली<\/text>/);
		expect(hindi).toContain('<title>लक्षद्वीप: ');
		expect(hindi).not.toContain('>Delhi</text>');
		// The short form of a long name has none in Hindi: it stays English, marked as such.
		expect(hindi).toMatch(/lang="en"[^>]*>DNH &amp; DD<\/text>/);
		expect(body).toMatch(/>DNH &amp; DD<\/text>/);
		expect(body).not.toContain('lang="en"');

		const tables = rendered(MapTable, { data }, 'hi');
		expect(tables).toContain('>राजकोट</a>');
		expect(tables).toContain('>छत्तीसगढ़</th>');
	});

	it('reports the size of the map and the file it draws from', () => {
		const paths = [...body.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]).join('');
		const sprite = mapSprite();
		console.info(
			`map: ${body.length} bytes of SVG and legend (${gzipSync(body).length} gzipped), ` +
				`${paths.length} of path data; the map file ${sprite.length} bytes ` +
				`(${gzipSync(sprite).length} gzipped)`
		);
		expect(paths.length).toBeLessThan(5_000);
		expect(sprite.length).toBeLessThan(150_000);
	});
});
