/**
 * Blocks → findings. Each block is analysed on its own (and cached by its text), then block
 * offsets map back to document offsets; directives, the allowlist and severity settings apply last.
 */
import type { Block, Category, Edit, Finding, Fix, ParsedDocument, Severity } from './types';
import type { CompiledRule, CompiledRuleSet } from './rules/types';
import type { LintConfig } from './config';
import { DEFAULT_CONFIG, severityFor } from './config';
import { splitSentences } from './sentences';
import { cueHits, documentCues } from './checks/score';
import { BLOCK_CHECKS, DOCUMENT_CHECKS, type BlockCheck, type BlockContext, type DocumentCheck, type RawFinding } from './checks';
import { toDocOffset } from './parse/align';
import { LineIndex, dominantEol } from './text';
import { applyDirectives } from './directives';
import { BlockCache, sideCache } from './cache';

export interface LintInput {
  document: ParsedDocument;
  rules: CompiledRuleSet;
  config?: LintConfig;
  lines?: LineIndex;
  cache?: BlockCache<RawFinding[]>;
}

/** Which block kinds a rule reads. Image file names feed photo rules, and names and rooms (propagated from the text). */
function ruleReads(rule: CompiledRule, kind: Block['kind']): boolean {
  if (kind === 'image-url') return rule.category === 'patient-photo' || rule.id === 'patient-privacy/name' || rule.id === 'patient-privacy/room';
  return true;
}

export function analyseBlock(text: string, kind: Block['kind'], rules: CompiledRuleSet, strict: boolean, inDocument = new Map<string, string>()): RawFinding[] {
  const sentences = splitSentences(text);
  const active = rules.rules.filter((r) => BLOCK_CHECKS[r.check] && ruleReads(r, kind));
  // Cue lexicons run over the block on first use, once for all rules (checks/score.ts `matchesOf`).
  const hits = cueHits(text, inDocument);
  const ctx: BlockContext = { text, sentences, kind, strict, hits, rules };
  const out: RawFinding[] = [];
  // Rules of one check kind run together (identifiers support each other).
  const byCheck = new Map<BlockCheck, CompiledRule[]>();
  for (const rule of active) {
    const check = BLOCK_CHECKS[rule.check]!;
    byCheck.set(check, [...(byCheck.get(check) ?? []), rule]);
  }
  for (const [check, group] of byCheck) out.push(...check(group, ctx));
  return out;
}

/** Words of a name that identify it across mentions: "Mrs. Osei" and "Osei" are one person. */
function nameKeys(term: string): string[] {
  const words = term
    .replace(/['’]s$/, '')
    .split(/\s+/)
    .map((w) => w.replace(/[.,]$/, '').toLowerCase())
    .filter((w) => w && !/^(mr|mrs|ms|miss|mx|mister|dr|baby|little|big|nana|grandpa|grandma|auntie|uncle)$/.test(w));
  return words.length ? [words.join(' '), words[words.length - 1]] : [];
}

/**
 * A name that fired once marks the person as a patient for the whole draft: other mentions of
 * the same name (in a caption, a later paragraph) fire too. The block results are the cache's,
 * shared between drafts: a block with a promoted name gets a copy of its list.
 */
function propagateNames(raws: RawFinding[][], blocks: Block[]): void {
  const patients = new Set<string>();
  raws.forEach((raw, i) => {
    for (const r of raw) if (r.fired && r.rule.detector === 'person-name') nameKeys(blocks[i].text.slice(r.candidate.start, r.candidate.end)).forEach((k) => patients.add(k));
  });
  if (patients.size === 0) return;
  raws.forEach((raw, i) => {
    raw.forEach((r, j) => {
      if (r.fired || r.rule.detector !== 'person-name' || r.score < r.rule.threshold - 4) return;
      const keys = nameKeys(blocks[i].text.slice(r.candidate.start, r.candidate.end));
      if (!keys.some((k) => patients.has(k))) return;
      if (raws[i] === raw) raws[i] = [...raw];
      raws[i][j] = { ...r, fired: true, cues: [...r.cues, 'named as a patient elsewhere in this draft'] };
    });
  });
}

/**
 * `documentCues` of the draft from per-block answers kept beside the block cache, so a keystroke
 * scans one block with the document-scope lexicons instead of the whole draft. The same map: for
 * each lexicon in rule-set order, the first match in the first block that has one.
 */
function draftCues(blocks: Block[], rules: CompiledRuleSet, cache: BlockCache<RawFinding[]> | undefined): Map<string, string> {
  if (!cache) return documentCues(blocks.map((b) => b.text), rules.lexicons.values());
  const perBlock = sideCache<Map<string, string>>(cache, 'document-cues');
  const found = blocks.map((b) => {
    let cues = perBlock.get(b.text, rules.fingerprint);
    if (!cues) perBlock.set(b.text, (cues = documentCues([b.text], rules.lexicons.values())), rules.fingerprint);
    return cues;
  });
  const inDocument = new Map<string, string>();
  for (const { lexicon, scope } of rules.lexicons.values()) {
    if (scope !== 'document' || inDocument.has(lexicon.name)) continue;
    const first = found.find((cues) => cues.has(lexicon.name));
    if (first) inDocument.set(lexicon.name, first.get(lexicon.name)!);
  }
  return inDocument;
}

export function lintDocument({ document, rules, config = DEFAULT_CONFIG, lines = new LineIndex(document.text), cache }: LintInput): Finding[] {
  const strict = config.strict;
  const allow = config.allow.map((a) => a.toLowerCase().trim()).filter(Boolean);
  const findings: Finding[] = [];
  const eol = dominantEol(document.text);
  const inDocument = draftCues(document.blocks, rules, cache);
  const docKey = [...inDocument.keys()].join(',');
  const contexts = new Map<Block['kind'], string>();
  const raws = document.blocks.map((block) => {
    let context = contexts.get(block.kind);
    if (context === undefined) contexts.set(block.kind, (context = `${rules.fingerprint}|${strict ? 1 : 0}|${docKey}|${block.kind}`));
    let raw = cache?.get(block.text, context);
    if (!raw) {
      raw = analyseBlock(block.text, block.kind, rules, strict, inDocument);
      cache?.set(block.text, raw, context);
    }
    return raw;
  });
  propagateNames(raws, document.blocks);
  document.blocks.forEach((block, i) => {
    for (const r of raws[i]) {
      if (!r.fired) continue;
      const severity = severityFor(config, r.rule.id, r.rule.category, r.rule.severity);
      if (severity === 'off') continue;
      const f = toFinding(r, block, severity, document.text, lines, eol, document.language);
      if (f.end <= f.start) continue;
      if (allow.length && isAllowed(f.term, allow)) continue;
      findings.push(f);
    }
  });
  // Document checks report in document offsets: map them through a block that is the whole text.
  const whole: Block = { text: document.text, pieces: [{ blockOffset: 0, docOffset: 0, length: document.text.length, sourceLength: document.text.length }], kind: 'paragraph', start: 0, end: document.text.length };
  const docCtx = { text: document.text, blocks: document.blocks, frontMatter: document.frontMatter, config, rules, inDocument };
  const byDocCheck = new Map<DocumentCheck, CompiledRule[]>();
  for (const rule of rules.rules) {
    const check = DOCUMENT_CHECKS[rule.check];
    if (check) byDocCheck.set(check, [...(byDocCheck.get(check) ?? []), rule]);
  }
  for (const [check, group] of byDocCheck) {
    for (const r of check(group, docCtx)) {
      if (!r.fired) continue;
      const severity = severityFor(config, r.rule.id, r.rule.category, r.rule.severity);
      if (severity !== 'off') findings.push(toFinding(r, whole, severity, document.text, lines, eol, document.language));
    }
  }
  const unique = dropContained(dedupe(findings));
  unique.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return applyDirectives(unique, document.directives, lines);
}

/** An allowed term matches the flagged text whole, or whole words of it ("Osei" in "Mrs. Osei"). */
function isAllowed(term: string, allow: string[]): boolean {
  const t = term.toLowerCase();
  return allow.some((a) => {
    if (t === a) return true;
    const at = t.indexOf(a);
    if (at < 0) return false;
    const before = at === 0 ? '' : t[at - 1];
    const after = t[at + a.length] ?? '';
    return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
  });
}

/**
 * One rule flagging a span twice, or a span inside a larger one of its own, is one finding (the
 * first of identical spans stays). A sweep by start keeps it linear in the number of findings.
 */
function dedupe(findings: Finding[]): Finding[] {
  const order = findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.ruleId.localeCompare(b.f.ruleId) || a.f.start - b.f.start || b.f.end - a.f.end || a.i - b.i);
  const dropped = new Set<Finding>();
  let rule = '';
  let maxEnd = -1;
  for (const { f } of order) {
    if (f.ruleId !== rule) {
      rule = f.ruleId;
      maxEnd = -1;
    }
    // Everything before f in this order starts at or before it; one reaching f's end contains it.
    if (maxEnd >= f.end) dropped.add(f);
    maxEnd = Math.max(maxEnd, f.end);
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}

/** A rule's replacement takes the detector's capitalisation (sentence starts). */
function matchCase(replacement: string, detectorText: string): string {
  return /^\p{Lu}/u.test(detectorText) && replacement ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * A finding inside another finding of the same category but another rule ("07700" as a ZIP code
 * inside a phone number) is the same text seen twice; keep the outer one. Case details are
 * sentence-sized and hold other identifiers on purpose, so they never swallow anything.
 * A sweep by start per category, keeping the two longest-reaching rules seen so far, keeps it linear.
 */
function dropContained(findings: Finding[]): Finding[] {
  const caseDetails = (f: Finding) => f.ruleId.endsWith('/case-details');
  const order = findings.filter((f) => !caseDetails(f)).sort((a, b) => a.category.localeCompare(b.category) || a.start - b.start || b.end - a.end);
  const dropped = new Set<Finding>();
  let category = '';
  // The furthest end reached by any rule (top) and by any rule other than top's (second).
  let top = { end: -1, rule: '' };
  let second = { end: -1, rule: '' };
  const add = (end: number, rule: string) => {
    if (rule === top.rule) top.end = Math.max(top.end, end);
    else if (end > top.end) {
      second = top;
      top = { end, rule };
    } else if (rule === second.rule || end > second.end) second = { end: Math.max(end, rule === second.rule ? second.end : -1), rule };
  };
  for (let i = 0; i < order.length; ) {
    // Findings with the very same span neither contain each other: judge them against what came before, then add them.
    let j = i;
    while (j < order.length && order[j].category === order[i].category && order[j].start === order[i].start && order[j].end === order[i].end) j++;
    if (order[i].category !== category) {
      category = order[i].category;
      top = { end: -1, rule: '' };
      second = { end: -1, rule: '' };
    }
    for (let k = i; k < j; k++) {
      const f = order[k];
      const reach = f.ruleId === top.rule ? second.end : top.end;
      if (reach >= f.end) dropped.add(f);
    }
    for (let k = i; k < j; k++) add(order[k].end, order[k].ruleId);
    i = j;
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}

function render(template: string, match: string, cues: string[]): string {
  return template.replace(/\{match\}/g, match).replace(/\{cues\}/g, cues.join('; '));
}

function toFinding(r: RawFinding, block: Block, severity: Severity, doc: string, lines: LineIndex, eol: string, language: 'markdown' | 'plaintext'): Finding {
  const { candidate, rule } = r;
  const start = toDocOffset(block.pieces, candidate.start, 'start');
  const end = toDocOffset(block.pieces, candidate.end, 'end');
  const term = doc.slice(start, end);
  const mapEdit = (e: { start: number; end: number; text: string }): Edit => {
    // An insertion at a piece boundary maps once (as an end): mapped as a start it could land after its end.
    const end = toDocOffset(block.pieces, e.end, 'end');
    return {
      start: e.start === e.end ? end : Math.min(toDocOffset(block.pieces, e.start, 'start'), end),
      end,
      newText: rule.replace !== undefined && e === candidate.fix && e.text !== '' ? matchCase(rule.replace, e.text) : e.text,
    };
  };
  const edits = [candidate.fix, ...(candidate.extraEdits ?? [])].map(mapEdit).sort((a, b) => a.start - b.start);
  const fixes: Fix[] = [{ title: r.fixTitle ?? rule.fixTitle, kind: candidate.fixKind ?? 'redact', edits, safe: candidate.fixSafe ?? true }];
  for (const alt of candidate.alternatives ?? []) {
    fixes.push({ title: alt.title, kind: alt.kind, safe: alt.safe, edits: alt.edits.map(mapEdit).sort((a, b) => a.start - b.start) });
  }
  fixes.push(disableLineFix(rule.id, start, doc, lines, eol, language));
  return {
    ruleId: rule.id,
    category: rule.category as Category,
    severity,
    message: render(rule.message, term.replace(/\s+/g, ' '), r.cues),
    cues: r.cues,
    term,
    start,
    end,
    fixes,
  };
}

/** Insert a directive on its own line above the finding's line, with the same indentation. */
export function disableLineFix(ruleId: string, offset: number, doc: string, lines: LineIndex, eol: string, language: 'markdown' | 'plaintext'): Fix {
  const line = lines.lineAt(offset);
  const lineStart = lines.starts[line];
  const indent = /^[ \t]*/.exec(doc.slice(lineStart, lines.lineContentEnd(line)))![0];
  const directive = language === 'markdown' ? `<!-- scrubs-disable-next-line ${ruleId} -->` : `scrubs-disable-next-line ${ruleId}`;
  return { title: `Disable ${ruleId} for this line`, kind: 'disable', edits: [{ start: lineStart, end: lineStart, newText: `${indent}${directive}${eol}` }], safe: false };
}
