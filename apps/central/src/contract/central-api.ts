import type { OfficeStatus } from '@queue/central-db';
import type { PublishedTemplate } from '@queue/protocol';
import {
  COMPANY_DIMENSIONS,
  type CompanyReport,
  type ReportHeading,
  type ReportTable,
} from '@queue/reports-engine';
import { z } from 'zod';

/**
 * The head office's HTTP API (docs/SCALING.md «The head office»), shared by its service and its UI.
 * Errors are `{ok: false, error: WireError}` as at an office.
 */
export const CENTRAL_ROLES = ['company_manager', 'analyst'] as const;
export type CentralRole = (typeof CENTRAL_ROLES)[number];

export const centralLoginSchema = z.object({
  login: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export interface CentralUser {
  login: string;
  fullName: string;
  role: CentralRole;
}

export interface CentralLoginAnswer {
  token: string;
  user: CentralUser;
}

/** One office on the company overview. Times are milliseconds since the epoch. */
export interface OfficeOverview {
  id: string;
  name: string;
  presetId: string | null;
  /** The office's own summary at its last report; `null` before its first. */
  status: OfficeStatus | null;
  /** Every event up to here is held by the centre. */
  replicatedSeq: number;
  /** Events the office had and the centre did not, at its last report. */
  backlog: number;
  seenAt: number | null;
  replicatedAt: number | null;
  /** No contact for longer than the centre's silence limit. */
  silent: boolean;
}

/** A message of the overview's live stream: the offices that changed (or all of them, now and then). */
export interface OverviewUpdate {
  at: number;
  offices: OfficeOverview[];
}

export interface OverviewAnswer {
  at: number;
  silentAfterMs: number;
  offices: OfficeOverview[];
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const companyQueryShape = { from: day, to: day, groupBy: z.enum(COMPANY_DIMENSIONS).default('office') };
const inOrder = (q: { from: string; to: string }) => q.from <= q.to;

export const companyQuerySchema = z
  .object(companyQueryShape)
  .refine(inOrder, { message: 'from after to', path: ['to'], params: { expected: 'not_before_from' } });

export const companyExportSchema = z
  .object({ ...companyQueryShape, table: z.enum(['summary', 'compliance']).default('summary') })
  .refine(inOrder, { message: 'from after to', path: ['to'], params: { expected: 'not_before_from' } });

export interface CompanyReportAnswer {
  report: CompanyReport;
  tables: ReportTable[];
  heading: ReportHeading;
  generatedAt: number;
  computeMs: number;
}

export const publishTemplateSchema = z.object({
  title: z.string().trim().min(1).max(200),
  note: z.string().trim().max(1000).default(''),
  /** The office whose current topics, norms and preset become the template. */
  fromOffice: z.string().min(1).max(64),
});

export interface TemplatesAnswer {
  templates: PublishedTemplate[];
  /** How many offices' configurations follow each template (by the template's id), as they last said. */
  adoptedBy: Record<number, number>;
  offices: number;
}
