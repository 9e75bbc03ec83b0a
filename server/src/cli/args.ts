/**
 * Command-line parsing. Small and strict on purpose: an unknown flag, a missing value or a bad
 * value is a usage error (exit 2) naming the flag, never a silent default.
 */
import { existsSync } from 'node:fs';
import { UsageError } from './errors';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export type Command = 'check' | 'fix' | 'rules' | 'lsp';
export const COMMANDS: Command[] = ['check', 'fix', 'rules', 'lsp'];

export interface ParsedArgs {
  command: Command | null;
  help: boolean;
  version: boolean;
  paths: string[];
  format: Format;
  config?: string;
  stdin: boolean;
  stdinFilename?: string;
  platform?: string;
  strict: boolean;
  maxWarnings?: number;
  /** --no-snippets: reports carry no text of the draft (generic messages, no fixes). */
  noSnippets?: boolean;
  /** Set when --changed was given; `ref` is undefined for "the merge base with the default branch". */
  changed?: { ref?: string };
  write: boolean;
  json: boolean;
  /** lsp transport flags, passed through to the language server untouched. */
  transport?: 'stdio' | 'node-ipc' | 'socket' | 'pipe';
}

interface FlagSpec {
  /** Commands that accept the flag. */
  commands: Command[];
  /** 'value' takes an argument; 'optional' may take one (--changed [REF]); 'bool' takes none. */
  takes: 'bool' | 'value' | 'optional';
  apply(args: ParsedArgs, value: string | undefined, flag: string): void;
}

const LINT_COMMANDS: Command[] = ['check', 'fix'];

const FLAGS: Record<string, FlagSpec> = {
  '--format': {
    commands: ['check'],
    takes: 'value',
    apply(args, value, flag) {
      if (!(FORMATS as readonly string[]).includes(value!)) throw new UsageError(`${flag}: unknown format "${value}" (use ${FORMATS.join(', ')})`);
      args.format = value as Format;
    },
  },
  '--config': { commands: ['check', 'fix', 'rules'], takes: 'value', apply: (args, value) => void (args.config = value) },
  '--stdin': { commands: LINT_COMMANDS, takes: 'bool', apply: (args) => void (args.stdin = true) },
  '--stdin-filename': { commands: LINT_COMMANDS, takes: 'value', apply: (args, value) => void (args.stdinFilename = value) },
  '--platform': { commands: LINT_COMMANDS, takes: 'value', apply: (args, value) => void (args.platform = value!.toLowerCase()) },
  '--strict': { commands: LINT_COMMANDS, takes: 'bool', apply: (args) => void (args.strict = true) },
  '--max-warnings': {
    commands: ['check'],
    takes: 'value',
    apply(args, value, flag) {
      if (!/^\d+$/.test(value!)) throw new UsageError(`${flag}: expected a whole number of warnings, got "${value}"`);
      args.maxWarnings = Number(value);
    },
  },
  '--no-snippets': { commands: ['check'], takes: 'bool', apply: (args) => void (args.noSnippets = true) },
  '--changed': { commands: ['check'], takes: 'optional', apply: (args, value) => void (args.changed = { ref: value }) },
  '--write': { commands: ['fix'], takes: 'bool', apply: (args) => void (args.write = true) },
  '--json': { commands: ['rules'], takes: 'bool', apply: (args) => void (args.json = true) },
  '--stdio': { commands: ['lsp'], takes: 'bool', apply: (args) => setTransport(args, 'stdio') },
  '--node-ipc': { commands: ['lsp'], takes: 'bool', apply: (args) => setTransport(args, 'node-ipc') },
  '--socket': { commands: ['lsp'], takes: 'value', apply: (args) => setTransport(args, 'socket') },
  '--pipe': { commands: ['lsp'], takes: 'value', apply: (args) => setTransport(args, 'pipe') },
  // vscode-languageclient appends this to the server's arguments; the server reads it from argv.
  '--clientProcessId': { commands: ['lsp'], takes: 'value', apply: () => undefined },
};

const ALIASES: Record<string, string> = { '-f': '--format', '-c': '--config' };

function setTransport(args: ParsedArgs, transport: NonNullable<ParsedArgs['transport']>): void {
  if (args.transport && args.transport !== transport) throw new UsageError(`lsp: --${args.transport} and --${transport} cannot be combined`);
  args.transport = transport;
}

function emptyArgs(): ParsedArgs {
  return { command: null, help: false, version: false, paths: [], format: 'stylish', stdin: false, strict: false, write: false, json: false };
}

/** Parse argv (without `node` and the script). Throws UsageError. */
export function parseArgs(argv: string[]): ParsedArgs {
  const args = emptyArgs();
  let i = 0;
  let onlyPaths = false;
  for (; i < argv.length; i++) {
    const token = argv[i];
    if (args.command === null && !token.startsWith('-')) {
      if (!(COMMANDS as string[]).includes(token)) throw new UsageError(`unknown command "${token}" (use ${COMMANDS.join(', ')}; see scrubs --help)`);
      args.command = token as Command;
      continue;
    }
    if (onlyPaths || !token.startsWith('-') || token === '-') {
      args.paths.push(token);
      continue;
    }
    if (token === '--') {
      onlyPaths = true;
      continue;
    }
    if (token === '--help' || token === '-h') {
      args.help = true;
      continue;
    }
    if (token === '--version' || token === '-v') {
      args.version = true;
      continue;
    }
    const eq = token.indexOf('=');
    const rawName = eq > 0 ? token.slice(0, eq) : token;
    const name = ALIASES[rawName] ?? rawName;
    const inline = eq > 0 ? token.slice(eq + 1) : undefined;
    const spec = FLAGS[name];
    const hint = `see scrubs${args.command ? ` ${args.command}` : ''} --help`;
    if (!spec) throw new UsageError(`unknown flag ${rawName}${args.command ? ` for ${args.command}` : ''} (${hint})`);
    if (!args.command || !spec.commands.includes(args.command)) {
      throw new UsageError(`${rawName} is not a flag of ${args.command ? `scrubs ${args.command}` : 'scrubs without a command'} (${hint})`);
    }
    let value: string | undefined;
    if (spec.takes === 'bool') {
      if (inline !== undefined) throw new UsageError(`${rawName} does not take a value`);
    } else if (spec.takes === 'value') {
      if (inline !== undefined) value = inline;
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('-')) value = argv[++i];
      else if (i + 1 < argv.length && name === '--max-warnings') value = argv[++i]; // report "-1" as a bad number, not a missing one
      else throw new UsageError(`${rawName} needs a value`);
      if (value === '') throw new UsageError(`${rawName} needs a value`);
    } else {
      // --changed [REF]: the next word is a REF unless it is a flag or an existing path;
      // --changed=REF is always a REF.
      if (inline !== undefined) value = inline;
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('-') && !existsSync(argv[i + 1])) value = argv[++i];
      if (value === '') throw new UsageError(`${rawName}= needs a git revision`);
    }
    spec.apply(args, value, rawName);
  }
  return args;
}

/** Checks across flags, once everything is parsed. Throws UsageError. */
export function validateArgs(args: ParsedArgs, platforms: readonly string[]): void {
  if (args.stdin && args.paths.length) throw new UsageError('--stdin: cannot be combined with paths');
  if (args.stdinFilename !== undefined && !args.stdin) throw new UsageError('--stdin-filename: only works together with --stdin');
  if (args.stdin && args.changed) throw new UsageError('--changed: cannot be combined with --stdin');
  if (args.stdin && args.write) throw new UsageError('--write: cannot be combined with --stdin (the fixed text is printed instead)');
  if (args.platform !== undefined && !platforms.includes(args.platform)) {
    throw new UsageError(`--platform: unknown platform "${args.platform}" (use ${platforms.join(', ')})`);
  }
  if (args.command === 'lsp' && !args.transport) throw new UsageError('lsp: pass --stdio (editors) or --node-ipc (VS Code)');
  if ((args.command === 'rules' || args.command === 'lsp') && args.paths.length) {
    throw new UsageError(`${args.command}: unexpected argument "${args.paths[0]}"`);
  }
}
