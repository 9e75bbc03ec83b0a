// The report formats other tools parse: SARIF for code scanning, GitHub annotations, markdown
// review comments.
import assert from 'node:assert/strict';
import { escapeData, escapeProperty } from '../../server/src/cli/formats/github';
import { PATIENT, scrubs, useTempDir, write } from './run';

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; helpUri?: string; defaultConfiguration: { level: string } }[] } };
    columnKind: string;
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[];
  }[];
}

describe('report formats', () => {
  const tmp = useTempDir();
  // Emoji (2 UTF-16 units) and a space before the name, on the second line.
  const draft = `Long night.\n😀 ${PATIENT}\n`;

  describe('sarif', () => {
    it('is SARIF 2.1.0 with a rule table and 1-based UTF-16 regions', () => {
      write(tmp.path, { 'posts/my draft.md': draft, 'clean.md': 'Great conference talk today.' });
      const run = scrubs(tmp.path, ['check', '--format', 'sarif']);
      assert.equal(run.code, 1);
      const log = JSON.parse(run.stdout) as SarifLog;
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const [sarifRun] = log.runs;
      const driver = sarifRun.tool.driver;
      assert.equal(driver.name, 'scrubs');
      assert.match(driver.version, /^\d+\.\d+\.\d+/);
      assert.match(driver.informationUri, /^https:\/\//);
      assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
      for (const rule of driver.rules) {
        assert.ok(rule.id && rule.shortDescription.text && rule.fullDescription.text, JSON.stringify(rule));
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      }
      const name = sarifRun.results.find((r) => r.ruleId === 'patient-privacy/name');
      assert.ok(name);
      assert.equal(driver.rules[name.ruleIndex].id, 'patient-privacy/name');
      assert.equal(name.level, 'error');
      assert.ok(name.message.text.length > 0);
      const location = name.locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uri, 'posts/my%20draft.md');
      assert.deepEqual(location.region, { startLine: 2, startColumn: 4, endLine: 2, endColumn: 13 });
    });

    it('has a rule table and no results when clean', () => {
      write(tmp.path, { 'a.md': 'Great conference talk today.' });
      const log = JSON.parse(scrubs(tmp.path, ['check', '--format', 'sarif']).stdout) as SarifLog;
      assert.deepEqual(log.runs[0].results, []);
      assert.ok(log.runs[0].tool.driver.rules.length > 0);
    });
  });

  describe('github', () => {
    it('prints one workflow command per finding with 1-based positions', () => {
      write(tmp.path, { 'a.md': draft });
      const run = scrubs(tmp.path, ['check', '--format', 'github']);
      assert.equal(run.code, 1);
      const lines = run.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 2);
      assert.match(lines[0], /^::error file=a\.md,line=2,col=4,endLine=2,endColumn=12,title=patient-privacy\/name::\S/);
      assert.match(lines[1], /^::error file=a\.md,line=2,col=\d+,endLine=2,endColumn=\d+,title=patient-privacy\/room::\S/);
    });

    it('escapes %, CR and LF in messages, and also : and , in properties', () => {
      assert.equal(escapeData('100%\r\nnext: a, b'), '100%25%0D%0Anext: a, b');
      assert.equal(escapeProperty('dir,x/a:b%.md'), 'dir%2Cx/a%3Ab%25.md');
    });

    it('escapes a file name with a comma and a colon', () => {
      write(tmp.path, { 'notes, draft:1.md': PATIENT });
      const run = scrubs(tmp.path, ['check', '--format', 'github']);
      assert.match(run.stdout, /^::error file=notes%2C draft%3A1\.md,line=1,/);
    });
  });

  describe('markdown', () => {
    it('is a table of findings with file:line links and the suggested fix', () => {
      write(tmp.path, { 'a.md': draft });
      const run = scrubs(tmp.path, ['check', '--format', 'markdown']);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /^### scrubs: 2 problems \(2 errors, 0 warnings, 0 infos\) in 1 file\n/);
      assert.match(run.stdout, /\| \[a\.md:2\]\(a\.md#L2\) \|.*\| `patient-privacy\/name` \| Redact identifier: “Mrs\. Osei” → “[Aa] patient” \|/);
    });

    it('says so when clean', () => {
      write(tmp.path, { 'a.md': 'Great conference talk today.' });
      assert.match(scrubs(tmp.path, ['check', '--format', 'markdown']).stdout, /no problems found in 1 file/);
    });
  });
});
