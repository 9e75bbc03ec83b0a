/**
 * `scrubs check` of many files on several threads. The main thread reads the files (so reading
 * notes and skips work as in a serial run), lints some itself and hands the others to worker
 * threads running this same bundle; results are kept by input index and delivered in input order,
 * so reports, notes and exit codes are byte for byte those of a serial run.
 *
 * Why the main thread lints too: a worker needs about as long to start (load the bundle, compile
 * the rules, load the word lists) as the main thread has already spent, so with few files the
 * main thread finishes alone before any worker is ready, and with many each core works.
 *
 * Workers never see a file path they must trust: they resolve the same configuration files the
 * main thread already loaded (same working directory, --config, --strict, --platform) and lint
 * the text they are sent. A worker that fails (crash, internal error, config changed on disk)
 * costs only time: its jobs go back to the main thread, which then behaves as a serial run would.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { builtinRules, lint, type Finding } from '../engine';
import { Settings, type SettingsOptions } from './settings';

const WORKER_FLAG = 'scrubsCheckWorker';
/** Jobs a worker holds at once: one running, one waiting, so it never idles for a round trip. */
const PREFETCH = 4;
/** Most threads worth starting: each holds its own engine and word lists (~100 MB). */
const MAX_THREADS = 8;
/** Workers start by default when the main thread alone would need at least this long for the rest. */
const WORTH_STARTING_MS = 1500;

/** The bundle a worker runs; set by the CLI's entry point. Unset (e.g. under tsx), runs are serial. */
let bundleEntry: string | null = null;
export function enablePool(entry: string): void {
  bundleEntry = entry;
}

export interface LintJob {
  /** Absolute path: picks the configuration, as for the main thread. */
  path: string;
  filename?: string;
  text: string;
}

export interface LintOutcome {
  findings: Finding[];
  problems: string[];
}

/** What a worker needs to resolve configurations as the main thread does (plain data). */
export type PoolSettings = Omit<SettingsOptions, 'warn'>;

type WorkerMessage = { ready: true } | { id: number; outcome: LintOutcome } | { id: number; failed: true };

export interface PoolPlan {
  /** Worker threads to start; 0 is a serial run. */
  workers: number;
  /** Whether the main thread lints too (else it only reads files and reports, unless the workers fail). */
  mainLints: boolean;
  /**
   * Start the workers at once, else only when the files left would keep the main thread busy
   * for a while (estimated from the files it linted so far, the first one left out: it pays for
   * loading the word lists). A worker needs about a second of CPU to start, which a handful of
   * drafts never repays.
   */
  eager: boolean;
}

const SERIAL: PoolPlan = { workers: 0, mainLints: true, eager: false };

/**
 * How to check `count` files. By default the main thread and one worker per further core (at
 * most 8 threads in all), the workers started only once the run turns out long.
 * `SCRUBS_WORKERS=N` starts N workers at once and leaves the main thread to reading and
 * reporting (`0`: everything on the main thread); tests compare the two.
 */
export function planPool(count: number, env: NodeJS.ProcessEnv): PoolPlan {
  if (!bundleEntry || count < 2) return SERIAL;
  const asked = env.SCRUBS_WORKERS?.trim();
  if (asked && /^\d+$/.test(asked)) {
    const workers = Math.min(Number(asked), MAX_THREADS, count);
    return workers ? { workers, mainLints: false, eager: true } : SERIAL;
  }
  let cores = 1;
  try {
    cores = availableParallelism();
  } catch {
    // Older Node: no availableParallelism; stay serial.
  }
  return { workers: Math.min(cores, MAX_THREADS) - 1, mainLints: true, eager: false };
}

/** Lint one job on a worker, with the configuration that applies to its path. */
function lintJob(settings: Settings, job: LintJob): LintOutcome {
  const config = settings.forFile(job.path);
  const result = lint(job.text, { filename: job.filename, config: config.lintConfig, rules: config.rules });
  return { findings: result.findings, problems: result.problems };
}

export interface PoolTask {
  /**
   * Prepare input `index` on the main thread (read it, note why it is skipped): a job to lint,
   * or null when nothing is to be linted (skipped, or unchanged under --changed).
   */
  prepare(index: number): LintJob | null;
  /** Lint on the main thread. May throw (an internal error ends the run, as in a serial run). */
  lintHere(index: number, job: LintJob): LintOutcome;
  /** Called once per input, in input order, with its outcome (null when `prepare` gave no job). */
  deliver(index: number, outcome: LintOutcome | null): void;
}

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  /** Input indexes sent and not answered. */
  inFlight: Set<number>;
  dead: boolean;
}

/**
 * Run `task` over `count` inputs on the threads `plan` allows (main included). Resolves when every
 * input was delivered. Never reorders: `deliver` sees indexes 0, 1, 2, ….
 */
export async function runPool(count: number, plan: PoolPlan, settings: PoolSettings, task: PoolTask): Promise<void> {
  const outcomes = new Map<number, LintOutcome | null>();
  const jobs = new Map<number, LintJob>();
  /** Jobs a failed worker left: the main thread lints them. */
  const returned: number[] = [];
  let next = 0;
  let delivered = 0;
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const flush = () => {
    while (delivered < count && outcomes.has(delivered)) {
      const outcome = outcomes.get(delivered)!;
      outcomes.delete(delivered);
      jobs.delete(delivered);
      task.deliver(delivered++, outcome);
    }
  };

  /** The next input that needs linting, prepared on this thread; inputs without a job are settled on the way. */
  const take = (): number | null => {
    while (next < count) {
      const index = next++;
      const job = task.prepare(index);
      if (job) {
        jobs.set(index, job);
        return index;
      }
      outcomes.set(index, null);
    }
    return null;
  };

  const workers: PoolWorker[] = [];
  const feed = (w: PoolWorker) => {
    while (!w.dead && w.ready && w.inFlight.size < PREFETCH) {
      const index = take();
      if (index === null) break;
      w.inFlight.add(index);
      try {
        w.worker.postMessage({ id: index, job: jobs.get(index) });
      } catch {
        fail(w);
        return;
      }
    }
    flush();
  };
  const fail = (w: PoolWorker) => {
    if (w.dead) return;
    w.dead = true;
    returned.push(...w.inFlight);
    w.inFlight.clear();
    void w.worker.terminate().catch(() => undefined);
    poke();
  };

  const start = () => {
    for (let i = 0; i < plan.workers; i++) {
      let worker: Worker;
      try {
        worker = new Worker(bundleEntry!, { workerData: { [WORKER_FLAG]: true, settings }, stdout: true, stderr: true });
      } catch {
        return; // no threads here: the main thread does it all
      }
      // A worker's own output would interleave with the report; it has nothing to say.
      worker.stdout.resume();
      worker.stderr.resume();
      worker.unref();
      const w: PoolWorker = { worker, ready: false, inFlight: new Set(), dead: false };
      workers.push(w);
      worker.on('message', (message: WorkerMessage) => {
        if ('ready' in message) {
          w.ready = true;
        } else if (w.inFlight.delete(message.id)) {
          if ('outcome' in message) outcomes.set(message.id, message.outcome);
          else returned.push(message.id);
        }
        feed(w);
        poke();
      });
      worker.on('error', () => fail(w));
      worker.on('exit', () => fail(w));
    }
  };
  let started = false;
  /** Main-thread lint time and count after its first file (the estimate of what is left). */
  let warmMs = 0;
  let warmCount = -1;
  const worthStarting = () => {
    if (started || plan.workers === 0) return false;
    const left = count - next;
    if (left < 2 * plan.workers) return false;
    return plan.eager || (warmCount > 0 && (warmMs / warmCount) * left >= WORTH_STARTING_MS);
  };

  try {
    for (;;) {
      if (worthStarting()) {
        started = true;
        start();
      }
      const live = workers.some((w) => !w.dead);
      const index = returned.length ? returned.shift()! : plan.mainLints || !live ? take() : null;
      if (index !== null) {
        const t = performance.now();
        outcomes.set(index, task.lintHere(index, jobs.get(index)!));
        if (++warmCount > 0) warmMs += performance.now() - t;
        flush();
        // Let worker answers in between files: they are only read from the event loop.
        if (live) await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      flush();
      if (delivered >= count) break;
      // Wait for the workers' answers, their readiness or their failure.
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (returned.length || outcomes.has(delivered) || !workers.some((w) => !w.dead)) poke();
      });
    }
  } finally {
    for (const w of workers) {
      w.dead = true;
      void w.worker.terminate().catch(() => undefined);
    }
  }
}

/** True in a worker thread started by runPool (the bundle's entry calls runPoolWorker then). */
export function isPoolWorker(): boolean {
  return !isMainThread && !!(workerData as Record<string, unknown> | null)?.[WORKER_FLAG];
}

/** The worker's side: lint each job and answer; an internal error answers `failed` (the main thread redoes the job). */
export function runPoolWorker(): void {
  const port = parentPort!;
  const settings = new Settings({ ...(workerData as { settings: PoolSettings }).settings, warn: () => undefined });
  port.on('message', ({ id, job }: { id: number; job: LintJob }) => {
    let answer: WorkerMessage;
    try {
      answer = { id, outcome: lintJob(settings, job) };
    } catch {
      answer = { id, failed: true };
    }
    port.postMessage(answer);
  });
  try {
    builtinRules(); // compile before saying ready, so the first jobs do not wait behind it
  } catch {
    // The main thread compiled them already; a job would report the same failure.
  }
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
