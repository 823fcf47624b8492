// The app's roles, the one list in TypeScript. (Postgres checks the same three values; when roles
// become a Postgres enum, this list should come from the generated `Constants` instead.)

/** Every role, from the widest access to the narrowest. */
export const roles = ['mission_admin', 'mentor', 'city_member'] as const;

export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
