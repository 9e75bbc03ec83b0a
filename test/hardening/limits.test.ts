// Size limits: the CLI finishes on a 5 MB draft, a 200,000-line file and a single 1 MB line (the
// three run at once, one per core, each as its own process), and skips a file just over the limit
// with one line. The language server's side (huge drafts on a worker thread, cancellable, bounded
// by analysisTimeoutMs) is in server.test.ts. Durations are printed so regressions show.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../cli/run';

const MB = 1024 * 1024;
/** Invented shift notes, cycled: realistic prose with a patient story now and then. */
const SENTENCES = [
  'The night shift was quiet and the coffee was cold again.',
  'We piloted a new huddle script and the handoffs felt calmer.',
  'Mrs. Osei in room 12 finally went home today after her stroke.',
  'Remember to take your breaks, all of them.',
  'Grand rounds on delirium screening were worth the early start.',
];

function fiveMegabyteDraft(): string {
  const parts: string[] = ['---\ntitle: A long year of shift notes\n---\n'];
  let size = parts[0].length;
  for (let i = 0; size < 5 * MB - 200; i++) {
    const p = i % 9 === 0 ? `## Week ${i}\n\n` : i % 5 === 0 ? `- ${SENTENCES[i % 5]}\n- ${SENTENCES[(i + 1) % 5]}\n\n` : `${SENTENCES[i % 5]} ${SENTENCES[(i + 2) % 5]}\n\n`;
    parts.push(p);
    size += p.length;
  }
  return parts.join('').slice(0, 5 * MB - 100);
}

function run(cwd: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [join(root, 'bin', 'scrubs.js'), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

describe('hardening: size limits in the CLI', function () {
  // Minutes, not hours: the engine is linear on all three (see the fixes these tests found).
  this.timeout(20 * 60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'scrubs-limits-'));
    writeFileSync(join(dir, 'five-mb.md'), fiveMegabyteDraft());
    writeFileSync(join(dir, 'lines.md'), Array.from({ length: 200_000 }, (_, i) => (i % 10 === 9 ? '' : `obs stable ${i}`)).join('\n'));
    writeFileSync(join(dir, 'one-line.md'), `${SENTENCES.join(' ')} `.repeat(Math.ceil(MB / 270)).slice(0, MB));
    writeFileSync(join(dir, 'over.md'), 'x'.repeat(5 * MB + 1));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finishes on a 5 MB draft, a 200,000-line file and a single 1 MB line, with a full report', async () => {
    const files = ['five-mb.md', 'lines.md', 'one-line.md'];
    const runs = await Promise.all(files.map((f) => run(dir, ['check', '--format', 'json', f], 15 * 60_000)));
    runs.forEach((r, i) => {
      console.log(`      ${files[i]}: exit ${r.code} in ${(r.ms / 1000).toFixed(1)} s`);
      assert.ok(r.code === 0 || r.code === 1, `${files[i]}: exit ${r.code}: ${r.stderr.slice(0, 500)}`);
      assert.equal(r.stderr, '', files[i]);
      const report = JSON.parse(r.stdout) as { files: { path: string; diagnostics: unknown[] }[] };
      assert.deepEqual(report.files.map((f) => f.path), [files[i]]);
    });
    assert.ok((JSON.parse(runs[0].stdout).files[0].diagnostics as unknown[]).length > 100, 'the 5 MB draft was really checked');
  });

  it('skips a file over the 5 MB limit with one line, and still lists the others', async () => {
    const r = await run(dir, ['check', '--format', 'json', 'over.md'], 60_000);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^scrubs: over\.md: skipped: 5242881 bytes is larger than maxFileSize \(5242880 bytes\)\nscrubs: skipped 1 of 1 file\n$/);
  });
});
