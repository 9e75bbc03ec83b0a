// Neovim's built-in LSP client (the 0.7 API Debian ships) against `scrubs lsp --stdio`: the quick
// fix must land on the right characters even though 0.7 echoes byte columns (issue #4, editors
// README lesson 1). CI installs neovim; without it on PATH this test skips and says why.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverCommand } from '../lsp/client';

const nvimAvailable = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

function runNvim(file: string, home: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { module, args } = serverCommand('--stdio');
  const env = {
    ...process.env,
    SCRUBS_NVIM_CMD: JSON.stringify([process.execPath, module, ...args]),
    SCRUBS_NVIM_FILE: file,
    // Keep Neovim's config, state and lsp.log out of the user's home.
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_DATA_HOME: join(home, 'data'),
    XDG_STATE_HOME: join(home, 'state'),
    XDG_CACHE_HOME: join(home, 'cache'),
  };
  const script = join(__dirname, 'redact.lua');
  return new Promise((resolve) => {
    const proc = spawn('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${script}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => proc.kill('SIGKILL'), 40_000);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('Neovim 0.7 client (headless)', function () {
  this.timeout(60_000);
  let dir: string;

  before(function () {
    if (!nvimAvailable) {
      console.log('      (skipped: `nvim` is not on PATH; install it with `apt-get install -y neovim` to run this test)');
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'scrubs-nvim-'));
    for (const sub of ['config', 'data', 'state', 'cache']) mkdirSync(join(dir, 'home', sub), { recursive: true });
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('applies "Redact identifier" on a line with emoji and saves a file without the name (#4)', async () => {
    const file = join(dir, 'draft.md');
    writeFileSync(file, '# Night shift\n\nÇa va 😀😀 — Mrs. Osei in room 12 finally went home today.\n');
    const run = await runNvim(file, join(dir, 'home'));
    const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
    assert.ok(line, `no result from nvim (exit ${run.code}): ${run.stdout.slice(-500)} ${run.stderr.slice(-500)}`);
    const result = JSON.parse(line);
    assert.equal(run.code, 0, JSON.stringify(result));
    assert.ok(result.titles.includes('Redact identifier'));
    const saved = readFileSync(file, 'utf8');
    assert.ok(!saved.includes('Osei'), saved);
    assert.equal(saved, '# Night shift\n\nÇa va 😀😀 — a patient in room 12 finally went home today.\n');
  });
});
