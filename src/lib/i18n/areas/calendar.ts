import { area } from './area';

export const calendar = area({}, {});
