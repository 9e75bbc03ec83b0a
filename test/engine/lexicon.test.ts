// The lexicon prefilter (server/src/engine/lexicon.ts `mayMatch`) lets most lexicons skip most
// blocks, and `matchAtStarts` replaces each lexicon's alternation by its candidate terms' sticky
// regexes tried where they can start. Neither may change a match: for every built-in lexicon,
// `find` returns exactly what `scan` (the whole alternation) returns, on the project's drafts and
// on text made of the lexicons' own terms in varied case, hyphenation and apostrophes.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../helpers';
import { Lexicon } from '../../server/src/engine/lexicon';

const root = join(__dirname, '..', '..');

function lexicons(): Lexicon[] {
  const rules = builtinRules();
  const all = new Set<Lexicon>();
  for (const { lexicon } of rules.lexicons.values()) all.add(lexicon);
  for (const rule of rules.rules) {
    for (const { lexicon } of [...rule.raise, ...rule.lower]) all.add(lexicon);
    if (rule.terms) all.add(rule.terms);
    for (const group of rule.x.near ?? []) all.add(group.lexicon);
    if (rule.x.targets) all.add(rule.x.targets);
    if (rule.x.unless) all.add(rule.x.unless);
  }
  return [...all];
}

/** Drafts written for this project: the dev corpora, the examples and every rule's own examples. */
function drafts(): string[] {
  const texts: string[] = [];
  for (const file of ['dev.jsonl', 'categories-dev.jsonl']) {
    for (const line of readFileSync(join(root, 'eval', 'corpus', file), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  for (const file of readdirSync(join(root, 'examples'))) if (/\.(md|txt)$/.test(file)) texts.push(readFileSync(join(root, 'examples', file), 'utf8'));
  for (const rule of builtinRules().rules) texts.push(...(rule.examples.flag ?? []), ...(rule.examples.allow ?? []));
  return texts;
}

/** A term written the ways people write it: wildcards filled, case and separators varied. */
function variants(term: string, seed: number): string[] {
  const filled = term
    .split(/\s+/)
    .map((w) => (w === '*' ? 'whatever' : w === '#' ? (seed % 2 ? '2' : 'two') : w.replace(/\*/g, seed % 3 ? 'ing' : '')))
    .join(' ');
  return [filled, filled.toUpperCase(), filled.replace(/ /g, '-'), filled.replace(/'/g, '’'), `${filled[0]?.toUpperCase() ?? ''}${filled.slice(1)}`];
}

/** How a word-list lexicon matched before its words were cached per text: one regex pass. */
function wordListScan(lexicon: Lexicon, text: string, from: number, to: number): [number, number][] {
  const set = lexicon.words!();
  const out: [number, number][] = [];
  const WORD = /[\p{L}][\p{L}-]*/gu;
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) if (m.index + m[0].length <= to && set.has(m[0].toLowerCase())) out.push([m.index, m.index + m[0].length]);
  return out;
}

describe('lexicon prefilter', function () {
  // Every lexicon against every project draft: seconds on a quiet machine, more under load.
  this.timeout(180_000);
  const all = lexicons();

  it('covers the built-in lexicons', () => {
    assert.ok(all.length > 50, `${all.length} lexicons`);
  });

  it('finds exactly what a full regex scan finds, on every project draft', () => {
    let matches = 0;
    for (const text of drafts()) {
      for (const lexicon of all) {
        const expected = lexicon.scan(text);
        matches += expected.length;
        assert.deepEqual(lexicon.find(text), expected, `${lexicon.name} on a draft starting ${JSON.stringify(text.slice(0, 60))}`);
      }
    }
    assert.ok(matches > 1000, `${matches} matches checked`);
  });

  it("finds every term of every lexicon in text made of its own terms", () => {
    let matches = 0;
    for (const lexicon of all) {
      lexicon.terms.forEach((term, i) => {
        for (const v of variants(term, i)) {
          for (const text of [v, `Well, ${v}.`, `(${v}) and more #${v.replace(/\s+/g, '')}`]) {
            const expected = lexicon.scan(text);
            matches += expected.length;
            assert.deepEqual(lexicon.find(text), expected, `${lexicon.name} term ${JSON.stringify(term)} in ${JSON.stringify(text)}`);
          }
        }
      });
    }
    assert.ok(matches > 20000, `${matches} matches checked`);
  });

  it('agrees on sentence ranges inside a block, including ranges that start mid-word', () => {
    const text = drafts().slice(0, 40).join('\n\n');
    for (const lexicon of all) {
      for (const [from, to] of [[0, text.length], [17, 400], [401, 1203], [text.length - 300, text.length]]) {
        assert.deepEqual(lexicon.find(text, from, to), lexicon.scan(text, from, to), `${lexicon.name} ${from}..${to}`);
        if (lexicon.words) {
          const found = new Set(lexicon.find(text, from, to).map((m) => `${m.start}:${m.end}`));
          for (const [s, e] of wordListScan(lexicon, text, from, to)) assert.ok(found.has(`${s}:${e}`), `${lexicon.name} word list misses ${JSON.stringify(text.slice(s, e))}`);
        }
      }
    }
  });
});
