// Every rule carries its own examples (rules/*.yaml): drafts it must flag, drafts it must leave
// alone, and what its recommended fix makes of a draft. This runs all of them.
import assert from 'node:assert/strict';
import { builtinRules, findingsOf } from './helpers';
import { applyEdits, lint } from '../server/src/engine';

describe('rule examples', () => {
  for (const rule of builtinRules().rules) {
    describe(rule.id, () => {
      for (const draft of rule.examples.flag ?? []) {
        it(`flags: ${draft}`, () => {
          const ids = findingsOf(draft).map((f) => f.ruleId);
          assert.ok(ids.includes(rule.id), `expected ${rule.id}, got [${ids.join(', ')}]`);
        });
      }
      for (const draft of rule.examples.allow ?? []) {
        it(`allows: ${draft}`, () => {
          const hits = findingsOf(draft).filter((f) => f.category === rule.category).map((f) => `${f.ruleId} "${draft.slice(f.start, f.end)}"`);
          assert.deepEqual(hits, []);
        });
      }
      for (const { before, after } of rule.examples.fix ?? []) {
        it(`fixes: ${before}`, () => {
          const finding = lint(before).findings.find((f) => f.ruleId === rule.id);
          assert.ok(finding, `expected ${rule.id} on the fix example`);
          assert.equal(applyEdits(before, finding.fixes[0].edits).text, after);
        });
      }
    });
  }
});
