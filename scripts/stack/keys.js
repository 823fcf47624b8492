import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { signJwt } from '../../src/lib/server/jwt.ts';

export { signJwt };

/**
 * Loads the local stack's secrets, generating them on first use. They live with the data so a
 * restart keeps the same keys (and the same sessions and search index).
 */
export function loadSecrets(dataDir) {
	const file = path.join(dataDir, 'secrets.json');
	if (fs.existsSync(file)) {
		const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
		// Folders made before demo accounts existed get their demo password now.
		if (!saved.demoPassword) {
			saved.demoPassword = randomBytes(12).toString('base64url');
			fs.writeFileSync(file, JSON.stringify(saved, null, '\t'), { mode: 0o600 });
		}
		return saved;
	}
	const secrets = {
		jwtSecret: randomBytes(48).toString('base64url'),
		postgresPassword: randomBytes(24).toString('base64url'),
		authenticatorPassword: randomBytes(24).toString('base64url'),
		meiliMasterKey: randomBytes(32).toString('base64url'),
		demoPassword: randomBytes(12).toString('base64url')
	};
	fs.writeFileSync(file, JSON.stringify(secrets, null, '\t'), { mode: 0o600 });
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
