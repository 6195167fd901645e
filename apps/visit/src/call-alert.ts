import type { VisitView } from '@queue/protocol';

/**
 * What makes a new call on the phone: the moment of the call and how many times it was repeated. The
 * page alerts once per key (a repeated call is a new key), never for a call it found already made when
 * it opened, and never again on the next refresh of the same call.
 */
export const callKey = (view: VisitView | null): string | null =>
  view?.state === 'called' ? `${view.calledAt}:${view.recalls}` : null;

export const createCallTracker = () => {
  let last: string | null | undefined;
  return {
    /** True when this view brings a call the page has not alerted yet. */
    arrived(view: VisitView | null): boolean {
      const key = callKey(view);
      const first = last === undefined;
      const fresh = key !== null && key !== last;
      last = key;
      // The first view seen sets the baseline only when it is already a call: the visitor opened the
      // page while called and sees it on screen; later calls alert.
      return fresh && !(first && view !== null && view.serverTime - (view.calledAt ?? 0) > 60_000);
    },
  };
};
