import { type OfficeClient, type ReplicaState, connectOffice, createReplicaStore } from '@queue/client';
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

/** Stands in for a client that is not there yet, so the hooks below keep one call order. */
const NO_CLIENT = createReplicaStore();

/**
 * "Now" on the server's clock, ticking every `everyMs`, for timers against norms. The offset is read
 * from the store on every render, so the first reading after the server's welcome is already right.
 */
export const useServerNow = (client: OfficeClient<View> | null, everyMs = 1000): number => {
  const [local, setLocal] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setLocal(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  const offset = useStore(client?.store ?? NO_CLIENT, (s) => s.clockOffsetMs);
  return local + offset;
};
