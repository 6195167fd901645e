/** What a print attempt came to; the kiosk shows it and the server raises the printer alarm from it. */
export type PrintStatus = 'printed' | 'paper_out' | 'offline' | 'timed_out' | 'error';

export interface PrintResult {
  status: PrintStatus;
  /** For the administrator and the log, never for the visitor. */
  detail?: string;
  /** Printed, and the roll's near-end sensor says it is running out: the administrator is warned. */
  paperNearEnd?: true;
}

/** A way of getting bytes to a printer. `send` resolves with a result and never rejects. */
export interface PrinterTransport {
  readonly description: string;
  send(bytes: Uint8Array): Promise<PrintResult>;
}

export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The `code` of a Node system error ('ECONNREFUSED', 'ENOENT'…), which decides offline versus error. */
export function errorCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
