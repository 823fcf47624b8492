// Which scheduled mail a user wants: session reminders, the action-item digest, nudges about
// quiet mentorships. Without a saved row, all three are on.
import * as v from 'valibot';
import type { Tables } from '$lib/database.types';
import { systemDb, userDb } from '../db';
import type { DbUser } from '../db';
import { DatabaseError } from '../errors';

export type NotificationSettings = Pick<
	Tables<'notification_settings'>,
	'session_reminders' | 'action_digest' | 'nudges'
>;

export const DEFAULT_SETTINGS: NotificationSettings = {
	session_reminders: true,
	action_digest: true,
	nudges: true
};

// A checkbox sends its value ("on") only when ticked.
const ticked = v.pipe(
	v.optional(v.string(), ''),
	v.transform((value) => value !== '')
);

/** The account page's form: one checkbox per kind of mail. */
export const notificationSettingsSchema = v.object({
	session_reminders: ticked,
	action_digest: ticked,
	nudges: ticked
});

/** The user's settings, read as the user. */
export async function getNotificationSettings(user: DbUser): Promise<NotificationSettings> {
	const { data, error } = await userDb(user)
		.from('notification_settings')
		.select('session_reminders, action_digest, nudges')
		.eq('user_id', user.id)
		.maybeSingle();
	if (error) throw new DatabaseError('reading notification settings', error);
	return data ?? DEFAULT_SETTINGS;
}

/**
 * Saves the user's settings. An update first, then an insert for a first save: an upsert would
 * also write user_id, which the user may not update.
 */
export async function saveNotificationSettings(
	user: DbUser,
	settings: NotificationSettings
): Promise<void> {
	const db = userDb(user);
	const updated = await db
		.from('notification_settings')
		.update(settings)
		.eq('user_id', user.id)
		.select('user_id');
	if (updated.error) throw new DatabaseError('saving notification settings', updated.error);
	if ((updated.data ?? []).length > 0) return;
	const { error } = await db
		.from('notification_settings')
		.insert({ user_id: user.id, ...settings });
	// Two saves at once: the other one inserted; this one's choice goes over it.
	if (error?.code === '23505') return saveNotificationSettings(user, settings);
	if (error) throw new DatabaseError('saving notification settings', error);
}

/** SYSTEM WORK: the settings of many users at once, for the scheduled jobs. */
export async function settingsOf(userIds: string[]): Promise<Map<string, NotificationSettings>> {
	const settings = new Map<string, NotificationSettings>();
	for (let i = 0; i < userIds.length; i += 200) {
		const { data, error } = await systemDb()
			.from('notification_settings')
			.select('user_id, session_reminders, action_digest, nudges')
			.in('user_id', userIds.slice(i, i + 200));
		if (error) throw new DatabaseError('reading notification settings', error);
		for (const { user_id, ...row } of data ?? []) settings.set(user_id, row);
	}
	return settings;
}
