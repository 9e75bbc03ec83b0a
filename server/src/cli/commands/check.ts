/** `scrubs check`: lint drafts and print a report; exit 1 on any error-severity finding. */
import { isAbsolute, relative } from 'node:path';
import { builtinRules, lint, LineIndex, type CompiledRule } from '../../engine';
import type { ParsedArgs } from '../args';
import { EXIT_OK, EXIT_PROBLEMS } from '../errors';
import { countReport, FORMATTERS, plural, type FileReport, type Report } from '../formats';
import { changedLines, realPath, touchesChange, type ChangedLines } from '../git';
import { gatherInputs, readInput, settingsFor, settingsOptions } from '../inputs';
import { note, useColor, type Io } from '../io';
import { TOOL } from '../meta';
import { planPool, runPool } from '../pool';
import type { Draft } from '../read';

export async function check(args: ParsedArgs, io: Io): Promise<number> {
  const settings = settingsFor(args, io);
  const inputs = await gatherInputs(args, io, settings);
  let changed: ChangedLines | null = null;
  if (args.changed) changed = changedLines(inputs.map((i) => i.path!), args.changed.ref, io.cwd);

  // Each input's notes (why it was skipped, front-matter problems) wait with its report entry, so
  // stderr reads in input order whichever thread linted the file.
  const files: FileReport[] = [];
  const pending: { draft: Draft | null; notes: string[]; lines?: Set<number> | 'all' }[] = [];
  let skipped = 0;
  await runPool(inputs.length, planPool(inputs.length, io.env), settingsOptions(args, io), {
    prepare(index) {
      const input = inputs[index];
      const notes: string[] = [];
      const draft = readInput(input, { ...io, stderr: (text) => void notes.push(text) });
      const lines = changed && draft ? changed.get(realPath(input.path!)) : undefined;
      pending[index] = { draft, notes, lines };
      // Nothing changed in this file since the base: it is listed, clean, without being linted.
      if (!draft || (changed && lines === undefined)) return null;
      return { path: input.path ?? '', filename: input.filename, text: draft.text };
    },
    lintHere(index, job) {
      const { config } = inputs[index];
      const result = lint(job.text, { filename: job.filename, config: config.lintConfig, rules: config.rules });
      return { findings: result.findings, problems: result.problems };
    },
    deliver(index, outcome) {
      const input = inputs[index];
      const { draft, notes, lines } = pending[index];
      pending[index] = undefined!;
      for (const text of notes) io.stderr(text);
      if (!draft) {
        skipped++;
        return;
      }
      const lineIndex = new LineIndex(draft.text);
      if (!outcome) {
        files.push({ path: input.display, findings: [], lines: lineIndex });
        return;
      }
      for (const problem of outcome.problems) note(io, input.display, problem);
      let findings = outcome.findings;
      if (changed) findings = findings.filter((f) => touchesChange(lines, lineIndex.lineAt(f.start), lineIndex.lineAt(Math.max(f.start, f.end - 1))));
      // --no-snippets: messages quote the draft ("Mrs. Osei") and fixes carry its words; a report
      // uploaded to code scanning or a CI log gets the rule's description instead, and no fixes.
      if (args.noSnippets) findings = findings.map((f) => ({ ...f, message: genericMessage(f.ruleId, input.config.rules.byId.get(f.ruleId)?.description), cues: [], term: '', fixes: [] }));
      files.push({ path: input.display, findings, lines: lineIndex });
    },
  });

  const report: Report = { files, rules: rulesInEffect(settings.loaded().map((c) => c.rules.rules)), tool: TOOL };
  io.stdout(FORMATTERS[args.format](report, { color: useColor(io), linkBase: linkBaseFrom(io) }));
  if (skipped) io.stderr(`scrubs: skipped ${skipped} of ${plural(inputs.length, 'file')}\n`);

  const counts = countReport(report);
  if (counts.errors > 0) return EXIT_PROBLEMS;
  if (args.maxWarnings !== undefined && counts.warnings > args.maxWarnings) {
    io.stderr(`scrubs: ${plural(counts.warnings, 'warning')}, more than --max-warnings ${args.maxWarnings} allows\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

/**
 * Where the markdown review comment's file links point: `SCRUBS_LINK_BASE` as given (joined to
 * the paths as printed); else, in a GitHub Actions job, the checked-out commit on GitHub, with
 * the working directory's place in the workspace; else nothing (relative links).
 */
export function linkBaseFrom(io: Pick<Io, 'cwd' | 'env'>): string | undefined {
  const env = io.env;
  if (env.SCRUBS_LINK_BASE) return env.SCRUBS_LINK_BASE;
  if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_SHA) return undefined;
  const inWorkspace = env.GITHUB_WORKSPACE ? relative(env.GITHUB_WORKSPACE, io.cwd).replace(/\\/g, '/') : '';
  if (inWorkspace.startsWith('..') || isAbsolute(inWorkspace)) return undefined;
  const sub = inWorkspace ? `${inWorkspace.split('/').map(encodeURIComponent).join('/')}/` : '';
  return `${env.GITHUB_SERVER_URL.replace(/\/$/, '')}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}/${sub}`;
}

function genericMessage(ruleId: string, description: string | undefined): string {
  const first = (description ?? '').split(/(?<=[.!?])\s/)[0].trim();
  return first || ruleId;
}

/** Built-in rules first, then user rules, each id once. */
function rulesInEffect(sets: CompiledRule[][]): CompiledRule[] {
  const seen = new Set<string>();
  const out: CompiledRule[] = [];
  for (const rule of [builtinRules().rules, ...sets].flat()) {
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    out.push(rule);
  }
  return out;
}
