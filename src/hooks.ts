import type { Transport } from '@sveltejs/kit';
import { RenderOnly } from '$lib/render-only';

export const transport: Transport = {
	// Never sent: see render-only.ts. `true` is the shortest encoding SvelteKit accepts.
	RenderOnly: {
		encode: (value) => value instanceof RenderOnly && true,
		decode: () => null
	}
};
