// The Programme area of the API: the reach figures of /programme as JSON.
import type { Operation } from '../answers';

export function programmeOperations(): Operation[] {
	return [];
}
