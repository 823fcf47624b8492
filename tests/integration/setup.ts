import { inject } from 'vitest';

// Point the app's server modules (which read process.env) at the shared test stack.
Object.assign(process.env, inject('stackEnv'));
