import { config } from '../env';

/**
 * A link for mail or for an admin to hand over, on the configured public origin. Never built
 * from the request: its Host header is the sender's to choose.
 */
export function accountLink(path: string): string {
	const origin = config.publicOrigin;
	if (!origin) {
		throw new Error('Set ORIGIN (or PUBLIC_ORIGIN) to the public URL to create account links.');
	}
	return origin + path;
}
