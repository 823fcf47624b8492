// The admin's management of accounts: the list, roles and cities, deactivation. Run as the admin,
// so the database's policies (admins only) have the last word.
import type { Role } from '$lib/roles';
import type { Enums } from '$lib/database.types';
import { invalidateUserSessions } from '../auth/session';
import type { SessionUser } from '../auth/session';
import { userDb } from '../db';
import { escapeLike } from '../audit';
import { DatabaseError } from '../errors';

export interface UserRow {
	id: string;
	email: string;
	name: string;
	designation: string | null;
	role: Role;
	status: Enums<'user_status'>;
	last_sign_in_at: string | null;
	city: { slug: string; name: string } | null;
}

export interface UserFilters {
	/** Part of a name or an email, in any case. */
	q?: string;
	cityId?: string;
	role?: Role;
	status?: Enums<'user_status'>;
}

/**
 * One page of the accounts that match, sorted by name, with how many match in all (RLS: admins
 * see all). The search is served by the trigram indexes on name and email.
 */
export async function searchUsers(
	admin: SessionUser,
	filters: UserFilters,
	{ page, perPage }: { page: number; perPage: number }
): Promise<{ total: number; users: UserRow[] }> {
	let query = userDb(admin)
		.from('users')
		.select(
			'id, email, name, designation, role, status, last_sign_in_at, city:cities (slug, name)',
			{
				count: 'exact'
			}
		);
	if (filters.q) {
		const pattern = orFilterValue(`%${likePattern(filters.q)}%`);
		query = query.or(`name.ilike.${pattern},email.ilike.${pattern}`);
	}
	if (filters.cityId) query = query.eq('city_id', filters.cityId);
	if (filters.role) query = query.eq('role', filters.role);
	if (filters.status) query = query.eq('status', filters.status);
	const from = (page - 1) * perPage;
	const { data, count, error } = await query
		.order('name')
		.order('email')
		.range(from, from + perPage - 1);
	if (!error) return { total: count ?? 0, users: data ?? [] };
	if (error.code !== 'PGRST103') throw new DatabaseError('listing users', error);
	// A page past the last is an empty page, not a fault; it still says how many match.
	if (page === 1) return { total: 0, users: [] };
	const { total } = await searchUsers(admin, filters, { page: 1, perPage: 1 });
	return { total, users: [] };
}

/**
 * Text to find literally in a LIKE pattern. PostgREST reads `*` in a like filter as `%`, with no
 * way to escape it, so a star becomes `_` (any one character): it still matches a star.
 */
export function likePattern(text: string): string {
	return escapeLike(text).replaceAll('*', '_');
}

/** A value inside PostgREST's `or=(…)`: quoted, so commas, dots and brackets stay text. */
export function orFilterValue(value: string): string {
	return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
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
	status: Enums<'user_status'>
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
