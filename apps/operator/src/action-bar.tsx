import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Shortcut, ariaKeys, keyLabel } from './use-shortcuts.js';

export type ActionId =
  | 'callNext'
  | 'recall'
  | 'start'
  | 'finish'
  | 'noShow'
  | 'transfer'
  | 'postpone'
  | 'callTicket'
  | 'pause'
  | 'resume'
  | 'close';

export interface ConsoleAction extends Shortcut {
  id: ActionId;
  primary?: boolean;
  /** Why it is not possible yet and for how long, shown under its name. */
  note?: string | undefined;
}

/**
 * Every frequent action is one click or one key, and the key is written on the button. Buttons that
 * cannot apply in the window's present state are disabled, so the operator sees at a glance what the
 * next step is; the server decides anyway and explains any refusal.
 */
export const ActionBar = ({
  actions,
  pending,
  children,
}: {
  actions: ConsoleAction[];
  pending: boolean;
  /** A further button in the same grid (the silent manager call). */
  children?: ReactNode;
}) => {
  const { t } = useTranslation('operator');
  return (
    <nav className="action-bar" aria-label={t('actions.group')} aria-busy={pending}>
      {actions.map((action) => (
        <button
          key={action.id}
          type="button"
          className={action.primary ? 'action primary' : 'action'}
          disabled={!action.enabled || pending}
          aria-keyshortcuts={ariaKeys(action)}
          data-action={action.id}
          onClick={action.run}
        >
          <kbd>{keyLabel(action)}</kbd>
          <span className="action-text">
            <span>{t(`actions.${action.id}`)}</span>
            {action.note ? (
              <span className="action-note" data-testid={`note-${action.id}`}>
                {action.note}
              </span>
            ) : null}
          </span>
        </button>
      ))}
      {children}
    </nav>
  );
};
