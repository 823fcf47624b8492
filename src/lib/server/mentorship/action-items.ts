// Action items: what one side agreed to do, with an owner from either city and a due date.
// Closing one (done or dropped) may say why in a comment; the database stamps when. A change may carry
// the version it starts from, and is then refused (409) if someone saved the item since.
import type { Tables } from '$lib/database.types';
import type { ActionInput, ActionPatch } from '$lib/schemas/action-item';
import type { SessionUser } from '../auth/session';
import { userDb } from '../db';
import { DatabaseError } from '../errors';
import type { Db } from '../supabase';
import { refusalOf } from './write-result';
import type { Refusal } from './write-result';

export type ActionItem = Pick<
	Tables<'action_items'>,
	| 'id'
	| 'mentorship_id'
	| 'session_id'
	| 'title'
	| 'owner_id'
	| 'due_on'
	| 'status'
	| 'closing_comment'
	| 'closed_at'
	| 'version'
	| 'created_by'
	| 'created_at'
	| 'updated_at'
>;

const columns = `id, mentorship_id, session_id, title, owner_id, due_on, status, closing_comment,
	closed_at, version, created_by, created_at, updated_at`;

/** A mentorship's action items the reader may see: open ones first, by due date. */
export async function listActionItems(db: Db, mentorshipId: string): Promise<ActionItem[]> {
	const { data, error } = await db
		.from('action_items')
		.select(columns)
		.eq('mentorship_id', mentorshipId)
		.order('due_on')
		.order('created_at');
	if (error) throw new DatabaseError(`listing the action items of ${mentorshipId}`, error);
	const items = data ?? [];
	return [...items.filter((i) => i.status === 'open'), ...items.filter((i) => i.status !== 'open')];
}

/** An action item the reader may see, or null. */
export async function getActionItem(db: Db, id: string): Promise<ActionItem | null> {
	const { data, error } = await db.from('action_items').select(columns).eq('id', id).maybeSingle();
	if (error) throw new DatabaseError(`reading action item ${id}`, error);
	return data;
}

export type AddResult = { kind: 'created'; item: ActionItem } | Refusal;

/**
 * Adds an action item as the user. The caller has checked that the user may work on the
 * mentorship; the policies refuse anyone else (forbidden).
 */
export async function addActionItem(
	user: SessionUser,
	mentorshipId: string,
	input: ActionInput
): Promise<AddResult> {
	const { data, error } = await userDb(user)
		.from('action_items')
		.insert({
			mentorship_id: mentorshipId,
			title: input.title,
			owner_id: input.owner_id,
			due_on: input.due_on,
			session_id: input.session_id ?? null
		})
		.select(columns)
		.single();
	if (error) return refusalOf(error, `adding an action item to ${mentorshipId}`);
	return { kind: 'created', item: data };
}

export type UpdateResult =
	| { kind: 'saved'; item: ActionItem }
	| { kind: 'conflict'; current: ActionItem }
	| { kind: 'not_found' }
	| Refusal;

/**
 * Changes an action item: closes it as done or dropped with a comment, reopens it, or changes
 * its title, owner or due date. With `version`, only if nobody saved it since.
 */
export async function updateActionItem(
	user: SessionUser,
	id: string,
	patch: Omit<ActionPatch, 'version'>,
	version?: number
): Promise<UpdateResult> {
	const db = userDb(user);
	const current = await getActionItem(db, id);
	if (!current) return { kind: 'not_found' };
	if (version !== undefined && version !== current.version) return { kind: 'conflict', current };
	const changes: Partial<Tables<'action_items'>> = {};
	if (patch.title !== undefined) changes.title = patch.title;
	if (patch.owner_id !== undefined) changes.owner_id = patch.owner_id;
	if (patch.due_on !== undefined) changes.due_on = patch.due_on;
	if (patch.session_id !== undefined) changes.session_id = patch.session_id;
	if (patch.status !== undefined) changes.status = patch.status;
	if (patch.closing_comment !== undefined) changes.closing_comment = patch.closing_comment || null;
	if (Object.keys(changes).length === 0) return { kind: 'saved', item: current };
	// The version in the filter makes the check and the write one step: a save in between
	// leaves no row to update.
	const { data, error } = await db
		.from('action_items')
		.update(changes)
		.eq('id', id)
		.eq('version', version ?? current.version)
		.select(columns);
	if (error) return refusalOf(error, `saving action item ${id}`);
	if (data.length === 1) return { kind: 'saved', item: data[0] };
	const now = await getActionItem(db, id);
	if (!now) return { kind: 'not_found' };
	// Still at the version we wrote against: the policies refused the change.
	if (now.version === (version ?? current.version)) return { kind: 'forbidden' };
	return version === undefined
		? updateActionItem(user, id, patch, now.version)
		: { kind: 'conflict', current: now };
}
