import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const env: Record<string, string | undefined> = {};
vi.mock('$env/dynamic/private', () => ({ env }));

const { checkOwnerConfig, logoFile, MAX_LOGO_BYTES, owner } = await import('./owner');

afterEach(() => {
	for (const key of Object.keys(env)) delete env[key];
});

describe('the owner of a deployment', () => {
	it('is what the environment names, Hindi where given', () => {
		Object.assign(env, {
			OWNER_NAME: 'Smart Cities Mission, MoHUA',
			OWNER_NAME_HI: 'स्मार्ट सिटी मिशन',
			OWNER_MINISTRY: 'Ministry of Housing and Urban Affairs',
			OWNER_ADDRESS: 'Nirman Bhawan, New Delhi',
			OWNER_EMAIL: 'citysetu@example.gov.in'
		});
		expect(owner()).toEqual({
			name: { en: 'Smart Cities Mission, MoHUA', hi: 'स्मार्ट सिटी मिशन' },
			ministry: { en: 'Ministry of Housing and Urban Affairs', hi: null },
			address: 'Nirman Bhawan, New Delhi',
			email: 'citysetu@example.gov.in',
			logo: false,
			demo: false
		});
	});

	it('is a fictional demo owner on the local stack, and none elsewhere unless named', () => {
		env.CITYSETU_LOCAL_STACK = '1';
		expect(owner()).toMatchObject({
			demo: true,
			name: { en: expect.stringContaining('fictional') }
		});
		delete env.CITYSETU_LOCAL_STACK;
		expect(owner()).toBeNull();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		checkOwnerConfig();
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('OWNER_NAME'));
		warn.mockRestore();
	});

	it('serves a configured logo of a known image type and sensible size, and refuses others', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'owner-'));
		const svg = path.join(dir, 'logo.svg');
		fs.writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"/>');
		env.OWNER_LOGO_FILE = svg;
		expect(logoFile()).toEqual({ path: svg, type: 'image/svg+xml' });
		const gif = path.join(dir, 'logo.gif');
		fs.writeFileSync(gif, 'GIF89a');
		env.OWNER_LOGO_FILE = gif;
		expect(() => logoFile()).toThrow(/OWNER_LOGO_FILE must be/);
		const big = path.join(dir, 'big.png');
		fs.writeFileSync(big, Buffer.alloc(MAX_LOGO_BYTES + 1));
		env.OWNER_LOGO_FILE = big;
		expect(() => logoFile()).toThrow(/at most/);
		fs.rmSync(dir, { recursive: true });
	});
});
