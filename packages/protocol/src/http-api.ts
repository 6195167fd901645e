import { z } from 'zod';
import { calendarDateSchema } from './calendar-date.js';
import { loginResponseSchema, loginSchema } from './auth.js';
import { commandSchema } from './command-schemas.js';
import { commandDoneSchema } from './command-result.js';
import { importRequestSchema } from './config-file.js';
import { officeConfigSchema } from './config-schema.js';
import {
  centralTemplateAnswerSchema,
  configAnswerSchema,
  configChangedSchema,
  deviceRegisteredSchema,
  deviceRevokedSchema,
  devicesAnswerSchema,
  printerSetSchema,
  freeSlotsSchema,
  healthSchema,
  liveSchema,
  readySchema,
  historyAnswerSchema,
  okSchema,
  openApiAnswerSchema,
  pinResetSchema,
  printResultAnswerSchema,
  reportResponseSchema,
  reprintAnswerSchema,
  staffingResponseSchema,
  viewSnapshotSchema,
} from './http-answers.js';
import { CONFIG_ROLES, type HttpAccess, REPORT_ROLES } from './http-access.js';
import { journalResponseSchema } from './journal.js';
import { kioskPrintSettingsSchema } from './kiosk-print-settings.js';
import { networkPrinterSchema } from './network-printer.js';
import { reportQuerySchema } from './report-query-schema.js';
import { staffingQuerySchema } from './staffing-query-schema.js';
import { stepOutBodySchema, visitFeedbackBodySchema, visitViewSchema } from './visit.js';

/**
 * One HTTP route of the office server: what it takes and what it answers. The server registers each
 * route from this table (its zod schemas validate what comes in and what goes out), the typed client
 * in packages/client calls it by name, and `openApiDocument` describes it.
 */
export interface HttpRoute {
  method: 'GET' | 'POST';
  path: `/${string}`;
  /** One line for the OpenAPI document. */
  summary: string;
  access: HttpAccess;
  /** The query string, as an object schema of strings (or coerced from them). */
  query?: z.ZodType;
  body?: z.ZodType;
  /** The 200 answer: a JSON body, or a file of this media type sent as an attachment. */
  answer: z.ZodType | { file: string; inline?: true };
}

const anyone: HttpAccess = { kind: 'anyone' };
const anyToken: HttpAccess = { kind: 'token' };
const readers: HttpAccess = { kind: 'staff', roles: REPORT_ROLES };
const managers: HttpAccess = { kind: 'staff', roles: CONFIG_ROLES };
const administrators: HttpAccess = { kind: 'staff', roles: ['administrator'] };
const kiosks: HttpAccess = { kind: 'device', role: 'kiosk' };
const visitor: HttpAccess = { kind: 'visitor' };
const doorButtons: HttpAccess = { kind: 'device', role: 'door' };

const id = z.string().trim().min(1).max(64);
const day = calendarDateSchema;

/**
 * Every route of the office's HTTP API (docs/PROTOCOL.md), by the name the client calls it with.
 * Errors are not listed per route: every route answers them in one shape (`errorAnswerSchema`).
 */
export const HTTP_API = {
  health: {
    method: 'GET',
    path: '/health',
    summary: 'Whether the office server runs, its open day and last sequence number.',
    access: anyone,
    answer: healthSchema,
  },
  healthLive: {
    method: 'GET',
    path: '/health/live',
    summary: 'Liveness: the process answers (a supervisor restarts it when it does not).',
    access: anyone,
    answer: liveSchema,
  },
  healthReady: {
    method: 'GET',
    path: '/health/ready',
    summary:
      'Readiness: storage writable and the office day open; otherwise 503 `not_ready` with what is missing.',
    access: anyone,
    answer: readySchema,
  },
  metrics: {
    method: 'GET',
    path: '/metrics',
    summary:
      'Prometheus metrics: commands and refusals, ack and fsync latency, clients, queues, alarms, storage.',
    access: anyone,
    answer: { file: 'text/plain', inline: true },
  },
  openApi: {
    method: 'GET',
    path: '/api/openapi.json',
    summary: 'This API as an OpenAPI 3.1 document.',
    access: anyone,
    answer: openApiAnswerSchema,
  },
  login: {
    method: 'POST',
    path: '/api/login',
    summary: 'A member of staff signs in with login and PIN; the answer is a 16-hour session token.',
    access: anyone,
    body: loginSchema,
    answer: loginResponseSchema,
  },
  logout: {
    method: 'POST',
    path: '/api/logout',
    summary:
      'Ends every session of the calling member of staff, on every computer; their open sockets close.',
    access: { kind: 'staff', roles: ['operator', 'reserve', 'administrator', 'manager'] },
    answer: z.object({ ok: z.literal(true) }),
  },
  command: {
    method: 'POST',
    path: '/api/commands',
    summary: 'One command (docs/PROTOCOL.md §3), answered once its events are stored.',
    access: anyToken,
    body: commandSchema,
    answer: commandDoneSchema,
  },
  view: {
    method: 'GET',
    path: '/api/view',
    summary: 'The caller’s snapshot: the staff view for staff, the public view for devices.',
    access: anyToken,
    answer: viewSnapshotSchema,
  },
  freeSlots: {
    method: 'GET',
    path: '/api/appointments/slots',
    summary: 'Free booking slots of a topic on a day.',
    access: anyToken,
    query: z.object({ serviceId: z.string().min(1), date: day }),
    answer: freeSlotsSchema,
  },
  report: {
    method: 'GET',
    path: '/api/reports',
    summary: 'The figures of a period, and the tables the files carry.',
    access: readers,
    query: reportQuerySchema,
    answer: reportResponseSchema,
  },
  reportCsv: {
    method: 'GET',
    path: '/api/reports/export.csv',
    summary: 'One table of a report as CSV for Russian Excel (UTF-8 with BOM, `;`, decimal comma).',
    access: readers,
    query: reportQuerySchema,
    answer: { file: 'text/csv' },
  },
  reportXlsx: {
    method: 'GET',
    path: '/api/reports/export.xlsx',
    summary: 'Every table of a report, a sheet each.',
    access: readers,
    query: reportQuerySchema,
    answer: { file: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  },
  staffing: {
    method: 'GET',
    path: '/api/staffing',
    summary:
      'The staffing plan: windows needed each hour tomorrow and in the week, and the recent days against their plans.',
    access: readers,
    query: staffingQuerySchema,
    answer: staffingResponseSchema,
  },
  staffingCsv: {
    method: 'GET',
    path: '/api/staffing/export.csv',
    summary: 'One table of the staffing plan as CSV for Russian Excel.',
    access: readers,
    query: staffingQuerySchema,
    answer: { file: 'text/csv' },
  },
  staffingXlsx: {
    method: 'GET',
    path: '/api/staffing/export.xlsx',
    summary: 'Every table of the staffing plan, a sheet each.',
    access: readers,
    query: staffingQuerySchema,
    answer: { file: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  },
  config: {
    method: 'GET',
    path: '/api/config',
    summary: 'The office configuration in force.',
    access: readers,
    answer: configAnswerSchema,
  },
  replaceConfig: {
    method: 'POST',
    path: '/api/config',
    summary:
      'Replaces the configuration (as `config.replace`): checked, recorded with the reason, applied at once.',
    access: managers,
    body: z.object({ config: officeConfigSchema, reason: z.string().max(500) }),
    answer: configChangedSchema,
  },
  centralTemplate: {
    method: 'GET',
    path: '/api/central/template',
    summary:
      'The head office’s configuration template offered to this office, and what adopting it would change.',
    access: readers,
    answer: centralTemplateAnswerSchema,
  },
  adoptCentralTemplate: {
    method: 'POST',
    path: '/api/central/template/adopt',
    summary:
      'Adopts the offered template (engine `adoptTemplate`) as a configuration change recorded with the manager and the reason.',
    access: managers,
    body: z.object({ id: z.number().int().positive(), reason: z.string().trim().min(1).max(500) }),
    answer: configChangedSchema,
  },
  exportConfig: {
    method: 'GET',
    path: '/api/config/export',
    summary: 'The configuration as one file, without PINs or tokens.',
    access: managers,
    answer: { file: 'application/json' },
  },
  importConfig: {
    method: 'POST',
    path: '/api/config/import',
    summary: 'Replaces the configuration from an exported file.',
    access: managers,
    body: importRequestSchema,
    answer: configChangedSchema,
  },
  configHistory: {
    method: 'GET',
    path: '/api/config/history',
    summary: 'Who changed the configuration, PINs and devices, newest first.',
    access: readers,
    query: z.object({ days: z.coerce.number().int().min(1).max(366).default(90) }),
    answer: historyAnswerSchema,
  },
  resetPin: {
    method: 'POST',
    path: '/api/config/staff/reset-pin',
    summary: 'A new 6-digit PIN for a member of staff, shown once.',
    access: managers,
    body: z.object({ staffId: id }),
    answer: pinResetSchema,
  },
  devices: {
    method: 'GET',
    path: '/api/config/devices',
    summary: 'The office’s devices (kiosks, hall displays, integrations).',
    access: managers,
    answer: devicesAnswerSchema,
  },
  registerDevice: {
    method: 'POST',
    path: '/api/config/devices',
    summary: 'A new device and its token, shown once.',
    access: managers,
    body: z.object({
      role: z.enum(['kiosk', 'board', 'integration', 'door']),
      label: z.string().trim().min(1).max(100),
    }),
    answer: deviceRegisteredSchema,
  },
  revokeDevice: {
    method: 'POST',
    path: '/api/config/devices/revoke',
    summary: 'Revokes a device’s token: its sockets are disconnected at once.',
    access: managers,
    body: z.object({ deviceId: id }),
    answer: deviceRevokedSchema,
  },
  setKioskPrinter: {
    method: 'POST',
    path: '/api/config/devices/printer',
    summary:
      'Sets (or removes: `printer: null`) the network printer the office server prints a kiosk’s tickets on, recorded with who set it.',
    access: managers,
    body: z.object({ deviceId: id, printer: networkPrinterSchema.nullable() }),
    answer: printerSetSchema,
  },
  journal: {
    method: 'GET',
    path: '/api/journal',
    summary: 'The manual actions of staff on one office-local day, newest first.',
    access: readers,
    query: z.object({ day: day.optional() }),
    answer: journalResponseSchema,
  },
  kioskPrintSettings: {
    method: 'POST',
    path: '/api/kiosk/print-settings',
    summary: 'How this kiosk’s printer is driven (who prints, paper, code page).',
    access: kiosks,
    body: kioskPrintSettingsSchema,
    answer: okSchema,
  },
  printResult: {
    method: 'GET',
    path: '/api/tickets/print-result',
    summary: 'Waits (up to `waitMs`) for the server’s print of a ticket this kiosk issued.',
    access: kiosks,
    query: z.object({
      ticketId: id,
      waitMs: z.coerce.number().int().min(0).max(20_000).default(10_000),
    }),
    answer: printResultAnswerSchema,
  },
  reprint: {
    method: 'POST',
    path: '/api/tickets/reprint',
    summary: 'Prints a waiting ticket again on a kiosk’s printer, recorded as the administrator’s act.',
    access: administrators,
    body: z.object({ ticketId: id, deviceId: id.nullish() }),
    answer: reprintAnswerSchema,
  },
  visit: {
    method: 'GET',
    path: '/api/visit',
    summary:
      'The visitor’s own ticket, for the page its QR code opens on their phone: number, topic, people ahead, expected time, the window once called.',
    access: visitor,
    answer: visitViewSchema,
  },
  visitStepOut: {
    method: 'POST',
    path: '/api/visit/step-out',
    summary:
      '«Выйду ненадолго»: the waiting visitor steps out for some minutes and keeps their place (the office’s rules limit how long and how often).',
    access: visitor,
    body: stepOutBodySchema,
    answer: visitViewSchema,
  },
  visitStepIn: {
    method: 'POST',
    path: '/api/visit/step-in',
    summary: '«Я вернулся»: the visitor who stepped out is back in the queue, in their place.',
    access: visitor,
    answer: visitViewSchema,
  },
  visitFeedback: {
    method: 'POST',
    path: '/api/visit/feedback',
    summary:
      'The visitor rates the visit that ended served (1–5, and if they wish a kind and a short text), once per visit; never tied to anyone’s name.',
    access: visitor,
    body: visitFeedbackBodySchema,
    answer: visitViewSchema,
  },
  doorCall: {
    method: 'POST',
    path: '/api/door/call',
    summary:
      'The entrance’s networked call button was pressed: «У входа ждут помощи» on the administrator’s board and every reserve console, until a named member of staff accepts it (`door.accept`).',
    access: doorButtons,
    answer: z.object({ ok: z.literal(true), seq: z.number().int() }),
  },
} as const satisfies Record<string, HttpRoute>;

export type HttpApi = typeof HTTP_API;
export type HttpRouteName = keyof HttpApi;

type Schema<R, K extends 'query' | 'body'> = R extends Record<K, infer S extends z.ZodType> ? S : never;

/** What a caller sends: the query as the URL carries it, the body as JSON. */
export type HttpQuery<N extends HttpRouteName> = z.input<Schema<HttpApi[N], 'query'>>;
export type HttpBody<N extends HttpRouteName> = z.input<Schema<HttpApi[N], 'body'>>;
/** What the server's handler receives once the schemas have parsed it. */
export type ParsedQuery<N extends HttpRouteName> = z.output<Schema<HttpApi[N], 'query'>>;
export type ParsedBody<N extends HttpRouteName> = z.output<Schema<HttpApi[N], 'body'>>;

/** The routes that answer JSON, and what they answer. */
export type JsonRouteName = {
  [N in HttpRouteName]: HttpApi[N]['answer'] extends z.ZodType ? N : never;
}[HttpRouteName];
export type HttpAnswer<N extends JsonRouteName> = HttpApi[N]['answer'] extends z.ZodType<infer A> ? A : never;
/** The routes that answer a file. */
export type FileRouteName = Exclude<HttpRouteName, JsonRouteName>;
