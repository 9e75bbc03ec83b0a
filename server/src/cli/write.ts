/**
 * Writing a fixed draft back: to a temporary file in the same directory, then renamed over the
 * original, so a crash never leaves half a file. The mode is kept, and a symlink is written
 * through to its target (the link stays a link; no other file is ever replaced).
 */
import { chmodSync, chownSync, closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface WriteExpectation {
  /** What the file looked like when it was read: it is not written if that changed since. */
  mtimeMs?: number;
  size?: number;
  mode?: number;
  /** The bytes that were read: the file is left alone unless it still holds exactly these. */
  original?: Buffer;
}

const changed = () => Object.assign(new Error('changed on disk while being fixed'), { code: 'ECHANGED' });

export function writeAtomic(path: string, bytes: Buffer, expected: WriteExpectation = {}): void {
  const real = realpathSync(path);
  const stat = statSync(real);
  if ((expected.mtimeMs !== undefined && stat.mtimeMs !== expected.mtimeMs) || (expected.size !== undefined && stat.size !== expected.size)) {
    throw changed();
  }
  // Read-only means read-only, even for root (who could rename over it): never replace such a file.
  if ((stat.mode & 0o222) === 0) throw Object.assign(new Error('read-only'), { code: 'EREADONLY' });
  const mode = (expected.mode ?? stat.mode) & 0o7777;
  // node:crypto is required here, not imported: loading it costs every start-up, and only fix --write needs it.
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  const temp = join(dirname(real), `.${basename(real)}.scrubs-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', mode);
  try {
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, mode); // openSync's mode is filtered by the umask
    try {
      chownSync(temp, stat.uid, stat.gid); // root fixing someone's file leaves it theirs
    } catch {
      // not permitted (not root): the file is ours already
    }
    // Last look before the rename: an editor that saved meanwhile keeps its version.
    if (expected.original && !readFileSync(real).equals(expected.original)) throw changed();
    renameSync(temp, real);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already renamed or never created
    }
    throw error;
  }
}
