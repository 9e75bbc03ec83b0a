/**
 * Engine data → LSP data. The only place offsets become ranges (through the analysis' LineIndex,
 * which counts UTF-16 code units exactly as LSP does) and findings become diagnostics.
 */
import {
  DiagnosticSeverity,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Edit, Finding, LineIndex, Severity } from '../engine';
import type { ConfigProblem } from '../node/config';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Carried on each diagnostic so a client that keeps `data` can point back at the finding. Code
 * actions never trust it (nor the diagnostic's range): they recompute from the current version.
 */
export interface DiagnosticData {
  ruleId: string;
  start: number;
  end: number;
  version: number;
}

export function toDiagnostic(f: Finding, lines: LineIndex, version: number, docsUrl: string | undefined, codeDescription: boolean): Diagnostic {
  const d: Diagnostic = {
    range: lines.rangeOf(f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: 'scrubs',
    message: f.message,
    data: { ruleId: f.ruleId, start: f.start, end: f.end, version } satisfies DiagnosticData,
  };
  if (codeDescription && docsUrl) d.codeDescription = { href: docsUrl };
  return d;
}

export function toTextEdits(edits: Edit[], lines: LineIndex): TextEdit[] {
  return edits.map((e) => ({ range: lines.rangeOf(e.start, e.end), newText: e.newText }));
}

/**
 * Edits to one open document. `documentChanges` (pinned to the version the edits were computed
 * for) only when the client declared it: Neovim 0.7 does not (editors README, lesson 4).
 */
export function documentEdit(uri: string, version: number, edits: TextEdit[], useDocumentChanges: boolean): WorkspaceEdit {
  if (useDocumentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  return { changes: { [uri]: edits } };
}

/** The smallest single edit turning `before` into `after` (fix-all sends one edit, not hundreds). */
export function minimalEdit(before: string, after: string): Edit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { start, end: endBefore, newText: after.slice(start, endAfter) };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A config problem as a diagnostic on the config file: the whole named line, or the first line. */
export function configDiagnostic(p: ConfigProblem, fileText: string): Diagnostic {
  const lines = fileText.split(/\r\n|\r|\n/);
  const line = p.line && p.line > 0 && p.line <= lines.length ? p.line - 1 : 0;
  return {
    range: { start: { line, character: 0 }, end: { line, character: lines[line]?.length ?? 0 } },
    severity: DiagnosticSeverity.Error,
    source: 'scrubs',
    code: 'config',
    message: `${p.field}: ${p.message}. Drafts are checked with the default settings until this is fixed.`,
  };
}
