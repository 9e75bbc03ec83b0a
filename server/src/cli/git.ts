/**
 * `--changed [REF]`: the lines added or modified since REF, from `git diff --unified=0`, so a
 * pull-request check reports only what the pull request wrote. REF defaults to the merge base of
 * HEAD with the default branch (origin/HEAD, else main, else master, else origin/main or
 * origin/master, which is all a CI checkout such as actions/checkout has). Files git does not
 * track count as entirely new.
 */
import { realpathSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { UsageError } from './errors';
import { toPosix } from './paths';

/** 1-based line numbers per absolute real path; `'all'` for untracked files. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

function git(cwd: string, args: string[]): string {
  // Required here, not imported: node:child_process pulls in net and streams, tens of
  // milliseconds of every start-up, and only --changed runs git.
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
}

/** git, with a failure turned into a one-line usage error (git's own first line of stderr). */
function gitOrUsageError(cwd: string, args: string[]): string {
  try {
    return git(cwd, args);
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
    throw new UsageError(`--changed: git ${args.find((a) => a === 'diff' || a === 'ls-files')} failed${stderr ? `: ${stderr}` : ''}`);
  }
}

function tryGit(cwd: string, args: string[]): string | null {
  try {
    return git(cwd, args).trim();
  } catch {
    return null;
  }
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return join(realpathSync(dirname(path)), path.slice(dirname(path).length + 1));
  }
}

/** Where the default branch is looked for, in order. CI checkouts often have only origin/main. */
const DEFAULT_BRANCHES = ['origin/HEAD', 'main', 'master', 'origin/main', 'origin/master'];

/** The base revision: REF as given, or the merge base with the default branch. Throws UsageError. */
function baseRevision(top: string, ref: string | undefined): string {
  if (ref !== undefined) {
    const commit = tryGit(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    if (!commit) throw new UsageError(`--changed: "${ref}" is not a known git revision`);
    return commit;
  }
  for (const candidate of DEFAULT_BRANCHES) {
    const commit = tryGit(top, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
    if (!commit) continue;
    const base = tryGit(top, ['merge-base', 'HEAD', commit]);
    if (base) return base;
  }
  throw new UsageError(`--changed: no default branch found (tried ${DEFAULT_BRANCHES.join(', ')}); pass --changed REF`);
}

/** Parse `git diff --unified=0` output into added line numbers per repository-relative path. */
export function parseUnifiedZero(diff: string): Map<string, Set<number>> {
  const result = new Map<string, Set<number>>();
  let current: Set<number> | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4);
      if (name === '/dev/null') {
        current = null;
        continue;
      }
      const path = unquote(name).replace(/^b\//, '');
      current = result.get(path) ?? new Set<number>();
      result.set(path, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return result;
}

/** git's C-style quoting of unusual paths: "a\tb" and octal bytes \303\251. */
function unquote(name: string): string {
  const trimmed = name.replace(/\t$/, '');
  if (!trimmed.startsWith('"')) return trimmed;
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 1; i < trimmed.length - 1; i++) {
    const c = trimmed[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = trimmed[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(trimmed.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(simple[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Changed lines for each of `files` (absolute paths), keyed by real path.
 * Throws UsageError when a file is outside a git work tree or git is unavailable.
 */
export function changedLines(files: string[], ref: string | undefined, cwd: string): ChangedLines {
  const byTop = new Map<string, string[]>();
  const topOfDir = new Map<string, string>();
  for (const file of files) {
    // A symlink counts where it points: that is the file git knows.
    const real = realPath(file);
    const dir = dirname(real);
    let top = topOfDir.get(dir);
    if (top === undefined) {
      try {
        top = git(dir, ['rev-parse', '--show-toplevel']).trim();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError('--changed: git is not installed or not on PATH');
        throw new UsageError(`--changed: ${toPosix(relative(cwd, file)) || file} is not inside a git repository`);
      }
      topOfDir.set(dir, top);
    }
    const list = byTop.get(top) ?? [];
    list.push(real);
    byTop.set(top, list);
  }
  const changed: ChangedLines = new Map();
  for (const [top, list] of byTop) {
    const base = baseRevision(top, ref);
    const rel = list.map((f) => toPosix(relative(top, f)));
    // Passing paths in batches keeps the command line short in big repositories.
    for (let i = 0; i < rel.length; i += 500) {
      const batch = rel.slice(i, i + 500);
      const specs = batch.map((p) => `:(literal)${p}`);
      const diff = gitOrUsageError(top, ['-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--src-prefix=a/', '--dst-prefix=b/', base, '--', ...specs]);
      for (const [path, lines] of parseUnifiedZero(diff)) changed.set(join(top, path), lines);
      const untracked = gitOrUsageError(top, ['ls-files', '-z', '--others', '--', ...specs]).split('\0').filter(Boolean);
      for (const path of untracked) changed.set(join(top, path), 'all');
    }
  }
  return changed;
}

/** Whether a finding on lines [startLine, endLine] (0-based) touches a changed line. */
export function touchesChange(lines: Set<number> | 'all' | undefined, startLine: number, endLine: number): boolean {
  if (lines === undefined) return false;
  if (lines === 'all') return true;
  for (let n = startLine; n <= endLine; n++) if (lines.has(n + 1)) return true;
  return false;
}

export { realPath };
