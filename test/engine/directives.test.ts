// Inline control from CONTRACT.md: disable-next-line, disable/enable ranges, per category or
// rule, and the same words on their own line in plain text.
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';

const rules = (text: string, filename = 'draft.md') => lint(text, { filename }).findings.map((f) => f.ruleId);
const DRAFT = 'Mrs. Osei in room 12 finally went home today.';

describe('directives', () => {
  it('flags the draft without directives', () => {
    assert.deepEqual(rules(DRAFT), ['patient-privacy/name', 'patient-privacy/room']);
  });

  it('disable-next-line silences one rule on the next line only', () => {
    const text = `<!-- scrubs-disable-next-line patient-privacy/name -->\n${DRAFT}\n\n${DRAFT}`;
    assert.deepEqual(rules(text), ['patient-privacy/room', 'patient-privacy/name', 'patient-privacy/room']);
  });

  it('disable/enable ranges work by category', () => {
    const text = `<!-- scrubs-disable patient-privacy -->\n\n${DRAFT}\n\n<!-- scrubs-enable patient-privacy -->\n\n${DRAFT}`;
    assert.deepEqual(rules(text), ['patient-privacy/name', 'patient-privacy/room']);
  });

  it('a directive without targets disables every rule', () => {
    assert.deepEqual(rules(`<!-- scrubs-disable-next-line -->\n${DRAFT}`), []);
  });

  it('ignores a "-- reason" after the targets', () => {
    assert.deepEqual(rules(`<!-- scrubs-disable-next-line patient-privacy -- fictional teaching case -->\n${DRAFT}`), []);
  });

  it('works on directive lines in plain text', () => {
    const text = `scrubs-disable-next-line patient-privacy/room\n${DRAFT}`;
    assert.deepEqual(rules(text, 'notes.txt'), ['patient-privacy/name']);
  });

  it('does not treat directive-looking prose in markdown as a directive', () => {
    assert.deepEqual(rules(`scrubs-disable-next-line patient-privacy\n\n${DRAFT}`), ['patient-privacy/name', 'patient-privacy/room']);
  });
});
