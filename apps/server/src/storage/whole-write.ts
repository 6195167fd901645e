import { writeSync } from 'node:fs';

/** `writeSync`'s positional form: returns how many bytes it wrote, which may be fewer than asked. */
export type WriteAt = (
  fd: number,
  buffer: Uint8Array,
  offset: number,
  length: number,
  position: number,
) => number;

export const writeAt: WriteAt = (fd, buffer, offset, length, position) =>
  writeSync(fd, buffer, offset, length, position);

/**
 * Writes every byte or throws. On a nearly full disk one `write` takes only what fits and says how much
 * (issue 13: a line cut short was acknowledged); the rest is asked for again, and the disk then answers
 * with an error (ENOSPC) instead of a count.
 */
export const writeWhole = (write: WriteAt, fd: number, bytes: Uint8Array, position: number): void => {
  let done = 0;
  while (done < bytes.length) {
    const wrote = write(fd, bytes, done, bytes.length - done, position + done);
    if (!(wrote > 0)) throw Object.assign(new Error('the disk took no bytes'), { code: 'ENOSPC' });
    done += wrote;
  }
};
