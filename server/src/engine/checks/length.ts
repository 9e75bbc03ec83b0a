/**
 * Length check (a document check): the prose a reader sees — markdown syntax, front matter and
 * image attributes left out — measured the way the draft's platform counts, against the
 * platform's limit; or the number of hashtags against the platform's good practice. The platform
 * comes from front matter `platform:` or the config; without one there is nothing to measure.
 */
import type { Block, Span } from '../types';
import type { CompiledRule } from '../rules/types';
import { toDocOffset } from '../parse/align';
import type { DocumentContext, RawFinding } from './index';
import { rawFinding, type FixPlan } from './prose';

type Counting = 'twitter' | 'mastodon' | 'graphemes' | 'code-points';

const PLATFORM_ALIASES: Record<string, string> = {
  x: 'twitter', xcom: 'twitter', tweet: 'twitter',
  fb: 'facebook', ig: 'instagram', insta: 'instagram', bsky: 'bluesky', bskysocial: 'bluesky', linkedinpost: 'linkedin', li: 'linkedin',
  thread: 'threads', threadsnet: 'threads', toot: 'mastodon', fediverse: 'mastodon',
};
/** The platform a draft names, however it is written: "X", "x.com", "Twitter/X", "X (Twitter)", "Instagram", "insta", "LinkedIn". */
export const platformOf = (name: string | undefined): string | undefined => {
  if (!name) return undefined;
  const lower = name.toLowerCase().trim();
  const bare = lower.replace(/[^a-z]/g, '');
  return PLATFORM_ALIASES[lower] ?? PLATFORM_ALIASES[bare] ?? (bare.includes('twitter') ? 'twitter' : bare || lower);
};

const URL = /\bhttps?:\/\/[^\s<>()]+[^\s<>().,;:!?'"]|\bwww\.[^\s<>()]+[^\s<>().,;:!?'"]/g;

let segmenter: Intl.Segmenter | null = null;
function graphemes(text: string): { segment: string; index: number }[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return [...segmenter.segment(text)].map((s) => ({ segment: s.segment, index: s.index }));
}

/** twitter-text's weighting: Latin, general punctuation and a few ranges weigh 1, everything else (CJK, emoji) 2. */
function twitterWeight(grapheme: string): number {
  if (/\p{Extended_Pictographic}/u.test(grapheme)) return 2;
  for (const ch of grapheme) {
    const cp = ch.codePointAt(0)!;
    const light = cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247);
    if (!light) return 2;
  }
  return 1;
}

/**
 * Weight of each unit the platform counts, with its offset in `text`: URLs are one unit of 23 on
 * X and Mastodon; Mastodon counts only the user part of a remote mention.
 */
export function countUnits(text: string, counting: Counting): { index: number; end: number; weight: number }[] {
  const units: { index: number; end: number; weight: number }[] = [];
  const special: { start: number; end: number; weight: number }[] = [];
  if (counting === 'twitter' || counting === 'mastodon') {
    for (const m of text.matchAll(URL)) special.push({ start: m.index!, end: m.index! + m[0].length, weight: 23 });
  }
  if (counting === 'mastodon') {
    for (const m of text.matchAll(/(?<![\p{L}\p{N}_])@([\p{L}\p{N}_]+)@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu)) special.push({ start: m.index!, end: m.index! + m[0].length, weight: m[1].length + 1 });
  }
  special.sort((a, b) => a.start - b.start);
  let s = 0;
  for (const g of graphemes(text)) {
    while (s < special.length && special[s].end <= g.index) s++;
    const sp = special[s];
    if (sp && g.index >= sp.start && g.index < sp.end) {
      if (g.index === sp.start) units.push({ index: sp.start, end: sp.end, weight: sp.weight });
      continue;
    }
    const weight = counting === 'twitter' ? twitterWeight(g.segment) : counting === 'code-points' || counting === 'mastodon' ? [...g.segment].length : 1;
    units.push({ index: g.index, end: g.index + g.segment.length, weight });
  }
  return units;
}

export function measure(text: string, counting: Counting): number {
  return countUnits(text, counting).reduce((n, u) => n + u.weight, 0);
}

/** The prose a reader sees, paragraphs separated by a blank line, with a map back to the document. */
export function visibleText(ctx: DocumentContext): { text: string; toDoc: (i: number, side: 'start' | 'end') => number } {
  const parts: { at: number; block: Block }[] = [];
  let text = '';
  for (const block of ctx.blocks) {
    if (block.kind.startsWith('image-') || block.kind === 'link-title') continue;
    if (text) text += '\n\n';
    parts.push({ at: text.length, block });
    text += block.text;
  }
  const toDoc = (i: number, side: 'start' | 'end') => {
    let part = parts[0];
    for (const p of parts) if (p.at <= i) part = p;
    if (!part) return 0;
    const local = Math.min(Math.max(0, i - part.at), part.block.text.length);
    return toDocOffset(part.block.pieces, local, side);
  };
  return { text, toDoc };
}

export function runLength(rules: CompiledRule[], ctx: DocumentContext): RawFinding[] {
  const fm = ctx.frontMatter.data?.platform;
  const platform = platformOf(typeof fm === 'string' ? fm : ctx.config.platform);
  const out: RawFinding[] = [];
  let visible: ReturnType<typeof visibleText> | null = null;
  for (const rule of rules) {
    // Without a platform only a limit that holds everywhere (`any`) applies.
    const limit = platform ? rule.x.limits[platform] ?? rule.x.limits.default : rule.x.limits.any;
    if (limit === undefined || (rule.x.measure === 'hashtags' && !ctx.text.includes('#'))) continue;
    visible ??= visibleText(ctx);
    const { text, toDoc } = visible;
    if (rule.x.measure === 'hashtags') {
      if (!ctx.text.includes('#')) continue;
      const tags = [...text.matchAll(/(?<![\p{L}\p{N}_&/])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu)];
      if (tags.length <= limit) continue;
      const extra = tags.slice(limit);
      const span: Span = { start: toDoc(extra[0].index!, 'start'), end: toDoc(extra[extra.length - 1].index! + extra[extra.length - 1][0].length, 'end') };
      const edits = extra.map((t) => {
        const start = toDoc(t.index!, 'start');
        const end = toDoc(t.index! + t[0].length, 'end');
        const before = /[ \t]+$/.exec(ctx.text.slice(0, start));
        return { start: before ? start - before[0].length : start, end, text: '' };
      });
      const plans: FixPlan[] = [{ type: 'remove', title: rule.x.fix.title ?? 'Remove extra hashtags', kind: 'remove', safe: false, edits }];
      out.push(rawFinding(rule, span, span, plans, [`${tags.length} hashtags`, platform ? `${platform} good practice is ${limit} at most` : `more than ${limit} is too many on any platform`], tags.length - limit, true));
      continue;
    }
    if (!platform) continue;
    const counting = rule.x.counting[platform] ?? rule.x.counting.default ?? "graphemes";
    const units = countUnits(text, counting);
    let total = 0;
    let overflow = -1;
    for (const u of units) {
      total += u.weight;
      if (total > limit && overflow < 0) overflow = u.index;
    }
    if (overflow < 0) continue;
    const span: Span = { start: toDoc(overflow, 'start'), end: toDoc(text.length, 'end') };
    if (span.end <= span.start) continue;
    const how = counting === 'twitter' ? 'links count 23, emoji and wide characters 2' : counting === 'mastodon' ? 'links count 23' : counting === 'graphemes' ? 'characters as the reader sees them' : 'Unicode characters';
    const plans: FixPlan[] = [{ type: 'remove', title: rule.x.fix.title ?? 'Cut the text past the limit', kind: 'remove', safe: false, edits: [{ start: span.start, end: span.end, text: '' }] }];
    out.push(rawFinding(rule, span, span, plans, [`${total} characters (${how})`, `${platform} allows ${limit}`, `${total - limit} over`], total - limit, true));
  }
  return out;
}
