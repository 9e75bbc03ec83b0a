// `scrubs lsp`: the dispatch to the language server (its behaviour is tested in test/lsp/).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root, scrubs, useTempDir } from './run';

describe('scrubs lsp', () => {
  const tmp = useTempDir();

  it('exits 2 without a transport flag', () => {
    const run = scrubs(tmp.path, ['lsp']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--stdio/);
  });

  it('answers initialize over --stdio', async () => {
    const child = spawn(process.execPath, [join(root, 'bin', 'scrubs.js'), 'lsp', '--stdio'], { cwd: tmp.path });
    try {
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      const reply = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no reply; got ${JSON.stringify(out)}`)), 15_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          if (/"id":1/.test(out) && /"capabilities"/.test(out)) {
            clearTimeout(timer);
            resolve(out);
          }
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      assert.match(reply, /^Content-Length: \d+\r\n\r\n/);
    } finally {
      child.kill();
    }
  });
});
