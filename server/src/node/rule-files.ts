/** Reading rule packs from disk: the extra `rulePaths` of a config. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { RuleProblem, RulePackSource } from '../engine';

export function readRulePacks(dir: string, base = process.cwd()): { sources: RulePackSource[]; problems: RuleProblem[] } {
  const sources: RulePackSource[] = [];
  const problems: RuleProblem[] = [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f)).sort();
  } catch (error) {
    return { sources, problems: [{ file: relative(base, dir) || dir, field: '(folder)', message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}` }] };
  }
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(base, path) || path;
    try {
      const text = readFileSync(path, 'utf8');
      const counter = new LineCounter();
      const doc = parseDocument(text, { lineCounter: counter });
      if (doc.errors.length) {
        problems.push({ file, line: doc.errors[0].linePos?.[0]?.line, field: '(file)', message: `is not valid YAML: ${doc.errors[0].message.split('\n')[0]}` });
        continue;
      }
      const rules = isMap(doc.contents) ? doc.contents.get('rules', true) : null;
      const ruleLines = isSeq(rules) ? rules.items.map((item) => counter.linePos((item as { range?: number[] }).range?.[0] ?? 0).line) : [];
      sources.push({ file, data: doc.toJS(), ruleLines });
    } catch (error) {
      problems.push({ file, field: '(file)', message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    }
  }
  return { sources, problems };
}
