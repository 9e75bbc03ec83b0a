/**
 * Which files a run checks. Directories are walked for drafts (*.md, *.markdown, *.mdx, *.txt
 * plus the config's `files.include`, minus `files.exclude`), honouring .gitignore and
 * .scrubsignore at every level (nested ones too) and never entering node_modules or .git.
 * Globs expand relative to the working directory. A path or glob that matches nothing is a
 * usage error, as in ESLint ("No files matching ..."). The result is sorted by display path.
 */
import { existsSync, lstatSync, readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { UsageError } from './errors';
import { displayPath, toPosix } from './paths';
import type { ResolvedConfig, Settings } from './settings';

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.mdx', '.txt'];
const IGNORE_FILES = ['.gitignore', '.scrubsignore'];
const NEVER_ENTER = new Set(['node_modules', '.git']);

export interface Target {
  /** Absolute path as reached (symlinks not resolved). */
  path: string;
  /** Relative to the working directory, forward slashes. */
  display: string;
  config: ResolvedConfig;
}

export interface Collected {
  targets: Target[];
  /** Files named explicitly but ignored: reported as notes, not errors. */
  notes: string[];
}

interface Layer {
  dir: string;
  rules: Ignore;
}

/** .gitignore / .scrubsignore rules by directory, read once per directory. */
class IgnoreRules {
  private readonly layers = new Map<string, Layer | null>();
  private readonly ignoredDirs = new Map<string, boolean>();

  private layer(dir: string, isRoot: boolean): Layer | null {
    const key = `${isRoot ? 'root:' : ''}${dir}`;
    if (this.layers.has(key)) return this.layers.get(key)!;
    let rules: Ignore | null = null;
    const files = isRoot ? [join('.git', 'info', 'exclude'), ...IGNORE_FILES] : IGNORE_FILES;
    for (const name of files) {
      let text: string;
      try {
        text = readFileSync(join(dir, name), 'utf8');
      } catch {
        continue;
      }
      rules ??= ignore();
      rules.add(text);
    }
    const layer = rules ? { dir, rules } : null;
    this.layers.set(key, layer);
    return layer;
  }

  /** Whether `path` is ignored by the rules in directories from `root` down to its parent. */
  private matches(path: string, isDir: boolean, root: string): boolean {
    let ignored = false;
    let dir = dirname(path);
    const chain: string[] = [];
    while (isInside(root, dir)) {
      chain.push(dir);
      if (dir === root) break;
      dir = dirname(dir);
    }
    for (const layerDir of chain.reverse()) {
      const layer = this.layer(layerDir, layerDir === root);
      if (!layer) continue;
      const rel = toPosix(relative(layerDir, path)) + (isDir ? '/' : '');
      let result;
      try {
        result = layer.rules.test(rel);
      } catch {
        continue; // names `ignore` refuses (such as "...") match no pattern
      }
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  /** A path is ignored if it or any directory between `root` and it is (git's rule). */
  isIgnored(path: string, isDir: boolean, root: string): boolean {
    if (path === root) return false;
    const parent = dirname(path);
    if (parent !== root && isInside(root, parent) && this.isIgnoredDir(parent, root)) return true;
    return this.matches(path, isDir, root);
  }

  private isIgnoredDir(dir: string, root: string): boolean {
    const key = `${root}\0${dir}`;
    let result = this.ignoredDirs.get(key);
    if (result === undefined) {
      result = this.isIgnored(dir, true, root);
      this.ignoredDirs.set(key, result);
    }
    return result;
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Where ignore files start to count for `path`: its git work tree, else the working directory
 * when it is inside it, else the folder itself.
 */
function ignoreRootFor(path: string, cwd: string, isDir: boolean): string {
  let dir = path;
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return isInside(cwd, path) ? cwd : isDir ? path : dirname(path);
}

const hasGlobChars = (s: string) => /[*?[\]{}()!]/.test(s);

function wantedByConfig(path: string, config: ResolvedConfig, explicit: boolean): boolean {
  const rel = toPosix(relative(config.baseDir, path));
  if (config.exclude && config.exclude(rel)) return false;
  if (explicit) return true;
  if (DRAFT_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext))) return true;
  return !!config.include && config.include(rel);
}

export function collectFiles(args: string[], cwd: string, settings: Settings): Collected {
  const found = new Map<string, Target>();
  const notes: string[] = [];
  const ignores = new IgnoreRules();
  const add = (path: string) => {
    if (!found.has(path)) found.set(path, { path, display: displayPath(cwd, path), config: settings.forFile(path) });
  };

  /** Walk a directory; `accept` decides for each file reached. */
  const walk = (start: string, root: string, accept: (file: string) => boolean) => {
    const stack = [start];
    while (stack.length) {
      const dir = stack.pop()!;
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        notes.push(`${displayPath(cwd, dir)}: skipped: directory cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
        continue;
      }
      const config = settings.forDirectory(dir);
      for (const entry of entries) {
        const path = join(dir, entry.name);
        // Symlinked directories are not followed (no cycles); symlinked files are checked.
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          try {
            isFile = statSync(path).isFile();
          } catch {
            continue;
          }
        }
        if (entry.isDirectory()) {
          if (NEVER_ENTER.has(entry.name)) continue;
          if (ignores.isIgnored(path, true, root)) continue;
          if (config.exclude && config.exclude(toPosix(relative(config.baseDir, path)))) continue;
          stack.push(path);
        } else if (isFile) {
          if (ignores.isIgnored(path, false, root)) continue;
          if (accept(path)) add(path);
        }
      }
    }
  };

  for (const arg of args.length ? args : ['.']) {
    const path = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      walk(path, ignoreRootFor(path, cwd, true), (file) => wantedByConfig(file, settings.forFile(file), false));
      continue;
    }
    if (stat) {
      // Named explicitly: checked whatever its extension, unless an ignore file or exclude says no.
      const root = ignoreRootFor(path, cwd, false);
      if (ignores.isIgnored(path, false, root)) notes.push(`${displayPath(cwd, path)}: skipped: ignored by .gitignore or .scrubsignore`);
      else if (!wantedByConfig(path, settings.forFile(path), true)) notes.push(`${displayPath(cwd, path)}: skipped: excluded by files.exclude in the config`);
      else add(path);
      continue;
    }
    if (lstatSafe(path)) {
      // A dangling symlink or a path we may not stat: let reading report why.
      add(path);
      continue;
    }
    if (!hasGlobChars(arg)) throw new UsageError(`No files matching "${arg}" were found (the path does not exist)`);
    const pattern = toPosix(arg);
    const scan = picomatch.scan(pattern);
    const base = resolve(cwd, scan.base || '.');
    const absolute = pattern.startsWith('/');
    const isMatch = picomatch(pattern, { dot: false });
    let matched = 0;
    if (existsSync(base)) {
      walk(base, ignoreRootFor(base, cwd, true), (file) => {
        const candidate = absolute ? toPosix(file) : toPosix(relative(cwd, file));
        if (!isMatch(candidate) || !wantedByConfig(file, settings.forFile(file), true)) return false;
        matched++;
        return true;
      });
    }
    if (matched === 0) throw new UsageError(`No files matching the pattern "${arg}" were found`);
  }

  const targets = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { targets, notes };
}

function lstatSafe(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
