/** What a check or fix run reads: the files named (or found), or stdin. */
import { resolve } from 'node:path';
import type { ParsedArgs } from './args';
import { collectFiles } from './files';
import { note, type Io } from './io';
import { displayPath } from './paths';
import { decodeDraft, readDraft, readStdin, type Draft, type ReadOutcome } from './read';
import { Settings, type ResolvedConfig, type SettingsOptions } from './settings';

export interface Input {
  /** How reports name it. */
  display: string;
  /** Absolute path on disk; undefined for stdin. */
  path?: string;
  /** Decides markdown or plain text (.txt). */
  filename?: string;
  config: ResolvedConfig;
  read(): ReadOutcome;
}

export function settingsFor(args: ParsedArgs, io: Io): Settings {
  return new Settings({ ...settingsOptions(args, io), warn: (line) => io.stderr(`scrubs: ${line}\n`) });
}

/** What decides the configuration of a file, as plain data (worker threads resolve it the same way). */
export function settingsOptions(args: ParsedArgs, io: Io): Omit<SettingsOptions, 'warn'> {
  const overrides: { strict?: boolean; platform?: string } = {};
  if (args.strict) overrides.strict = true;
  if (args.platform !== undefined) overrides.platform = args.platform;
  return { cwd: io.cwd, explicit: args.config, overrides };
}

/** Throws UsageError (bad config, no files matching). Notes about skipped paths go to stderr. */
export async function gatherInputs(args: ParsedArgs, io: Io, settings: Settings): Promise<Input[]> {
  if (args.stdin) {
    const name = args.stdinFilename;
    const path = resolve(io.cwd, name ?? '<stdin>');
    const config = settings.forFile(path);
    const bytes = await readStdin();
    return [
      {
        display: name === undefined ? '<stdin>' : displayPath(io.cwd, path),
        filename: name,
        config,
        read: () => (bytes.length > config.maxFileSize ? { ok: false, reason: `skipped: ${bytes.length} bytes is larger than maxFileSize (${config.maxFileSize} bytes)` } : decodeDraft(bytes)),
      },
    ];
  }
  const { targets, notes } = collectFiles(args.paths, io.cwd, settings);
  for (const n of notes) io.stderr(`scrubs: ${n}\n`);
  return targets.map((t) => ({ display: t.display, path: t.path, filename: t.path, config: t.config, read: () => readDraft(t.path, t.config.maxFileSize) }));
}

/** Read an input, reporting why it cannot be checked. Null when skipped. */
export function readInput(input: Input, io: Io): Draft | null {
  const outcome = input.read();
  if (!outcome.ok) {
    note(io, input.display, outcome.reason);
    return null;
  }
  if (outcome.draft.invalidUtf8) note(io, input.display, 'warning: not valid UTF-8; undecodable bytes were replaced with U+FFFD before checking');
  return outcome.draft;
}
