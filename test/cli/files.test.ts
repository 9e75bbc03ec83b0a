// Which files `scrubs check` reads: directory walking with .gitignore / .scrubsignore, globs,
// config include/exclude, and files that cannot be checked (binary, huge, unreadable, ...).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { COLLEAGUE, PATIENT, pathsOf, scrubs, useTempDir, write } from './run';

describe('scrubs check: files', () => {
  const tmp = useTempDir();
  const checked = (...args: string[]) => pathsOf(scrubs(tmp.path, ['check', '--format', 'json', ...args]));

  it('walks the current directory for .md, .markdown, .mdx and .txt by default', () => {
    write(tmp.path, { 'a.md': COLLEAGUE, 'b.markdown': COLLEAGUE, 'c.mdx': COLLEAGUE, 'd.txt': COLLEAGUE, 'e.html': COLLEAGUE, 'f.MD': COLLEAGUE, 'deep/er/g.md': COLLEAGUE });
    assert.deepEqual(checked(), ['a.md', 'b.markdown', 'c.mdx', 'd.txt', 'deep/er/g.md', 'f.MD']);
  });

  it('honours .gitignore, nested .gitignore files and negations', () => {
    write(tmp.path, {
      '.gitignore': 'drafts/\n*.tmp.md\n',
      'drafts/secret.md': PATIENT,
      'x.tmp.md': PATIENT,
      'posts/.gitignore': 'old-*.md\n!old-keep.md\n',
      'posts/old-1.md': PATIENT,
      'posts/old-keep.md': COLLEAGUE,
      'posts/new.md': COLLEAGUE,
      'posts/sub/old-2.md': PATIENT,
    });
    assert.deepEqual(checked(), ['posts/new.md', 'posts/old-keep.md']);
  });

  it('honours .gitignore files above the folder it is asked to walk', () => {
    write(tmp.path, { '.git/HEAD': 'ref: refs/heads/main\n', '.gitignore': 'posts/private/\n', 'posts/private/a.md': PATIENT, 'posts/b.md': COLLEAGUE });
    assert.deepEqual(checked('posts'), ['posts/b.md']);
  });

  it('honours .scrubsignore', () => {
    write(tmp.path, { '.scrubsignore': 'case-reports/**\n', 'case-reports/r.md': PATIENT, 'notes/.scrubsignore': 'ignored.txt\n', 'notes/ignored.txt': PATIENT, 'notes/kept.txt': COLLEAGUE });
    assert.deepEqual(checked(), ['notes/kept.txt']);
  });

  it('never enters node_modules or .git', () => {
    write(tmp.path, { 'node_modules/pkg/README.md': PATIENT, '.git/description.md': PATIENT, 'a.md': COLLEAGUE });
    assert.deepEqual(checked(), ['a.md']);
  });

  it('adds files.include and removes files.exclude from the config', () => {
    write(tmp.path, {
      '.scrubs.json': JSON.stringify({ files: { include: ['*.post', 'social/**/*.html'], exclude: ['archive/**', '*.draft.md'] } }),
      'a.post': COLLEAGUE,
      'social/x/b.html': COLLEAGUE,
      'c.html': COLLEAGUE,
      'archive/old.md': PATIENT,
      'd.draft.md': PATIENT,
      'e.md': COLLEAGUE,
    });
    assert.deepEqual(checked(), ['a.post', 'e.md', 'social/x/b.html']);
  });

  it('expands globs relative to the working directory', () => {
    write(tmp.path, { 'posts/2024/a.md': COLLEAGUE, 'posts/2024/b.txt': COLLEAGUE, 'posts/c.md': COLLEAGUE, 'other/d.md': COLLEAGUE });
    assert.deepEqual(checked('posts/**/*.md'), ['posts/2024/a.md', 'posts/c.md']);
    assert.deepEqual(checked('posts/*/*.txt', 'other/*.md'), ['other/d.md', 'posts/2024/b.txt']);
  });

  it('exits 2 for a glob that matches nothing', () => {
    const run = scrubs(tmp.path, ['check', 'posts/**/*.md']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /No files matching the pattern "posts\/\*\*\/\*\.md"/);
  });

  it('checks a file named explicitly whatever its extension, once, and names paths from the cwd', () => {
    write(tmp.path, { 'a.post': PATIENT, 'sub/b.md': COLLEAGUE });
    assert.deepEqual(pathsOf(scrubs(join(tmp.path, 'sub'), ['check', '--format', 'json', '../a.post', 'b.md', '.', './b.md'])), ['../a.post', 'b.md']);
  });

  it('does not check an explicitly named file that .scrubsignore ignores, and says so', () => {
    write(tmp.path, { '.scrubsignore': 'private.md\n', 'private.md': PATIENT, 'a.md': COLLEAGUE });
    const run = scrubs(tmp.path, ['check', '--format', 'json', 'private.md', 'a.md']);
    assert.equal(run.code, 0);
    assert.deepEqual(pathsOf(run), ['a.md']);
    assert.match(run.stderr, /private\.md: skipped: ignored/);
  });

  it('lists an empty directory tree as clean', () => {
    write(tmp.path, { 'notes/readme.html': COLLEAGUE });
    const run = scrubs(tmp.path, ['check', '--format', 'json', 'notes']);
    assert.equal(run.code, 0);
    assert.deepEqual(pathsOf(run), []);
  });

  describe('files that cannot be checked', () => {
    it('skips a binary file with a note and goes on', () => {
      write(tmp.path, { 'photo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'a.md': PATIENT });
      const run = scrubs(tmp.path, ['check', '--format', 'json']);
      assert.equal(run.code, 1);
      assert.deepEqual(pathsOf(run), ['a.md']);
      assert.match(run.stderr, /photo\.md: skipped: binary file/);
      assert.match(run.stderr, /skipped 1 of 2 files/);
    });

    it('skips a file larger than maxFileSize', () => {
      write(tmp.path, { '.scrubs.json': '{"maxFileSize": 100}', 'big.md': `${COLLEAGUE}\n`.repeat(10), 'a.md': COLLEAGUE });
      const run = scrubs(tmp.path, ['check', '--format', 'json']);
      assert.equal(run.code, 0);
      assert.deepEqual(pathsOf(run), ['a.md']);
      assert.match(run.stderr, /big\.md: skipped: \d+ bytes is larger than maxFileSize \(100 bytes\)/);
    });

    it('skips a file over the default 5 MB', () => {
      write(tmp.path, { 'huge.md': Buffer.alloc(5 * 1024 * 1024 + 1, 'a') });
      const run = scrubs(tmp.path, ['check', '--format', 'json']);
      assert.equal(run.code, 0);
      assert.deepEqual(pathsOf(run), []);
      assert.match(run.stderr, /huge\.md: skipped: .*maxFileSize/);
    });

    it('lists an empty file as clean', () => {
      write(tmp.path, { 'empty.md': '' });
      const run = scrubs(tmp.path, ['check', '--format', 'json']);
      assert.equal(run.code, 0);
      assert.deepEqual(JSON.parse(run.stdout).files, [{ path: 'empty.md', diagnostics: [] }]);
    });

    it('reports a file it cannot read and goes on', function () {
      write(tmp.path, { 'a.md': COLLEAGUE });
      symlinkSync(join(tmp.path, 'gone.md'), join(tmp.path, 'dangling.md'));
      const run = scrubs(tmp.path, ['check', '--format', 'json', 'dangling.md', 'a.md']);
      assert.equal(run.code, 0);
      assert.deepEqual(pathsOf(run), ['a.md']);
      assert.match(run.stderr, /dangling\.md: skipped: cannot be read \(ENOENT\)/);
    });

    it('reports a file without read permission', function () {
      if (process.getuid?.() === 0) this.skip(); // root reads anything
      write(tmp.path, { 'locked.md': PATIENT });
      chmodSync(join(tmp.path, 'locked.md'), 0);
      const run = scrubs(tmp.path, ['check', '--format', 'json']);
      assert.equal(run.code, 0);
      assert.match(run.stderr, /locked\.md: skipped: cannot be read \(EACCES\)/);
    });

    it('skips a FIFO without blocking on it', function () {
      try {
        execFileSync('mkfifo', [join(tmp.path, 'pipe.md')]);
      } catch {
        this.skip();
      }
      const run = scrubs(tmp.path, ['check', '--format', 'json', 'pipe.md']);
      assert.equal(run.code, 0);
      assert.match(run.stderr, /pipe\.md: skipped: not a regular file/);
    });

    it('checks invalid UTF-8 with replacement characters and warns', () => {
      write(tmp.path, { 'latin1.md': Buffer.from('Caf\xe9 talk. Mrs. Osei in room 12 finally went home today.', 'latin1') });
      const run = scrubs(tmp.path, ['check', '--format', 'json']);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /latin1\.md: warning: not valid UTF-8/);
    });

    it('skips UTF-16 text with a note', () => {
      write(tmp.path, { 'win.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PATIENT, 'utf16le')]) });
      const run = scrubs(tmp.path, ['check', '--format', 'json']);
      assert.equal(run.code, 0);
      assert.match(run.stderr, /win\.txt: skipped: UTF-16/);
    });
  });
});
