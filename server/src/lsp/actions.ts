/**
 * Code actions, always built from the server's own findings for the current document version,
 * never from `params.context.diagnostics`: Neovim 0.7 sends those with byte columns (editors
 * README, lesson 1). Every action carries its `edit` or `command`: eglot 1.9 cannot resolve.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { disableLineFix, dominantEol, fixText, type Fix, type Finding, type LintOptions } from '../engine';
import { documentEdit, minimalEdit, toTextEdits } from './convert';
import type { Analysis } from './analysis';

export const FIX_ALL_KIND = 'source.fixAll.scrubs';
export const COMMAND_ALLOW_TERM = 'scrubs.allowTerm';
export const COMMAND_FIX_ALL = 'scrubs.applyFixAll';
export const COMMAND_LIST_RULES = 'scrubs.listRules';
export const FIX_ALL_TITLE = 'Apply all safe scrubs fixes';

export interface ActionContext {
  uri: string;
  /** Offsets of the requested range in the analysed text (clamped). */
  start: number;
  end: number;
  /** `context.only`, when the client narrowed the request. */
  only?: string[];
  documentChanges: boolean;
  /** Where "This is not a patient" would write, or null to not offer it. */
  allowTarget: string | null;
}

/** Whether an action of `kind` answers a request narrowed to `only` (kinds are dot-separated hierarchies). */
export function wanted(kind: string, only?: string[]): boolean {
  return !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** Findings touching [start, end]; a zero-width cursor at either edge of a finding counts. */
export function findingsAt(findings: Finding[], start: number, end: number): Finding[] {
  return findings.filter((f) => f.start <= end && f.end >= start);
}

export function codeActions(a: Analysis, ctx: ActionContext): CodeAction[] {
  const { result } = a;
  if (!result) return [];
  const actions: CodeAction[] = [];
  const lines = result.lines;
  const edit = (fix: Pick<Fix, 'edits'>) => documentEdit(ctx.uri, a.version, toTextEdits(fix.edits, lines), ctx.documentChanges);
  const here = findingsAt(result.findings, ctx.start, ctx.end);

  if (wanted(CodeActionKind.QuickFix, ctx.only)) {
    for (const f of here) {
      const diagnostic: Diagnostic = a.diagnostics[result.findings.indexOf(f)];
      const fixes = f.fixes.some((fix) => fix.kind === 'disable')
        ? f.fixes
        : [...f.fixes, disableLineFix(f.ruleId, f.start, a.text, lines, dominantEol(a.text), result.document.language)];
      fixes.forEach((fix, i) => {
        if (fix.edits.length === 0) return;
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: i === 0 && fix.kind !== 'disable', edit: edit(fix) });
      });
      actions.push({ title: `Disable ${f.ruleId} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(disableFileFix(a, f.ruleId)) });
      if (ctx.allowTarget && f.category === 'patient-privacy' && f.term.length <= 60 && !/[\r\n]/.test(f.term)) {
        const term = f.term.replace(/\s+/g, ' ').trim();
        actions.push({
          title: `This is not a patient: allow “${term}” in this workspace`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: 'Allow term', command: COMMAND_ALLOW_TERM, arguments: [{ uri: ctx.uri, term }] },
        });
      }
    }
  }

  if (wanted(FIX_ALL_KIND, ctx.only)) {
    const all = fixAllEdit(a);
    if (all) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: documentEdit(ctx.uri, a.version, [all], ctx.documentChanges) });
  }
  return actions;
}

/** `source.fixAll.scrubs`: every safe fix (fixText re-lints until stable), sent as one minimal edit. */
export function fixAllEdit(a: Analysis): { range: ReturnType<NonNullable<Analysis['result']>['lines']['rangeOf']>; newText: string } | null {
  if (!a.result) return null;
  const options: LintOptions = a.options;
  const fixed = fixText(a.text, options);
  const e = minimalEdit(a.text, fixed.text);
  return e ? toTextEdits([e], a.result.lines)[0] : null;
}

/**
 * `scrubs-disable-file RULE` on a line of its own at the top, below any front matter (a comment
 * above the opening `---` would stop it being front matter).
 */
export function disableFileFix(a: Analysis, ruleId: string): Pick<Fix, 'edits'> {
  const result = a.result!;
  const text = a.text;
  const eol = dominantEol(text);
  const directive = result.document.language === 'markdown' ? `<!-- scrubs-disable-file ${ruleId} -->` : `scrubs-disable-file ${ruleId}`;
  const fm = result.document.frontMatter.span;
  if (!fm) return { edits: [{ start: 0, end: 0, newText: `${directive}${eol}` }] };
  const lastLine = result.lines.lineAt(Math.max(fm.start, fm.end - 1));
  if (lastLine + 1 < result.lines.lineCount) {
    const at = result.lines.starts[lastLine + 1];
    return { edits: [{ start: at, end: at, newText: `${directive}${eol}` }] };
  }
  return { edits: [{ start: text.length, end: text.length, newText: `${eol}${directive}${eol}` }] };
}
