// No data loss: `scrubs fix --write` on read-only files, files that change between read and write,
// symlinks, and injected faults (disk full half-way through, fsync and rename failures, a folder it
// cannot create files in). On every failure the original file is byte-for-byte intact, no
// temporary file is left behind, the exit code is 1 and stderr names the file, never its text.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATIENT, scrubs, useTempDir, write } from '../cli/run';

const PRELOAD = join(__dirname, 'faults.cjs');
/** A word that appears only in the draft: it must never reach stderr. */
const MARKER = 'Zyxwvutsrq';
const DRAFT = `# Shift notes\r\n\r\n${PATIENT}\r\nThe ${MARKER} protocol worked well.\r\n`;
export const faultsInjected = { count: 0 };

function fixWithFault(dir: string, fault: string, file = 'draft.md') {
  const run = scrubs(dir, ['fix', '--write', file], { env: { NODE_OPTIONS: `--require ${PRELOAD}`, SCRUBS_TEST_FAULT: fault, SCRUBS_TEST_FAULT_TARGET: join(dir, file) } });
  faultsInjected.count += (run.stderr.match(/^SCRUBS-TEST-FAULT /gm) ?? []).length;
  return run;
}

function assertIntact(dir: string, file: string, original: Buffer | string, stderr: string): void {
  assert.deepEqual(readFileSync(join(dir, file)), Buffer.from(original));
  assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.scrubs-')), [], 'no temporary file left behind');
  assert.ok(!stderr.includes(MARKER) && !stderr.includes('Osei'), `draft text on stderr: ${stderr}`);
}

describe('hardening: fix --write never loses data', function () {
  this.timeout(60_000);
  const tmp = useTempDir();
  after(() => console.log(`      faults injected into fix --write: ${faultsInjected.count}`));

  it('writes a normal fix (the baseline the fault cases differ from)', () => {
    write(tmp.path, { 'draft.md': DRAFT });
    const run = scrubs(tmp.path, ['fix', '--write', 'draft.md']);
    assert.equal(run.code, 0, run.stderr);
    const fixed = readFileSync(join(tmp.path, 'draft.md'), 'utf8');
    assert.ok(!fixed.includes('Osei') && fixed.includes(MARKER) && fixed.includes('\r\n'), fixed);
  });

  for (const [fault, code] of [['ENOSPC', 'ENOSPC'], ['EIO', 'EIO'], ['EXDEV', 'EXDEV'], ['EACCES', 'EACCES']] as const) {
    it(`leaves the original intact when ${fault} strikes while writing`, () => {
      write(tmp.path, { 'draft.md': DRAFT });
      chmodSync(join(tmp.path, 'draft.md'), 0o640);
      const run = fixWithFault(tmp.path, fault);
      assert.match(run.stderr, new RegExp(`SCRUBS-TEST-FAULT ${fault}`), 'the fault was injected');
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, new RegExp(`^scrubs: draft\\.md: not written \\(${code}\\)$`, 'm'));
      assertIntact(tmp.path, 'draft.md', DRAFT, run.stderr);
      assert.equal(statSync(join(tmp.path, 'draft.md')).mode & 0o777, 0o640);
    });
  }

  it('keeps what an editor saved while the fix was being written (the file changed between read and write)', () => {
    write(tmp.path, { 'draft.md': DRAFT });
    const run = fixWithFault(tmp.path, 'change');
    assert.match(run.stderr, /SCRUBS-TEST-FAULT change/);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /^scrubs: draft\.md: not written: the file changed on disk while it was being fixed$/m);
    assertIntact(tmp.path, 'draft.md', `${DRAFT}A line the writer saved meanwhile.\n`, run.stderr);
  });

  it('does not replace a read-only file, even when it could (root)', () => {
    write(tmp.path, { 'draft.md': DRAFT });
    chmodSync(join(tmp.path, 'draft.md'), 0o444);
    const run = scrubs(tmp.path, ['fix', '--write', 'draft.md']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /^scrubs: draft\.md: not written: the file is read-only$/m);
    assertIntact(tmp.path, 'draft.md', DRAFT, run.stderr);
    assert.equal(statSync(join(tmp.path, 'draft.md')).mode & 0o777, 0o444);
  });

  it('writes through a symlink to its target, and the link stays a link', () => {
    write(tmp.path, { 'real/draft.md': DRAFT });
    symlinkSync(join('real', 'draft.md'), join(tmp.path, 'link.md'));
    const run = scrubs(tmp.path, ['fix', '--write', 'link.md']);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(lstatSync(join(tmp.path, 'link.md')).isSymbolicLink());
    assert.equal(readlinkSync(join(tmp.path, 'link.md')), join('real', 'draft.md'));
    assert.ok(!readFileSync(join(tmp.path, 'real', 'draft.md'), 'utf8').includes('Osei'));
  });

  it('leaves a symlinked read-only target and a dangling link alone, without crashing', () => {
    write(tmp.path, { 'real/draft.md': DRAFT });
    chmodSync(join(tmp.path, 'real', 'draft.md'), 0o444);
    symlinkSync(join('real', 'draft.md'), join(tmp.path, 'link.md'));
    symlinkSync('nowhere.md', join(tmp.path, 'dangling.md'));
    const run = scrubs(tmp.path, ['fix', '--write', 'link.md', 'dangling.md']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /^scrubs: link\.md: not written: the file is read-only$/m);
    assert.match(run.stderr, /^scrubs: dangling\.md: skipped: cannot be read \(ENOENT\)$/m);
    assert.doesNotMatch(run.stderr, /internal error/);
    assertIntact(join(tmp.path, 'real'), 'draft.md', DRAFT, run.stderr);
    assert.ok(lstatSync(join(tmp.path, 'link.md')).isSymbolicLink() && !existsSync(join(tmp.path, 'nowhere.md')));
  });

  it('fixes the other files of a run when one of them fails', () => {
    write(tmp.path, { 'a.md': DRAFT, 'b.md': DRAFT });
    chmodSync(join(tmp.path, 'a.md'), 0o444);
    const run = scrubs(tmp.path, ['fix', '--write', 'a.md', 'b.md']);
    assert.equal(run.code, 1, run.stderr);
    assertIntact(tmp.path, 'a.md', DRAFT, run.stderr);
    assert.ok(!readFileSync(join(tmp.path, 'b.md'), 'utf8').includes('Osei'));
    writeFileSync(join(tmp.path, 'a.md'), 'x'); // (chmod 444 does not stop root; cleanup works)
  });
});
