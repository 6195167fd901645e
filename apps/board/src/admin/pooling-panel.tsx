/**
 * Pooling when it helps (issue 20): the engine's advice on which topics an open window with time to
 * spare should also take, and for about how long, or that the wave has passed and the topics can go
 * back. One press applies it as `window.setServices`, with the advice as the logged reason; the board
 * decides nothing itself.
 */
import type { PoolingAdvice } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardActions } from './use-board-actions';

const topicTitles = (view: StaffView, ids: string[]) =>
  ids.map((id) => `«${view.config.services.find((s) => s.id === id)?.title ?? id}»`).join(', ');

const Advice = ({
  advice,
  view,
  actions,
}: {
  advice: PoolingAdvice;
  view: StaffView;
  actions: BoardActions;
}) => {
  const { t } = useTranslation('board');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const window = view.config.windows.find((w) => w.id === advice.windowId)?.label ?? advice.windowId;
  const topics = topicTitles(view, advice.serviceIds);
  const minutes = Math.round(advice.forMin);
  const widen = advice.kind === 'widen';
  const title = widen
    ? t('admin.pooling.widen', { window, topics, minutes })
    : t('admin.pooling.restore', { window, topics });
  const detail = widen
    ? t('admin.pooling.widenWhy', {
        waiting: advice.waiting,
        longest: Math.round(advice.longestWaitMin),
        gain: Math.round(advice.gainMin),
      })
    : t('admin.pooling.restoreWhy');
  // The reason kept in the log says what the board advised and why (001 §7.2.4: every override, why).
  const reason = widen
    ? t('admin.pooling.reasonWiden', { topics, minutes, waiting: advice.waiting })
    : t('admin.pooling.reasonRestore', { topics });
  const apply = async () => {
    setBusy(true);
    const { error: failure } = await actions.run({
      type: 'window.setServices',
      windowId: advice.windowId,
      services: advice.services,
      reason,
    });
    setBusy(false);
    setError(failure);
  };
  return (
    <li
      className={`pooling-advice pooling-${advice.kind}`}
      data-advice-window={advice.windowId}
      data-kind={advice.kind}
    >
      <p className="pooling-title">{title}</p>
      <p className="pooling-detail">{detail}</p>
      <button type="button" className="primary" onClick={() => void apply()} disabled={busy}>
        {widen ? t('admin.pooling.apply') : t('admin.pooling.giveBack')}
      </button>
      {error && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
    </li>
  );
};

export const PoolingPanel = ({ view, actions }: { view: StaffView; actions: BoardActions }) => {
  const { t } = useTranslation('board');
  if (view.pooling.length === 0) return null;
  return (
    <section className="panel pooling" aria-labelledby="pooling-title" data-testid="pooling-panel">
      <h2 id="pooling-title">{t('admin.pooling.title')}</h2>
      <ul className="pooling-list">
        {view.pooling.map((advice) => (
          <Advice key={`${advice.kind}:${advice.windowId}`} advice={advice} view={view} actions={actions} />
        ))}
      </ul>
    </section>
  );
};
