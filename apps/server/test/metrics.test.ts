import { join } from 'node:path';
import type { CommandInput, PublicView } from '@queue/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { TestOfficeServer, until } from '@queue/e2e/test-office';
import { CAN_MOUNT, type SmallDisk, mountSmallDisk, sayWhyNotMounted } from '@queue/e2e/small-disk';
import { DEMO_DEVICE_TOKENS } from '../src/index.js';

/** One sample of the scrape: `name{labels} value`, labels in the order prom-client writes them. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

const scrape = async (url: string): Promise<string> => {
  const response = await fetch(`${url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
};

let office: TestOfficeServer;
let disk: SmallDisk | null = null;
afterEach(async () => {
  await office?.stop();
  disk?.unmount();
  disk = null;
});

const ticket: Extract<CommandInput, { type: 'ticket.issue' }> = {
  type: 'ticket.issue',
  serviceIds: ['readings'],
  clientType: 'individual',
  priority: null,
  source: 'kiosk',
};

describe('/metrics, scraped from the real server', () => {
  it('counts commands and refusals by type and code, times acks and fsyncs, and reads clients, queues and alarms', async () => {
    office = await TestOfficeServer.start();
    const kiosk = await office.connect<PublicView>(DEMO_DEVICE_TOKENS['kiosk-1']);
    const board = await office.connect<PublicView>(DEMO_DEVICE_TOKENS['board-1']);
    const operator = await office.staff('op1', '1234');
    const admin = await office.staff('admin', '1111');
    for (let i = 0; i < 3; i++) expect((await kiosk.send(ticket)).ok).toBe(true);
    // Refused: calling at a window that is not open; a kiosk may not open a window.
    expect(await operator.send({ type: 'ticket.callNext', windowId: 'w1' })).toMatchObject({ ok: false });
    const refused = await operator.send({ type: 'ticket.callNext', windowId: 'w1' });
    expect(refused.ok).toBe(false);
    const code = refused.ok ? '' : refused.error.code;
    expect(await kiosk.send({ type: 'window.open', windowId: 'w1', services: null })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await kiosk.send({ type: 'nonsense' } as never)).ok).toBe(false);

    const text = await scrape(office.url);
    expect(sample(text, 'queue_commands_total{type="ticket.issue"}')).toBe(3);
    expect(sample(text, `queue_command_refusals_total{type="ticket.callNext",code="${code}"}`)).toBe(2);
    expect(sample(text, 'queue_command_refusals_total{type="window.open",code="forbidden"}')).toBe(1);
    expect(sample(text, 'queue_command_refusals_total{type="invalid",code="invalid_payload"}')).toBe(1);
    expect(sample(text, 'queue_command_ack_seconds_count{outcome="stored"}')).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'queue_command_ack_seconds_count{outcome="refused"}')).toBe(4);
    // Each stored command's append was timed (clock ticks append too).
    expect(sample(text, 'queue_storage_append_seconds_count')).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'queue_storage_append_seconds_bucket{le="+Inf"}')).toBe(
      sample(text, 'queue_storage_append_seconds_count'),
    );
    expect(sample(text, 'queue_clients_connected{role="kiosk"}')).toBe(1);
    expect(sample(text, 'queue_clients_connected{role="board"}')).toBe(1);
    expect(sample(text, 'queue_clients_connected{role="operator"}')).toBe(1);
    expect(sample(text, 'queue_clients_connected{role="administrator"}')).toBe(1);
    expect(sample(text, 'queue_waiting{group="specialist"}')).toBe(3);
    expect(sample(text, 'queue_waiting{group="cashier"}')).toBe(0);
    expect(sample(text, 'queue_day_open')).toBe(1);
    expect(sample(text, 'queue_storage_failing_files')).toBe(0);
    expect(sample(text, 'queue_event_seq')).toBe(office.server.runtime.state.seq);
    expect(text).toContain('queue_process_resident_memory_bytes');
    expect(text).not.toContain('queue_replication_backlog_events '); // not replicating

    // Figures follow the office: a visitor called leaves the queue; a client gone leaves the count.
    expect((await operator.send({ type: 'window.open', windowId: 'w1', services: null })).ok).toBe(true);
    expect((await operator.send({ type: 'ticket.callNext', windowId: 'w1' })).ok).toBe(true);
    board.close();
    await until(() => office.server.runtime.state.seq > 0);
    const later = await scrape(office.url);
    expect(sample(later, 'queue_waiting{group="specialist"}')).toBe(2);
    expect(sample(later, 'queue_commands_total{type="ticket.callNext"}')).toBe(1);
    expect(sample(later, 'queue_clients_connected{role="board"}') ?? 0).toBe(0);
    void admin;
  });

  it('shows open alarms by kind', async () => {
    office = await TestOfficeServer.start();
    const admin = await office.staff('admin', '1111');
    expect((await admin.send({ ...ticket, priority: 'disability', source: 'administrator' })).ok).toBe(true);
    const text = await scrape(office.url);
    const open = Object.values(office.server.runtime.state.alarms).map((a) => a.kind);
    expect(open.length).toBeGreaterThan(0);
    for (const kind of new Set(open))
      expect(sample(text, `queue_alarms_open{kind="${kind}"}`)).toBe(open.filter((k) => k === kind).length);
  });
});

describe('/health/live and /health/ready', () => {
  it('is live at once, and ready only once the office day is open', async () => {
    // No tick and no command yet: the day has not opened.
    office = await TestOfficeServer.start({ tickMs: 3_600_000 });
    expect((await fetch(`${office.url}/health/live`)).status).toBe(200);
    const before = await fetch(`${office.url}/health/ready`);
    expect(before.status).toBe(503);
    expect(await before.json()).toMatchObject({
      ok: false,
      error: { code: 'not_ready', details: { storage: 'ok', day: 'closed' } },
    });
    const admin = await office.staff('admin', '1111');
    expect((await admin.send({ ...ticket, source: 'administrator' })).ok).toBe(true);
    const after = await fetch(`${office.url}/health/ready`);
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ status: 'ready', day: office.server.runtime.state.day });
  });

  it.skipIf(!CAN_MOUNT)(
    'is not ready while the office cannot write its data, and ready again after',
    async () => {
      disk = mountSmallDisk('office-ready-');
      office = await TestOfficeServer.start({ dataDir: join(disk.path, 'office') });
      const admin = await office.staff('admin', '1111');
      expect((await admin.send({ ...ticket, source: 'administrator' })).ok).toBe(true);
      disk.fill(0);
      // Commands until one is refused for want of space.
      for (let i = 0; i < 50; i++) {
        const answer = await admin.send({ ...ticket, source: 'administrator' });
        if (!answer.ok) break;
      }
      const failing = await fetch(`${office.url}/health/ready`);
      expect(failing.status).toBe(503);
      expect(await failing.json()).toMatchObject({
        error: { code: 'not_ready', details: { storage: 'failing' } },
      });
      expect(sample(await scrape(office.url), 'queue_storage_failing_files')).toBeGreaterThan(0);
      expect((await fetch(`${office.url}/health/live`)).status).toBe(200);
      disk.free();
      await waitFor(async () => (await fetch(`${office.url}/health/ready`)).status === 200);
    },
  );
  sayWhyNotMounted('the readiness test on a full disk');
});

const waitFor = async (condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> => {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
};
