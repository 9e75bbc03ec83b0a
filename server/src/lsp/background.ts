/**
 * Big drafts are analysed on a worker thread, so the server keeps answering hover, code actions and
 * other documents while one huge draft is linted, and an analysis can be stopped: a newer version
 * or closing the draft cancels it (the worker is terminated, a fresh one starts on demand), and one
 * that runs past `analysisTimeoutMs` ends with an information diagnostic instead of a hang.
 *
 * The worker is this same bundle (dist/server.js or dist/cli.js) started with `workerData`; it
 * reads config files itself (compiled rules cannot cross threads) and sends back plain findings.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { BlockCache, LineIndex, type LintResult } from '../engine';
import { analyse, lintOptionsFor, type AnalyseInput, type Analysis } from './analysis';
import { ConfigStore, type ScrubsSettings, type WorkspaceConfig } from './settings';

/** Drafts at least this big (UTF-8 bytes) go to the worker; smaller ones lint in a few ms on the main thread. */
export const BACKGROUND_BYTES = 128 * 1024;
const WORKER_FLAG = 'scrubsLintWorker';

interface Job {
  id: number;
  uri: string;
  version: number;
  generation: number;
  text: string;
  languageId: string;
  settings: ScrubsSettings;
  /** Folder whose config applies (null: defaults). */
  configDir: string | null;
  codeDescription: boolean;
}

type WorkerAnswer = { id: number; diagnostics: Diagnostic[]; result: Omit<LintResult, 'lines'> | null; ms: number } | { id: number; error: string };

interface Running {
  job: Job;
  input: AnalyseInput;
  resolve: (a: Analysis | null) => void;
  timer?: NodeJS.Timeout;
}

/** True in the worker thread this module starts (the bundle's entry calls runLintWorker then). */
export function isLintWorker(): boolean {
  return !isMainThread && !!(workerData as Record<string, unknown> | null)?.[WORKER_FLAG];
}

export class BackgroundAnalyser {
  private worker: Worker | null = null;
  private running: Running | null = null;
  private queue: Running[] = [];
  private nextId = 1;

  constructor(
    private readonly entry: string,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * Analyse on the worker. Resolves null when cancelled (superseded or closed); with an information
   * diagnostic when it took longer than `settings.analysisTimeoutMs`; falls back to the main thread
   * if the worker cannot run.
   */
  analyse(input: AnalyseInput, configDir: string | null): Promise<Analysis | null> {
    this.cancel(input.uri); // an older version of the same draft is not worth finishing
    return new Promise((resolve) => {
      const job: Job = { id: this.nextId++, uri: input.uri, version: input.version, generation: input.generation, text: input.text, languageId: input.languageId, settings: input.settings, configDir, codeDescription: input.codeDescription };
      this.queue.push({ job, input, resolve });
      this.pump();
    });
  }

  /** Stop any analysis of `uri`, running or waiting. */
  cancel(uri: string): void {
    for (const q of this.queue.filter((r) => r.job.uri === uri)) q.resolve(null);
    this.queue = this.queue.filter((r) => r.job.uri !== uri);
    if (this.running?.job.uri === uri) {
      const r = this.running;
      this.stopWorker();
      r.resolve(null);
      this.pump();
    }
  }

  dispose(): void {
    for (const q of this.queue) q.resolve(null);
    this.queue = [];
    const r = this.running;
    this.stopWorker();
    r?.resolve(null);
  }

  private stopWorker(): void {
    if (this.running?.timer) clearTimeout(this.running.timer);
    this.running = null;
    const w = this.worker;
    this.worker = null;
    if (w) void w.terminate();
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const next = this.queue.shift()!;
    let worker: Worker;
    try {
      worker = this.worker ?? this.spawn();
    } catch (error) {
      this.log(`scrubs: background analysis unavailable (${(error as Error)?.name ?? 'error'}); analysing on the main thread`);
      next.resolve(analyse(next.input));
      this.pump();
      return;
    }
    this.running = next;
    const timeoutMs = next.input.settings.analysisTimeoutMs;
    next.timer = setTimeout(() => {
      if (this.running !== next) return;
      this.stopWorker();
      next.resolve(timedOut(next.input, timeoutMs));
      this.pump();
    }, timeoutMs);
    worker.postMessage(next.job);
  }

  private spawn(): Worker {
    const worker = new Worker(this.entry, { workerData: { [WORKER_FLAG]: true }, argv: [], stdout: true, stderr: true });
    worker.unref();
    worker.on('message', (answer: WorkerAnswer) => {
      const r = this.running;
      if (!r || r.job.id !== answer.id || this.worker !== worker) return;
      if (r.timer) clearTimeout(r.timer);
      this.running = null;
      if ('error' in answer) {
        this.log(`scrubs: background analysis failed (${answer.error}); analysing on the main thread`);
        r.resolve(analyse(r.input));
      } else {
        const result: LintResult | null = answer.result ? { ...answer.result, lines: new LineIndex(r.input.text) } : null;
        r.resolve({ uri: r.input.uri, version: r.input.version, generation: r.input.generation, text: r.input.text, options: lintOptionsFor(r.input), result, diagnostics: answer.diagnostics, settings: r.input.settings, config: r.input.config, ms: answer.ms });
      }
      this.pump();
    });
    worker.on('error', (error) => {
      if (this.worker !== worker) return;
      const r = this.running;
      this.log(`scrubs: background analysis worker stopped (${error?.name ?? 'error'})`);
      this.stopWorker();
      r?.resolve(analyse(r.input));
      this.pump();
    });
    this.worker = worker;
    return worker;
  }
}

function timedOut(input: AnalyseInput, timeoutMs: number): Analysis {
  const note: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'scrubs',
    code: 'analysis-timeout',
    message: `Not checked: analysing this draft took longer than ${Math.round(timeoutMs / 1000)} s (scrubs.analysisTimeoutMs). Split it into smaller drafts to check it.`,
  };
  return { uri: input.uri, version: input.version, generation: input.generation, text: input.text, options: lintOptionsFor(input), result: null, diagnostics: [note], settings: input.settings, config: input.config, ms: timeoutMs };
}

/** The worker's side: lint what the server sends, with its own config store and block cache. */
export function runLintWorker(): void {
  const port = parentPort;
  if (!port) return;
  const configs = new ConfigStore();
  const cache = new BlockCache<never>(5_000);
  let generation = -1;
  port.on('message', (job: Job) => {
    try {
      if (job.generation !== generation) {
        configs.clear();
        generation = job.generation;
      }
      const config: WorkspaceConfig = configs.forDir(job.configDir);
      const a = analyse({ uri: job.uri, version: job.version, generation: job.generation, text: job.text, languageId: job.languageId, settings: job.settings, config, cache: cache as never, codeDescription: job.codeDescription });
      const result = a.result ? { findings: a.result.findings, document: a.result.document, config: a.result.config, problems: a.result.problems } : null;
      port.postMessage({ id: job.id, diagnostics: a.diagnostics, result, ms: a.ms } satisfies WorkerAnswer);
    } catch (error) {
      // Name only: a message could quote the draft.
      port.postMessage({ id: job.id, error: (error as Error)?.name ?? 'error' } satisfies WorkerAnswer);
    }
  });
}
