/** A short, readable name for a browser's user-agent string: "Chrome on Android". */
export function describeDevice(userAgent: string | null): string | null {
	if (!userAgent) return null;
	const browsers: [RegExp, string][] = [
		[/Edg\//, 'Edge'],
		[/OPR\/|Opera/, 'Opera'],
		[/SamsungBrowser/, 'Samsung Internet'],
		[/Firefox\//, 'Firefox'],
		[/Chrome\/|Chromium\/|CriOS/, 'Chrome'],
		[/Safari\//, 'Safari'],
		[/curl\//, 'curl']
	];
	const systems: [RegExp, string][] = [
		[/Android/, 'Android'],
		[/iPhone|iPad|iPod/, 'iOS'],
		[/Windows/, 'Windows'],
		[/Mac OS X|Macintosh/, 'macOS'],
		[/CrOS/, 'ChromeOS'],
		[/Linux/, 'Linux']
	];
	const browser = browsers.find(([pattern]) => pattern.test(userAgent))?.[1];
	const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1];
	if (browser && system) return `${browser} · ${system}`;
	return browser ?? system ?? userAgent.slice(0, 60);
}
