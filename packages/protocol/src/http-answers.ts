import type { TemplateChanges } from '@queue/engine';
import type { Report, ReportHeading, ReportTable } from '@queue/reports-engine';
import { SHEET_NAME_MAX, TABLE_IDS } from '@queue/reports-engine';
import { STAFFING_TABLE_IDS, type StaffingOverview, type StaffingTable } from '@queue/staffing';
import { z } from 'zod';
import { commandResultSchema } from './command-result.js';
import { officeConfigSchema } from './config-schema.js';
import { publishedTemplateSchema } from './config-template.js';
import { networkPrinterSchema } from './network-printer.js';
import type { SnapshotMessage } from './socket-events.js';
import type { ReplicationStatus, StorageStatus } from './views.js';

/**
 * What each HTTP route answers with 200, as zod schemas (the routes themselves: http-api.ts). The
 * server's answers are checked against them before they leave, the typed client parses them again,
 * and the OpenAPI document is generated from them.
 */

/**
 * A JSON object the contract checks only in outline (that it is an object with these fields) and types
 * by its TypeScript interface. The views and the report's figures are built field by field by the
 * server and described in docs/PROTOCOL.md; a second, full definition as a schema would be one more to
 * keep in step with the interfaces.
 */
const outlined = <T>(shape: z.ZodRawShape, description: string) =>
  z.looseObject(shape).meta({ description }) as unknown as z.ZodType<T>;

// A schema and the interface it stands for must describe the same answer: a change to one that is not
// made to the other fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const okSchema = z.object({ ok: z.literal(true) });

/** `/health/live`: the process runs and answers. */
export const liveSchema = z.object({ status: z.literal('live'), uptimeMs: z.number() });

/** `/health/ready` when ready; when not, 503 `not_ready` with `storage` and `day` in its details. */
export const readySchema = z.object({
  status: z.literal('ready'),
  /** The open office day (YYYY-MM-DD). */
  day: z.string(),
  seq: z.number().int(),
});

export const healthSchema = z.object({
  /** `storage_failing` while a file of the office cannot be written (reads still work). */
  status: z.enum(['ok', 'storage_failing']),
  office: z.string(),
  /** The office's open day (YYYY-MM-DD), null before the first opening. */
  day: z.string().nullable(),
  seq: z.number().int(),
  uptimeMs: z.number(),
  storage: outlined<StorageStatus>(
    { failing: z.array(z.looseObject({})), failedWrites: z.number().int() },
    'Files that cannot be written now, and how many writes failed since the start (views.ts).',
  ),
  /** The replication to the head office (docs/SCALING.md); `null` when the office sends nothing. */
  replication: z
    .object({
      officeId: z.string(),
      state: z.enum(['connecting', 'sending', 'upToDate', 'offline', 'diverged', 'refused']),
      replicatedSeq: z.number().int().nullable(),
      backlog: z.number().int().nullable(),
      lastContactAt: z.number().nullable(),
      offlineSince: z.number().nullable(),
      detail: z.string().nullable(),
    })
    .nullable(),
});

const healthReplicationMatches: Same<z.infer<typeof healthSchema>['replication'], ReplicationStatus | null> =
  true;
void healthReplicationMatches;

export const viewSnapshotSchema = outlined<SnapshotMessage>(
  { rev: z.number().int(), view: z.looseObject({ kind: z.enum(['public', 'staff']) }) },
  'The caller’s replica: `view` is a PublicView or a StaffView (docs/PROTOCOL.md §2, views.ts).',
);

export const freeSlotsSchema = z.object({
  serviceId: z.string(),
  date: z.string(),
  slots: z.array(z.object({ at: z.number(), free: z.number().int() })),
});

const cellSchema = z.union([z.string(), z.number(), z.null()]);

/** A table as the files carry it; `ids` are the tables of one kind of report. */
const tableSchema = <const Ids extends readonly [string, ...string[]]>(ids: Ids) =>
  z.object({
    id: z.enum(ids),
    title: z.string(),
    /** The XLSX sheet's name, at most Excel's 31 characters. */
    sheet: z.string().max(SHEET_NAME_MAX),
    columns: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        kind: z.enum(['text', 'count', 'minutes', 'percent', 'decimal', 'flag']),
      }),
    ),
    rows: z.array(z.array(cellSchema)),
    total: z.array(cellSchema).nullable(),
    rowCodes: z.array(z.string()).optional(),
  });

export const reportTableSchema = tableSchema(TABLE_IDS);
export const staffingTableSchema = tableSchema(STAFFING_TABLE_IDS);

export const reportHeadingSchema = z.object({
  office: z.string(),
  period: z.string(),
  preset: z.string(),
  filters: z.string(),
});

const tablesMatch: Same<z.infer<typeof reportTableSchema>, ReportTable> = true;
const staffingTablesMatch: Same<z.infer<typeof staffingTableSchema>, StaffingTable> = true;
void staffingTablesMatch;
const headingsMatch: Same<z.infer<typeof reportHeadingSchema>, ReportHeading> = true;
void tablesMatch;
void headingsMatch;

/** What `GET /api/reports` answers: the figures, the same tables the files carry, and how they were made. */
export const reportResponseSchema = z.object({
  report: outlined<Report>(
    { query: z.looseObject({ from: z.string(), to: z.string() }) },
    'The figures of the period (docs/PROTOCOL.md «Reports»; packages/reports `Report`).',
  ),
  tables: z.array(reportTableSchema),
  heading: reportHeadingSchema,
  generatedAt: z.number(),
  computeMs: z.number(),
});

export type ReportResponse = z.infer<typeof reportResponseSchema>;

/** What `GET /api/staffing` answers: the plan's figures, the same tables the files carry, and how they were made. */
export const staffingResponseSchema = z.object({
  overview: outlined<StaffingOverview>(
    {
      today: z.string(),
      plans: z.array(z.looseObject({ date: z.string() })),
      reviews: z.array(z.looseObject({})),
    },
    'Tomorrow and the week planned, the recent days set against their plans (docs/PROTOCOL.md «Staffing plan»; packages/staffing `StaffingOverview`).',
  ),
  tables: z.array(staffingTableSchema),
  heading: reportHeadingSchema,
  /** The day whose hours the `reviewHours` table sets against its plan; null when no day was reviewed. */
  reviewDate: z.string().nullable(),
  generatedAt: z.number(),
  computeMs: z.number(),
});

export type StaffingResponse = z.infer<typeof staffingResponseSchema>;

export const configAnswerSchema = z.object({ config: officeConfigSchema, seq: z.number().int() });

/** A configuration stored: the command's result and the configuration now in force. */
export const configChangedSchema = z.object({
  ok: z.literal(true),
  result: commandResultSchema,
  config: officeConfigSchema,
});

/** What adopting a template would change here (engine `templateChanges`); topics by id. */
export const templateChangesSchema = z.object({
  presetFrom: z.string(),
  presetTo: z.string(),
  added: z.array(z.string()),
  disabled: z.array(z.string()),
  renormed: z.array(z.string()),
  unserved: z.array(z.string()),
});

const templateChangesMatch: Same<z.infer<typeof templateChangesSchema>, TemplateChanges> = true;
void templateChangesMatch;

/** The head office's template offered to this office (docs/PROTOCOL.md «Head-office template»). */
export const centralTemplateAnswerSchema = z.object({
  /** Whether the office replicates to a head office at all; without it nothing is ever offered. */
  replication: z.boolean(),
  /** The head office's latest template as last read from its database; null when there is none yet. */
  offer: publishedTemplateSchema.nullable(),
  /** When the office last read it (ms); null before the first read. */
  readAt: z.number().nullable(),
  /** What adopting the offer would change in the configuration in force; null without an offer. */
  changes: templateChangesSchema.nullable(),
});

export type CentralTemplateAnswer = z.infer<typeof centralTemplateAnswerSchema>;

export const historyEntrySchema = z.object({
  seq: z.number().int(),
  at: z.number(),
  type: z.enum([
    'config.replaced',
    'staff.pinReset',
    'device.registered',
    'device.revoked',
    'device.printerSet',
  ]),
  actorId: z.string().nullable(),
  reason: z.string().nullable(),
  subject: z.string().nullable(),
});

export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyAnswerSchema = z.object({
  /** Newest first. */
  entries: z.array(historyEntrySchema),
  /** Staff and device names by id, for the entries' actors and subjects. */
  names: z.record(z.string(), z.string()),
});

export type HistoryAnswer = z.infer<typeof historyAnswerSchema>;

export const pinResetSchema = z.object({
  ok: z.literal(true),
  staffId: z.string(),
  login: z.string(),
  /** The new PIN, shown to the manager once; the server keeps only its hash. */
  pin: z.string(),
});

export const deviceInfoSchema = z.object({
  id: z.string(),
  role: z.enum(['kiosk', 'board', 'integration', 'door']),
  label: z.string(),
  revoked: z.boolean(),
  /**
   * Kiosks: the network printer the office server prints to, `null` for none. `paper`/`codePage` are
   * `null` in a record written by hand before they were set here: the kiosk's own choice is used.
   */
  printer: networkPrinterSchema
    .extend({
      host: z.string(),
      paper: networkPrinterSchema.shape.paper.nullable(),
      codePage: networkPrinterSchema.shape.codePage.nullable(),
    })
    .nullable(),
});

export type DeviceInfo = z.infer<typeof deviceInfoSchema>;

export const devicesAnswerSchema = z.object({ devices: z.array(deviceInfoSchema) });

export const deviceRegisteredSchema = z.object({
  ok: z.literal(true),
  device: deviceInfoSchema,
  /** The device's token, shown once; the server keeps only its SHA-256. */
  token: z.string(),
});

export const deviceRevokedSchema = z.object({ ok: z.literal(true), device: deviceInfoSchema });

export const printerSetSchema = z.object({ ok: z.literal(true), device: deviceInfoSchema });

const printStatusSchema = z.enum(['printed', 'paper_out', 'offline', 'timed_out', 'error']);

export const printResultAnswerSchema = z.object({
  ok: z.literal(true),
  /** Null: the server does not print for this kiosk, or has not finished (`pending`). */
  result: z.object({ status: printStatusSchema }).nullable(),
  pending: z.boolean(),
});

export const reprintAnswerSchema = z.object({
  ok: z.literal(true),
  result: z.object({ status: printStatusSchema, detail: z.string().optional() }),
});

export const openApiAnswerSchema = z
  .looseObject({ openapi: z.string() })
  .meta({ description: 'This document: OpenAPI 3.1, generated from packages/protocol/src/http-api.ts.' });
