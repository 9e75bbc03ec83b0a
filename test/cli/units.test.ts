// Pure pieces of the CLI: argument parsing, the line diff, and reading `git diff -U0`.
import assert from 'node:assert/strict';
import { parseArgs } from '../../server/src/cli/args';
import { diffLines, splitLines, unifiedDiff } from '../../server/src/cli/diff';
import { UsageError } from '../../server/src/cli/errors';
import { parseUnifiedZero } from '../../server/src/cli/git';

describe('cli units', () => {
  describe('parseArgs', () => {
    it('reads flags with separate and inline values', () => {
      const args = parseArgs(['check', 'a.md', '--format', 'json', '--max-warnings=3', '--strict', '-c', 'x.yaml', '--', '--weird.md']);
      assert.deepEqual(
        { command: args.command, paths: args.paths, format: args.format, maxWarnings: args.maxWarnings, strict: args.strict, config: args.config },
        { command: 'check', paths: ['a.md', '--weird.md'], format: 'json', maxWarnings: 3, strict: true, config: 'x.yaml' },
      );
    });

    it('takes an optional REF after --changed unless it is a flag or an existing path', () => {
      assert.deepEqual(parseArgs(['check', '--changed']).changed, { ref: undefined });
      assert.deepEqual(parseArgs(['check', '--changed', 'origin/main']).changed, { ref: 'origin/main' });
      assert.deepEqual(parseArgs(['check', '--changed', '--format', 'json']).changed, { ref: undefined });
      const beforePath = parseArgs(['check', '--changed', 'package.json']);
      assert.deepEqual([beforePath.changed, beforePath.paths], [{ ref: undefined }, ['package.json']]);
      assert.deepEqual(parseArgs(['check', '--changed=HEAD~2', 'package.json']).changed, { ref: 'HEAD~2' });
    });

    it('rejects unknown flags, flags of other commands and booleans with values', () => {
      assert.throws(() => parseArgs(['check', '--nope']), UsageError);
      assert.throws(() => parseArgs(['rules', '--write']), /--write is not a flag of scrubs rules/);
      assert.throws(() => parseArgs(['check', '--strict=yes']), /--strict does not take a value/);
      assert.throws(() => parseArgs(['check', '--format']), /--format needs a value/);
    });
  });

  describe('unifiedDiff', () => {
    it('is empty for equal texts', () => {
      assert.equal(unifiedDiff('a.md', 'x\n', 'x\n'), '');
    });

    it('gives hunks with three lines of context and separate hunks for distant changes', () => {
      const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}\n`).join('');
      const after = before.replace('line 2\n', 'LINE 2\n').replace('line 18\n', 'LINE 18\n');
      assert.equal(
        unifiedDiff('a.md', before, after),
        '--- a/a.md\n+++ b/a.md\n' +
          '@@ -1,5 +1,5 @@\n line 1\n-line 2\n+LINE 2\n line 3\n line 4\n line 5\n' +
          '@@ -15,6 +15,6 @@\n line 15\n line 16\n line 17\n-line 18\n+LINE 18\n line 19\n line 20\n',
      );
    });

    it('marks a last line without a newline', () => {
      assert.equal(unifiedDiff('a.md', 'a\nb', 'a\nc'), '--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
    });

    it('finds a shortest edit script', () => {
      const ops = diffLines(splitLines('a\nb\nc\nd\n'), splitLines('a\nc\nd\ne\n'));
      assert.deepEqual(ops.map((o) => o.kind + o.line.trim()), [' a', '-b', ' c', ' d', '+e']);
    });
  });

  describe('parseUnifiedZero', () => {
    it('collects added and modified line numbers per file', () => {
      const diff = [
        'diff --git a/posts/a.md b/posts/a.md',
        '--- a/posts/a.md',
        '+++ b/posts/a.md',
        '@@ -3 +3 @@ x',
        '-old',
        '+new',
        '@@ -10,0 +11,2 @@',
        '+added',
        '+added',
        '@@ -20,2 +22,0 @@',
        '-gone',
        '-gone',
        'diff --git a/b.md b/b.md',
        '--- a/b.md',
        '+++ "b/caf\\303\\251 \\"x\\".md"',
        '@@ -0,0 +1 @@',
        '+hello',
        'diff --git a/c.md b/c.md',
        '--- a/c.md',
        '+++ /dev/null',
        '@@ -1 +0,0 @@',
        '-bye',
      ].join('\n');
      const result = parseUnifiedZero(diff);
      assert.deepEqual([...result.keys()], ['posts/a.md', 'café "x".md']);
      assert.deepEqual([...result.get('posts/a.md')!], [3, 11, 12]);
      assert.deepEqual([...result.get('café "x".md')!], [1]);
    });
  });
});
