import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { login } from '@queue/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * Issue 13, the office network, in the real browser: a page of another site opened on an office PC
 * cannot drive the office (§1), the office's name cannot carry a script into its pages (§2), and every
 * UI works under the Content-Security-Policy the server sends (§2).
 */

let office: TestOfficeServer;
let foreign: Server;
let foreignUrl: string;
let browser: Browser;

beforeAll(async () => {
  office = await TestOfficeServer.start();
  // Another site on the same machine: same address, another port, so another origin.
  foreign = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Чужой сайт</title><p>Чужой сайт</p>');
  });
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  foreignUrl = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => foreign?.close(resolve));
  await office?.stop();
});

const officeAddress = () => `http://127.0.0.1:${office.server.port}`;

/**
 * Issues a ticket with the demo kiosk's token over a bare WebSocket, speaking Engine.IO 4 / Socket.IO 5
 * by hand (the office serves no client script): what a foreign page's script would do.
 */
const issueOverWebSocket = (page: Page, serverUrl: string) =>
  page.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(`${url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
        const done = (outcome: string) => {
          socket.close();
          resolve(outcome);
        };
        socket.onerror = () => done('refused');
        socket.onmessage = ({ data }) => {
          const text = String(data);
          if (text.startsWith('0{')) socket.send('40{"token":"demo-kiosk-token"}');
          else if (text.startsWith('40')) {
            const command = {
              type: 'ticket.issue',
              serviceIds: ['readings'],
              clientType: 'individual',
              priority: null,
              source: 'kiosk',
            };
            socket.send(`421${JSON.stringify(['command', command])}`);
          } else if (text.startsWith('431')) done(JSON.parse(text.slice(3))[0].ok ? 'issued' : 'refused');
          else if (text === '2') socket.send('3');
        };
      }),
    serverUrl,
  );

const readPublicView = (page: Page, serverUrl: string) =>
  page.evaluate(async (url) => {
    try {
      const response = await fetch(`${url}/api/view`, {
        headers: { authorization: 'Bearer demo-board-token' },
      });
      const body = await response.json();
      return 'view' in body || 'kind' in body ? 'read' : `answered ${response.status}`;
    } catch {
      return 'blocked';
    }
  }, serverUrl);

describe('a page of another site on an office PC', () => {
  it('cannot open a socket and issue a ticket with a kiosk token (the office’s own page can)', async () => {
    const page = await browser.newPage();
    await page.goto(foreignUrl);
    const seq = office.server.runtime.state.seq;
    expect(await issueOverWebSocket(page, officeAddress())).toBe('refused');
    expect(office.server.runtime.state.seq).toBe(seq);

    // The same script from the office's own page issues the ticket: the refusal above is the origin's.
    await page.goto(`${officeAddress()}/health`);
    expect(await issueOverWebSocket(page, officeAddress())).toBe('issued');
    expect(office.server.runtime.state.seq).toBeGreaterThan(seq);
    await page.close();
  });

  it('cannot read the public view with a display token (the office’s own page can)', async () => {
    const page = await browser.newPage();
    await page.goto(foreignUrl);
    expect(await readPublicView(page, officeAddress())).toBe('blocked');
    await page.goto(`${officeAddress()}/health`);
    expect(await readPublicView(page, officeAddress())).toBe('read');
    await page.close();
  });

  it('cannot lock a login with wrong PINs sent as text/plain, nor as JSON', async () => {
    const page = await browser.newPage();
    await page.goto(foreignUrl);
    const statuses = await page.evaluate(async (url) => {
      const seen: string[] = [];
      for (let i = 0; i < 7; i++) {
        // A "simple" request: the browser sends it without asking the server first.
        await fetch(`${url}/api/login`, {
          method: 'POST',
          mode: 'no-cors',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ login: 'op2', pin: '0000' }),
        }).then(
          () => seen.push('sent'),
          () => seen.push('failed'),
        );
        await fetch(`${url}/api/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: 'op2', pin: '0000' }),
        }).then(
          () => seen.push('sent'),
          () => seen.push('failed'),
        );
      }
      return seen;
    }, officeAddress());
    expect(statuses).toHaveLength(14);
    // Had any of the fourteen wrong PINs been counted, the right one would now be throttled.
    expect((await login(office.url, 'op2', '2345')).staff.id).toBe('op2');
    await page.close();
  });
});

describe('JSON bodies only', () => {
  it('a text/plain body is refused with 415 even from a program without Origin', async () => {
    const response = await fetch(`${office.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ login: 'op3', pin: '0000' }),
    });
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe('unsupported_media_type');
  });

  it('a request naming a foreign Origin is refused with 403 and a plain reason', async () => {
    const response = await fetch(`${office.url}/api/view`, {
      headers: { origin: 'http://evil.example', authorization: 'Bearer demo-board-token' },
    });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('foreign_origin');
  });
});

describe('the office’s name and the pages’ headers', () => {
  it('a script in the office’s name is shown as text on / and never runs; the headers forbid inline script and framing', async () => {
    const name = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">Офис';
    const { config } = office.server.runtime.state;
    const outcome = office.server.runtime.run(
      { type: 'config.replace', config: { ...config, name }, reason: 'проверка' },
      { kind: 'staff', staffId: 'manager', roles: ['manager', 'administrator'] },
    );
    expect('events' in outcome).toBe(true);

    const page = await browser.newPage();
    const response = await page.goto(`${office.url}/`);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(await page.locator('h1').textContent()).toBe(name);
    expect(await page.title()).toBe(name);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  it('every answer carries the headers: an API answer, a UI file, an error', async () => {
    for (const path of ['/health', '/kiosk/', '/api/view', '/no-such-page']) {
      const response = await fetch(`${office.url}${path}`);
      expect(response.headers.get('content-security-policy'), path).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});

const signIn = async (page: Page, loginName: string, pin: string) => {
  await page.getByLabel('Логин').fill(loginName);
  await page.getByLabel('PIN-код').fill(pin);
  await page.getByRole('button', { name: 'Войти' }).click();
};

/** Each UI, driven to a screen of its own, under the server's CSP: no violation, no console error. */
const UIS: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  {
    name: 'kiosk',
    path: '/kiosk/?token=demo-kiosk-token',
    ready: (page) => page.getByRole('button').first().waitFor(),
  },
  {
    name: 'hall display',
    path: '/board/?token=demo-board-token',
    ready: (page) => page.locator('#root > *').first().waitFor(),
  },
  {
    name: 'operator console',
    path: '/operator/',
    ready: async (page) => {
      await signIn(page, 'op1', '1234');
      await page.getByTestId('window-choice').waitFor();
    },
  },
  {
    name: 'administrator board',
    path: '/board/admin',
    ready: async (page) => {
      await signIn(page, 'admin', '1111');
      await page.locator('[data-window-id="w1"]').waitFor();
    },
  },
  {
    name: 'reports',
    path: '/reports/',
    ready: async (page) => {
      await signIn(page, 'manager', '2222');
      await page.locator('table').first().waitFor();
    },
  },
];

describe('every UI under the Content-Security-Policy', () => {
  it.each(UIS)('$name: no violation, no console error', async ({ name, path, ready }) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      // A refused load is a network answer, not the page's fault (the kiosk asks for its print settings).
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const response = await page.goto(`${office.url}${path}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await ready(page);
    await screenshot(page, `csp-${name.replaceAll(' ', '-')}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
