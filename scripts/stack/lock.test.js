import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './lock.js';

const dirs = [];
const children = [];
afterEach(() => {
	for (const child of children.splice(0)) child.kill('SIGKILL');
	for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function folder() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-lock-'));
	dirs.push(dir);
	return dir;
}

/** A live Node process other than this one, as a second launcher would be. */
function otherLauncher() {
	const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
	children.push(child);
	return child.pid;
}

describe('the data folder lock', () => {
	it('is taken, released and taken again', () => {
		const dir = folder();
		const lock = lockDataDir(dir);
		expect(JSON.parse(fs.readFileSync(path.join(dir, 'stack.lock'), 'utf8'))).toEqual({
			pid: process.pid
		});
		lock.release();
		expect(fs.existsSync(path.join(dir, 'stack.lock'))).toBe(false);
		lockDataDir(dir).release();
	});

	it('refuses while another launcher holds it, naming its process and address', () => {
		const dir = folder();
		const pid = otherLauncher();
		fs.writeFileSync(
			path.join(dir, 'stack.lock'),
			JSON.stringify({ pid, url: 'http://localhost:3000' })
		);
		expect(() => lockDataDir(dir)).toThrow(
			`CitySetu already runs from ${dir} (process ${pid}, at http://localhost:3000)`
		);
	});

	it('takes over a lock whose launcher has died', async () => {
		const dir = folder();
		const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
		await new Promise((resolve) => child.on('exit', resolve));
		fs.writeFileSync(path.join(dir, 'stack.lock'), JSON.stringify({ pid: child.pid }));
		const lock = lockDataDir(dir);
		lock.describe('http://localhost:3001');
		expect(JSON.parse(fs.readFileSync(path.join(dir, 'stack.lock'), 'utf8'))).toEqual({
			pid: process.pid,
			url: 'http://localhost:3001'
		});
		lock.release();
	});

	it('refuses while services of a launcher that died still run, naming them', async () => {
		const dir = folder();
		const dead = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
		await new Promise((resolve) => dead.on('exit', resolve));
		const service = otherLauncher();
		fs.writeFileSync(
			path.join(dir, 'stack.lock'),
			JSON.stringify({ pid: dead.pid, services: [{ name: 'node', pid: service }] })
		);
		expect(() => lockDataDir(dir)).toThrow(
			`services of a CitySetu start that was killed still run from ${dir}: node (process ${service}). Stop them with \`kill ${service}\``
		);
	});
});
