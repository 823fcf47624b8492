// The invitations API: admins invite officers by program, as on /admin/users.
import * as v from 'valibot';
import { invitationInputSchema } from '$lib/schemas/invitation';
import { forbidden, invalid, unauthorized, unsupported } from '../answers';
import type { Operation } from '../answers';
import * as out from '../schemas';

const createdSchema = v.pipe(
	v.strictObject({
		id: v.pipe(v.string(), v.uuid()),
		url: v.pipe(
			v.string(),
			v.description(
				'The invitation link, on the configured public origin. Hand it over if no mail server sends it; it is not shown again.'
			)
		),
		expires_at: v.pipe(v.string(), v.description('An ISO 8601 timestamp with its offset.'))
	}),
	v.title('Invitation')
);

const exampleInput = { email: 'it.officer@sagar.gov.in', role: 'city_member', city: 'sagar' };
const exampleCreated = {
	id: '6f1c2d3e-4a5b-4c6d-8e7f-901234567890',
	url: 'https://citysetu.example.gov.in/invite/abcdefghijklmnopqrstuvwxyz234567',
	expires_at: '2026-12-09T10:30:00.000Z'
};

export const invitationOperations = (): Operation[] => [
	{
		method: 'post',
		path: '/api/v1/invitations',
		operationId: 'createInvitation',
		tag: 'Invitations',
		summary: 'Invite an officer',
		description:
			'Mission admins only. Creates an invitation valid for 7 days and queues its mail. An ' +
			'address that already has an account or an open invitation is refused with 409: an ' +
			'open invitation is sent again or withdrawn on /admin/users. A `read` API token gets 403.',
		access: 'signed-in',
		body: { schema: invitationInputSchema, example: exampleInput },
		responses: {
			201: {
				description: 'Invited. The mail is queued.',
				schema: createdSchema,
				example: exampleCreated
			},
			400: invalid,
			401: unauthorized,
			403: {
				...forbidden,
				description: 'Not a Mission admin, or an API token that may only read.'
			},
			409: {
				description: 'The address already has an account or an open invitation.',
				schema: out.errorSchema,
				example: {
					error: 'conflict',
					message: 'This email already has an account.'
				}
			},
			415: unsupported
		}
	}
];
