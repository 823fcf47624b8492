// `npm run seed`: loads the reference data (the 100 cities, the ICCC component catalogue and the
// Mission's mentorship programmes with their published pairings) into a hosted Supabase project
// after `supabase db push`. The local stack seeds itself.
import { createSupabase } from '../src/lib/server/supabase.ts';
import { loadDotEnv } from './lib/env.js';
import { seedPractices, seedProgrammes, seedReferenceData } from './lib/seed.js';
import { createLogger } from './stack/log.js';

loadDotEnv();
const { SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY } = process.env;
if (!SUPABASE_URL || !SUPABASE_SERVICE_ROLE_KEY) {
	console.error('Set SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY (see .env.example).');
	process.exit(1);
}
const db = createSupabase({
	url: SUPABASE_URL,
	key: SUPABASE_SERVICE_ROLE_KEY,
	barePostgrest: process.env.SUPABASE_BARE_POSTGREST === '1'
});
try {
	const added = await seedReferenceData(db, createLogger('seed'));
	if (!added) console.log('The cities are already there; nothing was changed.');
	// Idempotent: adds only the programmes and pairings that are missing.
	await seedProgrammes(db, createLogger('seed'));
	// The example practices, only when asked: `npm run seed -- --practices`.
	if (process.argv.includes('--practices')) await seedPractices(db, createLogger('seed'));
} catch (error) {
	console.error(error.message);
	process.exit(1);
}
