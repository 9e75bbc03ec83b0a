// Every finding maps back to the exact text in the original document, in UTF-16 offsets and
// LSP (line, character) positions, whatever the markup, line ends or characters around it.
import assert from 'node:assert/strict';
import { lint, LineIndex } from '../../server/src/engine';

function flaggedTexts(text: string, filename = 'draft.md'): string[] {
  return lint(text, { filename }).findings.map((f) => text.slice(f.start, f.end));
}

describe('positions', () => {
  it('maps a name after emoji and accents on the same line', () => {
    const text = '😀 café shift 🩺 — Mrs. Osei in room 12 finally went home today.';
    const { findings, lines } = lint(text, { filename: 'a.md' });
    const name = findings.find((f) => f.ruleId === 'patient-privacy/name')!;
    assert.equal(text.slice(name.start, name.end), 'Mrs. Osei');
    // 😀 is two UTF-16 code units: the LSP character counts them both.
    assert.deepEqual(lines.positionAt(name.start), { line: 0, character: text.indexOf('Mrs.') });
    assert.equal(lines.positionAt(name.start).character, 19);
  });

  it('maps positions on CRLF and lone-CR lines', () => {
    const text = 'First line.\r\n\r\nSecond para.\r\nThe lady in room 12 finally smiled today.\rDone.';
    const { findings, lines } = lint(text, { filename: 'a.md' });
    const room = findings.find((f) => f.ruleId === 'patient-privacy/room')!;
    assert.equal(text.slice(room.start, room.end), 'room 12');
    assert.deepEqual(lines.rangeOf(room.start, room.end), { start: { line: 3, character: 12 }, end: { line: 3, character: 19 } });
  });

  it('counts a leading BOM as a character of the text it was given', () => {
    const text = '\uFEFFMr. K in bed 4 refused his meds again.';
    const { findings } = lint(text, { filename: 'a.txt' });
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['Mr. K', 'bed 4']);
  });

  it('maps through markdown escapes, entities and emphasis', () => {
    const text = 'Sat with **Mrs.&nbsp;Osei** in \\*bed\\* room 12 after her stroke.';
    const texts = flaggedTexts(text);
    assert.ok(texts.includes('room 12'), texts.join('|'));
    const name = texts.find((t) => t.includes('Osei'))!;
    assert.ok(name.endsWith('Osei') && name.startsWith('Mrs.'), name);
  });

  it('maps continuation lines inside block quotes and list items', () => {
    const text = '> Long night.\n> Mrs. Osei in room 12\n> finally went home.\n\n- one\n- my patient Jamal Brown walked\n  to the window after his stroke';
    const texts = flaggedTexts(text);
    assert.ok(texts.includes('Mrs. Osei'), texts.join('|'));
    assert.ok(texts.includes('room 12'));
    assert.ok(texts.includes('Jamal Brown'));
  });

  it('LineIndex round-trips offsets and clamps out-of-range positions', () => {
    const lines = new LineIndex('ab\r\ncd\nef');
    for (let o = 0; o <= 9; o++) assert.equal(lines.offsetAt(lines.positionAt(o)), o === 3 ? 2 : o);
    assert.equal(lines.offsetAt({ line: 99, character: 0 }), 9);
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(lines.offsetAt({ line: -1, character: 5 }), 0);
  });
});
