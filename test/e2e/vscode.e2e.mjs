#!/usr/bin/env node
// End-to-end test in real VS Code: code-server (VS Code for the web: the workbench and extension
// host of desktop VS Code) served on 127.0.0.1 to Debian's headless Chromium, driven by
// playwright-core, with the project's own scrubs.vsix installed from the file. It opens a
// workspace of drafts and checks what a person sees: the Problems panel, squiggles, the hover,
// the Ctrl+. menu, "Redact all identifiers", the `post` language and its colours, settings and a
// broken .scrubs.json. The same run takes the README's screenshots.
//
//   npm run test:e2e            (= npm run package && node test/e2e/vscode.e2e.mjs)
//   npm run docs:screenshots    (the same, then copies the screenshots to docs/images/)
//
// options: --tools DIR         installed tools (default: run scripts/e2e-setup.sh, which caches)
//          --vsix FILE         default ./scrubs.vsix
//          --screenshots DIR   after a run where every check passed, copy the PNGs here
//          --timeout SEC       per wait (default 120: a loaded 2-core machine needs up to ~50 s at times)
//          --no-netns          do not re-run inside `unshare -n` (default as root: a private
//                              network namespace with only loopback, so nothing can leave)
//          --keep              keep the temp dir (code-server log, workspace, screenshots)
// Screenshots of every run go to .tmp/e2e/ (git-ignored), and a failure's screen to
// .tmp/e2e/failure.png; only a fully passing run can refresh docs/images/.
// Exit: 0 every check passed; 1 a check failed; 2 setup failed (nothing was tested).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SCRIPT), '..', '..');
const t0 = Date.now();
const elapsed = () => ((Date.now() - t0) / 1000).toFixed(1);
const log = (m) => process.stderr.write(`[e2e ${elapsed()}s] ${m}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- options
const opts = { timeout: 120, netns: true, keep: false };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const val = () => {
    if (i + 1 >= argv.length) bail(2, `${a} needs a value`);
    return argv[++i];
  };
  if (a === '--tools') opts.tools = path.resolve(val());
  else if (a === '--vsix') opts.vsix = path.resolve(val());
  else if (a === '--screenshots') opts.screenshots = path.resolve(val());
  else if (a === '--timeout') opts.timeout = Number(val());
  else if (a === '--no-netns') opts.netns = false;
  else if (a === '--keep') opts.keep = true;
  else bail(2, `unknown option ${a} (see the comment at the top of ${path.relative(process.cwd(), SCRIPT)})`);
}
const TMO = opts.timeout * 1000;
const VSIX = opts.vsix ?? path.join(ROOT, 'scrubs.vsix');
const ARTIFACTS = path.join(ROOT, '.tmp', 'e2e');

function bail(code, message) {
  process.stderr.write(`e2e: ${code === 2 ? 'NOT RUN' : 'FAILED'}: ${message}\n`);
  process.exit(code);
}

// ---------------------------------------------------------------- tools (outside the netns: npm, apt)
if (!opts.tools) {
  log('scripts/e2e-setup.sh (installs code-server and playwright-core once, then uses the cache)');
  const setup = spawnSync('bash', [path.join(ROOT, 'scripts', 'e2e-setup.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (setup.status !== 0) bail(2, `scripts/e2e-setup.sh exited with ${setup.status ?? setup.signal}; see its messages above`);
  opts.tools = setup.stdout.trim().split('\n').pop();
}
const CODE_SERVER = path.join(opts.tools, 'cs', 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
for (const [what, file] of [['code-server', CODE_SERVER], ['Chromium', CHROMIUM], ['the .vsix (npm run package)', VSIX]]) {
  if (!fs.existsSync(file)) bail(2, `${what} not found at ${file}`);
}

// ---------------------------------------------------------------- network isolation
if (opts.netns && !process.env.SCRUBS_E2E_NETNS && process.getuid?.() === 0) {
  if (spawnSync('unshare', ['-n', 'true']).status === 0) {
    const args = [...argv.filter((a, i) => a !== '--tools' && argv[i - 1] !== '--tools'), '--tools', opts.tools];
    const r = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up && exec "$0" "$@"', process.execPath, SCRIPT, ...args], {
      stdio: 'inherit',
      env: { ...process.env, SCRUBS_E2E_NETNS: '1' },
    });
    process.exit(r.status ?? 1);
  }
  log('unshare -n is not available: isolating in Chromium only (host resolver rules, request blocking)');
} else if (!process.env.SCRUBS_E2E_NETNS) {
  log('not root (or --no-netns): isolating in Chromium only (host resolver rules, request blocking)');
}
const ISOLATION = process.env.SCRUBS_E2E_NETNS ? 'private network namespace, loopback only' : 'Chromium request blocking only';

let chromium;
try {
  ({ chromium } = createRequire(path.join(opts.tools, 'package.json'))('playwright-core'));
} catch (e) {
  bail(2, `playwright-core not found under ${opts.tools}: ${e.message}`);
}

// ---------------------------------------------------------------- the workspace of drafts
const DRAFTS = {
  'shift-story.md': [
    '# Night shift',
    '',
    'Mr. Delgado in bed 7 coded twice tonight. We got him back.',
    '',
    'His daughter called the unit at (212) 555-0143 at 3am, and I stayed on the line with her.',
    '',
    'Twelve hours, three codes, one very good team. Hydrate, friends. #nightshift #nursing',
    '',
  ].join('\n'),
  'discharge.md': [
    '# Going home',
    '',
    'Mrs. Amara Lindqvist, 93, finally went home from room 412 today after six weeks with us.',
    '',
    'Her son emailed jonas.lindqvist@example.com to thank the whole team.',
    '',
    'Days like this are why I do this job. #nurselife',
    '',
  ].join('\n'),
  'rounds.post': 'Long night on the ward, but the team was amazing. Coffee is a food group. #nightshift #nurselife @night_crew\n',
  'blog.md': [
    '# What I learned this year',
    '',
    'A patient once asked me what the hardest part of nursing is. Saying goodbye. #nurselife',
    '',
    'Write to [email] if you want to join our mentoring group, says @nurse_mentors.',
    '',
  ].join('\n'),
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scrubs-e2e-'));
const ws = path.join(tmp, 'drafts');
const shots = path.join(tmp, 'screenshots');
fs.mkdirSync(ws);
fs.mkdirSync(shots);
for (const [name, text] of Object.entries(DRAFTS)) fs.writeFileSync(path.join(ws, name), text);

/** What the command line reports for a file of the workspace: the oracle for the Problems panel. */
function cliFindings(file, extraArgs = []) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'scrubs.js'), 'check', '--format', 'json', ...extraArgs, file], { cwd: ws, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`scrubs check ${file} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout).files[0].diagnostics.map((d) => ({ line: d.range.start.line + 1, col: d.range.start.character + 1, rule: d.ruleId, severity: d.severity }));
}
const key = (p) => `${p.line}:${p.col} ${p.rule}`;
const keys = (list) => list.map(key).sort();

// ---------------------------------------------------------------- processes and cleanup
let cs;
let browser;
let finished = false;
const results = [];
const timings = {};
const csLog = path.join(tmp, 'code-server.log');
const offMachine = [];

async function cleanup() {
  try {
    if (browser) await Promise.race([browser.close(), sleep(5000)]);
  } catch {}
  if (cs && cs.exitCode === null) {
    try {
      process.kill(-cs.pid, 'SIGTERM');
    } catch {}
    for (let i = 0; i < 50 && cs.exitCode === null; i++) await sleep(100);
    try {
      process.kill(-cs.pid, 'SIGKILL');
    } catch {}
  }
}

async function finish(code, message) {
  if (finished) return;
  finished = true;
  if (message) log(message);
  await cleanup();
  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(shots)) fs.copyFileSync(path.join(shots, f), path.join(ARTIFACTS, f));
  if (fs.existsSync(csLog)) fs.copyFileSync(csLog, path.join(ARTIFACTS, 'code-server.log'));
  const summary = { passed: code === 0, total_s: Number(elapsed()), isolation: ISOLATION, timings_ms: timings, checks: results, off_machine_requests: offMachine };
  fs.writeFileSync(path.join(ARTIFACTS, 'result.json'), JSON.stringify(summary, null, 1));
  if (code === 0 && opts.screenshots) {
    fs.mkdirSync(opts.screenshots, { recursive: true });
    for (const f of fs.readdirSync(shots).filter((f) => !f.startsWith('_'))) fs.copyFileSync(path.join(shots, f), path.join(opts.screenshots, f));
    log(`screenshots copied to ${path.relative(ROOT, opts.screenshots) || opts.screenshots}`);
  }
  if (opts.keep) log(`kept ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
  const passed = results.filter((r) => r.ok).length;
  process.stdout.write(`\n${code === 0 ? 'e2e: PASSED' : 'e2e: FAILED'}: ${passed} of ${results.length} checks passed in ${elapsed()} s ` +
    `(VS Code ${timings.version ?? '?'}, ${ISOLATION}); screenshots and log in ${path.relative(ROOT, ARTIFACTS)}/\n` +
    `e2e: ${passed} passed, ${results.length - passed} failed\n`);
  process.exit(code);
}
process.on('SIGINT', () => finish(1, 'interrupted'));
process.on('SIGTERM', () => finish(1, 'terminated'));
setTimeout(() => finish(1, 'hard timeout: the whole run took more than 15 minutes'), 900_000).unref();

/** One named check: prints ✔/✖ with its time; the first failure ends the run with the screen saved. */
async function check(name, fn) {
  const start = Date.now();
  try {
    const note = await fn();
    const ms = Date.now() - start;
    results.push({ name, ok: true, ms, ...(note ? { note } : {}) });
    process.stdout.write(`  ✔ ${name} (${ms} ms)${note ? `: ${note}` : ''}\n`);
  } catch (error) {
    results.push({ name, ok: false, ms: Date.now() - start, error: String(error?.message ?? error) });
    process.stdout.write(`  ✖ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}\n`);
    if (page) await page.screenshot({ path: path.join(shots, '_failure.png') }).catch(() => {});
    await finish(1, `check failed: ${name}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n      expected ${e}\n      actual   ${a}`);
}
/** Poll fn until it returns a truthy value; the last value and `what` make the error. */
async function until(what, fn, timeout = TMO) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await sleep(100);
  }
  throw new Error(`timed out after ${timeout / 1000}s waiting for ${what}${last !== undefined ? ` (last: ${JSON.stringify(last)})` : ''}`);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------- the workbench, as a person uses it
let page;
const editor = () => page.locator('.editor-instance .monaco-editor').first();
/** Park the mouse where it shows no hover or tooltip: empty editor space below the short drafts. */
const parkMouse = () => page.mouse.move(1100, 470);

/** Command palette: Ctrl+Shift+P, type the command's label, Enter. */
async function runCommand(label) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill(`>${label}`);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Quick Open: Ctrl+P, the file name, Enter; then wait for its tab and its text. */
async function openFile(name) {
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    try {
      await input.waitFor({ timeout: 5000 });
      await input.fill(name);
      await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      break;
    } catch (e) {
      if (attempt >= 4) throw e;
      await page.keyboard.press('Escape');
      await sleep(1000);
    }
  }
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await editor().locator('.view-lines .view-line').first().waitFor();
}

/** The active editor's text, from what Monaco draws (the drafts fit on the screen). */
async function editorText() {
  const lines = await editor().locator('.view-lines .view-line').evaluateAll((els) =>
    els.map((e) => ({ top: parseFloat(e.style.top) || 0, text: e.textContent.replace(/\u00a0/g, ' ') })));
  return lines.sort((a, b) => a.top - b.top).map((l) => l.text).join('\n');
}

/**
 * The Problems panel as a person reads it: file rows and, under each, its problems with the
 * severity, message, line and column (from the row's accessible label) and the rule (the code
 * shown after "scrubs").
 */
async function problems() {
  const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((els) => els.map((e) => ({
    level: e.getAttribute('aria-level'),
    aria: e.getAttribute('aria-label') || '',
    text: e.textContent.replace(/\u00a0/g, ' '),
    name: e.querySelector('.label-name')?.textContent ?? null,
    code: e.querySelector('.marker-code')?.textContent ?? null, // shown as scrubs(code): the parentheses are CSS
  })));
  const byFile = {};
  let file = null;
  for (const r of rows) {
    if (r.level === '1') {
      file = r.name ?? r.text;
      byFile[file] = [];
      continue;
    }
    const at = /at line (\d+) and character (\d+)/.exec(r.aria);

    const severity = (/^(Error|Warning|Info)/.exec(r.aria) ?? [])[1];
    byFile[file ?? '?']?.push({ line: at ? Number(at[1]) : null, col: at ? Number(at[2]) : null, rule: r.code, severity: severity?.toLowerCase(), aria: r.aria, text: r.text });
  }
  return byFile;
}

async function showProblems() {
  if (!(await page.locator('.markers-panel').first().isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').first().waitFor();
}

/** Wait until the Problems panel lists exactly `expected` (line:col rule) for `file`. */
async function problemsFor(file, expected) {
  const want = keys(expected);
  let got;
  let rows;
  await until(`the Problems panel to list ${want.length} problem(s) for ${file}`, async () => {
    rows = (await problems())[file] ?? [];
    got = rows.map(key).sort();
    return JSON.stringify(got) === JSON.stringify(want);
  }, TMO).catch((e) => {
    throw new Error(`${e.message.split(' (last')[0]}\n      expected ${JSON.stringify(want)}\n      shown    ${JSON.stringify(got)}\n      first row ${JSON.stringify(rows?.[0] ?? null)}`);
  });
  await sleep(500); // late duplicates (push and pull together) would show up now
  const again = ((await problems())[file] ?? []).map(key).sort();
  assertEqual(again, want, `Problems panel for ${file}, each problem once`);
  return again;
}

/** Screen rectangle of `text` in the active editor (the first occurrence). */
async function textBox(text) {
  const box = await editor().locator('.view-lines').evaluate((root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    const lines = [...root.querySelectorAll('.view-line')];
    for (const line of lines) {
      const full = line.textContent.replace(/\u00a0/g, ' ');
      const at = full.indexOf(needle);
      if (at < 0) continue;
      // Map [at, at + needle.length) in the line to text nodes.
      const inLine = nodes.filter((n) => line.contains(n));
      let offset = 0;
      const range = document.createRange();
      let started = false;
      for (const n of inLine) {
        const len = n.textContent.length;
        if (!started && at < offset + len) {
          range.setStart(n, at - offset);
          started = true;
        }
        if (started && at + needle.length <= offset + len) {
          range.setEnd(n, at + needle.length - offset);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
        offset += len;
      }
    }
    return null;
  }, text);
  assert(box, `"${text}" is not on the screen`);
  return box;
}

/** Computed colour of the token that draws `text` in the active editor. */
async function tokenColor(text) {
  return editor().locator('.view-lines').evaluate((root, needle) => {
    for (const span of root.querySelectorAll('.view-line span span')) {
      if (span.textContent.replace(/\u00a0/g, ' ').includes(needle)) return getComputedStyle(span).color;
    }
    return null;
  }, text);
}

async function languageMode() {
  return (await page.locator('#status\\.editor\\.mode').first().textContent()).trim();
}

async function saveActive() {
  await page.keyboard.press('Control+S');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
}

async function shot(name, options = {}) {
  await page.screenshot({ path: path.join(shots, name), ...options });
}

// ---------------------------------------------------------------- the run
async function main() {
  process.stdout.write(`scrubs e2e in VS Code (code-server in headless Chromium; ${ISOLATION})\n`);
  const userDir = path.join(tmp, 'user');
  const extDir = path.join(tmp, 'extensions');
  const cfg = path.join(tmp, 'config.yaml');
  fs.writeFileSync(cfg, 'auth: none\ncert: false\n');
  const env = {
    ...process.env,
    // Never let code-server ask a marketplace for anything.
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
  };
  delete env.VSCODE_IPC_HOOK_CLI;

  await check('the .vsix installs into code-server from the file', async () => {
    const version = spawnSync(CODE_SERVER, ['--config', cfg, '--version'], { encoding: 'utf8', env }).stdout.trim().split('\n').pop();
    timings.version = version;
    const inst = spawnSync(CODE_SERVER, ['--config', cfg, '--user-data-dir', userDir, '--extensions-dir', extDir, '--install-extension', VSIX], { encoding: 'utf8', env, timeout: TMO });
    assert(/successfully installed/i.test(inst.stdout + inst.stderr), `--install-extension failed: ${inst.stdout}${inst.stderr}`);
    const installed = fs.readdirSync(extDir).filter((d) => d.startsWith('scrubs-lint.scrubs-'));
    assertEqual(installed.length, 1, 'one scrubs extension installed');
    return `${path.basename(VSIX)} (${(fs.statSync(VSIX).size / 1024 / 1024).toFixed(2)} MB) into code-server ${version}`;
  });

  await check('the README states the .vsix size (within 15 %)', async () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const stated = /`scrubs\.vsix` \((\d+(?:\.\d+)?) MB/.exec(readme);
    assert(stated, 'README.md says "`scrubs.vsix` (N MB"');
    const actual = fs.statSync(VSIX).size / 1024 / 1024;
    assert(Math.abs(actual - Number(stated[1])) / actual <= 0.15, `README says ${stated[1]} MB, the .vsix is ${actual.toFixed(2)} MB: update README.md`);
    return `README ${stated[1]} MB, built ${actual.toFixed(2)} MB`;
  });

  fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.colorTheme': 'Default Dark Modern',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.settings.enableNaturalLanguageSearch': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.commandCenter.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'npm.fetchOnlinePackageInfo': false,
    'json.schemaDownload.enable': false,
    'markdown.validate.enabled': false,
    'editor.minimap.enabled': false,
    'editor.wordWrap': 'on',
    'editor.hover.delay': 300,
    'files.autoSave': 'off',
    'window.restoreWindows': 'none',
  }, null, 1));

  const port = await freePort();
  const logFd = fs.openSync(csLog, 'w');
  cs = spawn(CODE_SERVER, ['--config', cfg, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--disable-proxy', '--user-data-dir', userDir, '--extensions-dir', extDir,
    '--ignore-last-opened', ws], { env, detached: true, stdio: ['ignore', logFd, logFd] });
  await check('code-server listens on 127.0.0.1', async () => {
    await until('"HTTP server listening" in the code-server log', async () => {
      if (cs.exitCode !== null) throw new Error(`code-server exited with ${cs.exitCode}: ${fs.readFileSync(csLog, 'utf8').slice(-2000)}`);
      return /HTTP server listening/.test(fs.readFileSync(csLog, 'utf8'));
    });
    timings.code_server_ms = Date.now() - t0;
  });

  await check('the workbench loads in headless Chromium', async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: TMO,
      env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache') },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
        '--disable-features=MediaRouter,OptimizationHints,Translate', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    // Anything not aimed at this machine is refused and recorded (the run then fails).
    await context.route((url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol), (route) => {
      offMachine.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.setDefaultTimeout(TMO);
    page.on('pageerror', (e) => log(`page error: ${String(e.message).slice(0, 200)}`));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
    await page.locator('.monaco-workbench .part.editor').waitFor();
    await page.locator('.monaco-workbench .part.statusbar').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'shift-story.md' }).waitFor();
    timings.workbench_ms = Date.now() - t0;
  });

  // 1. Problems panel and squiggles
  const story = cliFindings('shift-story.md');
  await check('shift-story.md: the Problems panel lists the patient-privacy errors, each once, on the right lines', async () => {
    for (const expected of ['3:1 patient-privacy/name', '3:16 patient-privacy/room', '5:33 patient-privacy/phone']) {
      assert(keys(story).includes(expected), `the command line reports ${expected} (got ${keys(story)})`);
    }
    const opened = Date.now();
    await openFile('shift-story.md');
    await showProblems();
    await problemsFor('shift-story.md', story);
    timings.open_to_problems_ms = Date.now() - opened;
    const shown = (await problems())['shift-story.md'];
    assert(shown.every((p) => p.severity === 'error'), `all errors: ${JSON.stringify(shown.map((p) => p.severity))}`);
    return keys(story).join(', ');
  });

  await check('squiggles are drawn under the flagged words', async () => {
    const squiggles = editor().locator('.view-overlays .squiggly-error');
    await until(`${story.length} error squiggles`, async () => (await squiggles.count()) >= story.length);
    const name = await textBox('Mr. Delgado');
    const under = await squiggles.evaluateAll((els, n) => els.some((e) => {
      const r = e.getBoundingClientRect();
      return r.left <= n.x + 1 && r.right >= n.x + n.width - 1 && Math.abs(r.top - n.y) < n.height;
    }), name);
    assert(under, 'a squiggle spans "Mr. Delgado"');
    return `${await squiggles.count()} squiggles`;
  });

  await check('hover on "Mr. Delgado" shows the guideline and the cues', async () => {
    const box = await textBox('Delgado');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    await until('the hover to show the guideline', async () => /Guideline/.test((await hover.textContent().catch(() => '')) ?? ''));
    const text = (await hover.textContent()).replace(/\u00a0/g, ' ');
    for (const needle of ['patient-privacy/name', 'Guideline:', 'Why this fired:', 'honorific', 'coded twice', 'Redact identifier']) {
      assert(text.includes(needle), `the hover says "${needle}": ${text.slice(0, 400)}`);
    }
    await sleep(300);
    await shot('vscode-problems-hover.png');
    return 'Guideline, Why this fired (honorific "Mr.", "coded twice"), Fixes';
  });
  await parkMouse();
  await page.keyboard.press('Escape');

  // 2. Settings and the workspace config file
  await check('turning a category off in scrubs.* settings updates the diagnostics', async () => {
    fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'scrubs.rules': { 'patient-privacy': 'off' } }, null, 1));
    await problemsFor('shift-story.md', cliFindings('shift-story.md', ['--config', writeConfig({ rules: { 'patient-privacy': 'off' } })]));
    fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'scrubs.rules': { 'patient-privacy/phone': 'warning' } }, null, 1));
    await problemsFor('shift-story.md', story);
    await until('the phone number to be a warning', async () =>
      (await problems())['shift-story.md']?.find((p) => p.rule === 'patient-privacy/phone')?.severity === 'warning');
    fs.rmSync(path.join(ws, '.vscode'), { recursive: true });
    await until('the phone number to be an error again', async () =>
      (await problems())['shift-story.md']?.find((p) => p.rule === 'patient-privacy/phone')?.severity === 'error');
    return '"patient-privacy": "off" cleared the panel; "patient-privacy/phone": "warning" changed its severity; removing the setting restored both';
  });

  await check('a broken .scrubs.json shows a problem on that file, and drafts are still checked', async () => {
    fs.writeFileSync(path.join(ws, '.scrubs.json'), '{ "rules": { "patient-privacy/room": "warning" ,, }\n');
    const shown = await until('a problem on .scrubs.json', async () => {
      const p = (await problems())['.scrubs.json'];
      return p && p.length > 0 && p;
    });
    assert(shown.every((p) => / generated by scrubs/.test(p.aria)), `the problem comes from scrubs: ${shown[0].aria}`);
    await problemsFor('shift-story.md', story); // default settings: still every error
    fs.rmSync(path.join(ws, '.scrubs.json'));
    await until('the .scrubs.json problem to go away once the file is deleted', async () => !(await problems())['.scrubs.json']);
    return shown[0].aria.replace(/ generated by scrubs.*/, '').slice(0, 140);
  });

  // 3. Quick fix
  await check('Ctrl+. on the name offers "Redact identifier" first; applying it removes the name and its problem', async () => {
    const box = await textBox('Delgado');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await parkMouse();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    const items = page.locator('.action-widget .monaco-list-row.action');
    await items.first().waitFor();
    await sleep(300);
    const titles = await items.evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') || e.textContent).trim()));
    assertEqual(titles[0], 'Redact identifier', 'the first quick fix');
    await shot('vscode-quick-fix.png');
    const focused = await items.evaluateAll((els) => els.findIndex((e) => e.classList.contains('focused')));
    for (let k = focused; k > 0; k--) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await until('"Delgado" to leave the editor', async () => !(await editorText()).includes('Delgado'));
    await saveActive();
    const saved = fs.readFileSync(path.join(ws, 'shift-story.md'), 'utf8');
    assert(!saved.includes('Delgado'), 'the saved draft has no name');
    const after = cliFindings('shift-story.md');
    assert(!keys(after).some((k) => k.endsWith('patient-privacy/name')), `no name left: ${keys(after)}`);
    await problemsFor('shift-story.md', after);
    return `menu: ${titles.join(' | ')}; line 3 now "${saved.split('\n')[2]}"`;
  });

  // 4. Fix all
  await check('"scrubs: Redact all identifiers" cleans the whole draft', async () => {
    await runCommand('View: Close All Editors');
    await openFile('discharge.md');
    const before = cliFindings('discharge.md');
    assert(before.length >= 4, `discharge.md has several findings (${keys(before)})`);
    await problemsFor('discharge.md', before);
    await parkMouse();
    await sleep(300);
    const area = await page.locator('.part.editor').boundingBox();
    const clip = { x: area.x, y: area.y, width: Math.min(area.width, 900), height: Math.min(area.height, 250) };
    await shot('_redact-before.png', { clip });
    await runCommand('scrubs: Redact all identifiers');
    await until('the draft to change', async () => !(await editorText()).includes('Lindqvist'));
    await problemsFor('discharge.md', []);
    await saveActive();
    await parkMouse();
    await sleep(300);
    await shot('_redact-after.png', { clip });
    const saved = fs.readFileSync(path.join(ws, 'discharge.md'), 'utf8');
    for (const gone of ['Lindqvist', '93', '412', 'example.com']) assert(!saved.includes(gone), `"${gone}" is redacted: ${saved}`);
    assertEqual(cliFindings('discharge.md'), [], 'the command line finds nothing left');
    const cliFixed = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'scrubs.js'), 'fix', '--stdin', '--stdin-filename', 'discharge.md'], { input: DRAFTS['discharge.md'], encoding: 'utf8', cwd: ws }).stdout;
    assertEqual(saved, cliFixed, 'VS Code and `scrubs fix` give the same text');
    return `${before.length} problems → 0; line 3 now "${saved.split('\n')[2]}"`;
  });
  await check('before/after picture of the redacted draft', async () => {
    const b64 = (f) => fs.readFileSync(path.join(shots, f)).toString('base64');
    const composer = await page.context().newPage();
    const { width } = await page.locator('.part.editor').boundingBox();
    await composer.setViewportSize({ width: Math.min(width, 900) + 28, height: 100 });
    await composer.setContent(`<html><body style="margin:0;background:#1f1f1f;font:600 15px sans-serif;color:#ccc">
      <div style="padding:10px 14px 6px">Before</div><img id="b" src="data:image/png;base64,${b64('_redact-before.png')}" style="display:block;margin:0 14px">
      <div style="padding:14px 14px 6px">After <span style="font-weight:400">— scrubs: Redact all identifiers</span></div><img id="a" src="data:image/png;base64,${b64('_redact-after.png')}" style="display:block;margin:0 14px 14px">
      </body></html>`);
    await composer.locator('#a').waitFor();
    const height = await composer.evaluate(() => document.body.scrollHeight);
    await composer.setViewportSize({ width: Math.min(width, 900) + 28, height });
    await composer.screenshot({ path: path.join(shots, 'vscode-redact-before-after.png') });
    await composer.close();
  });

  // 5. Languages and colours
  await check('a *.post file opens in the post language; its hashtags and mentions get their own colours', async () => {
    await runCommand('View: Close All Editors');
    await openFile('rounds.post');
    await until('the status bar to say "Social post"', async () => (await languageMode()) === 'Social post');
    const plain = await tokenColor('Long night');
    const hashtag = await tokenColor('nightshift');
    const mention = await tokenColor('night_crew');
    assert(plain && hashtag && mention, `tokens found: ${plain} ${hashtag} ${mention}`);
    assert(hashtag !== plain, `the hashtag has its own colour (${hashtag} vs text ${plain})`);
    assert(mention !== plain, `the mention has its own colour (${mention} vs text ${plain})`);
    return `text ${plain}, #hashtag ${hashtag}, @mention ${mention}`;
  });

  await check('a markdown draft gets the injected colours', async () => {
    await openFile('blog.md');
    await until('the status bar to say "Markdown"', async () => (await languageMode()) === 'Markdown');
    const plain = await tokenColor('hardest part');
    const hashtag = await tokenColor('nurselife');
    const mention = await tokenColor('nurse_mentors');
    const placeholder = await tokenColor('A patient');
    assert(hashtag !== plain, `the hashtag has its own colour (${hashtag} vs text ${plain})`);
    assert(mention !== plain, `the mention has its own colour (${mention} vs text ${plain})`);
    assert(placeholder !== plain, `the redaction placeholder "A patient" has its own colour (${placeholder} vs text ${plain})`);
    assertEqual(cliFindings('blog.md'), [], 'blog.md is clean');
    return `text ${plain}, #hashtag ${hashtag}, @mention ${mention}, "A patient" ${placeholder}`;
  });

  await check('nothing left the machine', async () => {
    assertEqual(offMachine, [], 'requests to other hosts');
    return ISOLATION;
  });
  await finish(0);
}

/** A config file outside the workspace for the command-line oracle (--config). */
function writeConfig(config) {
  const file = path.join(tmp, `oracle-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(config));
  return file;
}

main().catch((e) => finish(1, `harness error: ${e?.stack ?? e}`));
