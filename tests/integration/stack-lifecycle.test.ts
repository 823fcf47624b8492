import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../scripts/stack/migrate.js';
import { loadSecrets } from '../../scripts/stack/keys.js';
import { startStack } from '../../scripts/stack/index.js';
import { seedReferenceData } from '../../scripts/lib/seed.js';
import { createSupabase } from '../../src/lib/server/supabase';

// These tests start and stop stacks of their own in a throwaway folder, to prove what the shared
// stack cannot: restarts keep data, crashed services come back, bad folders are refused.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-lifecycle-'));
const silent = { info() {}, warn() {}, error() {} };

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const clientFor = (env: Record<string, string>) =>
	createSupabase({
		url: env.SUPABASE_URL,
		key: env.SUPABASE_SERVICE_ROLE_KEY,
		barePostgrest: true
	});

describe('the local stack', () => {
	it('keeps data across restarts, applying migrations and seeds only once', async () => {
		const first = await startStack({ dataDir, env: {}, quiet: true });
		try {
			const db = clientFor(first.env);
			const { error } = await db
				.from('cities')
				.update({ spv_name: 'Edited on the platform' })
				.eq('slug', 'sagar');
			expect(error).toBeNull();
		} finally {
			await first.stop();
		}

		const second = await startStack({ dataDir, env: {}, quiet: true });
		try {
			const db = clientFor(second.env);
			const { data } = await db.from('cities').select('spv_name').eq('slug', 'sagar').single();
			expect(data?.spv_name).toBe('Edited on the platform');
			const { count } = await db.from('cities').select('*', { count: 'exact', head: true });
			expect(count).toBe(100);
			const secrets = loadSecrets(dataDir);
			const applied = await migrate({
				url: second.env.DATABASE_URL,
				authenticatorPassword: secrets.authenticatorPassword,
				log: silent
			});
			expect(applied).toBe(0);
			expect(await seedReferenceData(db, silent)).toBeNull();
		} finally {
			await second.stop();
		}
	});

	it('restarts a crashed service and stops every child on stop()', async () => {
		const stack = await startStack({ dataDir, env: {}, quiet: true });
		const pids: number[] = [];
		try {
			const postgrest = stack.services.find((s) => s.name === 'postgrest');
			if (!postgrest) throw new Error('the stack has no PostgREST');
			const before = postgrest.pid;
			postgrest.crash();
			await expect
				.poll(
					async () => {
						const response = await fetch(`${stack.env.SUPABASE_URL}/cities?select=slug&limit=1`, {
							headers: { apikey: stack.env.SUPABASE_ANON_KEY }
						}).catch(() => null);
						return response?.status;
					},
					{ timeout: 20_000, interval: 250 }
				)
				.toBe(200);
			expect(postgrest.pid).not.toBe(before);
			pids.push(...stack.services.map((s) => s.pid).filter((pid) => pid !== undefined));
		} finally {
			await stack.stop();
		}
		for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
	});

	it('refuses a data folder it cannot use, with a message saying why', async () => {
		const file = path.join(dataDir, 'not-a-folder');
		fs.writeFileSync(file, 'x');
		await expect(startStack({ dataDir: file, env: {}, quiet: true })).rejects.toThrow(
			/data folder .* cannot be used/
		);
		const stray = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-stray-'));
		fs.mkdirSync(path.join(stray, 'postgres'));
		fs.writeFileSync(path.join(stray, 'postgres', 'keep-me.txt'), 'precious');
		try {
			await expect(startStack({ dataDir: stray, env: {}, quiet: true })).rejects.toThrow(
				/not empty but holds no Postgres cluster/
			);
			expect(fs.readFileSync(path.join(stray, 'postgres', 'keep-me.txt'), 'utf8')).toBe('precious');
			// The search server started alongside must not be left running.
			expect(() => execFileSync('pgrep', ['-f', stray])).toThrow();
		} finally {
			fs.rmSync(stray, { recursive: true, force: true });
		}
	});

	it('starts no local service for what the environment points elsewhere', async () => {
		const stack = await startStack({
			dataDir,
			env: { SUPABASE_URL: 'https://example.supabase.co' },
			quiet: true
		});
		try {
			expect(stack.services.map((s) => s.name)).toEqual(['meilisearch']);
			expect(stack.env.SUPABASE_URL).toBeUndefined();
			expect(stack.env.MEILISEARCH_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		} finally {
			await stack.stop();
		}
	});
});
