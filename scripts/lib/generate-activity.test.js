import { describe, expect, it } from 'vitest';
import { istDate } from './seed-adoptions.js';
import { DEMO_MENTEE_CITIES, planActivity, prng } from './generate-activity.js';

const now = new Date('2026-12-02T06:00:00Z');
const today = istDate(now);
const mentors = ['ahmedabad', 'surat', 'pune'].map((city) => ({
	id: `user-${city}`,
	city_id: `city-${city}`,
	city
}));
const admin = 'user-admin';
const menteeCities = DEMO_MENTEE_CITIES.map((slug) => ({ id: `city-${slug}`, name: slug }));
const practices = ['rajkot', 'sagar', 'pune'].flatMap((city) =>
	[1, 2].map((n) => ({ id: `practice-${city}-${n}`, city_id: `city-${city}` }))
);

function plan(overrides = {}) {
	return planActivity({
		programmeId: 'programme',
		mentors,
		menteeCities,
		practices,
		verifiers: [...mentors.map((m) => m.id), admin],
		mentorships: 24,
		sessions: 150,
		adoptions: 40,
		waiting: 4,
		now,
		seed: 12,
		...overrides
	});
}

const days = (a, b) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe('prng', () => {
	it('gives the same numbers for the same seed, and others for another', () => {
		const a = prng(7);
		const b = prng(7);
		const seq = [a.next(), a.next(), a.uuid()];
		expect([b.next(), b.next(), b.uuid()]).toEqual(seq);
		expect(prng(8).next()).not.toBe(seq[0]);
		expect(seq[2]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});
});

describe('planActivity', () => {
	const p = plan();

	it('is deterministic for a seed', () => {
		expect(plan()).toEqual(p);
		expect(plan({ seed: 13 }).mentorships[0].id).not.toBe(p.mentorships[0].id);
	});

	it('makes the asked scale: mentorships, sessions, about two action items a session, adoptions', () => {
		expect(p.mentorships).toHaveLength(24);
		// Future sessions of mentorships no longer running are left out: a few short at most.
		expect(p.sessions.length).toBeGreaterThan(135);
		expect(p.sessions.length).toBeLessThanOrEqual(150);
		expect(p.items.length).toBeGreaterThan(200);
		expect(p.adoptions).toHaveLength(40);
	});

	it('labels everything demo, in the programme, between a demo mentor city and another city', () => {
		for (const m of p.mentorships) {
			expect(m).toMatchObject({ is_demo: true, programme_id: 'programme' });
			expect(mentors.map((x) => x.city_id)).toContain(m.mentor_city_id);
			expect(m.mentee_city_id).not.toBe(m.mentor_city_id);
		}
		for (const s of p.sessions) expect(s.title).toMatch(/^Demo session: /);
		for (const i of p.items) expect(i.title).toMatch(/^Demo: /);
		for (const a of p.adoptions) expect(a.is_demo).toBe(true);
		for (const s of p.steps) expect(s.evidence_markdown).toMatch(/^Demo: /);
	});

	it('mixes the statuses, with four requests waiting under ten days', () => {
		const statuses = new Set(p.mentorships.map((m) => m.status));
		for (const s of ['requested', 'active', 'completed', 'paused', 'declined', 'expired']) {
			expect(statuses).toContain(s);
		}
		const waiting = p.mentorships.filter((m) => m.status === 'requested');
		expect(waiting).toHaveLength(4);
		for (const m of waiting) {
			expect(m.decided_at).toBeNull();
			expect(days(m.requested_at, now.toISOString())).toBeLessThan(10);
		}
	});

	it('keeps the dates of a mentorship in order: request, decision days to weeks later, start, end', () => {
		for (const m of p.mentorships.filter((m) => m.status !== 'requested')) {
			const wait = days(m.requested_at, m.decided_at);
			expect(wait).toBeGreaterThanOrEqual(2);
			expect(wait).toBeLessThanOrEqual(30);
			expect(Date.parse(m.decided_at)).toBeLessThanOrEqual(now.getTime());
			if (['active', 'paused', 'completed'].includes(m.status)) {
				expect(m.started_on).toBe(istDate(m.decided_at));
			} else {
				expect(m.started_on).toBeNull();
			}
			if (m.status === 'completed') {
				expect(m.ended_on >= m.started_on && m.ended_on < today).toBe(true);
			} else {
				expect(m.ended_on).toBeNull();
			}
		}
	});

	it('spreads activity over this year and the last', () => {
		const year = (iso) => (days(iso, now.toISOString()) < 365 ? 'current' : 'previous');
		const held = p.sessions.filter((s) => s.status === 'held');
		expect(new Set(held.map((s) => year(s.starts_at)))).toEqual(new Set(['current', 'previous']));
		const started = p.mentorships.filter((m) => m.started_on).map((m) => year(m.started_on));
		expect(new Set(started)).toEqual(new Set(['current', 'previous']));
	});

	it('holds sessions only in the past, schedules a few ahead, cancels a few, in every mode', () => {
		const byStatus = Object.groupBy(p.sessions, (s) => s.status);
		for (const s of byStatus.held) expect(Date.parse(s.starts_at)).toBeLessThan(now.getTime());
		for (const s of byStatus.scheduled) {
			expect(Date.parse(s.starts_at)).toBeGreaterThan(now.getTime());
		}
		expect(byStatus.scheduled.length).toBeGreaterThan(0);
		expect(byStatus.cancelled.length).toBeGreaterThan(0);
		expect(new Set(p.sessions.map((s) => s.mode))).toEqual(
			new Set(['online', 'site_visit', 'workshop', 'phone'])
		);
		const mentorships = new Map(p.mentorships.map((m) => [m.id, m]));
		for (const s of p.sessions) {
			const m = mentorships.get(s.mentorship_id);
			expect(istDate(s.starts_at) >= m.started_on).toBe(true);
			if (s.status === 'scheduled') expect(m.status).toBe('active');
		}
	});

	it('names only officers of the two cities as attendees and owners', () => {
		const mentorships = new Map(p.mentorships.map((m) => [m.id, m]));
		const sessions = new Map(p.sessions.map((s) => [s.id, s]));
		const cityOf = new Map(mentors.map((m) => [m.id, m.city_id]));
		for (const a of p.attendees) {
			const m = mentorships.get(sessions.get(a.session_id).mentorship_id);
			expect([m.mentor_city_id, m.mentee_city_id]).toContain(cityOf.get(a.user_id));
		}
		for (const i of p.items) {
			const m = mentorships.get(i.mentorship_id);
			expect([m.mentor_city_id, m.mentee_city_id]).toContain(cityOf.get(i.owner_id));
			expect(sessions.get(i.session_id).mentorship_id).toBe(i.mentorship_id);
		}
	});

	it('closes action items on time and late, leaves some open (a few overdue) and drops some', () => {
		const closed = new Map(p.closings.map((c) => [c.id, c.closed_at]));
		const kinds = p.items.map((i) => {
			if (i.status === 'open') return i.due_on < today ? 'overdue' : 'open';
			expect(closed.get(i.id)).toBeDefined();
			expect(Date.parse(closed.get(i.id))).toBeLessThanOrEqual(now.getTime());
			if (i.status === 'dropped') return 'dropped';
			return istDate(closed.get(i.id)) <= i.due_on ? 'on_time' : 'late';
		});
		for (const kind of ['open', 'overdue', 'on_time', 'late', 'dropped']) {
			expect(kinds).toContain(kind);
		}
		for (const i of p.items.filter((i) => i.status === 'open')) {
			expect(closed.has(i.id)).toBe(false);
		}
	});

	it('adopts practices of other cities once per city, through a mentorship of the adopting city', () => {
		const mentorships = new Map(p.mentorships.map((m) => [m.id, m]));
		const keys = p.adoptions.map((a) => `${a.city_id}>${a.practice_id}`);
		expect(new Set(keys).size).toBe(keys.length);
		// Pairs the city already records are left alone.
		const again = plan({ taken: keys.slice(0, 10) });
		const keysAgain = again.adoptions.map((a) => `${a.city_id}>${a.practice_id}`);
		expect(keysAgain.filter((k) => keys.slice(0, 10).includes(k))).toEqual([]);
		for (const a of p.adoptions) {
			const m = mentorships.get(a.mentorship_id);
			expect(m.mentee_city_id).toBe(a.city_id);
			expect(['active', 'paused', 'completed']).toContain(m.status);
			expect(practices.find((x) => x.id === a.practice_id).city_id).not.toBe(a.city_id);
		}
	});

	it('records steps in date order up the ladder, verifies some claims and drops some with a reason', () => {
		const ladder = ['exploring', 'planning', 'piloting', 'implemented', 'scaled'];
		const dates = p.steps.map((s) => s.happened_on);
		expect(dates).toEqual([...dates].sort());
		expect(dates.every((d) => d < today)).toBe(true);
		const byAdoption = Object.groupBy(p.steps, (s) => s.adoption_id);
		let verified = 0;
		let unverified = 0;
		let dropped = 0;
		for (const a of p.adoptions) {
			const steps = byAdoption[a.id];
			expect(steps[0]).toMatchObject({ stage: 'exploring' });
			expect(a).toMatchObject({ stage: 'exploring', stage_on: steps[0].happened_on });
			steps.forEach((s, k) => {
				if (s.stage === 'dropped') {
					expect(k).toBe(steps.length - 1);
					expect(s.reason).toMatch(/^Demo: /);
					dropped++;
				} else {
					expect(s.stage).toBe(ladder[k]);
				}
				if (s.verified_at) {
					expect(['implemented', 'scaled']).toContain(s.stage);
					expect(s.verified_at > s.happened_on).toBe(true);
					expect([...mentors.map((m) => m.id), admin]).toContain(s.verified_by);
					verified++;
				} else if (['implemented', 'scaled'].includes(s.stage)) {
					unverified++;
				}
			});
		}
		expect(verified).toBeGreaterThan(0);
		expect(unverified).toBeGreaterThan(0);
		expect(dropped).toBeGreaterThan(0);
	});

	it('leaves running mentorships without a lead unless asked, so the demo mentors keep their places', () => {
		const running = p.mentorships.filter((m) => ['active', 'paused'].includes(m.status));
		expect(running.every((m) => m.lead_mentor_id === null)).toBe(true);
		expect(
			p.mentorships.filter((m) => m.status === 'completed').every((m) => m.lead_mentor_id)
		).toBe(true);
		const led = plan({ leadRunning: true }).mentorships;
		expect(led.every((m) => m.lead_mentor_id)).toBe(true);
	});

	it('scales to the benchmark: 300 mentorships, 5,000 sessions, 2,000 adoptions', () => {
		const many = Array.from({ length: 5000 }, (_, i) => ({
			id: `bench-${i}`,
			city_id: `city-${DEMO_MENTEE_CITIES[i % DEMO_MENTEE_CITIES.length]}`
		}));
		const big = plan({ mentorships: 300, sessions: 5000, adoptions: 2000, practices: many });
		expect(big.mentorships).toHaveLength(300);
		expect(big.sessions.length).toBeGreaterThan(4700);
		expect(big.adoptions).toHaveLength(2000);
	});
});
