// The Programme area of the API: the reach figures of /programme as JSON. The answer is described
// in programme-schemas.ts, which the contract test checks real answers against.
import { reachQuerySchema } from '../../reach/report';
import { invalid } from '../answers';
import type { Operation } from '../answers';
import { reachSchema } from './programme-schemas';
import { reachExample } from './programme-examples';

export function programmeOperations(): Operation[] {
	return [
		{
			method: 'get',
			path: '/api/v1/programme/reach',
			operationId: 'getProgrammeReach',
			// (no Programme tag exists yet; the figures are the mentorship programmes')
			tag: 'Programme',
			summary: 'Get how far the programme reaches',
			description:
				'The figures of /programme, read as the caller: cities engaged, mentorships, sessions ' +
				'and practices per month, the adoption funnel, action items, the median waits and ' +
				'where the programme does not reach yet; then the same figures for the period ' +
				'before, mentored against not-mentored cities, the pairings on the map and how much ' +
				'of it is demo data. Counts are public; rows (per-city sessions, action items, ' +
				'private adoptions) are not in this answer. Private assessment rounds are used for ' +
				'admins only. Dates are India Standard Time.',
			access: 'public',
			query: reachQuerySchema,
			notes: {
				programme: 'A programme, by slug (as in /api/v1/programmes). Empty: all programmes.',
				zone: 'A zonal council.',
				state: 'A state or union territory, by name as cities carry it (Gujarat, Goa…).',
				from: 'The first day, YYYY-MM-DD. Default: a year before `to`.',
				to: 'The last day, YYYY-MM-DD, at most 20 years after `from`. Default: today.',
				framework:
					'The assessment framework to compare by, by slug. Default: the first with two rounds.',
				from_round: 'The earlier round, by slug. Default: the one before `to_round`.',
				to_round: 'The later round, by slug. Default: the latest with results.'
			},
			responses: {
				200: {
					description: 'The figures.',
					schema: reachSchema,
					example: reachExample,
					headers: {
						'Cache-Control':
							'`public, max-age=0, s-maxage=60, stale-while-revalidate=600` without sign-in (with a strong `ETag`); `private, no-store` for a signed-in caller.'
					}
				},
				400: {
					...invalid,
					description:
						'An unknown or invalid parameter, a period that ends before it starts or is ' +
						'longer than 20 years, or a programme, state, framework or round that does not ' +
						'exist (or a private round, to anyone but an admin).'
				}
			}
		}
	];
}
