// The assessments API.
import type { Operation } from '../answers';

export const assessmentOperations = (): Operation[] => [];
