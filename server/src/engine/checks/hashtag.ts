/**
 * Hashtag check: tags and mentions that name a unit (#BayviewICU, #4EastOncology), a room or bed
 * (#Room12, #Ward6B) or a patient (#PrayForMrRomero). A tag is split into its parts (camel case,
 * digits, known unit acronyms); it identifies a unit when a unit part comes with a word that is
 * not generic ("#NICUnurse" and "#ICUstrong" are fine, "#MercyNICU" is not). Professional tags
 * (`lower` lexicons) are never flagged.
 */
import type { CompiledRule } from '../rules/types';
import type { BlockContext, RawFinding } from './index';
import { isCityName, isCommonWord, nameKind } from '../detect/words';
import { rawFinding, removalEdits, scoreSpan, sentenceOf, type FixPlan } from './prose';
import { refineSentences } from './prose';

export interface TagParts {
  hospitals: Set<string>;
  support: Set<string>;
  acronyms: Set<string>;
  units: Set<string>;
  rooms: Set<string>;
  honorifics: Set<string>;
  generic: string[];
}

const partsCache = new WeakMap<CompiledRule, TagParts>();
function partsOf(rule: CompiledRule): TagParts {
  let p = partsCache.get(rule);
  if (!p) {
    const lower = (a: string[]) => new Set(a.map((t) => t.toLowerCase()));
    p = {
      hospitals: lower(rule.x.tagParts.hospitals),
      support: lower(rule.x.tagParts.support),
      acronyms: lower(rule.x.tagParts.acronyms),
      units: lower(rule.x.tagParts.units),
      rooms: lower(rule.x.tagParts.rooms),
      honorifics: lower(rule.x.tagParts.honorifics),
      generic: [...new Set(rule.x.tagParts.generic.map((t) => t.toLowerCase()))].sort((a, b) => b.length - a.length),
    };
    partsCache.set(rule, p);
  }
  return p;
}

/** Letters left once generic words are taken out ("nurselife" → "", "stmarys" → "stmarys"). */
function leftover(word: string, generic: string[]): string {
  let rest = word.toLowerCase();
  for (const g of generic) if (g.length >= 2) rest = rest.split(g).join(' ');
  return rest.replace(/\s+/g, '').replace(/[^a-z]/g, '');
}

/**
 * Why a tag identifies a unit, a room or a patient; null when it does not. With `careCue` (the
 * sentence is about someone's care) a capitalised word that is no common word and no town counts
 * as a first name beside a rallying word, though the name list lacks it (#JaydenStrong, #LiamsJourney).
 */
export function identifyingTag(tag: string, p: TagParts, careCue = false, cause = false): string | null {
  const body = tag.slice(1);
  // Camel-case and digit boundaries: "StMarysER" → St, Marys, ER; "Ward6B" → Ward, 6B.
  const pieces = body.match(/[A-Z]{2,}(?=[A-Z][a-z]|\d|_|$)|[A-Z]?[a-z]+|[A-Z]+|\d+[A-Za-z]?(?![a-z])|\d+/g) ?? [];
  const lowerPieces = pieces.map((x) => x.toLowerCase());
  // A room, bed, bay, pod or unit with its number, ending the tag: #Bed12, #Ward6B, #PICU4, #ICU5B.
  for (let i = 0; i < pieces.length - 1; i++) {
    const isPlace = p.rooms.has(lowerPieces[i]) || p.units.has(lowerPieces[i]) || p.acronyms.has(lowerPieces[i]);
    if (isPlace && /^\d/.test(pieces[i + 1]) && pieces.slice(i + 2).every((x) => /^\d|^[A-Z]$/.test(x) || p.generic.includes(x.toLowerCase()))) {
      return `"${pieces[i]}${pieces[i + 1]}" is a ${p.rooms.has(lowerPieces[i]) ? 'room or bed' : 'unit'} number`;
    }
  }
  // A numbered wing: #4EastOncology, #6North, #5SouthTelemetry.
  const wing = /(?:^|[^\d])(\d{1,2}[A-Z]?)(North|South|East|West)(?![a-z])|^(\d{1,2})([NSEW])$/.exec(body);
  if (wing) return `"${wing[1] ?? wing[3]}${wing[2] ?? wing[4]}" names a ward`;
  // A person's name with a rallying word: #JaydenStrong, #TeamMarcus, #PrayForMrRomero. Not after
  // "St"/"Saint" (#TeamStJudes is a hospital's team), nor in a sentence about a charity run, a
  // fundraiser or a job post with no patient care in it (#TeamMacmillan, running the marathon for research).
  for (let i = 0; i < pieces.length && !cause; i++) {
    if (!/^[A-Z][a-z]+$/.test(pieces[i]) || p.generic.includes(lowerPieces[i])) continue;
    if (i > 0 && /^(st|saint|ste)$/.test(lowerPieces[i - 1])) continue;
    // A possessive without its apostrophe names the person too: #LiamsJourney, #AvasArmy.
    const bare = /[^s]s$/.test(pieces[i]) ? pieces[i].slice(0, -1) : null;
    const unknown = (w: string) => careCue && w.length >= 3 && !isCommonWord(w) && !isCityName(w) && !p.hospitals.has(w.toLowerCase()) && !p.units.has(w.toLowerCase()) && !p.acronyms.has(w.toLowerCase());
    const name =
      nameKind(pieces[i]) === 'name' ? pieces[i] : bare && nameKind(bare) === 'name' ? bare : bare && unknown(bare) ? bare : unknown(pieces[i]) ? pieces[i] : null;
    if (!name) continue;
    if (lowerPieces.some((x, j) => j !== i && p.support.has(x))) return `"${name}" is a person's name`;
  }
  // A hospital's name: #RiverbendGeneral, #OakRidgeMedicalSurg (not as the cause of a toy drive or the employer of a job post).
  for (let i = 0; i < pieces.length && !cause; i++) {
    if (!p.hospitals.has(lowerPieces[i])) continue;
    const rest = leftover(pieces.filter((_, j) => j !== i).join(' '), [...p.generic, ...p.acronyms]);
    if (rest.length >= 3) return `"${body}" names a hospital`;
  }
  // An honorific with a name: #PrayForMrRomero, #BabyNoah.
  for (let i = 0; i < pieces.length - 1; i++) {
    if (p.honorifics.has(lowerPieces[i]) && /^[A-Z][a-z]+$/.test(pieces[i + 1]) && (lowerPieces[i] !== 'baby' || nameKind(pieces[i + 1]))) return `"${pieces[i]} ${pieces[i + 1]}" names a person`;
  }
  // A unit acronym or word with a proper name: #BayviewICU, #StMarysER, #MercyNICU.
  const lowerBody = body.toLowerCase();
  const units = [...p.acronyms].filter((a) => a.length >= 3 || /^[A-Z&]+$/.test(a.toUpperCase()));
  for (const a of units) {
    const short = a.length < 3;
    let at = -1;
    if (short) {
      // Two-letter acronyms (ER, ED, OR) only count in capitals: "#Blessed" is not an ED.
      const re = new RegExp(`${a.toUpperCase()}(?![a-z])`, 'g');
      const m = re.exec(body);
      at = m ? m.index : -1;
    } else {
      at = lowerBody.indexOf(a);
      if (at >= 0 && !(at === 0 || at + a.length === body.length || /[A-Z\d_]/.test(body[at]) || /[A-Z\d_]/.test(body[at + a.length] ?? ''))) at = -1;
      // In a camel-case tag an acronym is written in capitals or starts a word: "#TeamUSA" holds no "AMU".
      const written = at >= 0 ? body.slice(at, at + a.length) : '';
      if (at >= 0 && body !== lowerBody && !/^[A-Z]/.test(written) && written !== written.toUpperCase()) at = -1;
    }
    if (at < 0) continue;
    const rest = leftover(body.slice(0, at) + ' ' + body.slice(at + a.length), [...p.generic, ...p.acronyms]);
    if (rest.length >= 3) return `"${body.slice(0, at) || body.slice(at + a.length)}" with "${body.slice(at, at + a.length)}" names a unit`;
  }
  for (let i = 0; i < pieces.length; i++) {
    if (!p.units.has(lowerPieces[i])) continue;
    const rest = leftover(pieces.filter((_, j) => j !== i).join(' '), [...p.generic, ...p.acronyms]);
    if (rest.length >= 3) return `"${pieces.filter((_, j) => j !== i).join('')}" with "${pieces[i]}" names a unit`;
  }
  return null;
}

const TAG = /(?<![\p{L}\p{N}_&/.@])[#@][\p{L}\p{N}_]*\p{L}(?:[\p{L}\p{N}_]|\.(?=[\p{L}\p{N}_]))*/gu;

/** "@princess.ava.fights" → ["princess", "ava", "fights"]; "@DrKellyMD" → ["Dr", "Kelly", "MD"]. */
function handleParts(handle: string): string[] {
  return handle.slice(1).split(/[._\d]+/).flatMap((x) => x.match(/[A-Z]{2,}(?=[A-Z][a-z]|$)|[A-Z]?[a-z]+|[A-Z]+/g) ?? []);
}

/** A mention of a person by first name, in a sentence about their care: "@tina_b_mama ... since his stay with us". */
function patientMention(tag: string, careCue: boolean): string | null {
  if (!tag.startsWith('@') || !careCue) return null;
  const parts = handleParts(tag);
  // Professionals and organisations (@DrKellyMD, @ClevelandClinic, @MacmillanCancer) are not patients.
  if (parts.some((x) => /^(dr|doc|md|rn|np|pa|phd|gov|org|official|hospital|hospitals|health|healthcare|news|clinic|clinics|care|medical|medicine|cancer|heart|foundation|charity|trust|institute|university|uni|college|school|society|association|center|centre|network|research|careers|jobs|pharmacy|nursing|nurses|ems|ambulance|hq|inc|team|world|uk|usa|us)$/i.test(x))) return null;
  const name = parts.find((x) => x.length > 2 && nameKind(x[0].toUpperCase() + x.slice(1).toLowerCase()));
  return name ? `"${name}" is a first name, in a sentence about someone's care` : null;
}

export function runHashtags(rules: CompiledRule[], ctx: BlockContext): RawFinding[] {
  const { text } = ctx;
  const sentences = refineSentences(text, ctx.sentences);
  if (!/[#@]/.test(text)) return [];
  const out: RawFinding[] = [];
  for (const rule of rules) {
    const parts = partsOf(rule);
    const good = rule.lower.flatMap((l) => l.lexicon.terms.filter((t) => /^[#@]/.test(t)).map((t) => t.toLowerCase().slice(1)));
    const causes = rule.lower.filter((l) => !l.lexicon.terms.some((t) => /^[#@]/.test(t)));
    for (const m of text.matchAll(TAG)) {
      const tag = m[0];
      const span = { start: m.index!, end: m.index! + tag.length };
      if (good.includes(tag.slice(1).toLowerCase())) continue;
      const sentence = sentenceOf(sentences, span.start);
      let care: boolean | undefined;
      const careCue = () => (care ??= scoreSpan(ctx.hits, rule.raise, sentence, [span], 0.5).value > 0);
      // A charity run or fundraiser (a `lower` lexicon with a weight) with no care cue: a name in a tag is the cause's.
      const cause = () => !careCue() && scoreSpan(ctx.hits, causes, sentence, [span], 0.5).value < 0;
      const why = tag.startsWith('@') ? patientMention(tag, careCue()) : identifyingTag(tag, parts, false, cause()) ?? (/[A-Z]/.test(tag) && careCue() ? identifyingTag(tag, parts, true) : null);
      if (!why) continue;
      const plans: FixPlan[] = [{ type: 'remove', title: rule.x.fix.title ?? 'Remove hashtag', kind: 'remove', safe: rule.x.fix.safe ?? false, edits: removalEdits(text, span, sentence) }];
      out.push(rawFinding(rule, span, sentence, plans, [why], 1, true));
    }
  }
  return out;
}
