import type { OfficeConfig } from '@queue/engine';

/** Every section of the settings edits the same draft; nothing is sent until «Сохранить». */
export interface EditorProps {
  config: OfficeConfig;
  onChange: (next: OfficeConfig) => void;
}

/** A number input's value: empty means «not set» (`null`). */
export const numberOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));
