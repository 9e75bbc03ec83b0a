// The real language server over stdio (`node bin/scrubs.js lsp --stdio`, scrubs.debounceMs 0).
//   node bench/server.mjs latency [--edits 200]   didChange → publishDiagnostics, 10,000-word draft
//   node bench/server.mjs memory [--docs 50]      RSS with N open 10,000-word drafts
// One JSON line on stdout. Edits are one character each (insert a letter, or delete one, inside a
// word) at random places of the draft (seeded), sent one at a time, each timed until the
// diagnostics of that version arrive.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { draft, prng } from './lib/generate.mjs';
import { LspClient, positionAt } from './lib/lsp-client.mjs';
import { median, percentile } from './lib/stats.mjs';

const mode = process.argv[2];
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const WORDS = 10_000;
const r1 = (x) => Math.round(x * 10) / 10;

const dir = mkdtempSync(join(tmpdir(), 'scrubs-bench-lsp-'));
const client = new LspClient(dir);
try {
  await client.initialize(dir, { debounceMs: 0 });
  if (mode === 'latency') await latency(arg('--edits', 200));
  else if (mode === 'memory') await memory(arg('--docs', 50));
  else throw new Error('usage: node bench/server.mjs latency|memory');
} finally {
  await client.stop();
  rmSync(dir, { recursive: true, force: true });
}

async function open(uri, text) {
  const t = performance.now();
  const wait = client.diagnostics(uri, 1);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const { at, count } = await wait;
  return { ms: at - t, count };
}

async function latency(edits) {
  const uri = pathToFileURL(join(dir, 'draft.md')).href;
  let text = draft(WORDS, 1);
  const opened = await open(uri, text);
  const r = prng(42);
  let version = 1;
  const times = [];
  const warmup = 10;
  for (let i = 0; i < warmup + edits; i++) {
    // A random place inside a word (letters on both sides).
    let at;
    do at = 1 + Math.floor(r() * (text.length - 2));
    while (!/[a-z]/.test(text[at - 1]) || !/[a-z]/.test(text[at]));
    const del = r() < 0.3 && /[a-z]/.test(text[at + 1] ?? '');
    const start = positionAt(text, at);
    let change;
    if (del) {
      change = { range: { start, end: { line: start.line, character: start.character + 1 } }, text: '' };
      text = text.slice(0, at) + text.slice(at + 1);
    } else {
      const ch = String.fromCharCode(97 + Math.floor(r() * 26));
      change = { range: { start, end: start }, text: ch };
      text = text.slice(0, at) + ch + text.slice(at);
    }
    version++;
    const wait = client.diagnostics(uri, version);
    const t = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const { at: got } = await wait;
    if (i >= warmup) times.push(got - t);
  }
  console.log(JSON.stringify({
    words: WORDS,
    openMs: r1(opened.ms),
    diagnostics: opened.count,
    edits,
    p50Ms: r1(percentile(times, 50)),
    p95Ms: r1(percentile(times, 95)),
    maxMs: r1(Math.max(...times)),
    meanMs: r1(times.reduce((a, b) => a + b, 0) / times.length),
    serverRssMB: client.memory().rssMB,
  }));
}

async function memory(docs) {
  const before = client.memory();
  const opens = [];
  let diagnostics = 0;
  for (let i = 1; i <= docs; i++) {
    const { ms, count } = await open(pathToFileURL(join(dir, `draft-${i}.md`)).href, draft(WORDS, i));
    opens.push(ms);
    diagnostics += count;
  }
  await new Promise((res) => setTimeout(res, 1000));
  const after = client.memory();
  console.log(JSON.stringify({
    docs,
    words: WORDS,
    idleRssMB: before.rssMB,
    rssMB: after.rssMB,
    peakRssMB: after.peakMB,
    openMedianMs: r1(median(opens)),
    diagnostics,
  }));
}
