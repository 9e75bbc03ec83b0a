import type { Span } from './types';

/** Abbreviations whose period does not end a sentence (lower-cased, without the period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'fr', 'rev', 'rm', 'no', 'vs', 'etc', 'e.g', 'i.e',
  'approx', 'dept', 'apt', 'ave', 'rd', 'blvd', 'ln', 'ct', 'pt', 'pts', 'yo', 'y.o', 'mt', 'ft', 'inc', 'co',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'al', 'fig', 'vol',
]);

/**
 * Split prose into sentences: end punctuation followed by space and a capital/digit/quote, or a line
 * break (tweets use line breaks as sentence ends). Abbreviations and initials ("Mr. K.") don't split.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < text.length && /[.!?…"'’”)\]]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    if (c === '.') {
      const word = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, i - 12), i));
      if (word) {
        const w = word[1].toLowerCase();
        if (ABBREVIATIONS.has(w) || /^[a-z]$/.test(w)) {
          // "Mr. K." or "Dr. Osei": not an end. A single letter is an initial unless a lower-case word follows.
          continue;
        }
      }
      let k = j;
      while (k < text.length && text[k] === ' ') k++;
      if (k < text.length && /[a-z]/.test(text[k])) continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}
