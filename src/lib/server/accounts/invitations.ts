// Invitations: an admin invites an officer to a city and role; the officer follows the link,
// sets a password and is signed in. Only the link's hash is kept, and its mail forgets it once
// sent.
import * as v from 'valibot';
import type { Role } from '$lib/roles';
import { recordEvent } from '../audit';
import { hashPassword } from '../auth/password';
import { createSession, generateToken, hashToken } from '../auth/session';
import type { SessionUser } from '../auth/session';
import { systemDb, userDb } from '../db';
import { DatabaseError } from '../errors';
import { deliverOutbox, LINK_PLACEHOLDER } from '../mail';
import { accountLink } from './links';

export const INVITATION_DAYS = 7;

export interface InvitationInput {
	email: string;
	role: Role;
	cityId: string | null;
}

/** The invitation's mail, in English and Hindi; the outbox puts each link in its place. */
export function invitationMail() {
	const link = LINK_PLACEHOLDER;
	return {
		subject: 'Your CitySetu invitation · सिटीसेतु का निमंत्रण',
		body:
			`You have been invited to CitySetu, the Smart Cities Mission's knowledge-sharing platform.\n` +
			`Set your password within ${INVITATION_DAYS} days: ${link}\n\n` +
			`आपको सिटीसेतु पर आमंत्रित किया गया है। ${INVITATION_DAYS} दिनों के भीतर अपना पासवर्ड बनाएँ: ${link}\n`
	};
}

/**
 * Invites (or re-invites) an officer. Returns the link, on the configured public origin, for the
 * admin to see once; the outbox also mails it.
 */
export async function inviteUser(
	admin: SessionUser,
	input: InvitationInput
): Promise<{ link: string }> {
	const token = generateToken();
	const link = accountLink(`/invite/${token}`);
	const mail = invitationMail();
	const { error } = await userDb(admin).rpc('create_invitation', {
		p_email: input.email.toLowerCase(),
		p_role: input.role,
		// Generated argument types cannot say a SQL argument may be null; for admins it is.
		p_city_id: input.cityId as string,
		p_token_hash: hashToken(token),
		p_link: link,
		p_subject: mail.subject,
		p_body: mail.body
	});
	if (error) throw new DatabaseError('creating an invitation', error);
	void deliverOutbox();
	return { link };
}

/** What create_invitations answers (jsonb, so PostgREST cannot type it). */
const CreatedInvitations = v.object({
	status: v.optional(v.literal('not_found')),
	invited: v.optional(
		v.array(v.object({ id: v.string(), email: v.string(), expires_at: v.string() })),
		[]
	),
	skipped: v.optional(
		v.array(v.object({ email: v.string(), reason: v.picklist(['account', 'pending']) })),
		[]
	),
	repeated: v.optional(v.boolean(), false)
});
export type CreatedInvitations = v.InferOutput<typeof CreatedInvitations>;

/** An invitation ready to be created: its link is on the public origin, its token hashed. */
export interface PreparedInvitation extends InvitationInput {
	link: string;
	tokenHash: string;
}

/** A fresh token and link for an invitation. */
export function prepareInvitation(input: InvitationInput): PreparedInvitation {
	const token = generateToken();
	return { ...input, link: accountLink(`/invite/${token}`), tokenHash: hashToken(token) };
}

/**
 * Creates invitations in one transaction, skipping any address that has an account or an open
 * invitation (never replacing it). With a batch, confirms it too: a batch confirmed before
 * creates nothing and answers as it did then.
 */
export async function createInvitations(
	admin: SessionUser,
	invitations: PreparedInvitation[],
	batchId?: string
): Promise<CreatedInvitations> {
	const mail = invitationMail();
	const { data, error } = await userDb(admin).rpc('create_invitations', {
		p_invitations: invitations.map((i) => ({
			email: i.email.toLowerCase(),
			role: i.role,
			city_id: i.cityId,
			token_hash: i.tokenHash,
			link: i.link
		})),
		p_subject: mail.subject,
		p_body: mail.body,
		...(batchId && { p_batch: batchId })
	});
	if (error) throw new DatabaseError('creating invitations', error);
	const created = v.parse(CreatedInvitations, data);
	if (created.invited.length > 0) void deliverOutbox();
	return created;
}

/**
 * Invites one officer unless the address already has an account or an open invitation (the
 * API's way: it answers 409 rather than replace an invitation someone may be about to use).
 */
export async function inviteNewOfficer(
	admin: SessionUser,
	input: InvitationInput
): Promise<
	| { kind: 'invited'; id: string; link: string; expiresAt: string }
	| { kind: 'exists'; reason: 'account' | 'pending' }
> {
	const prepared = prepareInvitation(input);
	const { invited, skipped } = await createInvitations(admin, [prepared]);
	if (invited[0]) {
		return {
			kind: 'invited',
			id: invited[0].id,
			link: prepared.link,
			expiresAt: new Date(invited[0].expires_at).toISOString()
		};
	}
	return { kind: 'exists', reason: skipped[0]?.reason ?? 'pending' };
}

/** Withdraws an open invitation. */
export async function revokeInvitation(admin: SessionUser, id: string): Promise<boolean> {
	const { data, error } = await userDb(admin)
		.from('invitations')
		.update({ revoked_at: new Date().toISOString() })
		.eq('id', id)
		.is('accepted_at', null)
		.is('revoked_at', null)
		.select('id');
	if (error) throw new DatabaseError('revoking an invitation', error);
	return (data ?? []).length === 1;
}

export interface OpenInvitation {
	id: string;
	email: string;
	role: Role;
	city: { slug: string; name: string } | null;
	created_at: string;
	expires_at: string;
}

/**
 * Invitations not yet accepted, revoked or expired: the newest `limit`, and how many there are.
 * Their links are never shown again.
 */
export async function listOpenInvitations(
	admin: SessionUser,
	limit: number
): Promise<{ total: number; list: OpenInvitation[] }> {
	const { data, count, error } = await userDb(admin)
		.from('invitations')
		.select('id, email, role, created_at, expires_at, city:cities (slug, name)', {
			count: 'exact'
		})
		.is('accepted_at', null)
		.is('revoked_at', null)
		.gt('expires_at', new Date().toISOString())
		.order('created_at', { ascending: false })
		.order('email')
		.limit(limit);
	if (error) throw new DatabaseError('listing invitations', error);
	return { total: count ?? 0, list: data ?? [] };
}

/** An open invitation's details, to send it again. */
export async function getInvitation(
	admin: SessionUser,
	id: string
): Promise<InvitationInput | null> {
	const { data, error } = await userDb(admin)
		.from('invitations')
		.select('email, role, city_id')
		.eq('id', id)
		.is('accepted_at', null)
		.maybeSingle();
	if (error) throw new DatabaseError('reading an invitation', error);
	if (!data) return null;
	return { email: data.email, role: data.role, cityId: data.city_id };
}

/** The invitation behind a link, if it can still be accepted. System work: no one is signed in. */
export async function findInvitation(
	token: string
): Promise<{ email: string; role: Role; city: { slug: string; name: string } | null } | null> {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	const { data, error } = await systemDb()
		.from('invitations')
		.select('email, role, accepted_at, revoked_at, expires_at, city:cities (slug, name)')
		.eq('token_hash', hashToken(token))
		.maybeSingle();
	if (error) throw new DatabaseError('reading an invitation', error);
	if (!data || data.accepted_at || data.revoked_at || new Date(data.expires_at) <= new Date()) {
		return null;
	}
	return { email: data.email, role: data.role, city: data.city };
}

/** Accepts an invitation: the account is created and signed in. Null when the link is spent. */
export async function acceptInvitation(
	token: string,
	profile: { name: string; designation: string; password: string },
	meta: { ip: string; userAgent: string | null }
): Promise<{ token: string; expiresAt: Date } | null> {
	const { data: userId, error } = await systemDb().rpc('accept_invitation', {
		p_token_hash: hashToken(token),
		p_name: profile.name,
		p_designation: profile.designation,
		p_password_hash: await hashPassword(profile.password)
	});
	if (error) throw new DatabaseError('accepting an invitation', error);
	if (!userId) return null;
	const session = await createSession(userId, meta);
	const { data: user, error: userError } = await systemDb()
		.from('users')
		.select('id, email')
		.eq('id', userId)
		.single();
	if (userError) throw new DatabaseError('reading a new account', userError);
	await recordEvent({
		actor: user,
		action: 'invitation_accepted',
		entity: 'users',
		entityId: userId
	});
	return { token: session.token, expiresAt: session.session.expiresAt };
}
