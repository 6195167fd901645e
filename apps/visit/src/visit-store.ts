import { HttpFailure, officeHttp } from '@queue/client';
import type { VisitView, WireDetails } from '@queue/protocol';
import { createStore } from 'zustand/vanilla';

type VisitFeedbackKind = 'thanks' | 'complaint' | 'suggestion' | 'review';

export type Problem = { code: string; details: WireDetails } | null;

export interface VisitState {
  view: VisitView | null;
  /** `notFound`: the token opens no ticket; `offline`: the office did not answer the last refresh. */
  status: 'loading' | 'ok' | 'notFound' | 'offline';
  problem: Problem;
  busy: boolean;
  /** When the page last heard from the office (this phone's clock). */
  updatedAt: number | null;
}

/** How often the page asks again while open: the call reaches the phone within this time. */
export const REFRESH_MS = 4000;

/**
 * The page's one source of truth: the visitor's ticket as the office sees it, asked for every few
 * seconds over plain HTTP (a proxy of the head office's service can forward it as it is), and the
 * visitor's two actions. The API is found relative to the page (`../api/…`), so the page works under
 * any prefix that serves it.
 */
export const createVisitStore = (token: string, base: string) => {
  const http = officeHttp({ server: base, token, timeoutMs: 10_000 });
  const store = createStore<VisitState>(() => ({
    view: null,
    status: 'loading',
    problem: null,
    busy: false,
    updatedAt: null,
  }));

  const failed = (error: unknown) => {
    if (error instanceof HttpFailure && error.code === 'not_found') {
      store.setState({ status: 'notFound', view: null });
    } else if (error instanceof HttpFailure && (error.code === 'unreachable' || error.status === null)) {
      store.setState({ status: 'offline' });
    } else {
      store.setState({ status: store.getState().view ? 'ok' : 'offline' });
    }
  };

  const refresh = async () => {
    try {
      const view = await http.call('visit');
      store.setState({ view, status: 'ok', updatedAt: Date.now() });
    } catch (error) {
      failed(error);
    }
  };

  const act = async (send: () => Promise<VisitView>) => {
    store.setState({ busy: true, problem: null });
    try {
      const view = await send();
      store.setState({ view, status: 'ok', busy: false, updatedAt: Date.now() });
    } catch (error) {
      const problem =
        error instanceof HttpFailure
          ? { code: error.code, details: error.details ?? {} }
          : { code: 'failed', details: {} };
      store.setState({ busy: false, problem });
      if (error instanceof HttpFailure && error.code === 'not_found') failed(error);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const loop = async () => {
    await refresh();
    timer = setTimeout(loop, REFRESH_MS);
  };

  return {
    store,
    start: () => {
      void loop();
      // A phone wakes a page in the background late: refresh as soon as it is shown again.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void refresh();
      });
    },
    stop: () => clearTimeout(timer),
    stepOut: (minutes: number) => act(() => http.call('visitStepOut', { body: { minutes } })),
    stepIn: () => act(() => http.call('visitStepIn')),
    feedback: (body: { rating: number; kind: VisitFeedbackKind | null; text: string | null }) =>
      act(() => http.call('visitFeedback', { body })),
  };
};

export type VisitStore = ReturnType<typeof createVisitStore>;
