// Strings of the programme reach dashboard (/programme, /programme/reach), English and Hindi side by side.
import { area } from './area';

export const reach = area({}, {});
