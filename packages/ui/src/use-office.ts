import { type OfficeClient, type ReplicaState, connectOffice } from '@queue/client';
import type { View } from '@queue/protocol';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';

/** The office server: the page's own origin unless `?server=` says otherwise (the desktop shell sets it). */
export const serverUrl = (): string => new URLSearchParams(location.search).get('server') ?? location.origin;

/** One replica per page for a token; reconnects by itself. */
export const useOfficeClient = <V extends View>(token: string | null): OfficeClient<V> | null => {
  const [client, setClient] = useState<OfficeClient<V> | null>(null);
  useEffect(() => {
    if (!token) return;
    const created = connectOffice<V>({ url: serverUrl(), token });
    setClient(created);
    return () => created.close();
  }, [token]);
  return client;
};

export const useReplica = <V extends View, T>(
  client: OfficeClient<V>,
  select: (s: ReplicaState<V>) => T,
): T => useStore(client.store, select);

/** "Now" on the server's clock, ticking every `everyMs`, for timers against norms. */
export const useServerNow = (client: OfficeClient<View> | null, everyMs = 1000): number => {
  const offset = client?.store.getState().clockOffsetMs ?? 0;
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now() + (client?.store.getState().clockOffsetMs ?? 0)), everyMs);
    return () => clearInterval(id);
  }, [client, everyMs]);
  return now;
};
