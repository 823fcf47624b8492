/** Only a path on this site may be a redirect target, never another origin. */
export function safeRedirectTarget(value: unknown): string {
	if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/';
	if (value.includes('\\') || /[\r\n\t]/.test(value)) return '/';
	return value;
}
