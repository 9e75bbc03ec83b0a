// The segmented parse (parse/segment.ts) must give exactly the blocks, pieces, directives and
// front matter of one whole-document parse: on every corpus draft and example, on the bench's
// long drafts, on generated markdown built to hit chunk boundaries, and after edits through a
// warm parse cache.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { BlockCache, LineIndex } from '../../server/src/engine';
import { parseMarkdown } from '../../server/src/engine/parse/markdown';
import { chunkStarts, parseSegmented, type ChunkParse } from '../../server/src/engine/parse/segment';
import { plainParagraph } from '../../server/src/engine/parse/plain-paragraph';
import { check, draft } from '../hardening/arbitraries';

const root = join(__dirname, '../..');

function same(text: string, cache?: BlockCache<ChunkParse>): void {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // parseDocument strips it before either parse
  const lines = new LineIndex(body);
  const lineOf = (o: number) => lines.lineAt(o);
  assert.deepStrictEqual(parseSegmented(body, lineOf, cache), parseMarkdown(body, lineOf));
}

function sameOr(text: string, label: string): void {
  try {
    same(text);
  } catch (error) {
    throw new Error(`${label}: ${(error as Error).message.slice(0, 4000)}`);
  }
}

/** Pieces of markdown that tempt a chunk boundary: constructs that run over blank lines, definitions far from their references. */
const SNIPPETS = [
  'Mrs. Osei in room 12 finally went home today.',
  'A plain line of words\nand a second line, with punctuation: yes! (really) 50% of "them"',
  'Trailing double space  \nhard break',
  'ends in a space ',
  '1. first\n2. second',
  '3) third',
  '- a\n- b',
  '+ plus',
  '* star',
  'Title\n===',
  'Title\n---',
  '---',
  '***',
  '# Heading #',
  '> quote\n> more',
  '> quote\ncontinued lazily',
  '    indented code',
  '\tindented by a tab',
  '```\ncode',
  '```js\ncode\n```',
  '````\n```\nstill code',
  '~~~\ncode',
  '~~~',
  '```',
  '``` `not a fence`',
  '  ```\n  indented fence',
  '- ```\n  fenced in a list',
  '<!--\ncomment',
  '<!-- scrubs-disable-next-line patient-privacy/name -->',
  '<!-- scrubs-disable -->',
  'a <!-- inline\n\ncomment --> b',
  '-->',
  '<pre>\npre',
  '</pre>',
  '<script>',
  '</script>',
  '<?php',
  '?>',
  '<!DOCTYPE',
  '>',
  '<![CDATA[',
  ']]>',
  '<div>\ndiv',
  '</div>',
  '[foo]: /url "title"',
  '[Foo]',
  '[foo][]',
  '![Foo]',
  '![alt][bar]',
  '[bar]:\n/url',
  '[ Foo\n bar ]',
  '[foo bar]: /x',
  '[^1]',
  '[^1]: a footnote with Mrs. Osei',
  '[^note]: note\n\n    continued',
  '[ẞ]',
  '[ss]: /sharp',
  '[ſ]',
  '[s]: /long',
  '[İ]',
  '[i̇]: /dot',
  '| a | b |\n| --- | --- |\n| Mrs. Osei | room 12 |',
  'www.example.com',
  'see http://example.org',
  'mail jdoe@example.com',
  'AT&amp;T &copy;',
  'back\\slash',
  '\uFEFF mid-document mark',
  'ß İ ǅ ﬃ',
  'emoji 🩺 here',
  'nbsp\u00a0here',
  'x',
];
const SEPARATORS = ['\n\n', '\n\n', '\n\n', '\n', '\n \n', '\n\t\n', '\n\n\n', '\r\n\r\n', '\r\r', '\r\n\n', '\n\n  ', '\n\n    '];

const chunky: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '---\ntitle: x\n\nplatform: twitter\n---\n', '---\na: 1\n---\n\n', '---\n\n', '---\nnever closed\n\n'),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...SNIPPETS), draft), fc.constantFrom(...SEPARATORS)), { maxLength: 14 }),
  )
  .map(([front, parts]) => front + parts.map(([s, sep]) => s + sep).join(''));

describe('segmented markdown parse', () => {
  it('splits at blank lines before column-0 lines, outside fences, HTML blocks and front matter', () => {
    assert.deepEqual(chunkStarts('a\n\nb\n\n  c\n\nd'), [0, 3, 11]);
    assert.deepEqual(chunkStarts('```\na\n\nb\n```\n\nc'), [0, 14]);
    assert.deepEqual(chunkStarts('<!--\n\nb -->\n\nc'), [0, 13]);
    assert.deepEqual(chunkStarts('---\na: 1\n\nb: 2\n---\n\nc'), [0, 20]);
  });

  it('builds plain paragraphs without micromark only when micromark would agree', () => {
    assert.ok(plainParagraph('Two lines of words,\nplain ones.\n\n'));
    for (const text of ['a  \nb', '1. a', 'a\n- b', 'a\n===', 'www.x.org', 'a_b', 'a [b]', 'a &amp; b', 'a\r\nb', 'a \n\n']) assert.equal(plainParagraph(text), null, text);
  });

  it('equals a whole parse on every corpus draft and example', () => {
    for (const file of ['dev.jsonl', 'categories-dev.jsonl']) {
      for (const line of readFileSync(join(root, 'eval/corpus', file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { id, text } = JSON.parse(line) as { id: string; text: string };
        sameOr(text, `${file} ${id}`);
      }
    }
    for (const name of readdirSync(join(root, 'examples'))) {
      if (/\.(md|txt)$/.test(name)) sameOr(readFileSync(join(root, 'examples', name), 'utf8'), name);
    }
  });

  it('equals a whole parse on the bench drafts', async () => {
    const generator = join(root, 'bench/lib/generate.mjs'); // a variable: tsc does not type the bench's .mjs
    const { draft: benchDraft } = (await import(generator)) as { draft: (words: number, seed: number) => string };
    for (let seed = 0; seed < 3; seed++) sameOr(benchDraft(3000, seed), `bench draft ${seed}`);
  });

  it('equals a whole parse on generated markdown', () => {
    check('segmented parse', fc.property(chunky, (text) => same(text)), 500);
  });

  it('equals a whole parse after edits through a warm cache', () => {
    const edit = fc.tuple(chunky, fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom('', 'a', ' ', '\n', '\n\n', '`', '```', '[foo]', '[foo]: /u', '<!--', '-->', '-')), { minLength: 1, maxLength: 4 }));
    check(
      'segmented parse, warm cache',
      fc.property(edit, ([text, edits]) => {
        const cache = new BlockCache<ChunkParse>(200);
        let current = text;
        same(current, cache);
        for (const [at, del, insert] of edits) {
          const i = current.length ? at % (current.length + 1) : 0;
          current = current.slice(0, i) + insert + current.slice(Math.min(current.length, i + del));
          same(current, cache);
        }
      }),
      150,
    );
  });
});
