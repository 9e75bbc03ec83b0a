// `scrubs check` of many files on worker threads: the report, the notes on stderr and the exit code
// are byte for byte those of a serial run, in every format. SCRUBS_WORKERS=0 lints on the main
// thread only; SCRUBS_WORKERS=2 hands every file to two workers.
import assert from 'node:assert/strict';
import { scrubs, useTempDir, write } from './run';

const NAMES = ['Mrs. Osei', 'Mr. Lindqvist', 'Baby Okafor', 'Mrs. Tanaka', 'Mr. Haddad'];
const OPENERS = ['Huge thanks to our charge nurse for covering the late shift.', 'Our unit finished the sepsis bundle audit this week.', 'Grand rounds on delirium prevention was worth the early start.'];
const CLOSERS = ['Proud of this team. #nursing', 'Ask questions, new grads. #newgrad', 'Coffee first, then charting.'];

/** Post `i`: invented, varied, about one in three naming a patient with a room. */
function post(i: number): string {
  const parts = [OPENERS[i % OPENERS.length]];
  if (i % 3 === 0) parts.push(`${NAMES[i % NAMES.length]} in room ${10 + (i % 40)} finally went home today.`);
  if (i % 7 === 0) parts.push('My coworker is a lazy idiot and everyone knows it.');
  parts.push(CLOSERS[i % CLOSERS.length]);
  return parts.join(' ');
}

function folder(dir: string): void {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 48; i++) files[`posts/${String(i).padStart(3, '0')}.md`] = post(i);
  for (let i = 0; i < 6; i++) files[`notes/n${i}.txt`] = `${post(i + 100)}\n\n${post(i + 3)}`;
  // Notes on stderr, which must keep their order: front-matter problems, a skipped binary file,
  // invalid UTF-8 checked with a warning.
  files['posts/020-front.md'] = `---\nscrubs:\n  rules:\n    patient-privacy/name: loud\n---\n${post(3)}`;
  files['posts/030-binary.md'] = Buffer.from([0x61, 0x00, 0x62]);
  files['posts/031-latin1.md'] = Buffer.concat([Buffer.from(`${post(6)} caf`), Buffer.from([0xe9])]);
  // A folder with its own config: strict, and names as warnings.
  files['strict/.scrubs.json'] = JSON.stringify({ strict: true, rules: { 'patient-privacy/name': 'warning' } });
  for (let i = 0; i < 6; i++) files[`strict/s${i}.md`] = `Dr. Amara Osei in room ${i + 2} gave a great talk.`;
  write(dir, files);
}

describe('scrubs check on worker threads', function () {
  this.timeout(120_000);
  const tmp = useTempDir();

  for (const format of ['json', 'sarif', 'stylish', 'github', 'markdown']) {
    it(`prints the same ${format} report, notes and exit code as a serial run`, () => {
      folder(tmp.path);
      const serial = scrubs(tmp.path, ['check', '--format', format], { env: { SCRUBS_WORKERS: '0' } });
      const pooled = scrubs(tmp.path, ['check', '--format', format], { env: { SCRUBS_WORKERS: '2' } });
      assert.equal(serial.code, 1, serial.stderr);
      assert.ok(serial.stdout.length > 0);
      assert.match(serial.stderr, /030-binary\.md: skipped/);
      assert.deepEqual(pooled, serial);
    });
  }

  it('keeps --no-snippets, --max-warnings and --strict identical', () => {
    folder(tmp.path);
    const args = ['check', '--format', 'json', '--no-snippets', '--strict', '--max-warnings', '3', 'posts', 'strict'];
    const serial = scrubs(tmp.path, args, { env: { SCRUBS_WORKERS: '0' } });
    const pooled = scrubs(tmp.path, args, { env: { SCRUBS_WORKERS: '3' } });
    assert.deepEqual(pooled, serial);
  });

  it('is the same whether the default run starts workers or not', () => {
    folder(tmp.path);
    const serial = scrubs(tmp.path, ['check', '--format', 'json'], { env: { SCRUBS_WORKERS: '0' } });
    assert.deepEqual(scrubs(tmp.path, ['check', '--format', 'json']), serial);
  });
});
