// `scrubs check`: exit codes, the JSON contract (LSP positions in UTF-16 units), stdin, config
// errors and the stylish report.
import assert from 'node:assert/strict';
import { COLLEAGUE, PATIENT, jsonOf, scrubs, useTempDir, write } from './run';

describe('scrubs check', () => {
  const tmp = useTempDir();

  describe('exit codes', () => {
    it('exits 0 on a clean draft', () => {
      write(tmp.path, { 'talk.md': COLLEAGUE });
      const run = scrubs(tmp.path, ['check', 'talk.md']);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, '');
    });

    it('exits 1 when a draft names a patient', () => {
      write(tmp.path, { 'shift.md': PATIENT });
      assert.equal(scrubs(tmp.path, ['check', 'shift.md']).code, 1);
    });

    it('exits 2 naming an unknown flag', () => {
      const run = scrubs(tmp.path, ['check', '--colour']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--colour/);
      assert.equal(run.stderr.trim().split('\n').length, 1);
    });

    it('exits 2 for a flag of another command', () => {
      const run = scrubs(tmp.path, ['check', '--write']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--write/);
    });

    it('exits 2 for an unknown format, naming --format', () => {
      write(tmp.path, { 'a.md': COLLEAGUE });
      const run = scrubs(tmp.path, ['check', '--format', 'xml', 'a.md']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--format/);
    });

    it('exits 2 for a flag missing its value', () => {
      const run = scrubs(tmp.path, ['check', '--config']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--config needs a value/);
    });

    it('exits 2 with "No files matching" for a path that does not exist (as ESLint does)', () => {
      const run = scrubs(tmp.path, ['check', 'missing.md']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /No files matching "missing\.md"/);
    });

    it('exits 2 for an unknown command and for none', () => {
      assert.equal(scrubs(tmp.path, ['lint']).code, 2);
      assert.equal(scrubs(tmp.path, []).code, 2);
    });

    it('exits 2 for an unknown --platform', () => {
      const run = scrubs(tmp.path, ['check', '--platform', 'myspace']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--platform/);
    });

    it('prints help and the version', () => {
      const help = scrubs(tmp.path, ['--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /check \[paths\|globs\.\.\.\]/);
      assert.match(scrubs(tmp.path, ['check', '--help']).stdout, /--max-warnings/);
      const version = scrubs(tmp.path, ['--version']);
      assert.equal(version.code, 0);
      assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    });
  });

  describe('--max-warnings', () => {
    // The config turns the patient-privacy errors into warnings: 2 warnings, no error.
    beforeEach(() => write(tmp.path, { 'shift.md': PATIENT, '.scrubs.json': '{"rules": {"patient-privacy": "warning"}}' }));

    it('does not fail on warnings alone', () => {
      const run = scrubs(tmp.path, ['check', '--format', 'json']);
      assert.equal(run.code, 0);
      assert.deepEqual(jsonOf(run).files[0].diagnostics.map((d) => d.severity), ['warning', 'warning']);
    });

    it('fails when the warnings exceed N', () => {
      const run = scrubs(tmp.path, ['check', '--max-warnings', '1']);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /--max-warnings 1/);
    });

    it('passes when the warnings are exactly N', () => {
      assert.equal(scrubs(tmp.path, ['check', '--max-warnings=2']).code, 0);
    });

    it('exits 2 for a value that is not a count', () => {
      const run = scrubs(tmp.path, ['check', '--max-warnings', '-1']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--max-warnings/);
    });
  });

  describe('configuration errors', () => {
    it('names the file, the line and the field of an invalid .scrubs.yaml', () => {
      write(tmp.path, { 'a.md': COLLEAGUE, '.scrubs.yaml': 'strict: true\nrules:\n  patient-privacy/name: loud\n' });
      const run = scrubs(tmp.path, ['check']);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr.trim().split('\n').length, 1);
      assert.match(run.stderr, /\.scrubs\.yaml:3: rules\.patient-privacy\/name: must be one of/);
    });

    it('names an unknown setting in .scrubs.json', () => {
      write(tmp.path, { 'a.md': COLLEAGUE, '.scrubs.json': '{\n  "strictness": true\n}\n' });
      const run = scrubs(tmp.path, ['check']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /\.scrubs\.json:2: strictness: is not a known setting/);
    });

    it('finds the nearest config upward from each file', () => {
      write(tmp.path, { 'posts/a.md': PATIENT, 'posts/.scrubs.json': '{"rules": {"patient-privacy/name": "off"}}', 'b.md': PATIENT });
      const report = jsonOf(scrubs(tmp.path, ['check', '--format', 'json']));
      const ids = Object.fromEntries(report.files.map((f) => [f.path, f.diagnostics.map((d) => d.ruleId)]));
      assert.deepEqual(ids['posts/a.md'], ['patient-privacy/room']);
      assert.deepEqual(ids['b.md'], ['patient-privacy/name', 'patient-privacy/room']);
    });

    it('uses --config FILE instead, and exits 2 naming it when it is missing', () => {
      write(tmp.path, { 'a.md': PATIENT, 'ci/scrubs.yaml': 'rules:\n  patient-privacy: off\n' });
      assert.equal(scrubs(tmp.path, ['check', '--config', 'ci/scrubs.yaml', 'a.md']).code, 0);
      const run = scrubs(tmp.path, ['check', '--config', 'ci/nope.yaml', 'a.md']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /ci\/nope\.yaml/);
    });

    it('names the pack file and field of a broken user rule pack', () => {
      write(tmp.path, {
        'a.md': COLLEAGUE,
        '.scrubs.json': '{"rulePaths": ["my-rules"]}',
        'my-rules/local.yaml': 'category: patient-privacy\nrules:\n  - id: x\n    check: telepathy\n    message: m\n    description: d\n',
      });
      const run = scrubs(tmp.path, ['check']);
      assert.equal(run.code, 2);
      assert.equal(run.stderr.trim().split('\n').length, 1);
      assert.match(run.stderr, /my-rules\/local\.yaml:3: rules\[0\]\.check/);
    });
  });

  describe('--format json', () => {
    it('lists every checked file, clean ones with an empty list, sorted by path', () => {
      write(tmp.path, { 'b.md': COLLEAGUE, 'a.md': PATIENT, 'sub/c.txt': COLLEAGUE });
      const report = jsonOf(scrubs(tmp.path, ['check', '--format', 'json']));
      assert.equal(report.version, 1);
      assert.deepEqual(report.files.map((f) => f.path), ['a.md', 'b.md', 'sub/c.txt']);
      assert.deepEqual(report.files[1].diagnostics, []);
    });

    it('gives LSP ranges in UTF-16 units after a BOM, CRLF line ends and an emoji', () => {
      // BOM, a first line with an emoji, CRLF; then an emoji (2 UTF-16 units) and a space before the name.
      const text = '\uFEFFNight shift 😀\r\n😀 Mrs. Osei in room 12 finally went home today.\r\n';
      write(tmp.path, { 'draft.md': text });
      const run = scrubs(tmp.path, ['check', '--format', 'json', 'draft.md']);
      assert.equal(run.code, 1);
      const [file] = jsonOf(run).files;
      const name = file.diagnostics.find((d) => d.ruleId === 'patient-privacy/name');
      assert.ok(name, JSON.stringify(file.diagnostics));
      assert.equal(name.category, 'patient-privacy');
      assert.equal(name.severity, 'error');
      assert.deepEqual(name.range, { start: { line: 1, character: 3 }, end: { line: 1, character: 12 } });
      const redact = name.fixes[0];
      assert.equal(redact.title, 'Redact identifier');
      assert.deepEqual(redact.edits[0].range, name.range);
      const room = file.diagnostics.find((d) => d.ruleId === 'patient-privacy/room');
      assert.deepEqual(room?.range, { start: { line: 1, character: 16 }, end: { line: 1, character: 23 } });
    });

    it('has exactly the CONTRACT.md fields', () => {
      write(tmp.path, { 'a.md': PATIENT });
      const [d] = jsonOf(scrubs(tmp.path, ['check', '--format', 'json'])).files[0].diagnostics;
      assert.deepEqual(Object.keys(d).sort(), ['category', 'fixes', 'message', 'range', 'ruleId', 'severity']);
      assert.deepEqual(Object.keys(d.fixes[0]).sort(), ['edits', 'title']);
      assert.deepEqual(Object.keys(d.fixes[0].edits[0]).sort(), ['newText', 'range']);
    });
  });

  describe('--stdin', () => {
    it('checks stdin and names it after --stdin-filename', () => {
      const run = scrubs(tmp.path, ['check', '--stdin', '--stdin-filename', 'posts/today.md', '--format', 'json'], { input: PATIENT });
      assert.equal(run.code, 1);
      const report = jsonOf(run);
      assert.equal(report.files[0].path, 'posts/today.md');
      assert.ok(report.files[0].diagnostics.some((d) => d.ruleId === 'patient-privacy/name'));
    });

    it('calls it <stdin> without a name', () => {
      const report = jsonOf(scrubs(tmp.path, ['check', '--stdin', '--format', 'json'], { input: COLLEAGUE }));
      assert.deepEqual(report.files, [{ path: '<stdin>', diagnostics: [] }]);
    });

    it('uses the config found from the --stdin-filename', () => {
      write(tmp.path, { 'posts/.scrubs.json': '{"rules": {"patient-privacy": "off"}}' });
      assert.equal(scrubs(tmp.path, ['check', '--stdin', '--stdin-filename', 'posts/x.md'], { input: PATIENT }).code, 0);
    });

    it('refuses paths together with --stdin', () => {
      const run = scrubs(tmp.path, ['check', '--stdin', 'a.md'], { input: PATIENT });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--stdin/);
    });
  });

  describe('stylish', () => {
    it('groups by file with 1-based line:col, severity, message and rule id, then a summary', () => {
      write(tmp.path, { 'a.md': `Thank you all.\n\n${PATIENT}\n`, 'b.md': COLLEAGUE });
      const run = scrubs(tmp.path, ['check']);
      const lines = run.stdout.split('\n');
      assert.equal(lines[0], 'a.md');
      assert.match(lines[1], /^ {2}3:1 +error +.+ {2}patient-privacy\/name$/);
      assert.match(lines[2], /^ {2}3:14 +error +.+ {2}patient-privacy\/room$/);
      assert.ok(!run.stdout.includes('b.md'), 'clean files are not listed');
      assert.match(run.stdout, /\n✖ 2 problems \(2 errors, 0 warnings, 0 infos\)\n$/);
      assert.ok(!run.stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
    });

    it('colours only when asked, and never with NO_COLOR', () => {
      write(tmp.path, { 'a.md': PATIENT });
      assert.ok(scrubs(tmp.path, ['check'], { env: { FORCE_COLOR: '1' } }).stdout.includes('\u001b[31merror'));
      assert.ok(!scrubs(tmp.path, ['check'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout.includes('\u001b['));
    });
  });

  describe('--strict and --platform', () => {
    it('--strict flags a name without patient context', () => {
      write(tmp.path, { 'a.md': 'We had lunch with Amara Osei.' });
      const plain = jsonOf(scrubs(tmp.path, ['check', '--format', 'json']));
      const strict = jsonOf(scrubs(tmp.path, ['check', '--format', 'json', '--strict']));
      assert.equal(plain.files[0].diagnostics.length, 0);
      assert.ok(strict.files[0].diagnostics.some((d) => d.ruleId === 'patient-privacy/name'), JSON.stringify(strict));
    });

    it('accepts a known --platform', () => {
      write(tmp.path, { 'a.md': COLLEAGUE });
      assert.equal(scrubs(tmp.path, ['check', '--platform', 'LinkedIn']).code, 0);
    });
  });

  it('never writes draft text to stderr', () => {
    write(tmp.path, { 'a.md': PATIENT, 'b.bin': Buffer.from([0, 1, 2]), 'c.md': Buffer.from('Mrs. Osei \xff in room 12 went home.', 'latin1') });
    const run = scrubs(tmp.path, ['check', '.', 'b.bin']);
    assert.ok(run.stderr.length > 0);
    for (const secret of ['Osei', 'room 12', 'went home']) assert.ok(!run.stderr.includes(secret), run.stderr);
  });
});
