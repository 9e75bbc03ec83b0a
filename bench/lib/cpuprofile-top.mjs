// Reads a V8 .cpuprofile (node --cpu-prof) and aggregates self and total time per function + file.
//   node bench/lib/cpuprofile-top.mjs FILE.cpuprofile [--under NAME] [--top 25] [--json]
// --under NAME keeps only samples with a frame of function NAME on the stack (e.g. `lint`, to drop
// process start-up, module loading and rule compilation; `relintWarm` for the keystroke run).
// Frames in bench/.build/engine.cjs are attributed to their source file through the `// path`
// comment esbuild writes before each bundled module.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const moduleIndexes = new Map();

/** Line (0-based) → source module, from the `// server/src/...` headers of an esbuild bundle. */
function moduleOf(url, line) {
  if (!url) return '';
  let index = moduleIndexes.get(url);
  if (index === undefined) {
    index = null;
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    if (path.endsWith('.cjs') && existsSync(path)) {
      index = [];
      readFileSync(path, 'utf8').split('\n').forEach((l, i) => {
        // `// server/src/engine/lint.ts`, `// node_modules/micromark/lib/parse.js`, or the same
        // behind `../` when node_modules is a symlink to another tree.
        const m = /^\/\/ (\S+\.(?:[cm]?[jt]s|json))$/.exec(l);
        if (m) index.push([i, m[1].replace(/^(?:\.\.\/)+/, '').replace(/^.*?\/(node_modules\/)/, '$1')]);
      });
    }
    moduleIndexes.set(url, index);
  }
  const short = url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules\/)/, '$1').replace(/^.*\/(bench|dist|server)\//, '$1/');
  if (!index || index.length === 0) return short;
  let lo = 0;
  let hi = index.length - 1;
  let found = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid][0] <= line) {
      found = index[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found ?? short;
}

export function aggregate(profile, { under } = {}) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = new Map();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    let name = f.functionName || (f.url ? '(anonymous)' : f.functionName);
    let file = moduleOf(f.url, f.lineNumber);
    if (!file && name.startsWith('RegExp: ')) {
      // V8 reports time spent inside a regular expression as a frame of its own.
      file = '(regexp)';
      name = name.length > 90 ? `${name.slice(0, 87)}...` : name;
    }
    keyOf.set(n.id, file ? `${name || '(anonymous)'}  ${file}` : name || '(root)');
  }
  const self = new Map();
  const total = new Map();
  const byFile = new Map();
  let kept = 0;
  let all = 0;
  const underCache = new Map();
  const isUnder = (id) => {
    if (!under) return true;
    if (underCache.has(id)) return underCache.get(id);
    let yes = false;
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      if (nodes.get(cur).callFrame.functionName === under) {
        yes = true;
        break;
      }
    }
    underCache.set(id, yes);
    return yes;
  };
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i + 1] ?? timeDeltas[i]) / 1000; // ms until the next sample
    all += dt;
    const id = samples[i];
    if (!isUnder(id)) continue;
    kept += dt;
    const key = keyOf.get(id);
    self.set(key, (self.get(key) ?? 0) + dt);
    const file = key.includes('  ') ? key.split('  ')[1] : key;
    byFile.set(file, (byFile.get(file) ?? 0) + dt);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = keyOf.get(cur);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  }
  const rows = [...self.entries()].map(([key, ms]) => ({ key, selfMs: ms, totalMs: total.get(key) ?? ms })).sort((a, b) => b.selfMs - a.selfMs);
  const totals = [...total.entries()].map(([key, ms]) => ({ key, totalMs: ms, selfMs: self.get(key) ?? 0 })).sort((a, b) => b.totalMs - a.totalMs);
  const files = [...byFile.entries()].map(([file, ms]) => ({ file, selfMs: ms })).sort((a, b) => b.selfMs - a.selfMs);
  return { profileMs: all, keptMs: kept, rows, totals, files };
}

/** Markdown tables: top functions by self time, top files by self time, top functions by total time. */
export function toMarkdown(agg, { top = 20, title = '' } = {}) {
  const pct = (ms) => ((100 * ms) / agg.keptMs).toFixed(1);
  const f = (ms) => ms.toFixed(0);
  const esc = (s) => s.replace(/\|/g, '\\|');
  const lines = [];
  if (title) lines.push(`#### ${title}`, '');
  lines.push(`${f(agg.keptMs)} ms profiled (of ${f(agg.profileMs)} ms in the process).`, '');
  lines.push('| # | function  file | self ms | self % | total % |', '|---|---|---:|---:|---:|');
  agg.rows.slice(0, top).forEach((r, i) => lines.push(`| ${i + 1} | ${esc(r.key)} | ${f(r.selfMs)} | ${pct(r.selfMs)} | ${pct(r.totalMs)} |`));
  lines.push('', '| file (self time of all its functions) | self ms | % |', '|---|---:|---:|');
  agg.files.slice(0, 12).forEach((r) => lines.push(`| ${esc(r.file)} | ${f(r.selfMs)} | ${pct(r.selfMs)} |`));
  lines.push('', '| function (total time, callees included) | total % | self % |', '|---|---:|---:|');
  agg.totals.filter((r) => r.key.includes('server/src/')).slice(0, 15).forEach((r) => lines.push(`| ${esc(r.key)} | ${pct(r.totalMs)} | ${pct(r.selfMs)} |`));
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file] = process.argv.slice(2);
  const opt = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  if (!file) {
    console.error('usage: node bench/lib/cpuprofile-top.mjs FILE.cpuprofile [--under NAME] [--top N] [--json]');
    process.exit(2);
  }
  const agg = aggregate(JSON.parse(readFileSync(file, 'utf8')), { under: opt('--under') });
  if (process.argv.includes('--json')) console.log(JSON.stringify(agg, null, 1));
  else console.log(toMarkdown(agg, { top: Number(opt('--top') ?? 25) }));
}
