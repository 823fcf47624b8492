import { area } from './area';

export const suggestions = area({}, {});
