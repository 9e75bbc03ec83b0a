/** Small grammar helpers so redactions leave a readable sentence. */
import type { Span } from '../types';

export function sentenceOf(sentences: Span[], offset: number): Span {
  for (const s of sentences) if (offset >= s.start && offset < s.end) return s;
  return sentences.length ? sentences[sentences.length - 1] : { start: 0, end: 0 };
}

/** True when only spaces, quotes or brackets stand between the sentence start and `offset`. */
export function atSentenceStart(text: string, sentence: Span, offset: number): boolean {
  return /^[\s"'“‘(*_-]*$/.test(text.slice(sentence.start, offset));
}

export function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Replace a noun phrase, keeping a possessive and capitalising at a sentence start. */
export function nounFix(text: string, sentence: Span, start: number, end: number, replacement: string): Span & { text: string } {
  let s = start;
  let e = end;
  // "my patient Jamal Brown" → "my patient": the role word already says it.
  const before = text.slice(Math.max(sentence.start, start - 24), start);
  const role = /\b(patient|pt|resident|client|kiddo|baby|gentleman|lady|man|woman|boy|girl|son|daughter|wife|husband|partner|mother|father|mum|mom|dad|brother|sister|grandson|granddaughter|grandmother|grandfather|carer)\s*,?\s*$/i.exec(before);
  if (role) {
    s = start - (before.length - before.replace(/\s*,?\s*$/, '').length);
    if (text.slice(end, end + 2) === "'s" || text.slice(end, end + 2) === '’s') return { start: s, end, text: '' };
    const trailingComma = /^\s*,/.test(text.slice(e)) && /,\s*$/.test(before) ? 0 : 0;
    return { start: s, end: e + trailingComma, text: '' };
  }
  let text2 = replacement;
  if (atSentenceStart(text, sentence, start)) text2 = capitalize(text2);
  // "the Mrs. Osei" never happens; "a/an" before the name ("an Anna") is rare: leave it.
  return { start: s, end: e, text: text2 };
}

/** Remove a phrase with the preposition that introduces it ("in room 12", "on March 3"). */
export function phraseRemoval(text: string, sentence: Span, start: number, end: number, prepositions: RegExp): Span & { text: string } | null {
  const before = text.slice(sentence.start, start);
  const m = prepositions.exec(before);
  if (!m) return null;
  let s = sentence.start + m.index + (m[0].length - m[0].trimStart().length);
  let e = end;
  // Take one surrounding space with the phrase, and a comma that only served it.
  if (s > 0 && text[s - 1] === ' ') s--;
  else if (text[e] === ' ') e++;
  return { start: s, end: e, text: '' };
}

/**
 * "…in Cape Town in 1967", "back in the 1880s": a sentence set long ago tells history, not a
 * patient's story. Only years before 1980 count: a nurse's own career reaches back that far.
 */
const LONG_AGO = /\b(?:in|of|since|during|by|from|circa|c\.|around|back in|until)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(1[0-8]\d\d|19[0-7]\d)(?:s|['’]s)?\b|\b(?:1[0-8]\d0|19[0-7]0)s\b|\b(?:\d{1,2}(?:st|nd|rd|th)|(?:eighteenth|nineteenth|seventeenth|sixteenth))[- ]century\b/i;
export function longAgo(text: string, sentence: Span): boolean {
  return LONG_AGO.test(text.slice(sentence.start, sentence.end));
}

/**
 * "Grandma turned 92", "Mom was a NICU nurse … in Denver": a kinship word used as a name, with no
 * one else's possessive before it ("her grandma"), is the writer's own family — unless it names
 * someone in care ("Grandma in bed 4", "Nana Rosa on our unit").
 */
const OWN_KIN = /(?<![\p{L}'’-])(?:(?:Great|Great-great)[- ]?)?(?:Grandma|Grandpa|Grandmother|Grandfather|Granny|Gran|Grandad|Granddad|Gramps|Grammy|Nana|Nanna|Nan|Nonna|Nonno|Abuela|Abuelo|Abuelita|Abuelito|Lola|Lolo|Oma|Opa|Bubbe|Bubby|Zayde|Yiayia|Pappou|Babcia|Ouma|Oupa|Ammamma|Ajji|Dadi|Nani|Nanaji|Dadaji|Appa|Amma|Mom|Mum|Mama|Dad|Papa|Pops|Aunt(?:ie)?|Uncle|Tía|Tia|Tío|Tio)(?![\p{L}'’-])/u;
const OTHERS_BEFORE = /\b(?:his|her|their|the|a|an|patient['’]?s?|pt['’]?s?|your|whose)\s+$/i;
/** "Nana Rosa on our unit", "Grandpa in bed 4": a kin word as the nickname of someone in care. */
const IN_CARE = /\b(?:on|in|to|from)\s+(?:our|the|my)\s+(?:unit|ward|floor|icu|nicu|picu|er|ed)\b|\b(?:patient|pt|bed|room|bay|admitted|resident)\b/i;
export function ownKinLeads(text: string, sentence: Span, start: number, reach = 200): boolean {
  const lead = text.slice(Math.max(sentence.start, start - reach), start);
  const m = OWN_KIN.exec(lead);
  if (!m) return false;
  if (OTHERS_BEFORE.test(lead.slice(0, m.index))) return false;
  return !IN_CARE.test(lead.slice(m.index));
}

/**
 * "Dad passed away on June 2nd, 2021", "our son was born on Feb 14th": a sentence about the
 * writer's own family. Leaves out "our baby" and "our kid", which NICU and peds nurses say of
 * their patients, and kin words that name someone in care.
 */
const OWN_FAMILY = /(?<!\b(?:his|her|their|the|a|your|patient['’]s|pt['’]s)\s+)\b(?:Dad|Mom|Mum|Mama|Papa|Grandma|Grandpa|Nana|Nan|Grandad|Granny)\b(?!['’]s\s+(?:day|group))|\bmy\s+(?:own\s+)?(?:dad|mom|mum|mother|father|son|daughter|husband|wife|partner|baby|kid|kids|grandma|grandpa|grandmother|grandfather|nan|nana|sister|brother|twins|boy|girl)\b|\bour\s+(?:own\s+)?(?:son|daughter|twins|dad|mom|mum)\b/;
export function ownFamilySentence(sentence: string): boolean {
  const m = OWN_FAMILY.exec(sentence);
  return !!m && !IN_CARE.test(sentence.slice(m.index));
}
