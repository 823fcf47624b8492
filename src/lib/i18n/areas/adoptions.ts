import { area } from './area';

// Strings of the adoptions area, English and Hindi side by side.
export const adoptions = area({}, {});
