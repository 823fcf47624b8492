// The adoptions API.
import type { Operation } from '../answers';

export const adoptionOperations = (): Operation[] => [];
