import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isShellPage, isTrustedSender, mayNavigate } from '../src/navigation-policy.js';

const SERVER = 'http://10.0.0.5:8080';

describe('navigation policy', () => {
  it.each([
    ['the kiosk page', 'http://10.0.0.5:8080/kiosk/?token=x', true],
    ['another role of the same server', 'http://10.0.0.5:8080/board/', true],
    ['the same host on another port', 'http://10.0.0.5:9090/kiosk/', false],
    ['the same host over https', 'https://10.0.0.5:8080/kiosk/', false],
    ['another site', 'https://example.com/', false],
    ['a look-alike host', 'http://10.0.0.5.evil.example:8080/', false],
    ['a local file', 'file:///etc/passwd', false],
    ['a script URL', 'javascript:alert(1)', false],
    ['a data URL', 'data:text/html,<h1>hi</h1>', false],
    ['nonsense', 'not a url', false],
  ])('%s: %s → %s', (_name, target, allowed) => {
    expect(mayNavigate(target, SERVER)).toBe(allowed);
    expect(isTrustedSender(target, SERVER)).toBe(allowed);
  });

  it('trusts no sender it cannot name (a destroyed frame has no URL)', () => {
    expect(isTrustedSender(undefined, SERVER)).toBe(false);
  });

  it("recognises the shell's own pages by their folder, and nothing else on the disk", () => {
    const pages = join('/opt', 'queue-desktop', 'resources', 'app.asar', 'dist', 'pages');
    expect(isShellPage(pathToFileURL(join(pages, 'settings.html')).href, pages)).toBe(true);
    expect(isShellPage(`${pathToFileURL(join(pages, 'admin.html')).href}?x=1`, pages)).toBe(true);
    expect(
      isShellPage(pathToFileURL('/opt/queue-desktop/resources/app.asar/dist/pages-evil/a.html').href, pages),
    ).toBe(false);
    expect(isShellPage(pathToFileURL('/tmp/settings.html').href, pages)).toBe(false);
    expect(
      isShellPage('http://10.0.0.5:8080/opt/queue-desktop/resources/app.asar/dist/pages/a.html', pages),
    ).toBe(false);
    expect(isShellPage(undefined, pages)).toBe(false);
  });
});
