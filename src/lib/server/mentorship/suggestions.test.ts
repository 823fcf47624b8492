import { describe, expect, it } from 'vitest';
import type { CityTraits } from './city-traits';
import type { AssessmentGaps, GapEvidence, MenteeScore } from './assessment-gaps';
import { closeness, rankMentors, reasonText } from './suggestions';
import type { Candidate, MenteeCity, Reason, Suggestion, TopicNames, Topics } from './suggestions';
import { ALREADY_WORKING_TOGETHER_PENALTY, DISTANCE_HALF_KM, factorWeights } from './weights';

// Coordinates as in the cities data file.
const places = {
	sagar: { latitude: 23.8388, longitude: 78.7378 },
	bhopal: { latitude: 23.2599, longitude: 77.4126 },
	rajkot: { latitude: 22.3039, longitude: 70.8022 },
	ahmedabad: { latitude: 23.0225, longitude: 72.5714 },
	surat: { latitude: 21.1702, longitude: 72.8311 }
};

const mentee = (overrides: Partial<MenteeCity> = {}): MenteeCity => ({
	id: 'city-sagar',
	slug: 'sagar',
	name: 'Sagar',
	zonalCouncil: 'central',
	state: 'Madhya Pradesh',
	...places.sagar,
	localLanguage: 'hi',
	...overrides
});

type CandidateOverrides = {
	mentor?: Partial<Candidate['mentor']>;
	city?: Partial<Candidate['city']>;
	alreadyWorkingTogether?: boolean;
};

// A mentor who matches nothing but has every place free: each test adds what it weighs.
function candidate(id: string, overrides: CandidateOverrides = {}): Candidate {
	return {
		mentor: {
			id,
			name: `Mentor ${id}`,
			languages: [],
			capacity: 2,
			activeMentorships: 0,
			sectors: [],
			components: [],
			...overrides.mentor
		},
		city: {
			id: `city-${id}`,
			slug: `city-${id}`,
			name: `City ${id}`,
			zonalCouncil: 'southern',
			state: 'Kerala',
			latitude: null,
			longitude: null,
			icccOperationalSince: null,
			componentsInUse: [],
			publishedPractices: [],
			...overrides.city
		},
		alreadyWorkingTogether: overrides.alreadyWorkingTogether ?? false
	};
}

const drainage: Topics = { sectors: ['water-sanitation'], components: ['drainage-scada'] };
const noTraits = () => undefined;
const traitsFrom = (table: Record<string, CityTraits>) => (slug: string) => table[slug];
const codes = (suggestion: Suggestion) => suggestion.reasons.map((reason) => reason.code);
const positiveShares = (suggestion: Suggestion) =>
	suggestion.reasons.filter((r) => r.share > 0).reduce((sum, r) => sum + r.share, 0);

// A fixed shuffle (a linear congruential generator), so a failing order can be replayed.
function shuffled<T>(items: T[], seed: number): T[] {
	const copy = [...items];
	let state = seed;
	for (let i = copy.length - 1; i > 0; i--) {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		const j = state % (i + 1);
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}

describe('the weights', () => {
	it('add up to 100 points', () => {
		expect(Object.values(factorWeights).reduce((sum, weight) => sum + weight, 0)).toBe(100);
	});
});

describe('rankMentors', () => {
	it('scores a worked example as computed by hand', () => {
		// The mentee's location and traits are unknown and no gaps are given, so the factors that
		// apply are expertise 22, components 14, practices 14, language 10, zone 6, capacity 6:
		// 72 points, scaled to 100.
		const matched = candidate('a', {
			mentor: {
				components: ['drainage-scada'],
				languages: ['hi', 'gu'],
				capacity: 3,
				activeMentorships: 2
			},
			city: {
				zonalCouncil: 'western',
				icccOperationalSince: 2017,
				componentsInUse: ['drainage-scada', 'cctv-surveillance'],
				publishedPractices: [
					{ sectors: ['water-sanitation'], components: [] },
					{ sectors: [], components: ['drainage-scada'] },
					{ sectors: ['mobility'], components: ['itms'] }
				]
			}
		});
		const nearby = candidate('b', {
			mentor: { languages: ['en'] },
			city: { zonalCouncil: 'central' }
		});
		const ranked = rankMentors(
			mentee({ latitude: null, longitude: null }),
			drainage,
			[nearby, matched],
			{ traits: noTraits }
		);
		// a: expertise ½ × 22 = 11; components 1 × 14 = 14; practices ⅔ × 14 = 9.33;
		//    Hindi, the mentee's own language, 1 × 10 = 10; another zone 0; 1 of 3 free, ⅓ × 6 = 2.
		//    46.33 of 72 → 64.35 → 64.
		// b: same zone 6; English only, ¼ × 10 = 2.5; 2 of 2 free, 6. 14.5 of 72 → 20.14 → 20.
		expect(ranked.map((s) => [s.mentor.id, s.score])).toEqual([
			['a', 64],
			['b', 20]
		]);
		expect(ranked[0]).toEqual({
			mentor: { id: 'a', name: 'Mentor a', city: { slug: 'city-a', name: 'City a' } },
			score: 64,
			full: false,
			reasons: [
				{
					code: 'components-in-use',
					params: { components: ['drainage-scada'], since: 2017 },
					share: 0.302
				},
				{
					code: 'expertise',
					params: { topics: [{ kind: 'component', slug: 'drainage-scada' }] },
					share: 0.237
				},
				{ code: 'language', params: { language: 'hi' }, share: 0.216 },
				{
					code: 'practices',
					params: {
						count: 2,
						topics: [
							{ kind: 'sector', slug: 'water-sanitation' },
							{ kind: 'component', slug: 'drainage-scada' }
						]
					},
					share: 0.201
				},
				{ code: 'capacity', params: { free: 1, capacity: 3 }, share: 0.043 }
			]
		});
	});

	it('puts a mentor whose expertise and city match the topics before a same-zone one with no match', () => {
		const matched = candidate('far', {
			mentor: { sectors: ['water-sanitation'], components: ['drainage-scada'] },
			city: { zonalCouncil: 'western', ...places.rajkot, componentsInUse: ['drainage-scada'] }
		});
		const near = candidate('near', {
			mentor: { languages: ['hi'] },
			city: { zonalCouncil: 'central', ...places.bhopal }
		});
		const ranked = rankMentors(mentee(), drainage, [near, matched]);
		expect(ranked.map((s) => s.mentor.id)).toEqual(['far', 'near']);
		expect(codes(ranked[1])).toContain('zone-distance');
		expect(codes(ranked[1])).not.toContain('expertise');
	});

	it('gives a perfect fit 100 and nothing 0', () => {
		const perfect = candidate('p', {
			mentor: { sectors: ['water-sanitation'], components: ['drainage-scada'], languages: ['hi'] },
			city: {
				slug: 'twin',
				zonalCouncil: 'central',
				...places.sagar,
				componentsInUse: ['drainage-scada'],
				publishedPractices: Array(3).fill({ sectors: ['water-sanitation'], components: [] })
			}
		});
		const traits = traitsFrom({ sagar: { hill: true }, twin: { hill: true } });
		const [best] = rankMentors(mentee(), drainage, [perfect], { traits });
		expect(best.score).toBe(100);
		const none = candidate('n', { mentor: { capacity: 1, activeMentorships: 1 } });
		const [worst] = rankMentors(mentee({ latitude: null }), drainage, [none], { traits });
		expect(worst.score).toBe(0);
	});

	it('gives shares of the positive reasons that add up to 1', () => {
		const candidates = [
			candidate('a', {
				mentor: { sectors: ['water-sanitation'], languages: ['en'], capacity: 3 },
				city: { zonalCouncil: 'central', ...places.bhopal, componentsInUse: ['drainage-scada'] }
			}),
			candidate('b', {
				mentor: { components: ['drainage-scada'], languages: ['hi', 'en'], activeMentorships: 1 },
				city: {
					...places.rajkot,
					publishedPractices: [{ sectors: [], components: ['drainage-scada'] }]
				}
			}),
			candidate('c', { mentor: { languages: ['ta'] }, city: places.surat })
		];
		const ranked = rankMentors(mentee(), drainage, candidates);
		for (const suggestion of ranked) {
			expect(positiveShares(suggestion)).toBeCloseTo(1, 2);
			for (const reason of suggestion.reasons) {
				expect(reason.share, reason.code).toBeGreaterThan(0);
			}
		}
	});

	it('ranks a full mentor last whatever its score, saying it is full', () => {
		const perfectButFull = candidate('full', {
			mentor: {
				sectors: ['water-sanitation'],
				components: ['drainage-scada'],
				languages: ['hi'],
				capacity: 2,
				activeMentorships: 2
			},
			city: { zonalCouncil: 'central', ...places.bhopal, componentsInUse: ['drainage-scada'] }
		});
		const none = candidate('none', { mentor: { capacity: 0 } });
		const weak = candidate('weak');
		const ranked = rankMentors(mentee(), drainage, [perfectButFull, weak, none]);
		expect(ranked.map((s) => [s.mentor.id, s.full])).toEqual([
			['weak', false],
			['full', true],
			['none', true]
		]);
		expect(ranked[1].score).toBeGreaterThan(ranked[0].score);
		expect(ranked[1].reasons[0]).toEqual({ code: 'full', params: { capacity: 2 }, share: 0 });
		expect(codes(ranked[1])).not.toContain('capacity');
		expect(codes(ranked[2])[0]).toBe('full');
	});

	it('gives the same answer for the same input, in whatever order the candidates come', () => {
		const candidates = ['d', 'a', 'c', 'b', 'e', 'f'].map((id, index) =>
			candidate(id, {
				mentor: {
					name: index % 2 ? 'Asha Rao' : 'Vikram Shah',
					languages: index % 3 ? ['hi'] : ['en'],
					components: index === 4 ? ['drainage-scada'] : []
				},
				city: index < 3 ? places.bhopal : places.rajkot
			})
		);
		const expected = rankMentors(mentee(), drainage, candidates);
		expect(rankMentors(mentee(), drainage, candidates)).toEqual(expected);
		for (const seed of [1, 2, 3, 42, 2026]) {
			expect(rankMentors(mentee(), drainage, shuffled(candidates, seed))).toEqual(expected);
		}
	});

	it('breaks ties by name, then by id', () => {
		const twins = [
			candidate('z1', { mentor: { name: 'Bina' } }),
			candidate('b2', { mentor: { name: 'Asha' } }),
			candidate('a3', { mentor: { name: 'Bina' } })
		];
		const ranked = rankMentors(mentee(), drainage, twins);
		expect(new Set(ranked.map((s) => s.score)).size).toBe(1);
		expect(ranked.map((s) => s.mentor.id)).toEqual(['b2', 'a3', 'z1']);
	});

	it('counts a trait only when both cities are known to have it', () => {
		const traits = traitsFrom({
			sagar: { capital: true, coastal: null },
			unknown: { capital: null, coastal: null },
			'not-capital': { capital: false },
			capital: { capital: true, coastal: true }
		});
		const ranked = rankMentors(
			mentee(),
			drainage,
			['unknown', 'not-capital', 'absent', 'capital'].map((slug) =>
				candidate(slug, { city: { slug } })
			),
			{ traits }
		);
		expect(ranked[0].mentor.id).toBe('capital');
		expect(ranked[0].reasons).toContainEqual({
			code: 'shared-trait',
			params: { trait: 'capital' },
			share: expect.any(Number)
		});
		expect(ranked[0].reasons.filter((r) => r.code === 'shared-trait')).toHaveLength(1);
		// Every factor applies but the mentee's traits, known for one trait only: 90 points.
		// All four have capacity's 6; only 'capital' adds the traits factor's 8, in full, since
		// the mentee has one known trait. 14 of 90 → 16; 6 of 90 → 7 for the other three.
		expect(ranked.map((s) => s.score)).toEqual([16, 7, 7, 7]);
		const rest = ranked.slice(1);
		for (const suggestion of rest) expect(codes(suggestion)).not.toContain('shared-trait');
	});

	it('reads city traits from the file by default', () => {
		const shimla = mentee({
			id: 'city-shimla',
			slug: 'shimla',
			zonalCouncil: 'northern',
			localLanguage: 'hi'
		});
		const [gangtok] = rankMentors(shimla, drainage, [
			candidate('g', { city: { slug: 'gangtok' } })
		]);
		const traits = gangtok.reasons.filter((r) => r.code === 'shared-trait');
		expect(traits.map((r) => r.params)).toEqual([{ trait: 'capital' }, { trait: 'hill' }]);
		// The two split the traits factor evenly, and all shares still add up to 1.
		expect(traits[0].share).toBe(traits[1].share);
		expect(positiveShares(gangtok)).toBeCloseTo(1, 2);
	});

	it('prefers nearer cities smoothly', () => {
		expect(closeness(0)).toBe(1);
		expect(closeness(DISTANCE_HALF_KM)).toBeCloseTo(0.5, 10);
		expect(closeness(2 * DISTANCE_HALF_KM)).toBeCloseTo(0.25, 10);
		for (let km = 0; km < 3000; km++) {
			const step = closeness(km) - closeness(km + 1);
			expect(step).toBeGreaterThan(0);
			expect(step).toBeLessThan(0.002);
		}
		const at = (latitude: number) =>
			candidate(`at-${latitude}`, { city: { latitude, longitude: places.sagar.longitude } });
		// One degree of latitude is about 111 km: each step north costs a little, never a jump.
		const ranked = rankMentors(
			mentee(),
			drainage,
			[24, 27, 25, 26].map((d) => at(places.sagar.latitude + d - 24))
		);
		expect(ranked.map((s) => s.mentor.id)).toEqual(
			[24, 25, 26, 27].map((d) => `at-${places.sagar.latitude + d - 24}`)
		);
		const scores = ranked.map((s) => s.score);
		for (let i = 1; i < scores.length; i++) {
			expect(scores[i - 1] - scores[i]).toBeGreaterThan(0);
			expect(scores[i - 1] - scores[i]).toBeLessThan(5);
		}
	});

	it('prefers the mentee city’s own language, then Hindi, then English', () => {
		const surat = mentee({ id: 'city-surat', slug: 'surat', localLanguage: 'gu' });
		const ranked = rankMentors(surat, drainage, [
			candidate('en', { mentor: { languages: ['en'] } }),
			candidate('hi', { mentor: { languages: ['hi', 'en'] } }),
			candidate('gu', { mentor: { languages: ['gu-IN'] } }),
			candidate('ta', { mentor: { languages: ['ta'] } })
		]);
		expect(ranked.map((s) => s.mentor.id)).toEqual(['gu', 'hi', 'en', 'ta']);
		expect(ranked[0].reasons).toContainEqual({
			code: 'language',
			params: { language: 'gu' },
			share: expect.any(Number)
		});
		expect(ranked[1].reasons).toContainEqual(
			expect.objectContaining({ params: { language: 'hi' } })
		);
		expect(codes(ranked[3])).not.toContain('language');
	});

	it('lowers the score of a mentor whose city already works with the mentee, and says so', () => {
		const fit = {
			mentor: { components: ['drainage-scada'], languages: ['hi'] },
			city: { zonalCouncil: 'central' as const, ...places.bhopal }
		};
		const paired = candidate('paired', { ...fit, alreadyWorkingTogether: true });
		const fresh = candidate('fresh', fit);
		const ranked = rankMentors(mentee(), drainage, [paired, fresh]);
		expect(ranked.map((s) => s.mentor.id)).toEqual(['fresh', 'paired']);
		expect(ranked[0].score - ranked[1].score).toBe(ALREADY_WORKING_TOGETHER_PENALTY);
		const warning = ranked[1].reasons[0];
		expect(warning.code).toBe('already-working-together');
		expect(warning.share).toBeCloseTo(-ALREADY_WORKING_TOGETHER_PENALTY / ranked[0].score, 2);
		expect(positiveShares(ranked[1])).toBeCloseTo(1, 2);
	});

	it('leaves out a mentor from the mentee city itself', () => {
		const own = candidate('own', { city: { id: 'city-sagar', slug: 'sagar' } });
		expect(
			rankMentors(mentee(), drainage, [own, candidate('other')]).map((s) => s.mentor.id)
		).toEqual(['other']);
	});
});

describe('strong where you are weakest', () => {
	// Sagar's two weakest parameters in IMAF 2.0 (one a sample value), as the loader gives them.
	const weak = (slug: string, value: number, sample = false): MenteeScore => ({
		round: {
			id: 'round-imaf-2',
			slug: 'imaf-2-0',
			nameEn: 'IMAF 2.0',
			nameHi: null,
			year: 2022,
			resultsOn: null
		},
		framework: { id: 'fw-imaf', slug: 'imaf', acronym: 'IMAF' },
		node: {
			id: `node-${slug}`,
			slug,
			nameEn: slug,
			nameHi: slug,
			scheme: 'percentage',
			parentId: null
		},
		value,
		sample
	});
	const teams = weak('team-management', 60);
	const data = weak('data-use', 50, true);
	const value = (of: MenteeScore, v: number) => ({
		roundId: of.round.id,
		nodeId: of.node.id,
		value: v,
		sample: false
	});
	const gaps: AssessmentGaps = {
		weakest: [data, teams],
		valuesByCity: {
			'city-strong': [value(teams, 95), value(data, 90)],
			'city-level': [value(teams, 65), value(data, 55)]
		}
	};
	const strong = candidate('strong', { mentor: { languages: ['hi'] } });
	const level = candidate('level', { mentor: { languages: ['hi'] } });
	const unscored = candidate('unscored', { mentor: { languages: ['hi'] } });
	const score = (ranked: Suggestion[], id: string) =>
		ranked.find((s) => s.mentor.id === id)?.score ?? NaN;

	it('contributes nothing when the mentee city has no scores the caller sees', () => {
		const without = rankMentors(mentee(), drainage, [strong, unscored]);
		const empty = { weakest: [], valuesByCity: gaps.valuesByCity };
		expect(rankMentors(mentee(), drainage, [strong, unscored], { assessmentGaps: empty })).toEqual(
			without
		);
		for (const suggestion of without) expect(codes(suggestion)).not.toContain('assessment-gaps');
	});

	it('puts a mentor city strong where the mentee is weakest first, with the evidence', () => {
		const ranked = rankMentors(mentee(), drainage, [unscored, level, strong], {
			assessmentGaps: gaps
		});
		expect(ranked.map((s) => s.mentor.id)).toEqual(['strong', 'level', 'unscored']);
		const before = rankMentors(mentee(), drainage, [unscored, level, strong]);
		// The factor applies to all once the mentee has scores: those without a lead lose a little.
		expect(score(ranked, 'strong')).toBeGreaterThan(score(before, 'strong'));
		expect(score(ranked, 'unscored')).toBeLessThan(score(before, 'unscored'));
		const reason = ranked[0].reasons.find((r) => r.code === 'assessment-gaps');
		expect(reason).toEqual({
			code: 'assessment-gaps',
			params: {
				mentor: 'City strong',
				mentee: 'Sagar',
				evidence: [
					expect.objectContaining({ parameter: expect.objectContaining({ slug: 'data-use' }) }),
					expect.objectContaining({
						parameter: expect.objectContaining({ slug: 'team-management' }),
						mentorValue: 95,
						menteeValue: 60,
						sample: false
					})
				],
				sample: true
			},
			share: expect.any(Number)
		});
		expect(positiveShares(ranked[0])).toBeCloseTo(1, 2);
		// Leads of 5 points are within the margin: no reason.
		expect(codes(ranked[1])).not.toContain('assessment-gaps');
	});

	it('scales with the leads: the full factor at the cap', () => {
		// Leads of 0.4 and 0.35 pass the cap of 0.5: the whole factor, 10 of the 100 (scaled).
		const alone = rankMentors(
			mentee({ latitude: null, longitude: null }),
			{ sectors: [], components: [] },
			[candidate('strong', { mentor: { capacity: 0 } })],
			{ assessmentGaps: gaps, traits: noTraits }
		);
		// Factors that apply: gaps 10, language 10, zone 6, capacity 6 = 32; only gaps earned.
		expect(alone[0].score).toBe(Math.round((factorWeights.assessmentGaps * 100) / 32));
	});
});

describe('reasonText', () => {
	const teams: GapEvidence = {
		parameter: {
			slug: 'team-management',
			en: 'Team management and inter-departmental coordination',
			hi: 'टीम प्रबंधन और अंतर-विभागीय समन्वय'
		},
		framework: { slug: 'imaf', acronym: 'IMAF' },
		round: { slug: 'imaf-2-0', en: '2.0', hi: null },
		scheme: 'percentage',
		mentorValue: 95,
		menteeValue: 60,
		sample: false
	};
	const names: TopicNames = {
		sectors: { 'water-sanitation': { en: 'Water and sanitation', hi: 'जल और स्वच्छता' } },
		components: {
			'drainage-scada': { en: 'Drainage SCADA', hi: 'ड्रेनेज स्काडा' },
			'water-scada': { en: 'Water Supply SCADA', hi: 'जलापूर्ति स्काडा' }
		}
	};
	const reasons: Reason[] = [
		{
			code: 'components-in-use',
			params: { components: ['drainage-scada'], since: 2017 },
			share: 0.3
		},
		{
			code: 'components-in-use',
			params: { components: ['drainage-scada', 'water-scada'], since: null },
			share: 0.3
		},
		{
			code: 'practices',
			params: { count: 2, topics: [{ kind: 'sector', slug: 'water-sanitation' }] },
			share: 0.2
		},
		{
			code: 'expertise',
			params: {
				topics: [
					{ kind: 'component', slug: 'drainage-scada' },
					{ kind: 'sector', slug: 'unnamed' }
				]
			},
			share: 0.2
		},
		{ code: 'zone-distance', params: { zone: 'western', km: 210 }, share: 0.1 },
		{ code: 'zone-distance', params: { zone: null, km: 1250 }, share: 0.1 },
		{ code: 'language', params: { language: 'gu' }, share: 0.1 },
		{ code: 'capacity', params: { free: 1, capacity: 3 }, share: 0.1 },
		{ code: 'shared-trait', params: { trait: 'capital' }, share: 0.1 },
		{
			code: 'assessment-gaps',
			params: { mentor: 'Bilaspur', mentee: 'Sagar', evidence: [teams], sample: false },
			share: 0.1
		},
		{ code: 'already-working-together', params: {}, share: -0.2 },
		{ code: 'full', params: { capacity: 2 }, share: 0 }
	];

	it('says each reason in English', () => {
		expect(reasons.map((reason) => reasonText('en', reason, names))).toEqual([
			'runs Drainage SCADA, in a command centre working since 2017',
			'runs Drainage SCADA and Water Supply SCADA',
			'2 published practices on Water and sanitation',
			'expert in Drainage SCADA and unnamed',
			'same Western zonal council, 210 km away',
			'1,250 km away',
			'speaks Gujarati',
			'1 of 3 places free',
			'both are state or union territory capitals',
			'strong where you are weakest: Bilaspur 95% in Team management and inter-departmental coordination (IMAF 2.0), where Sagar has 60%',
			'already works with this city',
			'no places free'
		]);
	});

	it('says each reason in Hindi', () => {
		const hindi = reasons.map((reason) => reasonText('hi', reason, names));
		expect(hindi[0]).toBe('उनका शहर ड्रेनेज स्काडा चलाता है, उसका कमांड सेंटर 2017 से चालू है');
		expect(hindi[2]).toBe('जल और स्वच्छता पर 2 प्रकाशित तरीके');
		expect(hindi[4]).toBe('दोनों शहर पश्चिमी क्षेत्रीय परिषद में हैं, दूरी 210 किमी');
		expect(hindi[6]).toBe('गुजराती बोलते हैं');
		expect(hindi[7]).toBe('3 में से 1 जगह ख़ाली');
		expect(hindi[9]).toBe(
			'जहाँ आप सबसे कमज़ोर हैं, वहाँ मज़बूत: टीम प्रबंधन और अंतर-विभागीय समन्वय (IMAF 2.0) में Bilaspur 95 प्रतिशत पर, जबकि Sagar 60 प्रतिशत पर'
		);
		expect(hindi[11]).toBe('कोई जगह ख़ाली नहीं');
		for (const text of hindi) {
			expect(text).toMatch(/[\u0900-\u097f]/);
			expect(text).not.toMatch(/[{}]|suggestions\./);
		}
	});

	it('uses the singular for one', () => {
		const one: Reason = {
			code: 'practices',
			params: { count: 1, topics: [{ kind: 'component', slug: 'drainage-scada' }] },
			share: 1
		};
		expect(reasonText('en', one, names)).toBe('1 published practice on Drainage SCADA');
		expect(reasonText('hi', one, names)).toBe('ड्रेनेज स्काडा पर 1 प्रकाशित तरीका');
	});

	it('gives each scheme its own words, names the two largest leads and says when values are samples', () => {
		const stars: GapEvidence = {
			...teams,
			parameter: { slug: 'waste', en: 'Waste management', hi: 'अपशिष्ट प्रबंधन' },
			framework: { slug: 'cscaf', acronym: 'CSCAF' },
			round: { slug: 'cscaf-2-0', en: 'CSCAF 2.0', hi: null },
			scheme: 'stars',
			mentorValue: 4,
			menteeValue: 1,
			sample: true
		};
		const levels: GapEvidence = {
			...teams,
			parameter: { slug: 'data', en: 'Data governance', hi: 'डेटा शासन' },
			framework: { slug: 'dmaf', acronym: 'DMAF' },
			round: { slug: 'cycle-2', en: 'cycle 2', hi: 'चक्र 2' },
			scheme: 'level',
			mentorValue: 3,
			menteeValue: 1
		};
		const reason: Reason = {
			code: 'assessment-gaps',
			params: {
				mentor: 'Rajkot',
				mentee: 'Sagar',
				evidence: [stars, levels, teams],
				sample: true
			},
			share: 0.2
		};
		expect(reasonText('en', reason, names)).toBe(
			'strong where you are weakest: Rajkot 4 stars in Waste management (CSCAF 2.0), where ' +
				'Sagar has 1 star; level 3 in Data governance (DMAF cycle 2), where Sagar has level 1; ' +
				'ahead on 1 more (sample values)'
		);
		expect(reasonText('hi', reason, names)).toBe(
			'जहाँ आप सबसे कमज़ोर हैं, वहाँ मज़बूत: अपशिष्ट प्रबंधन (CSCAF 2.0) में Rajkot 4 स्टार पर, ' +
				'जबकि Sagar 1 स्टार पर; डेटा शासन (DMAF चक्र 2) में स्तर 3 पर, जबकि Sagar स्तर 1 पर; ' +
				'1 और मानक पर भी आगे (नमूना मान)'
		);
	});
});
