// Data that a server `load` hands to a page it never hydrates (`csr = false`).
//
// SvelteKit serialises every server load's data into the page, hydrated or not. For a report
// page that is work with no reader. Wrapped in RenderOnly, the data reaches the server render as
// it is, while the `transport` hook (src/hooks.ts) writes it as a bare `true`, and a client
// that asks for it (`__data.json`) gets null: nothing of it leaves the server but the HTML.
export class RenderOnly<T> {
	constructor(readonly value: T) {}
}

/** `value`, for the server render alone. */
export function renderOnly<T>(value: T): RenderOnly<T> {
	return new RenderOnly(value);
}
