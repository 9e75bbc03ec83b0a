/**
 * fast-check generators for hostile drafts: random and adversarial Unicode (astral characters,
 * lone surrogates, combining marks, bidi controls, BOMs, NUL), CR/LF/CRLF mixes, very long lines,
 * deeply nested lists and quotes, unclosed fences, front matter without an end, directives — mixed
 * with sentences the rules really flag, so findings and fixes are exercised, not just parsing.
 *
 * Seeded: SCRUBS_FC_SEED (default 20240611) and SCRUBS_FC_SCALE (default 1) multiply the runs.
 */
import fc from 'fast-check';
import { builtinPackSources } from '../../server/src/engine';

export const SEED = Number(process.env.SCRUBS_FC_SEED ?? 20240611);
export const SCALE = Number(process.env.SCRUBS_FC_SCALE ?? 1);

/** Counts every generated case, per property, for the summary line. */
export const generated: Record<string, number> = {};

export function runs(n: number): number {
  return Math.max(1, Math.round(n * SCALE));
}

/** fc.assert with the suite's seed; a failure names the seed and path to replay it. */
export function check<Ts extends [unknown, ...unknown[]]>(name: string, property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>, numRuns: number, seed = SEED): void {
  const result = fc.check(property as fc.IProperty<Ts>, { seed, numRuns: runs(numRuns), endOnFailure: false });
  generated[name] = (generated[name] ?? 0) + (result as { numRuns: number }).numRuns;
  if (result.failed) {
    throw new Error(
      `property "${name}" failed; replay with SCRUBS_FC_SEED=${seed} (fast-check seed ${result.seed}, path ${result.counterexamplePath})\n` +
        `${fc.defaultReportMessage(result) ?? ''}\n${(result.errorInstance as Error | undefined)?.message ?? ''}`,
    );
  }
}

/** Sentences the built-in rules flag (their own `examples.flag`), plus identifiers of every kind. */
const FLAGGED: string[] = [
  ...builtinPackSources().flatMap((p) => ((p.data as { rules?: { examples?: { flag?: string[] } }[] }).rules ?? []).flatMap((r) => r.examples?.flag ?? [])),
  'Mrs. Osei in room 12 finally went home today.',
  'Mr. Brown in bed 4 was discharged this morning.',
  'MRN 00482913, DOB 03/14/1956, call 555-201-7788 or jdoe@example.com.',
  'The 87-year-old from Millbrook who was struck by lightning on Christmas Eve.',
  '#PrayForMrRomero #BayviewICU',
  '![Mrs. Osei in bed 4](osei-room-12.jpg "Room 12")',
];

const ADVERSARIAL = [
  '😀', '🩺', '👩🏽‍⚕️', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\uD800', '\uDFFF', '\uDBFF\uD800', 'e\u0301', '\u202E', '\u200D', '\u200B', '\uFEFF', '\u0000',
  '\t', '\u000B', '\u2028', '\u2029', '\u00A0', '&amp;', '&nbsp;', '&#x1F600;', '\\*', '\\', '`', '``', '*', '**', '_', '~~', '[', ']', '(', ')',
  '<', '>', '<!--', '-->', '|', '#', '@', 'Dr.', 'Mrs.', 'room', '12', '1e9', 'ß', 'İ', 'ǅ', 'ﬃ', 'Ⅻ', '٣', '\uFFFD', '\uFFFF',
];

const WORDS = ['the', 'patient', 'nurse', 'shift', 'coffee', 'Osei', 'Priya', 'bed', 'ward', 'today', 'said', 'my', 'ICU', 'ER', 'grace'];

const MARKUP_LINE_STARTS = ['', '', '', '# ', '## ', '- ', '* ', '1. ', '> ', '> > ', '    ', '| ', '```', '~~~', '---', '***', '<!-- scrubs-disable-next-line -->', '<!-- scrubs-disable patient-privacy -->', '<!-- scrubs-enable -->', 'scrubs-disable-next-line', '[^1]: ', '- [ ] ', '+ '];

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...FLAGGED) },
  { weight: 3, arbitrary: fc.constantFrom(...ADVERSARIAL) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }, // any UTF-16 units, lone surrogates included
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) },
);

const inline: fc.Arbitrary<string> = fc.array(token, { maxLength: 6 }).chain((ts) =>
  fc.array(fc.constantFrom(' ', ' ', ' ', '', '  ', ', ', '. ', '**', '_', '`', '[', '](x)', '#', '@'), { minLength: ts.length, maxLength: ts.length }).map((seps) => ts.map((t, i) => t + seps[i]).join('')),
);

const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 24, arbitrary: fc.tuple(fc.constantFrom(...MARKUP_LINE_STARTS), inline).map(([a, b]) => a + b) },
  // Deeply nested lists and quotes.
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom('- ', '> ', '1. ', '* > '), inline).map(([d, m, t]) => (m === '- ' || m === '1. ' ? '  '.repeat(d) + m : m.repeat(d)) + t) },
  // A long line: one sentence repeated.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FLAGGED, ...WORDS), fc.integer({ min: 10, max: 40 })).map(([s, n]) => `${s} `.repeat(n)) },
  { weight: 1, arbitrary: fc.constant('') },
);

const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r\n', '\r');

/** A whole draft: optional BOM, optional (maybe unterminated) front matter, lines with mixed line ends. */
export const draft: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.constantFrom('', '', '', '---\ntitle: Night shift\nplatform: twitter\n---\n', '---\nscrubs:\n  strict: true\n---\n', '---\ntitle: never closed\n', '---\n: [unbalanced\n---\n', '---\nscrubs: 12\n---\n', '+++\ntitle = "toml"\n+++\n'),
    fc.array(fc.tuple(line, eol), { maxLength: 6 }),
    fc.constantFrom('', '', '```js\nconst unclosed = fence;\n', '<!--\nan unclosed comment Mrs. Osei\n', '\n'),
  )
  .map(([bom, front, lines, tail]) => (bom ? '\uFEFF' : '') + front + lines.map(([l, e]) => l + e).join('') + tail);

/** Anything at all: raw UTF-16, as an editor buffer might hold after a bad paste. */
export const anyText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 300 });

export const language = fc.constantFrom<'markdown' | 'plaintext'>('markdown', 'markdown', 'plaintext');
