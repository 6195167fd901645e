import { HttpFailure } from '@queue/client';

/**
 * What to tell a staff member whose sign-in did not succeed. The common cases get the screen's own words
 * (`common:signIn.problem.*`, in the chosen language); any other refusal keeps the server's text.
 */
export type SignInProblem =
  | { kind: 'wrong' | 'invalid' | 'rateLimited' | 'unreachable' | 'failed' }
  | { kind: 'server'; text: { ru: string; en: string } };

export const signInProblem = (failure: unknown): SignInProblem => {
  if (!(failure instanceof HttpFailure)) return { kind: 'failed' };
  switch (failure.code) {
    case 'unauthenticated':
      return { kind: 'wrong' };
    case 'invalid_payload':
      return { kind: 'invalid' };
    case 'rate_limited':
      return { kind: 'rateLimited' };
    case 'unreachable':
      return { kind: 'unreachable' };
    default:
      return failure.text ? { kind: 'server', text: failure.text } : { kind: 'failed' };
  }
};

/** Whether the server looked at the PIN: then it is typed afresh; after a lost connection it is kept. */
export const serverAnswered = (problem: SignInProblem): boolean =>
  problem.kind !== 'unreachable' && problem.kind !== 'failed';
