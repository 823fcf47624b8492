/**
 * The client's address for throttling, never an error: behind a proxy, adapter-node throws when
 * the ADDRESS_HEADER it was told to read is missing from a request. Such requests share the key
 * `unknown`, so a sign-in without the header is still limited and never becomes a 500.
 */
export function clientAddress(getClientAddress: () => string): string {
	try {
		return getClientAddress() || 'unknown';
	} catch {
		return 'unknown';
	}
}
