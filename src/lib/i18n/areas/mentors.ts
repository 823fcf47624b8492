import { area } from './area';

export const mentors = area({}, {});
