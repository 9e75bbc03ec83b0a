// `scrubs fix`: a diff and no writes without --write; atomic, idempotent writes with it that
// keep the BOM, the line ends, the mode, and symlinks.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { COLLEAGUE, PATIENT, read, scrubs, useTempDir, write } from './run';

describe('scrubs fix', () => {
  const tmp = useTempDir();

  it('without --write prints a unified diff and changes nothing', () => {
    write(tmp.path, { 'posts/a.md': `# Night shift\n\n${PATIENT}\n`, 'b.md': COLLEAGUE });
    const before = read(tmp.path, 'posts/a.md');
    const run = scrubs(tmp.path, ['fix']);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stdout.startsWith('--- a/posts/a.md\n+++ b/posts/a.md\n@@ -1,3 +1,3 @@\n'), run.stdout);
    assert.ok(run.stdout.includes(`-${PATIENT}\n`));
    assert.ok(/\n\+A patient[^\n]*went home today\.\n/.test(run.stdout), run.stdout);
    assert.ok(!run.stdout.includes('b.md'));
    assert.match(run.stderr, /would fix 2 problems in 1 file/);
    assert.deepEqual(read(tmp.path, 'posts/a.md'), before);
  });

  it('prints a diff that git apply accepts (CRLF, no newline at the end)', function () {
    const draft = `Intro line.\r\n\r\n${PATIENT}\r\nLast line without newline`;
    write(tmp.path, { 'a.md': draft });
    const expected = scrubs(tmp.path, ['fix', '--stdin', '--stdin-filename', 'a.md'], { input: draft }).stdout;
    assert.notEqual(expected, draft);
    write(tmp.path, { 'fix.patch': scrubs(tmp.path, ['fix']).stdout });
    try {
      execFileSync('git', ['apply', '-p1', 'fix.patch'], { cwd: tmp.path, stdio: 'pipe' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') this.skip();
      throw error;
    }
    assert.equal(read(tmp.path, 'a.md').toString(), expected);
  });

  it('--write fixes, reports, and a second run changes nothing', () => {
    write(tmp.path, { 'a.md': `${PATIENT}\n`, 'b.txt': `${PATIENT}\n`, 'c.md': COLLEAGUE });
    const run = scrubs(tmp.path, ['fix', '--write']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'fixed 4 problems in 2 files\n');
    const fixed = read(tmp.path, 'a.md').toString();
    assert.ok(!fixed.includes('Osei') && !fixed.includes('room 12'), fixed);
    assert.equal(scrubs(tmp.path, ['check']).code, 0);
    const mtime = statSync(join(tmp.path, 'a.md')).mtimeMs;
    const again = scrubs(tmp.path, ['fix', '--write']);
    assert.equal(again.stdout, 'fixed 0 problems in 0 files\n');
    assert.equal(read(tmp.path, 'a.md').toString(), fixed);
    assert.equal(statSync(join(tmp.path, 'a.md')).mtimeMs, mtime, 'an unchanged file is not rewritten');
    assert.equal(read(tmp.path, 'c.md').toString(), COLLEAGUE);
  });

  it('keeps a BOM and CRLF line ends', () => {
    write(tmp.path, { 'a.md': `\uFEFFTitle 😀\r\n\r\n${PATIENT}\r\nBye.\r\n` });
    scrubs(tmp.path, ['fix', '--write']);
    const bytes = read(tmp.path, 'a.md');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    assert.ok(!text.includes('\uFEFF'));
    assert.equal(text.split('\r\n').length, 5);
    assert.ok(!/[^\r]\n/.test(text), 'every line end is still CRLF');
    assert.ok(text.startsWith('Title 😀\r\n\r\nA patient'), text);
  });

  it('keeps the file mode and leaves no temporary file behind', () => {
    write(tmp.path, { 'a.md': PATIENT });
    chmodSync(join(tmp.path, 'a.md'), 0o640);
    scrubs(tmp.path, ['fix', '--write']);
    assert.equal(statSync(join(tmp.path, 'a.md')).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(tmp.path), ['a.md']);
  });

  it('writes through a symlink to its target and keeps the link', () => {
    write(tmp.path, { 'real/a.md': PATIENT });
    symlinkSync(join(tmp.path, 'real', 'a.md'), join(tmp.path, 'link.md'));
    const run = scrubs(tmp.path, ['fix', '--write', 'link.md']);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(lstatSync(join(tmp.path, 'link.md')).isSymbolicLink());
    assert.equal(readlinkSync(join(tmp.path, 'link.md')), join(tmp.path, 'real', 'a.md'));
    assert.ok(!read(tmp.path, 'real/a.md').toString().includes('Osei'));
  });

  it('does not write a file that is not valid UTF-8', () => {
    const bytes = Buffer.from('Caf\xe9. Mrs. Osei in room 12 finally went home today.', 'latin1');
    write(tmp.path, { 'a.md': bytes });
    const run = scrubs(tmp.path, ['fix', '--write']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /a\.md: not fixed: not valid UTF-8/);
    assert.deepEqual(read(tmp.path, 'a.md'), bytes);
  });

  it('with --stdin prints the fixed text', () => {
    const run = scrubs(tmp.path, ['fix', '--stdin'], { input: `${PATIENT}\n` });
    assert.equal(run.code, 0);
    assert.ok(run.stdout.startsWith('A patient') && !run.stdout.includes('Osei'), run.stdout);
  });

  it('refuses --write with --stdin', () => {
    assert.equal(scrubs(tmp.path, ['fix', '--stdin', '--write'], { input: PATIENT }).code, 2);
  });
});
