/** Roles in ascending order of authority; a role may do everything the roles below it may. */
export const ROLES = ['clerk', 'specialist', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function roleAllows(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}
