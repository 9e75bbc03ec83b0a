/**
 * Dates tied to a person. chrono-node parses natural-language dates ("March 3rd", "3/14",
 * "last Tuesday"); we keep only those precise to a day (a year or a month alone is fine under
 * Safe Harbor) and run the parser only on sentences that hold something date-like.
 */
import * as chrono from 'chrono-node';
import type { Candidate, DetectContext } from './types';
import { atSentenceStart, ownFamilySentence } from './grammar';

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
      // "the night of 2/9": chrono folds the part of the day into the date and loses the day.
      const partOfDay = /^(?:the\s+)?(?:night|morning|evening|afternoon|early hours|small hours)\s+of\s+(?:the\s+)?/i.exec(r.text);
      if (partOfDay && !r.start.isCertain('day')) {
        const rest = safeParse(r.text.slice(partOfDay[0].length))[0];
        if (rest && rest.index === 0) r = { text: rest.text, start: rest.start, index: r.index + partOfDay[0].length };
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
      let strength = 0;
      if (ownFamilySentence(text)) {
        // "Dad passed away on June 2nd, 2021", "our son was born on Feb 14th": the writer's family.
        facts.push('your own family');
        strength -= 4;
      }
      out.push({ start, end, facts, strength, fix: { start: fixStart, end, text: replacement }, sentence });
    }
  }
  return out.concat(looseDates(ctx, out));
};

/**
 * Dates chrono leaves: holidays ("born on New Year's Day", "died on Christmas Eve") and a bare
 * ordinal day ("walked out on the 27th"). Weaker than a written date: the words about a patient
 * event around them decide.
 */
const HOLIDAY = /\b(?:Christmas(?:\s+(?:Day|Eve|morning|night))?|New Year'?s(?:\s+(?:Day|Eve))|Valentine'?s Day|Halloween(?:\s+night)?|Thanksgiving(?:\s+(?:Day|morning|night))?|Boxing Day|St\.?\s+Patrick'?s Day|(?:the\s+)?(?:Fourth|4th) of July|July (?:4th|Fourth)|Independence Day|Canada Day|Australia Day|Anzac Day|Bonfire Night|Guy Fawkes Night|Mother'?s Day|Father'?s Day|Easter(?:\s+(?:Sunday|Monday|morning))?|Memorial Day|Labou?r Day|Veterans'? Day|Remembrance Day|Eid|Diwali|Hanukkah|Rosh Hashanah|Yom Kippur|Lunar New Year)\b/g;
const ORDINAL_DAY = /\bon\s+the\s+(\d{1,2}(?:st|nd|rd|th))\b(?!\s+(?:floor|birthday|anniversary|percentile|time|try|attempt|day|week|month|year|round|hole|lap|mile|minute|hour|shift|of\s+(?:each|every|the month)))/gi;
/** Any mention of the writer's family in the block, "our baby" included: a bare ordinal day is then theirs. */
const FAMILY_MENTION = /(?<!\b(?:his|her|their|the|a|your|patient['’]s)\s+)\b(?:Dad|Mom|Mum|Mama|Papa|Grandma|Grandpa|Nana|Nan)\b(?!['’]s\s+(?:day|group))|\b(?:my|our)\s+(?:own\s+)?(?:dad|mom|mum|mother|father|son|daughter|husband|wife|partner|baby|kid|grandma|grandpa|nan|nana|sister|brother)\b/;
function looseDates(ctx: DetectContext, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, fact: string, strength: number) => {
    if ([...found, ...out].some((c) => c.start < end && start < c.end)) return;
    const sentence = ctx.sentences.find((s) => start >= s.start && start < s.end) ?? { start: 0, end: ctx.text.length };
    const before = ctx.text.slice(sentence.start, start);
    const prep = /(\b(?:on|at|over|from|since)\s+(?:the\s+)?)$/i.exec(before);
    const fixStart = prep ? start - prep[1].length : start;
    out.push({ start, end, facts: [fact], strength, fix: { start: fixStart, end, text: atSentenceStart(ctx.text, sentence, fixStart) ? 'Recently' : 'recently' }, sentence });
  };
  if (/christmas|new year|valentine|halloween|thanksgiving|boxing|patrick|july|independence|canada day|australia day|anzac|bonfire|fawkes|mother|father|easter|memorial day|labou?r day|veteran|remembrance|eid|diwali|hanukkah|rosh|yom|lunar/i.test(ctx.text)) {
    HOLIDAY.lastIndex = 0;
    for (let m = HOLIDAY.exec(ctx.text); m; m = HOLIDAY.exec(ctx.text)) push(m.index, m.index + m[0].length, `holiday "${m[0]}"`, -1.5);
  }
  // "Dad came home, discharged on the 3rd": a day of the writer's own family's story.
  if (FAMILY_MENTION.test(ctx.text)) return out;
  ORDINAL_DAY.lastIndex = 0;
  for (let m = ORDINAL_DAY.exec(ctx.text); m; m = ORDINAL_DAY.exec(ctx.text)) {
    const start = m.index + m[0].length - m[1].length;
    push(start, start + m[1].length, `day "${m[1]}"`, -1);
  }
  return out;
}
