// Keystroke: re-lint after a one-character edit in the middle of the 10,000-word draft, with a
// warm BlockCache, against a full lint (no cache) of the same text. Fresh process; one JSON line.
//   node --expose-gc bench/keystroke.mjs [--edits N]
// Also times the parts a warm re-lint cannot skip: parsing (parseDocument + LineIndex) and a
// re-lint of unchanged text (every block a cache hit), to show where the keystroke time goes.
import { createRequire } from 'node:module';
import { draft } from './lib/generate.mjs';
import { enginePath } from './lib/paths.mjs';
import { median, percentile } from './lib/stats.mjs';

const require = createRequire(import.meta.url);
const editsAt = process.argv.indexOf('--edits');
const edits = editsAt > 0 ? Number(process.argv[editsAt + 1]) : 40;
const WORDS = 10_000;
const engine = require(enginePath);
engine.builtinRules();
const gc = globalThis.gc ?? (() => {});

/** Only the re-lints after an edit go through here, so a CPU profile can keep just them (--under relintWarm). */
function relintWarm(text, cache) {
  return engine.lint(text, { filename: 'draft.md', cache });
}
function lintFull(text) {
  return engine.lint(text, { filename: 'draft.md' });
}
function time(fn) {
  gc();
  const t = performance.now();
  fn();
  return performance.now() - t;
}

lintFull(draft(WORDS, 0)); // warm-up
const text = draft(WORDS, 1);
const full = [];
for (let i = 0; i < 5; i++) full.push(time(() => lintFull(text)));

const parse = [];
for (let i = 0; i < 5; i++) parse.push(time(() => engine.parseDocument(text, 'markdown', new engine.LineIndex(text))));

const cache = new engine.BlockCache();
engine.lint(text, { filename: 'draft.md', cache }); // fill the cache
const unchanged = [];
for (let i = 0; i < 5; i++) unchanged.push(time(() => engine.lint(text, { filename: 'draft.md', cache })));

// Type characters one at a time into a word in the middle of a prose paragraph.
let at = Math.floor(text.length / 2);
while (!/[a-z]/.test(text[at]) || !/[a-z]/.test(text[at - 1])) at++;
let current = text;
const typed = 'abcdefghijklmnopqrstuvwxyz';
const keystroke = [];
let blocks = 0;
for (let i = 0; i < edits; i++) {
  current = current.slice(0, at) + typed[i % typed.length] + current.slice(at);
  at++;
  let result;
  keystroke.push(time(() => (result = relintWarm(current, cache))));
  blocks = result.document.blocks.length;
}

const r1 = (x) => Math.round(x * 10) / 10;
const fullMs = median(full);
const keyMs = median(keystroke);
console.log(JSON.stringify({
  words: WORDS,
  blocks,
  edits,
  fullMs: r1(fullMs),
  keystrokeMs: r1(keyMs),
  keystrokeP95Ms: r1(percentile(keystroke, 95)),
  keystrokePct: r1((100 * keyMs) / fullMs),
  parseMs: r1(median(parse)),
  unchangedMs: r1(median(unchanged)),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}));
