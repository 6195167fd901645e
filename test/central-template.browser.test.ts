import { type RunningCentral, startCentral } from '@queue/central';
import { HttpFailure, officeHttp } from '@queue/client';
import { ALWAYS_OPEN, demoOffice } from '@queue/engine';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { type TestCentre, eventually, freshCentre, officeLog } from './support/centre-db.js';
import { serveVisitors } from './support/office-activity.js';
import { type TestPostgres, startPostgres } from './support/postgres.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * The head office's configuration template reaches an office's manager (issue 16), end to end on a real
 * PostgreSQL: the company manager publishes the topics and norms of one office (a Белгородэнергосбыт
 * office) at the head office's service; another office (the default preset), replicating with a login
 * of its own held to its office id, reads it; its manager sees in «Настройки офиса» what adopting it
 * would change, adopts it on confirmation, and the office's own record says who did and why — and the
 * head office sees the office now follows the template.
 */
const FAST = { retryMs: { first: 50, last: 300 }, heartbeatMs: 300 };

let postgres: TestPostgres;
let centre: TestCentre;
let central: RunningCentral;
let donor: TestOfficeServer;
let target: TestOfficeServer;
let browser: Browser;
let page: Page;
let published: { id: number; title: string };

const centralPost = async (path: string, body: unknown, token?: string) =>
  fetch(`${central.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
const centralSignIn = async (login: string, password: string) =>
  ((await (await centralPost('/api/login', { login, password })).json()) as { token: string }).token;

const panel = () => page.locator('section.template-offer');
const openPanel = async () => {
  await page.locator('[data-section="history"]').click();
  await page.locator('[data-section="template"]').click();
};

beforeAll(async () => {
  postgres = await startPostgres();
  centre = await freshCentre(postgres);
  central = await startCentral({ databaseUrl: centre.url, demoUsers: true });
  donor = await TestOfficeServer.start({
    config: demoOffice({ preset: 'belgorod', hours: ALWAYS_OPEN }),
    replication: { url: centre.url, officeId: 'donor', ...FAST },
  });
  target = await TestOfficeServer.start({
    replication: { url: await centre.officeLogin('target'), officeId: 'target', ...FAST },
  });
  serveVisitors(donor.server, 1);
  serveVisitors(target.server, 1);
  await eventually(async () => (await centre.replicatedSeq('donor')) === donor.server.runtime.state.seq);
  await eventually(async () => target.server.replicator?.template().readAt != null);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${target.url}/reports/`);
  await page.getByLabel('Логин').fill('manager');
  await page.getByLabel('PIN-код').fill('2222');
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('link', { name: 'Настройки офиса' }).click();
  await page.locator('[data-section="template"]').click();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await target?.stop();
  await donor?.stop();
  await central?.close();
  await centre?.close();
  await postgres?.destroy();
});

describe('the head office’s template in «Настройки офиса»', () => {
  it('says when the head office has published nothing, and when the office sends it nothing at all', async () => {
    await panel().locator('[data-template="nothing"]').waitFor();
    await expect(panel().innerText()).resolves.toContain(
      'Головной офис пока не опубликовал шаблон настроек.',
    );

    const alone = await TestOfficeServer.start();
    try {
      const client = officeHttp({ server: alone.url, token: await alone.token('manager', '2222') });
      await expect(client.call('centralTemplate')).resolves.toEqual({
        replication: false,
        offer: null,
        readAt: null,
        changes: null,
      });
    } finally {
      await alone.stop();
    }
  });

  it('shows the published template and what adopting it would change here', async () => {
    const director = await centralSignIn('director', 'director-demo');
    const answer = await centralPost(
      '/api/templates',
      { title: 'Темы и нормативы 2027', note: 'Единые для всех офисов с 1 января.', fromOffice: 'donor' },
      director,
    );
    expect(answer.status).toBe(200);
    published = (await answer.json()) as { id: number; title: string };
    await eventually(async () => target.server.replicator?.template().offer?.id === published.id);
    await openPanel();
    await panel().locator(`[data-template="${published.id}"]`).waitFor();

    // Worked out from the two configurations, not by the engine's templateChanges.
    const mine = target.server.runtime.state.config;
    const theirs = donor.server.runtime.state.config;
    const mineIds = new Set(mine.services.map((s) => s.id));
    const theirIds = new Set(theirs.services.map((s) => s.id));
    const added = theirs.services.filter((s) => !mineIds.has(s.id));
    const dropped = mine.services.filter((s) => s.enabled && !theirIds.has(s.id));
    expect(added.length).toBeGreaterThan(0);
    const text = await panel().innerText();
    expect(text).toContain('Темы и нормативы 2027 версия');
    expect(text).toContain('Единые для всех офисов с 1 января.');
    expect(text).toContain('Опубликовал director');
    await expect(panel().locator('[data-change="preset"]').innerText()).resolves.toBe(
      `Набор нормативов: «${mine.profile.title}» → «${theirs.profile.title}»`,
    );
    await expect(panel().locator('[data-change="added"]').innerText()).resolves.toBe(
      `Новые темы: ${added.map((s) => s.title).join(', ')}`,
    );
    if (dropped.length > 0)
      await expect(panel().locator('[data-change="disabled"]').innerText()).resolves.toContain(
        dropped.map((s) => s.title).join(', '),
      );
    // The consultation keeps its id, and its service norm goes from the preset's 10 minutes to 20.
    await expect(panel().locator('[data-change="renormed"]').innerText()).resolves.toContain(
      theirs.services.find((s) => s.id === 'consult')!.title,
    );
    // Nothing has changed yet.
    expect(target.server.runtime.state.config.template).toBeUndefined();
    await screenshot(page, 'settings-template-offer');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('adopts it only on the manager’s confirmation, recorded with who and why; the head office sees it', async () => {
    const seqBefore = target.server.runtime.state.seq;
    await panel().locator('[data-action="adopt"]').click();
    await panel().getByRole('button', { name: 'Отмена' }).click();
    await panel().locator('[data-action="adopt"]').click();
    await expect(panel().locator('fieldset.confirm legend').innerText()).resolves.toBe(
      `Принять шаблон «Темы и нормативы 2027» (версия ${published.id})? Изменения сразу вступят в силу на всех экранах офиса.`,
    );
    expect(target.server.runtime.state.seq).toBe(seqBefore);
    await screenshot(page, 'settings-template-confirm', false);
    await panel().locator('[data-action="adopt-confirm"]').click();
    await panel().getByText(`Шаблон принят (версия ${published.id}).`).waitFor();
    await panel().locator('[data-template-state="adopted"]').waitFor();
    // A topic new to the office has no window yet: the manager is told where to give it one.
    await expect(panel().locator('[data-change="unserved"]').innerText()).resolves.toContain(
      'Справка об отсутствии задолженности',
    );

    const config = target.server.runtime.state.config;
    const theirs = donor.server.runtime.state.config;
    expect(config.template).toEqual({ id: published.id, title: 'Темы и нормативы 2027' });
    expect(config.profile.id).toBe(theirs.profile.id);
    const enabled = config.services.filter((s) => s.enabled).map((s) => s.id);
    expect(enabled).toEqual(theirs.services.filter((s) => s.enabled).map((s) => s.id));
    // The office's own windows and staff are its own still.
    expect(config.windows.map((w) => w.id)).toEqual(['w1', 'w2', 'w3', 'k1']);

    const replaced = officeLog(target.dataDir)
      .map((e) => e.event as { type: string; reason?: string; actor?: { staffId?: string } })
      .filter((e) => e.type === 'config.replaced');
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).toMatchObject({
      actor: { staffId: 'manager' },
      reason: `Принят шаблон головного офиса №${published.id} «Темы и нормативы 2027»`,
    });

    const analyst = await centralSignIn('analyst', 'analyst-demo');
    await eventually(async () => {
      const list = (await (
        await fetch(`${central.url}/api/templates`, { headers: { authorization: `Bearer ${analyst}` } })
      ).json()) as { adoptedBy: Record<string, number> };
      return list.adoptedBy[published.id] === 1;
    });
    await screenshot(page, 'settings-template-adopted');
  });

  it('adopts only the template the office holds, and only for the manager', async () => {
    const manager = officeHttp({ server: target.url, token: await target.token('manager', '2222') });
    const admin = officeHttp({ server: target.url, token: await target.token('admin', '1111') });
    const refusal = (call: Promise<unknown>) =>
      call.then(
        () => null,
        (failure: unknown) => (failure instanceof HttpFailure ? failure : null),
      );
    const seq = target.server.runtime.state.seq;
    const gone = await refusal(
      manager.call('adoptCentralTemplate', { body: { id: published.id + 1, reason: 'проверка' } }),
    );
    expect(gone?.status).toBe(404);
    expect(gone?.message).toBe(
      'Головной офис больше не предлагает этот шаблон. Обновите страницу, пожалуйста.',
    );
    const notManager = await refusal(
      admin.call('adoptCentralTemplate', { body: { id: published.id, reason: 'проверка' } }),
    );
    expect(notManager?.status).toBe(403);
    // The administrator may read the offer, as they read the configuration.
    await expect(admin.call('centralTemplate')).resolves.toMatchObject({ offer: { id: published.id } });
    expect(target.server.runtime.state.seq).toBe(seq);
  });
});
