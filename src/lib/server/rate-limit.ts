// Rate limits for costly public endpoints, counted in Postgres (a token bucket per key) so they
// hold across server instances. Over the limit the caller answers 429 with `Retry-After`.
import { systemDb } from './db';
import { DatabaseError } from './errors';

export interface RateLimit {
	/** What is limited, such as `search` or `reset-email`. */
	bucket: string;
	/** The burst: how many requests a client may make at once after a quiet spell. */
	burst: number;
	/** The sustained rate, in requests per second. */
	perSecond: number;
}

/**
 * Counts one request against `limit` for `key` (a client address, an email…). Returns 0 when it
 * may go ahead, otherwise the whole seconds to wait before trying again. System work: the
 * counters are no user's to read.
 */
export async function takeToken(limit: RateLimit, key: string): Promise<number> {
	const { data, error } = await systemDb().rpc('take_rate_limit_token', {
		p_bucket: limit.bucket,
		p_key: key.slice(0, 300) || 'unknown',
		p_capacity: limit.burst,
		p_per_second: limit.perSecond
	});
	if (error) throw new DatabaseError(`checking the ${limit.bucket} rate limit`, error);
	return data > 0 ? Math.max(1, Math.ceil(data)) : 0;
}
