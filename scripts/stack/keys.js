import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function base64url(input) {
	return Buffer.from(input).toString('base64url');
}

/** Signs an HS256 JWT, the format PostgREST and Supabase expect for API keys. */
export function signJwt(payload, secret) {
	const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
	const body = base64url(JSON.stringify(payload));
	const signature = createHmac('sha256', secret).update(`${header}.${body}`).digest('base64url');
	return `${header}.${body}.${signature}`;
}

/**
 * Loads the local stack's secrets, generating them on first use. They live with the data so a
 * restart keeps the same keys (and the same sessions and search index).
 */
export function loadSecrets(dataDir) {
	const file = path.join(dataDir, 'secrets.json');
	if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
	const secrets = {
		jwtSecret: randomBytes(48).toString('base64url'),
		postgresPassword: randomBytes(24).toString('base64url'),
		authenticatorPassword: randomBytes(24).toString('base64url'),
		meiliMasterKey: randomBytes(32).toString('base64url')
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
