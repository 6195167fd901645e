/**
 * "Now" on the office server's clock, ticking every second. It follows the replica's clock offset as
 * soon as the server's welcome sets it, so the very first render after connecting already shows
 * timers and the office clock right (a value computed once before the welcome would be off by the
 * whole difference between this computer's clock and the server's until the next tick).
 */
import type { OfficeClient } from '@queue/client';
import type { View } from '@queue/protocol';
import { useReplica } from '@queue/ui';
import { useEffect, useState } from 'react';

export const useOfficeNow = <V extends View>(client: OfficeClient<V>, everyMs = 1000): number => {
  const offset = useReplica(client, (s) => s.clockOffsetMs);
  const [local, setLocal] = useState(Date.now);
  useEffect(() => {
    const id = setInterval(() => setLocal(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return local + offset;
};
