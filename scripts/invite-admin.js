// `npm run invite-admin -- <email>`: the first Mission admin of a hosted deployment. Creates an
// invitation (system work, with the service role) and prints its link; the admin sets a password
// there and invites everyone else from /admin/users.
import { createHash, randomBytes } from 'node:crypto';
import { createSupabase } from '../src/lib/server/supabase.ts';
import { loadDotEnv } from './lib/env.js';

loadDotEnv();
const email = process.argv[2]?.trim().toLowerCase();
const { SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY } = process.env;
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
	console.error('Usage: npm run invite-admin -- officer@example.gov.in');
	process.exit(1);
}
// The link goes on the public origin, as every account link does.
const configuredOrigin = process.env.ORIGIN || process.env.PUBLIC_ORIGIN;
if (!configuredOrigin) {
	console.error(
		'Set ORIGIN (or PUBLIC_ORIGIN) to the public URL, such as https://citysetu.example.gov.in.'
	);
	process.exit(1);
}
const origin = new URL(configuredOrigin).origin;
if (!SUPABASE_URL || !SUPABASE_SERVICE_ROLE_KEY) {
	console.error('Set SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY (see .env.example).');
	process.exit(1);
}
const db = createSupabase({
	url: SUPABASE_URL,
	key: SUPABASE_SERVICE_ROLE_KEY,
	barePostgrest: process.env.SUPABASE_BARE_POSTGREST === '1'
});
// The same token format as every invitation: 20 random bytes in lowercase base32.
const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
const token = [...randomBytes(32)].map((b) => alphabet[b % 32]).join('');
const { error } = await db.from('invitations').insert({
	email,
	role: 'mission_admin',
	// Stored as its SHA-256, hex, as the app's hashToken() does.
	token_hash: createHash('sha256').update(token).digest('hex'),
	expires_at: new Date(Date.now() + 7 * 86_400_000).toISOString()
});
if (error) {
	console.error(`Could not create the invitation: ${error.message}`);
	process.exit(1);
}
console.log(`Invitation for ${email} (valid 7 days):\n${origin}/invite/${token}`);
