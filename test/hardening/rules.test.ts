// Hostile user rule packs and broken configs: patterns are matched by RE2 (linear time), the ones
// RE2 cannot run are refused with the file, line and field, the rest of the pack keeps working,
// and no config — invalid JSON or YAML, wrong types, unknown rule ids — crashes anything.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileRules, formatProblem, lint, rulesWith, type RulePackSource } from '../../server/src/engine';
import { scrubs, useTempDir, write } from '../cli/run';
import { check } from './arbitraries';

/** Patterns that take exponential or polynomial time in a backtracking engine. */
const CATASTROPHIC = ['(a+)+$', '(a|a)*$', '(a|aa)+$', '(\\w+\\s?)*$', '(x+x+)+y', '\\s*\\s*\\s*x', '.*.*=.*', '(.*a){12}', '(?:a*)*b', '^(([a-z])+.)+[A-Z]([a-z])+$'];

function pack(rules: Record<string, unknown>[], file = 'team/hostile.yaml'): RulePackSource {
  return { file, ruleLines: rules.map((_, i) => 3 + i * 5), data: { category: 'patient-privacy', rules: rules.map((r, i) => ({ id: `r${i}`, check: 'pattern', message: 'matched {match}', description: 'test rule', ...r })) } };
}

describe('hardening: hostile user rules', function () {
  this.timeout(120_000);

  it('runs patterns that backtrack catastrophically elsewhere in linear time on adversarial input', () => {
    const { ruleSet, problems } = rulesWith([pack(CATASTROPHIC.map((pattern) => ({ pattern })))]);
    assert.deepEqual(problems.map(formatProblem), []);
    // 'a' x 30k then a mismatch: (a+)+$ alone would need ~2^30000 steps in V8's RegExp.
    const adversarial = `${'a'.repeat(30_000)}!\n\n${' '.repeat(5_000)}y\n\n${'x'.repeat(5_000)}\n`;
    const started = Date.now();
    const { findings } = lint(adversarial, { rules: ruleSet });
    const ms = Date.now() - started;
    assert.ok(ms < 30_000, `took ${ms} ms`);
    assert.ok(findings.some((f) => f.ruleId.startsWith('patient-privacy/r')), 'the user patterns did run');
  });

  it('refuses back-references, lookaround, bad syntax and absurd lengths with file:line: field, and keeps the other rules', () => {
    const { ruleSet, problems } = rulesWith([
      pack([
        { id: 'ward-code', pattern: 'WARD-[0-9]{3}', fix: { replace: 'a ward' } },
        { pattern: '(\\w+)\\1' },
        { pattern: '(?<=room )\\d+' },
        { pattern: 'x(?!y)' },
        { pattern: '([' },
        { pattern: 'a'.repeat(3000) },
        { pattern: 42 },
      ]),
    ]);
    const lines = problems.map(formatProblem);
    assert.ok(lines.some((l) => /^team\/hostile\.yaml:33: rules\[6\]\.pattern: must be string/.test(l)), lines.join('\n'));
    // The wrongly typed rule fails schema validation, which skips the whole pack: check that first.
    const typed = rulesWith([pack([{ id: 'ward-code', pattern: 'WARD-[0-9]{3}' }, { pattern: '(\\w+)\\1' }, { pattern: '(?<=room )\\d+' }, { pattern: 'x(?!y)' }, { pattern: '([' }, { pattern: 'a'.repeat(3000) }])]);
    const messages = typed.problems.map(formatProblem);
    assert.deepEqual(messages.map((m) => m.replace(/\(.*$/, '')), [
      'team/hostile.yaml:8: rules[1].pattern: uses a back-reference, which needs backtracking ',
      'team/hostile.yaml:13: rules[2].pattern: uses lookahead or lookbehind, which needs backtracking ',
      'team/hostile.yaml:18: rules[3].pattern: uses lookahead or lookbehind, which needs backtracking ',
      'team/hostile.yaml:23: rules[4].pattern: is not a valid regular expression ',
      'team/hostile.yaml:28: rules[5].pattern: is longer than 2000 characters',
    ]);
    const text = 'Covering WARD-204 tonight: Mrs. Osei in room 12 went home.';
    const ids = lint(text, { rules: typed.ruleSet }).findings.map((f) => f.ruleId);
    assert.ok(ids.includes('patient-privacy/ward-code'), ids.join());
    assert.ok(ids.includes('patient-privacy/name') && ids.includes('patient-privacy/room'), 'built-in rules keep running');
    assert.ok(ruleSet.rules.length > 0);
  });

  it('redacts a pattern match with the rule\'s replacement, cased like the match', () => {
    const { ruleSet } = rulesWith([pack([{ id: 'ward-code', pattern: 'ward-[0-9]{3}', fix: { replace: 'a ward' } }])]);
    const text = 'Covering WARD-204 tonight.';
    const f = lint(text, { rules: ruleSet }).findings.find((x) => x.ruleId === 'patient-privacy/ward-code')!;
    assert.equal(text.slice(f.start, f.end), 'WARD-204');
    assert.equal(f.fixes[0].edits[0].newText.toLowerCase(), 'a ward');
  });

  it('never throws on any pattern string (compile, then lint with it)', () => {
    const patternish = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 24 }),
      fc.array(fc.constantFrom('(', ')', '[', ']', '{', '}', '*', '+', '?', '|', '\\', '^', '$', '.', 'a', '\\d', '\\w', '\\s', '\\b', '\\1', '(?:', '(?<', '(?=', '{2,}', '\\p{L}', '\\u0041', '\\x{41}', '\uD800'), { maxLength: 14 }).map((xs) => xs.join('')),
    );
    check(
      'hostile patterns',
      fc.property(patternish, (pattern) => {
        const { ruleSet, problems } = compileRules([pack([{ pattern }])], { validate: true });
        for (const p of problems) assert.match(formatProblem(p), /^team\/hostile\.yaml(:\d+)?: /);
        if (ruleSet.rules.length) lint(`aaaa ${pattern} ${'a'.repeat(200)}!`, { rules: ruleSet });
      }),
      300,
    );
  });
});

describe('hardening: broken configs in the CLI', function () {
  this.timeout(60_000);
  const tmp = useTempDir();
  const DRAFT = 'Mrs. Osei in room 12 went home.\n';

  const cases: [string, string, RegExp][] = [
    ['.scrubs.json', '{"rules": ', /^scrubs: \.scrubs\.json: \(file\): is not valid JSON/],
    ['.scrubs.json', '[1, 2]', /^scrubs: \.scrubs\.json: \(config\): must be object/],
    ['.scrubs.json', '{"strict": "yes"}', /^scrubs: \.scrubs\.json:1: strict: must be boolean/],
    ['.scrubs.json', '{"rules": {"patient-privacy/name": 3}}', /^scrubs: \.scrubs\.json:1: rules\.patient-privacy\/name: must be one of/],
    ['.scrubs.json', '{"maxFileSize": -5}', /maxFileSize: must be >= 1/],
    ['.scrubs.json', '{"rulePaths": ["missing-folder"]}', /rulePaths: missing-folder: \(folder\): cannot be read: ENOENT/],
    ['.scrubs.yaml', 'rules:\n  - : [\n', /^scrubs: \.scrubs\.yaml:\d+: \(file\): is not valid YAML/],
    ['.scrubs.yaml', '\u0000\u0001binary', /^scrubs: \.scrubs\.yaml/],
  ];
  for (const [name, text, expected] of cases) {
    it(`exits 2 with one line naming the file for ${name} ${JSON.stringify(text).slice(0, 40)}`, () => {
      write(tmp.path, { [name]: text, 'a.md': DRAFT });
      const run = scrubs(tmp.path, ['check', 'a.md']);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, expected);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.doesNotMatch(run.stderr, /internal error|at .*\.js:\d+/);
    });
  }

  it('warns about an unknown rule id in the config and still checks', () => {
    write(tmp.path, { '.scrubs.json': '{"rules": {"patient-privacy/nmae": "off", "patient-privacy": "warning"}}', 'a.md': DRAFT });
    const run = scrubs(tmp.path, ['check', 'a.md', '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^scrubs: \.scrubs\.json: rules\.patient-privacy\/nmae: is not a rule id or category/);
    assert.ok(JSON.parse(run.stdout).files[0].diagnostics.length > 0);
  });

  it('refuses a rule pack with a back-reference pattern, naming the pack, line and field', () => {
    write(tmp.path, {
      '.scrubs.json': '{"rulePaths": ["team-rules"]}',
      'team-rules/evil.yaml': ['category: patient-privacy', 'rules:', '  - id: evil', '    check: pattern', '    pattern: "(a+)\\\\1"', '    message: x', '    description: x', ''].join('\n'),
      'a.md': DRAFT,
    });
    const run = scrubs(tmp.path, ['check', 'a.md']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /^scrubs: \.scrubs\.json: rulePaths: team-rules\/evil\.yaml:3: rules\[0\]\.pattern: uses a back-reference/);
  });

  it('runs a catastrophic-in-V8 pattern from a rule pack over an adversarial draft and finishes', () => {
    write(tmp.path, {
      '.scrubs.json': '{"rulePaths": ["team-rules"]}',
      'team-rules/slow.yaml': ['category: patient-privacy', 'rules:', '  - id: slow', '    check: pattern', '    pattern: "(a+)+$"', '    message: x', '    description: x', ''].join('\n'),
      'a.md': `${'a'.repeat(20_000)}!\n\naaaa\n`,
    });
    const run = scrubs(tmp.path, ['check', 'a.md', '--format', 'json']);
    assert.equal(run.code, 0, run.stderr); // a pack without a severity warns
    assert.ok(JSON.parse(run.stdout).files[0].diagnostics.some((d: { ruleId: string }) => d.ruleId === 'patient-privacy/slow'));
  });
});
