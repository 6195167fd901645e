import { login } from '@queue/client';
import type { TFunction } from 'i18next';
import { type SignInProblem, signInProblem } from './sign-in-problem.js';

/**
 * The administrator's PIN in front of a public screen's settings — the kiosk's settings and exit, the
 * hall display's announcements (DESIGN §5, issue 19): checked by the server's `/api/login`, accepted only
 * for a staff member with the administrator role.
 *
 * The kiosk keeps no lockout of its own any more: the server refuses a login after five wrong PINs
 * (429 `rate_limited`, one more try a minute) and an address after thirty, and unlike a count in the
 * page it is not reset by reloading the kiosk. A second, local count would only tell the administrator
 * a different wait from the server's.
 */
export type AdminSignIn =
  | { ok: true; name: string }
  | { ok: false; problem: SignInProblem | { kind: 'notAdmin' } };

export const signInAdministrator = async (
  url: string,
  loginName: string,
  pin: string,
): Promise<AdminSignIn> => {
  try {
    const answer = await login(url, loginName.trim(), pin.trim());
    return answer.staff.roles.includes('administrator')
      ? { ok: true, name: answer.staff.fullName }
      : { ok: false, problem: { kind: 'notAdmin' } };
  } catch (failure) {
    return { ok: false, problem: signInProblem(failure) };
  }
};

/**
 * What the PIN screen says about a refusal: the screen's own words where it has them (`texts`, e.g.
 * `kiosk:admin`: `wrong`, `notAdmin`, `unreachable`, `rateLimited`), the staff sign-in's common ones
 * otherwise, and the server's text for anything else, in the chosen language.
 */
export const adminRefusalText = (
  problem: Extract<AdminSignIn, { ok: false }>['problem'],
  t: TFunction,
  language: string,
  texts: string,
): string => {
  switch (problem.kind) {
    case 'wrong':
    case 'notAdmin':
    case 'unreachable':
    case 'rateLimited':
      return t(`${texts}.${problem.kind}`);
    case 'invalid':
    case 'failed':
      return t(`common:signIn.problem.${problem.kind}`);
    case 'server':
      return problem.text[language === 'en' ? 'en' : 'ru'];
  }
};
