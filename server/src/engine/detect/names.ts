/**
 * Person names: honorific + name ("Mrs. Osei", "Mr. K"), affectionate titles ("baby Noah"), runs
 * of capitalised words that read as a name ("Jamal Brown", "Faina D. Yefremova"), single known
 * names, single unknown words used as a person ("told Priya"), lists of names, speaker labels,
 * initials, nicknames ("a boy called Dami") and lower-case names in chatty posts ("eva kleist").
 *
 * Each candidate carries two numbers: `shape`, how much the text looks like a name at all (what
 * --strict uses), and `strength`, what the words around it say about whose name it is (a
 * professional title or "my son" lowers it). Word lists come from cspell's people-names dictionary
 * and subtlex word frequencies (detect/words.ts).
 */
import type { Candidate, DetectContext } from './types';
import { atSentenceStart, longAgo, nounFix, sentenceOf } from './grammar';
import { isCommonWord, isVeryCommonWord, nameKind, wordList } from './words';
import { BIG_REGIONS, isCity } from './places-data';

const medicalTerms = wordList('medical-terms');
/** "Kratom is completely safe": a drug or a disease at a sentence start, not a person. */
const isMedicalTerm = (word: string) => medicalTerms().has(word.replace(/['’]s$/, '').toLowerCase());

const LAY_HONORIFICS = /^(mr|mrs|ms|miss|mx|mister|madam|mstr|master)\.?$/i;
const PRO_HONORIFICS = /^(dr|doctor|prof|professor|nurse|sister|rev|fr|father|pastor|rabbi|imam|captain|capt|officer|sgt|coach|judge|senator|rep|gov|president|sir|dame|lord|lady)\.?$/i;
const AFFECTIONATE = /^(baby|little|lil|grandpa|grandma|granny|gramps|nana|nanna|papa|pops|aunt|auntie|aunty|uncle|mama|big|old|sweet|brother|sister|abuela|abuelo|tia|tio|bubbe|zayde|ouma|oupa)$/i;
/** Capitalised words that are never a person's name here. */
const NOT_NAMES = new Set([
  'I', 'Pt', 'Pts', 'God', 'Jesus', 'Christ', 'Allah', 'Lord', 'Santa', 'Mom', 'Dad', 'Mum', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
  'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'Christmas', 'Easter', 'Covid', 'COVID', 'Tylenol', 'Advil', 'Narcan', 'Epi', 'Code',
  'OK', 'Ok', 'Okay', 'Lol', 'Omg', 'Thanks', 'Thank', 'Happy', 'Shoutout', 'Shout', 'Congrats', 'Congratulations',
  'Hospital', 'Medical', 'Center', 'Centre', 'Clinic', 'University', 'College', 'School', 'Health', 'Foundation', 'Street',
  'Avenue', 'Road', 'Nurse', 'Nurses', 'Doctor', 'Doctors', 'Patient', 'Patients', 'Room', 'Bed', 'Unit', 'Ward',
  'Movember', 'Stoptober', 'Pinktober', 'Decembeard', 'Nightingale', 'Google', 'Twitter', 'Instagram', 'Facebook', 'LinkedIn', 'TikTok', 'Reddit', 'YouTube', 'Zoom',
  'Phone', 'E-mail', 'Email', 'Website', 'Address', 'Name', 'Website', 'Mobile', 'Fax', 'Tel', 'Re', 'Fwd', 'Subject',
  // Frequent words that subtitles (our frequency source) mostly show capitalised, at a sentence start.
  'What', 'No', 'Oh', 'Come', 'How', 'Well', 'Yeah', 'Let', 'Why', 'Yes', 'Where', 'Hey', 'Maybe', 'Hello', 'Hi', 'Listen',
  'Excuse', 'Nobody', 'Shut', 'Um', 'Ah', 'Bye', 'Hurry', 'Wow', 'Whoa', 'Perhaps', 'Goodbye', 'Hmm', 'Ooh', 'Besides',
  'Alright', 'Holy', 'Ow', 'Shh', 'Aah', 'Yep', 'Apparently', 'Plus', 'Gee', 'However', 'Aye', 'Yo', 'Nope', 'Yay', 'Ugh',
]);
/** Health systems, chains and brands that read like surnames ("nurses at Kaiser Oakland"). */
const BRANDS = /^(Kaiser|Mayo|Geisinger|Sutter|Ochsner|Intermountain|Cedars|Baylor|Emory|Vanderbilt|Beaumont|Allina|Sentara|Novant|Atrium|Ascension|Providence|Northwell|Langone|Sinai|Hopkins|Kettering|Brigham|Walgreens|Costco|Kroger|Publix|Safeway|Starbucks|Netflix|Cerner|Pyxis|Omnicell|Littmann|Stryker|Medtronic|Pfizer|Moderna|Novavax|AstraZeneca|Chipotle|Wendy['’]s|McDonald['’]s|Dunkin['’]?|Trader|Kaplan|UWorld|Saunders|Lippincott|Figs|Hoka|Crocs|Dansko)$/;
const ORG_HEAD = /^(st|saint|san|santa|fort|mount|mt|lake|port|new|north|south|east|west|university|college|code|camp|club|team|hotel|cafe|café|chez)\.?$/i;
const ORG_WORD = /^(memorial|general|regional|medical|hospital|health|healthcare|clinic|infirmary|children's|university|college|county|community|centre|center|institute|hospice|pharmacy|labs?|trust|nhs|foundation|associates|group|partners|surgery|practice|dental|vet|veterinary|emergency|urgent|care|valley|heights|falls|springs|creek|river|lake|park|village|street|road|avenue|lane|drive|st|ave|rd|blvd|ln|dr|ct|way|pl|hwy|inc|llc|ltd|corp|corporation|company|co|bank|church|school|academy|high|elementary|library|hotel|airport|station|mall|market|weekly|daily|times|news|post|journal|magazine|records|music|productions|studios|media|press|tech|systems|solutions|software|airlines|motors)$/i;
/** "my son Noah", "our hygienist Aaliyah Brooks": the author's family or a colleague, named. */
const OWN_PEOPLE = /\b(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}(son|daughter|kid|kids|child|children|toddler|baby|boy|girl|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|mom|mum|mother|dad|father|sister|brother|grandma|grandpa|grandmother|grandfather|nan|nana|granny|lola|lolo|abuela|abuelo|nonna|nonno|oma|opa|bubbe|zayde|yiayia|babcia|aunt|auntie|uncle|cousin|niece|nephew|friend|bestie|dog|cat|puppy|kitten|colleague|coworker|co-worker|preceptor|mentor|manager|charge nurse|nurse|doctor|physician|surgeon|attending|resident|intern|fellow|student|preceptee|orientee|hygienist|dentist|pharmacist|tech|technician|therapist|educator|instructor|professor|teacher|chaplain|secretary|clerk|aide|cna|medic|paramedic|emt|midwife|doula|np|pa|rn|crna|anesthetist|dietitian|scribe|director|ceo|cno|boss|team|teammate|unit manager|supervisor|tutor|classmate|roommate|neighbou?r|volunteer|donor|sponsor|trustee|governor|benefactor)s?\s*,?\s*$/iu;
/** Words around a single word that make it a person: "told Priya", "Kenji said", "my name is Siiri". */
const PERSON_BEFORE = /\b(told|tell|asked|ask|thank|thanked|hugged|visited|saw|met|with|called|named|dear|hi|hey|hello|bye|love you|proud of you|reading this|prayers for|pray for|praying for|miss you|remember|meet|introducing|discharged|admitted|transferred|intubated|sedated|triaged|assessed|bathed|fed|walked|helped|cared for|nursed|treated|sat with|prayed with|name is|name's|i am|i'm|this is|it's|contact|ask for|speak to|talk to|follow up with|according to|by|from|for|(?:patient|patients|pt|client|resident|man|woman|lady|gentleman|gent|boy|girl|kid|baby|son|daughter|husband|wife|mother|father|mum|mom|dad|grandson|granddaughter|friend|neighbou?r|warrior|fighter|champ|trooper|regular|bloke|chap|fella|kiddo|preemie|newborn|toddler|teen|sweetheart),?)\s+$/i;
const PERSON_AFTER = /^(['’]s\b|,\s*\d{1,3}\s*,|\s*\(\s*\d{1,3}\s*(?:y\/?o|yo|yrs?|m|f|mo|months?)?\s*[,)]|\s+(said|says|asked|asks|told|tells|was|is|has|had|came|comes|went|goes|walked|passed|died|cried|laughed|smiled|refused|wanted|wants|needs|needed|looked|kept|keeps|finally|just|still|called|rang|pressed|pulled|tried|coded|crashed|coughed|ate|slept|woke|remembered|grabbed|held|squeezed|sang|danced|hugged|thanked|made|taught|gave|showed|loves|loved|got|gets|listed|wrote|lives|lived|works|worked|so|spent|shouted|yelled|screamed|whispered|replied|answered|wrote|joined|left|arrived|moved|married|divorced|sent|texted|emailed|and\s+(?:his|her|their|i))\b|,\s+(can|could|would|will|please|thank|thanks|you|we|are|is|do|did|have|how|what|where|when|why|come|listen|look|stop|wait|if)\b)/i;
/**
 * A name set beside a noun that casts its bearer as someone cared for: "my patient Rosa", "our tiny
 * warrior Ezekiel", "sweet old gent on my floor tonight, Walter,", "a regular …, Dale, who",
 * "my patient (Rosa, 81, CHF)". Generic person nouns count only with a comma or bracket between
 * (an appositive) and no sentence break; the caring words count right before the name too.
 */
const CARED_NOUN = String.raw`(?:patient|pt|client|regular|frequent flyer|warrior|fighter|champ|trooper|kiddo|little one|preemie|newborn|gent|gentleman|bloke|chap|fella|lady|old (?:man|woman|boy|girl|dear|timer)|sweetheart|grandma|grandpa|granny|gramps|nana|resident|service user|admission|admit)`;
const CARED_BEFORE = new RegExp(String.raw`\b(?:my|our|the|a|an|this|that|one|sweet|lovely|little|tiny|old|new)\s+(?:[\p{L}'’-]+\s+){0,2}${CARED_NOUN}s?\s*(?:\(\s*|,\s*)?$|\b${CARED_NOUN}\b[^.!?\n]{0,40},\s*$`, 'iu');
/** "keep Sienna in your thoughts": someone people are asked to think of. */
const IN_THOUGHTS = /^\s+in\s+(?:your|our|my|their)\s+(?:thoughts|prayers|hearts?)\b/i;
/** "… in 11", "… in bed 4", "… in the corner room": where a patient lies. */
const PLACED_AFTER = /^['’]?s?\s+in\s+(?:(?:the\s+)?(?:room|rm|bed|bay|pod|cubicle|cube|side room|corner room|end room|end bed|window bed|isolation|iso room|resus|trauma bay)\b|\d{1,4}[A-Z]?\b(?!\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|am|pm|%|mg|ml)))/i;
/** Titles of medical dramas and books whose characters are not patients ("Grey's Anatomy"). */
const TITLES = /^(?:Grey['’]s Anatomy|Chicago (?:Med|Fire|Hope)|The Good Doctor|The Pitt|House,? M\.?D|Call the Midwife|Nurse Jackie|New Amsterdam|The Resident|Private Practice|St\.? Elsewhere|Doogie Howser|Holby City|Casualty|Dr\.? Quinn|Patch Adams|The Knick|Code Black|Scrubs|Royal Pains|Children['’]s Hospital)\b/;
/** A sentence that starts with an unknown word and a past-tense verb: "Alvir spent a year...". */
const PERSON_AFTER_PAST = /^\s+[a-z]+ed\b/;
/** Famous people of medicine and nursing history are not patients ("Florence Nightingale"). */
const FAMOUS_PEOPLE = /^(Florence Nightingale|Mary Seacole|Clara Barton|Ignaz Semmelweis|Edith Cavell|Dorothea Dix|Mary Breckinridge|Virginia Apgar|Virginia Henderson|Henrietta Lacks|Phineas Gage|Louis Pasteur|Joseph Lister|Jonas Salk|Edward Jenner|Marie Curie|Alexander Fleming|Elizabeth Blackwell|Mary Eliza Mahoney|Lillian Wald|Hildegard Peplau|Jean Watson|Patch Adams|Sigmund Freud|William Osler|Walt Whitman)\b/;
/** Well-known characters and public figures addressed with a lay title ("Mr. Rogers said…"). */
const FAMOUS_TITLED = /^(?:Mr\.?\s+(?:Rogers|Bean|Darcy|Miyagi|Spock|Potato Head|Bennet|Burns|Blobby|Men|Freeze|Clean|Motivator|Magoo|Incredible|Robot|Holland's Opus)|Mrs\.?\s+(?:Doubtfire|Brown|Robinson|Dalloway|Claus|Hudson|Maisel|Weasley|Bennet|Patmore|Hughes|Mills)|Ms\.?\s+(?:Frizzle|Marvel|Pac-Man|Rachel)|Miss\s+(?:Marple|Havisham|Piggy|Honey|Trunchbull|America|Universe|World))\b/;
const ANIMALS = String.raw`(?:dog|cat|puppy|pup|kitten|horse|pony|rabbit|bunny|parrot|bird|fish|hamster|guinea pig|llama|alpaca|goat|mascot|robot|skeleton|mannequin|manikin)`;
/** Breeds and kinds of animal that stand before a pet's name ("our Labrador Pepper"). */
const BREEDS = /^(?:Labrador|Lab|Retriever|Goldendoodle|Labradoodle|Cockapoo|Cavapoo|Poodle|Spaniel|Terrier|Collie|Beagle|Husky|Dachshund|Greyhound|Whippet|Pug|Corgi|Bulldog|Rottweiler|Chihuahua|Schnauzer|Shih|Tzu|Pomeranian|Maltese|Dalmatian|Tabby|Siamese|Persian|Maine|Ragdoll)$/;
/** "…as a therapy dog", "our ward cat": the sentence is about an animal. */
const ANIMAL_SENTENCE = /\b(?:therapy|service|assistance|guide|support|ward|unit|clinic|hospital|office|practice)\s+(?:dog|cat|pup|puppy|pony|horse|rabbit|bunny|llama|alpaca|animal|pet)s?\b|\bpet insurance\b|\bvet bills?\b|\b(?:at|to|from) the vet(?:['’]s)?\b|\bveterinar(?:y|ian)\b/i;
const PET_AFTER = new RegExp(String.raw`^,?\s+(?:the|our|my|a)\s+(?:[\p{L}\d'’-]+\s+){0,3}${ANIMALS}\b`, 'iu');
/** "performed by", "written by", "founded by": the agent of a piece of work. */
const PUBLIC_ROLE_BEFORE = /\b(?:artist|author|writer|poet|novelist|photographer|illustrator|singer|songwriter|musician|rapper|actor|actress|comedian|chef|athlete|journalist|reporter|filmmaker|director|influencer|youtuber|podcaster|activist|senator|congresswoman|congressman|mayor|governor|painter|sculptor|muralist|playwright|screenwriter|broadcaster|presenter|host)\s*,?\s*$/i;
const AGENT_BEFORE = /\b(?:performed|done|invented|discovered|described|developed|founded|pioneered|written|authored|co-authored|directed|produced|hosted|led|taught|given|presented|designed|created|coined|introduced|narrated|illustrated|edited|organi[sz]ed|moderated|delivered|run|played|voiced|sung|painted|photographed|published|built|made|started|championed|funded|sponsored)\s+by\s+$/i;
const LABEL_WORDS = /^(?:bay|bed|room|pod|station|medic|engine|truck|ladder|rescue|squad|unit|gate|dock|suite|hall|ward|theatre|theater|level|floor|wing|building|lot|bus|route|car|zone|court|lane|chapter|season|episode|week|day|year|class|cohort|block|module|step|phase|level|stage|grade)$/i;
const REFERENCE_AFTER = /^(?:['’]s?)?\s+(?:energy|vibes?|mode|style|fans?|fandom|quotes?|movies?|films?|songs?|albums?|concert|tour|podcast|novels?|documentary|memes?|era|impression|playlist|lyrics|tweets?|TED talk|masterclass|biopic)\b/;
/** "Siddhartha Mukherjee traces cancer…", "Gawande argues": an author at work. */
const AUTHOR_AFTER = /^\s+(?:writes|wrote|argues|argued|traces|traced|explores|explored|chronicles|chronicled|recounts|recounted|narrates|reminds us|points out|describes how|explains how|makes the case|lays out)\b/i;
/** A paragraph about the writer's pet: a one-word name in a sentence after it is the pet's. */
const PET_PARAGRAPH = /\bpet insurance\b|\bvet bills?\b|\b(?:at|to|from) the vet(?:['’]s)?\b|\bmy (?:dog|cat|puppy|kitten|pup)\b/i;
/** "told me I look like Taylor Swift", "channelling Florence Nightingale": a likeness, not a person present. */
const LOOKS_LIKE_BEFORE = /\b(?:looks?|looked|looking|sounds?|sounded|sounding)\s+(?:just\s+|exactly\s+)?like\s+(?:a\s+young\s+)?$|\breminds?\s+(?:me|everyone|us)\s+of\s+$|\bdressed\s+(?:up\s+)?as\s+$|\bchannel+ing\s+(?:my\s+inner\s+)?$|\bthe next\s+$/i;
const PERFORMED = /\b(?:sang|sings|singing|sing|hummed|humming|whistling|listening to|listened to|blasting|quoting|quoted)\s+$/i;
const PET_BEFORE = new RegExp(String.raw`\b${ANIMALS}\s*,?\s*$`, 'i');
const possessiveOf = (word: string) => /['’]s$/.test(word);
const STAFF_ROLES = String.raw`(?:nurse|nurses|rn|lpn|cna|hca|aide|tech|technician|doctor|doc|physician|surgeon|resident|intern|attending|hospitalist|registrar|consultant|pharmacist|therapist|physio|rt|medic|paramedic|emt|manager|educator|preceptor|preceptee|orientee|secretary|clerk|porter|chaplain|social worker|case manager|midwife|np|pa|crna|scribe|student|colleague|coworker|co-worker|housekeeper|phlebotomist|dietitian|dietician|transporter|sonographer|radiographer|dispatcher|partner)`;
const DEPARTMENTS = String.raw`(?:respiratory|pharmacy|transport|IT|radiology|the lab|lab|housekeeping|dietary|security|PT|OT|physio|physiotherapy|case management|social work|anesthesia|anaesthesia|ICU|ER|ED|NICU|PICU|L&D|OR|theatres?|admin|billing|registration|EVS|facilities|maintenance|chaplaincy|spiritual care|the IV team|IV team|rapid response|wound care|infection control|the blood bank|blood bank|nights|days|night shift|day shift)`;
/** People at work outside the hospital, named after their job: "the Uber driver, Ahmed,". */
const SERVICE_ROLES = String.raw`(?:driver|barista|cashier|bartender|waiter|waitress|server|mechanic|plumber|electrician|landlord|teacher|coach|officer|cop|firefighter|pilot|flight attendant|librarian|trainer|instructor|tutor|hairdresser|barber|stylist|tattoo artist|vet|veterinarian|pharmacist|dentist|therapist|counsel+or|lawyer|accountant|realtor|neighbou?r|mail carrier|postman|courier|delivery guy|guard|janitor|custodian|clerk)`;
const STAFF_BEFORE = new RegExp(String.raw`\b(?:the|a|an|my|our|this|that|one|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:${STAFF_ROLES}|${SERVICE_ROLES})\s*,\s*$`, 'iu');
const STAFF_AFTER = new RegExp(String.raw`^(?:,\s*(?:our|my|the|a|one of our)\s+(?:[\p{L}-]+\s+){0,2}${STAFF_ROLES}s?\b|\s+(?:from|in|on)\s+${DEPARTMENTS}\b(?!\s+(?:bed|room|bay)))`, 'iu');
const PLACE_BEFORE = /\b(at|in|to|near|of|on|into|across|toward|towards|via|visit|visiting|flew|moved)\s+(?:the\s+)?$/i;

const TOKEN = /\p{Lu}[\p{L}\p{M}'’-]*\.?|[\p{Ll}][\p{L}\p{M}'’-]*/gu;

type Kind = 'honorific' | 'pro-honorific' | 'affectionate' | 'initial' | 'name' | 'ambiguous' | 'unknown' | 'lower-name' | 'common' | 'lower';

interface Token {
  start: number;
  end: number;
  word: string;
  kind: Kind;
}

function classify(word: string): Kind {
  const bare = word.replace(/\.$/, '');
  if (/^(mr|mrs|ms|mx)$/.test(bare)) return 'honorific'; // "mrs k in bed 4" in an all-lower-case tweet
  if (/^\p{Ll}/u.test(word)) {
    if (AFFECTIONATE.test(word)) return 'affectionate';
    // A lower-case word that is a name and nothing else ("priya", "desrosiers").
    // Subtitles show some everyday words mostly capitalised ("How", "Mom", "Hello"): written in lower
    // case they are those words, not names.
    const stem = word.replace(/['’]s$/, '');
    const cap = stem[0].toUpperCase() + stem.slice(1);
    return stem.length > 2 && !isCommonWord(stem) && !NOT_NAMES.has(cap) && !isVeryCommonWord(stem) && nameKind(cap) === 'name' ? 'lower-name' : 'lower';
  }
  if (LAY_HONORIFICS.test(bare)) return 'honorific';
  if (AFFECTIONATE.test(bare)) return 'affectionate';
  if (PRO_HONORIFICS.test(bare)) return 'pro-honorific';
  if (/^\p{Lu}\.?$/u.test(word) || /^(\p{Lu}\.){2,3}$/u.test(word) || /^\p{Lu}['’]s$/u.test(word)) return word === 'I' ? 'common' : 'initial';
  const root = bare.replace(/['’](s|m|ll|re|ve|d)$/i, '').replace(/n['’]t$/i, '');
  if (root !== bare.replace(/['’]s$/, '') && isCommonWord(root)) return 'common'; // I'm, We'll, Don't
  if (NOT_NAMES.has(bare) || NOT_NAMES.has(root) || isVeryCommonWord(root)) return 'common';
  if (/^\p{Lu}{2,}$/u.test(root)) return 'common'; // acronyms: ICU, ER, MRN
  const kind = nameKind(root);
  if (kind) return kind;
  return isCommonWord(root) ? 'common' : 'unknown';
}

/** How much each kind of word makes a run of capitalised words read as a name. */
const WEIGHT: Partial<Record<Kind, number>> = { name: 1, unknown: 0.7, ambiguous: 0.4, initial: 0.5, 'lower-name': 0.7 };
const NAMEISH = new Set<Kind>(['name', 'ambiguous', 'unknown', 'initial']);

export const personName = (ctx: DetectContext): Candidate[] => {
  const { text, sentences } = ctx;
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let word = m[0];
    // A trailing period belongs to the word only for honorifics and initials.
    if (word.endsWith('.') && !/^(\p{Lu}|mrs?|ms|mx|dr|prof|st|fr|rev|sgt|mt|capt|(\p{Lu}\.)+\p{Lu})\.$/iu.test(word)) word = word.slice(0, -1);
    tokens.push({ start: m.index, end: m.index + word.length, word, kind: classify(word) });
  }
  const out: Candidate[] = [];
  const adjacent = (a: Token, b: Token) => b.start - a.end <= 1 && /^[ \t\u00a0]?$/.test(text.slice(a.end, b.start)) && !/['’]s$/.test(a.word);
  const before = (t: Token, n = 24) => text.slice(Math.max(0, t.start - n), t.start);
  const after = (t: Token, n = 16) => text.slice(t.end, t.end + n);
  // Facts about the whole block, read once rather than for every capitalised word in it.
  const petParagraph = PET_PARAGRAPH.test(text);
  // "resident" is a trainee doctor, or someone who lives in a care home.
  const careHome = /\b(?:care home|nursing home|aged care|assisted living|memory care|residents)\b/i.test(text);

  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    const titled = head.kind === 'honorific' || head.kind === 'pro-honorific' || head.kind === 'affectionate';
    const lowerRun = head.kind === 'lower-name';
    if (!titled && !NAMEISH.has(head.kind) && !lowerRun) continue;
    const nameStart = titled ? i + 1 : i;
    const lowerTitle = head.kind === 'honorific' && /^\p{Ll}/u.test(head.word);
    const titleTakes = (k: Token) => NAMEISH.has(k.kind) || (lowerTitle && (k.kind === 'lower-name' || (k.kind === 'lower' && (k.word.length === 1 || !isCommonWord(k.word)))));
    // "mr. t": a lower-case title keeps its period outside the token.
    const titleNext = (a: Token, b: Token) => adjacent(a, b) || (lowerTitle && /^\.[ \t]?$/.test(text.slice(a.end, b.start)));
    if (titled && (nameStart >= tokens.length || !titleNext(head, tokens[nameStart]) || !titleTakes(tokens[nameStart]))) continue;

    // Extend over name-like words: "Jamal Brown", "Amara Osei-Bonsu", "Faina D. Yefremova".
    const accepts = lowerRun ? (k: Kind) => k === 'lower-name' || k === 'lower' : (k: Kind) => NAMEISH.has(k);
    if (lowerTitle && !NAMEISH.has(tokens[nameStart].kind)) {
      // "mrs k", "mr jones": take just the one lower-case word after the title.
      const word = tokens[nameStart];
      const sentence = sentenceOf(sentences, head.start);
      const placed = PLACED_AFTER.test(text.slice(word.end, word.end + 30));
      out.push({ start: head.start, end: word.end, facts: placed ? [`honorific "${head.word}"`, 'placed in a room or bed'] : [`honorific "${head.word}"`], strength: placed ? 2.5 : 1.5, shape: 0.5, fix: nounFix(text, sentence, head.start, word.end, 'a patient'), sentence });
      i = nameStart;
      continue;
    }
    let j = nameStart;
    while (j + 1 < tokens.length && j - nameStart < 3 && adjacent(tokens[j], tokens[j + 1]) && accepts(tokens[j + 1].kind)) {
      if (lowerRun && tokens[j + 1].kind === 'lower' && (isCommonWord(tokens[j + 1].word) || j > nameStart)) break;
      j++;
    }
    const run = tokens.slice(nameStart, j + 1);
    const first = run[0];
    const last = run[run.length - 1];
    const sentence = sentenceOf(sentences, head.start);
    const prev = i > 0 ? tokens[i - 1] : undefined;
    const next = tokens[j + 1];
    const skipTo = j;
    const isOrg =
      (next && adjacent(last, next) && ORG_WORD.test(next.word.replace(/\.$/, ''))) ||
      ORG_HEAD.test(first.word) ||
      BRANDS.test(first.word) ||
      ORG_WORD.test(last.word.replace(/\.$/, '')) ||
      (!titled && prev && adjacent(prev, head) && (ORG_HEAD.test(prev.word) || (prev.kind === 'common' && /^\p{Lu}\p{Ll}{3,}$/u.test(prev.word) && !isVeryCommonWord(prev.word) && !atSentenceStart(text, sentenceOf(sentences, prev.start), prev.start))));
    if (isOrg) {
      // "St. Brendan", "Valley Memorial", "Entertainment Weekly": a place or an organisation.
      i = skipTo;
      continue;
    }

    // "'Atlas of Wound Care'", "*Lessons in Chemistry*": the first word of a quoted or italic title.
    if (!titled && /["“‘'*_]$/.test(before(first, 1)) && /^\s+(?:of|and|the|in|for|on|to|at|with|from|a|an)\s+\p{Lu}/u.test(text.slice(last.end, last.end + 20))) {
      i = skipTo;
      continue;
    }
    // "Bay 4 of the garage", "Medic 7", "Hall 3": a label with a number, not a person.
    if (!titled && run.length === 1 && LABEL_WORDS.test(first.word) && /^\s+#?\d/.test(after(last, 6))) {
      i = skipTo;
      continue;
    }
    // "Bob Ross energy", "a Taylor Swift song", "Brené Brown's book": a reference to a public
    // figure's work or style, not a person in the story.
    if (!titled && (REFERENCE_AFTER.test(text.slice(last.end, last.end + 24)) || LOOKS_LIKE_BEFORE.test(before(first, 30)))) {
      i = skipTo;
      continue;
    }
    // "the Eagles", "the Browns": a team or a band, not a person.
    // "he's the Pope", "met the Queen": a title held by one public person.
    if (!titled && run.length === 1 && /\bthe\s$/.test(text.slice(Math.max(0, first.start - 4), first.start)) && (/s$/.test(first.word) || /^(?:Pope|Queen|King|Prince|Princess|President|Governor|Mayor|Senator|Chancellor|Premier|Emperor|Dalai|Duke|Duchess|Rock|Boss|Donald)$/.test(first.word))) {
      i = skipTo;
      continue;
    }
    if (FAMOUS_PEOPLE.test(text.slice(first.start, first.start + 40)) || TITLES.test(text.slice(head.start, head.start + 40)) || (/\b[Tt]he\s$/.test(text.slice(Math.max(0, head.start - 4), head.start)) && TITLES.test(text.slice(head.start - 4, head.start + 40))) || (head.kind === 'honorific' && FAMOUS_TITLED.test(text.slice(head.start, head.start + 40)))) {
      i = skipTo + 1;
      continue;
    }
    const facts: string[] = [];
    let shape = run.reduce((sum, t) => sum + (WEIGHT[t.kind] ?? 0), 0) - 1;
    let strength = 0;
    const personContext = PERSON_BEFORE.test(before(first)) || PERSON_AFTER.test(after(last)) || /['’]s$/.test(last.word) || IN_THOUGHTS.test(after(last, 30));
    const sentenceInitial = atSentenceStart(text, sentence, first.start);
    if (titled) {
      if (head.kind === 'honorific') {
        facts.push(`honorific "${head.word}"`);
        strength += 1.5;
      } else if (head.kind === 'pro-honorific') {
        facts.push(`professional title "${head.word}"`);
        strength -= 2;
      } else {
        // "baby Noah" is a patient more often than not; "Grandpa Walt" is usually the writer's own.
        const family = /^(grandpa|grandma|granny|gramps|nana|nanna|papa|pops|aunt|auntie|aunty|uncle|mama|brother|sister|abuela|abuelo|tia|tio|bubbe|zayde|ouma|oupa)$/i.test(head.word);
        facts.push(`"${head.word}" before a name`);
        strength += family ? 0 : 1;
        // "Aunt Linda is 93", "Grandpa Joe's 90th": a capitalised kin title with no one else's
        // possessive before it is how people name their own family.
        if (family && /^\p{Lu}/u.test(head.word) && !/\b(?:his|her|their|the|a|an|your|patient['’]?s?|pt['’]?s?|our|my\s+(?:patient|pt|client))\s+$/i.test(before(head, 30)) && !PLACED_AFTER.test(text.slice(last.end, last.end + 30))) {
          facts.push('your own family');
          strength -= 1.5;
        }
      }
      shape = Math.max(shape, 0.5);
      if (run.every((t) => t.kind === 'initial')) facts.push('initial');
    } else if (lowerRun && ctx.kind === 'image-url') {
      // A file name ("okafor_sacrum_wk12.jpg") holds names only as words: they count when the
      // same name is a patient's elsewhere in the draft (lint.ts propagates).
      facts.push('name in a file name');
      strength -= 4;
      shape = -2;
    } else if (lowerRun) {
      // "in 20 min", "3 tom": after a number a lower-case word is a unit or a slip, not a name.
      // "the ambulance bay was…": a lower-case word inside a noun phrase is a noun.
      if ((run.length < 2 && !personContext) || /\d\s*$/.test(before(first, 3)) || (run.length < 2 && /\b(the|a|an|this|that|my|our|his|her|their)\s+[a-z]+\s+$/i.test(before(first, 30)))) {
        i = skipTo;
        continue;
      }
      facts.push('lower-case name');
      strength -= 1.5;
      shape = run.length >= 2 ? 0 : -0.5;
    } else if (run.length >= 2 && run.every((t) => t.kind === 'initial') && run.every((t, k) => k === 0 || t.start === run[k - 1].end)) {
      // "J.T.": dotted initials written together.
      facts.push('initials');
      shape = 0;
    } else if (run.length >= 2) {
      const known = run.filter((t) => t.kind === 'name').length;
      const initials = run.filter((t) => t.kind === 'initial').length;
      if (shape < 0.35 || initials === run.length) {
        i = skipTo;
        continue;
      }
      facts.push(known ? 'full name' : 'capitalised words that read as a name');
      strength += known ? 0.5 : -1;
      if (initials && !known && run.length === 2) shape -= 0.5;
    } else if (first.kind === 'name') {
      facts.push('given name');
    } else if (first.kind === 'ambiguous' && (nameListNeighbour(tokens, i, text) || (!sentenceInitial && (/['’]s$/.test(first.word) || personContext || IN_THOUGHTS.test(after(last, 30)))))) {
      // "Graves and Reed", "Hope's mum": a word that is also a name, used as one.
      facts.push('word that can be a name, used as one');
      strength -= 1;
      shape = -0.5;
    } else if (first.kind === 'initial') {
      if (!/^(\p{Lu}\.){2,3}$/u.test(first.word) && !/\b(patient|pt|resident|client)\s*$/i.test(before(first, 12))) {
        i = skipTo;
        continue;
      }
      if (/^(U\.S\.|U\.K\.|A\.M\.|P\.M\.|D\.C\.|E\.R\.|I\.V\.|O\.R\.|R\.N\.|M\.D\.|N\.B\.|P\.S\.)$/.test(first.word)) {
        i = skipTo;
        continue;
      }
      facts.push('initials');
      shape = 0;
    } else if (first.kind === 'unknown' && !PLACE_BEFORE.test(before(first, 12)) && !isMedicalTerm(first.word)) {
      // A single unknown capitalised word is a name only when used as one.
      // "Pharmacists:", "Nurses:" address a readership, not a speaker.
      const speaker = /(^|\n)\s*$/.test(before(first, 4)) && /^:/.test(after(first, 2)) && !(/s$/.test(first.word) && isCommonWord(first.word.replace(/e?s$/, '')));
      const listed = nameListNeighbour(tokens, i, text);
      const caredFor = CARED_BEFORE.test(before(first, 60));
      if (!(sentenceInitial ? speaker || listed || PERSON_AFTER.test(after(last)) || PERSON_AFTER_PAST.test(after(last)) : personContext || speaker || listed || caredFor)) {
        i = skipTo;
        continue;
      }
      facts.push(speaker ? 'speaker name' : listed ? 'in a list of names' : 'capitalised word used as a name');
      strength -= 1;
      shape = -0.5;
    } else {
      i = skipTo;
      continue;
    }
    if (!titled && (BREEDS.test(first.word) || (run.length <= 2 && (ANIMAL_SENTENCE.test(text.slice(sentence.start, sentence.end)) || (run.length === 1 && petParagraph && !/\b(?:patient|pt|client|resident)s?\b/i.test(text.slice(sentence.start, sentence.end)))) && !/\b(?:patient|pt|resident|client)s?\b[^.!?]{0,30}$/i.test(before(first, 40))))) {
      i = skipTo;
      continue;
    }
    // "Luna the therapy dog", "our unit cat Biscuit": an animal or a mascot; "sang Sinatra",
    // "listening to Taylor Swift": an artist, whatever the length of the name.
    if ((run.length === 1 && (PET_AFTER.test(after(last, 50)) || (!titled && PET_BEFORE.test(before(first, 20))))) || (!titled && run.length <= 3 && PERFORMED.test(before(first, 16)))) {
      i = skipTo;
      continue;
    }
    if (!titled && run.length <= 3 && BIG_REGIONS.has(text.slice(first.start, last.end).replace(/['’]s$/, '')) && (run.length > 1 || first.kind !== 'name' || /\b(?:from|in|to|across|around|of|visit|visiting|moved to|back to)\s+$/i.test(before(first, 14)))) {
      // "a lady from Texas", "Georgia's heat": a state or a country.
      i = skipTo;
      continue;
    }
    if (!titled && run.length === 1 && /\bfrom\s+$/.test(before(first, 8)) && first.kind !== 'name' && isCity(first.word)) {
      // "flew in from Lisbon": a town (the location rule judges it).
      i = skipTo;
      continue;
    }
    // A given name after "to" or "at" ("said Felix to Linda") stays a name: the location rule leaves it.
    const givenAfterTo = first.kind === 'name' && /\b(to|at|towards?)\s+$/i.test(before(first, 12));
    if (!titled && PLACE_BEFORE.test(before(first, 12)) && run.length === 1 && !givenAfterTo) {
      // "from Dunmore", "at Scutari": more likely a place; the location rule judges it.
      i = skipTo;
      continue;
    }
    if (!titled && personContext) {
      facts.push('used as a person');
      strength += 0.5;
    }
    if (/^['’]s\s+(daughter|son|wife|husband|family|kids|children|mom|mum|dad|mother|father|grandson|granddaughter|carer|caregiver|nurse|doctor|room|bed|chart|meds|labs|scan|x-ray|surgery|diagnosis|wound)\b/i.test(text.slice(last.end - 2, last.end + 16).replace(/^[^'’]*/, ''))) {
      // "Ms. Henderson's daughter", "Jamal's labs": a person with a family at the bedside or a chart.
      facts.push('with a relative or a chart');
      strength += 1;
    }
    const lead = text.slice(Math.max(0, head.start - 60), head.start);
    if (/\b(call(?:s|ed|ing)?|named)\s+me\s+$/i.test(lead)) {
      // "kept calling me Linda": what someone calls the writer, not a patient's name.
      facts.push('what someone calls you');
      strength -= 3;
    }
    const cared = !titled && CARED_BEFORE.test(lead) && !(careHome === false && /\bresidents?\s*[,(]?\s*$/i.test(lead));
    if (cared) {
      // "my patient Rosa", "our client (Dev": the role itself says whose name it is.
      const role = /\b(?:my|our|the|a|this|that)\s+(?:[\p{L}'’-]+\s+)?(?:patient|pt|client|service user)s?\s*[,(]?\s*$/iu.test(lead);
      facts.push(role ? 'named as your patient' : 'named as someone in your care');
      strength += role ? 2.5 : 1.5;
    }
    if (!titled && /^\s*\(\s*\d{1,2}\s*\)/.test(text.slice(last.end, last.end + 8)) && !OWN_PEOPLE.test(lead)) {
      // "Little Mateo (4)": a child introduced with an age, the way a case is told.
      facts.push('age in brackets');
      strength += 0.5;
    }
    if (PLACED_AFTER.test(text.slice(last.end, last.end + 30))) {
      // "mr. t in 11", "J.M. in the corner room": a person placed in a room or a bed.
      facts.push('placed in a room or bed');
      strength += 1;
    }
    if (OWN_PEOPLE.test(lead) && !(careHome && /\bresident\s*,?\s*$/i.test(lead))) {
      facts.push(`named as ${/\b(my|our)\b[^]*$/i.exec(lead)![0].trim().replace(/,$/, '')}`);
      strength -= 4;
    }
    if (!titled || head.kind === 'affectionate') {
      // "Maria, our night CNA,", "Jordan from respiratory": a colleague named with their role.
      const following = text.slice(last.end, last.end + 50);
      if (STAFF_AFTER.test(following)) {
        facts.push('a colleague by role');
        strength -= 3;
      } else if (/^\s+and\s+(?:I|me)\b/.test(following) && !/^\s+and\s+I\s+(?:talked|chatted|laughed|cried|prayed|sang|danced|played|watched)\b/.test(following)) {
        // "Ravi and I admitted six patients": someone working beside the writer.
        facts.push('working beside you');
        strength -= 1.5;
      }
      if (/\blearn(?:ed|t)\b[^.!?\n]{0,30}\bfrom\s+$/i.test(lead)) {
        facts.push('someone you learned from');
        strength -= 2;
      }
      if (PUBLIC_ROLE_BEFORE.test(lead)) {
        // "local artist Dana Ortiz", "poet Mary Oliver": someone known for their work.
        facts.push('named by a public role');
        strength -= 3;
      }
      if ((/\b(?:as|like)\s+$/i.test(lead) && /^\s+(?:said|says|put it|wrote|writes|once said|famously said|reminds us|taught)\b/i.test(text.slice(last.end, last.end + 20))) || /["”]\s*[–—-]+\s*$/.test(lead)) {
        // "As Maya Angelou said, …", "“…” – Donna Cardillo": a quotation's author.
        facts.push('a quoted author');
        strength -= 3;
      }
      if (AUTHOR_AFTER.test(text.slice(last.end, last.end + 30))) {
        facts.push('an author at work');
        strength -= 2.5;
      }
      if (STAFF_BEFORE.test(lead)) {
        // "The triage nurse, Tom, was so kind": a clinician named after their role.
        facts.push('named after a staff role');
        strength -= 3;
      }
      if (AGENT_BEFORE.test(lead)) {
        // "the first heart transplant was done by Christiaan Barnard", "a talk given by Ana Ruiz":
        // the one who did the work, not the one it was done to.
        facts.push('the one who did it');
        strength -= 2.5;
      }
      if (longAgo(text, sentence)) {
        facts.push('a sentence about long ago');
        strength -= 2;
      }
    }
    // "Crohn's disease", "Bell's palsy": an eponym, not a person.
    if (/^['’]?s?\s+(?:disease|syndrome|sign|palsy|law|triad|phenomenon|test|maneuver|manoeuvre|criteria|score|scale|fracture|ulcer|lymphoma|sarcoma|reflex|procedure|operation|classification|formula|position|method)\b/i.test(text.slice(last.end - (possessiveOf(last.word) ? 2 : 0), last.end + 20)) && run.length === 1) {
      i = skipTo;
      continue;
    }
    if (/^[^.!?\n]{0,40}\((?:19|20)\d\d[a-z]?\)|^\s*et al/.test(text.slice(last.end, last.end + 60))) {
      facts.push('cited author');
      strength -= 3;
    }

    const spanStart = head.kind === 'honorific' ? head.start : first.start;
    let end = last.end;
    const possessive = /['’]s$/.exec(text.slice(spanStart, end));
    if (possessive) end -= possessive[0].length;
    if (end <= spanStart) {
      i = skipTo;
      continue;
    }
    let fix: Candidate['fix'];
    if (head.kind === 'affectionate') fix = { start: head.end, end, text: '' }; // "baby Noah" → "baby"
    else if (head.kind === 'pro-honorific') fix = nounFix(text, sentence, head.start, end, roleFor(head.word)); // "Dr. Osei" → "a doctor"
    else fix = nounFix(text, sentence, spanStart, end, 'a patient');
    out.push({ start: spanStart, end, facts, strength, shape, fix, sentence });
    i = skipTo;
  }
  return widenShort(ctx, out.concat(nicknames(ctx), familyNames(ctx), hashtagNames(ctx)));
};

/**
 * "Ring that bell, Kaylee!!! Last chemo today": an exclamation or a greeting of a few words belongs
 * with the sentence after it; a name there is scored with that sentence's words.
 */
function widenShort(ctx: DetectContext, candidates: Candidate[]): Candidate[] {
  const { sentences } = ctx;
  for (const c of candidates) {
    const s = c.sentence;
    const words = ctx.text.slice(s.start, s.end).match(/[\p{L}\d'’]+/gu)?.length ?? 0;
    if (words > 5) continue;
    // The first sentence starting at or after this one's end (sentences are sorted): a binary
    // search, as a huge one-line block holds thousands of sentences and candidates.
    let lo = 0;
    for (let hi = sentences.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start < s.end) lo = mid + 1;
      else hi = mid;
    }
    const next = sentences[lo];
    if (next && /^\s*$/.test(ctx.text.slice(s.end, next.start))) c.sentence = { start: s.start, end: next.end };
  }
  return candidates;
}

/** "the Romero family", "the Okafors": a surname used for a household. */
const FAMILY = /\bthe\s+(\p{Lu}[\p{L}'’-]+)\s+(family|families|household|kids|twins|boys|girls)\b/gu;
function familyNames(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  FAMILY.lastIndex = 0;
  for (let m = FAMILY.exec(ctx.text); m; m = FAMILY.exec(ctx.text)) {
    if (isCommonWord(m[1]) || NOT_NAMES.has(m[1])) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    // "the Romero family" → "the family": drop the surname and its space.
    out.push({ start, end, facts: [`family name "${m[1]}"`], strength: 0.5, shape: 0, fix: { start, end: end + 1, text: '' }, sentence: sentenceOf(ctx.sentences, start) });
  }
  return out;
}

/**
 * Names inside hashtags and handles: "#PrayForMrRomero", "#BabyNoahStrong", "#TeamMarcus",
 * "@grandpa_joe_1931". A hashtag counts when a title or a support word ("Strong", "Team",
 * "PrayFor") stands next to a known name; a handle when it holds a known name.
 */
const HASHTAG = /(?<![\w#@])#([\p{L}\d_]{3,})/gu;
const HANDLE = /(?<![\w@.])@([A-Za-z0-9_.]{3,30})(?![\w@])/g;
const SUPPORT = /^(mr|mrs|ms|miss|baby|little|lil|team|pray|prayers|for|strong|fights?|fighter|warrior|army|journey|recovery|brave|love|bravery|nation|squad|crew|tough|get|well|soon|go|home)$/i;
function hashtagNames(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, fact: string, strength: number) =>
    out.push({ start, end, facts: [fact], strength, shape: 0, fix: { start: ctx.text[start - 1] === ' ' ? start - 1 : start, end, text: '' }, sentence: sentenceOf(ctx.sentences, start) });
  HASHTAG.lastIndex = 0;
  for (let m = HASHTAG.exec(ctx.text); m; m = HASHTAG.exec(ctx.text)) {
    const words = m[1].split(/(?<=\p{Ll})(?=\p{Lu})|_|(?<=\D)(?=\d)/u).filter(Boolean);
    // A known name, or a capitalised non-word next to a support word ("#JaydenStrong").
    const name = words.find((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !NOT_NAMES.has(w) && !SUPPORT.test(w) && (nameKind(w) === 'name' || !isCommonWord(w)));
    const titled = words.some((w) => /^(mr|mrs|ms|miss|baby|little|lil)$/i.test(w));
    if (!name || !(titled || words.some((w) => w !== name && SUPPORT.test(w)))) continue;
    // "#JaydenStrong", "#PrayForMaya": the words people rally behind a sick person with.
    const rally = words.some((w) => w !== name && /^(strong|fights?|fighter|warrior|army|pray|prayers|brave|bravery|tough)$/i.test(w));
    push(m.index, m.index + m[0].length, `name "${name}" in a hashtag`, titled || rally ? 1.5 : 0.5);
  }
  HANDLE.lastIndex = 0;
  for (let m = HANDLE.exec(ctx.text); m; m = HANDLE.exec(ctx.text)) {
    const parts = m[1].split(/[._\d]+/).filter((p) => p.length > 2);
    const name = parts.find((p) => nameKind(p[0].toUpperCase() + p.slice(1).toLowerCase()) === 'name');
    if (!name) continue;
    push(m.index, m.index + m[0].length, `handle "@${m[1]}" with a name`, 0);
  }
  return out;
}

/** What a titled name generalises to: "Dr. Osei" → "a doctor". */
function roleFor(title: string): string {
  const t = title.replace(/\.$/, '').toLowerCase();
  if (t === 'dr' || t === 'doctor') return 'a doctor';
  if (t === 'nurse' || t === 'sister') return 'a nurse';
  if (t === 'prof' || t === 'professor') return 'a professor';
  if (/^(rev|fr|father|pastor|rabbi|imam)$/.test(t)) return 'a chaplain';
  return 'a patient';
}

/** "Kónya, Becker and Vasquez": an unknown word next to known names in a list. */
function nameListNeighbour(tokens: Token[], i: number, text: string): boolean {
  const near = (k: number) => {
    const t = tokens[k];
    if (!t || !(t.kind === 'name' || t.kind === 'unknown' || t.kind === 'ambiguous')) return false;
    const between = k < i ? text.slice(t.end, tokens[i].start) : text.slice(tokens[i].end, t.start);
    return /^\s*(,|and|&|or)\s*(and\s+)?$/.test(between);
  };
  return near(i - 1) || near(i + 1) || (near(i - 2) && tokens[i - 1]?.word === 'and') || (near(i + 2) && tokens[i + 1]?.word === 'and');
}

const NICKNAME = /\b(?:call(?:s|ed)?\s+(?:him|her|them)|(?<!(?:cat|dog|puppy|kitten|horse|bird|parrot|fish|pet|boat|car|truck|ship|band|book|show|song|game|town|village|place|street|hospital|unit|ward|company|app|team|club|shop|store|cafe|bar|pub|restaurant|podcast|series|movie|film|group)\s+)(?:called|named|nicknamed?|known as|goes by))\s+["“‘']?((?:the\s+(?=\p{Lu}\p{Ll}))?(?:\p{Lu}[\p{L}'-]*\s?){1,3})["”’']?/gu;

const THING_IS_CALLED = /\b(?:cat|dog|puppy|kitten|horse|bird|parrot|fish|pet|boat|car|truck|ship|band|book|show|song|game|town|village|place|street|hospital|unit|ward|company|app|team|club|shop|store|cafe|bar|pub|restaurant|podcast|series|movie|film|group|chat|group ?chat|squad|league|rig|ambulance|robot|mannequin|manikin|plant|shift|rota|building|wing|room|lounge|program|programme|course|class|cohort|newsletter|channel|account|page|blog|brand|business|bakery|boutique)s?\s+(?:(?:is|was|are|were|will be|has been|had been|got|gets|is now|now|officially|just|getting)\s+){1,2}$/i;
function nicknames(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  NICKNAME.lastIndex = 0;
  for (let m = NICKNAME.exec(ctx.text); m; m = NICKNAME.exec(ctx.text)) {
    const value = m[1].trim().replace(/['’]+$/, '');
    const start = m.index + m[0].indexOf(value);
    const end = start + value.length;
    const sentence = sentenceOf(ctx.sentences, start);
    // "got called 'Miss Doctor Lady'", "I was called Nurse Sunshine": what people call the writer.
    const lead = ctx.text.slice(Math.max(sentence.start, m.index - 50), m.index);
    // "our escape room team is called The Night Shift", "the new unit will be named Cedar": a thing's name.
    if (THING_IS_CALLED.test(lead)) continue;
    const passive = /\b(?:got|get|gets|getting|was|were|been|being|am|i['’]m|be)\s+(?:\w+\s+)?$/i.test(lead) || /\b(?:got|get|gets|getting|was|were|been)\s+[^.!?,;]{0,30}\band\s+$/i.test(lead);
    if (passive && /^call/i.test(m[0])) {
      out.push({ start, end, facts: ['nickname', 'what someone calls you'], strength: -2, shape: 0, fix: { start, end, text: 'a nickname' }, sentence });
      continue;
    }
    out.push({ start, end, facts: ['nickname'], strength: 1, shape: 0, fix: { start, end, text: 'a nickname' }, sentence });
  }
  return out;
}
