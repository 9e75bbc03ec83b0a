// `scrubs check --changed [REF]`: only findings on lines added or modified since REF, in a real
// git repository made for the test.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PATIENT, git, jsonOf, scrubs, useTempDir, write } from './run';

const OTHER = 'Mr. K in bed 4 was so sweet.';

describe('scrubs check --changed', function () {
  const tmp = useTempDir();

  beforeEach(function () {
    try {
      git(tmp.path, 'init', '-q', '-b', 'main');
    } catch {
      this.skip(); // no git here
    }
    // Old content on main that would be flagged: --changed must not report it.
    write(tmp.path, { 'posts/a.md': `${PATIENT}\n\nThanks, team.\n`, 'posts/b.md': `${PATIENT}\n` });
    git(tmp.path, 'add', '.');
    git(tmp.path, 'commit', '-q', '-m', 'drafts');
    git(tmp.path, 'checkout', '-q', '-b', 'feature');
  });

  const lines = (run: ReturnType<typeof scrubs>) =>
    Object.fromEntries(jsonOf(run).files.map((f) => [f.path, f.diagnostics.map((d) => `${d.range.start.line}:${d.ruleId}`)]));

  it('reports only the lines modified since the merge base with main', () => {
    write(tmp.path, { 'posts/a.md': `${PATIENT}\n\n${OTHER}\n` });
    git(tmp.path, 'commit', '-q', '-am', 'edit');
    const run = scrubs(tmp.path, ['check', '--changed', '--format', 'json']);
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(lines(run), { 'posts/a.md': ['2:patient-privacy/name', '2:patient-privacy/room'], 'posts/b.md': [] });
  });

  it('counts uncommitted changes and untracked files', () => {
    write(tmp.path, { 'posts/b.md': `${PATIENT}\n${OTHER}\n`, 'posts/new.md': `Hello.\n${PATIENT}\n` });
    const run = scrubs(tmp.path, ['check', '--changed', '--format', 'json', 'posts']);
    assert.deepEqual(lines(run), {
      'posts/a.md': [],
      'posts/b.md': ['1:patient-privacy/name', '1:patient-privacy/room'],
      'posts/new.md': ['1:patient-privacy/name', '1:patient-privacy/room'],
    });
  });

  it('exits 0 when the only problems are on old lines', () => {
    write(tmp.path, { 'posts/a.md': `${PATIENT}\n\nThanks, whole team.\n` });
    const run = scrubs(tmp.path, ['check', '--changed']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });

  it('takes an explicit REF', () => {
    write(tmp.path, { 'posts/a.md': `${PATIENT}\n\n${OTHER}\n` });
    git(tmp.path, 'commit', '-q', '-am', 'edit');
    const run = scrubs(tmp.path, ['check', '--changed=HEAD', '--format', 'json']);
    assert.deepEqual(lines(run), { 'posts/a.md': [], 'posts/b.md': [] });
    const sinceMain = scrubs(tmp.path, ['check', '--changed', 'main', '--format', 'json']);
    assert.deepEqual(lines(sinceMain)['posts/a.md'], ['2:patient-privacy/name', '2:patient-privacy/room']);
  });

  it('exits 2 for an unknown REF', () => {
    const run = scrubs(tmp.path, ['check', '--changed', 'no-such-branch']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--changed: "no-such-branch" is not a known git revision/);
  });

  it('exits 2 when there is no default branch to compare with', () => {
    git(tmp.path, 'branch', '-q', '-D', 'main');
    const run = scrubs(tmp.path, ['check', '--changed']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--changed: no default branch found/);
  });

  it('exits 2 for files outside a git repository', () => {
    const outside = join(tmp.path, '..', `${tmp.path.split(/[\\/]/).pop()}-outside`);
    mkdirSync(outside);
    try {
      write(outside, { 'a.md': PATIENT });
      const run = scrubs(outside, ['check', '--changed']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--changed: a\.md is not inside a git repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
