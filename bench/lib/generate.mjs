// Deterministic drafts for the benchmark: invented health-care social posts and blog posts.
// Everything here is made up (names, rooms, hospitals); a seeded PRNG picks templates and fillers,
// so draft(words, seed) is the same text on every machine and every run.
//
// A draft is markdown: front matter, headings, paragraphs, lists, links, images, code blocks and
// quotes. Most sentences are clean professional prose; a few are patient stories with a name, a
// room, an age or a date, tuned so that scrubs reports about one finding per 200 words.

/** mulberry32: tiny, fast, good enough for picking words. */
export function prng(seed) {
  let a = (seed >>> 0) ^ 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Priya', 'Jamal', 'Ngozi', 'Eleanor', 'Mateo', 'Aiko', 'Tomasz', 'Fatima', 'Henrik', 'Lucia', 'Desmond', 'Rosalind',
  'Yusuf', 'Imogen', 'Kwame', 'Beatriz', 'Anders', 'Marisol', 'Declan', 'Leilani', 'Rajesh', 'Odette', 'Bongani', 'Svetlana',
  'Esteban', 'Harriet', 'Kenji', 'Amara', 'Florian', 'Ines', 'Tariq', 'Maeve', 'Dmitri', 'Consuelo', 'Femi', 'Greta'];
const SURNAME = ['Okafor', 'Osei', 'Brennan', 'Lindqvist', 'Tanaka', 'Haddad', 'Kowalski', 'Moreau', 'Nguyen', 'Delgado',
  'Fitzgerald', 'Abernathy', 'Ivanova', 'Mensah', 'Castillo', 'Petrov', 'Okonkwo', 'Hargreaves', 'Lindgren', 'Achterberg',
  'Balogun', 'Quintero', 'Whitfield', 'Nakamura', 'Szabo', 'Adeyemi', 'Marchetti', 'Boateng', 'Halvorsen', 'Ferreira'];
const HONORIFIC = ['Mrs.', 'Mr.', 'Ms.', 'Mr.', 'Mrs.'];
const RELATIVE = ['her daughter', 'his son', 'her husband', 'his wife', 'their grandson', 'her sister', 'his brother'];
const PATIENT_EVENT = ['went home', 'walked to the window', 'ate a full breakfast', 'was discharged', 'got extubated',
  'finally slept through the night', 'called his grandkids', 'was moved out of the ICU', 'asked for a second pudding cup'];
const CLINICAL = ['after his stroke', 'after six weeks on dialysis', 'after her hip replacement', 'after the sepsis scare',
  'after three days on the ventilator', 'after his bowel resection', 'after the pneumonia finally cleared'];
const ACTIVITY = ['gin rummy', 'a sea shanty', 'how to fold a paper crane', 'the rules of cricket', 'a Portuguese lullaby',
  'her secret soup recipe'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const TOPIC = ['sepsis bundles', 'falls prevention', 'pressure injury rounds', 'hand hygiene', 'delirium screening',
  'safe handoffs', 'early mobility', 'medication reconciliation', 'pain reassessment', 'discharge teaching',
  'central line care', 'night-shift sleep', 'moral injury', 'preceptor burnout', 'sharps safety', 'family presence',
  'antibiotic stewardship', 'rapid response calls', 'wound documentation', 'skin-to-skin care'];
const TEAM = ['our unit', 'the night team', 'our practice council', 'the education committee', 'our charge nurses',
  'the new grads', 'our respiratory therapists', 'the pharmacy team', 'our unit educators', 'the float pool'];
const VERB_PAST = ['rolled out', 'piloted', 'rewrote', 'audited', 'simplified', 'presented', 'revisited', 'measured',
  'celebrated', 'questioned', 'practised', 'shared'];
const ADJ = ['small', 'boring', 'practical', 'humble', 'overdue', 'surprising', 'careful', 'steady', 'honest', 'quiet'];
const OUTCOME = ['fewer missed doses', 'calmer handoffs', 'shorter call-light waits', 'better sleep for everyone',
  'fewer skin tears', 'more questions from families', 'faster escalation', 'less overtime', 'clearer charting'];
const ADVICE = ['write things down before you forget them', 'ask the question even if it feels silly',
  'drink water before your second coffee', 'find the person who knows where everything is',
  'learn the names of the housekeepers', 'never skip the second check', 'take your breaks, all of them',
  'read the policy once, then ask how it really works', 'keep a spare pair of socks in your locker'];
const PLACE = ['the regional critical-care conference', 'grand rounds', 'our monthly quality meeting',
  'the state nursing association meeting', 'a lunch and learn', 'the spring skills fair', 'a virtual teaching session'];
const FEELING = ['proud', 'tired but grateful', 'humbled', 'energised', 'a little overwhelmed', 'hopeful', 'curious'];
const THING = ['a checklist', 'a new bedside board', 'a two-minute huddle', 'a laminated card', 'a shared spreadsheet',
  'a quiet-hours sign', 'a better pump library', 'a new skin bundle', 'a huddle script', 'a hallway whiteboard'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'ten', 'twelve'];
const IMG = ['sunrise-over-the-parking-garage', 'our-new-huddle-board', 'conference-badge', 'coffee-at-0600',
  'poster-session', 'team-potluck', 'fresh-scrubs', 'night-shift-snacks'];
const LINK_ORG = ['WHO', 'CDC', 'NICE', 'AHRQ', 'IHI', 'ANA'];
const CODE = [
  ['text', 'Handoff checklist', '[ ] allergies', '[ ] code status', '[ ] lines and drains', '[ ] pending results'],
  ['yaml', 'shift: night', 'huddle: "19:15"', 'roles:', '  - charge', '  - resource'],
  ['text', 'SBAR', 'S: what is happening now', 'B: what led up to it', 'A: what I think it is', 'R: what I need from you'],
  ['json', '{ "bundle": "skin", "turns": 2, "reassess": "4h" }'],
];

/** Patient-story sentences: each carries one or two identifiers a reader could trace. */
const STORY = [
  (r) => `${pick(r, HONORIFIC)} ${pick(r, SURNAME)} in room ${int(r, 2, 48)} ${pick(r, PATIENT_EVENT)} today.`,
  (r) => `My patient ${pick(r, GIVEN)} ${pick(r, SURNAME)} ${pick(r, PATIENT_EVENT)} ${pick(r, CLINICAL)}.`,
  (r) => `Our ${int(r, 91, 103)}-year-old in bed ${int(r, 1, 30)} taught me ${pick(r, ACTIVITY)} tonight.`,
  (r) => `Sat with ${pick(r, GIVEN)} ${pick(r, SURNAME)} while ${pick(r, RELATIVE)} drove in; the patient was discharged at noon.`,
  (r) => `She was admitted on ${pick(r, MONTH)} ${int(r, 2, 28)} and coded twice that week.`,
];

/** Clean sentences: professional prose that names no patient (colleagues and events are fine). */
const CLEAN = [
  (r) => `This month ${pick(r, TEAM)} ${pick(r, VERB_PAST)} ${pick(r, THING)} for ${pick(r, TOPIC)}, and the result was ${pick(r, OUTCOME)}.`,
  (r) => `If you are new to nursing, ${pick(r, ADVICE)}.`,
  (r) => `Huge thanks to Dr. ${pick(r, GIVEN)} ${pick(r, SURNAME)} for the talk on ${pick(r, TOPIC)} at ${pick(r, PLACE)}.`,
  (r) => `I left ${pick(r, PLACE)} feeling ${pick(r, FEELING)} about ${pick(r, TOPIC)}.`,
  (r) => `It is a ${pick(r, ADJ)} change, but ${pick(r, THING)} made ${pick(r, TOPIC)} feel less like a chore.`,
  (r) => `We spent ${pick(r, NUMBER_WORDS)} weeks on ${pick(r, TOPIC)} and learned that ${pick(r, OUTCOME)} come from ${pick(r, ADJ)} habits.`,
  (r) => `My colleague ${pick(r, GIVEN)} ${pick(r, SURNAME)} ${pick(r, VERB_PAST)} our approach to ${pick(r, TOPIC)} and I could not be prouder.`,
  (r) => `The best advice I got as a student: ${pick(r, ADVICE)}.`,
  (r) => `Nobody writes papers about ${pick(r, THING)}, yet it did more for ${pick(r, TOPIC)} than any poster I have seen.`,
  (r) => `Ask ${pick(r, TEAM)} what ${pick(r, TOPIC)} looks like at three in the morning and you will hear ${pick(r, ADJ)} answers.`,
  (r) => `${cap(pick(r, TEAM))} ${pick(r, VERB_PAST)} ${pick(r, TOPIC)} with ${pick(r, THING)}; ${pick(r, OUTCOME)} followed within ${pick(r, NUMBER_WORDS)} weeks.`,
  (r) => `Families notice ${pick(r, ADJ)} things: a warm blanket, a name on the board, a nurse who sits down for ${pick(r, NUMBER_WORDS)} minutes.`,
];

/** Bedside narrative that names no one: the sentences around a patient story. */
const NARRATIVE = [
  (r) => `The monitors would not stop alarming and the night felt ${pick(r, NUMBER_WORDS)} shifts long.`,
  (r) => `I checked the drains twice, charted everything and still worried about ${pick(r, TOPIC)}.`,
  (r) => `By four in the morning the pain was finally under control.`,
  (r) => `We turned, reassessed and turned again, the way ${pick(r, TEAM)} taught us.`,
  (r) => `Some nights you do everything right and it still feels ${pick(r, ADJ)}.`,
  (r) => `The family brought ${pick(r, ['pastries', 'photos from home', 'a radio', 'a quilt', 'coffee for the whole team'])} and stayed until the end of visiting hours.`,
  (r) => `It reminded me why ${pick(r, TOPIC)} matters more than any metric on a dashboard.`,
];

const HEADING = [
  (r) => `What ${pick(r, TOPIC)} taught me`,
  (r) => `${cap(pick(r, ADJ))} wins on ${pick(r, TEAM)}`,
  (r) => `Notes from ${pick(r, PLACE)}`,
  (r) => `${cap(pick(r, NUMBER_WORDS))} things about ${pick(r, TOPIC)}`,
];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}
function int(r, lo, hi) {
  return lo + Math.floor(r() * (hi - lo + 1));
}
function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}
const countWords = (s) => (s.match(/\S+/g) || []).length;

/** Share of paragraphs that carry one patient-story sentence (tuned for ~1 finding per 200 words). */
export const STORY_RATE = 0.2;

function paragraph(r, story = false) {
  const out = [];
  if (story || r() < STORY_RATE) {
    // A bedside story: one identifying sentence among narrative ones.
    const n = int(r, 2, 4);
    for (let i = 0; i < n; i++) out.push(pick(r, NARRATIVE)(r));
    out.splice(int(r, 0, out.length), 0, pick(r, STORY)(r));
  } else {
    const n = int(r, 3, 6);
    for (let i = 0; i < n; i++) out.push(pick(r, CLEAN)(r));
  }
  // Occasional inline link, emphasis or code span, as real blog posts have.
  const x = r();
  if (x < 0.15) out.push(`More in [the ${pick(r, LINK_ORG)} guidance on ${pick(r, TOPIC)}](https://example.org/guidance/${int(r, 100, 999)}).`);
  else if (x < 0.25) out.push(`The short version: *${pick(r, ADVICE)}*.`);
  else if (x < 0.3) out.push(`We chart it as \`${pick(r, TOPIC).replace(/\s+/g, '_')}\` in the flowsheet.`);
  return out.join(' ');
}

function block(r) {
  const x = r();
  if (x < 0.62) return paragraph(r);
  if (x < 0.77) {
    const n = int(r, 3, 5);
    const ordered = r() < 0.4;
    const items = [];
    for (let i = 0; i < n; i++) {
      const item = r() < 0.5 ? cap(pick(r, ADVICE)) + '.' : `${cap(pick(r, THING))} for ${pick(r, TOPIC)}.`;
      items.push(`${ordered ? `${i + 1}.` : '-'} ${item}`);
    }
    return items.join('\n');
  }
  if (x < 0.85) {
    const q = [pick(r, CLEAN)(r), pick(r, CLEAN)(r)];
    if (r() < STORY_RATE / 2) q.push(pick(r, STORY)(r));
    return q.map((s) => `> ${s}`).join('\n');
  }
  if (x < 0.92) return `![${cap(pick(r, ADJ))} photo of ${pick(r, THING)} for ${pick(r, TOPIC)}](images/${pick(r, IMG)}-${int(r, 1, 99)}.jpg)`;
  const code = pick(r, CODE);
  return ['```' + code[0], ...code.slice(1), '```'].join('\n');
}

/**
 * A markdown draft of `words` words (whitespace-separated tokens, front matter included), fully
 * determined by (words, seed). The last paragraph is cut to make the count exact.
 */
export function draft(words, seed = 1) {
  const r = prng(seed * 7919 + words);
  const title = `What ${pick(r, TOPIC)} taught ${pick(r, TEAM)}`;
  const parts = [`---\ntitle: ${title}\nplatform: blog\ntags: [nursing, ${pick(r, TOPIC).replace(/\s+/g, '-')}]\n---`, `# ${title}`];
  // Every draft opens with a bedside story, so even the 300-word one has something to find.
  parts.push(paragraph(r, true));
  let count = parts.reduce((n, p) => n + countWords(p), 0);
  let sinceHeading = 0;
  while (count < words) {
    let b;
    if (sinceHeading >= 4 && r() < 0.35) {
      b = `## ${pick(r, HEADING)(r)}`;
      sinceHeading = 0;
    } else {
      b = block(r);
      sinceHeading++;
    }
    let n = countWords(b);
    if (count + n > words) {
      // The last block: a paragraph cut to the exact word count.
      const cut = paragraph(r).split(' ').slice(0, words - count);
      b = cut.join(' ').replace(/[.,;:]?$/, '.');
      n = cut.length;
    }
    parts.push(b);
    count += n;
  }
  return parts.join('\n\n') + '\n';
}

/** A short social post (~30–80 words), for the bulk test; about one in five tells a patient story. */
export function post(seed) {
  const r = prng(seed * 104729 + 17);
  const n = int(r, 2, 5);
  const s = [];
  for (let i = 0; i < n; i++) s.push(pick(r, CLEAN)(r));
  if (r() < 0.2) s.splice(int(r, 0, s.length), 0, pick(r, STORY)(r));
  const tags = ['#nursing', '#MedTwitter', '#NurseTwitter', '#nightshift', '#newgrad'];
  return `${s.join(' ')} ${pick(r, tags)}\n`;
}

/** ~200 keywords for the regex floor: words a privacy/professionalism linter might look for. */
export const KEYWORDS = (() => {
  const base = ['patient', 'patients', 'room', 'bed', 'bay', 'ward', 'unit', 'discharged', 'admitted', 'coded', 'intubated',
    'extubated', 'ventilator', 'dialysis', 'stroke', 'sepsis', 'overdose', 'diagnosis', 'diagnosed', 'surgery', 'chart',
    'mrn', 'dob', 'birthday', 'daughter', 'son', 'wife', 'husband', 'family', 'mrs', 'mr', 'ms', 'miss', 'baby', 'grandma',
    'grandpa', 'nana', 'year-old', 'yo', 'hospital', 'clinic', 'icu', 'nicu', 'picu', 'er', 'ed', 'or', 'pacu', 'hospice',
    'morgue', 'died', 'passed', 'code', 'trauma', 'gsw', 'crash', 'accident', 'fall', 'fell', 'fracture', 'bleed', 'drunk',
    'high', 'wasted', 'hungover', 'idiot', 'stupid', 'lazy', 'useless', 'frequent', 'flyer', 'gomer', 'drug-seeker',
    'noncompliant', 'difficult', 'crazy', 'psycho', 'disgusting', 'gross', 'smell', 'fat', 'obese', 'hate', 'quit', 'burnout',
    'shift', 'break', 'lunch', 'phone', 'selfie', 'photo', 'picture', 'pic', 'xray', 'x-ray', 'scan', 'ct', 'mri', 'wound',
    'rash', 'tattoo', 'cure', 'cures', 'miracle', 'detox', 'vaccine', 'vaccines', 'ivermectin', 'supplement', 'supplements',
    'dose', 'mg', 'overdose', 'guaranteed', 'always', 'never', 'proven', 'natural', 'toxins', 'manager', 'boss', 'charge',
    'coworker', 'colleague', 'doctor', 'surgeon', 'resident', 'attending', 'intern', 'pharmacist', 'tech', 'aide', 'admin',
    'administration', 'staffing', 'short-staffed', 'mandatory', 'overtime', 'union', 'strike', 'lawsuit', 'sued', 'fired',
    'hipaa', 'privacy', 'confidential', 'address', 'street', 'avenue', 'road', 'zip', 'email', 'call', 'text', 'dm',
    'today', 'tonight', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'funny', 'lol', 'lmao', 'wtf', 'omg', 'damn', 'hell', 'crap', 'sucks', 'pissed', 'sexy', 'hot', 'date', 'dating', 'ex',
    'gossip', 'rumor', 'affair', 'threat', 'kill', 'punch', 'slap', 'revenge', 'famous', 'celebrity', 'senator', 'mayor',
    'athlete', 'actor', 'singer', 'police', 'inmate', 'prisoner', 'homeless', 'addict', 'junkie', 'alcoholic'];
  return [...new Set(base)];
})();

export { countWords };
