/**
 * SARIF 2.1.0, the shape GitHub code scanning accepts: one run, the rule table in
 * tool.driver.rules, one result per finding. Regions are 1-based; columns count UTF-16 code
 * units (declared with columnKind) and endColumn points just past the flagged text.
 */
import type { CompiledRule, Severity } from '../../engine';
import type { Formatter } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

const firstSentence = (s: string) => /^.*?[.!?](?=\s|$)/.exec(s.trim())?.[0] ?? s.trim();

function ruleDescriptor(rule: CompiledRule) {
  return {
    id: rule.id,
    shortDescription: { text: firstSentence(rule.description) },
    fullDescription: { text: rule.description },
    ...(rule.docs ? { helpUri: rule.docs } : {}),
    help: { text: rule.docs ? `${rule.description} See ${rule.docs}` : rule.description },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { category: rule.category, tags: ['scrubs', rule.category] },
  };
}

export const sarif: Formatter = (report) => {
  const rules: CompiledRule[] = [];
  const index = new Map<string, number>();
  for (const rule of report.rules) {
    if (index.has(rule.id)) continue;
    index.set(rule.id, rules.length);
    rules.push(rule);
  }
  const results = report.files.flatMap((file) =>
    file.findings.map((f) => {
      const r = file.lines.rangeOf(f.start, f.end);
      return {
        ruleId: f.ruleId,
        ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeUri(file.path) },
              region: { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 },
            },
          },
        ],
        properties: { category: f.category },
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, informationUri: report.tool.informationUri, rules: ruleDescriptorList(rules) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

const ruleDescriptorList = (rules: CompiledRule[]) => rules.map(ruleDescriptor);

/** A relative URI reference: each path segment percent-encoded, slashes kept. */
function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
