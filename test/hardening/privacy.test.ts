// Privacy, tested: the CLI and the language server go through full sessions with networking
// trapped (a preload that throws and records on any connection, DNS lookup, UDP socket or fetch;
// also, where the machine allows it, inside an empty network namespace) and drafts full of planted
// marker words. No connection is attempted, and no marker reaches stderr or the server's log;
// with --no-snippets no marker reaches the report either, in any format.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { LspClient, VSCODE, fileUri } from '../lsp/client';
import { root, scrubs, useTempDir, write } from '../cli/run';

const NO_NETWORK = join(__dirname, 'no-network.cjs');
/** Words that exist only in the drafts below. */
const MARKERS = ['Quillfeather', 'Xanthippa', 'Zorblatt', 'Vexmoor', 'Plumbrick'];
const DRAFTS: Record<string, string | Buffer> = {
  'shift.md': `---\ntitle: Night with Mrs. Quillfeather\nscrubs:\n  rules:\n    Xanthippa: loud\n---\nMrs. Quillfeather in room 12 finally went home today after her stroke.\n\nMr. Zorblatt, 87, from Vexmoor was struck by lightning on Christmas Eve.\n`,
  'notes.txt': 'Patient Plumbrick Xanthippa in bed 4 refused her meds again. Call 555-201-7788.\n',
  'alias.md': '---\ntitle: *Zorblatt\nbad: !Plumbrick x\n---\nMrs. Vexmoor in room 9 went home.\n',
  'latin1.md': Buffer.concat([Buffer.from('Mrs. Quillfeather in room 12 '), Buffer.from([0xe9, 0xff]), Buffer.from(' went home.\n')]),
  'binary.md': Buffer.concat([Buffer.from('Zorblatt '), Buffer.from([0, 1, 2])]),
};

function assertNoMarkers(where: string, text: string): void {
  for (const m of MARKERS) assert.ok(!text.includes(m), `draft text "${m}" in ${where}:\n${text.slice(0, 2000)}`);
  assert.ok(!text.includes('SCRUBS-TEST-NETWORK-ATTEMPT'), `network attempt in ${where}: ${text}`);
}

describe('hardening: privacy of the CLI', function () {
  this.timeout(120_000);
  const tmp = useTempDir();
  const env = { NODE_OPTIONS: `--require ${NO_NETWORK}` };

  it('never tries the network and never prints draft text on stderr, in any command or format', () => {
    write(tmp.path, DRAFTS);
    writeFileSync(join(tmp.path, 'unreadable.md'), 'Mrs. Quillfeather in room 3.');
    chmodSync(join(tmp.path, 'unreadable.md'), 0o000);
    const runs = [
      ...['stylish', 'json', 'sarif', 'github', 'markdown'].map((f) => ['check', '--format', f]),
      ['check', '--format', 'json', '--strict'],
      ['fix'],
      ['rules', '--json'],
      ['check', '--stdin', '--stdin-filename', 'x.md'],
      ['fix', '--stdin'],
      ['check', 'no-such-Quillfeather.md'],
      ['fix', '--write'],
    ];
    for (const args of runs) {
      const run = scrubs(tmp.path, args, { env, input: DRAFTS['shift.md'] as string });
      assert.ok(run.code !== null && run.code <= 2, `${args.join(' ')}: exit ${run.code}`);
      // The one exception is a path the user typed: a usage error names it.
      assertNoMarkers(`stderr of scrubs ${args.join(' ')}`, run.stderr.replace('no-such-Quillfeather.md', 'no-such-file.md'));
    }
  });

  it('--no-snippets keeps draft text out of the report itself, in every format', () => {
    write(tmp.path, DRAFTS);
    for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown']) {
      const run = scrubs(tmp.path, ['check', '--no-snippets', '--format', format, 'shift.md', 'notes.txt'], { env });
      assert.equal(run.code, 1, run.stderr);
      assertNoMarkers(`--no-snippets --format ${format} stdout`, run.stdout);
      assertNoMarkers(`--no-snippets --format ${format} stderr`, run.stderr);
    }
    const json = JSON.parse(scrubs(tmp.path, ['check', '--no-snippets', '--format', 'json', 'shift.md'], { env }).stdout);
    const d = json.files[0].diagnostics[0];
    assert.deepEqual(Object.keys(d).sort(), ['category', 'fixes', 'message', 'range', 'ruleId', 'severity'], 'same JSON shape');
    assert.ok(d.message.length > 0 && d.fixes.length === 0);
    // Without the flag the report does quote the draft: the test above is not vacuous.
    assert.ok(MARKERS.some((m) => scrubs(tmp.path, ['check', '--format', 'json', 'shift.md'], { env }).stdout.includes(m)));
  });

  it('works the same with no network at all (an empty network namespace), when the machine allows one', function () {
    const probe = spawnSync('unshare', ['-n', 'true']);
    if (probe.error || probe.status !== 0) this.skip();
    write(tmp.path, DRAFTS);
    const inside = spawnSync('unshare', ['-n', process.execPath, join(root, 'bin', 'scrubs.js'), 'check', '--format', 'json', 'shift.md', 'notes.txt'], { cwd: tmp.path, encoding: 'utf8', timeout: 60_000 });
    const outside = scrubs(tmp.path, ['check', '--format', 'json', 'shift.md', 'notes.txt']);
    assert.equal(inside.status, outside.code, inside.stderr);
    assert.equal(inside.stdout, outside.stdout);
  });
});

describe('hardening: privacy of the language server', function () {
  this.timeout(120_000);

  it('a full session logs no draft text (verbose trace, stderr, window/logMessage) and opens no connection', async () => {
    const dir = join(root, '.tmp', `privacy-${process.pid}`);
    write(dir, { '.scrubs.json': '{"rules": {"Vexmoor/Plumbrick": "loud"}}' });
    const c = await LspClient.start({ capabilities: VSCODE, folders: [dir], settings: () => ({ debounceMs: 0, trace: { server: 'verbose' } }) });
    try {
      const uri = fileUri(join(dir, 'Quillfeather-shift.md'));
      c.open(uri, DRAFTS['shift.md'] as string);
      c.open(fileUri(join(dir, 'alias.md')), DRAFTS['alias.md'] as string);
      c.open(fileUri(join(dir, 'notes.txt')), DRAFTS['notes.txt'] as string, 'plaintext');
      const report = await c.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(report.items.length > 0);
      c.change(uri, 2, [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: 'Xanthippa Zorblatt was intubated in bed 7.\n' }]);
      await c.request('textDocument/diagnostic', { textDocument: { uri } });
      await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 7 } });
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 6, character: 7 }, end: { line: 6, character: 7 } }, context: { diagnostics: [] } });
      assert.ok(actions.length > 0);
      await c.request('workspace/executeCommand', { command: 'scrubs.applyFixAll', arguments: [{ uri }] });
      await c.request('workspace/executeCommand', { command: 'scrubs.listRules', arguments: [] });
      await c.request('textDocument/hover', { textDocument: { uri: 'untitled:Vexmoor' }, position: { line: 0, character: 0 } });
      c.open('untitled:big-Plumbrick', `Mrs. Quillfeather in room 12. ${'The coffee was cold. '.repeat(8000)}`);
      const big = await c.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: 'untitled:big-Plumbrick' } }); // on the worker thread
      assert.ok(big.items.length > 0);
      c.notify_('textDocument/didClose', { textDocument: { uri } });
      assert.ok(c.logs.some((l) => /^doc#\d+ v\d+: \d+ finding/.test(l)), 'the verbose trace was on and checked');
    } finally {
      assert.equal(await c.stop(), 0);
      rmSync(dir, { recursive: true, force: true });
    }
    assertNoMarkers('window/logMessage', c.logs.join('\n'));
    assertNoMarkers('server stderr', c.stderr);
  });
});
