import { mkdirSync, readFileSync, readdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestOfficeServer } from '@queue/e2e/test-office';
import { UI_APPS } from '../src/server.js';

/**
 * The HTTP side of the office server as a browser and an integrator meet it: the built UIs with their
 * cache headers and compressed copies, and one error shape for everything that goes wrong.
 */

let office: TestOfficeServer;
beforeAll(async () => {
  office = await TestOfficeServer.start();
});
afterAll(async () => {
  await office.stop();
});

const kioskAsset = () => {
  const assets = join(UI_APPS.kiosk!, 'assets');
  const name = readdirSync(assets).find((f) => f.endsWith('.js'));
  if (!name) throw new Error('the kiosk is not built (npm run build)');
  return { url: `/kiosk/assets/${name}`, bytes: readFileSync(join(assets, name)) };
};

describe('the built UIs', () => {
  it('serves a hashed asset for a year, brotli-compressed when the browser accepts it', async () => {
    const asset = kioskAsset();
    const response = await fetch(`${office.url}${asset.url}`, { headers: { 'accept-encoding': 'br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    // fetch decodes the body itself: what arrives is the file, whole.
    expect(Buffer.from(await response.arrayBuffer()).equals(asset.bytes)).toBe(true);
    // The compressed copy the build wrote is what went over the wire.
    const onDisk = readFileSync(`${join(UI_APPS.kiosk!, asset.url.replace('/kiosk/', ''))}.br`);
    expect(brotliDecompressSync(onDisk).equals(asset.bytes)).toBe(true);
    expect(onDisk.length).toBeLessThan(asset.bytes.length / 2);
  });

  it('sends the plain file to a client that accepts no compression', async () => {
    const asset = kioskAsset();
    const response = await fetch(`${office.url}${asset.url}`, { headers: { 'accept-encoding': 'identity' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(Number(response.headers.get('content-length'))).toBe(asset.bytes.length);
  });

  it('has index.html checked on every load: ETag, then 304 Not Modified', async () => {
    const first = await fetch(`${office.url}/kiosk/`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(await first.text()).toContain('<div id="root">');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // As a browser revalidates (fetch itself would add `cache-control: no-cache`, which forces a 200).
    const again = await fetch(`${office.url}/kiosk/`, {
      headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
  });

  it('answers a client-side route of a UI (a reload of /board/admin) with that UI’s index.html', async () => {
    const response = await fetch(`${office.url}/board/admin`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toBe(readFileSync(join(UI_APPS.board!, 'index.html'), 'utf8'));
  });

  it('does not serve a file outside the UI’s folder', async () => {
    const response = await fetch(`${office.url}/kiosk/..%2f..%2fpackage.json`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('"workspaces"');
  });
});

describe('one error shape', () => {
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${office.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('an unknown API path is a JSON 404', async () => {
    const response = await fetch(`${office.url}/api/no-such-thing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('a body that is not JSON is a 400 invalid_payload', async () => {
    const response = await post('/api/login', '{"login": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });

  it('a body over the limit is a 413, before the route runs', async () => {
    const token = await office.token('admin', '1111');
    const seqBefore = office.server.runtime.state.seq;
    const huge = JSON.stringify({ type: 'ticket.issue', padding: 'x'.repeat(2 * 1024 * 1024) });
    const response = await post('/api/commands', huge, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { ok: boolean; error: { code: string; message: { ru: string } } };
    expect(body).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
    expect(body.error.message.ru).toBe('Запрос слишком большой. Действие не выполнено.');
    expect(office.server.runtime.state.seq).toBe(seqBefore);
  });

  it('a field that fails the schema names the field', async () => {
    const response = await post('/api/login', JSON.stringify({ login: 'admin' }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; details: { issues: unknown } } };
    expect(body.error.code).toBe('invalid_payload');
    expect(body.error.details.issues).toEqual([{ field: 'pin', expected: 'text' }]);
  });

  it('a route without a token is a 401, with a token of the wrong role a 403', async () => {
    expect((await fetch(`${office.url}/api/config`)).status).toBe(401);
    const operator = await office.token('op1', '1234');
    const refused = await fetch(`${office.url}/api/config`, {
      headers: { authorization: `Bearer ${operator}` },
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a disk that refuses under a route is a 503 storage_failed, and the refusal is in the audit log', async () => {
    const token = await office.token('manager', '2222');
    // The store writes office.json through a temporary file beside it; a folder in its place makes the
    // write fail as a full or broken disk would (EISDIR), for root too.
    const temp = join(office.dataDir, '.office.json.tmp');
    mkdirSync(temp);
    try {
      const response = await post(
        '/api/config/devices',
        JSON.stringify({ role: 'kiosk', label: 'Второй киоск' }),
        {
          authorization: `Bearer ${token}`,
        },
      );
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
      expect(readFileSync(join(office.dataDir, 'audit.jsonl'), 'utf8')).toContain('"storage_failed"');
    } finally {
      rmdirSync(temp);
    }
  });

  it('API answers are never cached', async () => {
    const response = await fetch(`${office.url}/health`);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
