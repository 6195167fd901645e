/**
 * What a role window may show and whom the shell listens to. The window shows the office server's UI
 * and nothing else: a link or a script cannot take a locked kiosk to another site, and only a page of
 * the office server may ask the shell to print.
 */
import { pathToFileURL } from 'node:url';

/** Is `target` a page of the office server at `serverUrl` (an origin, settings.ts)? */
export function isOfficePage(target: string, serverUrl: string): boolean {
  try {
    const url = new URL(target);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === new URL(serverUrl).origin
    );
  } catch {
    return false;
  }
}

/** A navigation the page itself starts (a link, `location = …`): only within the office server. */
export const mayNavigate = isOfficePage;

/** The sender of an IPC call must be the role's page, not an iframe or a page navigated to elsewhere. */
export function isTrustedSender(frameUrl: string | undefined, serverUrl: string): boolean {
  return frameUrl !== undefined && isOfficePage(frameUrl, serverUrl);
}

/** Is the sender one of the shell's own pages (settings, PIN, offline) from `pagesDir`? */
export function isShellPage(frameUrl: string | undefined, pagesDir: string): boolean {
  if (frameUrl === undefined) return false;
  try {
    const url = new URL(frameUrl);
    const base = pathToFileURL(`${pagesDir}/`);
    return url.protocol === 'file:' && url.pathname.startsWith(base.pathname);
  } catch {
    return false;
  }
}
