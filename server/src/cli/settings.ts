/**
 * Which configuration applies to which file: `--config FILE` for everything, or the nearest
 * .scrubs.json / .scrubs.yaml upward from each file (looked up once per directory). A config
 * that does not validate, or a rule pack it names that does not compile, is a UsageError naming
 * the file, the line when known, and the field.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import picomatch from 'picomatch';
import { rulesWith, formatProblem, type CompiledRuleSet, type LintConfig, type RuleProblem, type RulePackSource } from '../engine';
import { findConfig, loadConfigFile, toLintConfig, unknownRuleKeys, type ConfigProblem } from '../node/config';
import { readRulePacks } from '../node/rule-files';
import { UsageError } from './errors';
import { displayPath } from './paths';

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Everything a run needs to know about one config file (or the defaults). */
export interface ResolvedConfig {
  /** Absolute path of the config file; null when no config applies. */
  path: string | null;
  /** Folder that `files.include` / `files.exclude` globs are relative to. */
  baseDir: string;
  lintConfig: LintConfig;
  rules: CompiledRuleSet;
  /** Extra globs to check besides the default extensions; null when none. */
  include: ((relativePosixPath: string) => boolean) | null;
  exclude: ((relativePosixPath: string) => boolean) | null;
  /** Bytes; larger files are skipped with a note. */
  maxFileSize: number;
}

export interface SettingsOptions {
  cwd: string;
  /** `--config FILE`, as given. */
  explicit?: string;
  /** Flags that win over every config file (--strict, --platform). */
  overrides: Partial<LintConfig>;
  /** A warning about a config file that does not stop the run (one line, no newline). */
  warn?: (line: string) => void;
}

/**
 * Globs as in .gitignore: one without a slash matches a file name at any depth (`*.post`),
 * one with a slash matches the path from the config's folder (`social/**\/*.html`).
 */
export function globMatcher(patterns: string[] | undefined): ((relativePosixPath: string) => boolean) | null {
  if (!patterns?.length) return null;
  const byName = patterns.filter((p) => !p.includes('/'));
  const byPath = patterns.filter((p) => p.includes('/')).map((p) => p.replace(/^\.\//, '').replace(/^\//, ''));
  const name = byName.length ? picomatch(byName, { dot: true, basename: true }) : null;
  const path = byPath.length ? picomatch(byPath, { dot: true }) : null;
  return (rel) => (name !== null && name(rel)) || (path !== null && path(rel));
}

export class Settings {
  private readonly byDir = new Map<string, string | null>();
  private readonly byConfig = new Map<string, ResolvedConfig>();
  private readonly explicit: string | null;

  constructor(private readonly options: SettingsOptions) {
    this.explicit = options.explicit === undefined ? null : resolve(options.cwd, options.explicit);
  }

  /** The config for a file (absolute path). Throws UsageError for an invalid config. */
  forFile(path: string): ResolvedConfig {
    return this.forDirectory(dirname(path));
  }

  /** The config for files directly inside `dir` (absolute path). Throws UsageError. */
  forDirectory(dir: string): ResolvedConfig {
    const configPath = this.explicit ?? this.lookup(dir);
    const key = configPath ?? '';
    let resolved = this.byConfig.get(key);
    if (!resolved) {
      resolved = this.load(configPath);
      this.byConfig.set(key, resolved);
    }
    return resolved;
  }

  /** Every config loaded so far (for SARIF's rule table). */
  loaded(): ResolvedConfig[] {
    return [...this.byConfig.values()];
  }

  private lookup(dir: string): string | null {
    let found = this.byDir.get(dir);
    if (found === undefined) {
      found = findConfig(dir);
      this.byDir.set(dir, found);
    }
    return found;
  }

  private display(path: string): string {
    return displayPath(this.options.cwd, path);
  }

  private load(path: string | null): ResolvedConfig {
    if (path === null) {
      return {
        path: null,
        baseDir: this.options.cwd,
        lintConfig: toLintConfig({}, this.options.overrides),
        rules: rulesWith([]).ruleSet,
        include: null,
        exclude: null,
        maxFileSize: DEFAULT_MAX_FILE_SIZE,
      };
    }
    const loaded = loadConfigFile(path);
    if (loaded.problems.length) throw configError(loaded.problems.map((p) => ({ ...p, file: this.display(p.file) })));
    const data = loaded.data;
    const baseDir = dirname(path);
    const sources: RulePackSource[] = [];
    for (const folder of data.rulePaths ?? []) {
      const dir = isAbsolute(folder) ? folder : resolve(baseDir, folder);
      const packs = readRulePacks(dir, this.options.cwd);
      if (packs.problems.length) throw configError(packs.problems, `${this.display(path)}: rulePaths`);
      sources.push(...packs.sources);
    }
    const { ruleSet, problems } = rulesWith(sources);
    if (problems.length) throw configError(problems, `${this.display(path)}: rulePaths`);
    for (const key of unknownRuleKeys(data, ruleSet)) this.options.warn?.(`${this.display(path)}: rules.${key}: is not a rule id or category (scrubs rules lists them); ignored`);
    return {
      path,
      baseDir,
      lintConfig: toLintConfig(data, this.options.overrides),
      rules: ruleSet,
      include: globMatcher(data.files?.include),
      exclude: globMatcher(data.files?.exclude),
      maxFileSize: data.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    };
  }
}

/** One line: the first problem, and how many more there are. */
function configError(problems: (ConfigProblem | RuleProblem)[], context?: string): UsageError {
  const first = formatProblem(problems[0]);
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new UsageError(`${context ? `${context}: ` : ''}${first}${more}`);
}
