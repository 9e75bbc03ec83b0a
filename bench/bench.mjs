// npm run bench [-- --quick] [--no-build] [--no-extras] [--no-profile] [--sizes 300,1000] [--tools scrubs,regex]
//
// Times scrubs' engine against its peers (harper.js, alex, write-good, compromise) and a regex
// floor on generated drafts of 300 … 1,000,000 words, each tool and size in a fresh process;
// then keystroke re-lint, language-server latency and memory, CLI cold start, bulk throughput and
// the 1M-word CLI run; then CPU profiles of the engine. Prints a summary and writes
// bench/RESULTS.md (and bench/results.json with the raw numbers). Never part of `npm test`.
//
// The machine is shared and noisy: compare ratios taken in one run, not absolute times across runs.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildEngine, cliBundlePath } from './lib/build-engine.mjs';
import { benchDir, buildDir, root } from './lib/paths.mjs';
import { aggregate, toMarkdown } from './lib/cpuprofile-top.mjs';

const argv = process.argv.slice(2);
const has = (f) => argv.includes(f);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = has('--quick');
const SIZES = (opt('--sizes') ?? (quick ? '300,1000,10000' : '300,1000,10000,100000,1000000')).split(',').map(Number);
const TOOLS = (opt('--tools') ?? 'regex,write-good,scrubs,compromise,alex,harper').split(',');
const PEERS = ['harper', 'alex', 'write-good', 'compromise'];
const RUNS = 5;
/** Timed seconds allowed per tool and size; fewer runs (at least 1) when a run is predicted slower. */
const CELL_BUDGET_S = quick ? 20 : 45;
/** A peer whose single run is predicted slower than this is not run at that size (scrubs always is). */
const PEER_MAX_RUN_S = 120;
const CHILD_TIMEOUT_MS = 8 * 60_000;
const SCRUBS_1M_TIMEOUT_MS = 20 * 60_000;
/** The CLI 1M-word run is skipped when the engine alone took longer than this on that draft (unless --force-big). */
const BIG_SKIP_AFTER_MS = 60_000;

const started = Date.now();
const log = (...a) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s]`, ...a);
const results = { quick, startedAt: new Date().toISOString(), machine: {}, versions: {}, matrix: [], extras: {}, profile: {} };

/** Runs `node ARGS` in a fresh process; resolves with the last JSON line it printed (or {error}). */
function child(args, { timeoutMs = CHILD_TIMEOUT_MS, env, okExit = [0] } = {}) {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    p.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').filter((l) => l.startsWith('{')).pop();
      if (okExit.includes(code) && line) resolve(JSON.parse(line));
      else if (okExit.includes(code) && okExit.length > 1) resolve({ exit: code });
      else resolve({ error: signal === 'SIGKILL' ? `timed out after ${timeoutMs / 1000} s` : `exit ${code}: ${err.trim().split('\n').slice(-3).join(' ')}` });
    });
  });
}

function version(pkg) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

// ---- build ---------------------------------------------------------------------------------------
if (!has('--no-build')) {
  log('building dist/ (node server/build.mjs) for the CLI and server runs');
  const b = spawnSync(process.execPath, [join(root, 'server/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
log('bundling the engine into bench/.build/engine.cjs');
await buildEngine({ cli: !quick && !has('--no-profile') });

results.machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  os: `${process.platform} ${release()}`,
  node: process.version,
  loadBefore: loadavg().map((x) => x.toFixed(2)).join(' '),
};
const dirty = git(['status', '--porcelain', '--', 'server', 'rules', 'package.json']);
results.versions = {
  // BENCH_REV names the source when the bench runs in an export of a commit (no .git there).
  scrubs: `${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version} @ ${process.env.BENCH_REV || git(['rev-parse', '--short', 'HEAD']) || 'unknown'}${dirty ? ' + uncommitted changes in the work tree' : ''}`,
  'harper.js': version('harper.js'),
  alex: version('alex'),
  'write-good': version('write-good'),
  compromise: version('compromise'),
};

// ---- tool × size matrix ----------------------------------------------------------------------------
const last = new Map(); // tool → {words, median}
let postsDirToRemove = null;
for (const words of SIZES) {
  for (const tool of TOOLS) {
    const prev = last.get(tool);
    // Per-word cost of the previous size; runs are planned with headroom for super-linear tools,
    // skipping goes by the linear prediction (harper.js is linear but slow: keep it where we can).
    const linearS = prev ? ((prev.median / prev.words) * words) / 1000 : 0;
    const predictedS = linearS * 1.5;
    if (tool !== 'scrubs' && linearS > PEER_MAX_RUN_S) {
      log(`${tool} ${words}: skipped (a run predicted at ~${linearS.toFixed(0)} s)`);
      results.matrix.push({ tool, words, skipped: `predicted ~${linearS.toFixed(0)} s per run` });
      continue;
    }
    const runs = Math.max(1, Math.min(RUNS, predictedS > 0 ? Math.floor(CELL_BUDGET_S / predictedS) : RUNS));
    log(`${tool} ${words} words × ${runs}`);
    // scrubs is never skipped: give its biggest drafts time (still bounded) rather than lose the cell.
    const timeoutMs = tool === 'scrubs' && words >= 1_000_000 ? SCRUBS_1M_TIMEOUT_MS : CHILD_TIMEOUT_MS;
    const r = await child(['--expose-gc', '--max-old-space-size=8192', 'bench/run-one.mjs', tool, String(words), '--runs', String(runs)], { timeoutMs });
    if (r.error) log(`  ${r.error}`);
    else log(`  median ${r.median} ms, setup ${r.setupMs} ms, peak RSS ${r.peakRssMB} MB, ${r.findingsPerRun} findings/run`);
    results.matrix.push({ tool, words, ...r });
    if (!r.error) last.set(tool, { words, median: r.median });
  }
}

// ---- keystroke, server, CLI ------------------------------------------------------------------------
if (!has('--no-extras')) await extras();
async function extras() {
  log('keystroke: warm re-lint after one-character edits in the 10,000-word draft');
  results.extras.keystroke = await child(['--expose-gc', 'bench/keystroke.mjs', '--edits', quick ? '20' : '40']);
  log('  ', JSON.stringify(results.extras.keystroke));
  log('server: didChange → publishDiagnostics');
  results.extras.latency = await child(['bench/server.mjs', 'latency', '--edits', quick ? '50' : '200']);
  log('  ', JSON.stringify(results.extras.latency));
  log('server: memory with open drafts');
  results.extras.memory = await child(['bench/server.mjs', 'memory', '--docs', quick ? '10' : '50']);
  log('  ', JSON.stringify(results.extras.memory));
  log('engine start-up phases and short posts in one process');
  results.extras.startup = await child(['--expose-gc', 'bench/startup.mjs', '--posts', quick ? '300' : '1000']);
  log('  ', JSON.stringify(results.extras.startup));
  log('CLI: cold start');
  results.extras.coldstart = await child(['bench/cli.mjs', 'coldstart', '--runs', quick ? '5' : '10']);
  log('  ', JSON.stringify(results.extras.coldstart));
  log('CLI: bulk');
  results.extras.bulk = await child(['bench/cli.mjs', 'bulk', '--posts', quick ? '1000' : '10000', '--runs', quick ? '1' : '3']);
  log('  ', JSON.stringify(results.extras.bulk));
  if (!quick) {
    // The target is < 3 s; while the engine alone needs minutes for this draft, running the CLI on it
    // too only doubles the bench time to learn what the engine cell already says.
    const engine1m = results.matrix.find((m) => m.tool === 'scrubs' && m.words === 1_000_000);
    const engineMs = engine1m?.median ?? (engine1m?.error?.startsWith('timed out') ? SCRUBS_1M_TIMEOUT_MS : undefined);
    if (engineMs !== undefined && engineMs > BIG_SKIP_AFTER_MS && !has('--force-big')) {
      results.extras.big = { skipped: `the engine alone took ${engine1m.median ? `${(engineMs / 1000).toFixed(0)} s` : `over ${SCRUBS_1M_TIMEOUT_MS / 60_000} min`} on this draft (peak RSS ${engine1m.peakRssMB ?? '—'} MB); --force-big runs it anyway` };
      log('CLI: 1,000,000-word draft skipped:', results.extras.big.skipped);
    } else {
      log('CLI: 1,000,000-word draft');
      results.extras.big = await child(['bench/cli.mjs', 'big', '--words', '1000000', '--runs', '1'], { timeoutMs: SCRUBS_1M_TIMEOUT_MS });
      log('  ', JSON.stringify(results.extras.big));
    }
  }
}

// ---- profiles ---------------------------------------------------------------------------------------
if (!has('--no-profile') && !quick) {
  const profDir = join(buildDir, 'profiles');
  rmSync(profDir, { recursive: true, force: true });
  mkdirSync(profDir, { recursive: true });
  const profiles = [
    { name: 'full lint, 10,000 words', key: 'lint-10k', args: ['bench/run-one.mjs', 'scrubs', '10000', '--runs', '5'], under: 'timedCall' },
    { name: 'full lint, 100,000 words', key: 'lint-100k', args: ['bench/run-one.mjs', 'scrubs', '100000', '--runs', '1'], under: 'timedCall' },
    { name: 'keystroke re-lint (warm BlockCache), 10,000 words', key: 'keystroke-10k', args: ['bench/keystroke.mjs', '--edits', '30'], under: 'relintWarm' },
  ];
  // The bulk run through the CLI itself (unminified bundle), 2,000 posts, whole process.
  // (In a temporary folder: bench/.build is git-ignored, and the CLI honours .gitignore.)
  const postsDir = mkdtempSync(join(tmpdir(), 'scrubs-bench-posts-'));
  const { post } = await import('./lib/generate.mjs');
  for (let i = 1; i <= 2000; i++) writeFileSync(join(postsDir, `post-${String(i).padStart(5, '0')}.md`), post(i));
  profiles.push({ name: 'CLI bulk: `check` of 2,000 short posts (whole process)', key: 'cli-bulk', args: [cliBundlePath, 'check', postsDir], under: undefined, okExit: [0, 1] });
  postsDirToRemove = postsDir;
  for (const p of profiles) {
    const dir = join(profDir, p.key);
    mkdirSync(dir);
    log(`profile: ${p.name}`);
    const r = await child(['--expose-gc', '--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '250', ...p.args], { okExit: p.okExit });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (r.error || !file) {
      results.profile[p.key] = { name: p.name, error: r.error ?? 'no profile written' };
      continue;
    }
    const agg = aggregate(JSON.parse(readFileSync(join(dir, file), 'utf8')), { under: p.under });
    results.profile[p.key] = { name: p.name, run: r, under: p.under ?? null, markdown: toMarkdown(agg, { top: 20, title: p.name }), top: agg.rows.slice(0, 80), totals: agg.totals.slice(0, 80), files: agg.files.slice(0, 25), keptMs: agg.keptMs };
  }
}
if (typeof postsDirToRemove === 'string') rmSync(postsDirToRemove, { recursive: true, force: true });
results.machine.loadAfter = loadavg().map((x) => x.toFixed(2)).join(' ');
results.elapsedS = Math.round((Date.now() - started) / 1000);

// ---- report -------------------------------------------------------------------------------------------
const report = render(results);
const resultsFile = join(benchDir, quick ? '.build/RESULTS.quick.md' : 'RESULTS.md');
writeFileSync(resultsFile, report);
writeFileSync(join(benchDir, quick ? '.build/results.quick.json' : 'results.json'), JSON.stringify(results, null, 1) + '\n');
console.log(report.split('\n## Profile')[0]);
log(`wrote ${resultsFile} in ${results.elapsedS} s`);

function render(R) {
  const cell = (tool, words) => R.matrix.find((m) => m.tool === tool && m.words === words);
  const fmtMs = (ms) => (ms === undefined ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms < 1 ? ms.toFixed(3) : ms < 10 ? ms.toFixed(2) : ms.toFixed(0)} ms`);
  const ratio = (a, b) => (a && b ? `${(a / b) >= 100 ? (a / b).toFixed(0) : (a / b).toFixed(2)}×` : '—');
  const words = [...new Set(R.matrix.map((m) => m.words))];
  const tools = [...new Set(R.matrix.map((m) => m.tool))];
  const L = [];
  L.push('# scrubs benchmark results', '');
  L.push(`Generated by \`npm run bench${R.quick ? ' -- --quick' : ''}\` (bench/bench.mjs) on ${R.startedAt.slice(0, 10)}, ${R.elapsedS} s in all. ` +
    'The machine is shared and noisy (±10–30% between runs): read the ratios, which were taken in one run under the same conditions, not the absolute times.', '');
  L.push('## Machine and versions', '');
  L.push(`- machine: ${R.machine.cpu}, ${R.machine.cores} cores, ${R.machine.memoryGB} GB, ${R.machine.os}; load average ${R.machine.loadBefore} before, ${R.machine.loadAfter} after`);
  L.push(`- node ${R.machine.node}`);
  for (const [k, v] of Object.entries(R.versions)) L.push(`- ${k} ${v}`);
  L.push('- scrubs is timed through its engine: `lint(text, { filename: "draft.md" })` from an unminified esbuild bundle of server/src/engine/index.ts (bench/.build/engine.cjs), every rule pack on (built-in packs, default config; the drafts\' front matter sets `platform: blog`); the CLI and server figures use the real `bin/scrubs.js` (dist/, minified).');
  L.push('- peers through their APIs: harper.js `LocalLinter` with the bundled WASM binary, `lint(text, {language: "markdown"})`; alex `markdown(text)`; write-good `writeGood(text)`; compromise `nlp(text)` (tokenise + tag, a common NLP cost floor); regex floor: one pass of `\\b(?:…)\\b` over ~200 keywords, flags `gi`.');
  L.push('- each tool and size: a fresh `node --expose-gc` process; setup timed apart; warm-up calls on other drafts (10,000 words in all, none bigger than 10,000); then up to 5 timed calls, each on a different generated draft of the same size (seeds 1…N, the same drafts for every tool), GC before each; median reported. Peak RSS is the process high-water mark (it includes the harness and the drafts; the regex column is effectively the harness baseline).', '');

  L.push('## Full lint: median time per call', '');
  L.push(`| words | ${tools.join(' | ')} |`, `|---:|${tools.map(() => '---:').join('|')}|`);
  for (const w of words) {
    L.push(`| ${w.toLocaleString('en-US')} | ${tools.map((t) => {
      const c = cell(t, w);
      if (!c) return '—';
      if (c.skipped) return `skipped (${c.skipped})`;
      if (c.error) return c.error.startsWith('timed out') ? `> ${c.error.replace('timed out after ', '')} (timed out)` : 'error';
      return `${fmtMs(c.median)}${c.runs < 5 ? ` (n=${c.runs})` : ''}`;
    }).join(' | ')} |`);
  }
  L.push('');
  L.push('## Ratios: scrubs ÷ other (>1 means scrubs is slower)', '');
  const others = tools.filter((t) => t !== 'scrubs');
  L.push(`| words | ${others.map((t) => `scrubs/${t}`).join(' | ')} | scrubs µs/word | per word vs 1,000 words |`, `|---:|${others.map(() => '---:').join('|')}|---:|---:|`);
  const s1k = cell('scrubs', 1000);
  for (const w of words) {
    const s = cell('scrubs', w);
    const perWord = s?.median ? (1000 * s.median) / w : undefined;
    const base = s1k?.median ? (1000 * s1k.median) / 1000 : undefined;
    L.push(`| ${w.toLocaleString('en-US')} | ${others.map((t) => ratio(s?.median, cell(t, w)?.median)).join(' | ')} | ${perWord ? perWord.toFixed(1) : '—'} | ${perWord && base ? `${(perWord / base).toFixed(2)}×` : '—'} |`);
  }
  L.push('');
  L.push('The same ratios by CPU time (user + system of the process during each call, median), which other load on the machine disturbs less:', '');
  L.push(`| words | ${others.map((t) => `scrubs/${t}`).join(' | ')} | scrubs CPU µs/word |`, `|---:|${others.map(() => '---:').join('|')}|---:|`);
  for (const w of words) {
    const s = cell('scrubs', w);
    L.push(`| ${w.toLocaleString('en-US')} | ${others.map((t) => ratio(s?.cpuMedian, cell(t, w)?.cpuMedian)).join(' | ')} | ${s?.cpuMedian ? ((1000 * s.cpuMedian) / w).toFixed(1) : '—'} |`);
  }
  L.push('');
  L.push('## Setup, findings and peak RSS per process', '');
  L.push(`| tool | setup | findings per draft (by size) | peak RSS MB (by size) |`, '|---|---:|---|---|');
  for (const t of tools) {
    const cs = words.map((w) => cell(t, w));
    const setup = cs.find((c) => c?.setupMs !== undefined)?.setupMs;
    L.push(`| ${t} | ${fmtMs(setup)} | ${cs.map((c) => c?.findingsPerRun ?? '—').join(' / ')} | ${cs.map((c) => c?.peakRssMB ?? '—').join(' / ')} |`);
  }
  L.push('', `Sizes in order: ${words.map((w) => w.toLocaleString('en-US')).join(' / ')} words. "Findings" is what each tool reports (lints, messages, suggestions, sentences for compromise, keyword matches for the regex floor).`, '');

  const E = R.extras;
  const k = E.keystroke ?? {};
  const lat = E.latency ?? {};
  const mem = E.memory ?? {};
  const cs = E.coldstart ?? {};
  const bulk = E.bulk ?? {};
  const big = E.big ?? {};
  L.push('## Editor and CLI scenarios', '');
  L.push('| scenario | measured |', '|---|---|');
  L.push(`| keystroke: warm re-lint after a one-character edit mid-draft (10,000 words, warm BlockCache), median of ${k.edits ?? '—'} edits | ${fmtMs(k.keystrokeMs)} (p95 ${fmtMs(k.keystrokeP95Ms)}) = **${k.keystrokePct ?? '—'}%** of a full lint (${fmtMs(k.fullMs)}) |`);
  L.push(`| … of which parsing alone (parseDocument + LineIndex) | ${fmtMs(k.parseMs)} (${k.parseMs && k.fullMs ? ((100 * k.parseMs) / k.fullMs).toFixed(0) : '—'}% of a full lint) |`);
  L.push(`| … re-lint of unchanged text (every block a cache hit) | ${fmtMs(k.unchangedMs)} |`);
  L.push(`| server over stdio, didChange → publishDiagnostics, ${lat.edits ?? '—'} random one-character edits (10,000 words, debounceMs 0) | p50 **${fmtMs(lat.p50Ms)}**, p95 **${fmtMs(lat.p95Ms)}**, max ${fmtMs(lat.maxMs)}; didOpen → first diagnostics ${fmtMs(lat.openMs)} |`);
  L.push(`| server memory, ${mem.docs ?? '—'} open 10,000-word drafts | RSS **${mem.rssMB ?? '—'} MB** (peak ${mem.peakRssMB ?? '—'} MB; idle server ${mem.idleRssMB ?? '—'} MB; median didOpen → diagnostics ${fmtMs(mem.openMedianMs)}) |`);
  L.push(`| cold start: \`scrubs check\` of a 1,000-word file vs \`node -e 0\` (median of ${cs.runs ?? '—'}) | ${fmtMs(cs.scrubsMs)} vs ${fmtMs(cs.nodeMs)} = **${cs.ratio ?? '—'}×** |`);
  const su = E.startup ?? {};
  L.push(`| … engine start-up phases in one process (bench/startup.mjs): load bundle, compile rules, first and second lint of 1,000 words | ${fmtMs(su.loadEngineMs)}, ${fmtMs(su.compileRulesMs)}, ${fmtMs(su.firstLint1kMs)}, ${fmtMs(su.secondLint1kMs)} |`);
  L.push(`| … engine alone on ${su.posts ?? '—'} short posts in one process (no CLI, no file IO) | ${su.postsPerSec ?? '—'} posts/s (${su.msPerPost ?? '—'} ms per post) |`);
  L.push(`| bulk: \`scrubs check\` of a folder of ${bulk.posts?.toLocaleString('en-US') ?? '—'} short posts (~${bulk.wordsPerPost ?? '—'} words each), median of ${bulk.runs ?? '—'} | ${fmtMs(bulk.ms)} = **${bulk.postsPerSec ?? '—'} posts/s**, peak RSS ${bulk.peakRssMB ?? '—'} MB |`);
  if (!R.quick) L.push(`| CLI: \`scrubs check\` of one 1,000,000-word draft${big.bytes ? ` (${(big.bytes / 1e6).toFixed(1)} MB)` : ''} | ${big.skipped ? `not run: ${big.skipped}` : big.error ? big.error : `${fmtMs(big.medianMs)}, peak RSS ${big.peakRssMB} MB`} |`);
  L.push('');

  L.push('## Targets', '');
  const pass = (ok) => (ok === undefined ? '—' : ok ? 'met' : '**not met**');
  const s10k = cell('scrubs', 10000)?.median;
  const wg10k = cell('write-good', 10000)?.median;
  // Per-word time at each size ≥ 1,000 words against the 1,000-word one.
  const perWords = words.filter((w) => w >= 1000).map((w) => [w, cell('scrubs', w)?.median]).filter(([, m]) => m).map(([w, m]) => m / w);
  const spread = perWords.length > 1 ? perWords.map((p) => p / perWords[0]) : undefined;
  L.push('| target | measured | |', '|---|---|---|');
  const c10k = cell('scrubs', 10000)?.cpuMedian;
  const cwg10k = cell('write-good', 10000)?.cpuMedian;
  L.push(`| full lint of 10k words faster than write-good | ${ratio(s10k, wg10k)} write-good's time (CPU time: ${ratio(c10k, cwg10k)}) | ${pass(s10k && wg10k ? s10k < wg10k : undefined)} |`);
  const cpuPerWords = words.filter((w) => w >= 1000).map((w) => [w, cell('scrubs', w)?.cpuMedian]).filter(([, m]) => m).map(([w, m]) => m / w);
  const cpuSpread = cpuPerWords.length > 1 ? cpuPerWords.map((p) => p / cpuPerWords[0]).map((x) => x.toFixed(2) + '×').join(', ') : '—';
  L.push(`| time per word flat (±25%) from 1k to ${Math.max(...words).toLocaleString('en-US')} words | per-word time vs 1k (1k, 10k, …): ${spread ? spread.map((x) => x.toFixed(2) + '×').join(', ') : '—'} (CPU time: ${cpuSpread}) | ${pass(spread ? spread.every((x) => x >= 0.75 && x <= 1.25) : undefined)} |`);
  if (!R.quick) {
    const e1m = cell('scrubs', 1_000_000);
    const measured = big.medianMs ? `${fmtMs(big.medianMs)}, ${big.peakRssMB} MB` : e1m?.median ? `CLI not run; the engine alone: ${fmtMs(e1m.median)}, ${e1m.peakRssMB} MB` : e1m?.error ?? '—';
    const ok = big.medianMs ? big.medianMs < 3000 && big.peakRssMB < 150 : e1m?.median || e1m?.error?.startsWith('timed out') ? false : undefined;
    L.push(`| 1M-word draft via CLI < 3 s and < 150 MB peak RSS | ${measured} | ${pass(ok)} |`);
  }
  L.push(`| keystroke re-lint ≤ 2% of full lint | ${k.keystrokePct ?? '—'}% | ${pass(k.keystrokePct !== undefined ? k.keystrokePct <= 2 : undefined)} |`);
  L.push(`| server didChange→publish p95 ≤ 30 ms | ${fmtMs(lat.p95Ms)} | ${pass(lat.p95Ms !== undefined ? lat.p95Ms <= 30 : undefined)} |`);
  L.push(`| cold start ≤ 2× \`node -e 0\` | ${cs.ratio ?? '—'}× | ${pass(cs.ratio !== undefined ? cs.ratio <= 2 : undefined)} |`);
  L.push(`| bulk ≥ 2,000 posts/s | ${bulk.postsPerSec ?? '—'} | ${pass(bulk.postsPerSec !== undefined ? bulk.postsPerSec >= 2000 : undefined)} |`);
  L.push(`| ${mem.docs ?? 50} open drafts < 300 MB | ${mem.rssMB ?? '—'} MB | ${pass(mem.rssMB !== undefined ? mem.rssMB < 300 : undefined)} |`);
  L.push('');

  L.push('## Profile', '');
  const notes = existingNotes();
  L.push(notes, '');
  for (const p of Object.values(R.profile)) {
    if (p.error) L.push(`#### ${p.name}`, '', `not profiled: ${p.error}`, '');
    else L.push(p.markdown, '');
  }
  if (Object.keys(R.profile).length) {
    L.push('Profiles: `node --cpu-prof --cpu-prof-interval 250` of bench/run-one.mjs (samples under `timedCall`: setup, module loading and the warm-up call left out), bench/keystroke.mjs (samples under `relintWarm`) and the CLI bulk run (an unminified bundle of server/src/cli/main.ts, bench/.build/cli.cjs; every sample of the process). Files are attributed through the `// path` headers of the unminified bundle; "(regexp)" is time V8 spent inside a regular expression; self % is of the profiled time.', '');
  }
  return L.join('\n');
}

/** The hand-written analysis between the notes markers survives regeneration. */
function existingNotes() {
  const file = join(benchDir, 'RESULTS.md');
  const start = '<!-- notes:start -->';
  const end = '<!-- notes:end -->';
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    const a = text.indexOf(start);
    const b = text.indexOf(end);
    if (a >= 0 && b > a) return text.slice(a, b + end.length);
  }
  return `${start}\n_No analysis written yet: read the tables below._\n${end}`;
}
