// Feedback from visitors (GIGW 3.0's feedback channel): stored through the database's own
// function, so the public can add a message and learn its reference but read none; mission
// admins list the messages and close them, as themselves, so row-level security decides.
import type { Enums, Tables } from '$lib/database.types';
import type { Locale } from '$lib/i18n';
import type { FeedbackInput } from '$lib/schemas/feedback';
import type { SessionUser } from './auth/session';
import { dbFor, userDb } from './db';
import type { DbUser } from './db';
import { DatabaseError } from './errors';
import { takeToken } from './rate-limit';
import type { RateLimit } from './rate-limit';

/**
 * 5 messages at once, then one every 2 minutes, per client address: more than a person writes,
 * and a script that finds the form fills the table slowly.
 */
export const FEEDBACK_LIMIT: RateLimit = { bucket: 'feedback', burst: 5, perSecond: 1 / 120 };

/** Counts one message from `address`: 0 to go ahead, else the whole seconds to wait. */
export function feedbackWait(address: string): Promise<number> {
	return takeToken(FEEDBACK_LIMIT, address);
}

/** Stores a message and returns its reference, such as FB-2026-000123. */
export async function submitFeedback(
	sender: DbUser | null,
	input: FeedbackInput,
	locale: Locale
): Promise<string> {
	const { data, error } = await dbFor(sender).rpc('submit_feedback', {
		p_category: input.category,
		p_message: input.message,
		p_page_url: input.page,
		p_name: input.name,
		p_email: input.email,
		p_locale: locale
	});
	if (error) throw new DatabaseError('storing feedback', error);
	return data;
}

/**
 * A reference that looks like a real one, for a bot that filled the honeypot: it is answered as
 * a person would be, so it learns nothing, and nothing is stored.
 */
export function decoyReference(now = new Date()): string {
	const year = now.toLocaleString('en-IN', { timeZone: 'Asia/Kolkata', year: 'numeric' });
	return `FB-${year}-${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
}

export type FeedbackRow = Omit<Tables<'feedback'>, 'number' | 'closed_by'> & {
	closer: { name: string } | null;
};

/** One page of messages, newest first, with how many match in all (RLS: admins only). */
export async function listFeedback(
	admin: SessionUser,
	status: Enums<'feedback_status'> | undefined,
	{ page, perPage }: { page: number; perPage: number }
): Promise<{ total: number; messages: FeedbackRow[] }> {
	let query = userDb(admin)
		.from('feedback')
		.select(
			'id, reference, created_at, category, message, page_url, name, email, locale, status, closed_at, closer:users!feedback_closed_by_fkey (name)',
			{ count: 'exact' }
		);
	if (status) query = query.eq('status', status);
	const from = (page - 1) * perPage;
	const { data, count, error } = await query
		.order('created_at', { ascending: false })
		.order('id', { ascending: false })
		.range(from, from + perPage - 1);
	if (!error) return { total: count ?? 0, messages: data ?? [] };
	if (error.code !== 'PGRST103') throw new DatabaseError('listing feedback', error);
	// A page past the last is an empty page, not a fault; it still says how many match.
	if (page === 1) return { total: 0, messages: [] };
	const { total } = await listFeedback(admin, status, { page: 1, perPage: 1 });
	return { total, messages: [] };
}

/**
 * Closes a message (the database records when and by whom). Returns its reference, or null
 * when there is no such message for this admin.
 */
export async function closeFeedback(admin: SessionUser, id: string): Promise<string | null> {
	const { data, error } = await userDb(admin)
		.from('feedback')
		.update({ status: 'closed' })
		.eq('id', id)
		.eq('status', 'open')
		.select('reference');
	if (error) throw new DatabaseError('closing feedback', error);
	return data[0]?.reference ?? null;
}
