import { readFileSync } from 'node:fs';
import { type OfficeClient, connectOffice, login } from '@queue/client';
import type { CommandInput, PublicView } from '@queue/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer, until } from './support/test-office.js';

/**
 * A manager sets up the office in «Настройки офиса» and the office changes at once: the kiosk (a real
 * Socket.IO client with the demo kiosk token) offers the new topic without a restart, the hall gets the
 * new window, a revoked kiosk token stops issuing tickets, a new PIN works and the old one does not.
 */
const NEW_TOPIC = 'Компенсация расходов на электроснабжение';
const NEW_WINDOW = 'Окно 5';

let office: TestOfficeServer;
let browser: Browser;
let page: Page;
let kiosk: OfficeClient<PublicView>;
let topicId = '';

const saveWith = async (reason: string) => {
  await page.getByLabel('Причина изменения').fill(reason);
  await page.locator('[data-action="save"]').click();
  await page.getByText('Настройки сохранены и уже действуют.').waitFor();
};

const section = (name: string) => page.locator(`[data-section="${name}"]`).click();

beforeAll(async () => {
  office = await TestOfficeServer.start();
  kiosk = await office.connect<PublicView>('demo-kiosk-token');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  await page.goto(`${office.url}/reports/`);
  await page.getByLabel('Логин').fill('manager');
  await page.getByLabel('PIN-код').fill('2222');
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('link', { name: 'Настройки офиса' }).click();
  await page.getByRole('heading', { name: 'Темы обращений' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await office?.stop();
});

describe('the office configuration', () => {
  it('shows what is wrong before saving, in words', async () => {
    await page.locator('[data-action="add-topic"]').click();
    const row = page.locator('fieldset[data-topic]').last();
    await row.locator('[data-field="title"]').fill(NEW_TOPIC);
    // No letter yet: the number could not start with it.
    await page.locator('.save-bar .problems', { hasText: 'буква талона' }).waitFor();
    expect(await page.locator('[data-action="save"]').isDisabled()).toBe(true);
    await screenshot(page, 'configuration-topic-problem');
  });

  it('adds a topic and the kiosk offers it at once', async () => {
    // The kiosk page, open at the topics for private persons before the change is saved.
    const kioskPage = await browser.newPage({ viewport: { width: 1080, height: 1400 } });
    await kioskPage.goto(`${office.url}/kiosk/?token=demo-kiosk-token`);
    await kioskPage.getByRole('button', { name: /Получить талон/ }).click();
    await kioskPage.locator('h1', { hasText: /./ }).waitFor();
    expect(await kioskPage.getByText(NEW_TOPIC).count()).toBe(0);
    const row = page.locator('fieldset[data-topic]').last();
    topicId = (await row.getAttribute('data-topic'))!;
    await row.locator('[data-field="letter"]').fill('ф');
    expect(await row.locator('[data-field="letter"]').inputValue()).toBe('Ф');
    await saveWith('Новая услуга по приказу');
    await until(() => kiosk.store.getState().view?.services.some((s) => s.title === NEW_TOPIC) ?? false);
    const offered = kiosk.store.getState().view!.services.find((s) => s.title === NEW_TOPIC)!;
    expect(offered).toMatchObject({ id: topicId, letter: 'Ф', clientTypes: ['individual'] });
    // The page shows the new tile without a reload.
    await kioskPage.getByText(NEW_TOPIC).waitFor();
    await screenshot(kioskPage, 'configuration-kiosk-new-topic');
    await kioskPage.close();
  });

  it('adds a window serving the topic, and the hall sees it', async () => {
    await section('windows');
    await page.locator('[data-action="add-window"]').click();
    const card = page.locator('fieldset[data-window]').last();
    await card.locator('[data-field="label"]').fill(NEW_WINDOW);
    await card.locator(`[data-weight="${topicId}"]`).fill('2');
    await screenshot(page, 'configuration-windows');
    await saveWith('Открыли пятое окно');
    await until(() => kiosk.store.getState().view?.windows.some((w) => w.label === NEW_WINDOW) ?? false);
    // The new window can open and serve the new topic: a real visit through it.
    const answer = await kiosk.send({
      type: 'ticket.issue',
      serviceIds: [topicId],
      clientType: 'individual',
      priority: null,
      source: 'kiosk',
    });
    expect(answer.ok && answer.result.ticket?.number).toBe('Ф001');
    const config = office.server.runtime.state.config;
    const windowId = config.windows.find((w) => w.label === NEW_WINDOW)!.id;
    const admin = await office.staff('admin', '1111');
    expect((await admin.send({ type: 'window.open', windowId })).ok).toBe(true);
    const called = await admin.send({ type: 'ticket.callNext', windowId });
    expect(called.ok).toBe(true);
  });

  it('records every change with who made it and why', async () => {
    const changes = office.server.runtime.state.seq;
    expect(changes).toBeGreaterThan(0);
    await section('history');
    const table = page.locator('section[aria-labelledby="history-title"] table');
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toContain('Кузнецов Андрей Викторович');
    expect(text).toContain('Открыли пятое окно');
    expect(text).toContain('Новая услуга по приказу');
  });

  it('issues a new PIN once; the new one works and the old one no longer does', async () => {
    await section('staff');
    await page.locator('fieldset[data-staff="op2"] [data-action="reset-pin"]').click();
    const secret = page.locator('[data-secret="pin"] strong');
    await secret.waitFor();
    const pin = await secret.innerText();
    expect(pin).toMatch(/^\d{6}$/);
    await expect(login(office.url, 'op2', pin)).resolves.toMatchObject({ staff: { id: 'op2' } });
    await expect(login(office.url, 'op2', '2345')).rejects.toThrow();
    const events = readFileSync(`${office.dataDir}/events/live.jsonl`, 'utf8');
    expect(events).toContain('"type":"staff.pinReset","staffId":"op2"');
    expect(events).not.toContain(pin);
  });

  it('revokes the kiosk token: the connected kiosk is cut off and can no longer issue tickets', async () => {
    await section('devices');
    await page.locator('tr[data-device="kiosk-1"] [data-action="revoke"]').click();
    await page.locator('tr[data-device="kiosk-1"] td.revoked').waitFor();
    await until(() => kiosk.store.getState().connection !== 'online');
    const issue: CommandInput = {
      type: 'ticket.issue',
      serviceIds: ['consult'],
      clientType: 'individual',
      priority: null,
      source: 'kiosk',
    };
    expect((await kiosk.send(issue)).ok).toBe(false);
    const http = await fetch(`${office.url}/api/commands`, {
      method: 'POST',
      headers: { authorization: 'Bearer demo-kiosk-token', 'content-type': 'application/json' },
      body: JSON.stringify(issue),
    });
    expect(http.status).toBe(401);
    const again = connectOffice<PublicView>({ url: office.url, token: 'demo-kiosk-token' });
    await until(() => again.store.getState().connection === 'unauthorized');
    again.close();
  });

  it('issues a token for a new kiosk, shown once, that works at once', async () => {
    await page.getByLabel('Название').fill('Киоск у окна 5');
    await page.getByRole('button', { name: 'Выдать токен' }).click();
    const code = page.locator('[data-secret="token"] code').first();
    await code.waitFor();
    const token = await code.innerText();
    await screenshot(page, 'configuration-devices');
    const second = connectOffice<PublicView>({ url: office.url, token });
    await until(() => second.store.getState().view !== null);
    const answer = await second.send({
      type: 'ticket.issue',
      serviceIds: [topicId],
      clientType: 'individual',
      priority: null,
      source: 'kiosk',
    });
    expect(answer.ok).toBe(true);
    second.close();
    expect(JSON.stringify(office.server.store.file.devices)).not.toContain(token);
  });

  it('exports the configuration as one file and imports it back', async () => {
    await section('file');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать файл настроек' }).click(),
    ]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'office-queue-config', version: 1 });
    expect(file.config.services.some((s: { title: string }) => s.title === NEW_TOPIC)).toBe(true);
    expect(JSON.stringify(file)).not.toMatch(/pin|token|hash/i);
    // Loaded back with a new name, through the page's own file input.
    file.config.name = 'ЦОК «Северный»';
    await page.locator('input[type="file"]').setInputFiles({
      name: 'office.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByRole('button', { name: 'Применить файл' }).click();
    await page.getByText('Настройки из файла применены.').waitFor();
    // The kiosk's token was revoked above; the hall display's replica shows the new name.
    const board = await office.connect<PublicView>('demo-board-token');
    await until(() => board.store.getState().view?.office.name === 'ЦОК «Северный»');
    expect(office.server.runtime.state.config.name).toBe('ЦОК «Северный»');
  });

  it('is for the manager only, and checks every change on the server too', async () => {
    const admin = await office.token('admin', '1111');
    const asAdmin = await fetch(`${office.url}/api/config`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ config: office.server.runtime.state.config, reason: 'попытка' }),
    });
    expect(asAdmin.status).toBe(403);
    const manager = await office.token('manager', '2222');
    const broken = structuredClone(office.server.runtime.state.config);
    broken.windows.push({ ...broken.windows[0]!, label: 'Окно 9' });
    const refused = await fetch(`${office.url}/api/config`, {
      method: 'POST',
      headers: { authorization: `Bearer ${manager}`, 'content-type': 'application/json' },
      body: JSON.stringify({ config: broken, reason: 'дубль' }),
    });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.details.problems).toContainEqual({
      code: 'window_id_repeated',
      windowId: broken.windows[0]!.id,
    });
  });

  it('opens every section without an error, in Russian and in English', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const name of ['staff', 'hours', 'norms', 'ticket', 'file', 'history']) {
      await section(name);
      await page.locator('.section-body h2').first().waitFor();
      await screenshot(page, `configuration-${name}`);
    }
    await page.getByRole('button', { name: 'English' }).click();
    await section('norms');
    await page.getByRole('heading', { name: 'Norms', exact: true }).waitFor();
    await screenshot(page, 'configuration-norms-en');
    await page.getByRole('button', { name: 'Русский' }).click();
    expect(errors).toEqual([]);
  });

  it('sets the phone page’s rules and switches it off: new tickets carry no link, an open page no longer answers', async () => {
    // The administrator's desk (the kiosk's token was revoked above).
    const admin = await office.staff('admin', '1111');
    const issue = async () => {
      const answer = await admin.send({
        type: 'ticket.issue',
        serviceIds: ['readings'],
        clientType: 'individual',
        priority: null,
        source: 'administrator',
      });
      if (!answer.ok || !answer.result.ticket) throw new Error('not issued');
      return answer.result.ticket;
    };
    const visit = (token: string) =>
      fetch(`${office.url}/api/visit`, { headers: { authorization: `Bearer ${token}` } });
    await section('ticket');
    const editor = page.getByTestId('phone-page-editor');
    await editor.getByLabel('Сколько раз за визит (0 — нельзя)').fill('2');
    await editor.getByLabel('Не дольше, мин').fill('15');
    await saveWith('Посетители просят отходить дважды');
    expect(office.server.runtime.state.config.phonePage).toMatchObject({
      stepOutTimes: 2,
      stepOutMaxMin: 15,
    });
    const before = await issue();
    expect(before.phoneToken).toBeTruthy();
    const open = await visit(before.phoneToken!);
    expect(((await open.json()) as { stepOut: unknown }).stepOut).toEqual({ left: 2, maxMin: 15 });

    await editor.getByTestId('phone-page-enabled').uncheck();
    expect(await editor.getByLabel('Не дольше, мин').isDisabled()).toBe(true);
    await screenshot(page, 'configuration-phone-page-off');
    expect(await seriousViolations(page)).toEqual([]);
    await saveWith('Страница на телефоне пока не нужна');
    expect(office.server.runtime.state.config.phonePage?.enabled).toBe(false);
    expect((await issue()).phoneToken).toBeUndefined();
    expect((await visit(before.phoneToken!)).status).toBe(404);

    await editor.getByTestId('phone-page-enabled').check();
    await saveWith('Страница на телефоне снова нужна');
    expect((await visit(before.phoneToken!)).status).toBe(200);
  });

  it('has no serious accessibility violations', async () => {
    await section('topics');
    await screenshot(page, 'configuration-topics');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
