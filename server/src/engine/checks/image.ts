/**
 * Image check (a document check): a markdown image is scored from what describes it — alt text,
 * title and file name in full, the caption (the prose right before or after it, or around it in
 * the same paragraph) at half weight — with the rule's raise/lower lexicons. Fixes: remove the
 * image, or replace it with a text note.
 */
import type { Block, Span } from '../types';
import type { CompiledRule, WeightedLexicon } from '../rules/types';
import type { DocumentContext, RawFinding } from './index';
import { rawFinding, type FixPlan } from './prose';

export interface MarkdownImage extends Span {
  alt: string;
  url: string;
  title: string;
}

const IMAGE = /!\[((?:[^\]\\\n]|\\.)*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"([^"]*)"|'([^']*)'))?\s*\)/g;

const HTML_IMAGE = /<img\b[^>]*>/gi;
const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);

/** Spans of fenced and indented code, where an image is only an example. */
function codeSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const FENCE = /^(?: {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^(?: {0,3})\1[^\n]*$|$(?![\s\S]))/gm;
  for (const m of text.matchAll(FENCE)) out.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(/`[^`\n]+`/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/**
 * Images of the document: markdown images confirmed by the parser's image blocks (so code is
 * skipped), and HTML <img> tags outside code (their alt, title and src read the same way).
 */
export function imagesOf(ctx: DocumentContext): MarkdownImage[] {
  const out: MarkdownImage[] = [];
  const imageBlocks = ctx.blocks.filter((b) => b.kind.startsWith('image-')).sort((a, b) => a.start - b.start);
  if (imageBlocks.length) {
    for (const m of ctx.text.matchAll(IMAGE)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      const first = imageBlocks[firstAtOrAfter(imageBlocks, span.start)];
      if (!first || first.end > span.end || first.start >= span.end) continue;
      out.push({ ...span, alt: m[1] ?? '', url: m[2] ?? '', title: m[3] ?? m[4] ?? '' });
    }
  }
  if (/<img\b/i.test(ctx.text)) {
    const code = codeSpans(ctx.text);
    for (const m of ctx.text.matchAll(HTML_IMAGE)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (code.some((c) => c.start <= span.start && c.end >= span.end)) continue;
      const value = (name: string) => {
        const a = attr(m[0], name);
        return a ? a[1] ?? a[2] ?? a[3] ?? '' : '';
      };
      out.push({ ...span, alt: value('alt'), url: value('src'), title: value('title') });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "/images/haddad-peaked-t-waves.png" → "images haddad peaked t waves". */
export function fileWords(url: string): string {
  const path = url.replace(/[?#].*$/, '').split('/').filter(Boolean).slice(-2).join(' ');
  return path
    .replace(/\.[a-z0-9]{2,5}$/i, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .replace(/[-_.+%]+/g, ' ')
    .trim();
}

/** Index of the first span starting at or after `offset` (spans sorted by start). */
function firstAtOrAfter(spans: Span[], offset: number): number {
  let lo = 0;
  for (let hi = spans.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The prose that captions an image: its own paragraph, or the paragraph right before or after it.
 * `prose` is sorted by start; prose blocks do not overlap, so binary searches find all three.
 */
function captionOf(ctx: DocumentContext, prose: Block[], image: Span): string {
  const next = firstAtOrAfter(prose, image.start + 1);
  const containing = prose[next - 1];
  if (containing && containing.start <= image.start && containing.end >= image.end) return containing.text;
  const close = (a: number, b: number) => (ctx.text.slice(a, b).match(/\n/g) ?? []).length <= 2 && !/\S/.test(ctx.text.slice(a, b).replace(/<!--[\s\S]*?-->/g, ''));
  let before: Block | undefined;
  for (let i = next - 1; i >= 0 && !before; i--) if (prose[i].end <= image.start) before = prose[i];
  const after = prose[firstAtOrAfter(prose, image.end)];
  return [before && close(before.end, image.start) ? before.text : '', after && close(image.end, after.start) ? after.text : ''].filter(Boolean).join(' \n ');
}

interface ImageScore {
  value: number;
  cues: string[];
}

function score(lexicons: WeightedLexicon[], subject: string, caption: string, inDocument: Map<string, string>, captionWeight: number): ImageScore {
  let value = 0;
  const cues: string[] = [];
  for (const { lexicon, weight, scope } of lexicons) {
    if (scope === 'document') {
      const term = inDocument.get(lexicon.name);
      if (term !== undefined) {
        value += weight;
        cues.push(`${lexicon.name} "${term}"`);
      }
      continue;
    }
    const own = lexicon.find(subject);
    const near = lexicon.find(caption);
    const contribution = weight * Math.min(own.length, 2) + weight * captionWeight * Math.min(near.length, 2);
    if (!contribution) continue;
    value += contribution;
    const shown = [...new Set((own.length ? own : near).map((m) => m.term.toLowerCase()))].slice(0, 3);
    cues.push(`${lexicon.name} ${shown.map((t) => `"${t}"`).join(', ')}${own.length ? '' : ' in the caption'}`);
  }
  return { value, cues };
}

/**
 * Scores by rule, kept for the last few hundred images: a keystroke re-lints the whole draft's
 * images, and each score is two lexicon scans of every raise and lower list over text that rarely
 * changed. The key holds everything the score reads, including which document cues are on.
 */
const scores = new WeakMap<CompiledRule, Map<string, { up: ImageScore; down: ImageScore }>>();

function scored(rule: CompiledRule, subject: string, caption: string, inDocument: Map<string, string>, captionWeight: number): { up: ImageScore; down: ImageScore } {
  let byKey = scores.get(rule);
  if (!byKey) scores.set(rule, (byKey = new Map()));
  const documentCues = [...rule.raise, ...rule.lower].filter((l) => l.scope === 'document').map((l) => inDocument.get(l.lexicon.name) ?? '');
  const key = `${captionWeight}\u0000${subject}\u0000${caption}\u0000${documentCues.join('\u0000')}`;
  let result = byKey.get(key);
  if (!result) {
    result = { up: score(rule.raise, subject, caption, inDocument, captionWeight), down: score(rule.lower, subject, caption, inDocument, captionWeight) };
    if (byKey.size >= 500) byKey.clear();
    byKey.set(key, result);
  }
  return result;
}

export function runImages(rules: CompiledRule[], ctx: DocumentContext): RawFinding[] {
  const images = imagesOf(ctx);
  if (images.length === 0) return [];
  const out: RawFinding[] = [];
  const prose = ctx.blocks.filter((b) => !b.kind.startsWith('image-') && b.kind !== 'link-title').sort((a, b) => a.start - b.start);
  const captions = new Map<MarkdownImage, string>();
  for (const rule of rules) {
    for (const image of images) {
      const subject = [image.alt, image.title, fileWords(image.url)].filter(Boolean).join(' . ');
      if (!captions.has(image)) captions.set(image, captionOf(ctx, prose, image));
      const caption = captions.get(image)!;
      // With no real description (no alt, a camera file name), the caption is all there is: full weight.
      const described = /\p{L}{3,}/u.test(image.alt.replace(/\b(?:image|img|photo|picture|pic|dsc|screenshot)\b/gi, ''));
      const captionWeight = described ? 0.5 : 1;
      const { up, down } = scored(rule, subject, caption, ctx.inDocument, captionWeight);
      const value = rule.strength + up.value + down.value;
      if (value < rule.threshold) continue;
      // Remove the image with its line when it stands alone on it.
      const lineStart = ctx.text.lastIndexOf('\n', image.start - 1) + 1;
      const nl = ctx.text.indexOf('\n', image.end);
      const lineEnd = nl < 0 ? ctx.text.length : nl;
      const alone = !/\S/.test(ctx.text.slice(lineStart, image.start)) && !/\S/.test(ctx.text.slice(image.end, lineEnd));
      const removal = alone ? { start: lineStart, end: nl < 0 ? lineEnd : nl + 1, text: '' } : { start: image.start, end: image.end, text: '' };
      if (alone && nl >= 0 && /^\r?\n/.test(ctx.text.slice(nl + 1)) && lineStart > 0) removal.end = nl + 1 + /^\r?\n/.exec(ctx.text.slice(nl + 1))![0].length;
      const plans: FixPlan[] = [
        { type: 'image', title: rule.x.fix.title ?? 'Remove image', kind: 'remove', safe: rule.x.fix.safe ?? false, edits: [removal] },
        { type: 'image', title: 'Replace image with a text note', kind: 'redact', safe: false, edits: [{ start: image.start, end: image.end, text: `*[Image removed${image.alt.trim() ? `: ${image.alt.trim().replace(/[*_\]]/g, '')}` : ''}]*` }] },
      ];
      out.push(rawFinding(rule, image, image, plans, [...up.cues, ...down.cues.map((c) => `despite ${c}`)], value, true));
    }
  }
  return out;
}
