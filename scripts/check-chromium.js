// Browser tests drive the system's Chromium (Playwright cannot download its own here).
import fs from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!fs.existsSync(chromiumPath)) {
	console.error(
		`Chromium was not found at ${chromiumPath}; the browser tests need it.\n` +
			'On Debian or Ubuntu: sudo apt-get install chromium fonts-noto-core\n' +
			'Or point CHROMIUM_PATH at another Chromium or Chrome binary.'
	);
	process.exit(1);
}
