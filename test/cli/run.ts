/**
 * End-to-end helpers for the CLI: run `node bin/scrubs.js` (the built bundle) in a temporary
 * folder of invented drafts, and inspect what it printed and left on disk.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'scrubs.js');

/** Drafts the engine flags (patient name + room) and leaves alone (a colleague praised). */
export const PATIENT = 'Mrs. Osei in room 12 finally went home today.';
export const COLLEAGUE = 'Dr. Amara Osei gave a great talk at the conference.';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function scrubs(cwd: string, args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR;
  // The markdown format links to GitHub when it runs in a GitHub Actions job: not unless a test asks.
  for (const name of ['GITHUB_ACTIONS', 'SCRUBS_LINK_BASE']) if (!options.env || !(name in options.env)) delete env[name];
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input: options.input ?? '', env, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder per test, removed afterwards. Call inside describe(). */
export function useTempDir(): { readonly path: string } {
  const state = { path: '' };
  beforeEach(() => {
    state.path = mkdtempSync(join(tmpdir(), 'scrubs-cli-'));
  });
  afterEach(() => {
    rmSync(state.path, { recursive: true, force: true });
  });
  return state;
}

/** Write files (path → text or bytes) under `dir`, creating folders. */
export function write(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

export const read = (dir: string, path: string) => readFileSync(join(dir, path));

export interface JsonReport {
  version: number;
  files: {
    path: string;
    diagnostics: {
      ruleId: string;
      category: string;
      severity: string;
      message: string;
      range: Range;
      fixes: { title: string; edits: { range: Range; newText: string }[] }[];
    }[];
  }[];
}
interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export function jsonOf(run: Run): JsonReport {
  return JSON.parse(run.stdout) as JsonReport;
}

/** Paths of the files a JSON report lists. */
export const pathsOf = (run: Run) => jsonOf(run).files.map((f) => f.path);

/** git in `cwd`, isolated from the user's and the system's git configuration. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', HOME: cwd },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
