/**
 * The reports and configuration API of the office server (docs/PROTOCOL.md «Reports and configuration
 * API»), through the typed client of packages/client with the session's Bearer token. Failures are
 * `HttpFailure`s carrying the server's polite wire error in both languages.
 */
import { type OfficeHttp, type ServerFile, officeHttp } from '@queue/client';
import { serverUrl } from '@queue/ui';

export type Api = OfficeHttp;

/** `onExpired` runs when the server no longer accepts the token (a 16-hour session has ended). */
export const api = (token: string, onExpired: () => void = () => {}): Api =>
  officeHttp({ server: serverUrl, token, onUnauthenticated: onExpired });

/** Hands a file the server made (an export) to the browser, under the name the server gave it. */
export const saveFile = ({ blob, fileName }: ServerFile, fallbackName: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
