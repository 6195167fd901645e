import type { OfficeClient } from '@queue/client';
import type { CommandInput, CommandResponse, StaffView, WireError } from '@queue/protocol';
import { useCallback, useRef, useState } from 'react';

export interface CommandRunner {
  /** Sends a command unless one is already on its way; resolves with the answer, or null when skipped. */
  run: (command: CommandInput) => Promise<CommandResponse | null>;
  pending: boolean;
  /** The last refusal, in the words of the server (`error.message`), until dismissed or the next success. */
  refusal: WireError | null;
  dismiss: () => void;
}

/**
 * One command at a time from this console. A double click or a key held down would otherwise send
 * "call next" twice and call two visitors to one window; the lock is a ref, so it holds even between
 * two events of the same frame, before React re-renders the disabled buttons.
 */
export const useCommand = (client: OfficeClient<StaffView>): CommandRunner => {
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<WireError | null>(null);

  const run = useCallback(
    async (command: CommandInput) => {
      if (busy.current) return null;
      busy.current = true;
      setPending(true);
      try {
        const response = await client.send(command);
        setRefusal(response.ok ? null : response.error);
        return response;
      } finally {
        busy.current = false;
        setPending(false);
      }
    },
    [client],
  );

  return { run, pending, refusal, dismiss: useCallback(() => setRefusal(null), []) };
};
