/**
 * Reprinting a waiting ticket at the kiosk printer: `POST /api/tickets/reprint {ticketId}` with the
 * administrator's token, through the typed client. The endpoint belongs to the server's printing part
 * (apps/server/src/printing); it answers once the printer has answered, or with an error and its text.
 * The board only calls it and says what happened, the server's own words where it has them.
 */
import { HttpFailure, officeHttp } from '@queue/client';

export type ReprintOutcome = { ok: true; message: null } | { ok: false; message: string };

export interface ReprintTexts {
  /** When the server answers with an error but no text: the code and HTTP status are shown. */
  failed(code: string, status: number): string;
  /** The printer answered, but not «printed» (paper out, offline…). */
  notPrinted(status: string, detail: string | null): string;
  unreachable: string;
  /** The screen's own words for a refusal (a refused field), else null for the server's. */
  refusal?(failure: HttpFailure): string | null;
}

export const reprintTicket = async (
  server: string,
  token: string,
  ticketId: string,
  texts: ReprintTexts,
  locale = 'ru',
  fetchImpl?: typeof fetch,
): Promise<ReprintOutcome> => {
  try {
    const { result } = await officeHttp({ server, token, fetch: fetchImpl }).call('reprint', {
      body: { ticketId },
    });
    if (result.status !== 'printed') {
      return { ok: false, message: texts.notPrinted(result.status, result.detail ?? null) };
    }
    return { ok: true, message: null };
  } catch (failure) {
    if (!(failure instanceof HttpFailure) || failure.code === 'unreachable') {
      return { ok: false, message: texts.unreachable };
    }
    const worded = texts.refusal?.(failure) ?? null;
    if (worded) return { ok: false, message: worded };
    if (failure.text) return { ok: false, message: locale === 'en' ? failure.text.en : failure.text.ru };
    return { ok: false, message: texts.failed(failure.code, failure.status ?? 0) };
  }
};
