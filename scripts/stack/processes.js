import fs from 'node:fs';
import path from 'node:path';

/** True when `pid` is a live process whose program is `name` (as far as this system can tell). */
export function isRunning(pid, name) {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
	} catch (error) {
		if (error.code !== 'EPERM') return false;
	}
	try {
		// A zombie (ended, not yet reaped by its parent) has ended.
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		if (/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2))) return false;
		const comm = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
		const argv0 = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
		return comm === name || path.basename(argv0).includes(name);
	} catch {
		// Without /proc, trust the signal; with it, the process has just ended.
		return !fs.existsSync('/proc/self');
	}
}
