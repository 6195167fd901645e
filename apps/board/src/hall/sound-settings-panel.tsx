/**
 * The small settings panel of the hall's voice: the announcement text and how often it is repeated.
 * Kept in localStorage on this screen; a value fixed by the page address is shown but not editable.
 */
import type { PublicCall } from '@queue/protocol';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announcementText, templateIssues } from '../announce';
import { ModalDialog } from '../modal-dialog';
import {
  type AnnounceSettings,
  DEFAULT_ANNOUNCE_SETTINGS,
  REPEAT_MAX,
  REPEAT_MIN,
  type ResolvedAnnounceSettings,
} from './announce-settings';

const SAMPLE = { ticketNumber: 'А123', window: { label: 'Окно 5' } };

export interface SoundSettingsPanelProps {
  resolved: ResolvedAnnounceSettings;
  onSave(settings: AnnounceSettings): void;
  onPreview(call: PublicCall, template: string): void;
  onClose(): void;
}

export const SoundSettingsPanel = ({ resolved, onSave, onPreview, onClose }: SoundSettingsPanelProps) => {
  const { t } = useTranslation('board');
  const [template, setTemplate] = useState(resolved.settings.template);
  const [repeat, setRepeat] = useState(resolved.settings.repeat);
  const templateId = useId();
  const repeatId = useId();
  const issuesId = useId();
  const issues = templateIssues(template);
  const valid = issues.length === 0 && template.trim() !== '';
  const example = announcementText({ ...SAMPLE, template });
  const repeats = Array.from({ length: REPEAT_MAX - REPEAT_MIN + 1 }, (_, index) => REPEAT_MIN + index);

  return (
    <ModalDialog title={t('hall.settings.title')} onClose={onClose} className="hall-settings">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          onSave({ template: template.trim(), repeat });
          onClose();
        }}
      >
        <label htmlFor={templateId}>{t('hall.settings.template')}</label>
        <input
          id={templateId}
          value={template}
          maxLength={300}
          disabled={resolved.fromUrl.template}
          aria-describedby={issuesId}
          aria-invalid={!valid}
          onChange={(event) => setTemplate(event.target.value)}
        />
        <div id={issuesId}>
          <p className="hint">{t('hall.settings.templateHint')}</p>
          {resolved.fromUrl.template && <p className="hint">{t('hall.settings.fromUrl')}</p>}
          {issues.map((issue) => (
            <p key={issue.kind + (issue.kind === 'imperative' ? issue.word : '')} className="problem">
              {issue.kind === 'imperative'
                ? t('hall.settings.issue.imperative', { word: issue.word })
                : t(`hall.settings.issue.${issue.kind}`)}
            </p>
          ))}
          <p>{t('hall.settings.example', { text: example })}</p>
        </div>
        <label htmlFor={repeatId}>{t('hall.settings.repeat')}</label>
        <select
          id={repeatId}
          value={repeat}
          disabled={resolved.fromUrl.repeat}
          onChange={(event) => setRepeat(Number(event.target.value))}
        >
          {repeats.map((count) => (
            <option key={count} value={count}>
              {t('hall.settings.times', { count })}
            </option>
          ))}
        </select>
        <div className="modal-actions">
          <button
            type="button"
            onClick={() => {
              setTemplate(DEFAULT_ANNOUNCE_SETTINGS.template);
              setRepeat(DEFAULT_ANNOUNCE_SETTINGS.repeat);
            }}
            disabled={resolved.fromUrl.template && resolved.fromUrl.repeat}
          >
            {t('hall.settings.reset')}
          </button>
          <button
            type="button"
            disabled={!valid}
            onClick={() =>
              onPreview(
                {
                  id: `preview-${Date.now()}`,
                  number: SAMPLE.ticketNumber,
                  windowId: 'preview',
                  windowLabel: SAMPLE.window.label,
                  windowKind: 'window',
                  at: Date.now(),
                  recall: 0,
                  ended: null,
                },
                template.trim(),
              )
            }
          >
            {t('hall.settings.preview')}
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            {t('hall.settings.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('hall.settings.close')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};
