/** Reprints a ticket through the server's printing endpoint and says how it went. */
import { refusalText, serverUrl } from '@queue/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSession } from './admin-session';
import { reprintTicket } from './reprint';

export const useReprint = (session: AdminSession) => {
  const { t, i18n } = useTranslation('board');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const reprint = async (ticketId: string, number: string) => {
    setStatus({ ok: true, text: t('admin.reprint.sending', { ticket: number }) });
    const outcome = await reprintTicket(
      serverUrl(),
      session.token,
      ticketId,
      {
        failed: (code, httpStatus) => t('admin.reprint.failedCode', { code, status: httpStatus }),
        notPrinted: (status, detail) =>
          [t(`admin.printerStatus.${status}`, { defaultValue: status }), detail].filter(Boolean).join(': '),
        unreachable: t('admin.reprint.unreachable'),
        refusal: (failure) => refusalText(failure, i18n),
      },
      i18n.language,
    );
    const text = outcome.ok
      ? (outcome.message ?? t('admin.reprint.done', { ticket: number }))
      : t('admin.reprint.failed', { ticket: number, message: outcome.message });
    setStatus({ ok: outcome.ok, text });
  };
  return { status, reprint };
};
