// Strings of the map of India on the reach dashboard, English and Hindi side by side.
import { area } from './area';

export const reachMap = area({}, {});
