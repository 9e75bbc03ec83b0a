/**
 * Person names: honorific + name ("Mrs. Osei", "Mr. K"), affectionate titles ("baby Noah"),
 * runs of capitalised words that hold a known given name or surname ("Jamal Brown"), single known
 * names, initials after a role word ("pt J.D."), and nicknames ("we call him Big Mike"). Word lists
 * come from cspell's people-names dictionary; names that are also common words ("Grace", "Will")
 * count only with more evidence. Context scoring happens in the rule, not here.
 */
import type { Candidate, DetectContext } from './types';
import { atSentenceStart, nounFix, sentenceOf } from './grammar';
import { isCommonWord, nameKind } from './words';

const LAY_HONORIFICS = /^(mr|mrs|ms|miss|mx|mister|madam|mrs?\.?)\.?$/i;
const PRO_HONORIFICS = /^(dr|doctor|prof|professor|nurse|sister|rev|fr|father|pastor|rabbi|imam|captain|officer|sgt|coach|judge|senator|rep|gov|president)\.?$/i;
const AFFECTIONATE = /^(baby|little|lil|grandpa|grandma|granny|gramps|nana|papa|auntie|aunty|uncle|miss|mama|mister|big|old)$/i;
/** Capitalised words that are never a person's name here. */
const NOT_NAMES = new Set([
  'I', 'God', 'Jesus', 'Christ', 'Allah', 'Lord', 'Santa', 'Mom', 'Dad', 'Mum', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
  'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'Christmas', 'Easter', 'Covid', 'COVID', 'Tylenol', 'Advil', 'Narcan', 'Epi', 'Code',
  'OK', 'Ok', 'Okay', 'Lol', 'Omg', 'Thanks', 'Thank', 'Happy', 'Shoutout', 'Shout', 'Congrats', 'Congratulations',
  'Hospital', 'Medical', 'Center', 'Centre', 'Clinic', 'University', 'College', 'School', 'Health', 'Foundation', 'Street',
  'Avenue', 'Road', 'Nurse', 'Nurses', 'Doctor', 'Doctors', 'Dr', 'Patient', 'Patients', 'Room', 'Bed', 'Unit', 'Ward',
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Baby', 'Little', 'Big', 'Old', 'ER', 'ICU', 'NICU', 'PICU', 'OR', 'EMS', 'RN', 'MD',
  'Nightingale', 'Florence', 'Google', 'Twitter', 'Instagram', 'Facebook', 'LinkedIn', 'TikTok', 'Reddit', 'YouTube',
]);
/** Words after a name that make the run an organisation or a place, not a person. */
const ORG_TAIL = /^(hospital|medical|center|centre|clinic|university|college|school|elementary|high|academy|health|healthcare|foundation|street|st|avenue|ave|road|rd|lane|drive|boulevard|county|city|park|memorial|general|institute|pharmacy|church|mall|market|bank|library|airport|station|bridge|river|lake|mountain|valley|beach|hall|house|center's|hospital's)\b/i;
const ORG_HEAD = /^(st|saint|san|santa|fort|mount|mt|lake|port|new|north|south|east|west|university|college)\.?$/i;

const TOKEN = /\p{Lu}[\p{L}\p{M}'’-]*\.?|\b[a-z]+\b/gu;

interface Token {
  start: number;
  end: number;
  word: string;
  kind: 'honorific' | 'pro-honorific' | 'initial' | 'name' | 'ambiguous' | 'unknown' | 'common' | 'lower' | 'affectionate';
}

function classify(word: string, lowerAllowed: boolean): Token['kind'] {
  const bare = word.replace(/\.$/, '');
  if (/^[a-z]/.test(word)) return lowerAllowed && AFFECTIONATE.test(word) ? 'affectionate' : 'lower';
  if (LAY_HONORIFICS.test(bare)) return 'honorific';
  if (PRO_HONORIFICS.test(bare)) return 'pro-honorific';
  if (/^\p{Lu}\.?$/u.test(word) || /^(\p{Lu}\.){2,3}$/u.test(word)) return bare === 'I' ? 'common' : 'initial';
  if (NOT_NAMES.has(bare) || NOT_NAMES.has(bare.replace(/['’]s$/, ''))) return 'common';
  if (/^\p{Lu}{2,}$/u.test(bare)) return 'common'; // acronyms: ICU, ER, MRN
  const kind = nameKind(bare);
  if (kind) return kind;
  if (AFFECTIONATE.test(bare)) return 'affectionate';
  return isCommonWord(bare.replace(/['’]s$/, '')) ? 'common' : 'unknown';
}

const NAMEISH = new Set<Token['kind']>(['name', 'ambiguous', 'unknown', 'initial']);

export const personName = (ctx: DetectContext): Candidate[] => {
  const { text, sentences } = ctx;
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let word = m[0];
    // A trailing period belongs to the word only for honorifics and initials.
    if (word.endsWith('.') && !/^(\p{Lu}|mrs?|ms|mx|dr|prof|st|fr|rev|sgt|mt|(\p{Lu}\.)+\p{Lu})\.$/iu.test(word)) word = word.slice(0, -1);
    tokens.push({ start: m.index, end: m.index + word.length, word, kind: classify(word, true) });
  }
  const out: Candidate[] = [];
  const adjacent = (a: Token, b: Token) => /^[ \t]$|^ ?-$|^$/.test(text.slice(a.end, b.start)) && b.start - a.end <= 1;

  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    let j = i;
    const facts: string[] = [];
    let strength = 0;
    let nameStart = i;
    if (head.kind === 'honorific' || head.kind === 'pro-honorific' || head.kind === 'affectionate') {
      if (i + 1 >= tokens.length || !adjacent(head, tokens[i + 1]) || !NAMEISH.has(tokens[i + 1].kind)) continue;
      nameStart = i + 1;
      if (head.kind === 'honorific') {
        facts.push(`honorific "${head.word}"`);
        strength += 1;
      } else if (head.kind === 'pro-honorific') {
        facts.push(`professional title "${head.word}"`);
        strength -= 2;
      } else {
        facts.push(`"${head.word}" before a name`);
        strength += 1;
      }
    } else if (!NAMEISH.has(head.kind)) continue;

    // Extend over name-like words: "Jamal Brown", "Amara Osei-Bonsu", "K.".
    j = nameStart;
    while (j + 1 < tokens.length && j - nameStart < 3 && adjacent(tokens[j], tokens[j + 1]) && NAMEISH.has(tokens[j + 1].kind) && !/['’]s$/.test(tokens[j].word)) j++;
    const run = tokens.slice(nameStart, j + 1);
    const next = tokens[j + 1];
    const prev = i > 0 ? tokens[i - 1] : undefined;
    if (next && adjacent(tokens[j], next) && ORG_TAIL.test(next.word)) {
      i = j + 1;
      continue;
    }
    if (prev && adjacent(prev, head) && (ORG_HEAD.test(prev.word) || prev.kind === 'common' && /^\p{Lu}/u.test(prev.word) && head === tokens[nameStart] && !atSentenceStart(text, sentenceOf(sentences, prev.start), prev.start))) {
      // "St. Jude", "Mercy Hospital", "New Hope": part of a larger proper noun.
      i = j;
      continue;
    }
    const known = run.filter((t) => t.kind === 'name').length;
    const ambiguous = run.filter((t) => t.kind === 'ambiguous').length;
    const unknown = run.filter((t) => t.kind === 'unknown').length;
    const initials = run.filter((t) => t.kind === 'initial').length;
    const sentence = sentenceOf(sentences, head.start);
    const first = run[0];
    const sentenceInitial = atSentenceStart(text, sentence, first.start) && nameStart === i;

    if (nameStart === i) {
      // No title: judge the words themselves.
      if (run.length >= 2 && known >= 1) {
        facts.push('full name');
        strength += 0.5;
      } else if (run.length >= 2 && unknown + ambiguous >= 2 && unknown >= 1 && initials === 0 && !sentenceInitial) {
        facts.push('capitalised words that read as a name');
        strength -= 1;
      } else if (run.length >= 2 && unknown >= 2 && initials === 0) {
        facts.push('capitalised words that read as a name');
        strength -= 1.5;
      } else if (run.length === 1 && known === 1) {
        facts.push('given name');
      } else if (run.length === 1 && ambiguous === 1 && !sentenceInitial) {
        facts.push('word that can be a name');
        strength -= 1.5;
      } else if (initials >= 1 && run.length <= 2 && /\b(patient|pt|resident|client)\s*$/i.test(text.slice(Math.max(0, first.start - 12), first.start))) {
        facts.push('initials after "patient"');
        strength += 1;
      } else {
        i = j;
        continue;
      }
    } else if (run.every((t) => t.kind === 'initial')) {
      facts.push('initial');
    }
    const start = head.kind === 'affectionate' || head.kind === 'pro-honorific' ? run[0].start : head.start;
    const spanStart = head.kind === 'honorific' ? head.start : start;
    let end = run[run.length - 1].end;
    const word = text.slice(spanStart, end);
    const possessive = /['’]s$/.exec(word);
    if (possessive) end -= possessive[0].length;
    if (end <= spanStart) {
      i = j;
      continue;
    }
    const replaceFrom = head.kind === 'affectionate' ? head.start : spanStart;
    const fix = head.kind === 'affectionate' || head.kind === 'pro-honorific'
      ? { start: run[0].start - (head.kind === 'affectionate' ? 0 : 0), end, text: head.kind === 'affectionate' ? '' : 'a patient' }
      : nounFix(text, sentence, replaceFrom, end, 'a patient');
    if (head.kind === 'affectionate') {
      // "baby Noah" → "baby": keep the word that already describes the person.
      fix.start = head.end;
    }
    out.push({ start: spanStart, end, facts, strength, fix, sentence });
    i = j;
  }
  return out.concat(nicknames(ctx));
};

const NICKNAME = /\b(?:call(?:s|ed)?|nicknamed?|known as|goes by)\s+(?:him|her|them|the\s+\w+)?\s*["“‘']?((?:\p{Lu}[\p{L}'-]*\s?){1,3})["”’']?/gu;

function nicknames(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  NICKNAME.lastIndex = 0;
  for (let m = NICKNAME.exec(ctx.text); m; m = NICKNAME.exec(ctx.text)) {
    const value = m[1].trim();
    const start = m.index + m[0].indexOf(value);
    const end = start + value.length;
    const sentence = sentenceOf(ctx.sentences, start);
    out.push({ start, end, facts: ['nickname'], strength: 1, fix: { start, end, text: 'a nickname' }, sentence });
  }
  return out;
}
