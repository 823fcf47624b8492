import fs from 'node:fs';
import path from 'node:path';

/** Loads .env from the project folder when there is one; variables already set win. */
export function loadDotEnv() {
	const file = path.resolve(import.meta.dirname, '../../.env');
	if (fs.existsSync(file)) process.loadEnvFile(file);
}
