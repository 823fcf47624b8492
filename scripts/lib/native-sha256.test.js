import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 as kitSha256 } from '../../node_modules/@sveltejs/kit/src/runtime/server/page/crypto.js';
import { KIT_SHA256_MODULE, nativeSha256, sha256 } from './native-sha256.js';

const kitDir = path.dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));

describe('native SHA-256 for the CSP', () => {
	it('gives the digest SvelteKit computes, for any text an inline script may hold', () => {
		// SvelteKit's own JavaScript SHA-256, not this module's stand-in for it.
		expect(kitSha256.toString()).toContain('precompute');
		const texts = [
			'',
			'/* empty */',
			'{"city":"Rajkot","name_local":"રાજકોટ","hi":"राजकोट"}',
			'emoji 🏙️ and a lone high surrogate \ud800',
			'x'.repeat(25_639)
		];
		for (const text of texts) expect(sha256(text)).toBe(kitSha256(text));
		// A known vector: SvelteKit's own constant for "/* empty */".
		expect(sha256('/* empty */')).toBe('9OlNO0DNEeaVzHL4RZwCLsBHA8WBQ8toBp/4F5XV2nc=');
	});

	it('replaces SvelteKit’s module in the server build only', () => {
		const plugin = nativeSha256();
		expect(plugin.apply).toBe('build');
		const id = path.join(kitDir, 'src/runtime/server/page/crypto.js');
		expect(plugin.load(id, { ssr: true })).toContain('native-sha256.js');
		expect(plugin.load(id, { ssr: false })).toBeNull();
		expect(plugin.load(id)).toBeNull();
		expect(
			plugin.load(path.join(kitDir, 'src/runtime/server/page/csp.js'), { ssr: true })
		).toBeNull();
	});

	it('still matches SvelteKit: the module exists, exports only sha256, and the CSP imports it', () => {
		const module = fs.readFileSync(
			path.join(kitDir, KIT_SHA256_MODULE.split('/@sveltejs/kit/')[1]),
			'utf8'
		);
		expect(
			[...module.matchAll(/^export (?:function|const|let|class) (\w+)/gm)].map((m) => m[1])
		).toEqual(['sha256']);
		const csp = fs.readFileSync(path.join(kitDir, 'src/runtime/server/page/csp.js'), 'utf8');
		expect(csp).toContain("import { sha256 } from './crypto.js';");
	});
});
