import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 as kitSha256 } from '../../node_modules/@sveltejs/kit/src/runtime/server/page/crypto.js';
import { KIT_SHA256_MODULE, nativeSha256, sha256 } from './native-sha256.js';

const kitDir = path.dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
/** A file of SvelteKit's, by its path in the package (KIT_SHA256_MODULE's form). */
const kitFile = (file) => path.join(kitDir, file.replace(/^\/@sveltejs\/kit\//, ''));
const cspModule = kitFile('src/runtime/server/page/csp.js');

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
		const id = kitFile(KIT_SHA256_MODULE);
		expect(plugin.load(id, { ssr: true })).toContain('native-sha256.js');
		expect(plugin.load(id, { ssr: false })).toBeNull();
		expect(plugin.load(id)).toBeNull();
		expect(plugin.load(cspModule, { ssr: true })).toBeNull();
	});

	it('still matches SvelteKit: the module exists, exports only sha256, and the CSP imports it', () => {
		const module = fs.readFileSync(kitFile(KIT_SHA256_MODULE), 'utf8');
		expect(
			[...module.matchAll(/^export (?:function|const|let|class) (\w+)/gm)].map((m) => m[1])
		).toEqual(['sha256']);
		const csp = fs.readFileSync(cspModule, 'utf8');
		expect(csp).toContain("import { sha256 } from './crypto.js';");
	});
});
