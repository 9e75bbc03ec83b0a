// `scrubs rules`: every rule, with the fields editors and docs generators read.
import assert from 'node:assert/strict';
import { builtinRules } from '../helpers';
import { scrubs, useTempDir, write } from './run';

interface RuleRow {
  id: string;
  category: string;
  severity: string;
  defaultSeverity: string;
  description: string;
  docs: string | null;
  check: string;
  detector: string | null;
}

describe('scrubs rules', () => {
  const tmp = useTempDir();

  it('--json lists every built-in rule with category, severity, description, docs and check', () => {
    const run = scrubs(tmp.path, ['rules', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const { version, rules } = JSON.parse(run.stdout) as { version: number; rules: RuleRow[] };
    assert.equal(version, 1);
    assert.deepEqual(rules.map((r) => r.id), builtinRules().rules.map((r) => r.id));
    for (const rule of rules) {
      assert.ok(rule.id.startsWith(`${rule.category}/`), rule.id);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(rule.severity), rule.id);
      assert.ok(rule.description.length > 0 && rule.check.length > 0, rule.id);
      assert.ok('docs' in rule && 'detector' in rule, rule.id);
    }
  });

  it('shows the severity the config sets, and the rules of its rule packs', () => {
    write(tmp.path, {
      '.scrubs.json': '{"rules": {"patient-privacy/room": "off"}, "rulePaths": ["team-rules"]}',
      'team-rules/ward.yaml': [
        'category: patient-privacy',
        'rules:',
        '  - id: ward-code',
        '    check: pattern',
        '    pattern: "WARD-[0-9]{3}"',
        '    message: "Ward codes identify a unit."',
        '    description: Internal ward codes.',
        '',
      ].join('\n'),
    });
    const run = scrubs(tmp.path, ['rules', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const rules = (JSON.parse(run.stdout) as { rules: RuleRow[] }).rules;
    const room = rules.find((r) => r.id === 'patient-privacy/room');
    assert.deepEqual([room?.severity, room?.defaultSeverity], ['off', 'error']);
    assert.ok(rules.some((r) => r.id === 'patient-privacy/ward-code'), rules.map((r) => r.id).join());
  });

  it('prints a table without --json', () => {
    const run = scrubs(tmp.path, ['rules']);
    assert.equal(run.code, 0);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^RULE +CATEGORY +SEVERITY +CHECK +DESCRIPTION$/);
    assert.equal(lines.length, builtinRules().rules.length + 1);
  });
});
