import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type Socket, io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { type OfficeProcess, startOfficeProcess } from './support/office-process.js';

/**
 * The office over HTTPS and WSS (issue 15), as README says to set it up: a small office CA made with
 * openssl, a server certificate it signs for the server's names, the server started with
 * TLS_CERT_FILE and TLS_KEY_FILE. Clients that trust the CA connect; one that does not is refused.
 */
const makeOfficeCa = (dir: string) => {
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  ssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '3650',
    '-subj',
    '/CN=Office queue CA',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
  );
  ssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    '/CN=localhost',
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
  );
  writeFileSync(
    join(dir, 'server.ext'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n',
  );
  ssl(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    '825',
    '-extfile',
    'server.ext',
    '-out',
    'server.pem',
  );
  return {
    ca: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    cert: join(dir, 'server.pem'),
    key: join(dir, 'server.key'),
  };
};

const httpsJson = (
  url: string,
  ca: string,
  method = 'GET',
  body?: unknown,
): Promise<{ status: number; json: unknown }> =>
  new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, ca, headers: body ? { 'content-type': 'application/json' } : {} },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });

/** A real Socket.IO client over WSS: resolves with the first snapshot's seq, or the connection's error. */
const wss = (
  url: string,
  token: string,
  ca?: string,
): Promise<{ seq: number; office: unknown } | { error: string }> =>
  new Promise((resolve) => {
    const socket: Socket = io(url, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
      ...(ca ? { ca } : {}),
    });
    socket.on('snapshot', (snapshot: { rev: number; view: { office?: unknown } }) => {
      socket.close();
      resolve({ seq: snapshot.rev, office: snapshot.view.office });
    });
    socket.on('connect_error', (error) => {
      socket.close();
      resolve({ error: error.message });
    });
  });

let office: OfficeProcess;
let ca: string;
let browser: Browser | undefined;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'office-tls-'));
  const pem = makeOfficeCa(dir);
  ca = pem.ca;
  office = await startOfficeProcess({
    DATA_DIR: join(dir, 'data'),
    TLS_CERT_FILE: pem.cert,
    TLS_KEY_FILE: pem.key,
    DEMO_HOURS: 'always',
  });
});
afterAll(async () => {
  await browser?.close();
  process.kill(office.pid, 'SIGTERM');
  await office.exited;
});

describe('HTTPS and WSS with the office’s own certificate', () => {
  it('serves HTTPS to a client that trusts the office CA, and signs in over it', async () => {
    expect(office.url).toMatch(/^https:\/\/localhost:\d+$/);
    const health = await httpsJson(`${office.url}/health`, ca);
    expect(health).toMatchObject({ status: 200, json: { status: 'ok' } });
    const login = await httpsJson(`${office.url}/api/login`, ca, 'POST', { login: 'op1', pin: '1234' });
    expect(login).toMatchObject({ status: 200, json: { staff: { id: 'op1' } } });
  });

  it('a client that does not trust the CA is refused: the certificate is checked, not waved through', async () => {
    await expect(httpsJson(`${office.url}/health`, '')).rejects.toThrow(/certificate/i);
    const refused = await wss(office.url, 'demo-kiosk-token');
    expect('error' in refused && refused.error).toBeTruthy();
  });

  it('a real Socket.IO client gets its snapshot over WSS', async () => {
    const kiosk = await wss(office.url, 'demo-kiosk-token', ca);
    expect(kiosk).toMatchObject({ seq: expect.any(Number), office: expect.anything() });
  });

  it('the kiosk works in a real browser over HTTPS and WSS', async () => {
    browser = await launchBrowser();
    // As on an office PC with the CA installed: here the browser is told to accept the certificate.
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 1080, height: 1920 },
    });
    const page = await context.newPage();
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    await page.goto(`${office.url}/kiosk/?token=demo-kiosk-token`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Здравствуйте!');
    expect(sockets.some((url) => url.startsWith('wss://localhost:'))).toBe(true);
    await screenshot(page, 'kiosk-over-https');
    await context.close();
  });
});
