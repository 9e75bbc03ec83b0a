/**
 * The scrubs language server: wiring between LSP and the engine. Started by `scrubs lsp --stdio`
 * (Neovim, Emacs, Helix), by the VS Code client over Node IPC, or by running dist/server.js.
 *
 * Choices that are not obvious (see shared/editors/README.md, "Lessons for the product"):
 * - Diagnostics are pushed, unless the client declares pull support; then they are only pulled,
 *   because VS Code shows a diagnostic twice when it gets both.
 * - Code actions and hover recompute from the current document version through the block cache;
 *   nothing a client echoes back (ranges, `data`) is trusted.
 * - Logs carry document numbers, versions, counts and durations, never draft text or URIs.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type DocumentDiagnosticReport,
  type CodeAction,
  type Hover,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BlockCache, type LintOptions } from '../engine';
import { CONFIG_NAMES, findConfig } from '../node/config';
import { analyse, willLint, type Analysis } from './analysis';
import { BACKGROUND_BYTES, BackgroundAnalyser } from './background';
import { codeActions, fixAllEdit, findingsAt, COMMAND_ALLOW_TERM, COMMAND_FIX_ALL, COMMAND_LIST_RULES, FIX_ALL_KIND } from './actions';
import { configDiagnostic, documentEdit } from './convert';
import { hoverFor } from './hover';
import { addAllowedTerm } from './config-edit';
import { ConfigStore, DEFAULT_SETTINGS, readSettings, type ScrubsSettings, type WorkspaceConfig } from './settings';

const SERVER_VERSION = '0.1.0';
/** How long to wait for a client's workspace/configuration answer before using defaults. */
const CONFIGURATION_TIMEOUT_MS = 10_000;

/** What the client declared in `initialize`, read once. */
interface Capabilities {
  pull: boolean;
  configuration: boolean;
  workspaceFolders: boolean;
  documentChanges: boolean;
  codeDescription: boolean;
  versionSupport: boolean;
  hoverMarkdown: boolean;
  watchFilesDynamically: boolean;
  diagnosticRefresh: boolean;
}

function readCapabilities(c: ClientCapabilities): Capabilities {
  return {
    pull: !!c.textDocument?.diagnostic,
    configuration: !!c.workspace?.configuration,
    workspaceFolders: !!c.workspace?.workspaceFolders,
    documentChanges: !!c.workspace?.workspaceEdit?.documentChanges,
    codeDescription: !!c.textDocument?.publishDiagnostics?.codeDescriptionSupport,
    versionSupport: !!c.textDocument?.publishDiagnostics?.versionSupport,
    hoverMarkdown: !!c.textDocument?.hover?.contentFormat?.includes('markdown'),
    watchFilesDynamically: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    diagnosticRefresh: !!c.workspace?.diagnostics?.refreshSupport,
  };
}

function pathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

const isPosition = (p: unknown): p is Position =>
  !!p && typeof p === 'object' && Number.isFinite((p as Position).line) && Number.isFinite((p as Position).character);

/** An error's name and stack frames only: messages may quote input, so they stay out of logs. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const frames = (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 8);
  return [error.name, ...frames].join('\n');
}

export class ScrubsServer {
  private readonly documents = new TextDocuments(TextDocument);
  private caps: Capabilities = readCapabilities({});
  /** Settings from initializationOptions, and from didChangeConfiguration when the client cannot be asked. */
  private baseSettings: ScrubsSettings = DEFAULT_SETTINGS;
  private readonly settingsCache = new Map<string, Promise<ScrubsSettings>>();
  private readonly configs = new ConfigStore();
  private readonly cache: NonNullable<LintOptions['cache']> = new BlockCache(20_000);
  private readonly analyses = new Map<string, Analysis>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly justOpened = new Set<string>();
  private readonly debounceOf = new Map<string, number>();
  /** Config file URI → the problems last published for it (as a key), to publish only changes. */
  private readonly publishedConfig = new Map<string, string>();
  private readonly docNumbers = new Map<string, number>();
  private workspaceFolders: string[] = [];
  /** Bumped whenever settings or config files may have changed: older analyses are stale. */
  private generation = 0;
  private shuttingDown = false;
  /** Big drafts are analysed off the main thread (cancellable, bounded); null where no worker can start. */
  private readonly background: BackgroundAnalyser | null;

  constructor(private readonly connection: Connection, workerEntry: string | null = null) {
    this.background = workerEntry ? new BackgroundAnalyser(workerEntry, (m) => this.log(m)) : null;
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(() => this.guardVoid('initialized', () => this.initialized()));
    c.onShutdown(() => {
      this.shuttingDown = true;
      this.background?.dispose();
      for (const t of this.timers.values()) clearTimeout(t);
      this.timers.clear();
    });
    c.onDidChangeConfiguration((p) => this.guardVoid('didChangeConfiguration', () => this.configurationChanged(p.settings)));
    c.onDidChangeWatchedFiles((p) => this.guardVoid('didChangeWatchedFiles', () => this.watchedFilesChanged(p.changes)));

    this.documents.onDidOpen((e) => this.guardVoid('didOpen', () => this.justOpened.add(e.document.uri)));
    this.documents.onDidChangeContent((e) => this.guardVoid('didChange', () => this.changed(e.document)));
    this.documents.onDidClose((e) => this.guardVoid('didClose', () => this.closed(e.document.uri)));

    c.onCodeAction((p) => this.guard('codeAction', [] as CodeAction[], async () => {
      const doc = this.documents.get(p?.textDocument?.uri);
      if (!doc || !p.range || !isPosition(p.range.start) || !isPosition(p.range.end)) return [];
      const a = await this.current(doc);
      if (!a?.result) return [];
      return codeActions(a, {
        uri: doc.uri,
        start: a.result.lines.offsetAt(p.range.start),
        end: a.result.lines.offsetAt(p.range.end),
        only: Array.isArray(p.context?.only) ? p.context.only : undefined,
        documentChanges: this.caps.documentChanges,
        allowTarget: this.allowTarget(doc.uri),
      });
    }));
    c.onHover((p) => this.guard('hover', null as Hover | null, async () => {
      const doc = this.documents.get(p?.textDocument?.uri);
      if (!doc || !isPosition(p.position)) return null;
      const a = await this.current(doc);
      if (!a?.result) return null;
      const at = a.result.lines.offsetAt(p.position);
      const here = findingsAt(a.result.findings, at, at);
      return hoverFor(here, a.config.rules, a.result.lines, this.caps.hoverMarkdown);
    }));
    c.onExecuteCommand((p) => this.guard('executeCommand', null as unknown, () => this.executeCommand(p.command, p.arguments ?? [])));
    c.languages.diagnostics.on((p, token) => this.guard('diagnostic', { kind: 'full', items: [] } as DocumentDiagnosticReport, async () => {
      const doc = this.documents.get(p?.textDocument?.uri);
      if (!doc) return { kind: 'full', items: [] };
      const a = await this.current(doc);
      if (!a || token.isCancellationRequested) return { kind: 'full', items: a?.diagnostics ?? [] };
      const resultId = `${a.version}.${a.generation}`;
      if (p.previousResultId === resultId) return { kind: 'unchanged', resultId };
      return { kind: 'full', resultId, items: a.diagnostics };
    }));

    this.documents.listen(c);
    c.listen();
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  private initialize(params: InitializeParams): InitializeResult {
    try {
      this.caps = readCapabilities(params.capabilities ?? {});
      this.baseSettings = readSettings(params.initializationOptions, DEFAULT_SETTINGS);
      const folders = params.workspaceFolders?.map((f) => pathOf(f.uri)).filter((p): p is string => !!p) ?? [];
      const root = params.rootUri ? pathOf(params.rootUri) : params.rootPath ?? null;
      this.workspaceFolders = folders.length ? folders : root ? [root] : [];
    } catch (error) {
      this.logError('initialize', error);
    }
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: [COMMAND_ALLOW_TERM, COMMAND_FIX_ALL, COMMAND_LIST_RULES] },
      },
      serverInfo: { name: 'scrubs', version: SERVER_VERSION },
    };
    if (this.caps.pull) result.capabilities.diagnosticProvider = { interFileDependencies: false, workspaceDiagnostics: false };
    if (this.caps.workspaceFolders) result.capabilities.workspace = { workspaceFolders: { supported: true, changeNotifications: true } };
    return result;
  }

  private initialized(): void {
    if (this.caps.watchFilesDynamically) {
      void this.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/{${CONFIG_NAMES.join(',')}}` }] })
        .catch((e) => this.logError('register watchers', e));
    }
    if (this.caps.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders((e) => this.guardVoid('didChangeWorkspaceFolders', () => {
        const removed = new Set(e.removed.map((f) => pathOf(f.uri)));
        this.workspaceFolders = this.workspaceFolders.filter((f) => !removed.has(f));
        for (const f of e.added) {
          const p = pathOf(f.uri);
          if (p) this.workspaceFolders.push(p);
        }
        this.reportWorkspaceConfigs();
      }));
    }
    this.reportWorkspaceConfigs();
    this.log(`scrubs ${SERVER_VERSION} ready: ${this.caps.pull ? 'pull' : 'push'} diagnostics, ${this.workspaceFolders.length} workspace folder(s)`);
  }

  // ---- documents -------------------------------------------------------------------------------

  private changed(doc: TextDocument): void {
    this.analyses.delete(doc.uri);
    if (this.caps.pull) return; // the client pulls when it wants them
    const delay = this.justOpened.delete(doc.uri) ? 0 : this.debounceOf.get(doc.uri) ?? this.baseSettings.debounceMs;
    this.schedule(doc.uri, doc.version, delay);
  }

  private closed(uri: string): void {
    this.background?.cancel(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.analyses.delete(uri);
    this.settingsCache.delete(uri);
    this.debounceOf.delete(uri);
    this.justOpened.delete(uri);
    if (!this.caps.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Push diagnostics for `version` after `delay` ms, unless a newer change supersedes it. */
  private schedule(uri: string, version: number, delay: number): void {
    clearTimeout(this.timers.get(uri));
    const run = () => {
      this.timers.delete(uri);
      void this.publish(uri, version).catch((e) => this.logError('publish', e));
    };
    if (delay <= 0) {
      this.timers.delete(uri);
      // Still asynchronous: a burst of notifications already queued gets handled first.
      setImmediate(() => {
        if (!this.timers.has(uri)) run();
      });
      return;
    }
    this.timers.set(uri, setTimeout(run, delay));
  }

  private async publish(uri: string, version: number): Promise<void> {
    if (this.shuttingDown) return;
    const doc = this.documents.get(uri);
    if (!doc || doc.version !== version) return; // superseded or closed
    const a = await this.analysisFor(doc);
    const now = this.documents.get(uri);
    if (!a || !now || now.version !== version || a.version !== version) return; // superseded while waiting for settings
    await this.connection.sendDiagnostics({ uri, version: this.caps.versionSupport ? version : undefined, diagnostics: a.diagnostics });
  }

  private relintAll(): void {
    this.analyses.clear();
    if (this.caps.pull) {
      if (this.caps.diagnosticRefresh) this.connection.languages.diagnostics.refresh();
      for (const doc of this.documents.all()) void this.analysisFor(doc).catch((e) => this.logError('analyse', e)); // still reports config problems
      return;
    }
    for (const doc of this.documents.all()) this.schedule(doc.uri, doc.version, 0);
  }

  /**
   * The analysis of `doc` at its current version. Stateless from a request's point of view: it
   * recomputes (cheaply, through the block cache) whenever the version or settings moved on.
   */
  private async current(doc: TextDocument): Promise<Analysis | null> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const latest = this.documents.get(doc.uri);
      if (!latest) return null;
      const a = await this.analysisFor(latest);
      if (a && a.version === this.documents.get(doc.uri)?.version) return a;
    }
    return null;
  }

  private async analysisFor(doc: TextDocument): Promise<Analysis | null> {
    const memo = this.analyses.get(doc.uri);
    if (memo && memo.version === doc.version && memo.generation === this.generation) return memo;
    const generation = this.generation;
    const version = doc.version;
    const settings = await this.settingsFor(doc.uri);
    const latest = this.documents.get(doc.uri);
    if (!latest || latest.version !== version || generation !== this.generation) return null;
    this.debounceOf.set(doc.uri, settings.debounceMs);
    const config = this.configFor(doc.uri);
    this.reportConfig(config);
    const input = {
      uri: doc.uri,
      version,
      generation,
      text: latest.getText(),
      languageId: latest.languageId,
      settings,
      config,
      cache: this.cache,
      codeDescription: this.caps.codeDescription,
    };
    const size = willLint(input);
    let a: Analysis | null;
    if (this.background && size.lint && size.bytes >= BACKGROUND_BYTES) {
      // Shared by every request for this version while it runs; a newer version cancels it.
      const key = `${version}.${generation}`;
      let pending = this.inflight.get(doc.uri);
      if (!pending || pending.key !== key) {
        pending = { key, promise: this.background.analyse(input, this.configDirFor(doc.uri)) };
        this.inflight.set(doc.uri, pending);
      }
      a = await pending.promise;
      if (this.inflight.get(doc.uri) === pending) this.inflight.delete(doc.uri);
      const now = this.documents.get(doc.uri);
      if (!a || !now || now.version !== version || generation !== this.generation) return null;
    } else {
      a = analyse(input);
    }
    this.analyses.set(doc.uri, a);
    if (settings.trace.server === 'verbose') {
      this.log(`doc#${this.docNumber(doc.uri)} v${version}: ${a.result?.findings.length ?? 0} finding(s) in ${a.ms.toFixed(1)} ms (${a.result ? a.result.document.blocks.length : 0} blocks, cache ${this.cache.size})`);
    }
    return a;
  }

  // ---- settings and config files ---------------------------------------------------------------

  private settingsFor(uri: string): Promise<ScrubsSettings> {
    if (!this.caps.configuration) return Promise.resolve(this.baseSettings);
    let pending = this.settingsCache.get(uri);
    if (!pending) {
      const base = this.baseSettings;
      const asked = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'scrubs' }).then(
        (raw) => readSettings(raw, base),
        () => base,
      );
      // A slow client must not hold diagnostics back: after the timeout lint with the base
      // settings, and when the real answer arrives, use it and lint again.
      let timedOut = false;
      const timeout = new Promise<ScrubsSettings>((resolve) =>
        setTimeout(() => {
          timedOut = true;
          resolve(base);
        }, CONFIGURATION_TIMEOUT_MS).unref(),
      );
      pending = Promise.race([asked, timeout]);
      this.settingsCache.set(uri, pending);
      void asked.then((late) => {
        if (!timedOut || this.settingsCache.get(uri) !== pending) return;
        this.settingsCache.set(uri, Promise.resolve(late));
        this.analyses.delete(uri);
        const doc = this.documents.get(uri);
        if (doc && !this.caps.pull) this.schedule(doc.uri, doc.version, 0);
        else if (this.caps.pull && this.caps.diagnosticRefresh) this.connection.languages.diagnostics.refresh();
      });
    }
    return pending;
  }

  private configurationChanged(settings: unknown): void {
    this.settingsCache.clear();
    // Clients that cannot be asked (no workspace/configuration) send the settings here.
    if (!this.caps.configuration && settings !== undefined && settings !== null) this.baseSettings = readSettings(settings, this.baseSettings);
    this.configs.clear();
    this.generation++;
    this.relintAll();
  }

  private watchedFilesChanged(changes: { uri: string; type: number }[]): void {
    const configChanges = changes.filter((ch) => CONFIG_NAMES.some((n) => ch.uri.endsWith(`/${n}`)));
    if (configChanges.length === 0) return;
    this.configs.clear();
    this.generation++;
    for (const ch of configChanges) {
      const path = pathOf(ch.uri);
      if (!path) continue;
      if (ch.type === FileChangeType.Deleted) this.clearConfigDiagnostics(pathToFileURL(path).href);
      else this.reportConfig(this.configs.forDir(dirname(path)));
    }
    this.relintAll();
  }

  private readonly inflight = new Map<string, { key: string; promise: Promise<Analysis | null> }>();

  /** The folder whose config applies to `uri` (what configFor looks up), for the worker thread. */
  private configDirFor(uri: string): string | null {
    const path = pathOf(uri);
    return path ? dirname(path) : this.workspaceFolders[0] ?? null;
  }

  private configFor(uri: string): WorkspaceConfig {
    const path = pathOf(uri);
    if (path) return this.configs.forDir(dirname(path));
    // Untitled drafts follow the first workspace folder's config.
    return this.configs.forDir(this.workspaceFolders[0] ?? null);
  }

  private reportWorkspaceConfigs(): void {
    for (const folder of this.workspaceFolders) this.reportConfig(this.configs.forDir(folder));
  }

  /** Publish a config file's problems on the config file itself (only when they changed). */
  private reportConfig(config: WorkspaceConfig): void {
    if (!config.path) return;
    const uri = pathToFileURL(config.path).href;
    const key = JSON.stringify(config.problems);
    if (this.publishedConfig.get(uri) === key) return;
    this.publishedConfig.set(uri, key);
    let text = '';
    try {
      text = readFileSync(config.path, 'utf8');
    } catch {
      // deleted in between: ranges fall back to the first line
    }
    if (config.problems.length) this.log(`config file has ${config.problems.length} problem(s); drafts use the default settings`);
    void this.connection.sendDiagnostics({ uri, diagnostics: config.problems.map((p) => configDiagnostic(p, text)) });
  }

  private clearConfigDiagnostics(uri: string): void {
    if (!this.publishedConfig.has(uri)) return;
    this.publishedConfig.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The config file "This is not a patient" writes: the one in force, else a new one at the workspace root. */
  private allowTarget(uri: string): string | null {
    const path = pathOf(uri);
    const dir = path ? dirname(path) : this.workspaceFolders[0] ?? null;
    if (!dir) return null;
    const existing = findConfig(dir);
    if (existing) return existing;
    const folder = path ? this.workspaceFolders.filter((f) => path.startsWith(f.endsWith('/') ? f : `${f}/`)).sort((a, b) => b.length - a.length)[0] : dir;
    return join(folder ?? dir, '.scrubs.json');
  }

  // ---- commands ----------------------------------------------------------------------------------

  private async executeCommand(command: string, args: unknown[]): Promise<unknown> {
    const arg = (args[0] ?? {}) as { uri?: unknown; term?: unknown; version?: unknown };
    const uri = typeof args[0] === 'string' ? args[0] : typeof arg.uri === 'string' ? arg.uri : undefined;
    switch (command) {
      case COMMAND_ALLOW_TERM: {
        if (!uri || typeof arg.term !== 'string') return { ok: false, reason: 'expected { uri, term }' };
        const target = this.allowTarget(uri);
        if (!target) {
          void this.connection.window.showWarningMessage('scrubs: open a folder (workspace) to keep an allow list.');
          return { ok: false, reason: 'no workspace folder' };
        }
        const result = addAllowedTerm(target, arg.term);
        if (!result.ok) {
          void this.connection.window.showErrorMessage(`scrubs: could not update ${result.path}: ${result.reason}.`);
          return result;
        }
        this.configs.clear();
        this.generation++;
        this.relintAll();
        return result;
      }
      case COMMAND_FIX_ALL: {
        const doc = uri ? this.documents.get(uri) : undefined;
        if (!doc) return { applied: false };
        const a = await this.current(doc);
        const edit = a ? fixAllEdit(a) : null;
        if (!a || !edit) return { applied: false };
        const response = await this.connection.workspace.applyEdit({ label: 'scrubs: apply all safe fixes', edit: documentEdit(doc.uri, a.version, [edit], this.caps.documentChanges) });
        return { applied: response.applied };
      }
      case COMMAND_LIST_RULES: {
        const doc = uri ? this.documents.get(uri) : undefined;
        const rules = (doc ? this.configFor(doc.uri) : this.configs.forDir(this.workspaceFolders[0] ?? null)).rules;
        return rules.rules.map((r) => ({ id: r.id, category: r.category, severity: r.severity, description: r.description, docs: r.docs ?? null }));
      }
      default:
        return null;
    }
  }

  // ---- plumbing ----------------------------------------------------------------------------------

  private docNumber(uri: string): number {
    let n = this.docNumbers.get(uri);
    if (n === undefined) {
      n = this.docNumbers.size + 1;
      this.docNumbers.set(uri, n);
    }
    return n;
  }

  private log(message: string): void {
    this.connection.console.log(message);
  }

  private logError(where: string, error: unknown): void {
    try {
      this.connection.console.error(`scrubs: ${where} failed: ${describeError(error)}`);
    } catch {
      // the connection itself is gone; nothing left to tell
    }
  }

  /** Run a request handler; a bug answers with `fallback` instead of taking the server down. */
  private async guard<T>(where: string, fallback: T, fn: () => T | Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      this.logError(where, error);
      return fallback;
    }
  }

  private guardVoid(where: string, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.logError(where, error);
    }
  }
}

/**
 * Start the server on the transport named in argv (`--stdio`, `--node-ipc`, `--socket=N`,
 * `--pipe=NAME`, as vscode-languageserver reads them), or stdio when none is named.
 */
export function startServer(): void {
  const named = process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'));
  const connection = named ? createConnection(ProposedFeatures.all) : createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  process.on('uncaughtException', (error) => connection.console.error(`scrubs: uncaught ${describeError(error)}`));
  process.on('unhandledRejection', (error) => connection.console.error(`scrubs: unhandled rejection ${describeError(error)}`));
  new ScrubsServer(connection, __filename).listen();
}
