// The admin's management of accounts: the list, roles and cities, deactivation. Run as the admin,
// so the database's policies (admins only) have the last word.
import type { Role } from '$lib/roles';
import type { Enums } from '$lib/database.types';
import { invalidateUserSessions } from '../auth/session';
import type { SessionUser } from '../auth/session';
import { userDb } from '../db';
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

/** Every account, for the admin (RLS: admins see all). */
export async function listUsers(admin: SessionUser): Promise<UserRow[]> {
	const { data, error } = await userDb(admin)
		.from('users')
		.select('id, email, name, designation, role, status, last_sign_in_at, city:cities (slug, name)')
		.order('email');
	if (error) throw new DatabaseError('listing users', error);
	return data ?? [];
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
