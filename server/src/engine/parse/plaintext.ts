import type { Block, Directive } from '../types';
import { parseDirectiveLine } from '../directives';
import type { LineIndex } from '../text';

/** Plain text: every line is prose; blank lines end a block; directive lines are not prose. */
export function parsePlaintext(text: string, lines: LineIndex): { blocks: Block[]; directives: Directive[] } {
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  let current: { start: number; end: number } | null = null;
  const close = () => {
    if (!current) return;
    const { start, end } = current;
    const value = text.slice(start, end);
    blocks.push({ text: value, pieces: [{ blockOffset: 0, docOffset: start, length: value.length, sourceLength: value.length }], kind: 'plaintext', start, end });
    current = null;
  };
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.starts[line];
    const end = lines.lineContentEnd(line);
    const content = text.slice(start, end);
    const directive = parseDirectiveLine(content, start, line);
    if (directive) {
      directives.push(directive);
      close();
      continue;
    }
    if (!/\S/.test(content)) {
      close();
      continue;
    }
    if (current) current.end = end;
    else current = { start, end };
  }
  close();
  return { blocks, directives };
}
