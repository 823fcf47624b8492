import { area } from './area';

// Strings of the assessment admin area, English and Hindi side by side.
export const assessmentAdmin = area({}, {});
