/**
 * Markdown parsed chunk by chunk, so an edit re-parses one chunk (ARCHITECTURE.md, "segmented
 * parse"). Invariant: the blocks, pieces, directives and front matter are exactly those of one
 * whole-document parse (`parseMarkdown`); test/engine/segment.test.ts compares the two.
 *
 * A chunk boundary is a line at column 0, not blank, after a blank line. From there the CommonMark
 * block parser starts afresh: a blank line closes paragraphs, quotes, tables and HTML blocks of
 * types 6–7, and a line at column 0 after it cannot continue a list item, indented code or a
 * footnote. What can still run on is a top-level fenced code block or an HTML block of types 1–5
 * (`<!--`, `<pre>`, `<script>`, ...). A line scan (`chunkStarts`) skips boundaries that look
 * inside one; the parser itself confirms each boundary: every chunk but the last is parsed with a
 * line at column 0 after a blank line appended, and a top-level node that swallows it means the
 * chunk is merged with the next. Merging is always correct, only slower.
 *
 * Link reference and footnote definitions are document-global: a chunk with a `[` that a
 * definition elsewhere may resolve is parsed with copies of those definitions appended (prepended
 * for the last chunk, which has nothing after it to protect), and what they produce is dropped.
 */
import type { Block, Directive, FrontMatter } from '../types';
import { BlockCache } from '../cache';
import { markdownTree, parseMarkdown, proseOf, type MarkdownParse, type ProseParse } from './markdown';
import { plainParagraph } from './plain-paragraph';

type Definition = Pick<ProseParse['definitions'][number], 'kind' | 'identifier'>;

/** One chunk's parse, in offsets from the chunk's start (cached by chunk text and context). */
export interface ChunkParse {
  /** A construct (fenced code, `<!--`) runs past the chunk's end: merge it with the next chunk. */
  open: boolean;
  blocks: Block[];
  /** Directives without their line, which depends on where the chunk sits. */
  directives: Omit<Directive, 'line'>[];
  frontMatter: FrontMatter | null;
  definitions: Definition[];
  /** The copied definitions did not come out as asked: parse the whole document instead. */
  unresolved: boolean;
}

export type ParseCache = BlockCache<ChunkParse>;

const OPEN_FRONT_MATTER = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE_FRONT_MATTER = /(?:\r\n|\r|\n)---[ \t]*(?=\r\n|\r|\n|$)/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** HTML blocks that end at a marker rather than at a blank line (CommonMark types 1–5). */
const HTML_OPEN: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * List items that micromark starts only when not interrupting: an empty item, or an ordered one
 * not numbered 1. After indented code and a blank line, micromark still counts a new container
 * as interrupting the code (document.js `self.interrupt`), so these lines read differently there
 * than at the start of a document; no boundary goes before them.
 */
const INTERRUPT_SENSITIVE = /^(?:(?:[*+-]|\d{1,9}[.)])[ \t]*$|(?!1[.)])\d{1,9}[.)])/;

/**
 * Offsets where chunks may start: after a blank line, at a line whose first character is not
 * white space and is no list item sensitive to interruption, outside front matter and outside what
 * looks like an open fence or HTML block. That last test is a heuristic only in one direction: the
 * parser confirms every boundary (see `parseChunk`).
 */
export function chunkStarts(text: string): number[] {
  const starts = [0];
  let noSplitBefore = 0;
  const fm = OPEN_FRONT_MATTER.exec(text);
  if (fm) {
    CLOSE_FRONT_MATTER.lastIndex = fm[0].length - 1 - (fm[0].endsWith('\r\n') ? 1 : 0);
    const close = CLOSE_FRONT_MATTER.exec(text);
    // Without a closing fence micromark gives up on front matter, and the failed attempt leaves
    // lists and quotes in the rest of the document read as paragraphs: only a whole parse says so.
    if (!close) return starts;
    noSplitBefore = close.index + close[0].length;
  }
  let fence: { char: string; length: number } | null = null;
  let htmlEnd: RegExp | null = null;
  let previousBlank = false;
  const eol = /\r\n|\r|\n/g;
  for (let start = 0; start < text.length; ) {
    eol.lastIndex = start;
    const m = eol.exec(text);
    const end = m ? m.index : text.length;
    const next = m ? end + m[0].length : text.length;
    const line = text.slice(start, end);
    const blank = !/[^ \t]/.test(line);
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length && !/[^ \t]/.test(close[2])) fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = null;
    } else {
      if (previousBlank && !blank && start >= noSplitBefore && /\S/.test(line[0]) && !INTERRUPT_SENSITIVE.test(line)) starts.push(start);
      if (/^ {0,3}[`~<]/.test(line)) {
        const open = FENCE.exec(line);
        if (open && !(open[1][0] === '`' && open[2].includes('`'))) fence = { char: open[1][0], length: open[1].length };
        for (const [opener, closer] of HTML_OPEN) {
          const o = opener.exec(line);
          if (o && !closer.test(line.slice(o[0].length))) {
            htmlEnd = closer;
            break;
          }
        }
      }
    }
    previousBlank = blank;
    start = next;
  }
  return starts;
}

/** After this many merges of one chunk, the rest of the document is taken at once (an unclosed fence would otherwise cost a parse per chunk). */
const MAX_MERGES = 4;

/**
 * The markdown parse of `text`, chunk by chunk, reusing `cache` entries; identical to
 * `parseMarkdown(text, lineOf)`.
 */
export function parseSegmented(text: string, lineOf: (offset: number) => number, cache?: ParseCache): MarkdownParse {
  const starts = chunkStarts(text);
  const chunks: { start: number; text: string; first: boolean; last: boolean; parse: ChunkParse }[] = [];
  for (let i = 0; i < starts.length; ) {
    let j = i + 1;
    for (let merges = 0; ; merges++) {
      const last = j >= starts.length;
      const chunk = text.slice(starts[i], last ? text.length : starts[j]);
      const parse = chunkParse(chunk, i === 0, last, [], cache);
      if (!parse.open || last) {
        chunks.push({ start: starts[i], text: chunk, first: i === 0, last, parse });
        break;
      }
      j = merges + 1 >= MAX_MERGES ? starts.length : j + 1;
    }
    i = j;
  }

  const definitions = uniqueDefinitions(chunks.flatMap((c) => c.parse.definitions));
  if (definitions.length) {
    for (const c of chunks) {
      if (!c.text.includes('[')) continue;
      const needed = visibleDefinitions(c.text, definitions, c.parse.definitions);
      if (needed.length === 0) continue;
      c.parse = chunkParse(c.text, c.first, c.last, needed, cache);
      if (c.parse.unresolved) return parseMarkdown(text, lineOf);
    }
  }

  const blocks: Block[] = [];
  const directives: Directive[] = [];
  for (const { start, parse } of chunks) {
    for (const b of parse.blocks) blocks.push(shiftBlock(b, start));
    for (const d of parse.directives) directives.push({ ...d, start: d.start + start, end: d.end + start, line: lineOf(d.start + start) });
  }
  const fm = chunks[0].parse.frontMatter;
  return { blocks, directives, frontMatter: fm ? { ...fm, problems: [...fm.problems] } : { data: null, span: null, problems: [] } };
}

function shiftBlock(b: Block, by: number): Block {
  return { ...b, start: b.start + by, end: b.end + by, pieces: b.pieces.map((p) => ({ ...p, docOffset: p.docOffset + by })) };
}

function uniqueDefinitions(all: Definition[]): Definition[] {
  const seen = new Set<string>();
  return all.filter((d) => {
    const key = `${d.kind}:${d.identifier}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The definitions a chunk may refer to, other than its own. Labels match case-insensitively
 * after collapsing white space (micromark's `normalizeIdentifier`); for ASCII labels a substring
 * test on the chunk folded the same way is exact enough to leave the others out. Other labels
 * are always kept: case folding outside ASCII is not worth reasoning about here.
 */
function visibleDefinitions(chunk: string, all: Definition[], own: Definition[]): Definition[] {
  const mine = new Set(own.map((d) => `${d.kind}:${d.identifier}`));
  let folded: string | null = null;
  return all.filter((d) => {
    if (mine.has(`${d.kind}:${d.identifier}`)) return false;
    if (!/^[\x20-\x7e]*$/.test(d.identifier)) return true;
    folded ??= chunk.replace(/[\t\n\r ]+/g, ' ').toLowerCase().toUpperCase();
    return folded.includes(d.identifier.toUpperCase());
  });
}

function chunkParse(chunk: string, first: boolean, last: boolean, definitions: Definition[], cache: ParseCache | undefined): ChunkParse {
  const context = `${first ? 1 : 0}${last ? 1 : 0}|${definitions.map((d) => (d.kind === 'footnote' ? '^' : '') + d.identifier).join('\n')}`;
  let parse = cache?.get(chunk, context);
  if (!parse) {
    parse = parseChunk(chunk, first, last, definitions);
    cache?.set(chunk, parse, context);
  }
  return parse;
}

/** Definitions that make the labels exist and produce no prose of their own. */
function syntheticDefinitions(definitions: Definition[]): string {
  // Link definitions first: a definition cannot interrupt the paragraph of a footnote before it.
  const sorted = [...definitions.filter((d) => d.kind === 'link'), ...definitions.filter((d) => d.kind === 'footnote')];
  return sorted.map((d) => (d.kind === 'link' ? `[${d.identifier}]: #` : `[^${d.identifier}]: #`)).join('\n\n');
}

function parseChunk(chunk: string, first: boolean, last: boolean, definitions: Definition[]): ChunkParse {
  if (definitions.length === 0) {
    const plain = plainParagraph(chunk);
    if (plain) return { open: false, blocks: [plain], directives: [], frontMatter: null, definitions: [], unresolved: false };
  }
  // Every chunk but the last gets a line at column 0 after a blank line: the probe that shows
  // whether the chunk closes (or the copied definitions, which probe just as well).
  const extra = definitions.length ? syntheticDefinitions(definitions) : 'x';
  const before = last && definitions.length ? `${extra}\n\n` : '';
  const input = last ? before + chunk : `${chunk}\n\n${extra}`;
  const from = before.length;
  const to = from + chunk.length;
  const tree = markdownTree(input, first && from === 0);
  const open = !last && tree.children.some((n) => n.position!.start.offset! < to && n.position!.end.offset! > to);
  const prose = proseOf(input, tree, () => 0);
  const inside = (offset: number) => offset >= from && offset < to;
  const made = prose.definitions.filter((d) => !inside(d.start));
  const unresolved =
    definitions.length > 0 &&
    !definitions.every((d) => made.some((m) => m.kind === d.kind && m.identifier === d.identifier));
  return {
    open,
    blocks: prose.blocks.filter((b) => inside(b.start)).map((b) => shiftBlock(b, -from)),
    directives: prose.directives.filter((d) => inside(d.start)).map(({ line: _, ...d }) => ({ ...d, start: d.start - from, end: d.end - from })),
    frontMatter: prose.frontMatter.span ? prose.frontMatter : null,
    definitions: prose.definitions.filter((d) => inside(d.start)).map(({ kind, identifier }) => ({ kind, identifier })),
    unresolved,
  };
}
