/**
 * The scrubs command line: check | fix | rules | lsp. The only writer to stdout and stderr.
 * Exit codes (CONTRACT.md): 0 no error-severity finding, 1 at least one (or too many warnings),
 * 2 usage or configuration error with a one-line message naming the flag or file.
 */
import { parseArgs, validateArgs, type ParsedArgs } from './args';
import { check } from './commands/check';
import { fix } from './commands/fix';
import { lsp } from './commands/lsp';
import { rules } from './commands/rules';
import { EXIT_OK, EXIT_USAGE, UsageError } from './errors';
import { helpText } from './help';
import type { Io } from './io';
import { TOOL } from './meta';
import { PLATFORMS } from './platforms';
import { enablePool, isPoolWorker, runPoolWorker } from './pool';

/** Run one command; resolves to the exit code, or null when the process must stay up (lsp). */
export async function run(argv: string[], io: Io): Promise<number | null> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
    if (args.help) {
      io.stdout(helpText(args.command));
      return EXIT_OK;
    }
    if (args.version) {
      io.stdout(`${TOOL.version}\n`);
      return EXIT_OK;
    }
    if (!args.command) throw new UsageError('missing command: check, fix, rules or lsp (see scrubs --help)');
    validateArgs(args, PLATFORMS);
    switch (args.command) {
      case 'check':
        return await check(args, io);
      case 'fix':
        return await fix(args, io);
      case 'rules':
        return rules(args, io);
      case 'lsp':
        return lsp(io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`scrubs: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function main(): void {
  // The language server analyses big drafts on a worker thread started from this same bundle
  // (required only off the main thread, so `scrubs check` never loads the server).
  if (!(require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread) {
    const worker = require('../lsp/background') as typeof import('../lsp/background');
    if (worker.isLintWorker()) {
      worker.runLintWorker();
      return;
    }
    if (isPoolWorker()) {
      runPoolWorker();
      return;
    }
  }
  // `check` of many files lints on worker threads running this same bundle.
  enablePool(__filename);
  // A closed pipe (scrubs check | head) is not worth a stack trace: drop the rest of the
  // output and still finish with the right exit code.
  let stdoutClosed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stdoutClosed = true;
  });
  const io: Io = {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void (text && !stdoutClosed && process.stdout.write(text)),
    stderr: (text) => void (text && process.stderr.write(text)),
    stdoutIsTTY: !!process.stdout.isTTY,
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      if (code !== null) process.exitCode = code;
    },
    (error: unknown) => {
      // An internal error: report where, not what the draft said.
      const e = error as Error;
      process.stderr.write(`scrubs: internal error: ${e?.name ?? 'Error'}${e?.stack ? `\n${e.stack.split('\n').slice(1).join('\n')}` : ''}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}

main();
