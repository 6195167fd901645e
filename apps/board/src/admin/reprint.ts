/**
 * Reprinting a waiting ticket at the kiosk printer: `POST /api/tickets/reprint {ticketId}` with the
 * administrator's token. The endpoint belongs to the server's printing part (apps/server/src/printing);
 * it answers `{ok: true, result: {status, detail?}}` once the printer has answered, or an error with
 * its text. The board only calls it and says what happened, the server's own words where it has them.
 */
import { z } from 'zod';

export type ReprintOutcome = { ok: true; message: string | null } | { ok: false; message: string };

const bodySchema = z
  .object({
    ok: z.boolean().optional(),
    result: z.object({ status: z.string(), detail: z.string().optional() }).nullish(),
    message: z.union([z.string(), z.object({ ru: z.string(), en: z.string() }).partial()]).optional(),
    error: z
      .object({
        code: z.string().optional(),
        message: z.union([z.string(), z.object({ ru: z.string(), en: z.string() }).partial()]).optional(),
      })
      .optional(),
  })
  .loose();

type Message = z.infer<typeof bodySchema>['message'];

const pick = (message: Message, locale: string): string | null => {
  if (message === undefined) return null;
  if (typeof message === 'string') return message;
  return (locale === 'en' ? message.en : message.ru) ?? message.ru ?? message.en ?? null;
};

export interface ReprintTexts {
  /** When the server answers with an error but no text: the code and HTTP status are shown. */
  failed(code: string, status: number): string;
  /** The printer answered, but not «printed» (paper out, offline…). */
  notPrinted(status: string, detail: string | null): string;
  unreachable: string;
}

export const reprintTicket = async (
  server: string,
  token: string,
  ticketId: string,
  texts: ReprintTexts,
  locale = 'ru',
  fetchImpl: typeof fetch = fetch,
): Promise<ReprintOutcome> => {
  let response: Response;
  try {
    response = await fetchImpl(`${server}/api/tickets/reprint`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ ticketId }),
    });
  } catch {
    return { ok: false, message: texts.unreachable };
  }
  const parsed = bodySchema.safeParse(await response.json().catch(() => ({})));
  const body = parsed.success ? parsed.data : {};
  if (response.ok && body.ok !== false) {
    const printed = body.result?.status;
    if (printed !== undefined && printed !== 'printed') {
      return { ok: false, message: texts.notPrinted(printed, body.result?.detail ?? null) };
    }
    return { ok: true, message: pick(body.message, locale) };
  }
  return {
    ok: false,
    message:
      pick(body.error?.message, locale) ??
      pick(body.message, locale) ??
      texts.failed(body.error?.code ?? 'error', response.status),
  };
};
