// Where cold start and bulk time go, engine only (no CLI, no file IO), in a fresh process:
// loading the engine bundle, compiling the built-in rules, the first lint of a 1,000-word draft
// (lazy word lists load here), a second one, then many short posts in a row.
//   node --expose-gc bench/startup.mjs [--posts 1000]
// One JSON line. Under `node --cpu-prof`, the phases are the functions loadEngine, compileRules,
// firstLint and lintPosts (bench/lib/cpuprofile-top.mjs --under NAME).
import { createRequire } from 'node:module';
import { draft, post } from './lib/generate.mjs';
import { enginePath } from './lib/paths.mjs';

const require = createRequire(import.meta.url);
const postsAt = process.argv.indexOf('--posts');
const POSTS = postsAt > 0 ? Number(process.argv[postsAt + 1]) : 1000;
const r1 = (x) => Math.round(x * 10) / 10;
const doc = draft(1000, 1);
const posts = Array.from({ length: POSTS }, (_, i) => post(i + 1));

const phase = (fn) => {
  const t = performance.now();
  const value = fn();
  return [performance.now() - t, value];
};
function loadEngine() {
  return require(enginePath);
}
function compileRules(engine) {
  return engine.builtinRules();
}
function firstLint(engine) {
  return engine.lint(doc, { filename: 'draft.md' });
}
function lintPosts(engine) {
  let n = 0;
  for (let i = 0; i < posts.length; i++) n += engine.lint(posts[i], { filename: `post-${i}.md` }).findings.length;
  return n;
}

const [loadMs, engine] = phase(loadEngine);
const [rulesMs] = phase(() => compileRules(engine));
const [firstMs] = phase(() => firstLint(engine));
const [secondMs] = phase(() => engine.lint(draft(1000, 2), { filename: 'draft.md' }));
const [postsMs, findings] = phase(() => lintPosts(engine));
console.log(JSON.stringify({
  loadEngineMs: r1(loadMs),
  compileRulesMs: r1(rulesMs),
  firstLint1kMs: r1(firstMs),
  secondLint1kMs: r1(secondMs),
  posts: POSTS,
  postsMs: r1(postsMs),
  postsPerSec: Math.round(POSTS / (postsMs / 1000)),
  msPerPost: Math.round((postsMs / POSTS) * 100) / 100,
  findings,
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}));
