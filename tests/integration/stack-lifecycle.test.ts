import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../scripts/stack/migrate.js';
import { apiKeys, loadSecrets } from '../../scripts/stack/keys.js';
import { startStack } from '../../scripts/stack/index.js';
import { startMeilisearch } from '../../scripts/stack/meilisearch.js';
import { freePort } from '../../scripts/stack/ports.js';
import { createLogger } from '../../scripts/stack/log.js';
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

// Processes whose command line names a folder: what a failed start may leave behind.
function processesIn(folder: string): number[] {
	try {
		return execFileSync('pgrep', ['-f', folder], { encoding: 'utf8' })
			.split('\n')
			.filter(Boolean)
			.map(Number);
	} catch {
		return [];
	}
}

function isAlive(pid: number) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** A fresh folder with a stack started and stopped once: a cluster, secrets and search data. */
async function usedFolder(prefix: string) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	const stack = await startStack({ dataDir: dir, env: {}, quiet: true });
	await stack.stop();
	return dir;
}

describe('a start that fails', () => {
	const folders: string[] = [];
	afterAll(() => {
		for (const folder of folders) {
			// Should a test fail, end what it left running (by id) before removing its folder.
			for (const pid of processesIn(folder)) process.kill(pid, 'SIGKILL');
			fs.rmSync(folder, { recursive: true, force: true });
		}
	});

	it('refuses a folder another stack runs from, at once, naming the folder and process', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-busy-'));
		folders.push(dir);
		const first = await startStack({ dataDir: dir, env: {}, quiet: true });
		try {
			const started = Date.now();
			const second = startStack({ dataDir: dir, env: {}, quiet: true });
			await expect(second).rejects.toThrow(
				new RegExp(`already runs from ${dir}.*process ${process.pid}`)
			);
			expect(Date.now() - started).toBeLessThan(3_000);
			// The running stack is untouched by the refused start.
			const { count } = await clientFor(first.env)
				.from('cities')
				.select('*', { count: 'exact', head: true });
			expect(count).toBe(100);
		} finally {
			await first.stop();
		}
	}, 60_000);

	it('refuses a Postgres left running in the folder by a launcher that was killed', async () => {
		const dir = await usedFolder('citysetu-orphan-');
		folders.push(dir);
		const { startPostgres } = await import('../../scripts/stack/postgres.js');
		const secrets = loadSecrets(dir);
		const { freePort } = await import('../../scripts/stack/ports.js');
		const { service } = await startPostgres({
			dir: path.join(dir, 'postgres'),
			port: await freePort(),
			password: secrets.postgresPassword,
			log: silent
		});
		try {
			await expect(startStack({ dataDir: dir, env: {}, quiet: true })).rejects.toThrow(
				new RegExp(`Postgres server \\(process ${service.pid}\\) still runs from ${dir}`)
			);
		} finally {
			await service.stop('SIGINT');
		}
	}, 60_000);

	it('names every service a launcher killed outright left running', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-killed-'));
		folders.push(dir);
		const child = spawn(process.execPath, ['scripts/stack.js'], {
			env: { PATH: process.env.PATH, CITYSETU_DATA_DIR: dir },
			stdio: 'ignore',
			detached: true
		});
		const exited = new Promise((resolve) => child.on('exit', resolve));
		await expect
			.poll(() => fs.existsSync(path.join(dir, 'stack.env')), { timeout: 60_000 })
			.toBe(true);
		child.kill('SIGKILL');
		await exited;
		const left = processesIn(dir);
		expect(left.length).toBeGreaterThan(0);
		const refused = startStack({ dataDir: dir, env: {}, quiet: true });
		await expect(refused).rejects.toThrow(/services of a CitySetu start that was killed still run/);
		const message = await refused.then(
			() => '',
			(error: Error) => error.message
		);
		for (const pid of left) expect(message).toContain(`(process ${pid})`);
		// As the message says: `kill` every process it names (PostgREST's too).
		const named = [...message.matchAll(/\(process (\d+)\)/g)].map((match) => Number(match[1]));
		for (const pid of named) process.kill(pid, 'SIGTERM');
		await expect.poll(() => processesIn(dir), { timeout: 15_000 }).toEqual([]);
		const stack = await startStack({ dataDir: dir, env: {}, quiet: true });
		await stack.stop();
	}, 90_000);

	it('refuses a folder whose secrets are gone, and writes no new ones', async () => {
		const dir = await usedFolder('citysetu-nosecrets-');
		folders.push(dir);
		const file = path.join(dir, 'secrets.json');
		fs.renameSync(file, path.join(dir, 'secrets.backup.json'));
		const started = Date.now();
		await expect(startStack({ dataDir: dir, env: {}, quiet: true })).rejects.toThrow(
			/holds data but its secrets file .*secrets\.json is missing.*restore it.*move the folder aside/is
		);
		expect(Date.now() - started).toBeLessThan(3_000);
		expect(fs.existsSync(file)).toBe(false);
		// With the file back, the same data opens again.
		fs.renameSync(path.join(dir, 'secrets.backup.json'), file);
		const stack = await startStack({ dataDir: dir, env: {}, quiet: true });
		await stack.stop();
	}, 60_000);

	it('leaves no Postgres holding the folder when it does not become ready', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-notready-'));
		folders.push(dir);
		await expect(
			startStack({
				dataDir: dir,
				env: { MEILISEARCH_URL: 'http://127.0.0.1:9' },
				quiet: true,
				postgresReadyTimeoutMs: 1
			})
		).rejects.toThrow(/Postgres did not become ready/);
		// Whatever the server had started is gone, and it released its lock on the folder.
		await expect.poll(() => processesIn(dir), { timeout: 2_000 }).toEqual([]);
		const lock = path.join(dir, 'postgres', 'postmaster.pid');
		if (fs.existsSync(lock)) {
			expect(isAlive(Number(fs.readFileSync(lock, 'utf8').split('\n')[0]))).toBe(false);
		}
		// And the folder starts normally afterwards.
		const stack = await startStack({ dataDir: dir, env: {}, quiet: true });
		await stack.stop();
	}, 90_000);
});

describe('a start cut short', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-cut-'));
	afterAll(() => {
		for (const pid of processesIn(dir)) process.kill(pid, 'SIGKILL');
		fs.rmSync(dir, { recursive: true, force: true });
	});

	it('by SIGTERM to the launcher alone stops every service it had started', async () => {
		// Its own process group, so the signal reaches the launcher only, as `kill <pid>` does.
		const child = spawn(process.execPath, ['scripts/stack.js'], {
			env: { PATH: process.env.PATH, CITYSETU_DATA_DIR: dir },
			stdio: 'ignore',
			detached: true
		});
		const exited = new Promise((resolve) => child.on('exit', resolve));
		// Postgres has been started (Meilisearch too) but the stack is not ready yet.
		await expect
			.poll(() => processesIn(path.join(dir, 'postgres')).length, { timeout: 60_000 })
			.toBeGreaterThan(0);
		expect(fs.existsSync(path.join(dir, 'stack.json'))).toBe(false);
		child.kill('SIGTERM');
		await exited;
		await expect.poll(() => processesIn(dir), { timeout: 15_000 }).toEqual([]);
		expect(fs.existsSync(path.join(dir, 'stack.lock'))).toBe(false);
	}, 90_000);
});

describe('the local stack’s secrets', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-secrets-'));
	afterAll(() => {
		for (const pid of processesIn(dir)) process.kill(pid, 'SIGKILL');
		fs.rmSync(dir, { recursive: true, force: true });
	});

	it('are readable by their owner only after every start, not only when created', async () => {
		const first = await startStack({ dataDir: dir, env: {}, quiet: true });
		await first.stop();
		const secrets = path.join(dir, 'secrets.json');
		const runtime = path.join(dir, 'stack.json');
		fs.chmodSync(secrets, 0o644);
		// A stack.json left behind by a launcher that was killed, readable by all.
		fs.writeFileSync(runtime, '{}', { mode: 0o644 });
		fs.chmodSync(runtime, 0o644);
		const second = await startStack({ dataDir: dir, env: {}, quiet: true });
		try {
			expect(fs.statSync(secrets).mode & 0o777).toBe(0o600);
			expect(fs.statSync(runtime).mode & 0o777).toBe(0o600);
		} finally {
			await second.stop();
		}
	}, 60_000);

	it('are not printed by `npm run stack`, which says where they are', async () => {
		const child = spawn(process.execPath, ['scripts/stack.js'], {
			env: { PATH: process.env.PATH, CITYSETU_DATA_DIR: dir },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const exited = new Promise((resolve) => child.on('exit', resolve));
		try {
			await expect.poll(() => output, { timeout: 60_000, interval: 200 }).toMatch(/Ctrl\+C/);
		} finally {
			child.kill('SIGINT');
			await exited;
		}
		const saved: Record<string, string> = JSON.parse(
			fs.readFileSync(path.join(dir, 'secrets.json'), 'utf8')
		);
		const keys = apiKeys(saved.jwtSecret);
		for (const value of [...Object.values(saved), ...Object.values(keys)]) {
			expect(output).not.toContain(value);
		}
		// Signed keys differ per start; no JSON Web Token of any kind is printed.
		expect(output).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
		expect(output).toContain(path.join(dir, 'stack.env'));
		expect(output).toMatch(/SUPABASE_URL=http:\/\/127\.0\.0\.1:\d+/);
	}, 90_000);
});

describe('the local Meilisearch', () => {
	it('starts with any generated master key, one that begins with "-" too, and keeps it out of `ps`', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-meili-key-'));
		// base64url keys begin with "-" one time in 64; on the command line that read as an option.
		const masterKey = '-Lifecycle_test_key_0123456789abcdefghij';
		const meili = await startMeilisearch({
			dir,
			port: await freePort(),
			masterKey,
			log: createLogger('meilisearch', { quiet: true }),
			onFatal: () => {}
		});
		try {
			const pid = meili.service.pid;
			if (pid === undefined) throw new Error('Meilisearch has no process');
			expect(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')).not.toContain(masterKey);
			const response = await fetch(`${meili.url}/keys`, {
				headers: { authorization: `Bearer ${masterKey}` }
			});
			expect(response.status).toBe(200);
		} finally {
			await meili.service.stop();
			fs.rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
