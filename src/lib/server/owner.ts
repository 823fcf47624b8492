// Who runs this deployment of CitySetu: the body that owns it, its parent ministry, how to reach
// it, and its logo. Government websites must say so on every page (GIGW 3.0). Configured, never
// hard-coded: each deployment names itself through the environment. The local stack, and only it,
// names a plainly fictional demo owner. No government emblem or logo ships with the code: a
// deployment entitled to one adds its own file (OWNER_LOGO_FILE).
import fs from 'node:fs';
import path from 'node:path';
import { env } from '$env/dynamic/private';
import { config } from './env';

export interface Owner {
	/** The owning body, in English and, when given, in Hindi. */
	name: { en: string; hi: string | null };
	ministry: { en: string; hi: string | null } | null;
	address: string | null;
	email: string | null;
	/** True when the logo file is configured and served at /owner-logo. */
	logo: boolean;
	/** True for the local stack's fictional owner. */
	demo: boolean;
}

const DEMO: Owner = {
	name: {
		en: 'CitySetu demonstration (fictional owner)',
		hi: 'सिटीसेतु प्रदर्शन (काल्पनिक स्वामी)'
	},
	ministry: { en: 'No ministry: a local demonstration', hi: 'कोई मंत्रालय नहीं: स्थानीय प्रदर्शन' },
	address: 'Not a real office: this copy runs on a local machine',
	email: null,
	logo: false,
	demo: true
};

/** Logo files by extension, with the type they are served as. */
export const LOGO_TYPES: Record<string, string> = {
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp'
};
/** A logo larger than this is refused: it would slow every page on a slow line. */
export const MAX_LOGO_BYTES = 200_000;

const text = (name: string) => env[name]?.trim() || null;

/** The configured owner, the local stack's demo owner, or null when none is configured. */
export function owner(): Owner | null {
	const name = text('OWNER_NAME');
	if (!name) return config.localStack ? DEMO : null;
	const ministry = text('OWNER_MINISTRY');
	return {
		name: { en: name, hi: text('OWNER_NAME_HI') },
		ministry: ministry ? { en: ministry, hi: text('OWNER_MINISTRY_HI') } : null,
		address: text('OWNER_ADDRESS'),
		email: text('OWNER_EMAIL'),
		logo: Boolean(text('OWNER_LOGO_FILE')),
		demo: false
	};
}

/** The logo file's path and type, checked: a known image type, at most MAX_LOGO_BYTES. */
export function logoFile(): { path: string; type: string } | null {
	const file = text('OWNER_LOGO_FILE');
	if (!file) return null;
	const type = LOGO_TYPES[path.extname(file).toLowerCase()];
	if (!type) {
		throw new Error(`OWNER_LOGO_FILE must be ${Object.keys(LOGO_TYPES).join(', ')}: ${file}`);
	}
	const size = fs.statSync(file).size;
	if (size > MAX_LOGO_BYTES) {
		throw new Error(`OWNER_LOGO_FILE is ${size} bytes; at most ${MAX_LOGO_BYTES} are served`);
	}
	return { path: path.resolve(file), type };
}

/**
 * At start: a deployment that is not the local stack should name its owner (it still runs, with
 * a warning), and a configured logo must be a readable image of a sensible size.
 */
export function checkOwnerConfig(): void {
	if (!owner()) {
		console.warn(
			'owner: OWNER_NAME is not set, so pages do not say who runs this deployment, as ' +
				'government websites must (see .env.example).'
		);
	}
	logoFile();
}
