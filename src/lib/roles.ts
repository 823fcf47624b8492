// The app's roles: the Postgres enum `app_role`, through the generated constants, so there is
// one list and the database owns it.
import { Constants } from './database.types';
import type { Enums } from './database.types';

/** Every role, from the widest access to the narrowest. */
export const roles = Constants.public.Enums.app_role;

export type Role = Enums<'app_role'>;
