/**
 * Changes what a window serves, live (`window.setServices`, 001 §7.2.4: with a reason). A higher weight
 * makes a topic the window's main one; a lower one a side topic it takes when that topic is about to
 * breach its norm (DESIGN §3, routing step 4). Weight 0 leaves the topic out.
 */
import type { ServiceWeight } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from './reason-dialog';
import type { BoardActions } from './use-board-actions';
import type { WindowRow } from './window-rows';

const WEIGHTS = [0, 1, 2, 3] as const;

export interface ServicesDialogProps {
  view: StaffView;
  row: WindowRow;
  actions: BoardActions;
  onClose(): void;
}

export const ServicesDialog = ({ view, row, actions, onClose }: ServicesDialogProps) => {
  const { t } = useTranslation('board');
  const [weights, setWeights] = useState<Record<string, number>>(() =>
    Object.fromEntries(row.services.map((entry) => [entry.serviceId, entry.weight])),
  );
  const services: ServiceWeight[] = view.config.services
    .map((service) => ({ serviceId: service.id, weight: weights[service.id] ?? 0 }))
    .filter((entry) => entry.weight > 0);

  return (
    <ReasonDialog
      title={t('admin.services.title', { window: row.config.label })}
      submitLabel={t('admin.services.save')}
      reason={{ label: t('admin.dialog.reason'), suggestions: t('admin.suggest.services').split('|') }}
      description={<p>{t('admin.services.note')}</p>}
      canSubmit={services.length > 0}
      onClose={onClose}
      onSubmit={async (reason) =>
        (await actions.run({ type: 'window.setServices', windowId: row.config.id, services, reason })).error
      }
    >
      <table className="services-table">
        <thead>
          <tr>
            <th scope="col">{t('admin.services.topic')}</th>
            <th scope="col">{t('admin.services.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {view.config.services
            .filter((service) => service.enabled || (weights[service.id] ?? 0) > 0)
            .map((service) => (
              <tr key={service.id} data-service-id={service.id}>
                <th scope="row">
                  <span className="letter">{service.letter}</span> {service.title}
                </th>
                <td>
                  <select
                    aria-label={`${t('admin.services.weight')}: ${service.title}`}
                    value={weights[service.id] ?? 0}
                    onChange={(event) =>
                      setWeights((previous) => ({ ...previous, [service.id]: Number(event.target.value) }))
                    }
                  >
                    {WEIGHTS.map((weight) => (
                      <option key={weight} value={weight}>
                        {t(`admin.services.weightOption.${weight}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      {services.length === 0 && <p className="problem">{t('admin.services.none')}</p>}
    </ReasonDialog>
  );
};
