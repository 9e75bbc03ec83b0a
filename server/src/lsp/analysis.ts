/** One document version analysed with one set of options: what diagnostics, actions and hover read. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { lint, type LintOptions, type LintResult, type Language } from '../engine';
import { toDiagnostic } from './convert';
import { effectiveConfig, maxFileSizeOf, type ScrubsSettings, type WorkspaceConfig } from './settings';

export interface Analysis {
  uri: string;
  version: number;
  /** Settings generation it was computed under; a newer one makes it stale. */
  generation: number;
  text: string;
  options: LintOptions;
  /** null when the draft was not analysed (scrubs.enable off, or bigger than maxFileSize). */
  result: LintResult | null;
  /** `diagnostics[i]` is `result.findings[i]`; extra notes (front matter, skipped file) follow. */
  diagnostics: Diagnostic[];
  settings: ScrubsSettings;
  config: WorkspaceConfig;
  /** Wall time of lint() in ms, for the trace log. */
  ms: number;
}

export interface AnalyseInput {
  uri: string;
  version: number;
  generation: number;
  text: string;
  languageId: string;
  settings: ScrubsSettings;
  config: WorkspaceConfig;
  cache: NonNullable<LintOptions['cache']>;
  codeDescription: boolean;
}

/** The engine language for an editor language id; unknown ids fall back to the file name. */
export function languageFor(languageId: string, uri: string): Language | undefined {
  if (languageId === 'plaintext') return 'plaintext';
  if (languageId === 'markdown' || languageId === 'post' || languageId === 'mdx') return 'markdown';
  return /\.txt$/i.test(uri) ? 'plaintext' : undefined;
}

/** The engine options one analysis runs with (also rebuilt on the main thread for a background analysis). */
export function lintOptionsFor(input: Pick<AnalyseInput, 'uri' | 'languageId' | 'settings' | 'config' | 'cache'>): LintOptions {
  return {
    filename: input.uri,
    language: languageFor(input.languageId, input.uri),
    config: effectiveConfig(input.config, input.settings),
    rules: input.config.rules,
    cache: input.cache,
  };
}

/** Whether `analyse` would lint (enabled, not over the size limit), and the draft's size in UTF-8 bytes. */
export function willLint(input: Pick<AnalyseInput, 'text' | 'settings' | 'config'>): { lint: boolean; bytes: number } {
  const bytes = Buffer.byteLength(input.text, 'utf8');
  return { lint: input.settings.enable && bytes <= maxFileSizeOf(input.config, input.settings), bytes };
}

export function analyse(input: AnalyseInput): Analysis {
  const { uri, version, generation, text, settings, config } = input;
  const options = lintOptionsFor(input);
  const base = { uri, version, generation, text, options, settings, config };
  if (!settings.enable) return { ...base, result: null, diagnostics: [], ms: 0 };
  const limit = maxFileSizeOf(config, settings);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limit) {
    const note: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: 'scrubs',
      code: 'max-file-size',
      message: `Not checked: this draft is ${bytes} bytes, over the ${limit}-byte limit (scrubs.maxFileSize).`,
    };
    return { ...base, result: null, diagnostics: [note], ms: 0 };
  }
  const t0 = performance.now();
  const result = lint(text, options);
  const ms = performance.now() - t0;
  const diagnostics = result.findings.map((f) => toDiagnostic(f, result.lines, version, config.rules.byId.get(f.ruleId)?.docs, input.codeDescription));
  for (const problem of result.problems) {
    const at = result.document.frontMatter.span?.start ?? 0;
    diagnostics.push({
      range: result.lines.rangeOf(at, at),
      severity: DiagnosticSeverity.Warning,
      source: 'scrubs',
      code: 'front-matter',
      message: problem,
    });
  }
  return { ...base, result, diagnostics, ms };
}
