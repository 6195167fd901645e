/**
 * Sends the administrator's commands. The engine and the server check every command again; a refusal
 * comes back with a plain text, which the action's dialog (or its window card) shows. What was done
 * is the event log's to keep: the journal panel reads it from the server (`use-office-journal.ts`).
 */
import type { OfficeClient } from '@queue/client';
import type { CommandInput, CommandResponse, StaffView } from '@queue/protocol';
import { refusalText } from '@queue/ui';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export interface BoardActions {
  /** Runs a command; resolves with the error text, or null when the server accepted it. */
  run(command: CommandInput): Promise<{ response: CommandResponse; error: string | null }>;
}

export const useBoardActions = (client: OfficeClient<StaffView>): BoardActions => {
  const { i18n } = useTranslation('board');
  const run = useCallback(
    async (command: CommandInput) => {
      const response = await client.send(command);
      const timeZone = client.store.getState().view?.config.timeZone ?? 'Europe/Moscow';
      const error = response.ok
        ? null
        : (refusalText({ ...response.error, text: response.error.message }, i18n, timeZone) ??
          response.error.code);
      return { response, error };
    },
    [client, i18n],
  );
  return { run };
};
