import { inject, vi } from 'vitest';

// Point the app's server modules at the shared test stack. Under Vitest, SvelteKit's
// `$env/dynamic/private` is a snapshot taken when the config loaded, so it is served from the
// live process.env instead (which vi.stubEnv can then change per test).
Object.assign(process.env, inject('stackEnv'));
// Tests read the reach figures right after writing the rows they count: no answer cache.
process.env.REACH_CACHE_SECONDS = '0';
vi.mock('$env/dynamic/private', () => ({ env: process.env }));

// The server loads every language's messages before it answers; so do the tests.
await (await import('../../src/lib/i18n')).loadAllCatalogues();
