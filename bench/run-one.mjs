// One tool, one draft size, in this fresh process: node bench/run-one.mjs TOOL WORDS [--runs N]
// Prints one JSON line: per-run wall times (ms), their median, setup time, findings, peak RSS.
//
// Conditions are the same for every tool: setup (loading the tool, building its dictionaries) is
// timed apart; warm-up calls on other drafts (10,000 words in all, never a draft bigger than that,
// so the 1M case does not cost a whole extra run); then N timed calls, each on a different draft of the same size
// (seeds 1..N, the same drafts for every tool: harper.js caches per sentence, so re-linting one
// text would time its cache). A full GC runs before each timed call (node --expose-gc). Wall time
// is the figure reported; CPU time of the process during each call is recorded beside it.
import { createRequire } from 'node:module';
import { draft, KEYWORDS } from './lib/generate.mjs';
import { enginePath } from './lib/paths.mjs';
import { median as med } from './lib/stats.mjs';

const require = createRequire(import.meta.url);
const [tool, wordsArg] = process.argv.slice(2);
const words = Number(wordsArg);
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;
if (!tool || !Number.isFinite(words) || words <= 0) {
  console.error('usage: node --expose-gc bench/run-one.mjs scrubs|harper|alex|write-good|compromise|regex WORDS [--runs N]');
  process.exit(2);
}

/** Each tool: setup() → call(text) returning a count (findings, matches, sentences) so nothing is optimised away. */
export const TOOLS = {
  async scrubs() {
    const engine = require(enginePath);
    engine.builtinRules(); // compile rule packs and lexicons once, as the CLI and server do
    return (text) => engine.lint(text, { filename: 'draft.md' }).findings.length;
  },
  async harper() {
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new LocalLinter({ binary });
    await linter.setup();
    return async (text) => (await linter.lint(text, { language: 'markdown' })).length;
  },
  async alex() {
    const { markdown } = await import('alex');
    return (text) => markdown(text).messages.length;
  },
  async 'write-good'() {
    const writeGood = require('write-good');
    return (text) => writeGood(text).length;
  },
  async compromise() {
    const nlp = (await import('compromise')).default;
    return (text) => nlp(text).length; // construction tokenises and tags every term
  },
  async regex() {
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`\\b(?:${KEYWORDS.map(esc).join('|')})\\b`, 'gi');
    return (text) => {
      re.lastIndex = 0;
      let n = 0;
      while (re.exec(text) !== null) n++;
      return n;
    };
  },
};

if (!TOOLS[tool]) {
  console.error(`unknown tool ${tool}; one of ${Object.keys(TOOLS).join(', ')}`);
  process.exit(2);
}
const gc = globalThis.gc ?? (() => {});

const t0 = performance.now();
const call = await TOOLS[tool]();
const setupMs = performance.now() - t0;

/** Named so a CPU profile can keep only the timed calls (bench/lib/cpuprofile-top.mjs --under timedCall). */
async function timedCall(text) {
  return call(text);
}

// Warm-up: different drafts (seeds 1001…) until 10,000 words were seen (at most 20 calls), so the
// small sizes are timed with warm JIT too; one 10,000-word call for the big ones.
const warmSize = Math.min(words, 10_000);
for (let i = 0, seen = 0; seen < 10_000 && i < 20; i++, seen += warmSize) await call(draft(warmSize, 1001 + i));
const ms = [];
const cpu = [];
let findings = 0;
for (let i = 1; i <= runs; i++) {
  const text = draft(words, i);
  gc();
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  findings += await timedCall(text);
  ms.push(performance.now() - start);
  const c = process.cpuUsage(cpu0);
  cpu.push((c.user + c.system) / 1000);
}
const median = med(ms);
console.log(JSON.stringify({
  tool,
  words,
  runs,
  ms: ms.map((m) => Math.round(m * 1000) / 1000),
  median: Math.round(median * 1000) / 1000,
  // CPU time (user + system, all threads) per call: less disturbed by other load on the machine.
  cpuMedian: Math.round(med(cpu) * 1000) / 1000,
  setupMs: Math.round(setupMs),
  findingsPerRun: Math.round(findings / runs),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}));
