/**
 * The last line of defence (issue 13): an exception nothing caught means the server's memory may no
 * longer match its log, so it is written out and the process ends with a non-zero code for its
 * supervisor (systemd, the desktop shell) to start it again; the new process recovers from the log,
 * where every acknowledged command is. Storage failures never come here: they are answered
 * `storage_failed` where they happen.
 */
export const EXIT_UNEXPECTED = 70; // EX_SOFTWARE (sysexits.h)

export const installProcessSafetyNet = (
  log: (line: string) => void = (line) => console.error(line),
  exit: (code: number) => void = (code) => process.exit(code),
): void => {
  const fail = (what: string) => (error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`${new Date().toISOString()} office server stopping on an ${what}: ${detail}`);
    exit(EXIT_UNEXPECTED);
  };
  process.on('uncaughtException', fail('uncaught exception'));
  process.on('unhandledRejection', fail('unhandled rejection'));
};
