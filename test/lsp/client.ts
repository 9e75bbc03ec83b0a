/**
 * A real JSON-RPC client (vscode-jsonrpc) for the language-server tests. It spawns the server the
 * way editors do, records every notification, and waits for them with timeouts, never by sleeping.
 */
import { spawn, fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  IPCMessageReader,
  IPCMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';

export const root = join(__dirname, '..', '..');

/**
 * `scrubs lsp --stdio` once the CLI bundle carries the server (it then contains the LSP method
 * names); until then dist/server.js, which starts the same server.
 */
export function serverCommand(transport: '--stdio' | '--node-ipc' = '--stdio'): { module: string; args: string[] } {
  const cli = join(root, 'dist', 'cli.js');
  if (transport === '--stdio' && existsSync(cli) && readFileSync(cli, 'utf8').includes('textDocument/publishDiagnostics')) {
    return { module: join(root, 'bin', 'scrubs.js'), args: ['lsp', '--stdio'] };
  }
  return { module: join(root, 'dist', 'server.js'), args: [transport] };
}

/** Capabilities as Neovim 0.7 declares them: push only, no documentChanges, no codeDescription. */
export const NEOVIM_07: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, applyEdit: true, workspaceEdit: { resourceOperations: ['rename', 'create', 'delete'] } },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } }, dataSupport: true, resolveSupport: { properties: ['edit'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

/** Capabilities as VS Code (vscode-languageclient 9) declares the parts scrubs reads: pull, documentChanges. */
export const VSCODE: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: false, codeDescriptionSupport: true, dataSupport: true },
    diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } }, isPreferredSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** Workspace folder paths; [] sends none (and no rootUri). */
  folders?: string[];
  initializationOptions?: unknown;
  /** What the client answers to workspace/configuration for section `scrubs`. */
  settings?: (scopeUri: string | undefined) => unknown;
  transport?: '--stdio' | '--node-ipc';
  cwd?: string;
}

export class LspClient {
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly configurationRequests: unknown[] = [];
  readonly appliedEdits: { label?: string; edit: WorkspaceEdit }[] = [];
  stderr = '';
  initializeResult!: InitializeResult;
  settings: (scopeUri: string | undefined) => unknown;
  private listeners: (() => void)[] = [];
  private exitPromise: Promise<number | null>;

  private constructor(readonly proc: ChildProcess, readonly conn: MessageConnection, options: StartOptions) {
    this.settings = options.settings ?? (() => ({}));
    this.exitPromise = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
    proc.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString()));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.publishes.push(p);
      this.notify();
    });
    conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.notify();
    });
    conn.onNotification('window/showMessage', (p: { message: string }) => this.logs.push(p.message));
    conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) => {
      this.configurationRequests.push(p);
      return p.items.map((item) => (item.section === 'scrubs' ? this.settings(item.scopeUri) : null));
    });
    conn.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    conn.onRequest('workspace/diagnostic/refresh', () => null);
    conn.onRequest('workspace/applyEdit', (p: { label?: string; edit: WorkspaceEdit }) => {
      this.appliedEdits.push(p);
      this.notify();
      return { applied: true };
    });
    conn.listen();
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const transport = options.transport ?? '--stdio';
    const { module, args } = serverCommand(transport);
    let proc: ChildProcess;
    let conn: MessageConnection;
    // The server runs with networking patched to throw (privacy promise: no network at run time).
    const preload = ['--require', join(__dirname, 'no-network.cjs')];
    if (transport === '--node-ipc') {
      proc = fork(module, args, { cwd: options.cwd ?? root, execArgv: preload, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      conn = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    } else {
      proc = spawn(process.execPath, [...preload, module, ...args], { cwd: options.cwd ?? root, stdio: ['pipe', 'pipe', 'pipe'] });
      conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    }
    const client = new LspClient(proc, conn, options);
    const folders = options.folders ?? [];
    client.initializeResult = await conn.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'scrubs-tests' },
      rootUri: folders.length ? fileUri(folders[0]) : null,
      workspaceFolders: folders.length ? folders.map((f) => ({ uri: fileUri(f), name: f })) : null,
      capabilities: options.capabilities ?? NEOVIM_07,
      initializationOptions: options.initializationOptions,
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Resolve when `check` returns a value, re-checking after each notification; reject after `ms`. */
  waitFor<T>(what: string, check: () => T | undefined, ms = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const done = (value: T) => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(value);
      };
      const listener = () => {
        const v = check();
        if (v !== undefined) done(v);
      };
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`timed out after ${ms} ms waiting for ${what}; got ${this.publishes.length} publish(es), stderr: ${this.stderr.slice(-500)}`));
      }, ms);
      this.listeners.push(listener);
      listener();
    });
  }

  /** Index to pass as `since`, so a wait only sees publishes that arrive after this point. */
  mark(): number {
    return this.publishes.length;
  }

  /** The first publish for `uri` at or after `since` that satisfies `ok`. */
  diagnostics(uri: string, ok: (d: Diagnostic[]) => boolean = () => true, since = 0): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics for ${uri}`, () => {
      for (let i = since; i < this.publishes.length; i++) {
        const p = this.publishes[i];
        if (p.uri === uri && ok(p.diagnostics)) return p.diagnostics;
      }
      return undefined;
    });
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: ({ range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } | { text: string })[]): void {
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  notify_(method: string, params: unknown): void {
    void this.conn.sendNotification(method, params);
  }

  /** shutdown + exit; resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (this.proc.exitCode !== null) return this.proc.exitCode;
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.proc.kill(), 5000);
    const code = await this.exitPromise;
    clearTimeout(timer);
    this.conn.dispose();
    return code;
  }

  get exited(): Promise<number | null> {
    return this.exitPromise;
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** Apply a WorkspaceEdit's edits for `uri` (either shape) to `text`, as an editor would. */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit, languageId = 'markdown'): string {
  let edits: TextEdit[] = [];
  if (edit.changes?.[uri]) edits = edit.changes[uri];
  for (const dc of edit.documentChanges ?? []) {
    if ('textDocument' in dc && dc.textDocument.uri === uri) edits = edits.concat(dc.edits as TextEdit[]);
  }
  return TextDocument.applyEdits(TextDocument.create(uri, languageId, 1, text), edits);
}
