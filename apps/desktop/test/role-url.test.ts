import { describe, expect, it } from 'vitest';
import { roleUrl } from '../src/role-url.js';
import { settingsSchema } from '../src/settings.js';

const printer = { connection: { kind: 'network', host: '10.0.0.50' }, paper: '80mm', codePage: 'CP866' };
const settings = (role: string, extra: object = {}) =>
  settingsSchema.parse({ version: 1, role, serverUrl: 'http://10.0.0.5:8080/', ...extra });

describe('role URL', () => {
  it('opens the kiosk UI of the office server with the server and the device token', () => {
    const url = new URL(roleUrl(settings('kiosk', { deviceToken: 'demo-kiosk-token', printer })));
    expect(url.origin + url.pathname).toBe('http://10.0.0.5:8080/kiosk/');
    expect(url.searchParams.get('server')).toBe('http://10.0.0.5:8080');
    expect(url.searchParams.get('token')).toBe('demo-kiosk-token');
  });

  it('opens the hall board with its own token, as `npm start` prints it', () => {
    expect(roleUrl(settings('board', { deviceToken: 'demo-board-token' }))).toBe(
      'http://10.0.0.5:8080/board/?server=http%3A%2F%2F10.0.0.5%3A8080&token=demo-board-token',
    );
  });

  it('gives the operator console no device token: the operator signs in on the page', () => {
    const url = new URL(roleUrl(settings('operator')));
    expect(url.pathname).toBe('/operator/');
    expect(url.searchParams.has('token')).toBe(false);
    expect(url.searchParams.get('server')).toBe('http://10.0.0.5:8080');
  });

  it('encodes a token with characters that mean something in a URL', () => {
    const token = 'a+b/c=d&e#f?g h';
    const url = new URL(roleUrl(settings('board', { deviceToken: token })));
    expect(url.searchParams.get('token')).toBe(token);
    expect(url.hash).toBe('');
  });

  it('keeps https and a non-default port', () => {
    const url = new URL(
      roleUrl(settingsSchema.parse({ version: 1, role: 'operator', serverUrl: 'https://q.example:8443' })),
    );
    expect(url.href.startsWith('https://q.example:8443/operator/?')).toBe(true);
  });
});
