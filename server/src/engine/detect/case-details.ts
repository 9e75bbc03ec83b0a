/**
 * Recognisable case details: no name, but enough quasi-identifiers in one sentence to single a
 * person out ("the 19-year-old from the bus crash on Route 9 last night"). Each kind of detail
 * adds one point; the rule's threshold and context cues decide.
 */
import type { Candidate, DetectContext } from './types';
import type { Span } from '../types';
import { Lexicon } from '../lexicon';
import { isCity } from './places-data';

// Exact ages only: "a teenager" or "a baby" is what the redaction generalises to, not a detail.
const AGE = /\b(\d{1,3})[- ]?(?:years?|yrs?|y|month|week|day)s?[- ]old\b|\b(\d{1,3})\s?(?:yo|y\/o|yrs?)\b|\b(?:octogenarian|nonagenarian|centenarian)\b/gi;
const TIME = /\b(?:last\s+(?:night|week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|this\s+(?:morning|afternoon|evening|weekend)|tonight|today|early this morning|overnight|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:night|morning)|new year'?s eve|christmas (?:eve|day|morning|night)|new year'?s day|boxing day|(?:thanksgiving|halloween|easter) (?:day|night|morning)|(?:the )?fourth of july|july 4th|(?:over|on) the (?:fourth|4th|long weekend|bank holiday|holidays?)|(?:on|over) (?:thanksgiving|halloween|easter|new year'?s|memorial day|labor day|labour day)|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2})\b/gi;
/** Kinds of places a story can happen at; with a proper name in front they pin it down. */
const PLACE_NOUNS = 'street|st|avenue|ave|road|rd|boulevard|blvd|lane|bridge|mall|park|high|school|lake|river|beach|stadium|arena|square|station|platform|airport|expressway|freeway|parkway|pkwy|quarry|farm|alley|bowling alley|petting farm|factory|plant|mill|mine|warehouse|market|supermarket|store|gym|pool|field|fairground|fair|racetrack|track|rink|church|mosque|temple|synagogue|bar|pub|club|nightclub|restaurant|diner|hotel|motel|campground|trail|canyon|falls|creek|pier|harbor|harbour|marina|dock|tunnel|overpass|underpass|intersection|junction|roundabout|crossing|plaza|center|centre|arcade|cinema|theater|theatre|zoo|aquarium|reservoir|dam|woods|forest|ranch|estate|apartments|flats|tower|towers|complex'
const PLACE = new RegExp(
  String.raw`\b(?:downtown|uptown|midtown)\b` +
    String.raw`|\b(?:(?:on|at|near|off|along|in|from|outside|into|behind|under|by)\s+(?:the\s+)?)?(?:(?:Route|Rte|Highway|Hwy|Interstate|I-|US-|SR-)\s?-?\d{1,4}|(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:[a-z]+\s+)?(?:${PLACE_NOUNS.replace(/\b([a-z])/g, (_, c: string) => `[${c}${c.toUpperCase()}]`)})\b|(?:\p{Lu}[\p{L}'’-]+)(?:,\s*[A-Z]{2})\b)` +
    String.raw`|\b(?:on|at|near|off|along|in|from|outside)\s+(?:the\s+)?(?:interstate|freeway|highway|turnpike|expressway|bypass)\b` +
    // "the Lake Tahoe trip", "up Mount Hood": a named lake or mountain.
    String.raw`|\b(?:Lake|Loch|Mount|Mt\.?)\s+\p{Lu}\p{Ll}+`,
  'gu',
);
/** "the guy who…", "the kid whose…", "the 7-year-old from…": the story is about one person. */
const SUBJECT = /\bthe\s+(?:(?:\d{1,3}[- ](?:year|month)[- ]old|guy|man|woman|lady|kid|boy|girl|teen|teenager|toddler|baby|driver|cyclist|biker|jogger|runner|hiker|farmer|grandmother|grandfather|grandma|grandpa|dad|mom|father|mother|couple|firefighter|officer|worker)\s+(?:who|whose|that|from|with|in|off|at|on)\b)/gi;
const FAIR = /\b(?:at|from|to)\s+the\s+(?:county|state|town|village|school|church|street)\s+(?:fair|festival|parade|carnival|rodeo)\b/gi;
const NEWS = /\b(?:(?:on|in|made|hit|all over)\s+the\s+(?:local\s+)?(?:news|headlines|paper)|local news|news (?:crews?|vans?|reports?)|went viral|breaking news|news said|reported on|press outside|reporters)\b/gi;

/** "in Millbrook", "from Pikeville": a known town after a preposition is a place. */
const TOWN = /\b(?:in|from|near|outside|of)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\b/gu;
function townsIn(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  TOWN.lastIndex = sentence.start;
  const hay = text.slice(0, sentence.end);
  for (let m = TOWN.exec(hay); m; m = TOWN.exec(hay)) {
    const name = m[1];
    if (!isCity(name) && !isCity(name.split(' ')[0])) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length });
  }
  return out;
}

export interface CaseDetailLexicons {
  rareEvents: Lexicon;
}

function all(re: RegExp, text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  re.lastIndex = from;
  // A prefix ending shortly after `to`, so a sentence without a match does not scan the rest of the block.
  const hay = to + 256 < text.length ? text.slice(0, to + 256) : text;
  for (let m = re.exec(hay); m && m.index < to; m = re.exec(hay)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function ageBracket(text: string): string {
  const n = Number(/\d+/.exec(text)?.[0] ?? NaN);
  if (/month|week|day|newborn|infant|preemie/i.test(text)) return 'a baby';
  if (Number.isNaN(n)) return text.toLowerCase().startsWith('teen') ? 'a teenager' : 'a patient';
  if (n < 13) return 'a child';
  if (n < 20) return 'a teenager';
  if (n < 40) return 'a young adult';
  if (n < 65) return 'an adult';
  return n < 90 ? 'an older adult' : 'a patient over 89';
}

export function makeCaseDetails(rare: Lexicon) {
  return (ctx: DetectContext): Candidate[] => {
    const out: Candidate[] = [];
    for (const sentence of ctx.sentences) {
      const { text } = ctx;
      const ages = all(AGE, text, sentence.start, sentence.end);
      const times = all(TIME, text, sentence.start, sentence.end);
      const places = [...all(PLACE, text, sentence.start, sentence.end), ...all(FAIR, text, sentence.start, sentence.end), ...townsIn(text, sentence)];
      const events = rare.find(text, sentence.start, sentence.end);
      const news = all(NEWS, text, sentence.start, sentence.end);
      // An unusual event or a news story weighs more than an age or a time of day.
      const subject = all(SUBJECT, text, sentence.start, sentence.end);
      const kinds = (ages.length ? 1 : 0) + (times.length ? 1 : 0) + (places.length ? 1 : 0) + (events.length ? 1.5 : 0) + (news.length ? 1.5 : 0);
      if (kinds < 2.5) continue;
      const facts: string[] = [];
      if (ages.length) facts.push(`age "${text.slice(ages[0].start, ages[0].end)}"`);
      if (events.length) facts.push(`event "${events[0].term}"`);
      if (places.length) facts.push(`place "${text.slice(places[0].start, places[0].end).replace(/^\w+\s+/, '')}"`);
      if (times.length) facts.push(`time "${text.slice(times[0].start, times[0].end)}"`);
      if (news.length) facts.push(`in the news`);
      if (subject.length) facts.push(`about one person ("${text.slice(subject[0].start, subject[0].end)}")`);
      const spans = [...ages, ...times, ...places, ...events, ...news];
      const start = Math.min(...spans.map((s) => s.start));
      const end = Math.max(...spans.map((s) => s.end));
      // Generalise: drop where and when, turn an exact age into a bracket.
      const edits = [
        ...places.map((p) => ({ start: text[p.start - 1] === ' ' ? p.start - 1 : p.start, end: p.end, text: '' })),
        ...times.map((t) => ({ start: text[t.start - 1] === ' ' ? t.start - 1 : t.start, end: t.end, text: '' })),
        ...ages.map((a) => {
          const article = /\b(?:a|an|the)\s+$/i.exec(text.slice(Math.max(0, a.start - 5), a.start));
          return article ? { start: a.start - article[0].length, end: a.end, text: ageBracket(text.slice(a.start, a.end)) } : { start: a.start, end: a.end, text: ageBracket(text.slice(a.start, a.end)).replace(/^an? /, '') };
        }),
      ]
        .sort((a, b) => a.start - b.start)
        .filter((e, i, arr) => i === 0 || e.start >= arr[i - 1].end);
      if (edits.length === 0) continue;
      const [first, ...rest] = edits;
      // Each kind of detail is a point; kinds above two count extra so three details reach an error.
      // One person as the subject of the story ("the guy who…") makes its details point at them.
      out.push({ start, end, facts, strength: kinds + (subject.length ? 0.5 : 0), fix: first, extraEdits: rest, sentence });
    }
    return out;
  };
}

/** Lower-case words also match capitalised at a sentence start ("Famous actor..."), nothing else. */
const ci = (words: string) => words.replace(/\b([a-z])/g, (_, c: string) => `[${c}${c.toUpperCase()}]`);
const ROLES = ci(String.raw`(?:actor|actress|singer|lead singer|frontman|frontwoman|rapper|drummer|guitarist|dj|athlete|player|quarterback|qb|captain|striker|goalkeeper|goalie|pitcher|point guard|linebacker|footballer|boxer|fighter|wrestler|jockey|influencer|youtuber|tiktoker|streamer|politician|star|celebrity|musician|news anchor|anchor|newsreader|weatherman|weather girl|weatherwoman|presenter|host|coach|manager|mayor|governor|senator|congressman|congresswoman|councillor|councilman|mp|sheriff|police chief|bishop|pastor|reverend|ceo|founder|owner|principal|chef|author|comedian|model|champion|olympian)`);
const FAMOUS_ADJ = ci(String.raw`(?:famous|celebrity|well[- ]known|local|pro|professional|olympic|olympian|retired|former|reality[- ]tv|tv|pop|country|hollywood|famous local)`) + String.raw`|NFL|NBA|MLB|NHL|MLS|Premier League`;
const ARTICLE = ci(String.raw`(?:a|an|the|this|that)`);
const THE = ci(String.raw`(?:the|our)`);
// \p{Lu} stays upper-case only because the flags are 'gu', not 'giu'.
const FAMOUS = new RegExp(
  String.raw`\b(?:${ARTICLE}\s+)?(?:${FAMOUS_ADJ})\s+${ROLES}\b` +
    String.raw`|\b${THE}\s+${ci('(?:mayor|governor|senator|congressman|congresswoman|sheriff|police chief|city councilman|bishop)')}\b` +
    String.raw`|\b${THE}\s+(?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}(?:\d+\s+)?(?:['’]s?\s+)?(?:${ci('(?:starting|head|team|lead|star|former|new|longtime|beloved)')}\s+)?${ROLES}\b` +
    String.raw`|\b(?:${ci('lead')}\s+)?${ROLES}\s+(?:of|for|from|on)\s+(?:${THE}\s+)?(?:\p{Lu}[\p{L}&.'’-]*)(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}` +
    // "a certain Grammy winner", "an Olympic medallist", "a two-time Emmy nominee".
    String.raw`|\b(?:${ARTICLE}\s+|${ci('one')}\s+)?(?:${ci('certain')}\s+)?(?:[\p{L}\d]+-time\s+)?(?:Grammy|Oscar|Academy Award|Emmy|Tony|Golden Globe|BAFTA|Olympic|Olympics|Paralympic|Super Bowl|World Cup|Stanley Cup|Pulitzer|Nobel|Brit Award|Juno|ARIA|Logie|Eurovision|Wimbledon|Tour de France)[- ](?:${ci('(?:winner|winning|nominee|nominated|medalist|medallist|champion|laureate|gold medalist|star|player|finalist)')})\b` +
    // "a certain actor", "a certain someone from TV".
    String.raw`|\b${ci('a certain')}\s+(?:${ci('(?:famous|well-known|very famous|local)')}\s+)?${ROLES}\b` +
    // "our town's high school football coach", "the city's longtime mayor".
    String.raw`|\b(?:${THE}|${ci('my')})\s+(?:${ci('(?:town|city|county|village|hometown|island|parish|school|district|team)')})['’]s\s+(?:[\p{L}-]+\s+){0,3}?${ROLES}\b`,
  'gu',
);
/** Cheap prefilter: no role word, no public figure (the full pattern is slow on long blocks). */
const ROLE_HINT = /\b(?:actor|actress|singer|frontman|frontwoman|rapper|drummer|guitarist|dj|athlete|player|quarterback|qb|captain|striker|goalkeeper|goalie|pitcher|guard|linebacker|footballer|boxer|fighter|wrestler|jockey|influencer|youtuber|tiktoker|streamer|politician|star|celebrity|musician|anchor|newsreader|weather\w*|presenter|host|coach|manager|mayor|governor|senator|congress\w+|council\w+|mp|sheriff|chief|bishop|pastor|reverend|ceo|founder|owner|principal|chef|author|comedian|model|champion|olympian|winner|nominee|medal+ist|laureate|finalist)\b/i;

export const publicFigure = (ctx: DetectContext): Candidate[] => {
  const out: Candidate[] = [];
  if (!ROLE_HINT.test(ctx.text)) return out;
  FAMOUS.lastIndex = 0;
  for (let m = FAMOUS.exec(ctx.text); m; m = FAMOUS.exec(ctx.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = ctx.sentences.find((s) => start >= s.start && start < s.end) ?? { start: 0, end: ctx.text.length };
    const lead = ctx.text.slice(sentence.start, start).trim() === '';
    out.push({ start, end, facts: [`public figure "${m[0]}"`], strength: 1, fix: { start, end, text: lead ? 'A patient' : 'a patient' }, sentence });
  }
  return out;
};
