import { type Actor, isRefusal } from '@queue/engine';
import type { RunningServer } from '@queue/server';

const kiosk: Actor = { kind: 'device', deviceId: 'kiosk-1', role: 'kiosk' };
const operator: Actor = { kind: 'staff', staffId: 'op1', roles: ['operator'] };

/** A visitor takes a ticket at the kiosk, through the office's runtime. */
export const takeTicket = (server: RunningServer, serviceId = 'consult'): void => {
  const result = server.runtime.run(
    {
      type: 'ticket.issue',
      serviceIds: [serviceId],
      clientType: 'individual',
      priority: null,
      source: 'kiosk',
    },
    kiosk,
  );
  if (isRefusal(result)) throw new Error(`ticket.issue: ${result.code}`);
};

/**
 * A stretch of an ordinary day at «Окно 1», through the office's own runtime (decide, store, fsync,
 * announce), so the event log grows exactly as it does in service: each visitor takes a ticket, is
 * called, served and finished. Returns the office's seq afterwards.
 */
export const serveVisitors = (server: RunningServer, visitors: number): number => {
  const { runtime } = server;
  const run = (command: Parameters<typeof runtime.run>[0], actor: Actor) => {
    const result = runtime.run(command, actor);
    if (isRefusal(result)) throw new Error(`${command.type}: ${result.code}`);
  };
  const window = runtime.state.config.windows.find((w) => w.id === 'w1')!;
  const serviceId = window.services[0]!.serviceId;
  if (runtime.state.windows.w1?.status !== 'open') run({ type: 'window.open', windowId: 'w1' }, operator);
  for (let i = 0; i < visitors; i++) {
    takeTicket(server, serviceId);
    run({ type: 'ticket.callNext', windowId: 'w1' }, operator);
    run({ type: 'ticket.start', windowId: 'w1' }, operator);
    run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' }, operator);
  }
  return runtime.state.seq;
};
