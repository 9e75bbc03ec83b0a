/**
 * Identifiers with a recognisable shape: e-mail, URL, IP, SSN, record numbers, rooms and beds,
 * ages over 89, ZIP codes. Phone numbers use libphonenumber-js (phones.ts); dates chrono-node.
 */
import type { Candidate, DetectContext } from './types';
import { atSentenceStart, capitalize, ownKinLeads, phraseRemoval, sentenceOf } from './grammar';

function scan(ctx: DetectContext, re: RegExp, make: (m: RegExpExecArray) => Omit<Candidate, 'sentence'> | null): Candidate[] {
  const out: Candidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const c = make(m);
    if (c) out.push({ ...c, sentence: sentenceOf(ctx.sentences, c.start) });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const replaceWith = (start: number, end: number, text: string) => ({ start, end, text });

const EMAIL = /(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g;
export const email = (ctx: DetectContext) =>
  scan(ctx, EMAIL, (m) => ({ start: m.index, end: m.index + m[0].length, facts: ['e-mail address'], strength: 0, fix: replaceWith(m.index, m.index + m[0].length, '[email]') }));

/** Hosts whose pages are about a person: a link there can identify a patient. */
const PERSONAL_HOSTS = /(facebook|fb|instagram|tiktok|twitter|x|linkedin|gofundme|caringbridge|legacy|youtube|snapchat|venmo|cash\.app|spotify|onlyfans|threads|bsky|mastodon|reddit|givesendgo|justgiving|gofund|mealtrain|everloved)\.[a-z.]+\/\S+|\/(obituar|memorial|tribute|in-memory|fundraiser|donate|news\/)|(funeral|obituar|memorial)[a-z]*\.[a-z]+/i;
const URL_RE = /\b(?:(?:https?:\/\/|www\.)[^\s<>()"'`]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|me|co|us|uk|ca|au|info|biz|ly|app)(?:\/[^\s<>()"'`]*)?)/gi;
export const url = (ctx: DetectContext) =>
  scan(ctx, URL_RE, (m) => {
    let value = m[0].replace(/[.,;:!?)\]]+$/, '');
    const start = m.index;
    if (/@/.test(ctx.text.slice(Math.max(0, start - 1), start))) return null; // domain of an e-mail
    const personal = PERSONAL_HOSTS.test(value);
    const end = start + value.length;
    value = value.toLowerCase();
    return {
      start,
      end,
      facts: [personal ? 'link to a personal page' : 'link'],
      strength: personal ? 1 : -1,
      strictOnly: !personal,
      fix: replaceWith(start, end, '[link]'),
    };
  });

const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.]\d)/g;
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4}(?![\w:])/gi;
export const ip = (ctx: DetectContext) => [
  ...scan(ctx, IPV4, (m) => ({ start: m.index, end: m.index + m[0].length, facts: ['IP address'], strength: 1, fix: replaceWith(m.index, m.index + m[0].length, '[IP address]') })),
  ...scan(ctx, IPV6, (m) => ({ start: m.index, end: m.index + m[0].length, facts: ['IP address'], strength: 1, fix: replaceWith(m.index, m.index + m[0].length, '[IP address]') })),
];

const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])|\b(?:SSN|social security(?: number| no\.?)?|social)\s*(?:is|:|#|was)?\s*(\d{9})\b|\b(?:last (?:four|4)(?: digits)?(?: of (?:his|her|their|the) (?:social|SSN|social security(?: number)?))?|(?:social|SSN)[^.\d]{0,20}last (?:four|4))\s*(?:digits\s*)?(?:is|are|was|were|:)?\s*(\d{4})\b|\b([A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D])\b/gi;
export const ssn = (ctx: DetectContext) =>
  scan(ctx, SSN, (m) => {
    const value = m[2] ?? m[3] ?? m[4];
    if (m[4] && !/\d{2}\s?\d{2}/.test(m[4])) return null;
    const start = value ? m.index + m[0].lastIndexOf(value) : m.index;
    const end = value ? start + value.length : m.index + m[0].length;
    const fact = m[3] ? 'last four digits of a social security number' : m[4] ? 'national insurance number' : 'social security number';
    return { start, end, facts: [fact], strength: m[3] ? 1 : 2, fix: replaceWith(start, end, m[4] ? '[NI number]' : '[SSN]') };
  });

/** Labelled numbers: MRN 4471029, acct #88-221, member ID XK2291, plate 7ABC123, serial SN-22917. */
const LABELLED_ID = new RegExp(
  String.raw`\b(MRN|MR#|medical record(?: number| no\.?| #)?|chart(?: number| no\.?| #)|record(?: number| no\.?| #)|patient (?:id|number|no\.?|#)|acct\.?|account(?: number| no\.?| #)?|member(?: id| number| no\.?| #)|policy(?: number| no\.?| #)?|insurance(?: id| number| no\.?| #)|subscriber(?: id| number)|group(?: number| no\.?| #)|medicaid(?: id| number| #)?|medicare(?: id| number| #)?|licen[cs]e(?: plate| number| no\.?| #)?|plate(?: number| #)?|tag(?: number| #)|serial(?: number| no\.?| #)?|device(?: id| serial| number)|implant(?: id| serial| number)|passport(?: number| no\.?| #)?|driver'?s licen[cs]e(?: number| #)?|DL|NPI|DEA(?: number| #)?|case(?: number| no\.?| #)|claim(?: number| no\.?| #)|ID|id number|credit card(?: number)?|card(?: number| no\.?| #)|IBAN|routing(?: number)?|bank account(?: number)?|VIN|NHS(?: number| no\.?)?|CHI(?: number)?|OHIP(?: number)?|health card(?: number)?|hospital(?: number| no\.?| #)|unit number|visit(?: number| #)|encounter(?: number| #)|FIN|accession(?: number| #)?|specimen(?: number| #)?|prescription(?: number| #)|Rx\s?#|badge(?: number| #)|wristband(?: number)?|registration(?: number| #)|reg(?: number| #))\s*(?:is|was|:|#|no\.?|number)?\s*(?:(?:ends?|ending)\s+(?:in|with)\s+)?[:#]?\s*(\d{3}[ -]\d{3}[ -]\d{4}|[A-Z0-9][A-Z0-9-]{3,}[A-Z0-9]|\d{4,})\b`,
  'gi',
);
export const idNumber = (ctx: DetectContext) =>
  scan(ctx, LABELLED_ID, (m) => {
    const value = m[2];
    if (!/\d/.test(value)) return null;
    if (/^(19|20)\d\d$/.test(value)) return null; // a year
    const start = m.index + m[0].lastIndexOf(value);
    const end = start + value.length;
    return { start, end, facts: [`labelled ${m[1].replace(/\s+/g, ' ').toLowerCase()}`], strength: 2, fix: replaceWith(start, end, '[ID]') };
  }).concat(unlabelledIds(ctx), distantIds(ctx));

/**
 * A label a few words before its code: "the plate on the car that dropped him off was KTR-4491",
 * "the serial number is printed on her card: PM-33091-X". The code must mix capitals and digits.
 */
const DISTANT_ID = /\b(?:MRN|medical record|chart number|member (?:id|number)|insurance (?:id|number)|medicare (?:id|number|card)|medicaid (?:id|number|card)|NHS number|health card (?:number)?|account number|licen[cs]e plate|plate|serial|device (?:id|number)|passport|patient id)\b[^.!?\n]{1,60}?(?:\bis|\bwas|\bread|\breads|\bsaid|:)\s+(?=[A-Z\d-]*\d)(?=[A-Z\d-]*[A-Z])([A-Z\d]{1,5}(?:-[A-Z\d]{1,6}){0,3})(?![\w-])/gi;
function distantIds(ctx: DetectContext): Candidate[] {
  return scan(ctx, DISTANT_ID, (m) => {
    const value = m[1];
    if (!/[A-Z]/.test(value) || value.replace(/-/g, '').length < 5) return null; // mixed case words are not codes
    const start = m.index + m[0].length - value.length;
    const end = start + value.length;
    return { start, end, facts: [`code after "${m[0].split(/\s/)[0].toLowerCase()}"`], strength: 2, fix: replaceWith(start, end, '[ID]') };
  });
}

/** Card and account numbers without a label: digit groups that pass the Luhn check, IBANs. */
const CARD = /(?<![\d-])(?:\d{4}[ -]?){3}\d{1,7}(?![\d-])/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b/g;
function unlabelledIds(ctx: DetectContext): Candidate[] {
  return [
    ...scan(ctx, CARD, (m) => {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 13 || digits.length > 19 || !luhn(digits)) return null;
      return { start: m.index, end: m.index + m[0].length, facts: ['card number'], strength: 1, fix: replaceWith(m.index, m.index + m[0].length, '[ID]') };
    }),
    ...scan(ctx, IBAN, (m) => ({ start: m.index, end: m.index + m[0].length, facts: ['bank account number'], strength: 1, fix: replaceWith(m.index, m.index + m[0].length, '[ID]') })),
  ];
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const NUMBER_WORDS = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)$/i;
const ROOM = /(?:#)?\b(room|rm|bed|bay|cubicle|cube|pod|stall|exam room|trauma bay|trauma|resus|isolation|iso|suite|crib|incubator|isolette|triage|chair|infusion chair|dialysis chair|cot|stretcher|trolley|hall bed|hallway bed|hall|hallway|gurney)\s*(?:#|no\.?|number)?\s*(\d{1,4}[A-Za-z]?|[A-Z]\d{0,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b(?:\s*(?:,|and|\/|-)?\s*(?:bed|bay)\s*(\d{1,3}[A-Za-z]?|[A-Z]))?/gi;
const ROOM_PREPOSITIONS = /\s*\b(in|from|at|of|to|into|for)\s+(?:the\s+)?(?:guy\s+|lady\s+|patient\s+)?$/i;
export const roomNumber = (ctx: DetectContext) => [...roomLabelled(ctx), ...bareRoom(ctx)];

const roomLabelled = (ctx: DetectContext) =>
  scan(ctx, ROOM, (m) => {
    const word = m[1];
    const num = m[2];
    // A letter label must be a capital standing apart ("bay C"), never the end of a word ("rooms").
    if (/^[A-Za-z]\d*$/.test(num) && (!/^[A-Z]/.test(num) || !/\s/.test(m[0].slice(word.length, m[0].indexOf(num, word.length))))) return null;
    if (/^(trauma|resus|isolation|iso)$/i.test(word) && !/^\d/.test(num)) return null;
    if (/^[A-Z]$/.test(num) && !/^(bed|bay|room|rm|pod|cube|cubicle)$/i.test(word)) return null;
    if (/^(hall|hallway|chair|suite)$/i.test(word) && !/\d/.test(num)) return null;
    if (/^(a|i)$/i.test(num)) return null; // "bed a" is English more often than a label
    // Spelled numbers only after the words that take them ("bed six"); never "room one of the house".
    if (NUMBER_WORDS.test(num) && (!/^(bed|bay|cot|crib|pod|chair)$/i.test(word) || /^(one|two)$/i.test(num))) return null;
    const start = m.index;
    const end = m.index + m[0].length;
    const lead = ctx.text.slice(Math.max(0, start - 24), start);
    if (/\b(raised|flower|garden|bunk|water|river|sea|sofa|oyster|murphy|tanning|nail|flat|truck|hotel|dorm|escape|chat|zoom|breakout|living|dining|waiting|break|board|class|court|reading|study|locker|storage|supply|boiler|server|ambulance|loading|parking|delivery|engine|cargo|docking|bus|drop-off|unloading)\s*$/i.test(lead)) return null;
    // "Suite 200" after a street is part of an address (the address rule judges it).
    if (/^(suite|ste)$/i.test(word) && /\b(Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Floor)\.?,?\s*$/.test(lead)) return null;
    const sentence = sentenceOf(ctx.sentences, start);
    // "Ambulance bay 3 is closed, use bay 4": bays for vehicles, not for patients.
    if (/^bay$/i.test(word) && /\b(?:ambulance|loading|parking|delivery|drop-off|helicopter|fire engine)\s+bays?\b/i.test(ctx.text.slice(sentence.start, sentence.end))) return null;
    // "Bay 4 of the ambulance garage", "room 12 at the Hilton", "room 204 in the library": a room of a
    // building that is not a ward.
    if (NOT_WARD_AFTER.test(ctx.text.slice(end, end + 50))) return null;
    if (/^bed$/i.test(word) && /\b(garden|tomato\w*|plant\w*|flowers?|seeds?|soil|compost|veg\w*|herbs?|allotment|weeds?)\b/i.test(ctx.text.slice(sentence.start, sentence.end))) return null;
    // "the lady in room 12", "Room 12 keeps calling": a person placed by the number.
    const lead40 = ctx.text.slice(Math.max(sentence.start, start - 40), start);
    const personPlaced = /\b(patient|pt|lady|man|woman|guy|gentleman|gent|kid|kiddo|boy|girl|baby|child|grandma|grandpa|granny|resident|mom|dad|mother|father|teen|he|she|they|who|whoever|dude|fella|sweetheart|angel|sir|ma'am)\b[^.!?]{0,20}\b(in|from|at)\s+(?:the\s+)?$/i.test(lead40) ||
      /\b(this|that|the|our|my)\s+[a-z]+\s+(in|from)\s+$/i.test(lead40) ||
      atSentenceStart(ctx.text, sentence, start) || PERSON_WITH.test(ctx.text.slice(end, end + 40)) || /^[’']s\b|^\s+(is|was|keeps|has|had|wants|needs|asked|says|said|called|calls|pressed|presses|rang|rings|hit|refused|coded|died|passed|went|finally|just|still|threw|puked|vomited|pooped|bit|kicked|spat|yelled|screamed|fell|pulled|ate|drank|cried|laughed|sang|slept|woke)\b/i.test(ctx.text.slice(end, end + 12));
    const removal = phraseRemoval(ctx.text, sentence, start, end, ROOM_PREPOSITIONS);
    let fix;
    if (removal) fix = removal;
    else if (atSentenceStart(ctx.text, sentence, start)) fix = replaceWith(start, end, 'A patient');
    else if (/\b(the|my|our|his|her|their)\s+$/i.test(ctx.text.slice(Math.max(0, start - 8), start))) fix = replaceWith(start, end, 'patient');
    else fix = replaceWith(start, end, 'a patient');
    // "the scrub nurse in room 5": a colleague placed by the number, not a patient.
    const staffPlaced = STAFF_IN.test(lead40);
    const facts = [`${word.toLowerCase()} number`];
    let strength = 0;
    if (staffPlaced) {
      facts.push('a staff member placed by it');
      strength = -1.5;
    } else if (personPlaced) {
      facts.push('a person placed by it');
      strength = 1;
    }
    // A bed or bay number on a picture ("![graft day 10, bed 14](graft-bed14.jpg)") shows a patient's bedside.
    if (IMAGE_KINDS.has(ctx.kind ?? '') && !staffPlaced) {
      facts.push('in an image');
      strength += 1;
    }
    return { start, end, facts, strength, fix };
  });
const NOT_WARD_AFTER = /^\s+(?:of|at|in|on)\s+(?:the|our|my|this|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:garage|station|firehouse|fire station|car park|parking (?:lot|garage|deck)|depot|warehouse|hotel|motel|hostel|airbnb|dorm|dormitory|residence hall|library|school|college|campus|university|gym|convention cent(?:er|re)|conference cent(?:er|re)|office|offices|building|church|community cent(?:er|re)|escape room|museum|cinema|theat(?:er|re)|stadium|arena|(?:staff|sleep|call|on-call|break|locker|resident['’]?s['’]?|doctors['’]?|nurses['’]?)\s+(?:room|lounge)|lounge|sim lab|skills lab)\b/iu;
/** "in trauma 2 with a teenager who…": the number placed by the person in it. */
const PERSON_WITH = /^\s+with\s+(?:a|an|the|my|our|this|that)\s+(?:[\p{L}\d-]+\s+)?(?:patient|pt|teen|teenager|kid|kiddo|child|toddler|baby|infant|man|woman|lady|guy|gentleman|girl|boy|grandma|grandpa|mom|dad|mother|father|dude|fella)\b/iu;
const STAFF_IN = /\b(?:nurses?|doctors?|dr\.?\s+\p{Lu}\p{Ll}+|surgeons?|anaesthetists?|anesthesiologists?|crnas?|techs?|attendings?|registrars?|consultants?|physios?|therapists?|colleagues?|coworkers?|co-workers?|managers?|students?|interns?|team|staff|crew|educators?|instructors?)\s+(?:in|from|at)\s+(?:the\s+)?$/iu;
const IMAGE_KINDS = new Set(['image-alt', 'image-title', 'image-url']);

/** "the guy in 14", "mrs k in 6B": a bare number after a person and "in" is a room. */
const BARE_ROOM_BEFORE_VERB = /\b[a-z]+\s+(in\s+(\d{1,4}[A-Z]?))\s+(?=(?:just|keeps|kept|has|had|is|was|threw|pressed|presses|rang|rings|called|calls|wants|wanted|needs|needed|asked|asks|refused|refuses|pulled|pulls|hit|hits|bit|bites|kicked|spat|yelled|yells|screamed|screams|puked|vomited|pooped|fell|ate|cried|coded|died|crashed|tried|told|tells|said|says)\b)/g;
/** "Mrs. Abernathy, 96, in 512, told me": a bare number set off by commas after a person. */
const BARE_ROOM_APPOSITIVE = /(?<=\p{Lu}[\p{L}.'’-]*(?:,\s*\d{1,3})?,\s+)(in\s+(\d{1,4}[A-Z]?))(?=\s*,)/gu;
const BARE_ROOM = /\b(?:patient|pt|lady|man|woman|guy|gentleman|gent|kid|kiddo|boy|girl|baby|grandma|grandpa|granny|dude|fella|mom|dad|family|sir|ma'am|[Ww]hoever(?:\s+is|['’]s)?|[Ww]ho['’]s|[Ww]ho\s+is|[Ss]omeone|[Ss]omebody|\p{Lu}\p{Ll}+|[a-z]{1,3}\.?\s[a-z])\s+(in\s+(\d{1,4}[A-Z]?))\b(?![.,:]?\d|\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|am|pm|a\.m|p\.m|%|mg|ml|percent|degrees?|°))/gu;
/** "12B has pulled out her IV again": a bed code (number and letter) doing what patients do. */
const BED_CODE_SUBJECT = /(?<![\p{L}\d#@/.:-])(\d{1,3}[A-Z])\s+(?=(?:just|keeps|kept|has|had|is|was|threw|pressed|presses|rang|rings|called|calls|wants|wanted|needs|needed|asked|asks|refused|refuses|pulled|pulls|hit|hits|bit|bites|kicked|spat|yelled|yells|screamed|screams|puked|vomited|pooped|fell|ate|cried|coded|died|crashed|tried|told|tells|said|says|finally|still)\b)/gu;
export const bareRoom = (ctx: DetectContext) => {
  const found = [
    ...bareRoomWith(ctx, BARE_ROOM_BEFORE_VERB, 1),
    ...bareRoomWith(ctx, BARE_ROOM, 0),
    ...bareRoomWith(ctx, BARE_ROOM_APPOSITIVE, 0),
    ...scan(ctx, BED_CODE_SUBJECT, (m) => {
      const sentence = sentenceOf(ctx.sentences, m.index);
      if (!atSentenceStart(ctx.text, sentence, m.index) || NOT_BED_CODES.test(m[1])) return null;
      const end = m.index + m[1].length;
      return { start: m.index, end, facts: ['a bed code doing what a patient does'], strength: 1, fix: replaceWith(m.index, end, 'A patient') };
    }),
  ];
  return found.filter((c, i) => found.findIndex((o) => o.start === c.start) === i);
};

const NOT_BED_CODES = /^(2D|3D|4D|4K|8K|2G|3G|4G|5G|5K|10K|1A)$/;
const bareRoomWith = (ctx: DetectContext, re: RegExp, strength: number) =>
  scan(ctx, re, (m) => {
    if (/^(1[6-9]|20)\d\d$/.test(m[2])) return null; // "in 1855": a year
    const start = m.index + m[0].lastIndexOf(m[1]);
    const end = start + m[1].length;
    const removeFrom = ctx.text[start - 1] === ' ' ? start - 1 : start;
    // "the guy in 14 threw his tray": the number is who acts, a stronger sign than "the guy in 14".
    const facts = strength > 0 ? ['a person placed by a bare room number', 'and what they did'] : ['a person placed by a bare room number'];
    // "in 4C", "in 12B": a number with a bed letter is a bed code, not a time or a count.
    if (/^\d{1,3}[A-Z]$/.test(m[2]) && !NOT_BED_CODES.test(m[2])) {
      facts.push('a bed code');
      strength += 1;
    }
    return { start, end, facts, strength, fix: replaceWith(removeFrom, end, '') };
  });

/** Ages over 89: "93-year-old", "aged 94", "94 yo", "she's 91", "turned 100". */
const AGE = /\b(?:(\d{2,3})[- ](?:years?|yrs?|y)[- ]?(?:old|young)|(\d{2,3})(?:st|nd|rd|th)(?= (?:birthday|bday|b-day|year|trip around)\b)|(\d{2,3})\s?(?:yo|y\/o|y\.o\.?|yrs?|years? of age)\b|(?:aged?|age:?)\s+(\d{2,3})\b|(?:turned|turns|turning|is|was|she['’]s|he['’]s|they['’]re)\s+(\d{2,3})(?=\s*(?:today|this|yesterday|last|years?\b|and\b|[.!,]|$))|(\d{2,3})(?:M|F|m|f)\b)|(?<=\p{Lu}[\p{L}.'’-]*,\s)(\d{2,3})(?=\s*,)/giu;
/** "At 102, she…", "pt 94 F", "our resident centenarian": more ways to say an age over 89. */
const MORE_AGES = /(?<![\w-])(?:[Aa]t\s+(\d{2,3})(?=,|[.!;]?\s*$|[.!;]\s)|(\d{2,3})\s(?:F|M)(?=[\s,;.]|$)|([Cc]entenarian|[Ss]upercentenarian|[Nn]onagenarian))/g;
const moreAges = (ctx: DetectContext) =>
  scan(ctx, MORE_AGES, (m) => {
    const value = m[1] ?? m[2] ?? m[3];
    if (m[3] === undefined && !(Number(value) >= 90 && Number(value) < 125)) return null;
    // "sats at 92.", "pulse at 100.", "capped at 100": a reading, not an age.
    if (m[1] && VITALS_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) return null;
    const start = m.index + m[0].indexOf(value);
    const end = m[2] ? m.index + m[0].length : start + value.length;
    const sentence = sentenceOf(ctx.sentences, start);
    const text = m[3] ? (/^non/i.test(m[3]) ? 'older' : 'oldest') : 'over 89';
    // "…bakes bread every morning at 93.": an age closing a sentence needs the words around it.
    const closing = m[1] !== undefined && ctx.text[end] !== ',';
    return { start, end, facts: [m[3] ? `age "${m[3].toLowerCase()}"` : `age ${value}`], strength: closing ? 0 : 1, fix: replaceWith(start, end, atSentenceStart(ctx.text, sentence, start) ? capitalize(text) : text) };
  });
const VITALS_BEFORE = /\b(?:sats?|spo2|o2|oxygen|saturation|pulse|hr|heart rate|rate|bp|pressure|temp|temperature|glucose|sugar|bgl?|bsl|score|scored|speed|mph|km\/?h|capped|limit|set|cap|weight|weighs|weighed|kg|lbs?|percent|level|levels|count|stayed|sitting|holding|steady|running|maxed|peaked|came in|clocked|finished|ranked|priced|sold|ending|ended|closed|opened)\b[^.!?]{0,24}$/i;
/** "90-year-olds", "ask your 90-year-old patients": ages spoken of in general, not one person. */
const GENERIC_AFTER = /^[- ]?(?:years?|yrs?|y)[- ]?(?:old|young)s\b|^[- ]?(?:years?|yrs?|y)[- ]?olds?\s+(?:patients|residents|people|adults|folks|women|men|clients|population|parents|grandparents|and older|and over|plus)\b|^\+/i;
const THING_AGE_AFTER = /^(?:st|nd|rd|th)\s+(?:(?:birthday|anniversary|bday)\s+(?:to|of|for)\s+(?:the\s+\p{Lu}|(?:the|our|this|my)\s+(?:[\p{Ll}'’-]+\s+){0,2}?(?:hospital|unit|ward|clinic|school|college|program|programme|service|department|company|association|society|union|charity|church|building|NHS|journal|magazine|podcast)\b)|(?:annual\s+)?\p{Lu}[\p{L}'’-]*\s+(?:Awards?|Congress|Conference|Games|Olympics|Assembly|Session|Annual|Meeting|Marathon|Anniversary|Edition))/u;
export const ageOver89 = (ctx: DetectContext) =>
  [...numericAges(ctx), ...spelledAges(ctx), ...moreAges(ctx)].filter((c) => {
    if (GENERIC_AFTER.test(ctx.text.slice(c.end, c.end + 40))) return false;
    // "Happy 90th birthday to the Royal College of Midwives", "the 96th Academy Awards": an
    // institution's or an event's age, not a person's.
    if (THING_AGE_AFTER.test(ctx.text.slice(c.end, c.end + 60))) return false;
    // "Grandma turned 92", "Nana (94) still gardens": the writer's own family (see ownKinLeads).
    if (ownKinLeads(ctx.text, c.sentence, c.start, 60)) {
      c.facts.push('of your own family');
      c.strength -= 3;
    }
    return true;
  });
const numericAges = (ctx: DetectContext) =>
  scan(ctx, AGE, (m) => {
    const value = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7];
    const age = Number(value);
    if (!(age >= 90 && age < 125)) return null;
    const start = m.index + m[0].indexOf(value);
    const end = start + value.length;
    const sentence = sentenceOf(ctx.sentences, start);
    let fix = replaceWith(start, end, 'over 89');
    const after = ctx.text.slice(end, end + 1);
    if (after === '-') fix = replaceWith(start, end, 'over-89');
    const article = /\ba\s+$/i.exec(ctx.text.slice(Math.max(0, start - 2), start));
    if (article) fix = { start: start - article[0].length, end, text: (ctx.text[start - 2] === 'A' ? 'An ' : 'an ') + fix.text };
    if (atSentenceStart(ctx.text, sentence, fix.start)) fix.text = capitalize(fix.text);
    return { start, end, facts: [`age ${age}`], strength: 1, fix };
  });

/** Ages over 89 in words: "ninety-six years old", "turned a hundred", "Ninety-four and still sharp". */
const SPELLED = String.raw`(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\s+hundred(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)`;
const SPELLED_AGE = new RegExp(
  String.raw`\b(${SPELLED})(?=[- ]years?[- ]old\b|\s+(?:years?\s+old|years?\s+young|yo)\b|\s+and\s+(?:still|sharp|counting|never|going|as|sharper|not)\b)` +
    String.raw`|(?<=\b(?:turned|turns|turning|aged?|is|was|she['’]s|he['’]s|they['’]re|she is|he is|at)\s+)(${SPELLED})(?=\s*(?:[.!,;]|$|today|this|last|next|years?\b|and\b))`,
  'gi',
);
const spelledAges = (ctx: DetectContext) =>
  scan(ctx, SPELLED_AGE, (m) => {
    const value = m[1] ?? m[2];
    const start = m.index;
    const end = start + value.length;
    const sentence = sentenceOf(ctx.sentences, start);
    let fix = replaceWith(start, end, ctx.text[end] === '-' ? 'over-89' : 'over 89');
    const article = /\ba\s+$/i.exec(ctx.text.slice(Math.max(0, start - 2), start));
    if (article) fix = { start: start - article[0].length, end, text: 'an ' + fix.text };
    if (atSentenceStart(ctx.text, sentence, fix.start)) fix.text = capitalize(fix.text);
    return { start, end, facts: [`age "${value.toLowerCase()}"`], strength: 1, fix };
  });

const STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC';
const ZIP = new RegExp(String.raw`(?:\b(?:zip(?:\s*code)?|postal code|postcode|post code|plz|cep)\s*(?:is|:|#)?\s*(\d{3,6}(?:-\d{3,4})?(?![\w-])|(?=[A-Z0-9]*\d)[A-Z0-9]{2,4}\s?\d[A-Z]{2}\b)|\b(?:${STATES})\s+|,\s*)(\d{5}(?:-\d{4})?)?(?![\d-])`, 'gi');
/** UK postcodes have a shape of their own: BS5 9QR, SW1A 1AA. */
const UK_POSTCODE = /\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[ABD-HJLNP-UW-Z]{2}\b/g;
/** A bare five-digit number is a ZIP code only with help from context (the rule's cues). */
const BARE_ZIP = /(?<![\d$#.,:/-])\b\d{5}(?:-\d{4})?\b(?![\d/%-]|[.,:]\d|\s*(?:mg|mcg|ml|mL|steps|calories|kcal|units|feet|ft|miles|km|dollars|people|nurses|patients|cases|views|followers|likes))/g;
/** Canadian postal codes (B0J 2H0) and a 4-5 digit code after a two-letter region code ("NO 9100"). */
const CA_POSTCODE = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b/g;
const REGION_CODE = /\b[A-Z]{2}\s+(\d{4,5})\b(?![\d-])/g;
export const zipCode = (ctx: DetectContext) => {
  const labelled = zipLabelled(ctx);
  const canada = scan(ctx, CA_POSTCODE, (m) => ({ start: m.index, end: m.index + m[0].length, facts: ['postal code'], strength: 1, fix: replaceWith(m.index, m.index + m[0].length, '[postcode]') }));
  const regional = scan(ctx, REGION_CODE, (m) => {
    const start = m.index + m[0].length - m[1].length;
    if (/^(19|20)\d\d$/.test(m[1]) || labelled.some((l) => l.start === start)) return null;
    return { start, end: start + m[1].length, facts: ['postal code after a region code'], strength: 0, fix: replaceWith(start, start + m[1].length, '[ZIP]') };
  });
  const uk = scan(ctx, UK_POSTCODE, (m) => ({ start: m.index, end: m.index + m[0].length, facts: ['postcode'], strength: 1, fix: replaceWith(m.index, m.index + m[0].length, '[postcode]') }));
  const bare = scan(ctx, BARE_ZIP, (m) => {
    if (labelled.some((l) => l.start === m.index)) return null;
    const n = Number(m[0].slice(0, 5));
    if (n < 501) return null; // below the lowest US ZIP code
    // "Radiopaedia case 12345", "figure 10234", "ticket #40211": a reference number, not a place.
    if (/\b(?:case|cases|fig\.?|figure|table|page|pp?\.|vol\.?|volume|issue|ref|reference|id|no\.?|number|ticket|order|item|model|part|lot|batch|version|v\.?)\s*#?\s*$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    return { start: m.index, end: m.index + m[0].length, facts: ['five-digit number that may be a ZIP code'], strength: -1, fix: replaceWith(m.index, m.index + m[0].length, '[ZIP]') };
  });
  return [...labelled, ...uk, ...canada, ...regional.filter((r) => !bare.some((b) => b.start === r.start)), ...bare];
};

/** "the 44108 zip code", "60644 postcode": the label after the number. */
const ZIP_BEFORE_LABEL = /\b(\d{5}(?:-\d{4})?)\s+(?:zip(?:\s*code)?|zipcode|postal code)\b/gi;
const zipLabelled = (ctx: DetectContext) => [
  ...scan(ctx, ZIP_BEFORE_LABEL, (m) => ({ start: m.index, end: m.index + m[1].length, facts: ['ZIP code'], strength: 1, fix: replaceWith(m.index, m.index + m[1].length, '[ZIP]') })),
  ...zipAfterLabel(ctx),
];
const zipAfterLabel = (ctx: DetectContext) =>
  scan(ctx, ZIP, (m) => {
    const value = m[1] ?? m[2];
    if (!value) return null;
    const start = m.index + m[0].lastIndexOf(value);
    const end = start + value.length;
    const labelled = /zip|postal|post ?code|plz|cep/i.test(m[0]);
    const afterState = !labelled && new RegExp(`\\b(?:${STATES})\\s+$`).test(m[0].slice(0, m[0].length - value.length));
    if (!labelled && !afterState) return null;
    return { start, end, facts: [labelled ? 'ZIP code' : 'ZIP code after a state'], strength: 1, fix: replaceWith(start, end, '[ZIP]') };
  });
