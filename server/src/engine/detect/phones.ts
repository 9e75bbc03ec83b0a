/** Phone and fax numbers (libphonenumber-js), minus public hotlines (988, 911, poison control). */
import { findNumbers } from 'libphonenumber-js/max';
import type { Candidate, DetectContext } from './types';
import { sentenceOf } from './grammar';

/** Public lines that are safe to post: crisis, emergency, poison control, helplines. */
const HOTLINES = new Set([
  '911', '988', '112', '999', '211', '311', '18002221222', '18002738255', '18007997233', '18006624357', '18004224453',
  '18662738255', '741741', '18009855990', '18002738255', '18005273863', '116123', '111', '000', '13114',
]);

const digitsOnly = (s: string) => s.replace(/\D/g, '');
/** Cheap pre-check: at least 7 digits with phone punctuation nearby. */
const MAYBE_PHONE = /\d[\d\s().+-]{5,}\d/;

export const phone = (ctx: DetectContext): Candidate[] => {
  if (!MAYBE_PHONE.test(ctx.text)) return [];
  const out: Candidate[] = [];
  const seen = new Set<number>();
  // Valid numbers first; then merely possible ones (fictional 555 and test ranges, foreign formats) weigh less.
  for (const [country, leniency, weight] of [['US', 'VALID', 0], ['GB', 'VALID', 0], ['US', 'POSSIBLE', -0.5], ['GB', 'POSSIBLE', -0.5]] as const) {
    let found: ReturnType<typeof findNumbers>;
    try {
      found = findNumbers(ctx.text, { defaultCountry: country, v2: true, leniency } as never) as never;
    } catch {
      continue;
    }
    for (const f of found as unknown as { startsAt: number; endsAt: number; number: { number: string } }[]) {
      if ([...seen].some((s) => Math.abs(s - f.startsAt) <= 3)) continue;
      const raw = ctx.text.slice(f.startsAt, f.endsAt);
      const digits = digitsOnly(raw);
      if (leniency === 'POSSIBLE' && (digits.length < 8 || !/[\s.()-]/.test(raw.trim()))) continue;
      if (/^(19|20)\d\d[-–](19|20)?\d\d$/.test(raw)) continue; // a year range
      if (HOTLINES.has(digits) || HOTLINES.has(digits.replace(/^1/, ''))) continue;
      if (/^\d{4}-\d{2}-\d{2}$/.test(raw) || /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(raw)) continue; // dates
      if (/^\d{3}-\d{2}-\d{4}$/.test(raw)) continue; // SSN shape: the SSN detector owns it
      seen.add(f.startsAt);
      const fax = /\bfax\b/i.test(ctx.text.slice(Math.max(0, f.startsAt - 12), f.startsAt));
      out.push({
        start: f.startsAt,
        end: f.endsAt,
        facts: [fax ? 'fax number' : 'phone number'],
        strength: weight,
        fix: { start: f.startsAt, end: f.endsAt, text: fax ? '[fax]' : '[phone]' },
        sentence: sentenceOf(ctx.sentences, f.startsAt),
      });
    }
  }
  // Loose fallback for formats libphonenumber rejects as invalid numbers (555 numbers in drafts).
  const LOOSE = /(?<![\w-])(?:(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-])?\d{3}[\s.-]\d{4}(?:\s*(?:x|ext\.?)\s*\d{1,5})?(?![\w-])/g;
  for (let m = LOOSE.exec(ctx.text); m; m = LOOSE.exec(ctx.text)) {
    if ([...seen].some((s) => s >= m!.index - 3 && s <= m!.index + 3)) continue;
    const digits = digitsOnly(m[0]);
    if (HOTLINES.has(digits) || HOTLINES.has(digits.replace(/^1/, ''))) continue;
    if (/^\d{3}-\d{2}-\d{4}$/.test(m[0])) continue;
    seen.add(m.index);
    const local = digits.length === 7; // "555-0178": a local number, weaker evidence
    out.push({ start: m.index, end: m.index + m[0].length, facts: ['phone number'], strength: local ? -0.5 : 0, fix: { start: m.index, end: m.index + m[0].length, text: '[phone]' }, sentence: sentenceOf(ctx.sentences, m.index) });
  }
  // International groupings libphonenumber does not take without a country: "60-56-85-91", "(37) 788-063", "9472 7916".
  const GROUPED = /(?<![\w.+-])(?:\(\d{2,4}\)\s?)?\d{2,4}(?:[ .-]\d{2,4}){1,4}(?![\w.-]|,\d)/g;
  for (let m = GROUPED.exec(ctx.text); m; m = GROUPED.exec(ctx.text)) {
    const digits = digitsOnly(m[0]);
    if (digits.length < 8 || digits.length > 13) continue;
    if ([...seen].some((s) => s >= m!.index - 3 && s <= m!.index + m![0].length)) continue;
    if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{4}$/.test(m[0])) continue; // dates
    if (/^(19|20)\d\d[ -](19|20)\d\d$/.test(m[0])) continue; // year ranges
    if (/^\d{3}-\d{2}-\d{4}$/.test(m[0])) continue; // SSN shape
    seen.add(m.index);
    out.push({ start: m.index, end: m.index + m[0].length, facts: ['number grouped like a phone number'], strength: -1, fix: { start: m.index, end: m.index + m[0].length, text: '[phone]' }, sentence: sentenceOf(ctx.sentences, m.index) });
  }
  return out;
};
