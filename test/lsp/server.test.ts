// The language server over stdio (and Node IPC), driven by vscode-jsonrpc's real client with the
// capabilities Neovim 0.7 and VS Code declare (issue #4; shared/editors/README.md lessons 1–5).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, Hover, InitializeResult, Range } from 'vscode-languageserver-protocol';
import { LspClient, NEOVIM_07, VSCODE, applyWorkspaceEdit, fileUri } from './client';

/** Emoji, accents and a dash before the name: UTF-16 and byte columns differ by 7 here. */
const EMOJI_LINE = 'Ça va 😀😀 — Mrs. Osei in room 12 finally went home today.';
const DRAFT = `${EMOJI_LINE}\n`;
/** Sentences that must never reach a log line. */
const SECRET_BITS = ['Osei', 'room 12', 'Brown', 'went home'];

const at = (line: number, character: number) => ({ line, character });
const range = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: at(l1, c1), end: at(l2, c2) });
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code).sort();
const clients: LspClient[] = [];

async function start(options: Parameters<typeof LspClient.start>[0] = {}): Promise<LspClient> {
  const c = await LspClient.start({ settings: () => ({ debounceMs: 0, trace: { server: 'verbose' } }), ...options });
  clients.push(c);
  return c;
}

function actionsAt(c: LspClient, uri: string, r: Range, extra: Record<string, unknown> = {}): Promise<CodeAction[]> {
  return c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: r, context: { diagnostics: [], ...extra } });
}

function tmpWorkspace(): string {
  return mkdtempSync(join(tmpdir(), 'scrubs-lsp-'));
}

after(async () => {
  for (const c of clients) await c.stop();
});

describe('language server: push client (Neovim 0.7 capabilities)', () => {
  let c: LspClient;
  let dir: string;
  before(async () => {
    dir = tmpWorkspace();
    c = await start({ folders: [dir] });
  });

  it('advertises push diagnostics only, incremental sync, quickfix and fix-all actions (#4)', () => {
    const caps = (c.initializeResult as InitializeResult).capabilities;
    assert.equal(caps.diagnosticProvider, undefined);
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.scrubs'] });
    assert.equal(caps.hoverProvider, true);
    assert.equal(c.initializeResult.serverInfo?.name, 'scrubs');
  });

  it('publishes exact UTF-16 ranges on a line with emoji and accents (#4)', async () => {
    const uri = fileUri(join(dir, 'emoji.md'));
    c.open(uri, DRAFT);
    const ds = await c.diagnostics(uri, (d) => d.length > 0);
    const name = ds.find((d) => d.code === 'patient-privacy/name')!;
    const room = ds.find((d) => d.code === 'patient-privacy/room')!;
    assert.deepEqual(name.range, range(0, 13, 0, 22));
    assert.deepEqual(room.range, range(0, 26, 0, 33));
    assert.equal(EMOJI_LINE.slice(13, 22), 'Mrs. Osei');
    assert.equal(name.source, 'scrubs');
    assert.equal(name.severity, 1);
    assert.equal(name.codeDescription, undefined, 'codeDescription only for clients that support it');
  });

  it('re-publishes after an incremental didChange (#4)', async () => {
    const uri = fileUri(join(dir, 'incremental.md'));
    c.open(uri, DRAFT);
    await c.diagnostics(uri, (d) => d.length === 2);
    const mark = c.mark();
    c.change(uri, 2, [{ range: range(1, 0, 1, 0), text: 'Mr. Brown in bed 4 was discharged this morning.\n' }]);
    const after = await c.diagnostics(uri, (d) => d.some((x) => x.range.start.line === 1), mark);
    assert.ok(after.some((d) => d.code === 'patient-privacy/name' && d.range.start.line === 1), JSON.stringify(codes(after)));
    const mark2 = c.mark();
    // Delete line 0 entirely: the remaining findings move up a line.
    c.change(uri, 3, [{ range: range(0, 0, 1, 0), text: '' }]);
    const moved = await c.diagnostics(uri, () => true, mark2);
    assert.ok(moved.length > 0 && moved.every((d) => d.range.start.line === 0), JSON.stringify(moved.map((d) => d.range)));
  });

  it('offers "Redact identifier" as the preferred quickfix, built from its own findings, not the byte columns Neovim 0.7 echoes (#4, lesson 1)', async () => {
    const uri = fileUri(join(dir, 'quickfix.md'));
    c.open(uri, DRAFT);
    const ds = await c.diagnostics(uri, (d) => d.length > 0);
    const name = ds.find((d) => d.code === 'patient-privacy/name')!;
    // What vim.lsp.buf.code_action() in 0.7 sends: a zero-width range at the cursor and the
    // line's diagnostics with byte columns (20..29 here, not 13..22).
    const byteColumns = { ...name, range: range(0, 20, 0, 29) };
    const actions = await actionsAt(c, uri, range(0, 13, 0, 13), { diagnostics: [byteColumns] });
    const redact = actions.filter((a) => a.title === 'Redact identifier');
    assert.equal(redact.length, 1, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(redact[0].kind, 'quickfix');
    assert.equal(redact[0].isPreferred, true);
    assert.ok(redact[0].edit?.changes, 'plain `changes` for a client without documentChanges');
    const fixed = applyWorkspaceEdit(DRAFT, uri, redact[0].edit!);
    assert.equal(fixed, 'Ça va 😀😀 — a patient in room 12 finally went home today.\n');
    assert.ok(actions.every((a) => a.edit || a.command), 'every action carries an edit or a command (eglot cannot resolve)');
  });

  it('fix-all (source.fixAll.scrubs) applies every safe fix (#4)', async () => {
    const uri = fileUri(join(dir, 'fixall.md'));
    const text = `${DRAFT}\nMr. Brown in bed 4 was discharged this morning.\n`;
    c.open(uri, text);
    await c.diagnostics(uri, (d) => d.length >= 3);
    const actions = await actionsAt(c, uri, range(0, 0, 0, 0), { only: ['source.fixAll'] });
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Apply all safe scrubs fixes', 'source.fixAll.scrubs']]);
    const fixed = applyWorkspaceEdit(text, uri, actions[0].edit!);
    for (const gone of ['Osei', 'room 12', 'Brown', 'bed 4']) assert.ok(!fixed.includes(gone), `${gone} left in: ${fixed}`);
    const quickfixOnly = await actionsAt(c, uri, range(0, 14, 0, 14), { only: ['quickfix'] });
    assert.ok(quickfixOnly.length > 0 && quickfixOnly.every((a) => a.kind === 'quickfix'));
  });

  it('"Disable … for this line" inserts the CONTRACT directive and the finding goes away (#4)', async () => {
    const uri = fileUri(join(dir, 'disable-line.md'));
    c.open(uri, DRAFT);
    await c.diagnostics(uri, (d) => d.length === 2);
    const actions = await actionsAt(c, uri, range(0, 15, 0, 15));
    const disable = actions.find((a) => a.title === 'Disable patient-privacy/name for this line')!;
    assert.ok(disable, JSON.stringify(actions.map((a) => a.title)));
    const text = applyWorkspaceEdit(DRAFT, uri, disable.edit!);
    assert.equal(text, `<!-- scrubs-disable-next-line patient-privacy/name -->\n${DRAFT}`);
    const mark = c.mark();
    c.change(uri, 2, [{ text }]);
    const after = await c.diagnostics(uri, () => true, mark);
    assert.deepEqual(codes(after), ['patient-privacy/room']);
  });

  it('"Disable … for this file" goes below front matter and silences the rule everywhere (#4)', async () => {
    const uri = fileUri(join(dir, 'disable-file.md'));
    const text = `---\nplatform: twitter\n---\n${DRAFT}\nMr. Brown in bed 4 was discharged this morning.\n`;
    c.open(uri, text);
    await c.diagnostics(uri, (d) => d.filter((x) => x.code === 'patient-privacy/name').length === 2);
    const actions = await actionsAt(c, uri, range(3, 15, 3, 15));
    const disable = actions.find((a) => a.title === 'Disable patient-privacy/name for this file')!;
    const edited = applyWorkspaceEdit(text, uri, disable.edit!);
    assert.ok(edited.startsWith('---\nplatform: twitter\n---\n<!-- scrubs-disable-file patient-privacy/name -->\n'), edited);
    const mark = c.mark();
    c.change(uri, 2, [{ text: edited }]);
    const after = await c.diagnostics(uri, () => true, mark);
    assert.ok(after.length > 0 && !after.some((d) => d.code === 'patient-privacy/name'), JSON.stringify(codes(after)));
  });

  it('keeps CRLF drafts CRLF: ranges per line and directives ending in \\r\\n (#4)', async () => {
    const uri = fileUri(join(dir, 'crlf.md'));
    const text = '# Shift\r\n\r\nMrs. Osei in room 12 finally went home today.\r\n';
    c.open(uri, text);
    const ds = await c.diagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(ds.find((d) => d.code === 'patient-privacy/name')!.range, range(2, 0, 2, 9));
    const actions = await actionsAt(c, uri, range(2, 1, 2, 1));
    const disable = actions.find((a) => a.title === 'Disable patient-privacy/name for this file')!;
    assert.equal(applyWorkspaceEdit(text, uri, disable.edit!), `<!-- scrubs-disable-file patient-privacy/name -->\r\n${text}`);
  });

  it('plain-text drafts get the directive as a line of its own (#4)', async () => {
    const uri = fileUri(join(dir, 'note.txt'));
    c.open(uri, DRAFT, 'plaintext');
    await c.diagnostics(uri, (d) => d.length > 0);
    const actions = await actionsAt(c, uri, range(0, 15, 0, 15));
    const disable = actions.find((a) => a.title === 'Disable patient-privacy/name for this line')!;
    assert.equal(applyWorkspaceEdit(DRAFT, uri, disable.edit!, 'plaintext'), `scrubs-disable-next-line patient-privacy/name\n${DRAFT}`);
  });

  it('hover explains the guideline, why it fired and the fixes (#4)', async () => {
    const uri = fileUri(join(dir, 'hover.md'));
    c.open(uri, DRAFT);
    await c.diagnostics(uri, (d) => d.length > 0);
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(0, 17) });
    const value = (hover.contents as { kind: string; value: string }).value;
    assert.equal((hover.contents as { kind: string }).kind, 'markdown');
    assert.deepEqual(hover.range, range(0, 13, 0, 22));
    assert.match(value, /patient-privacy\/name/);
    assert.match(value, /Guideline:\*\* A patient's name/);
    assert.match(value, /Why this fired:\*\* honorific "Mrs\."/);
    assert.match(value, /- Redact identifier \(→ “a patient”\)/);
    const nothing = await c.request('textDocument/hover', { textDocument: { uri }, position: at(0, 45) });
    assert.equal(nothing, null);
  });

  it('"This is not a patient" writes the term into a new .scrubs.json and the name stops being flagged (#4)', async () => {
    const ws = tmpWorkspace();
    const c2 = await start({ folders: [ws] });
    const uri = fileUri(join(ws, 'posts', 'allow.md'));
    c2.open(uri, DRAFT);
    await c2.diagnostics(uri, (d) => d.length === 2);
    const actions = await actionsAt(c2, uri, range(0, 14, 0, 14));
    const allow = actions.find((a) => a.title.startsWith('This is not a patient'))!;
    assert.equal(allow.title, 'This is not a patient: allow “Mrs. Osei” in this workspace');
    assert.equal(allow.command?.command, 'scrubs.allowTerm');
    const mark = c2.mark();
    const result = await c2.request<{ ok: boolean; path: string }>('workspace/executeCommand', allow.command);
    assert.equal(result.ok, true);
    assert.equal(result.path, join(ws, '.scrubs.json'));
    assert.deepEqual(JSON.parse(readFileSync(join(ws, '.scrubs.json'), 'utf8')), { allow: ['Mrs. Osei'] });
    const after = await c2.diagnostics(uri, (d) => d.length === 1, mark);
    assert.deepEqual(codes(after), ['patient-privacy/room']);
    rmSync(ws, { recursive: true, force: true });
  });

  it('picks up an edited .scrubs.json on the next change when the client cannot watch files (Neovim 0.7) (#4)', async () => {
    const ws = tmpWorkspace();
    writeFileSync(join(ws, '.scrubs.json'), '{}\n');
    const c2 = await start({ folders: [ws] });
    const uri = fileUri(join(ws, 'watched.md'));
    c2.open(uri, DRAFT);
    await c2.diagnostics(uri, (d) => d.length === 2);
    assert.equal(c2.registrations.length, 0, 'no dynamic registration offered, none attempted');
    writeFileSync(join(ws, '.scrubs.json'), '{ "rules": { "patient-privacy/room": "off" } }\n');
    const mark = c2.mark();
    c2.change(uri, 2, [{ range: range(1, 0, 1, 0), text: '\n' }]);
    assert.deepEqual(codes(await c2.diagnostics(uri, () => true, mark)), ['patient-privacy/name']);
    rmSync(ws, { recursive: true, force: true });
  });

  it('commands: apply all safe fixes through workspace/applyEdit, and list the rules (#4)', async () => {
    const uri = fileUri(join(dir, 'command.md'));
    c.open(uri, DRAFT);
    await c.diagnostics(uri, (d) => d.length > 0);
    const result = await c.request<{ applied: boolean }>('workspace/executeCommand', { command: 'scrubs.applyFixAll', arguments: [{ uri }] });
    assert.equal(result.applied, true);
    const applied = c.appliedEdits[c.appliedEdits.length - 1];
    assert.ok(!applyWorkspaceEdit(DRAFT, uri, applied.edit).includes('Osei'));
    const rules = await c.request<{ id: string; category: string; description: string }[]>('workspace/executeCommand', { command: 'scrubs.listRules', arguments: [] });
    assert.ok(rules.some((r) => r.id === 'patient-privacy/name' && r.category === 'patient-privacy' && r.description));
  });

  it('survives bad input: unknown documents, out-of-range positions, malformed params (#4)', async () => {
    const unknown = 'file:///nowhere/never-opened.md';
    assert.deepEqual(await actionsAt(c, unknown, range(0, 0, 0, 0)), []);
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri: unknown }, position: at(0, 0) }), null);
    const uri = fileUri(join(dir, 'bad-input.md'));
    c.open(uri, DRAFT);
    await c.diagnostics(uri, (d) => d.length > 0);
    const far = await actionsAt(c, uri, range(9999, -5, 123456, 99999));
    assert.ok(Array.isArray(far));
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: at(-1, 1e9) }), null);
    assert.deepEqual(await c.request('textDocument/codeAction', { textDocument: { uri }, range: 'everything', context: null }), []);
    assert.deepEqual(await c.request('textDocument/codeAction', {}), []);
    assert.equal(await c.request('textDocument/hover', { textDocument: null, position: { line: 'x' } }), null);
    assert.equal(await c.request('workspace/executeCommand', { command: 'scrubs.nope', arguments: [42] }), null);
    assert.deepEqual(await c.request('workspace/executeCommand', { command: 'scrubs.allowTerm', arguments: [null] }), { ok: false, reason: 'expected { uri, term }' });
    c.change('file:///nowhere/else.md', 7, [{ range: range(0, 0, 0, 0), text: 'x' }]);
    c.notify_('textDocument/didOpen', { textDocument: { uri: 'file:///empty.md', languageId: 'markdown', version: 1, text: '' } });
    await c.diagnostics('file:///empty.md', (d) => d.length === 0);
    // Still alive and answering.
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(0, 15) });
    assert.ok(hover && c.proc.exitCode === null);
  });

  it('clears diagnostics when a draft is closed', async () => {
    const uri = fileUri(join(dir, 'closed.md'));
    c.open(uri, DRAFT);
    await c.diagnostics(uri, (d) => d.length > 0);
    const mark = c.mark();
    c.notify_('textDocument/didClose', { textDocument: { uri } });
    await c.diagnostics(uri, (d) => d.length === 0, mark);
  });

  it('shuts down and exits with code 0 (#4)', async () => {
    const c2 = await start({ folders: [dir] });
    assert.equal(await c2.stop(), 0);
  });
});

describe('language server: debounce and superseded versions', () => {
  it('publishes only the last of a burst of changes (#4)', async () => {
    const c = await start({
      capabilities: { ...NEOVIM_07, textDocument: { ...NEOVIM_07.textDocument, publishDiagnostics: { versionSupport: true } } },
      settings: () => ({ debounceMs: 300 }),
    });
    const uri = 'untitled:burst';
    c.open(uri, DRAFT);
    await c.diagnostics(uri, (d) => d.length > 0);
    const mark = c.mark();
    for (let v = 2; v <= 6; v++) c.change(uri, v, [{ range: range(1, 0, 1, 0), text: `Mr. Brown${v} in bed ${v} was discharged.\n` }]);
    await c.waitFor('version 6', () => c.publishes.slice(mark).find((p) => p.uri === uri && p.version === 6));
    const versions = c.publishes.slice(mark).filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(versions, [6]);
  });
});

describe('language server: pull client (VS Code capabilities)', () => {
  let c: LspClient;
  let dir: string;
  before(async () => {
    dir = tmpWorkspace();
    c = await start({ capabilities: VSCODE, folders: [dir] });
  });

  it('advertises pull diagnostics and registers config-file watchers (#4, lesson 2)', async () => {
    assert.deepEqual(c.initializeResult.capabilities.diagnosticProvider, { interFileDependencies: false, workspaceDiagnostics: false });
    await c.waitFor('watcher registration', () => c.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
  });

  it('answers textDocument/diagnostic, with codeDescription, and reports unchanged results (#4)', async () => {
    const uri = fileUri(join(dir, 'pull.md'));
    c.open(uri, DRAFT);
    const report = await c.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(codes(report.items), ['patient-privacy/name', 'patient-privacy/room']);
    assert.match(report.items[0].codeDescription!.href, /^https:\/\//);
    const again = await c.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    assert.equal(again.kind, 'unchanged');
  });

  it('never pushes draft diagnostics to a pull client, so VS Code does not show them twice (#4, lesson 2)', async () => {
    const uri = fileUri(join(dir, 'no-push.md'));
    c.open(uri, DRAFT);
    c.change(uri, 2, [{ range: range(1, 0, 1, 0), text: 'Mr. Brown in bed 4 was discharged.\n' }]);
    const report = await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(report.items.length >= 3);
    // Give a push every chance to arrive (the debounce is 0 here), then check none did.
    await c.request('textDocument/hover', { textDocument: { uri }, position: at(0, 0) });
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(c.publishes.filter((p) => p.uri === uri), []);
  });

  it('versions its edits with documentChanges when the client declares them (#4, lesson 4)', async () => {
    const uri = fileUri(join(dir, 'versioned.md'));
    c.open(uri, DRAFT, 'markdown', 7);
    const actions = await actionsAt(c, uri, range(0, 14, 0, 14));
    const redact = actions.find((a) => a.title === 'Redact identifier')!;
    assert.equal(redact.edit?.changes, undefined);
    assert.deepEqual((redact.edit!.documentChanges![0] as { textDocument: unknown }).textDocument, { uri, version: 7 });
  });

  it('shows an invalid .scrubs.json on that file and keeps linting drafts with defaults; a fix clears it (#4)', async () => {
    const configPath = join(dir, '.scrubs.json');
    writeFileSync(configPath, '{\n  "rules": {\n    "patient-privacy": "loud"\n  }\n}\n');
    const configUri = fileUri(configPath);
    const mark = c.mark();
    c.notify_('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
    const problems = await c.diagnostics(configUri, (d) => d.length > 0, mark);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 2);
    assert.match(problems[0].message, /^rules\.patient-privacy: must be one of error, warning, information, hint, off/);
    const uri = fileUri(join(dir, 'with-bad-config.md'));
    c.open(uri, DRAFT);
    const report = await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(codes(report.items), ['patient-privacy/name', 'patient-privacy/room']);

    writeFileSync(configPath, '{ "rules": { "patient-privacy/room": "off" } }\n');
    const mark2 = c.mark();
    c.notify_('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await c.diagnostics(configUri, (d) => d.length === 0, mark2);
    const fixed = await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(codes(fixed.items), ['patient-privacy/name']);
    rmSync(configPath);
  });
});

describe('language server: settings', () => {
  it('re-lints open drafts on didChangeConfiguration: a category turned off clears its diagnostics (#4)', async () => {
    let rules: Record<string, string> = {};
    const c = await start({ settings: () => ({ debounceMs: 0, rules }) });
    const uri = 'untitled:settings';
    c.open(uri, DRAFT);
    await c.diagnostics(uri, (d) => d.length === 2);
    rules = { 'patient-privacy': 'off' };
    const mark = c.mark();
    c.notify_('workspace/didChangeConfiguration', { settings: null });
    await c.diagnostics(uri, (d) => d.length === 0, mark);
    assert.ok(c.configurationRequests.length >= 2, 'settings asked again after the change');
  });

  it('asks per scopeUri and caches the answer until the configuration changes (#4)', async () => {
    const c = await start({ settings: (scope) => ({ debounceMs: 0, rules: scope?.endsWith('b.md') ? { 'patient-privacy/room': 'off' } : {} }) });
    const a = 'file:///tmp/scope/a.md';
    const b = 'file:///tmp/scope/b.md';
    c.open(a, DRAFT);
    c.open(b, DRAFT);
    assert.deepEqual(codes(await c.diagnostics(a, (d) => d.length > 0)), ['patient-privacy/name', 'patient-privacy/room']);
    assert.deepEqual(codes(await c.diagnostics(b, (d) => d.length > 0)), ['patient-privacy/name']);
    const asked = c.configurationRequests.length;
    c.change(a, 2, [{ range: range(1, 0, 1, 0), text: '\n' }]);
    const mark = c.mark();
    c.change(a, 3, [{ range: range(1, 0, 1, 0), text: '\n' }]);
    await c.diagnostics(a, () => true, mark);
    assert.equal(c.configurationRequests.length, asked, 'cached per document');
  });

  it('uses initializationOptions, and settings pushed with didChangeConfiguration, when the client cannot be asked (#4)', async () => {
    const noConfiguration = { ...NEOVIM_07, workspace: { ...NEOVIM_07.workspace, configuration: false } };
    const c = await start({ capabilities: noConfiguration, initializationOptions: { scrubs: { debounceMs: 0, rules: { 'patient-privacy/room': 'off' } } } });
    const uri = 'untitled:init-options';
    c.open(uri, DRAFT);
    assert.deepEqual(codes(await c.diagnostics(uri, (d) => d.length > 0)), ['patient-privacy/name']);
    const mark = c.mark();
    c.notify_('workspace/didChangeConfiguration', { settings: { scrubs: { enable: false } } });
    await c.diagnostics(uri, (d) => d.length === 0, mark);
    assert.equal(c.configurationRequests.length, 0);
  });

  it('skips drafts over scrubs.maxFileSize with a note instead of findings (#4)', async () => {
    const c = await start({ settings: () => ({ debounceMs: 0, maxFileSize: 20 }) });
    const uri = 'untitled:big';
    c.open(uri, DRAFT);
    const ds = await c.diagnostics(uri);
    assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['max-file-size', 3]]);
  });
});

describe('language server: starting', () => {
  it('works without workspace folders (an untitled draft) and then offers no allow-list action (#4)', async () => {
    const c = await start({ folders: [] });
    const uri = 'untitled:Untitled-1';
    c.open(uri, DRAFT);
    assert.deepEqual(codes(await c.diagnostics(uri, (d) => d.length > 0)), ['patient-privacy/name', 'patient-privacy/room']);
    const actions = await actionsAt(c, uri, range(0, 14, 0, 14));
    assert.ok(actions.some((a) => a.title === 'Redact identifier'));
    assert.ok(!actions.some((a) => a.title.startsWith('This is not a patient')));
  });

  it('checks documents of the `post` language as markdown (#4)', async () => {
    const c = await start({ folders: [] });
    const uri = 'untitled:draft.post';
    c.open(uri, `<!-- scrubs-disable-next-line patient-privacy/room -->\n${DRAFT}`, 'post');
    assert.deepEqual(codes(await c.diagnostics(uri, (d) => d.length > 0)), ['patient-privacy/name']);
  });

  it('speaks Node IPC, as the VS Code client starts it (#4)', async () => {
    const c = await start({ transport: '--node-ipc' });
    const uri = 'untitled:ipc';
    c.open(uri, DRAFT);
    assert.deepEqual(codes(await c.diagnostics(uri, (d) => d.length > 0)), ['patient-privacy/name', 'patient-privacy/room']);
  });
});

describe('language server: privacy promise', () => {
  it('never writes draft text to its log or stderr, and never touches the network (#4)', async () => {
    assert.ok(clients.length > 5, 'runs after the other server tests');
    for (const c of clients) {
      const logged = [...c.logs, c.stderr].join('\n');
      for (const bit of SECRET_BITS) assert.ok(!logged.includes(bit), `draft text "${bit}" reached the server log`);
      assert.ok(!c.stderr.includes('SCRUBS-TEST-NETWORK-ATTEMPT'), `the server tried the network: ${c.stderr}`);
    }
    assert.ok(clients.some((c) => c.logs.some((l) => /^doc#\d+ v\d+: \d+ finding/.test(l))), 'verbose trace lines were produced and checked');
  });
});
