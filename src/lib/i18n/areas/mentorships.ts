import { area } from './area';

export const mentorships = area({}, {});
