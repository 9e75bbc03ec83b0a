/** `scrubs rules`: every rule in effect here (built-in and the config's rule packs). */
import type { CompiledRule, LintConfig } from '../../engine';
import type { ParsedArgs } from '../args';
import { EXIT_OK } from '../errors';
import type { Io } from '../io';
import { settingsFor } from '../inputs';

function describe(rule: CompiledRule, config: LintConfig) {
  return {
    id: rule.id,
    category: rule.category,
    /** After the config's `rules` settings; may be "off". */
    severity: config.severities[rule.id] ?? config.severities[rule.category] ?? rule.severity,
    defaultSeverity: rule.severity,
    description: rule.description,
    docs: rule.docs ?? null,
    check: rule.check,
    detector: rule.detector ?? null,
    fix: rule.fixTitle || null,
    source: rule.source,
  };
}

export function rules(args: ParsedArgs, io: Io): number {
  const config = settingsFor(args, io).forDirectory(io.cwd);
  const list = config.rules.rules.map((r) => describe(r, config.lintConfig));
  if (args.json) {
    io.stdout(`${JSON.stringify({ version: 1, rules: list }, null, 2)}\n`);
    return EXIT_OK;
  }
  const rows = list.map((r) => [r.id, r.category, r.severity, r.detector ? `${r.check}:${r.detector}` : r.check, r.description]);
  const header = ['RULE', 'CATEGORY', 'SEVERITY', 'CHECK', 'DESCRIPTION'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `${cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i]) : c)).join('  ')}\n`;
  io.stdout(line(header) + rows.map(line).join(''));
  return EXIT_OK;
}
