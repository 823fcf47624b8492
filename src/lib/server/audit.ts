import { systemDb, userDb } from './db';
import { DatabaseError } from './errors';
import type { DbUser } from './db';

export interface AuditEvent {
	actor?: { id: string; email: string } | null;
	/** Such as sign_in, sign_in_failed, locked_out, refused, sign_out. */
	action: string;
	entity: string;
	entityId?: string | null;
	summary?: string | null;
}

/**
 * Records an event the database triggers cannot see: sign-ins, failures, lock-outs and refused
 * authorisations. System work (the service role), since the actor may not be signed in.
 * Never pass secrets, tokens or passwords here.
 */
export async function recordEvent(event: AuditEvent): Promise<void> {
	const { error } = await systemDb()
		.from('audit_log')
		.insert({
			actor_id: event.actor?.id ?? null,
			actor_email: event.actor?.email ?? null,
			action: event.action,
			entity: event.entity,
			entity_id: event.entityId ?? null,
			summary: event.summary?.slice(0, 500) ?? null
		});
	// The audit log must not take the request down with it, but a gap in it must be visible.
	if (error) console.error('audit: could not record', event.action, error.message);
}

export interface AuditFilters {
	actor?: string;
	action?: string;
	entity?: string;
	from?: string;
	to?: string;
}

export interface AuditEntry {
	id: number;
	actor_email: string | null;
	action: string;
	entity: string;
	entity_id: string | null;
	summary: string | null;
	created_at: string;
}

/** One page of the audit log, newest first, as the admin sees it (RLS: admins only). */
export async function listAudit(
	user: DbUser,
	filters: AuditFilters,
	{ page, perPage }: { page: number; perPage: number }
): Promise<{ total: number; entries: AuditEntry[] }> {
	let query = userDb(user)
		.from('audit_log')
		.select('id, actor_email, action, entity, entity_id, summary, created_at', { count: 'exact' });
	if (filters.actor) query = query.ilike('actor_email', `%${escapeLike(filters.actor)}%`);
	if (filters.action) query = query.eq('action', filters.action);
	if (filters.entity) query = query.eq('entity', filters.entity);
	if (filters.from) query = query.gte('created_at', filters.from);
	if (filters.to) query = query.lt('created_at', filters.to);
	const from = (page - 1) * perPage;
	const { data, count, error } = await query
		.order('created_at', { ascending: false })
		.order('id', { ascending: false })
		.range(from, from + perPage - 1);
	if (error && error.code !== 'PGRST103') throw new DatabaseError('reading the audit log', error);
	return { total: count ?? 0, entries: data ?? [] };
}

/** Escapes the wildcards of a LIKE pattern so user input matches literally. */
export function escapeLike(value: string): string {
	return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
