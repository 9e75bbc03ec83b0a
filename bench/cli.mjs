// The real CLI (`node bin/scrubs.js check`), each run a fresh process. One JSON line on stdout.
//   node bench/cli.mjs coldstart [--runs 10]   check of a 1,000-word file vs `node -e 0`
//   node bench/cli.mjs bulk [--posts 10000] [--runs 3] [--max-seconds 90]   check of a folder of short posts
//     (no further runs once the runs so far took longer than --max-seconds)
//   node bench/cli.mjs big [--words 1000000] [--runs 1]  check of one huge draft
// Peak RSS of a child comes from a preload (lib/rss-on-exit.cjs) that writes
// process.resourceUsage().maxRSS when the child exits; cold-start runs go without it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draft, post } from './lib/generate.mjs';
import { benchDir, cliPath } from './lib/paths.mjs';
import { median } from './lib/stats.mjs';

const mode = process.argv[2];
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const r1 = (x) => Math.round(x * 10) / 10;
const dir = mkdtempSync(join(tmpdir(), 'scrubs-bench-cli-'));

/** Wall time (ms) of one child; with `rss`, also its peak RSS (MB). Exit codes 0 and 1 are both fine. */
function run(args, { cwd = dir, rss = false } = {}) {
  const rssFile = join(dir, `rss-${process.hrtime.bigint()}`);
  const env = { ...process.env };
  if (rss) {
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require ${join(benchDir, 'lib', 'rss-on-exit.cjs')}`.trim();
    env.BENCH_RSS_FILE = rssFile;
  }
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, rssMB: rss ? Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024) : undefined };
}

try {
  if (mode === 'coldstart') {
    const runs = arg('--runs', 10);
    writeFileSync(join(dir, 'draft.md'), draft(1000, 1));
    const node = [];
    const scrubs = [];
    run(['-e', '0']);
    run([cliPath, 'check', 'draft.md']);
    for (let i = 0; i < runs; i++) {
      node.push(run(['-e', '0']).ms);
      scrubs.push(run([cliPath, 'check', 'draft.md']).ms);
    }
    const n = median(node);
    const s = median(scrubs);
    console.log(JSON.stringify({ runs, nodeMs: r1(n), scrubsMs: r1(s), ratio: Math.round((s / n) * 100) / 100 }));
  } else if (mode === 'bulk') {
    const posts = arg('--posts', 10_000);
    const runs = arg('--runs', 3);
    const folder = join(dir, 'posts');
    mkdirSync(folder);
    let words = 0;
    for (let i = 1; i <= posts; i++) {
      const text = post(i);
      words += text.split(/\s+/).filter(Boolean).length;
      writeFileSync(join(folder, `post-${String(i).padStart(5, '0')}.md`), text);
    }
    run([cliPath, 'check', join('posts', 'post-00001.md')]); // warm node and the CLI bundle in the page cache
    const times = [];
    let rssMB = 0;
    const maxSeconds = arg('--max-seconds', 90);
    for (let i = 0; i < runs; i++) {
      const r = run([cliPath, 'check', 'posts'], { rss: true });
      times.push(r.ms);
      rssMB = Math.max(rssMB, r.rssMB);
      // While the CLI is slow, one run of a bulk folder says enough: keep the bench short.
      if (times.reduce((a, b) => a + b, 0) / 1000 > maxSeconds) break;
    }
    const ms = median(times);
    console.log(JSON.stringify({ posts, wordsPerPost: r1(words / posts), runs: times.length, ms: r1(ms), postsPerSec: Math.round(posts / (ms / 1000)), peakRssMB: rssMB }));
  } else if (mode === 'big') {
    const words = arg('--words', 1_000_000);
    const runs = arg('--runs', 1);
    const text = draft(words, 1);
    writeFileSync(join(dir, 'big.md'), text);
    // The default maxFileSize (5 MB) would skip it.
    writeFileSync(join(dir, '.scrubs.json'), JSON.stringify({ maxFileSize: 1 << 30 }));
    const times = [];
    let rssMB = 0;
    for (let i = 0; i < runs; i++) {
      const r = run([cliPath, 'check', 'big.md'], { rss: true });
      times.push(r.ms);
      rssMB = Math.max(rssMB, r.rssMB);
    }
    console.log(JSON.stringify({ words, bytes: Buffer.byteLength(text), runs, ms: times.map(r1), medianMs: r1(median(times)), peakRssMB: rssMB }));
  } else {
    throw new Error('usage: node bench/cli.mjs coldstart|bulk|big');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
