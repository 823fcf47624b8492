// The pure parts of the mentorship modules: reading the database's answers, the query strings,
// who may answer or withdraw, and the JSON the API gives.
import { describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../auth/session';
import { decisionResult, refusalOf } from './lifecycle';
import { mentorshipDetailJson, mentorshipSummaryJson, suggestionJson } from './mentorship-json';
import type { MentorshipDetail } from './mentorships';
import { parseApiListQuery, parseSuggestionsQuery } from './queries';
import type { MentorshipVocabulary } from './queries';
import { canAnswer, canWithdraw } from './request-page';

describe("decide_mentorship's answer", () => {
	it('is read into what the pages and the API show', () => {
		expect(decisionResult({ status: 'saved' }, true)).toEqual({ kind: 'saved', status: 'active' });
		expect(decisionResult({ status: 'saved' }, false)).toEqual({
			kind: 'saved',
			status: 'declined'
		});
		expect(decisionResult({ status: 'full', capacity: 3 }, true)).toEqual({
			kind: 'full',
			capacity: 3
		});
		expect(decisionResult({ status: 'not_open', current: 'withdrawn' }, true)).toEqual({
			kind: 'not_open',
			current: 'withdrawn'
		});
		expect(decisionResult({ status: 'forbidden' }, true)).toEqual({ kind: 'forbidden' });
		expect(decisionResult({ status: 'not_found' }, true)).toEqual({ kind: 'not_found' });
	});

	it('refuses an answer it does not know', () => {
		expect(() => decisionResult({ status: 'maybe' }, true)).toThrow();
		expect(() => decisionResult({ status: 'not_open', current: 'lost' }, true)).toThrow();
	});
});

describe('refused writes', () => {
	it('map Postgres errors to what the user is told', () => {
		expect(refusalOf({ code: '42501', message: 'denied' }, 'x')).toEqual({ kind: 'forbidden' });
		expect(refusalOf({ code: '22023', message: 'no', hint: 'reason' }, 'x')).toEqual({
			kind: 'invalid',
			field: 'reason',
			message: 'mentorship.decision.reasonRequired'
		});
		expect(refusalOf({ code: '22023', message: 'no', hint: 'mentor_id' }, 'x')).toMatchObject({
			field: 'mentor_id',
			message: 'mentorship.request.mentorUnavailable'
		});
		expect(refusalOf({ code: '22023', message: 'no', hint: 'colour' }, 'x')).toMatchObject({
			field: 'colour',
			message: 'form.invalid'
		});
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(refusalOf({ code: '23514', message: 'check' }, 'x')).toEqual({
			kind: 'invalid',
			field: 'form',
			message: 'form.invalid'
		});
		warn.mockRestore();
		expect(() => refusalOf({ code: '08006', message: 'connection' }, 'x')).toThrow(/connection/);
	});
});

const vocabulary: MentorshipVocabulary = {
	cities: ['sagar', 'rajkot'],
	programmes: ['national-iccc-mentorship'],
	sectors: ['public-safety', 'mobility'],
	components: ['cctv-surveillance', 'itms']
};

describe('the query strings', () => {
	it('read the list filters and the page, naming what is wrong', () => {
		expect(
			parseApiListQuery(new URLSearchParams('status=active&city=Sagar&per_page=5'), vocabulary)
		).toEqual({
			ok: true,
			data: { status: 'active', city: 'sagar', programme: undefined, page: 1, per_page: 5 }
		});
		const bad = parseApiListQuery(
			new URLSearchParams('status=maybe&city=atlantis&per_page=101&colour=red'),
			vocabulary
		);
		expect(bad.ok).toBe(false);
		if (!bad.ok) {
			expect(Object.keys(bad.errors).sort()).toEqual(['city', 'colour', 'per_page', 'status']);
		}
	});

	it('read the suggestions: a city and comma-separated topics', () => {
		expect(
			parseSuggestionsQuery(
				new URLSearchParams('city=sagar&sectors=public-safety, mobility,public-safety&components='),
				vocabulary
			)
		).toEqual({
			ok: true,
			data: { city: 'sagar', sectors: ['public-safety', 'mobility'], components: [] }
		});
		const bad = parseSuggestionsQuery(new URLSearchParams('sectors=astrology'), vocabulary);
		expect(bad.ok ? {} : bad.errors).toEqual({
			city: 'city is required',
			sectors: 'sectors names an unknown sector'
		});
	});
});

const user = (over: Partial<SessionUser>): SessionUser => ({
	id: 'u',
	email: 'u@example.in',
	name: 'U',
	designation: null,
	role: 'city_member',
	cityId: 'mentee',
	city: { slug: 'sagar', name: 'Sagar' },
	...over
});
const request = {
	status: 'requested' as const,
	mentor_city: { id: 'mentor', slug: 'rajkot', name: 'Rajkot' },
	mentee_city: { id: 'mentee', slug: 'sagar', name: 'Sagar' }
};

describe('who may answer and withdraw', () => {
	it('a mentor of the mentor city answers; the mentee city withdraws; admins both', () => {
		expect(canAnswer(user({ role: 'mentor', cityId: 'mentor' }), request)).toBe(true);
		expect(canAnswer(user({ role: 'city_member', cityId: 'mentor' }), request)).toBe(false);
		expect(canAnswer(user({ role: 'mentor', cityId: 'mentee' }), request)).toBe(false);
		expect(canAnswer(user({ role: 'mission_admin', cityId: null }), request)).toBe(true);
		expect(canWithdraw(user({}), request)).toBe(true);
		expect(canWithdraw(user({ role: 'mentor', cityId: 'mentor' }), request)).toBe(false);
		expect(canWithdraw(user({ role: 'mission_admin', cityId: null }), request)).toBe(true);
	});

	it('only while the request is open', () => {
		const answered = { ...request, status: 'active' as const };
		expect(canAnswer(user({ role: 'mentor', cityId: 'mentor' }), answered)).toBe(false);
		expect(canWithdraw(user({}), answered)).toBe(false);
	});
});

const detail: MentorshipDetail = {
	id: '6f1c1f8e-4b7a-4c2e-9d51-3a0e1d2b7c40',
	programme: { slug: 'national-iccc-mentorship', name_en: 'National', name_hi: 'राष्ट्रीय' },
	mentor_city: request.mentor_city,
	mentee_city: request.mentee_city,
	mentor: { id: 'm', name: 'Demo Mentor, Rajkot' },
	status: 'active',
	sectors: ['public-safety'],
	components: [],
	started_on: '2026-11-02',
	ended_on: null,
	source_url: null,
	created_at: '2026-10-28T09:12:00Z',
	private: null
};

describe('the JSON API', () => {
	it('gives the public part alone to those who may not read the rest', () => {
		expect(mentorshipDetailJson(detail)).toEqual({
			id: detail.id,
			programme: 'national-iccc-mentorship',
			mentor_city: { slug: 'rajkot', name: 'Rajkot' },
			mentee_city: { slug: 'sagar', name: 'Sagar' },
			mentor: { id: 'm', name: 'Demo Mentor, Rajkot' },
			status: 'active',
			sectors: ['public-safety'],
			components: [],
			started_on: '2026-11-02',
			ended_on: null,
			next_session: null,
			source_url: null
		});
		expect(mentorshipSummaryJson(detail, '2026-12-08T05:30:00Z').next_session).toBe(
			'2026-12-08T05:30:00Z'
		);
	});

	it('adds the need, the timeline and the officers for the two cities, and extra parts', () => {
		const json = mentorshipDetailJson(
			{
				...detail,
				private: {
					requested_at: '2026-10-28T09:12:00Z',
					decided_at: '2026-11-02T06:40:00Z',
					need_markdown: 'CCTV',
					decision_reason: 'Welcome',
					closing_summary: null,
					events: [
						{
							id: 1,
							status: 'requested',
							actor_id: 'a',
							actor_name: 'Asker',
							note: null,
							created_at: '2026-10-28T09:12:00Z'
						}
					],
					officers: [
						{
							id: 'o',
							user_id: 'a',
							name: 'Asker',
							designation: null,
							side: 'mentee',
							is_lead: true,
							started_at: '2026-10-28T09:12:00Z',
							ended_at: null,
							ended_reason: null
						}
					]
				}
			},
			null,
			{ goals: [] }
		);
		expect(json).toMatchObject({
			need: 'CCTV',
			decision_reason: 'Welcome',
			events: [{ status: 'requested', at: '2026-10-28T09:12:00Z', by: { id: 'a', name: 'Asker' } }],
			officers: [{ user: { id: 'a', name: 'Asker', designation: null }, side: 'mentee' }],
			goals: []
		});
	});

	it('gives suggestions with their reasons', () => {
		expect(
			suggestionJson({
				mentor: { id: 'm', name: 'M', city: { slug: 'rajkot', name: 'Rajkot' } },
				score: 71,
				full: false,
				reasons: [{ code: 'capacity', text: '2 of 3 places free', share: 0.06 }]
			})
		).toEqual({
			mentor: { id: 'm', name: 'M', city: { slug: 'rajkot', name: 'Rajkot' } },
			score: 71,
			full: false,
			reasons: [{ code: 'capacity', text: '2 of 3 places free', share: 0.06 }]
		});
	});
});
