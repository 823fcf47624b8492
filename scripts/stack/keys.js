import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { signJwt } from '../../src/lib/server/jwt.ts';

export { signJwt };

/** Writes a file only its owner can read, and makes sure of it when the file already existed. */
export function writePrivate(file, text) {
	fs.writeFileSync(file, text, { mode: 0o600 });
	fs.chmodSync(file, 0o600);
}

/** What a data folder already holds, by the subfolder each service keeps its data in. */
function existingData(dataDir) {
	return [
		fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION')) && 'a database in postgres/',
		fs.existsSync(path.join(dataDir, 'meilisearch', 'data.ms')) && 'a search index in meilisearch/'
	].filter(Boolean);
}

/**
 * Loads the local stack's secrets, generating them on first use. They live with the data so a
 * restart keeps the same keys (and the same sessions and search index). The file is made
 * private on every load, not only when it is created. A folder that holds data but has lost
 * its secrets is refused: new secrets cannot open the old database.
 */
export function loadSecrets(dataDir) {
	const file = path.join(dataDir, 'secrets.json');
	if (fs.existsSync(file)) {
		fs.chmodSync(file, 0o600);
		const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
		// Folders made before demo accounts existed get their demo password now.
		if (!saved.demoPassword) {
			saved.demoPassword = randomBytes(12).toString('base64url');
			writePrivate(file, JSON.stringify(saved, null, '\t'));
		}
		return saved;
	}
	const data = existingData(dataDir);
	if (data.length > 0) {
		throw new Error(
			`${dataDir} holds data but its secrets file ${file} is missing. ` +
				`The folder has ${data.join(' and ')}, whose passwords and keys were in that file, so ` +
				'new secrets cannot open it. If you have a copy of secrets.json, restore it there. ' +
				`Otherwise move the folder aside (for example \`mv ${dataDir} ${dataDir}.old\`) and ` +
				'start again: CitySetu then creates a new data folder with fresh demo data.'
		);
	}
	const secrets = {
		jwtSecret: randomBytes(48).toString('base64url'),
		postgresPassword: randomBytes(24).toString('base64url'),
		authenticatorPassword: randomBytes(24).toString('base64url'),
		meiliMasterKey: randomBytes(32).toString('base64url'),
		demoPassword: randomBytes(12).toString('base64url')
	};
	writePrivate(file, JSON.stringify(secrets, null, '\t'));
	return secrets;
}

/** The long-lived anon and service-role keys, signed from the JWT secret. */
export function apiKeys(jwtSecret) {
	const iat = Math.floor(Date.now() / 1000);
	const exp = iat + 10 * 365 * 24 * 3600;
	return {
		anonKey: signJwt({ role: 'anon', iss: 'citysetu-local', iat, exp }, jwtSecret),
		serviceRoleKey: signJwt({ role: 'service_role', iss: 'citysetu-local', iat, exp }, jwtSecret)
	};
}
