// Settings that change what a user sees: severities and "off", the allowlist, strict mode,
// per-file settings in front matter.
import assert from 'node:assert/strict';
import { lint, DEFAULT_CONFIG, type LintConfig } from '../../server/src/engine';

const run = (text: string, config: Partial<LintConfig> = {}) =>
  lint(text, { filename: 'a.md', config: { ...DEFAULT_CONFIG, ...config } }).findings.map((f) => `${f.ruleId}:${f.severity}`);
const DRAFT = 'Mrs. Osei in room 12 finally went home today.';

describe('config', () => {
  it('turns a rule off, or a whole category', () => {
    assert.deepEqual(run(DRAFT, { severities: { 'patient-privacy/room': 'off' } }), ['patient-privacy/name:error']);
    assert.deepEqual(run(DRAFT, { severities: { 'patient-privacy': 'off' } }), []);
  });

  it('changes severities, rule ids winning over categories', () => {
    assert.deepEqual(run(DRAFT, { severities: { 'patient-privacy': 'warning', 'patient-privacy/name': 'hint' } }), ['patient-privacy/name:hint', 'patient-privacy/room:warning']);
  });

  it('allowlisted terms are never flagged', () => {
    assert.deepEqual(run(DRAFT, { allow: ['mrs. osei'] }), ['patient-privacy/room:error']);
  });

  it('strict mode flags identifiers without any patient context', () => {
    const text = 'Dr. Amara Osei will speak at our workshop at 412 Birch Lane, Springfield. Questions? Call 555-201-8834.';
    assert.deepEqual(run(text), []);
    const strict = run(text, { strict: true });
    assert.ok(strict.includes('patient-privacy/name:error'), strict.join(' '));
    assert.ok(strict.includes('patient-privacy/address:error'), strict.join(' '));
    assert.ok(strict.includes('patient-privacy/phone:error'), strict.join(' '));
  });

  it('front matter can carry per-file settings', () => {
    const text = `---\nscrubs:\n  rules:\n    patient-privacy/room: off\n  allow: [Osei]\n---\n${DRAFT}`;
    assert.deepEqual(run(text), []);
  });

  it('reports invalid per-file settings and keeps going', () => {
    const result = lint(`---\nscrubs:\n  rules:\n    patient-privacy/room: loud\n---\n${DRAFT}`, { filename: 'a.md' });
    assert.match(result.problems.join('\n'), /scrubs\.rules\.patient-privacy\/room/);
    assert.equal(result.findings.length, 2);
  });
});
