// The language server under abuse, over stdio with a real JSON-RPC client (test/lsp/client.ts) and
// networking patched to throw: malformed JSON-RPC, unknown methods and documents, positions out of
// range, edits out of order, a client typing faster than analysis, a huge draft next to small ones
// (hover and code actions still answered; the big analysis is cancellable and bounded), a draft
// over the size limit, and quick-fixes that carry the version they were computed for.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { write } from '../cli/run';
import type { CodeAction, Diagnostic, Hover, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { LspClient, NEOVIM_07, VSCODE, fileUri } from '../lsp/client';

const DRAFT = 'Mrs. Osei in room 12 finally went home today.\n';
const clients: LspClient[] = [];
const at = (line: number, character: number) => ({ line, character });

async function start(options: Parameters<typeof LspClient.start>[0] = {}): Promise<LspClient> {
  const c = await LspClient.start({ settings: () => ({ debounceMs: 0 }), ...options });
  clients.push(c);
  return c;
}

/** A big, realistic draft: `n` short paragraphs (about 60 bytes each). */
const bigDraft = (n: number) => Array.from({ length: n }, (_, i) => `Day ${i}: the night shift was quiet and the coffee was cold again.`).join('\n\n');

async function alive(c: LspClient, uri: string): Promise<void> {
  const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(0, 6) });
  assert.ok(hover, 'hover answered on a flagged name');
  assert.equal(c.proc.exitCode, null);
}

describe('hardening: language server resilience', function () {
  this.timeout(120_000);
  after(async () => {
    for (const c of clients) await c.stop();
    for (const c of clients) assert.ok(!c.stderr.includes('SCRUBS-TEST-NETWORK-ATTEMPT'), 'no network access');
  });

  it('answers malformed JSON-RPC with errors and keeps serving', async () => {
    const c = await start();
    const uri = 'untitled:malformed';
    c.open(uri, DRAFT);
    await c.diagnostics(uri, (d) => d.length > 0);
    // A body that is not JSON, then a valid header with a JSON body that is not a message.
    const garbage = '{"jsonrpc":"2.0","id":99,"method":';
    c.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    const notMessage = '[1,2,3]';
    c.proc.stdin!.write(`Content-Length: ${notMessage.length}\r\n\r\n${notMessage}`);
    // Unknown method: MethodNotFound (-32601), as JSON-RPC says.
    await assert.rejects(c.request('scrubs/noSuchMethod', {}), (e: { code?: number }) => e.code === -32601);
    // Wrong parameter shapes: answered (empty), not crashed.
    assert.deepEqual(await c.request('textDocument/codeAction', { textDocument: 42, range: [], context: 'x' }), []);
    // Parameters by position and no parameters at all (the client library refuses to send them: raw).
    for (const body of ['{"jsonrpc":"2.0","id":"raw-1","method":"textDocument/hover","params":[1,2,3]}', '{"jsonrpc":"2.0","id":"raw-2","method":"textDocument/codeAction"}', '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":null}}']) {
      c.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
    await alive(c, uri);
  });

  it('answers requests for unknown documents and positions out of range', async () => {
    const c = await start({ capabilities: VSCODE });
    const uri = 'untitled:range';
    c.open(uri, DRAFT);
    assert.deepEqual(await c.request('textDocument/codeAction', { textDocument: { uri: 'untitled:never-opened' }, range: { start: at(0, 0), end: at(0, 0) }, context: { diagnostics: [] } }), []);
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri: 'untitled:never-opened' }, position: at(0, 0) }), null);
    const report = await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: 'untitled:never-opened' } });
    assert.deepEqual(report.items, []);
    for (const position of [at(-1, -1), at(1e9, 1e9), at(0, 1e9), at(Number.MAX_SAFE_INTEGER, 0)]) {
      assert.ok(Array.isArray(await c.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } })));
      await c.request('textDocument/hover', { textDocument: { uri }, position });
    }
    assert.equal(c.proc.exitCode, null);
  });

  it('survives edits out of order and out of range, and a full-text change resynchronises it', async () => {
    const c = await start();
    const uri = 'untitled:order';
    c.open(uri, DRAFT);
    await c.diagnostics(uri, (d) => d.length > 0);
    c.change(uri, 5, [{ range: { start: at(1, 0), end: at(1, 0) }, text: 'Mr. Brown in bed 4 was discharged.\n' }]);
    c.change(uri, 3, [{ range: { start: at(0, 0), end: at(0, 4) }, text: '' }]); // older version, after a newer one
    c.change(uri, 6, [{ range: { start: at(500, 3), end: at(900, 1) }, text: 'tail' }]); // beyond the end
    c.change(uri, 7, [{ range: { start: at(0, 10), end: at(0, 2) }, text: 'x' }]); // end before start
    const mark = c.mark();
    c.change(uri, 8, [{ text: DRAFT }]);
    const ds = await c.diagnostics(uri, (d) => d.length === 2, mark);
    assert.deepEqual(ds.map((d) => d.code).sort(), ['patient-privacy/name', 'patient-privacy/room']);
    await alive(c, uri);
  });

  it('keeps up with a client that sends didChange faster than analysis: publishes the latest version', async () => {
    const c = await start({ capabilities: { ...NEOVIM_07, textDocument: { ...NEOVIM_07.textDocument, publishDiagnostics: { versionSupport: true } } }, settings: () => ({ debounceMs: 150 }) });
    const uri = 'untitled:flood';
    c.open(uri, DRAFT);
    await c.diagnostics(uri, (d) => d.length > 0);
    const mark = c.mark();
    let text = DRAFT;
    for (let v = 2; v <= 300; v++) {
      const add = v % 50 === 0 ? `Mr. Brown${v} in bed ${v} was discharged.\n` : 'The coffee was cold. ';
      c.change(uri, v, [{ range: { start: at(text.split('\n').length - 1, 0), end: at(text.split('\n').length - 1, 0) }, text: add }]);
      text = text + add;
    }
    const last = await c.waitFor('version 300', () => c.publishes.slice(mark).find((p) => p.uri === uri && p.version === 300), 60_000);
    assert.ok(last.diagnostics.filter((d) => d.code === 'patient-privacy/name').length >= 2, JSON.stringify(last.diagnostics.map((d) => d.code)));
    const versions = c.publishes.slice(mark).filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'never an older version after a newer one');
    assert.ok(versions.length < 50, `${versions.length} publishes for 299 changes`);
    await alive(c, uri);
  });

  it('answers hover and code actions on other drafts while a huge draft is analysed; the analysis is bounded', async () => {
    const c = await start({ settings: () => ({ debounceMs: 0, analysisTimeoutMs: 4000, maxFileSize: 50_000_000 }) });
    const big = 'untitled:huge';
    const small = 'untitled:small';
    c.open(small, DRAFT);
    await c.diagnostics(small, (d) => d.length > 0);
    c.open(big, bigDraft(40_000)); // ~2.6 MB, far more than 4 s of analysis on this machine
    const started = Date.now();
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri: small }, position: at(0, 6) });
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: small }, range: { start: at(0, 6), end: at(0, 6) }, context: { diagnostics: [] } });
    const answeredIn = Date.now() - started;
    assert.ok(hover && actions.some((a) => a.title === 'Redact identifier'));
    assert.ok(answeredIn < 3000, `hover and code actions took ${answeredIn} ms while the big draft was analysed`);
    assert.ok(!c.publishes.some((p) => p.uri === big), 'the big draft was still being analysed');
    const ds = await c.diagnostics(big, () => true);
    assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['analysis-timeout', 3]]);
    assert.ok(Date.now() - started < 30_000, 'bounded by analysisTimeoutMs');
    await alive(c, small);
  });

  it('cancels the analysis of a huge draft that changes or closes, and analyses the new text', async () => {
    const c = await start({ settings: () => ({ debounceMs: 0, analysisTimeoutMs: 60_000, maxFileSize: 50_000_000 }) });
    const big = 'untitled:huge-cancel';
    c.open(big, bigDraft(40_000));
    await new Promise((r) => setTimeout(r, 500));
    const mark = c.mark();
    // Replaced by a small text: the long analysis of version 1 is dropped, version 2 is published at once.
    c.change(big, 2, [{ text: DRAFT }]);
    const ds = await c.diagnostics(big, (d) => d.length > 0, mark);
    assert.deepEqual(ds.map((d) => d.code).sort(), ['patient-privacy/name', 'patient-privacy/room']);
    const other = 'untitled:huge-close';
    c.open(other, bigDraft(40_000));
    await new Promise((r) => setTimeout(r, 300));
    const mark2 = c.mark();
    c.notify_('textDocument/didClose', { textDocument: { uri: other } });
    await c.diagnostics(other, (d) => d.length === 0, mark2);
    await alive(c, big);
  });

  it('skips a draft over the size limit with one information diagnostic', async () => {
    const c = await start();
    const uri = 'untitled:over-5mb';
    c.open(uri, 'x'.repeat(5 * 1024 * 1024 + 1));
    const ds = await c.diagnostics(uri);
    assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['max-file-size', 3]]);
  });

  it('shows a refused rule pattern and an unknown rule id on the config file; every other rule keeps running', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'scrubs-hostile-'));
    write(ws, {
      '.scrubs.json': '{\n  "rulePaths": ["team-rules"],\n  "rules": { "patient-privacy/nmae": "off" }\n}\n',
      'team-rules/ward.yaml': [
        'category: patient-privacy',
        'severity: error',
        'rules:',
        '  - id: ward-code',
        '    check: pattern',
        '    pattern: "WARD-[0-9]{3}"',
        '    message: "Ward codes identify a unit."',
        '    description: Internal ward codes.',
        '  - id: evil',
        '    check: pattern',
        '    pattern: "(a+)\\\\1"',
        '    message: x',
        '    description: x',
        '  - id: slow-elsewhere',
        '    check: pattern',
        '    pattern: "(a+)+$"',
        '    message: "A run of a."',
        '    description: x',
        '',
      ].join('\n'),
    });
    try {
      const c = await start({ folders: [ws] });
      const uri = fileUri(join(ws, 'draft.md'));
      c.open(uri, `Covering WARD-204: Mrs. Osei in room 12 went home.\n\n${'a'.repeat(30_000)}!\n\naaaa\n`);
      const ds = await c.diagnostics(uri, (d) => d.length >= 4);
      assert.deepEqual([...new Set(ds.map((d) => d.code))].sort(), ['patient-privacy/name', 'patient-privacy/room', 'patient-privacy/slow-elsewhere', 'patient-privacy/ward-code']);
      const config = await c.diagnostics(fileUri(join(ws, '.scrubs.json')), (d) => d.length >= 2);
      const messages = config.map((d) => d.message).join('\n');
      assert.match(messages, /ward\.yaml:9: rules\[1\]\.pattern: uses a back-reference/);
      assert.match(messages, /rules\.patient-privacy\/nmae: is not a rule id or category/);
      assert.ok(await c.request('textDocument/hover', { textDocument: { uri }, position: at(0, 11) }), 'hover on the ward code');
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('versions its quick-fixes and fix-all edits, so an editor rejects them once the draft changed', async () => {
    const c = await start({ capabilities: VSCODE });
    const uri = 'file:///tmp/scrubs-versioned/draft.md';
    c.open(uri, DRAFT, 'markdown', 4);
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: at(0, 6), end: at(0, 6) }, context: { diagnostics: [] } });
    const redact = actions.find((a) => a.title === 'Redact identifier')!;
    const edit = redact.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(edit.textDocument, { uri, version: 4 });
    assert.equal(redact.edit!.changes, undefined, 'no unversioned edits next to the versioned ones');
    // The draft moves on; an editor applying the old action compares versions and refuses (LSP 3.17).
    c.change(uri, 5, [{ range: { start: at(0, 0), end: at(0, 0) }, text: 'Update: ' }]);
    const fresh = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: at(0, 14), end: at(0, 14) }, context: { diagnostics: [] } });
    const freshEdit = fresh.find((a) => a.title === 'Redact identifier')!.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(freshEdit.textDocument.version, 5);
    assert.notEqual(edit.textDocument.version, 5, 'the stale action carries the stale version');
    assert.deepEqual(freshEdit.edits[0].range, { start: at(0, 8), end: at(0, 17) });
    const result = await c.request<{ applied: boolean }>('workspace/executeCommand', { command: 'scrubs.applyFixAll', arguments: [{ uri }] });
    assert.equal(result.applied, true);
    const applied = c.appliedEdits[c.appliedEdits.length - 1].edit.documentChanges![0] as TextDocumentEdit;
    assert.equal(applied.textDocument.version, 5);
  });
});
