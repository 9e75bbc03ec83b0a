/**
 * Regular expressions from user rule packs (`check: pattern`). They run on every block of every
 * draft, in the editor, so a pattern must never hang the linter: they are compiled with RE2JS, a
 * pure-JavaScript port of RE2, whose automaton matches in time linear in the text whatever the
 * pattern. Catastrophic backtracking cannot happen; the features that would need backtracking
 * (back-references, lookaround) are rejected with a message naming them, as are absurd lengths.
 * See ARCHITECTURE.md (Dependencies) for why RE2JS rather than a backtracking-pattern checker.
 */
import { RE2JS } from 're2js';
import type { Span } from '../types';

/** A compiled user pattern: case-insensitive, Unicode-aware, linear-time. */
export interface SafePattern {
  readonly source: string;
  /** Non-overlapping matches in `text`, left to right, as UTF-16 offsets; empty matches skipped. */
  find(text: string): Span[];
}

export const MAX_PATTERN_LENGTH = 2000;

/** First pass: why a pattern is refused before it reaches the RE2 compiler, in words a rule author understands. */
export function unsafePatternReason(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(pattern)) return 'uses a back-reference, which needs backtracking (scrubs matches user patterns in linear time)';
  if (/\(\?<?[=!]/.test(pattern)) return 'uses lookahead or lookbehind, which needs backtracking (scrubs matches user patterns in linear time)';
  return null;
}

/** JavaScript spellings RE2 writes differently: \uXXXX and \u{X} are \x{X} there, (?<name> is (?P<name>. */
function toRe2Syntax(pattern: string): string {
  return pattern
    .replace(/(^|[^\\])((?:\\\\)*)\\u\{([0-9a-fA-F]{1,6})\}/g, '$1$2\\x{$3}')
    .replace(/(^|[^\\])((?:\\\\)*)\\u([0-9a-fA-F]{4})/g, '$1$2\\x{$3}')
    .replace(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g, '(?P<$1>');
}

/** Compile a user pattern, or say why not. Never throws. */
export function compileUserPattern(pattern: string): { pattern: SafePattern } | { problem: string } {
  const unsafe = unsafePatternReason(pattern);
  if (unsafe) return { problem: unsafe };
  let re: RE2JS;
  try {
    re = RE2JS.compile(toRe2Syntax(pattern), RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : 'unreadable';
    return { problem: `is not a valid regular expression (${message})` };
  }
  return {
    pattern: {
      source: pattern,
      find(text: string): Span[] {
        const out: Span[] = [];
        const m = re.matcher(text);
        while (m.find()) {
          const start = m.start();
          const end = m.end();
          if (end > start) out.push({ start, end });
        }
        return out;
      },
    },
  };
}
