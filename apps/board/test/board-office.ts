import {
  ALWAYS_OPEN,
  type Actor,
  type Command,
  demoOffice,
  execute,
  forecast,
  initialState,
  isRefusal,
  type OfficeConfig,
  type OfficeState,
  poolingAdvice,
} from '@queue/engine';
import type { StaffView } from '@queue/protocol';

/**
 * A real engine office for the board's unit tests: commands go through `execute` (the same decisions,
 * alarms and forecast the server runs), and `view()` projects the state as the server's staff view does.
 */
export const T0 = Date.parse('2026-03-10T10:00:00+03:00');
export const MIN = 60_000;

export const admin: Actor = { kind: 'staff', staffId: 'admin', roles: ['administrator', 'reserve'] };
export const operator = (staffId: string): Actor => ({ kind: 'staff', staffId, roles: ['operator'] });
export const reserve: Actor = { kind: 'staff', staffId: 'reserve', roles: ['reserve', 'operator'] };
const kiosk: Actor = { kind: 'device', deviceId: 'kiosk-1', role: 'kiosk' };

const ACTIVE = new Set(['waiting', 'called', 'serving', 'postponed']);

export class BoardOffice {
  state: OfficeState;
  now = T0;

  constructor(config: OfficeConfig = demoOffice({ hours: ALWAYS_OPEN })) {
    this.state = initialState(config);
  }

  run(command: Command, actor: Actor = admin): this {
    const result = execute(this.state, command, { now: this.now, actor, nonce: 'test' });
    if (isRefusal(result)) throw new Error(`refused ${command.type}: ${JSON.stringify(result)}`);
    this.state = result.state;
    return this;
  }

  advance(minutes: number): this {
    this.now += minutes * MIN;
    return this.run({ type: 'clock.tick' }, { kind: 'system' });
  }

  issue(serviceId: string, priority: 'disability' | null = null): string {
    this.run(
      { type: 'ticket.issue', serviceIds: [serviceId], clientType: 'individual', priority, source: 'kiosk' },
      kiosk,
    );
    return Object.values(this.state.tickets).sort((a, b) => b.issueSeq - a.issueSeq)[0]!.number;
  }

  view(): StaffView {
    const { state } = this;
    return {
      kind: 'staff',
      config: state.config,
      day: state.day,
      seq: state.seq,
      acceptingTickets: true,
      nextOpening: null,
      tickets: Object.values(state.tickets).filter((t) => ACTIVE.has(t.state)),
      windows: state.config.windows.map((w) => state.windows[w.id]!),
      staff: Object.values(state.staff),
      alarms: Object.values(state.alarms).sort(
        (a, b) => b.raisedAt - a.raisedAt || a.key.localeCompare(b.key),
      ),
      episodes: Object.values(state.episodes),
      forecast: forecast(state, this.now),
      pooling: poolingAdvice(state, this.now),
      appointments: [],
      printers: state.printers,
      shift: {},
      calls: [],
      storage: { failing: [], failedWrites: 0 },
      replication: null,
    };
  }
}
