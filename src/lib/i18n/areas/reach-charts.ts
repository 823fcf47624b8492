// Strings of the reach dashboard's charts, tables and exports, English and Hindi side by side.
import { area } from './area';

export const reachCharts = area({}, {});
