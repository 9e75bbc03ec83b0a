/**
 * Geography smaller than a state and the patient's workplace or school: street addresses, towns,
 * counties and neighbourhoods, and "works at X" / "a junior at X High".
 */
import type { Candidate, DetectContext } from './types';
import { longAgo, ownKinLeads, phraseRemoval, sentenceOf } from './grammar';
import { BIG_REGIONS, isCity } from './places-data';
import { isCommonWord, nameKind } from './words';

const SUFFIX = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Trail|Trl|Square|Sq|Crescent|Cres|Close|Row|Alley|Loop|Pike|Turnpike|Path|Run|Walk|Plaza|Heights|Gardens|Grove|Park|Mews)\.?`;
const NAME = String.raw`(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,4}`;
const UNIT = String.raw`(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|#|Flat|Lot)\.?\s*#?\s*[\w-]+)?`;
const CITY_STATE_ZIP = String.raw`(?:,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?(?:,?\s*\p{Lu}{2}\b)?(?:,?\s*\d{5}(?:-\d{4})?)?`;
const STREET_ADDRESS = new RegExp(String.raw`\b\d{1,6}[A-Za-z]?\s+${NAME}${SUFFIX}${UNIT}${CITY_STATE_ZIP}`, 'gu');
/** International shape: "Koskikatu 25", "Rua Augusta 112", "12 rue de la Paix". */
const EURO_ADDRESS = /\b(?:\p{Lu}[\p{L}'-]*(?:katu|gatan|gata|straße|strasse|str\.|weg|laan|plein|gade|vej|tie)|(?:Rua|Rue|Via|Calle|Avenida|Av\.|Avenue|Viale|Piazza|Plaza|Largo|Travessa|Carrer|Ulica|ul\.)\s+(?:[\p{L}'-]+\s+){0,4}?\p{Lu}[\p{L}'-]*)\s+\d{1,5}[A-Za-z]?(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*\d+)?|\b\d{1,5}\s+(?:rue|avenue|boulevard|place|chemin|allée)\s+(?:[\p{L}'-]+\s+){0,4}?\p{L}[\p{L}'-]*/giu;
const PO_BOX = /\bP\.?\s?O\.?\s+Box\s+\d+\b/gi;
/** House number, street name, number ("450 Præstevænget 15", "3482 Via Franscini 71"): many European formats. */
const NUMBERED_STREET = /\b\d{1,6}[ \t]+(?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}\p{Lu}[\p{L}'’.-]{2,}[ \t]+\d{1,5}[A-Za-z]?\b\.?/gu;
/** "Apt. 297", "Suite 838", "Flat 4B" on their own line or after a street. */
const UNIT_ONLY = /\b(?:Apt|Apartment|Suite|Ste|Unit|Flat)\.?\s*#?\s*\d{1,5}[A-Z]?\b/g;
/** After "address:": whatever holds a number up to the line or sentence end. */
const AFTER_LABEL = /\baddress(?:\s+is)?\s*[:\-]?\s+([^\n.;]*\d[^\n.;]*)/gi;
const ROUTE = /\b(?:Route|Rte|Highway|Hwy|Interstate|I-|US-|SR-|County Road|CR)\s?-?\d{1,4}\b/g;
const NAMED_STREET = new RegExp(String.raw`\b(?:on|off|at|near|down|by|of|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}${SUFFIX})(?![\p{L}])`, 'gu');

function scanAll(ctx: DetectContext, re: RegExp, strength: number, fact: string, group = 0): Candidate[] {
  const out: Candidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const value = (m[group] ?? m[0]).replace(/[\s,]+$/, '');
    const start = m.index + m[0].indexOf(value);
    const end = start + value.length;
    const sentence = sentenceOf(ctx.sentences, start);
    out.push({ start, end, facts: [fact], strength, fix: { start, end, text: '[address]' }, sentence });
  }
  return out;
}

export const streetAddress = (ctx: DetectContext): Candidate[] => {
  const full = [...scanAll(ctx, STREET_ADDRESS, 1, 'street address'), ...scanAll(ctx, EURO_ADDRESS, 1, 'street address'), ...scanAll(ctx, PO_BOX, 1, 'post-office box')];
  const contained = (c: Candidate) => full.some((f) => f.start <= c.start && f.end >= c.end);
  for (const extra of [...scanAll(ctx, NUMBERED_STREET, -0.5, 'numbered street'), ...scanAll(ctx, UNIT_ONLY, -0.5, 'apartment or suite number'), ...scanAll(ctx, AFTER_LABEL, 1, 'labelled address', 1)]) {
    if (!contained(extra)) full.push(extra);
  }
  const named = scanAll(ctx, NAMED_STREET, -1, 'street name', 1).filter((c) => !full.some((f) => f.start <= c.start && f.end >= c.end));
  const routes = scanAll(ctx, ROUTE, -1.5, 'road number').filter((c) => !full.some((f) => f.start <= c.start && f.end >= c.end));
  for (const c of [...named, ...routes]) {
    // "near Maple Street" → drop the phrase; a nearby street is still a location.
    const removal = phraseRemoval(ctx.text, c.sentence, c.start, c.end, /\s*\b(on|off|at|near|down|by|of|from)\s+(?:the\s+)?$/i);
    if (removal) c.fix = removal;
  }
  return [...full, ...named, ...routes];
};

/** "from Millbrook", "in Kent County", "outside Port Clarke, OR". */
const PLACE_AFTER = /\b(from|in|near|outside|of|at|to|around|across|past|beyond|towards?|via|through)\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|le|on|upon|sur|am))*(?:\s+(?:County|Parish|Township|Borough|Village|Heights|Falls|Springs|Creek))?)/gu;
// A unit in a hashtag ("#4SouthCardiac") is the platform pack's business.
const UNIT_NAME = /(?<![\w#@/.:-])(?:\d{1,2}\s?(?:North|South|East|West)(?:\s+(?:ICU|CCU|PCU|Stepdown|Step-down|Oncology|Cardiac|Surgical|Medical|Ortho|Neuro|Rehab|Peds|Pediatrics|Tele|Telemetry))?)(?![\w-])/g;
const COUNTY = /\b(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:County|Parish|Township|Borough))\b/gu;
const NOT_PLACES = /^(the|a|my|our|his|her|their|this|that|bed|room|icu|er|or|ed|pacu|nicu|picu|labor|l&d|triage|mr|mrs|ms|dr|march|may|june|july|august|april|january|february|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|god|i|covid|english|spanish)$/i;

/** "the only patient in Vermont", "first case in Ireland": words that make a big region narrow. */
const UNIQUE = /\b(?:the only|the first|the sole|only (?:known|one|case|patient|person|child|kid|baby)|one of (?:only |just )?(?:two|three|four|five|a few|a handful)|first (?:known )?case|rarest)\b/i;
const WHOLE_PLACE_BEFORE = /\b(?:half|all|most|much|the rest|the whole|the people|the kids|the babies|the town|the city|everyone|everybody|every (?:baby|kid|child|family|nurse|person|household)|all the (?:babies|kids|families|people))\s+(?:of|in|from|across)\s+(?:the\s+)?$/i;
const OWN_PLACE_BEFORE = /(?:\blife|\bliving|\bgreetings|\bhello|\bhi|\bhey|\bg['’]day|\bhowdy|\bborn and raised|\bbased|\bproud to (?:work|live|serve)|\bI live|\bwe live|\bI['’]m based|\bhere)\s+(?:in|from)\s+(?:sunny\s+|beautiful\s+|rainy\s+|snowy\s+)?$/i;
/** "Midwives" → midwife, "Clinics" → clinic: a capitalised plural of an everyday word is no town. */
const singulars = (w: string): string[] =>
  /s$/.test(w) ? [w.slice(0, -1), w.replace(/es$/, ''), w.replace(/ies$/, 'y'), w.replace(/ves$/, 'f'), w.replace(/ves$/, 'fe')] : [];
/** A sentence that opens with the writer going somewhere ("Went to…", "We flew into…", "Just got back from…"). */
const OWN_TRAVEL = /^[\s"'“(*_-]*(?:(?:I|we|me and (?:my\s+)?\w+|my (?:husband|wife|partner|family|kids|boyfriend|girlfriend) and I)\s+)?(?:just\s+|finally\s+|recently\s+|also\s+)?(?:went|drove|flew|moved|relocated|travel+ed|headed|got back|came back|am back|back|visited|spent|booked|took (?:a|the|my) (?:trip|train|flight|ferry)|road-?tripped|vacationed|holidayed|stayed|landed|arrived|made it)\b/i;
export const location = (ctx: DetectContext): Candidate[] => {
  const out: Candidate[] = [];
  const push = (start: number, end: number, fact: string, strength: number) => {
    const sentence = sentenceOf(ctx.sentences, start);
    const removal = phraseRemoval(ctx.text, sentence, start, end, /\s*\b(from|in|near|outside|of|at|to|around|across|past|beyond|towards?|via|through)\s+$/i);
    const facts = [fact];
    if (WHOLE_PLACE_BEFORE.test(ctx.text.slice(Math.max(sentence.start, start - 30), start))) {
      // "delivered half of Flint", "everyone in Tulsa knows her": a whole town, nobody in particular.
      facts.push('a whole town');
      strength -= 2;
    } else if (longAgo(ctx.text, sentence)) {
      // "the first heart transplant, Cape Town, 1967": history.
      facts.push('a sentence about long ago');
      strength -= 2;
    } else if (ownKinLeads(ctx.text, sentence, start)) {
      // "Mom was a NICU nurse for 30 years at Children's in Denver": the writer's family.
      facts.push('your own family');
      strength -= 2;
    } else if (OWN_PLACE_BEFORE.test(ctx.text.slice(Math.max(sentence.start, start - 40), start))) {
      // "EMS life in Lubbock", "G'day from Perth", "born and raised in Akron": the writer's own place.
      facts.push('your own town');
      strength -= 1.5;
    } else if (OWN_TRAVEL.test(ctx.text.slice(sentence.start, start)) && !/\b(?:patient|pt|call|job|run|transport|transfer|pick ?up|scene)s?\b/i.test(ctx.text.slice(sentence.start, start))) {
      // "Went to the Mayo Clinic in Rochester for my own surgery", "Just got back from Kerala".
      facts.push('your own travel');
      strength -= 1.5;
    }
    out.push({ start, end, facts, strength, fix: removal ? { ...removal, text: '' } : { start, end, text: 'a nearby town' }, sentence });
  };
  COUNTY.lastIndex = 0;
  for (let m = COUNTY.exec(ctx.text); m; m = COUNTY.exec(ctx.text)) push(m.index, m.index + m[1].length, `county "${m[1]}"`, 1);
  // "on 5 North", "the 3 West crew": the unit a patient stays on narrows them down to a few beds.
  UNIT_NAME.lastIndex = 0;
  for (let m = UNIT_NAME.exec(ctx.text); m; m = UNIT_NAME.exec(ctx.text)) {
    const start = m.index;
    const end = start + m[0].length;
    push(start, end, `unit "${m[0]}"`, -1);
  }
  PLACE_AFTER.lastIndex = 0;
  for (let m = PLACE_AFTER.exec(ctx.text); m; m = PLACE_AFTER.exec(ctx.text)) {
    // A sentence ends at a word's period ("a call in Fenwick. Name's Harold"); "St." and "Mt." go on.
    const cut = /^(?:(?:St|Mt|Ft|Pt)\.\s+)?[^.]*?\p{Ll}\.(?=\s)/u.exec(m[2]);
    let name = (cut ? cut[0] : m[2]).replace(/[.,]+$/, '');
    const first = name.split(/\s+/)[0];
    if (NOT_PLACES.test(first)) continue;
    if (out.some((o) => o.start <= m!.index + m![0].indexOf(name) && o.end > m!.index + m![0].indexOf(name))) continue;
    const start = m.index + m[0].length - m[2].length;
    // Take ", ST" or ", Statename" after the town into the span.
    const tail = /^,\s*(?:\p{Lu}{2}\b|\p{Lu}[\p{L}]+)/u.exec(ctx.text.slice(start + name.length));
    const withState = tail && /^,\s*[A-Z]{2}\b/.test(tail[0]);
    if (withState) name += tail![0];
    // "my pharmacy in Ohio", "served in Korea": a state or a country is not a small place; it
    // counts only where the story makes it unique ("the only patient in Vermont with FOP").
    if (BIG_REGIONS.has(name.replace(/^the\s+/i, ''))) {
      const sentence = sentenceOf(ctx.sentences, start);
      if (UNIQUE.test(ctx.text.slice(sentence.start, sentence.end))) push(start, start + name.length, `state or country "${name}" with "the only"`, -1);
      continue;
    }
    const city = isCity(name.split(',')[0]);
    const words = name.split(/\s+/);
    // "St. Brendan's", "St. Vincent Memorial", "Mercy General": an institution, not a town.
    if (/^(St\.?|Saint)\s/.test(name) && /['’]s$/.test(name)) continue;
    if (/^(Memorial|General|Regional|Hospital|Medical|Clinic|Health|Healthcare|Infirmary|Center|Centre|University|College|School|Academy|Church|Hospice|Institute|Pharmacy)$/.test(words[words.length - 1])) continue;
    // An unknown capitalised word after "in"/"from" may be a small town the list lacks.
    const unknownWord = !city && !withState && m[1] !== 'at' && words.length <= 2 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w) && !singulars(w).some(isCommonWord)) && !nameKind(words[0]);
    // "Port Ellery", "Harlow Creek", "Fort Keogh": a place word makes any name a place.
    const placeWord = words.length >= 2 && (/^(Port|Fort|Mount|Mt\.?|Lake|Glen|San|Santa|Saint|St\.?|New|North|South|East|West|Upper|Lower|Little|Great|Old)$/.test(words[0]) || /^(Creek|Falls|Springs|Heights|Hills|Valley|Bay|Harbor|Harbour|Beach|Ridge|Crossing|Junction|Landing|Mills|Point|Grove|Park|Green|Village|Township|County|Parish|Borough|Town|City)$/.test(words[words.length - 1]));
    if (!city && !withState && !unknownWord && !placeWord) continue;
    // "Thanks to Marcus", "talked to Jackson": a given name after "to" or "at" is a person.
    if (words.length === 1 && !withState && /^(to|at|towards?)$/.test(m[1]) && nameKind(first) === 'name') continue;
    // "learned more from Anita": a teacher, not a town.
    if (words.length === 1 && m[1] === 'from' && nameKind(first) === 'name' && /\blearn(?:ed|t)\b[^.!?\n]{0,30}$/i.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const common = isCommonWord(first) && words.length === 1;
    push(start, start + name.length, withState ? `town "${name}"` : city || placeWord ? `place name "${name}"` : `capitalised place "${name}"`, common ? -2 : withState ? 0.5 : city || placeWord ? -0.5 : -1);
  }
  return out;
};

/** A business or school by its name's last word: "Halvorsen Hardware", "the Harlow Road Co-op". */
const ORG_NAME = /\b(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}(?:Hardware|Co-op|Coop|Academy|Middle|High|Elementary|Primary|Secondary|School|College|University|Plumbing|Electric|Electrical|Construction|Roofing|Bakery|Diner|Cafe|Café|Restaurant|Pizzeria|Motors|Garage|Farm|Farms|Mill|Plant|Factory|Depot|Market|Supermarket|Store|Shop|Salon|Barbers|Gym|Bank|Library|Inc|LLC|Ltd|Company|Corp|Foods|Logistics|Transport|Trucking|Auto|Dairy|Quarry|Mine|Shipyard|Warehouse|Mart|Cinema|Theatre|Theater|Hotel|Motel|Daycare|Nursery|Kindergarten)\b\.?/gu;
const EMPLOYER = /\b(?:(?:works?|worked|working|employed|job|teaches|taught|teacher|nurse|janitor|cashier|manager|mechanic|driver|clerk|cook|coach|principal|student|senior|junior|sophomore|freshman|goes|went|attends|attended|enrolled)\s+(?:as\s+an?\s+\w+\s+)?|(?:student|senior|junior|sophomore|freshman|teacher|pupil|kid|girl|boy|teen|teenager)\s+(?=from\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s?){1,4}(?:High|Elementary|Middle|School|Academy|University|College|Prep)\b)|(?:works?|worked|working|teaches|taught|plays|played|drives|drove|cooks|cleans|volunteers|coaches|studies|team|class|tills|stocks|runs|owns|manages|serves|bartends|boss|bosses|supervisor|foreman|coworkers|co-workers|register)\s+(?:[\p{Ll}\d-]+\s+){0,3}?)(?:at|for|to|in|from)\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s?){1,5}(?:High|Elementary|Middle|School|Academy|University|College|Prep|Mill|Plant|Factory|Depot|Mart|Market|Inc\.?|Co\.?|Company|Corp\.?|Bank|Diner|Cafe|Café|Restaurant|Farm|Farms|Motors|Store|Shop|Hardware|Pharmacy|Garage|Bakery|Station)?)(?=[\s,.!?;:)]|$)/gu;
const OWN_EMPLOYER_CUES = /^(?:the\s+)?(?:hospital|clinic|unit|er|icu)$/i;
export const employer = (ctx: DetectContext): Candidate[] => {
  const out: Candidate[] = [];
  EMPLOYER.lastIndex = 0;
  for (let m = EMPLOYER.exec(ctx.text); m; m = EMPLOYER.exec(ctx.text)) {
    const name = m[1].trim().replace(/[.,]+$/, '');
    if (!/\p{Lu}/u.test(name) || OWN_EMPLOYER_CUES.test(name) || NOT_PLACES.test(name.replace(/^the\s+/i, '').split(/\s+/)[0])) continue;
    const start = m.index + m[0].lastIndexOf(m[1]);
    // "a retired teacher from Hartwell": after "from" only a named school or workplace counts (a
    // bare name is a town, which the location rule judges).
    if (/\bfrom\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, start - 10), start)) && !/(?:High|Elementary|Middle|School|Academy|University|College|Prep|Mill|Plant|Factory|Depot|Mart|Market|Inc|Co|Company|Corp|Bank|Diner|Cafe|Café|Restaurant|Farms?|Motors|Store|Shop|Hardware|Pharmacy|Garage|Bakery|Station)\.?$/.test(name)) continue;
    const end = start + name.length;
    const sentence = sentenceOf(ctx.sentences, start);
    const institution = /(High|Elementary|Middle|School|Academy|University|College|Prep)$/.test(name);
    out.push({ start, end, facts: [institution ? `school "${name}"` : `workplace "${name}"`], strength: 0, fix: { start, end, text: institution ? 'a local school' : 'a local employer' }, sentence });
  }
  ORG_NAME.lastIndex = 0;
  for (let m = ORG_NAME.exec(ctx.text); m; m = ORG_NAME.exec(ctx.text)) {
    const start = m.index + (/^the\s+/i.exec(m[0])?.[0].length ?? 0);
    const end = m.index + m[0].replace(/\.$/, '').length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const name = ctx.text.slice(start, end);
    if (NOT_PLACES.test(name.split(/\s+/)[0])) continue;
    const institution = /(Academy|Middle|High|Elementary|Primary|Secondary|School|College|University|Daycare|Nursery|Kindergarten)$/.test(name);
    out.push({ start, end, facts: [institution ? `school "${name}"` : `business "${name}"`], strength: -0.5, fix: { start, end, text: institution ? 'a local school' : 'a local business' }, sentence: sentenceOf(ctx.sentences, start) });
  }
  return out;
};
