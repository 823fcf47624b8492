// Accounts: signing in, invitations, password resets, profiles, sessions, API tokens and the
// admin's user management. Credentials and sessions are authentication itself, done as system
// work; everything else runs as the acting user, so row-level security has the last word.
import { recordEvent } from './audit';
import { hashPassword, verifyPassword } from './auth/password';
import { signInWaitSeconds, recordSignInAttempt } from './auth/attempts';
import { createSession, generateToken, hashToken, invalidateUserSessions } from './auth/session';
import type { SessionUser } from './auth/session';
import { systemDb, userDb } from './db';
import { DatabaseError } from './errors';
import { deliverOutbox } from './mail';

export type Role = SessionUser['role'];
export const roles: Role[] = ['mission_admin', 'mentor', 'city_member'];

const INVITATION_DAYS = 7;
const RESET_HOURS = 1;
// Verifying against this keeps a sign-in for an unknown email as slow as one for a known email.
let dummyHash: Promise<string> | undefined;

export type SignInResult =
	| { kind: 'ok'; token: string; expiresAt: Date }
	| { kind: 'invalid' }
	| { kind: 'locked'; retryAfter: number };

/** Checks the email and password, throttled per account and per address. */
export async function signIn(
	email: string,
	password: string,
	meta: { ip: string; userAgent: string | null }
): Promise<SignInResult> {
	const address = email.trim().toLowerCase();
	const wait = await signInWaitSeconds(address, meta.ip);
	if (wait > 0) {
		await recordEvent({
			action: 'locked_out',
			entity: 'account',
			summary: `${address} from ${meta.ip}`
		});
		return { kind: 'locked', retryAfter: wait };
	}
	const { data, error } = await systemDb()
		.from('users')
		.select('id, email, status, user_credentials (password_hash)')
		.eq('email', address)
		.maybeSingle();
	if (error) throw new DatabaseError('looking up an account', error);
	const hash = data?.user_credentials?.password_hash;
	dummyHash ??= hashPassword('not-a-real-password-just-for-timing');
	const valid = await verifyPassword(hash ?? (await dummyHash), password);
	if (!data || !hash || !valid || data.status !== 'active') {
		await recordSignInAttempt(address, meta.ip, false);
		await recordEvent({
			actor: data ? { id: data.id, email: data.email } : null,
			action: 'sign_in_failed',
			entity: 'account',
			summary: `${address} from ${meta.ip}`
		});
		return { kind: 'invalid' };
	}
	await recordSignInAttempt(address, meta.ip, true);
	const { token, session } = await createSession(data.id, meta);
	await recordEvent({
		actor: data,
		action: 'sign_in',
		entity: 'session',
		summary: `from ${meta.ip}`
	});
	return { kind: 'ok', token, expiresAt: session.expiresAt };
}

export interface InvitationInput {
	email: string;
	role: Role;
	cityId: string | null;
}

function invitationMail(link: string) {
	return {
		subject: 'Your CitySetu invitation · सिटीसेतु का निमंत्रण',
		body:
			`You have been invited to CitySetu, the Smart Cities Mission's knowledge-sharing platform.\n` +
			`Set your password within ${INVITATION_DAYS} days: ${link}\n\n` +
			`आपको सिटीसेतु पर आमंत्रित किया गया है। ${INVITATION_DAYS} दिनों के भीतर अपना पासवर्ड बनाएँ: ${link}\n`
	};
}

/** Invites (or re-invites) an officer; returns the link, which the outbox also mails. */
export async function inviteUser(
	admin: SessionUser,
	input: InvitationInput,
	origin: string
): Promise<{ link: string }> {
	const token = generateToken();
	const link = `${origin}/invite/${token}`;
	const mail = invitationMail(link);
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
	/** The link to hand over; present only while no mail server sends it. */
	link: string | null;
}

/** Invitations not yet accepted, revoked or expired, with their links where mail is not sent. */
export async function listOpenInvitations(
	admin: SessionUser,
	showLinks: boolean
): Promise<OpenInvitation[]> {
	const db = userDb(admin);
	const { data, error } = await db
		.from('invitations')
		.select('id, email, role, created_at, expires_at, city:cities (slug, name)')
		.is('accepted_at', null)
		.is('revoked_at', null)
		.gt('expires_at', new Date().toISOString())
		.order('created_at', { ascending: false });
	if (error) throw new DatabaseError('listing invitations', error);
	const links = new Map<string, string>();
	if (showLinks && data?.length) {
		const { data: mails, error: mailError } = await db
			.from('outbox_emails')
			.select('related_id, link')
			.eq('purpose', 'invitation')
			.in(
				'related_id',
				data.map((i) => i.id)
			);
		if (mailError) throw new DatabaseError('reading the outbox', mailError);
		for (const mail of mails ?? []) {
			if (mail.related_id && mail.link) links.set(mail.related_id, mail.link);
		}
	}
	return (data ?? []).map((i) => ({
		id: i.id,
		email: i.email,
		role: i.role as Role,
		city: i.city,
		created_at: i.created_at,
		expires_at: i.expires_at,
		link: links.get(i.id) ?? null
	}));
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
	return { email: data.email, role: data.role as Role, city: data.city };
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
	const { data: user } = await systemDb()
		.from('users')
		.select('id, email')
		.eq('id', userId)
		.single();
	await recordEvent({
		actor: user,
		action: 'invitation_accepted',
		entity: 'users',
		entityId: userId
	});
	return { token: session.token, expiresAt: session.session.expiresAt };
}

/**
 * Starts a password reset for an active account: a single-use link valid one hour, sent through
 * the outbox. Says nothing about whether the account exists; returns the link for admins.
 */
export async function requestPasswordReset(email: string, origin: string): Promise<string | null> {
	const db = systemDb();
	const { data: user, error } = await db
		.from('users')
		.select('id, email')
		.eq('email', email.trim().toLowerCase())
		.eq('status', 'active')
		.maybeSingle();
	if (error) throw new DatabaseError('looking up an account', error);
	if (!user) return null;
	const token = generateToken();
	const link = `${origin}/reset/${token}`;
	const { error: resetError } = await db.from('password_resets').insert({
		token_hash: hashToken(token),
		user_id: user.id,
		expires_at: new Date(Date.now() + RESET_HOURS * 3600_000).toISOString()
	});
	if (resetError) throw new DatabaseError('creating a password reset', resetError);
	const { error: mailError } = await db.from('outbox_emails').insert({
		to_email: user.email,
		subject: 'Reset your CitySetu password · सिटीसेतु पासवर्ड बदलें',
		body:
			`Set a new password within an hour: ${link}\nIf you did not ask for this, ignore this message.\n\n` +
			`एक घंटे के भीतर नया पासवर्ड बनाएँ: ${link}\n`,
		link,
		purpose: 'password_reset',
		related_id: user.id
	});
	if (mailError) throw new DatabaseError('queueing the reset mail', mailError);
	await recordEvent({
		actor: user,
		action: 'password_reset_requested',
		entity: 'users',
		entityId: user.id
	});
	void deliverOutbox();
	return link;
}

/** Sets a new password from a reset link; every session of the account ends. */
export async function resetPassword(token: string, password: string): Promise<boolean> {
	if (!/^[a-z2-7]{32}$/.test(token)) return false;
	const { data: userId, error } = await systemDb().rpc('reset_password', {
		p_token_hash: hashToken(token),
		p_password_hash: await hashPassword(password)
	});
	if (error) throw new DatabaseError('resetting a password', error);
	if (userId) await recordEvent({ action: 'password_reset', entity: 'users', entityId: userId });
	return Boolean(userId);
}

/** Whether a reset link can still be used. */
export async function resetTokenIsValid(token: string): Promise<boolean> {
	if (!/^[a-z2-7]{32}$/.test(token)) return false;
	const { data, error } = await systemDb()
		.from('password_resets')
		.select('used_at, expires_at')
		.eq('token_hash', hashToken(token))
		.maybeSingle();
	if (error) throw new DatabaseError('reading a password reset', error);
	return Boolean(data && !data.used_at && new Date(data.expires_at) > new Date());
}

/** Changes one's own password after checking the current one; other sessions end. */
export async function changePassword(
	user: SessionUser,
	sessionId: string,
	current: string,
	next: string
): Promise<boolean> {
	const db = systemDb();
	const { data, error } = await db
		.from('user_credentials')
		.select('password_hash')
		.eq('user_id', user.id)
		.single();
	if (error) throw new DatabaseError('reading credentials', error);
	if (!(await verifyPassword(data.password_hash, current))) return false;
	const { error: updateError } = await db
		.from('user_credentials')
		.update({ password_hash: await hashPassword(next), updated_at: new Date().toISOString() })
		.eq('user_id', user.id);
	if (updateError) throw new DatabaseError('changing a password', updateError);
	await invalidateUserSessions(user.id, sessionId);
	await recordEvent({
		actor: user,
		action: 'password_changed',
		entity: 'users',
		entityId: user.id
	});
	return true;
}

/** Updates one's own name and designation. */
export async function updateProfile(
	user: SessionUser,
	profile: { name: string; designation: string }
): Promise<void> {
	const { error } = await userDb(user)
		.from('users')
		.update({ name: profile.name, designation: profile.designation || null })
		.eq('id', user.id);
	if (error) throw new DatabaseError('updating a profile', error);
}

export interface SessionInfo {
	id: string;
	created_at: string;
	last_seen_at: string;
	user_agent: string | null;
	ip: string | null;
}

/** The user's active sessions, most recently used first. */
export async function listSessions(user: SessionUser): Promise<SessionInfo[]> {
	const { data, error } = await userDb(user)
		.from('sessions')
		.select('id, created_at, last_seen_at, user_agent, ip')
		.gt('expires_at', new Date().toISOString())
		.order('last_seen_at', { ascending: false });
	if (error) throw new DatabaseError('listing sessions', error);
	return data ?? [];
}

/** Ends one of the user's own sessions (RLS: only their own). */
export async function endSession(user: SessionUser, id: string): Promise<boolean> {
	const { data, error } = await userDb(user).from('sessions').delete().eq('id', id).select('id');
	if (error) throw new DatabaseError('ending a session', error);
	return (data ?? []).length === 1;
}

/** Ends every session of the user but the current one. */
export async function endOtherSessions(user: SessionUser, currentId: string): Promise<void> {
	const { error } = await userDb(user).from('sessions').delete().neq('id', currentId);
	if (error) throw new DatabaseError('ending sessions', error);
}

export interface ApiTokenInfo {
	id: string;
	name: string;
	created_at: string;
	last_used_at: string | null;
	revoked_at: string | null;
}

const API_TOKEN_PREFIX = 'cs_';

/** Creates a named API token; the token itself is returned once and only its hash kept. */
export async function createApiToken(user: SessionUser, name: string): Promise<string> {
	const token = API_TOKEN_PREFIX + generateToken();
	const { error } = await userDb(user)
		.from('api_tokens')
		.insert({ user_id: user.id, name, token_hash: hashToken(token) });
	if (error) throw new DatabaseError('creating an API token', error);
	return token;
}

export async function listApiTokens(user: SessionUser): Promise<ApiTokenInfo[]> {
	const { data, error } = await userDb(user)
		.from('api_tokens')
		.select('id, name, created_at, last_used_at, revoked_at')
		.order('created_at', { ascending: false });
	if (error) throw new DatabaseError('listing API tokens', error);
	return data ?? [];
}

export async function revokeApiToken(user: SessionUser, id: string): Promise<boolean> {
	const { data, error } = await userDb(user)
		.from('api_tokens')
		.update({ revoked_at: new Date().toISOString() })
		.eq('id', id)
		.is('revoked_at', null)
		.select('id');
	if (error) throw new DatabaseError('revoking an API token', error);
	return (data ?? []).length === 1;
}

/** The active user behind an API token, or null. Marks the token used (at most once a minute). */
export async function authenticateApiToken(token: string): Promise<SessionUser | null> {
	if (!token.startsWith(API_TOKEN_PREFIX) || !/^[a-z2-7]{32}$/.test(token.slice(3))) return null;
	const db = systemDb();
	const { data, error } = await db
		.from('api_tokens')
		.select(
			`id, last_used_at, revoked_at,
			user:users!inner (id, email, name, designation, role, city_id, status, city:cities (slug, name))`
		)
		.eq('token_hash', hashToken(token))
		.maybeSingle();
	if (error) throw new DatabaseError('checking an API token', error);
	if (!data || data.revoked_at || data.user.status !== 'active') return null;
	if (!data.last_used_at || Date.now() - new Date(data.last_used_at).getTime() > 60_000) {
		const { error: useError } = await db
			.from('api_tokens')
			.update({ last_used_at: new Date().toISOString() })
			.eq('id', data.id);
		if (useError) throw new DatabaseError('marking an API token used', useError);
	}
	const u = data.user;
	return {
		id: u.id,
		email: u.email,
		name: u.name,
		designation: u.designation,
		role: u.role as Role,
		cityId: u.city_id,
		city: u.city
	};
}

export interface UserRow {
	id: string;
	email: string;
	name: string;
	designation: string | null;
	role: Role;
	status: 'active' | 'deactivated';
	last_sign_in_at: string | null;
	city: { slug: string; name: string } | null;
}

/** Every account, for the admin (RLS: admins see all). */
export async function listUsers(admin: SessionUser): Promise<UserRow[]> {
	const { data, error } = await userDb(admin)
		.from('users')
		.select('id, email, name, designation, role, status, last_sign_in_at, city:cities (slug, name)')
		.order('email');
	if (error) throw new DatabaseError('listing users', error);
	return (data ?? []) as UserRow[];
}

/** Changes a user's role and city (admins only, enforced by the database too). */
export async function changeUserRole(
	admin: SessionUser,
	userId: string,
	role: Role,
	cityId: string | null
): Promise<void> {
	const { error } = await userDb(admin)
		.from('users')
		.update({ role, city_id: cityId })
		.eq('id', userId);
	if (error) throw new DatabaseError('changing a role', error);
}

/** Deactivates an account and ends all its sessions, or reactivates it. */
export async function setUserStatus(
	admin: SessionUser,
	userId: string,
	status: 'active' | 'deactivated'
): Promise<void> {
	const { error } = await userDb(admin).from('users').update({ status }).eq('id', userId);
	if (error) throw new DatabaseError('changing account status', error);
	if (status === 'deactivated') await invalidateUserSessions(userId);
}

/** Whether an account already uses the email (as the admin sees users). */
export async function emailHasAccount(admin: SessionUser, email: string): Promise<boolean> {
	const { count, error } = await userDb(admin)
		.from('users')
		.select('id', { count: 'exact', head: true })
		.eq('email', email.toLowerCase());
	if (error) throw new DatabaseError('checking an email', error);
	return (count ?? 0) > 0;
}

/** An open invitation's details, to send it again. */
export async function getInvitation(
	admin: SessionUser,
	id: string
): Promise<{ email: string; role: Role; cityId: string | null } | null> {
	const { data, error } = await userDb(admin)
		.from('invitations')
		.select('email, role, city_id')
		.eq('id', id)
		.is('accepted_at', null)
		.maybeSingle();
	if (error) throw new DatabaseError('reading an invitation', error);
	return data ? { email: data.email, role: data.role as Role, cityId: data.city_id } : null;
}
