import { area } from './area';

export const dashboard = area({}, {});
