// Only prose is checked: code, link URLs and raw HTML are skipped; alt text, link text and
// titles are read; front matter configures the draft and is never linted as prose.
import assert from 'node:assert/strict';
import { lint, parseDocument } from '../../server/src/engine';

const ids = (text: string, filename = 'draft.md') => lint(text, { filename }).findings.map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);

describe('markdown documents', () => {
  it('skips fenced and indented code blocks and inline code', () => {
    const text = 'Example for the docs:\n\n```\nMrs. Osei in room 12 finally went home.\n```\n\n    Mr. K in bed 4 refused his meds.\n\nUse `Mrs. Osei in room 12` as a sample string.';
    assert.deepEqual(ids(text), []);
  });

  it('skips link URLs and raw HTML but reads link text', () => {
    const text = 'Read [the sepsis guideline](https://example.org/mrs-osei-room-12) <span title="Mr. K in bed 4">x</span>.\n\n[Mrs. Osei in room 12](https://example.org) went home after her stroke.';
    const found = ids(text);
    assert.ok(found.some((f) => f.endsWith('Mrs. Osei')), found.join('|'));
    assert.ok(found.every((f) => !f.includes('mrs-osei')), found.join('|'));
    assert.ok(found.every((f) => !f.endsWith('Mr. K')), found.join('|'));
  });

  it('reads image alt text and titles', () => {
    const text = '![Mr. K in bed 4 after his stroke](photo.png "Mrs. Osei in room 12")';
    const found = ids(text);
    assert.ok(found.includes('patient-privacy/room bed 4'), found.join('|'));
    assert.ok(found.includes('patient-privacy/room room 12'), found.join('|'));
  });

  it('reads front matter and does not lint it', () => {
    const text = '---\ntitle: Mrs. Osei in room 12\nplatform: twitter\n---\nA calm night on the unit.';
    const result = lint(text, { filename: 'a.md' });
    assert.deepEqual(result.findings, []);
    assert.equal(result.config.platform, 'twitter');
  });

  it('reports invalid front matter without failing', () => {
    const result = lint('---\nplatform: [twitter\n---\nHello.', { filename: 'a.md' });
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0], /front matter is not valid YAML/);
  });

  it('treats .txt files as prose throughout', () => {
    const text = '```\nMrs. Osei in room 12 finally went home.\n```';
    assert.ok(ids(text, 'notes.txt').includes('patient-privacy/room room 12'));
    assert.deepEqual(ids(text, 'notes.md'), []);
  });

  it('survives broken markdown', () => {
    const text = '```\nunclosed fence\n\n> > > - [ ] *a **b _c\n\n![x](\n\n<div>\n\nMrs. Osei in room 12';
    const doc = parseDocument(text, 'markdown');
    assert.ok(Array.isArray(doc.blocks));
    assert.doesNotThrow(() => lint(text, { filename: 'x.md' }));
  });
});
