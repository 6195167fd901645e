import { startCentral, type RunningCentral } from '@queue/central';
import { addDays, adoptTemplate, isRefusal, localDate } from '@queue/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestCentre, eventually, freshCentre } from './support/centre-db.js';
import { serveVisitors, takeTicket } from './support/office-activity.js';
import { type TestPostgres, startPostgres } from './support/postgres.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * The head office's service (issue 16) on a real PostgreSQL, fed by a real office server replicating to
 * it: its own sign-in, the live overview, company reports with the office's own figures, templates.
 */
let postgres: TestPostgres;
let centre: TestCentre;
let central: RunningCentral;
let office: TestOfficeServer;
const HOUR = 3_600_000;
// The office's clock runs a day behind at first, so a closed day can be made by moving it on.
let shift = -24 * HOUR;
const officeClock = () => Date.now() + shift;

beforeAll(async () => {
  postgres = await startPostgres();
  centre = await freshCentre(postgres);
  central = await startCentral({ databaseUrl: centre.url, demoUsers: true, silentAfterMs: 1_500 });
  office = await TestOfficeServer.start({
    clock: officeClock,
    replication: { url: centre.url, retryMs: { first: 50, last: 400 }, heartbeatMs: 300 },
  });
});

afterAll(async () => {
  await office?.stop();
  await central?.close();
  await centre?.close();
  await postgres?.destroy();
});

const post = (path: string, body: unknown, token?: string) =>
  fetch(`${central.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

const get = (path: string, token: string) =>
  fetch(`${central.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

const signIn = async (login: string, password: string): Promise<string> => {
  const response = await post('/api/login', { login, password });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
};

describe('the head office', () => {
  it('lets in its own staff only: no office PIN or office session opens it', async () => {
    const wrong = await post('/api/login', { login: 'director', password: 'not-this-one' });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { message: { ru: string } } }).error.message.ru).toBe(
      'Неверный логин или пароль.',
    );
    expect((await post('/api/login', { login: 'manager', password: '2222' })).status).toBe(401);
    expect((await get('/api/overview', await office.token('manager', '2222'))).status).toBe(401);
    expect((await fetch(`${central.url}/api/overview`)).status).toBe(401);

    const token = await signIn('director', 'director-demo');
    const me = (await (await get('/api/me', token)).json()) as { role: string; fullName: string };
    expect(me).toMatchObject({ role: 'company_manager', fullName: 'Орлова Наталья Сергеевна' });
  });

  it('shows every office live: a ticket taken in the office reaches the overview within moments', async () => {
    const token = await signIn('analyst', 'analyst-demo');
    serveVisitors(office.server, 3);
    await eventually(async () => (await centre.replicatedSeq('demo')) === office.server.runtime.state.seq);
    const overview = (await (await get('/api/overview', token)).json()) as {
      offices: {
        id: string;
        name: string;
        silent: boolean;
        status: { waiting: number; windowsOpen: number };
      }[];
    };
    expect(overview.offices).toHaveLength(1);
    expect(overview.offices[0]).toMatchObject({ id: 'demo', silent: false, status: { windowsOpen: 1 } });

    // The live stream: the next change of the office arrives as an event.
    const controller = new AbortController();
    const stream = await fetch(`${central.url}/api/overview/stream`, {
      headers: { authorization: `Bearer ${token}` },
      signal: controller.signal,
    });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    const waitingSeen = (async () => {
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return -1;
        text += new TextDecoder().decode(value);
        for (const block of text.split('\n\n')) {
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (!data) continue;
          const message = JSON.parse(data.slice(6)) as { offices: { status: { waiting: number } | null }[] };
          const waiting = message.offices[0]?.status?.waiting ?? 0;
          if (waiting > 0) return waiting;
        }
      }
    })();
    takeTicket(office.server);
    expect(await waitingSeen).toBe(1);
    controller.abort();
  });

  it("gives the company report the figures of the office's own report, for a closed day and today", async () => {
    const token = await signIn('analyst', 'analyst-demo');
    const yesterday = localDate(officeClock(), 'Europe/Moscow');
    serveVisitors(office.server, 4);
    // The office's next day: the last one closes and is archived, and replicates as closed.
    shift = 0;
    office.server.runtime.tick();
    const today = localDate(officeClock(), 'Europe/Moscow');
    expect(today).toBe(addDays(yesterday, 1));
    serveVisitors(office.server, 2);
    await eventually(async () => (await centre.replicatedSeq('demo')) === office.server.runtime.state.seq);

    const manager = await office.token('manager', '2222');
    for (const day of [yesterday, today]) {
      const own = (await (
        await fetch(`${office.url}/api/reports?from=${day}&to=${day}&groupBy=topic`, {
          headers: { authorization: `Bearer ${manager}` },
        })
      ).json()) as { report: { summary: { total: { visitors: number; wait: unknown; service: unknown } } } };
      const company = (await (
        await get(`/api/company-report?from=${day}&to=${day}&groupBy=office`, token)
      ).json()) as {
        report: { rows: { key: string; figures: { visitors: number; wait: unknown; service: unknown } }[] };
        tables: { id: string; rows: unknown[][] }[];
      };
      const row = company.report.rows.find((r) => r.key === 'demo')!;
      expect(row.figures.visitors).toBeGreaterThan(0);
      expect(row.figures.visitors).toBe(own.report.summary.total.visitors);
      expect(row.figures.wait).toEqual(own.report.summary.total.wait);
      expect(row.figures.service).toEqual(own.report.summary.total.service);
    }
    // The closed day's facts were made once and kept.
    const stored = await centre.pool.query('SELECT day FROM office_day_facts WHERE office_id = $1', ['demo']);
    expect(stored.rows.map((r) => r.day)).toContain(yesterday);

    const csv = await get(`/api/company-report/export.csv?from=${yesterday}&to=${today}&groupBy=day`, token);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A byte order mark first, for Russian Excel, as at an office.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8', 3);
    expect(text.split('\r\n')[0]).toBe('Офис;Компания: 1 офис');
    expect(text).toContain('Показатели по дням (вся компания)');
    const xlsx = await get(
      `/api/company-report/export.xlsx?from=${yesterday}&to=${today}&groupBy=preset`,
      token,
    );
    expect(xlsx.status).toBe(200);
    expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000);

    const bad = await get(`/api/company-report?from=${today}&to=${yesterday}`, token);
    expect(bad.status).toBe(400);
    const noSuchTable = await get(
      `/api/company-report/export.csv?from=${today}&to=${today}&groupBy=office&table=compliance`,
      token,
    );
    expect(noSuchTable.status).toBe(400);
  });

  it('lets the company manager, not the analyst, publish a template from an office', async () => {
    const analyst = await signIn('analyst', 'analyst-demo');
    const director = await signIn('director', 'director-demo');
    const body = { title: 'Темы и нормативы 2027', note: 'С 1 января', fromOffice: 'demo' };
    expect((await post('/api/templates', body, analyst)).status).toBe(403);
    const published = await post('/api/templates', body, director);
    expect(published.status).toBe(200);
    const template = (await published.json()) as { id: number; template: { services: { id: string }[] } };
    expect(template.template.services.map((s) => s.id)).toEqual(
      office.server.runtime.state.config.services.map((s) => s.id),
    );
    const list = (await (await get('/api/templates', analyst)).json()) as {
      templates: { id: number; title: string }[];
    };
    expect(list.templates[0]).toMatchObject({ id: template.id, title: 'Темы и нормативы 2027' });
    expect((await post('/api/templates', { ...body, fromOffice: 'nowhere' }, director)).status).toBe(404);

    // The office reads it with its next heartbeat; its manager adopts it as an ordinary configuration
    // change at the office, which comes back to the centre as the office's own record.
    await eventually(async () => office.server.replicator?.template().offer?.id === template.id);
    const offer = office.server.replicator!.template().offer!;
    const adopted = adoptTemplate(office.server.runtime.state.config, {
      id: offer.id,
      title: offer.title,
      ...offer.template,
    });
    const result = office.server.runtime.run(
      { type: 'config.replace', config: adopted, reason: `Шаблон головного офиса №${offer.id}` },
      { kind: 'staff', staffId: 'manager', roles: ['manager', 'administrator'] },
    );
    expect(isRefusal(result)).toBe(false);
    // The head office sees which template the office now follows.
    await eventually(async () => {
      const after = (await (await get('/api/templates', analyst)).json()) as {
        adoptedBy: Record<string, number>;
        offices: number;
      };
      return after.adoptedBy[template.id] === 1 && after.offices === 1;
    });
  });

  it('marks an office that went silent', async () => {
    const token = await signIn('analyst', 'analyst-demo');
    await office.server.replicator?.close();
    await eventually(async () => {
      const overview = (await (await get('/api/overview', token)).json()) as {
        offices: { silent: boolean }[];
      };
      return overview.offices[0]?.silent === true;
    }, 10_000);
  });
});
