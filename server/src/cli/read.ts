/**
 * Reading a draft from disk or stdin. Never throws: a file that cannot be checked comes back
 * with the reason, which the caller reports on stderr (naming the file, never its contents).
 *
 * - Binary (a NUL byte in the first 8 KB) and UTF-16 files are skipped.
 * - Files larger than maxFileSize are skipped.
 * - A UTF-8 byte-order mark is stripped before linting, so positions are relative to the text
 *   after it (what editors show), and restored when writing.
 * - Invalid UTF-8 is decoded with U+FFFD replacement characters and checked anyway, with a
 *   warning: a Latin-1 file may still name a patient. `scrubs fix --write` never writes such a
 *   file, since writing the decoded text back would destroy the undecodable bytes.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';

export interface Draft {
  /** Text with any BOM removed. */
  text: string;
  bom: boolean;
  /** The bytes were not valid UTF-8; `text` holds replacement characters. */
  invalidUtf8: boolean;
  /** File mode and identity when read from disk (for atomic rewrites). */
  mode?: number;
  mtimeMs?: number;
  size?: number;
}

export type ReadOutcome = { ok: true; draft: Draft } | { ok: false; reason: string };

const SNIFF = 8 * 1024;

export function decodeDraft(bytes: Buffer): ReadOutcome {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'skipped: UTF-16 text is not supported (save it as UTF-8)' };
  }
  if (bytes.subarray(0, SNIFF).includes(0)) return { ok: false, reason: 'skipped: binary file (NUL bytes in the first 8 KB)' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  let invalidUtf8 = false;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    invalidUtf8 = true;
    text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  }
  return { ok: true, draft: { text, bom, invalidUtf8 } };
}

export function readDraft(path: string, maxFileSize: number): ReadOutcome {
  // stat before open: opening a FIFO would block until something writes to it.
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    return { ok: false, reason: `skipped: cannot be read (${codeOf(error)})` };
  }
  if (stat.isDirectory()) return { ok: false, reason: 'skipped: is a directory' };
  if (!stat.isFile()) return { ok: false, reason: 'skipped: not a regular file' };
  if (stat.size > maxFileSize) return { ok: false, reason: `skipped: ${stat.size} bytes is larger than maxFileSize (${maxFileSize} bytes)` };
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { ok: false, reason: `skipped: cannot be read (${codeOf(error)})` };
  }
  try {
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const outcome = decodeDraft(bytes.subarray(0, read));
    if (outcome.ok) Object.assign(outcome.draft, { mode: stat.mode, mtimeMs: stat.mtimeMs, size: stat.size });
    return outcome;
  } catch (error) {
    return { ok: false, reason: `skipped: cannot be read (${codeOf(error)})` };
  } finally {
    closeSync(fd);
  }
}

/** All of stdin. */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? 'error';
}
