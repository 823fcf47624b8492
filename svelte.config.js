import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// CITYSETU_BUILD_DIR lets the test run build beside a running `npm start` without breaking it.
		adapter: adapter({ out: process.env.CITYSETU_BUILD_DIR ?? 'build', precompress: true }),
		// SvelteKit adds the SHA-256 hash of each of its own inline scripts to script-src; nothing
		// else may run. Hashes rather than nonces: a nonce differs in every response, so no
		// public page could be kept by a cache or answered 304 (tests/e2e/http-cache.spec.ts).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		},
		alias: {
			$server: 'src/lib/server'
		}
	}
};

export default config;
