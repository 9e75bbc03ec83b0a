/**
 * Person names: honorific + name ("Mrs. Osei", "Mr. K"), affectionate titles ("baby Noah"),
 * runs of capitalised words that hold a known given name or surname ("Jamal Brown"), single known
 * names, initials after a role word ("pt J.D."), and nicknames ("we call him Big Mike"). Word lists
 * come from cspell's people-names dictionary; names that are also common words ("Grace", "Will")
 * count only with more evidence. Context scoring happens in the rule, not here.
 */
import type { Candidate, DetectContext } from './types';
import { atSentenceStart, nounFix, sentenceOf } from './grammar';
import { isCommonWord, isVeryCommonWord, nameKind } from './words';

const LAY_HONORIFICS = /^(mr|mrs|ms|miss|mx|mister|madam|mrs?\.?)\.?$/i;
const PRO_HONORIFICS = /^(dr|doctor|prof|professor|nurse|sister|rev|fr|father|pastor|rabbi|imam|captain|officer|sgt|coach|judge|senator|rep|gov|president)\.?$/i;
const AFFECTIONATE = /^(baby|little|lil|grandpa|grandma|granny|gramps|nana|nanna|papa|pops|auntie|aunty|uncle|mama|big|old|sweet|brother|sister|abuela|abuelo|tia|tio|bubbe|zayde|ouma|oupa)$/i;
/** Words around a single word that make it a person: "told Priya", "Kenji said". */
const PERSON_BEFORE = /\b(told|tell|asked|ask|thank|thanked|hugged|visited|saw|met|with|called|named|dear|hi|hey|bye|love you|proud of you|reading this|prayers for|pray for|praying for|miss you|remember|meet|introducing|discharged|admitted|transferred|intubated|sedated|triaged|assessed|bathed|fed|turned|walked|helped|cared for|nursed|treated|sat with|prayed with)\s+$/i;
const PERSON_AFTER = /^(['’]s\b|,\s*\d{1,3}\s*,|\s+(said|says|asked|asks|told|tells|was|is|has|had|came|comes|went|goes|walked|passed|died|cried|laughed|smiled|refused|wanted|wants|needs|needed|looked|kept|keeps|finally|just|still|called|rang|pressed|pulled|tried|coded|crashed|coughed|ate|slept|woke|remembered|grabbed|held|squeezed|sang|danced|hugged|thanked|made|taught|gave|showed|loves|loved|got|gets)\b)/i;
/** Capitalised words that are never a person's name here. */
const NOT_NAMES = new Set([
  'I', 'God', 'Jesus', 'Christ', 'Allah', 'Lord', 'Santa', 'Mom', 'Dad', 'Mum', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
  'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'Christmas', 'Easter', 'Covid', 'COVID', 'Tylenol', 'Advil', 'Narcan', 'Epi', 'Code',
  'OK', 'Ok', 'Okay', 'Lol', 'Omg', 'Thanks', 'Thank', 'Happy', 'Shoutout', 'Shout', 'Congrats', 'Congratulations',
  'Hospital', 'Medical', 'Center', 'Centre', 'Clinic', 'University', 'College', 'School', 'Health', 'Foundation', 'Street',
  'Avenue', 'Road', 'Nurse', 'Nurses', 'Doctor', 'Doctors', 'Dr', 'Patient', 'Patients', 'Room', 'Bed', 'Unit', 'Ward',
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'ER', 'ICU', 'NICU', 'PICU', 'OR', 'EMS', 'RN', 'MD',
  'Nightingale', 'Florence', 'Google', 'Twitter', 'Instagram', 'Facebook', 'LinkedIn', 'TikTok', 'Reddit', 'YouTube',
]);
/** Words after a name that make the run an organisation or a place, not a person. */
const ORG_TAIL = /^(hospital|medical|center|centre|clinic|university|college|school|elementary|high|academy|health|healthcare|foundation|street|st|avenue|ave|road|rd|lane|drive|boulevard|county|city|park|memorial|general|institute|pharmacy|church|mall|market|bank|library|airport|station|bridge|river|lake|mountain|valley|beach|hall|house|center's|hospital's)\b/i;
const ORG_HEAD = /^(st|saint|san|santa|fort|mount|mt|lake|port|new|north|south|east|west|university|college|code|camp|club|team|hotel|cafe|café|chez)\.?$/i;
const ORG_WORD = /^(memorial|general|regional|medical|hospital|health|healthcare|clinic|infirmary|children's|university|college|county|community|centre|center|institute|hospice|pharmacy|labs?|trust|nhs|foundation|associates|group|partners|surgery|practice|dental|vet|veterinary|emergency|urgent|care|valley|heights|falls|springs|creek|river|lake|park|village|street|road|avenue|lane|drive|st|ave|rd|blvd|ln|dr|ct|way|pl|hwy)$/i;
/** "my son Noah", "our hygienist Aaliyah Brooks": the author's family or a colleague, named. */
const OWN_PEOPLE = /\b(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}(son|daughter|kid|kids|child|children|toddler|baby|boy|girl|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|mom|mum|mother|dad|father|sister|brother|grandma|grandpa|grandmother|grandfather|nan|nana|granny|aunt|auntie|uncle|cousin|niece|nephew|friend|bestie|dog|cat|puppy|kitten|colleague|coworker|co-worker|preceptor|mentor|manager|charge nurse|nurse|doctor|physician|surgeon|attending|resident|intern|fellow|student|preceptee|orientee|hygienist|dentist|pharmacist|tech|technician|therapist|educator|instructor|professor|teacher|chaplain|secretary|clerk|aide|cna|medic|paramedic|emt|midwife|doula|np|pa|rn|crna|anesthetist|dietitian|scribe|director|ceo|cno|boss|team|teammate|unit manager|supervisor|tutor|classmate|roommate|neighbou?r)s?\s*,?\s*$/iu;

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
  if (AFFECTIONATE.test(bare)) return 'affectionate';
  if (PRO_HONORIFICS.test(bare)) return 'pro-honorific';
  if (/^\p{Lu}\.?$/u.test(word) || /^(\p{Lu}\.){2,3}$/u.test(word)) return bare === 'I' ? 'common' : 'initial';
  const root = bare.replace(/['’](s|m|ll|re|ve|d|t)$/i, '').replace(/n['’]t$/i, '');
  if (root !== bare.replace(/['’]s$/, '') && isCommonWord(root)) return 'common'; // I'm, We'll, Don't
  if (NOT_NAMES.has(bare) || NOT_NAMES.has(root) || isVeryCommonWord(root)) return 'common';
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
        strength += 1.5;
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
    if (ORG_HEAD.test(run[0].word) || ORG_WORD.test(run[run.length - 1].word.replace(/\.$/, ''))) {
      // "St. Brendan", "Valley Memorial", "Northbrook General": a place or an organisation.
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
      } else if (run.length === 1 && unknown === 1 && !sentenceInitial && !/\b(at|in|from|to|near|of|on|into|across)\s+$/i.test(text.slice(Math.max(0, first.start - 8), first.start)) && (PERSON_BEFORE.test(text.slice(Math.max(0, first.start - 16), first.start)) || PERSON_AFTER.test(text.slice(first.end, first.end + 14)))) {
        facts.push('capitalised word used as a name');
        strength -= 1;
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
    if (nameStart === i && run.length === 1 && (PERSON_BEFORE.test(text.slice(Math.max(0, first.start - 16), first.start)) || PERSON_AFTER.test(text.slice(first.end, first.end + 14)))) {
      facts.push('used as a person');
      strength += 0.5;
    }
    const lead = text.slice(Math.max(0, head.start - 60), head.start);
    if (OWN_PEOPLE.test(lead)) {
      facts.push(`named as ${/\b(my|our)\b[^]*$/i.exec(lead)![0].trim().replace(/,$/, '')}`);
      strength -= 4;
    }
    const tail = text.slice(run[run.length - 1].end, run[run.length - 1].end + 60);
    if (/^[^.!?\n]{0,40}\((?:19|20)\d\d[a-z]?\)|^\s*et al/.test(tail)) {
      facts.push('cited author');
      strength -= 3;
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

const NICKNAME = /\b(?<!(?:cat|dog|puppy|kitten|horse|bird|parrot|fish|pet|boat|car|truck|ship|band|book|show|song|game|town|village|place|street|hospital|unit|ward|company|app|team|club|shop|store|cafe|bar|pub|restaurant|podcast|series|movie|film|group)\s+)(?:call(?:s|ed)?\s+(?:him|her|them)|called|named|nicknamed?|known as|goes by)\s+["“‘']?((?:\p{Lu}[\p{L}'-]*\s?){1,3})["”’']?/gu;

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
