// `npm run seed`: loads the reference data (the 100 cities, the ICCC component catalogue, the
// Mission's mentorship programmes with their published pairings, and its assessment frameworks
// with their published results) into a hosted Supabase project after `supabase db push`. The
// local stack seeds itself. Sample scores and demo data never go to a hosted project.
import { createSupabase } from '../src/lib/server/supabase.ts';
import { loadDotEnv } from './lib/env.js';
import {
	seedPlaceNames,
	seedPractices,
	seedProgrammes,
	seedReferenceData,
	seedSitePages
} from './lib/seed.js';
import { seedKanpurSafeCity } from './lib/seed-adoptions.js';
import { seedFrameworks } from './lib/seed-assessments.js';
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
	// Idempotent: the names of places in Indian languages, corrected where the file changed.
	await seedPlaceNames(db, createLogger('seed'));
	// Idempotent: the default text of the help and policy pages, where no admin has edited it.
	await seedSitePages(db, createLogger('seed'));
	// Idempotent: adds only the programmes and pairings that are missing.
	await seedProgrammes(db, createLogger('seed'));
	// The example practices, only when asked: `npm run seed -- --practices`.
	if (process.argv.includes('--practices')) await seedPractices(db, createLogger('seed'));
	// Idempotent: the frameworks by slug, and published results only where missing.
	await seedFrameworks(db, createLogger('seed'));
	// Kanpur's Safe City work, a published fact, once its playbook is there (else a log line).
	await seedKanpurSafeCity(db, createLogger('seed'));
} catch (error) {
	console.error(error.message);
	process.exit(1);
}
