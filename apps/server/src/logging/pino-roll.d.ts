// pino-roll ships no types; what the office logger uses of it (its README's `build(options)`).
declare module 'pino-roll' {
  import type { DestinationStream } from 'pino';
  interface PinoRollOptions {
    file: string;
    size?: number | string;
    frequency?: number | string;
    extension?: string;
    mkdir?: boolean;
    sync?: boolean;
    limit?: { count?: number; removeOtherLogFiles?: boolean };
  }
  const build: (options: PinoRollOptions) => Promise<DestinationStream & { end(): void; flushSync(): void }>;
  export default build;
}
