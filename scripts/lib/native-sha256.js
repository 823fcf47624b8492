// SvelteKit hashes every inline script of a page for its content security policy (`csp.mode:
// 'hash'`, which lets a cache in front keep public pages). It does so in JavaScript (a port of
// SJCL's SHA-256, so that it runs on any platform), over the script that carries the page's
// hydration data. On a 25 KB city page that took 270 µs a request, 7–10% of the page's CPU in a
// profile; Node's own SHA-256 gives the same digest in 44 µs. The app runs only on Node, so its
// server build takes this module in place of SvelteKit's (the Vite plugin below). The digest is
// the same: a unit test compares the two, and the browser tests check that every inline script
// still runs under the policy and no other does.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

/** SHA-256 of a string's UTF-8 bytes, in base64, as SvelteKit's `sha256` returns it. */
export function sha256(data) {
	return createHash('sha256').update(data, 'utf8').digest('base64');
}

/** The module of SvelteKit's that the plugin replaces (its only export is `sha256`). */
export const KIT_SHA256_MODULE = '/@sveltejs/kit/src/runtime/server/page/crypto.js';

/**
 * A Vite plugin: the server build's SHA-256 for the CSP is this module's, not SvelteKit's own.
 * Only in `vite build` (the dev server and the tests load SvelteKit's module as it is).
 */
export function nativeSha256() {
	const self = fileURLToPath(import.meta.url);
	return {
		name: 'citysetu:native-sha256',
		enforce: 'pre',
		apply: 'build',
		/**
		 * @param {string} id
		 * @param {{ ssr?: boolean }} [options]
		 */
		load(id, options) {
			if (!options?.ssr || !id.endsWith(KIT_SHA256_MODULE)) return null;
			return `export { sha256 } from ${JSON.stringify(self)};\n`;
		}
	};
}
