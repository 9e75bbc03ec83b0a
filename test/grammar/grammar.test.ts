// TextMate grammars (syntaxes/), tokenised with the same engine VS Code uses (vscode-textmate on
// vscode-oniguruma). VS Code's markdown grammar is not available here, so a small stand-in with the
// scopes the injection selector names (fenced code, inline code, links, HTML comments) plays it.
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const markdownStandIn = JSON.stringify({
  scopeName: 'text.html.markdown',
  patterns: [
    { begin: '^```', end: '^```', name: 'markup.fenced_code.block.markdown' },
    { match: '`[^`]+`', name: 'markup.inline.raw.string.markdown' },
    { match: '<https?://[^>]+>', name: 'markup.underline.link.markdown' },
    { begin: '<!--', end: '-->', name: 'comment.block.html' },
  ],
});

let registry: Registry;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const files = new Map<string, string>(
    manifest.contributes.grammars.map((g: { scopeName: string; path: string }) => [g.scopeName, join(root, g.path)]),
  );
  const injections = new Map<string, string[]>();
  for (const g of manifest.contributes.grammars as { scopeName: string; injectTo?: string[] }[]) {
    for (const target of g.injectTo ?? []) injections.set(target, [...(injections.get(target) ?? []), g.scopeName]);
  }
  registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => {
      if (scope === 'text.html.markdown') return parseRawGrammar(markdownStandIn, 'markdown.json');
      const file = files.get(scope);
      return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scope) => injections.get(scope),
  });
});

/** Each token of `text` as [text, innermost scopes joined]. */
async function tokens(scope: string, text: string): Promise<{ text: string; scopes: string[] }[]> {
  const grammar = (await registry.loadGrammar(scope)) as IGrammar;
  assert.ok(grammar, `grammar ${scope} loads`);
  const out: { text: string; scopes: string[] }[] = [];
  let state = INITIAL;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  }
  return out;
}

/** The scopes of the token(s) that make up `piece` exactly, or [] when `piece` is split differently. */
async function check(scope: string, text: string, piece: string): Promise<string[]> {
  const ts = await tokens(scope, text);
  const start = ts.findIndex((t, i) => ts.slice(i).map((x) => x.text).join('').startsWith(piece) && piece.startsWith(t.text));
  if (start < 0) return [];
  let joined = '';
  const scopes = new Set<string>();
  for (let i = start; i < ts.length && joined.length < piece.length; i++) {
    joined += ts[i].text;
    for (const s of ts[i].scopes) scopes.add(s);
  }
  return joined === piece ? [...scopes] : [];
}

const has = (scopes: string[], name: string) => scopes.some((s) => s.startsWith(name));

describe('TextMate grammars', () => {
  it('package.json wires the post language and the injection to files that exist (#4)', () => {
    const grammars = manifest.contributes.grammars as { scopeName: string; path: string; language?: string; injectTo?: string[] }[];
    for (const g of grammars) assert.ok(existsSync(join(root, g.path)), g.path);
    assert.deepEqual(grammars.find((g) => g.language === 'post')?.scopeName, 'text.post');
    assert.deepEqual(grammars.find((g) => g.injectTo)?.injectTo, ['text.html.markdown', 'text.post']);
    for (const g of grammars) assert.equal(JSON.parse(readFileSync(join(root, g.path), 'utf8')).scopeName, g.scopeName);
  });

  for (const scope of ['text.html.markdown', 'text.post']) {
    describe(scope, () => {
      it('colours #hashtags, including non-ASCII ones (#4)', async () => {
        const line = 'Proud of my team today #NursesRock #enfermería';
        assert.ok(has(await check(scope, line, '#NursesRock'), 'entity.name.tag.hashtag.scrubs'));
        assert.ok(has(await check(scope, line, '#enfermería'), 'entity.name.tag.hashtag.scrubs'));
      });

      it('leaves headings, URL fragments and numbers alone (#4)', async () => {
        assert.ok(!(await tokens(scope, '# Heading')).some((t) => has(t.scopes, 'entity.name.tag.hashtag')));
        const url = 'see example.org/page#section';
        assert.ok(!(await tokens(scope, url)).some((t) => has(t.scopes, 'entity.name.tag.hashtag')));
        assert.ok(!(await tokens(scope, 'We were #1 again')).some((t) => has(t.scopes, 'entity.name.tag.hashtag')));
      });

      it('colours @mentions, fediverse handles too, but not e-mail addresses (#4)', async () => {
        assert.ok(has(await check(scope, 'Thanks @nurse_jo!', '@nurse_jo'), 'variable.other.mention.scrubs'));
        assert.ok(has(await check(scope, 'cc @jo@mastodon.social', '@jo@mastodon.social'), 'variable.other.mention.scrubs'));
        assert.ok(!(await tokens(scope, 'write to jo@example.org')).some((t) => has(t.scopes, 'variable.other.mention')));
      });

      it('colours redaction placeholders and "a patient" (#4)', async () => {
        const line = 'A patient called from [phone] and wrote to [email]; [ID] and [address] were on a patient chart.';
        for (const p of ['[phone]', '[email]', '[ID]', '[address]']) {
          assert.ok(has(await check(scope, line, p), 'constant.other.placeholder.redaction.scrubs'), p);
        }
        assert.ok(has(await check(scope, line, 'A patient'), 'constant.other.placeholder.patient.scrubs'));
        assert.ok(has(await check(scope, line, 'a patient'), 'constant.other.placeholder.patient.scrubs'));
        assert.ok(!(await tokens(scope, 'See [my notes] here')).some((t) => has(t.scopes, 'constant.other.placeholder')));
      });

      it('highlights scrubs directives inside HTML comments (#4)', async () => {
        const line = '<!-- scrubs-disable-next-line patient-privacy/name -->';
        const scopes = await check(scope, line, 'scrubs-disable-next-line');
        assert.ok(has(scopes, 'keyword.control.directive.scrubs'), JSON.stringify(scopes));
      });

      it('does not colour inside code (#4)', async () => {
        const inline = await tokens(scope, 'Use `#define @x [phone]` in C');
        assert.ok(!inline.some((t) => t.scopes.some((s) => s.endsWith('.scrubs'))), JSON.stringify(inline));
        const fenced = await tokens(scope, '```\n#tag @who [ID]\n```');
        assert.ok(!fenced.some((t) => t.scopes.some((s) => s.endsWith('.scrubs'))), JSON.stringify(fenced));
      });
    });
  }
});
