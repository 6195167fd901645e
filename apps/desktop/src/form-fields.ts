/**
 * The names of the settings form's fields, without any code: the settings page (a browser script) and
 * the main process (settings-form.ts) both use them.
 */
export const FORM_FIELDS = [
  'serverUrl',
  'role',
  'deviceToken',
  'printerKind',
  'printerHost',
  'printerPort',
  'printerPath',
  'printerBaudRate',
  'printerQueryStatus',
  'paper',
  'codePage',
  'codePageTable',
] as const;

export type FormField = (typeof FORM_FIELDS)[number];
/** Every value as the HTML form gives it: a string under the field's name. */
export type SettingsForm = Partial<Record<FormField, string>>;
