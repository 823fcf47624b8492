import { area } from './area';

export const adminUsers = area({}, {});
