import type { ConfigProblem, OfficeConfig } from '@queue/engine';

/**
 * A configuration the office can still be managed under (issue 13 §5): at least one member of staff
 * with the manager role who has a PIN, so can sign in and change it again. The engine checks that a
 * manager exists; whether they have a PIN only the server's file knows.
 */
export const managerSignInProblems = (
  config: OfficeConfig,
  pins: Readonly<Record<string, unknown>>,
): ConfigProblem[] => {
  const managers = config.staff.filter((s) => s.roles.includes('manager'));
  // No manager at all is the engine's own problem (`no_manager`), said once.
  if (managers.length === 0 || managers.some((s) => Object.hasOwn(pins, s.id))) return [];
  return [{ code: 'no_manager_can_sign_in' }];
};
