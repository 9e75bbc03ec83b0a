/**
 * Editor settings (`scrubs.*`) and workspace config files (`.scrubs.json|yaml`) → the options one
 * analysis runs with. Problems come back as data, never as exceptions: an invalid config file is
 * reported on that file and linting goes on with defaults.
 */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { DEFAULT_CONFIG, rulesWith, builtinRules, formatProblem, type CompiledRuleSet, type LintConfig, type SeveritySetting } from '../engine';
import { findConfig, loadConfigFile, toLintConfig, unknownRuleKeys, type ConfigProblem } from '../node/config';
import { readRulePacks } from '../node/rule-files';

/** The `scrubs` settings section as the server understands it, defaults filled in. */
export interface ScrubsSettings {
  enable: boolean;
  /** Flag every identifier whether or not the text speaks of a patient. Ored with the config file's. */
  strict: boolean;
  /** Default platform; empty means the config file's (or none). */
  platform: string;
  /** Milliseconds between the last change and the analysis that pushes diagnostics; 0 = at once. */
  debounceMs: number;
  /** Rule id or category → severity; applied over the config file's `rules`. */
  rules: Record<string, SeveritySetting>;
  /** Terms that are never a patient identifier; added to the config file's `allow`. */
  allow: string[];
  /** Drafts bigger than this many bytes (UTF-8) are not analysed; null = config file's or 5 MB. */
  maxFileSize: number | null;
  /** Longest one analysis of a big draft may run (on the worker thread) before it is stopped with a note. */
  analysisTimeoutMs: number;
  trace: { server: 'off' | 'messages' | 'verbose' };
}

export const DEFAULT_SETTINGS: ScrubsSettings = {
  enable: true,
  strict: false,
  platform: '',
  debounceMs: 150,
  rules: {},
  allow: [],
  maxFileSize: null,
  analysisTimeoutMs: 60_000,
  trace: { server: 'off' },
};

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
const SEVERITY_VALUES = new Set(['error', 'warning', 'information', 'hint', 'off']);

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Read whatever a client sent (VS Code's section object, a Neovim `settings` table, eglot's plist
 * turned JSON, initializationOptions with or without a `scrubs` wrapper) into typed settings.
 * Unknown keys and wrongly typed values are dropped, so a typo never stops linting.
 */
export function readSettings(raw: unknown, base: ScrubsSettings = DEFAULT_SETTINGS): ScrubsSettings {
  let v: unknown = raw;
  if (isObject(v) && isObject(v.scrubs)) v = v.scrubs;
  if (!isObject(v)) return base;
  const out: ScrubsSettings = { ...base, rules: { ...base.rules }, allow: [...base.allow], trace: { ...base.trace } };
  if (typeof v.enable === 'boolean') out.enable = v.enable;
  if (typeof v.strict === 'boolean') out.strict = v.strict;
  if (typeof v.platform === 'string') out.platform = v.platform.trim().toLowerCase();
  if (typeof v.debounceMs === 'number' && Number.isFinite(v.debounceMs)) out.debounceMs = Math.max(0, Math.min(10_000, Math.round(v.debounceMs)));
  if (isObject(v.rules)) {
    for (const [id, sev] of Object.entries(v.rules)) if (typeof sev === 'string' && SEVERITY_VALUES.has(sev)) out.rules[id] = sev as SeveritySetting;
  }
  if (Array.isArray(v.allow)) out.allow = v.allow.filter((a): a is string => typeof a === 'string' && a.trim() !== '');
  if (v.maxFileSize === null) out.maxFileSize = null;
  else if (typeof v.maxFileSize === 'number' && v.maxFileSize > 0) out.maxFileSize = Math.floor(v.maxFileSize);
  if (typeof v.analysisTimeoutMs === 'number' && Number.isFinite(v.analysisTimeoutMs) && v.analysisTimeoutMs > 0) out.analysisTimeoutMs = Math.min(600_000, Math.max(100, Math.round(v.analysisTimeoutMs)));
  const trace = isObject(v.trace) ? v.trace.server : v['trace.server'];
  if (trace === 'off' || trace === 'messages' || trace === 'verbose') out.trace = { server: trace };
  return out;
}

/** A config file as the server holds it: engine options plus what went wrong reading it. */
export interface WorkspaceConfig {
  /** Absolute path of the file, or null when no file applies. */
  path: string | null;
  config: LintConfig;
  rules: CompiledRuleSet;
  maxFileSize: number | null;
  /** Problems in the file and in its rule packs; each names the file it is about. */
  problems: ConfigProblem[];
  /** mtime when read, to notice edits on clients that cannot watch files. */
  mtimeMs: number;
}

function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * Loads config files once and keeps them until they change on disk or the client says they did
 * (workspace/didChangeWatchedFiles). Lookups walk up from the draft's folder, as the CLI does.
 */
export class ConfigStore {
  private byPath = new Map<string, WorkspaceConfig>();
  private byDir = new Map<string, { path: string | null; at: number }>();

  /** How long "no config file here" is believed before looking again (clients that cannot watch files). */
  constructor(private readonly recheckMs = 2000) {}

  /** Forget everything (a watched config file was created, changed or deleted). */
  clear(): void {
    this.byPath.clear();
    this.byDir.clear();
  }

  /** The config that applies to files in `dir`; `dir` null (untitled, no workspace) gives defaults. */
  forDir(dir: string | null, retry = true): WorkspaceConfig {
    if (!dir) return defaults();
    let found = this.byDir.get(dir);
    if (!found || (found.path === null && Date.now() - found.at > this.recheckMs)) {
      found = { path: findConfig(dir), at: Date.now() };
      this.byDir.set(dir, found);
    }
    const path = found.path;
    if (!path) return defaults();
    const mtimeMs = mtimeOf(path);
    if (mtimeMs < 0) {
      // Deleted without a watcher telling us: look again from scratch (once).
      this.clear();
      return retry ? this.forDir(dir, false) : defaults();
    }
    const cached = this.byPath.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached;
    const loaded = load(path);
    this.byPath.set(path, loaded);
    return loaded;
  }

  /** Every config file read so far (to publish or clear its problems). */
  loaded(): WorkspaceConfig[] {
    return [...this.byPath.values()];
  }
}

function defaults(): WorkspaceConfig {
  return { path: null, config: DEFAULT_CONFIG, rules: builtinRules(), maxFileSize: null, problems: [], mtimeMs: -1 };
}

function load(path: string): WorkspaceConfig {
  const mtimeMs = mtimeOf(path);
  const file = loadConfigFile(path);
  const problems = [...file.problems];
  let rules = builtinRules();
  if (problems.length === 0 && file.data.rulePaths?.length) {
    const sources = [];
    for (const rel of file.data.rulePaths) {
      const dir = isAbsolute(rel) ? rel : resolve(dirname(path), rel);
      const read = readRulePacks(dir, dirname(path));
      sources.push(...read.sources);
      for (const p of read.problems) problems.push({ file: path, field: 'rulePaths', message: formatProblem(p) });
    }
    const compiled = rulesWith(sources);
    rules = compiled.ruleSet;
    for (const p of compiled.problems) problems.push({ file: path, field: 'rulePaths', message: formatProblem(p) });
  }
  if (file.problems.length === 0) {
    for (const key of unknownRuleKeys(file.data, rules)) problems.push({ file: path, field: `rules.${key}`, message: 'is not a rule id or category; ignored' });
  }
  // An invalid file counts as no file: defaults, with the problems shown on it.
  const data = file.problems.length ? {} : file.data;
  return { path, config: toLintConfig(data), rules, maxFileSize: data.maxFileSize ?? null, problems, mtimeMs };
}

/** The engine options for one draft: config file first, editor settings over it. */
export function effectiveConfig(file: WorkspaceConfig, settings: ScrubsSettings): LintConfig {
  const base = file.config;
  return {
    ...base,
    severities: { ...base.severities, ...settings.rules },
    allow: [...base.allow, ...settings.allow],
    strict: base.strict || settings.strict,
    platform: settings.platform || base.platform,
  };
}

export function maxFileSizeOf(file: WorkspaceConfig, settings: ScrubsSettings): number {
  return settings.maxFileSize ?? file.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
}
