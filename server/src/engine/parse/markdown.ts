/** Markdown → prose blocks. The only file that sees mdast. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes, Parents, Root } from 'mdast';
import type { Block, BlockKind, Directive, FrontMatter, Piece } from '../types';
import { alignPieces } from './align';
import { parseDirectiveComments } from '../directives';
import { readFrontMatter } from './frontmatter';

export interface MarkdownParse {
  blocks: Block[];
  frontMatter: FrontMatter;
  directives: Directive[];
}

/** What `proseOf` reports besides prose: the definitions it met (document-global in markdown). */
export interface ProseParse extends MarkdownParse {
  definitions: { kind: 'link' | 'footnote'; identifier: string; start: number }[];
}

const withFrontMatter = {
  extensions: [gfm(), frontmatter(['yaml'])],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
};
// Front matter is only recognised on line 1, so a chunk that does not start the document is
// parsed without the extension: its own first line must not turn into front matter.
const withoutFrontMatter = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

export function parseMarkdown(text: string, lineOf: (offset: number) => number): MarkdownParse {
  const { blocks, frontMatter, directives } = proseOf(text, markdownTree(text, true), lineOf);
  return { blocks, frontMatter, directives };
}

export function markdownTree(text: string, frontMatter: boolean): Root {
  try {
    return fromMarkdown(text, frontMatter ? withFrontMatter : withoutFrontMatter);
  } catch {
    // micromark accepts any string; this guards against a parser bug taking the document down.
    return { type: 'root', children: [] };
  }
}

/** The prose blocks, directives and front matter of a parsed tree; offsets are offsets into `text`. */
export function proseOf(text: string, tree: Root, lineOf: (offset: number) => number): ProseParse {
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  const definitions: ProseParse['definitions'] = [];
  let fm: FrontMatter = { data: null, span: null, problems: [] };

  const visit = (node: Nodes, context: BlockKind) => {
    switch (node.type) {
      case 'yaml':
        if (node.position && node.position.start.offset === 0) {
          fm = readFrontMatter(node.value, { start: 0, end: node.position.end.offset! });
        }
        return;
      case 'html':
        if (node.position) directives.push(...parseDirectiveComments(node.value, node.position.start.offset!, lineOf));
        return;
      case 'definition':
        definitions.push({ kind: 'link', identifier: node.identifier, start: node.position?.start.offset ?? 0 });
        return;
      case 'footnoteDefinition':
        definitions.push({ kind: 'footnote', identifier: node.identifier, start: node.position?.start.offset ?? 0 });
        for (const child of node.children) visit(child, context);
        return;
      case 'code':
      case 'thematicBreak':
        return;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        collectBlock(node, node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'table-cell' : context);
        return;
      case 'listItem':
        for (const child of node.children) visit(child, 'list-item');
        return;
      case 'blockquote':
        for (const child of node.children) visit(child, 'blockquote');
        return;
      default:
        if ('children' in node) for (const child of (node as Parents).children) visit(child as Nodes, context);
    }
  };

  const collectBlock = (node: Parents, kind: BlockKind) => {
    const builder = new BlockBuilder(text, kind);
    const walkInline = (n: Nodes) => {
      switch (n.type) {
        case 'text':
          builder.addText(n.value, n.position?.start.offset, n.position?.end.offset);
          return;
        case 'inlineCode':
          builder.addGap(' ');
          return;
        case 'break':
          builder.addGap('\n');
          return;
        case 'html':
          if (n.position) directives.push(...parseDirectiveComments(n.value, n.position.start.offset!, lineOf));
          builder.addGap(' ');
          return;
        case 'image':
        case 'imageReference':
          builder.addGap(' ');
          emitImage(n);
          return;
        case 'link':
          for (const child of n.children) walkInline(child);
          if (n.title) emitAttribute(n.title, n.position?.start.offset, n.position?.end.offset, 'link-title');
          return;
        case 'footnoteReference':
          return;
        default:
          if ('children' in n) for (const child of (n as Parents).children) walkInline(child as Nodes);
      }
    };
    for (const child of node.children) walkInline(child as Nodes);
    const block = builder.finish();
    if (block) blocks.push(block);
  };

  const emitImage = (n: Nodes & { type: 'image' | 'imageReference' }) => {
    const start = n.position?.start.offset;
    const end = n.position?.end.offset;
    if (n.alt) emitAttribute(n.alt, start, end, 'image-alt');
    if (n.type === 'image') {
      if (n.title) emitAttribute(n.title, start, end, 'image-title');
      if (n.url) emitAttribute(n.url, start, end, 'image-url');
    }
  };

  /** Alt text, titles and image URLs live inside one node's source; find each by search. */
  const emitAttribute = (value: string, start: number | undefined, end: number | undefined, kind: BlockKind) => {
    if (start === undefined || end === undefined) return;
    const source = text.slice(start, end);
    let at = source.indexOf(value);
    const builder = new BlockBuilder(text, kind);
    if (at >= 0) builder.addText(value, start + at, start + at + value.length);
    else builder.addText(value, start, end);
    const block = builder.finish();
    if (block) blocks.push(block);
    at = -1;
  };

  visit(tree, 'paragraph');
  blocks.sort((a, b) => a.start - b.start);
  return { blocks, frontMatter: fm, directives, definitions };
}

/** Accumulates inline text and its map back to the document. */
export class BlockBuilder {
  private parts: string[] = [];
  private pieces: Piece[] = [];
  private length = 0;
  private start = Infinity;
  private end = -1;

  constructor(private readonly doc: string, private readonly kind: BlockKind) {}

  addText(value: string, start: number | undefined, end: number | undefined): void {
    if (!value) return;
    if (start === undefined || end === undefined) {
      this.addGap(value);
      return;
    }
    this.pieces.push(...alignPieces(value, this.doc.slice(start, end), start, this.length));
    this.parts.push(value);
    this.length += value.length;
    this.start = Math.min(this.start, start);
    this.end = Math.max(this.end, end);
  }

  /** Text that stands for something skipped (inline code, an image); it maps nowhere. */
  addGap(value: string): void {
    this.parts.push(value);
    this.length += value.length;
  }

  finish(): Block | null {
    if (this.pieces.length === 0) return null;
    const text = this.parts.join('');
    if (!/\S/.test(text)) return null;
    return { text, pieces: this.pieces, kind: this.kind, start: this.start, end: this.end };
  }
}
