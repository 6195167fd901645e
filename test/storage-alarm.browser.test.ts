import { join } from 'node:path';
import type { OfficeClient } from '@queue/client';
import type { StaffView } from '@queue/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { cashTicket } from './support/cash-ticket.js';
import { CAN_MOUNT, type SmallDisk, mountSmallDisk, sayWhyNotMounted } from './support/small-disk.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer, until } from './support/test-office.js';

/**
 * The storage alarm on the administrator board (issue 13), from a real disk that fills up: the office's
 * data on a 2 MB tmpfs, the real server, Chromium. The banner says in Russian what cannot be written and
 * why, and goes by itself once space is back. Mounting needs root (CI runs as root).
 */
sayWhyNotMounted('storage alarm browser test');

describe.skipIf(!CAN_MOUNT)('the storage alarm on the administrator board', () => {
  let disk: SmallDisk;
  let office: TestOfficeServer;
  let browser: Browser;
  let page: Page;
  let admin: OfficeClient<StaffView>;

  beforeAll(async () => {
    disk = mountSmallDisk('storage-alarm-');
    office = await TestOfficeServer.start({ dataDir: join(disk.path, 'office') });
    admin = await office.staff('admin', '1111');
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`${office.url}/board/admin`);
    await page.getByLabel('Логин').fill('admin');
    await page.getByLabel('PIN-код').fill('1111');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.waitForSelector('.admin-main');
  });
  afterAll(async () => {
    await browser?.close();
    await office?.stop();
    disk?.unmount();
  });

  it('shows what cannot be stored and why, and goes by itself when space is back', async () => {
    const banner = page.getByTestId('storage-alarm');
    expect(await banner.count()).toBe(0);
    disk.fill(4 * 4096);
    let refused = false;
    for (let i = 0; i < 300 && !refused; i++) {
      const response = await admin.send(cashTicket);
      refused = !response.ok && response.error.code === 'storage_failed';
    }
    expect(refused).toBe(true);

    await banner.waitFor();
    expect(await banner.getByRole('heading').textContent()).toBe('Сервер не может сохранять данные');
    expect(await banner.locator('li[data-file="events/live.jsonl"]').textContent()).toMatch(
      /^журнал событий \(events\/live\.jsonl\): на диске нет места, с \d{2}:\d{2}$/,
    );
    expect(await banner.textContent()).toContain('пожалуйста, сообщите ИТ-специалисту');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'board-admin-storage-alarm');

    disk.free();
    await banner.waitFor({ state: 'detached', timeout: 15_000 });
    expect((await admin.send(cashTicket)).ok).toBe(true);
    await until(() => admin.store.getState().view!.storage.failing.length === 0);
  }, 60_000);
});
