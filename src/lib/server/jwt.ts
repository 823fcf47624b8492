// HS256 JSON Web Tokens, the format PostgREST and Supabase verify. Free of SvelteKit imports so
// the local-stack launcher signs its API keys with the same code.
import { createHmac } from 'node:crypto';

/** Signs a payload as an HS256 JWT with the given secret. */
export function signJwt(payload: Record<string, unknown>, secret: string): string {
	const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const head = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
	return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}
