/**
 * "This is not a patient": add a term to the `allow` list of a workspace config file, creating
 * `.scrubs.json` when none exists. The server writes the file itself (through a command) so the
 * change takes effect at once in every client: a WorkspaceEdit would leave an unsaved buffer in
 * Neovim and Emacs, and creating a file that way needs resource operations Neovim 0.7 lacks.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument } from 'yaml';

export type AllowResult = { ok: true; path: string; changed: boolean } | { ok: false; path: string; reason: string };

export function addAllowedTerm(path: string, term: string): AllowResult {
  const clean = term.replace(/\s+/g, ' ').trim();
  if (!clean) return { ok: false, path, reason: 'the term is empty' };
  if (!existsSync(path)) {
    writeFileSync(path, `${JSON.stringify({ allow: [clean] }, null, 2)}\n`);
    return { ok: true, path, changed: true };
  }
  const text = readFileSync(path, 'utf8');
  return /\.json$/i.test(path) ? editJson(path, text, clean) : editYaml(path, text, clean);
}

const has = (list: unknown[], term: string) => list.some((x) => typeof x === 'string' && x.toLowerCase() === term.toLowerCase());

function editJson(path: string, text: string, term: string): AllowResult {
  let data: unknown;
  try {
    data = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return { ok: false, path, reason: 'it is not valid JSON; fix it first' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, path, reason: 'it does not hold a JSON object' };
  const obj = data as Record<string, unknown>;
  if (obj.allow !== undefined && !Array.isArray(obj.allow)) return { ok: false, path, reason: '"allow" is not a list' };
  const allow = (obj.allow as unknown[] | undefined) ?? [];
  if (has(allow, term)) return { ok: true, path, changed: false };
  obj.allow = [...allow, term];
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? 2;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  writeFileSync(path, `${JSON.stringify(obj, null, indent).replace(/\n/g, eol)}${eol}`);
  return { ok: true, path, changed: true };
}

function editYaml(path: string, text: string, term: string): AllowResult {
  const doc = parseDocument(text);
  if (doc.errors.length) return { ok: false, path, reason: 'it is not valid YAML; fix it first' };
  if (doc.contents === null || doc.contents === undefined) {
    writeFileSync(path, `${text}${text && !text.endsWith('\n') ? '\n' : ''}allow:\n  - ${JSON.stringify(term)}\n`);
    return { ok: true, path, changed: true };
  }
  if (!isMap(doc.contents)) return { ok: false, path, reason: 'it does not hold a mapping' };
  const allow = doc.get('allow', true);
  if (allow === undefined || allow === null) {
    doc.set('allow', doc.createNode([term]));
  } else if (isSeq(allow)) {
    if (has(allow.toJSON() as unknown[], term)) return { ok: true, path, changed: false };
    allow.add(doc.createNode(term));
  } else {
    return { ok: false, path, reason: '"allow" is not a list' };
  }
  writeFileSync(path, doc.toString());
  return { ok: true, path, changed: true };
}
