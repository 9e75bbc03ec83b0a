/**
 * Dates tied to a person. chrono-node parses natural-language dates ("March 3rd", "3/14",
 * "last Tuesday"); we keep only those precise to a day (a year or a month alone is fine under
 * Safe Harbor) and run the parser only on sentences that hold something date-like.
 */
import * as chrono from 'chrono-node';
import type { Candidate, DetectContext } from './types';
import { atSentenceStart } from './grammar';

const DATE_HINT = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d{1,2}\/\d{1,2}\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\bthe\s+\d{1,2}(st|nd|rd|th)\b|\b(?:19|20)\d\d\b/i;
const REFERENCE = new Date(2026, 0, 1);
/** What every kept date's text holds: a month, a numeric date or an ordinal. */
const KEPT = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}[/.-]\d{1,2}|\b\d{1,2}(st|nd|rd|th)\b/i;
/** KEPT without word boundaries: it matches a sentence whenever KEPT matches any part of it. */
const KEPT_ANYWHERE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d[/.-]\d|\d(?:st|nd|rd|th)/i;

function safeParse(text: string): chrono.ParsedResult[] {
  try {
    return chrono.parse(text, REFERENCE);
  } catch {
    return [];
  }
}

export const date = (ctx: DetectContext): Candidate[] => {
  const out: Candidate[] = [];
  for (const sentence of ctx.sentences) {
    const text = ctx.text.slice(sentence.start, sentence.end);
    // Only dates naming a month, a numeric date or an ordinal are kept (below); a sentence holding
    // none of these cannot yield one, so chrono (the costliest detector) does not read it.
    if (!DATE_HINT.test(text) || !KEPT_ANYWHERE.test(text)) continue;
    let results: chrono.ParsedResult[];
    try {
      results = chrono.parse(text, REFERENCE);
    } catch {
      continue;
    }
    for (const parsed of results) {
      let r: Pick<chrono.ParsedResult, 'text' | 'index' | 'start'> = parsed;
      // "this morning, 14 March": chrono joins a relative day to the date that follows it.
      const lead = /^(?:today|tonight|yesterday|this (?:morning|afternoon|evening))\s*,\s*/i.exec(r.text);
      if (lead) {
        const rest = safeParse(r.text.slice(lead[0].length))[0];
        if (rest && rest.index === 0) r = { text: rest.text, start: rest.start, index: r.index + lead[0].length };
      }
      // A calendar day identifies; a weekday alone ("on Tuesday") is only a case detail.
      if (!r.start.isCertain('day')) continue;
      // "six weeks later", "two days ago": a span of time, not a date (no number or month named).
      if (!KEPT.test(r.text)) continue;
      // Ratings and idioms: "10/10 would admit again", "24/7".
      if (/^\d{1,2}\/10$/.test(r.text.trim()) || /^24\/7$/.test(r.text.trim())) continue;
      if (/^(today|tonight|tomorrow|yesterday|now|this (morning|afternoon|evening))$/i.test(r.text.trim())) continue;
      if (/^\d{1,2}(:\d\d)?\s*(am|pm)?$/i.test(r.text.trim())) continue; // a time of day
      const start = sentence.start + r.index;
      const end = start + r.text.length;
      // Remove "on"/"in" with the date: "discharged on March 3" → "discharged recently".
      const before = ctx.text.slice(sentence.start, start);
      const prep = /(\b(?:on|in|at|from|since)\s+(?:the\s+)?)$/i.exec(before);
      const fixStart = prep ? start - prep[1].length : start;
      let replacement = 'recently';
      if (atSentenceStart(ctx.text, sentence, fixStart)) replacement = 'Recently';
      const facts = [`date "${r.text}"`];
      out.push({ start, end, facts, strength: 0, fix: { start: fixStart, end, text: replacement }, sentence });
    }
  }
  return out;
};
