import { area } from './area';

// Strings of the assessments area, English and Hindi side by side.
export const assessments = area({}, {});
