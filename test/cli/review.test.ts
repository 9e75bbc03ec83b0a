// Review workflows for blog repositories, each run in real git repositories made for the test:
// the GitHub Actions workflow in examples/ (its shell steps, in a checkout made the way
// actions/checkout makes one for a pull request), the markdown review comment, the pre-commit
// framework's hooks (.pre-commit-hooks.yaml) and the plain git pre-commit hook in examples/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PATIENT, git, jsonOf, root, scrubs, useTempDir, write } from './run';

const bin = join(root, 'bin', 'scrubs.js');
const STORY = 'Mr. Delgado in bed 7 coded twice tonight; his daughter called (212) 555-0143.';
const CLEAN = 'Twelve hours, three codes, one very good team. Hydrate, friends.';

function hasGit(): boolean {
  return spawnSync('git', ['--version']).status === 0;
}

/** `git commit` and friends whose failure is the point: status and output instead of a throw. */
function gitRun(cwd: string, env: Record<string, string>, ...args: string[]) {
  const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', HOME: cwd, ...env },
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

/**
 * A blog repository on GitHub, as the runner sees it for pull request #7: an "upstream" repository
 * with main and a feature branch, GitHub's merge commit at refs/pull/7/merge, and a checkout made
 * as actions/checkout makes it with fetch-depth 0: remote-tracking branches only (no local main,
 * no origin/HEAD) and the merge commit checked out, detached.
 */
function pullRequestCheckout(base: string, feature: (dir: string) => void, mainMovesOn?: (dir: string) => void) {
  const upstream = join(base, 'upstream');
  mkdirSync(upstream);
  git(upstream, 'init', '-q', '-b', 'main');
  write(upstream, {
    'posts/2023-ward.md': `# Ward notes\n\n${PATIENT}\n`, // an old problem the pull request does not touch
    'posts/night.md': `# Night shift\n\n${CLEAN}\n\nSee you tomorrow.\n`,
  });
  git(upstream, 'add', '.');
  git(upstream, 'commit', '-q', '-m', 'old posts');
  git(upstream, 'checkout', '-q', '-b', 'feature');
  feature(upstream);
  git(upstream, 'add', '-A');
  git(upstream, 'commit', '-q', '-m', 'new post');
  git(upstream, 'checkout', '-q', 'main');
  if (mainMovesOn) {
    mainMovesOn(upstream);
    git(upstream, 'commit', '-q', '-am', 'meanwhile on main');
  }
  git(upstream, 'checkout', '-q', '-b', 'merge-preview');
  git(upstream, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
  git(upstream, 'update-ref', 'refs/pull/7/merge', 'HEAD');
  git(upstream, 'checkout', '-q', 'main');
  git(upstream, 'branch', '-q', '-D', 'merge-preview');

  const ws = join(base, 'workspace');
  mkdirSync(ws);
  git(ws, 'init', '-q');
  git(ws, 'remote', 'add', 'origin', upstream);
  git(ws, 'fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/pull/7/merge:refs/remotes/pull/7/merge');
  git(ws, 'checkout', '-q', '--detach', 'refs/remotes/pull/7/merge');
  return { ws, sha: git(ws, 'rev-parse', 'HEAD').trim() };
}

// ---- the GitHub Actions workflow ----

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

/** The few GitHub expressions the workflow uses: contexts, ==, !=, &&, always(), '...' literals. */
function evaluate(expr: string, context: Record<string, string>): string | boolean {
  const value = (term: string): string | boolean => {
    term = term.trim();
    if (term === 'always()') return true;
    const literal = /^'(.*)'$/.exec(term);
    if (literal) return literal[1];
    if (!(term in context)) throw new Error(`the test does not know the expression "${term}"`);
    return context[term];
  };
  const conjuncts = expr.split('&&').map((part) => {
    const cmp = /^(.*?)(==|!=)(.*)$/.exec(part);
    if (!cmp) return value(part);
    const equal = value(cmp[1]) === value(cmp[3]);
    return cmp[2] === '==' ? equal : !equal;
  });
  return conjuncts.length === 1 ? conjuncts[0] : conjuncts.every(Boolean);
}
const substitute = (text: string, context: Record<string, string>) => text.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => String(evaluate(e, context)));

/**
 * Run the workflow's `run` steps after "Install scrubs" the way the runner does (bash -eo
 * pipefail, GITHUB_OUTPUT, `if:` conditions, step outputs), with `scrubs` the checkout's
 * bin/scrubs.js and `gh` a stand-in that records the comment it was asked to post.
 */
function runWorkflow(ws: string, sha: string, shims: string) {
  const workflow = parseYaml(readFileSync(join(root, 'examples/github-actions/scrubs.yml'), 'utf8')) as { jobs: { drafts: { steps: Step[] } } };
  const steps = workflow.jobs.drafts.steps;
  const context: Record<string, string> = {
    'github.base_ref': 'main',
    'github.repository': 'nurse/blog',
    'github.token': 'not-a-token',
    'github.event.pull_request.number': '7',
    'github.event.pull_request.head.repo.full_name': 'nurse/blog',
    'runner.temp': join(shims, 'runner-temp'),
  };
  mkdirSync(context['runner.temp']);
  const outputFile = join(shims, 'github-output');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${shims}:${process.env.PATH}`,
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'nurse/blog',
    GITHUB_SHA: sha,
    GITHUB_WORKSPACE: ws,
    GITHUB_BASE_REF: 'main',
    GITHUB_EVENT_NAME: 'pull_request',
    RUNNER_TEMP: context['runner.temp'],
    HOME: ws,
  };
  delete env.NO_COLOR;
  delete env.SCRUBS_LINK_BASE;
  const ran: { name: string; code: number | null; stdout: string; stderr: string }[] = [];
  let installed = false;
  for (const step of steps) {
    if (step.name === 'Install scrubs') {
      installed = true;
      continue;
    }
    if (!installed || !step.run) continue; // actions/* steps run on GitHub only
    for (const line of readFileSync(outputFile, { encoding: 'utf8', flag: 'a+' }).split('\n')) {
      const m = /^(\w+)=(.*)$/.exec(line);
      if (m) context[`steps.scrubs.outputs.${m[1]}`] = m[2];
    }
    if (step.if && !evaluate(step.if, context)) continue;
    const stepEnv: NodeJS.ProcessEnv = { ...env, GITHUB_OUTPUT: outputFile };
    for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = substitute(v, context);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', substitute(step.run, context)], { cwd: ws, env: stepEnv, encoding: 'utf8', timeout: 60_000 });
    ran.push({ name: step.name ?? step.run, code: r.status, stdout: r.stdout, stderr: r.stderr });
    if (r.status !== 0) break; // the job stops at a failed step
  }
  return { ran, steps, output: readFileSync(outputFile, 'utf8'), temp: context['runner.temp'] };
}

function makeShims(dir: string) {
  mkdirSync(dir);
  writeFileSync(join(dir, 'scrubs'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
  // gh: record the arguments and the body; the first `--edit-last` fails as on a pull request
  // without an earlier comment, so the workflow's fallback is exercised too.
  writeFileSync(
    join(dir, 'gh'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> "${dir}/gh-calls"\ncase "$*" in *--edit-last*) echo 'no comments found for current user' >&2; exit 1;; esac\n` +
      `while [ $# -gt 0 ]; do if [ "$1" = --body-file ]; then cp "$2" "${dir}/gh-body"; fi; shift; done\n`,
  );
  for (const f of ['scrubs', 'gh']) chmodSync(join(dir, f), 0o755);
}

describe('review workflows', function () {
  this.timeout(60_000);
  const tmp = useTempDir();
  beforeEach(function () {
    if (!hasGit()) this.skip();
  });

  describe('GitHub Actions workflow (examples/github-actions/scrubs.yml)', () => {
    it('is a pull_request workflow that can upload SARIF and comment', () => {
      const wf = parseYaml(readFileSync(join(root, 'examples/github-actions/scrubs.yml'), 'utf8'));
      assert.ok(wf.on.pull_request, 'runs on pull_request');
      assert.deepEqual(wf.permissions, { contents: 'read', 'pull-requests': 'write', 'security-events': 'write' });
      const steps = wf.jobs.drafts.steps as Step[];
      const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
      assert.equal(checkout?.with?.['fetch-depth'], 0, 'full history, so that --changed finds the base');
      const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
      assert.equal(upload?.with?.sarif_file, '${{ runner.temp }}/scrubs.sarif');
      // The reports are written outside the work tree, where the next run would check them.
      assert.match(steps.find((s) => s.id === 'scrubs')?.run ?? '', /--format github\n[\s\S]*--format sarif > "\$RUNNER_TEMP\/scrubs\.sarif"\n[\s\S]*--format markdown > "\$RUNNER_TEMP\/scrubs-review\.md"\n/);
    });

    it('annotates, writes SARIF and comments on the changed lines only, and fails the job', () => {
      const { ws, sha } = pullRequestCheckout(
        tmp.path,
        (dir) => write(dir, { 'posts/night.md': `# Night shift\n\n${CLEAN}\n\n${STORY}\n\nSee you tomorrow.\n` }),
        (dir) => write(dir, { 'posts/2023-ward.md': `# Ward notes\n\n${PATIENT}\n\nUpdated: Mr. K in bed 4 was so sweet.\n` }),
      );
      const shims = join(tmp.path, 'shims');
      makeShims(shims);
      const { ran, output, temp } = runWorkflow(ws, sha, shims);
      assert.deepEqual(
        ran.map((r) => [r.name, r.code]),
        [
          ['Check the changed lines', 0],
          ['Comment on the pull request', 0],
          ['Fail on errors', 1],
        ],
        JSON.stringify(ran, null, 1),
      );
      assert.match(output, /^status=1$/m);

      // Annotations: the story on line 5 of night.md; nothing from the old post, nor from main's own change.
      const annotations = ran[0].stdout.trim().split('\n');
      assert.deepEqual(
        annotations.map((a) => /^::error file=([^,]+),line=(\d+),.*title=([^:]+)::/.exec(a)?.slice(1).join(':')),
        ['posts/night.md:5:patient-privacy/name', 'posts/night.md:5:patient-privacy/room', 'posts/night.md:5:patient-privacy/phone'],
      );

      // SARIF for code scanning: the same three results, paths relative to the repository root.
      const sarif = JSON.parse(readFileSync(join(temp, 'scrubs.sarif'), 'utf8'));
      const results = sarif.runs[0].results.map((r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }) =>
        `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}:${r.ruleId}`);
      assert.deepEqual(results, ['posts/night.md:5:patient-privacy/name', 'posts/night.md:5:patient-privacy/room', 'posts/night.md:5:patient-privacy/phone']);

      // The comment: posted once the edit of an earlier one failed; links point at the merge commit on GitHub.
      const calls = readFileSync(join(shims, 'gh-calls'), 'utf8').trim().split('\n');
      const review = join(temp, 'scrubs-review.md');
      assert.deepEqual(calls, [`pr comment 7 --body-file ${review} --edit-last`, `pr comment 7 --body-file ${review}`]);
      const body = readFileSync(join(shims, 'gh-body'), 'utf8');
      assert.match(body, /^### scrubs: 3 problems \(3 errors, 0 warnings, 0 infos\) in 2 files\n/);
      assert.ok(body.includes(`| 🛑 | [posts/night.md:5](https://github.com/nurse/blog/blob/${sha}/posts/night.md#L5) |`), body);
      assert.match(body, /\| `patient-privacy\/name` \| Redact identifier: “Mr\. Delgado” → “[Aa] patient” \|/);
      assert.match(body, /\| `patient-privacy\/phone` \| Redact identifier: “\(212\) 555-0143” → “\[phone\]” \|/);
      assert.doesNotMatch(body, /2023-ward\.md:/);
      assert.match(body, /<!-- scrubs-review -->\n$/);
    });

    it('passes, and says so in the comment, when the changed lines are clean', () => {
      const { ws, sha } = pullRequestCheckout(tmp.path, (dir) => write(dir, { 'posts/night.md': `# Night shift\n\n${CLEAN}\n\nSee you tomorrow, team.\n` }));
      const shims = join(tmp.path, 'shims');
      makeShims(shims);
      const { ran, output } = runWorkflow(ws, sha, shims);
      assert.deepEqual(ran.map((r) => [r.name, r.code]), [['Check the changed lines', 0], ['Comment on the pull request', 0]], JSON.stringify(ran, null, 1));
      assert.match(output, /^status=0$/m);
      assert.equal(ran[0].stdout, '');
      assert.match(readFileSync(join(shims, 'gh-body'), 'utf8'), /^### ✅ scrubs: no problems found in 2 files\n/);
    });

    it('--changed without REF finds the base as origin/main in that checkout', () => {
      const { ws } = pullRequestCheckout(tmp.path, (dir) => write(dir, { 'posts/night.md': `# Night shift\n\n${CLEAN}\n\n${STORY}\n` }));
      assert.equal(spawnSync('git', ['rev-parse', '--verify', '--quiet', 'main'], { cwd: ws }).status, 1, 'no local main');
      const run = scrubs(ws, ['check', '--changed', '--format', 'json']);
      assert.equal(run.code, 1, run.stderr);
      const found = jsonOf(run).files.flatMap((f) => f.diagnostics.map((d) => `${f.path}:${d.range.start.line + 1}:${d.ruleId}`));
      assert.deepEqual(found, ['posts/night.md:5:patient-privacy/name', 'posts/night.md:5:patient-privacy/room', 'posts/night.md:5:patient-privacy/phone']);
    });
  });

  describe('check --changed on a branch', () => {
    it('compares with the merge base, not with where main is now', () => {
      const dir = tmp.path;
      git(dir, 'init', '-q', '-b', 'main');
      write(dir, { 'posts/a.md': `${PATIENT}\n\n${CLEAN}\n` });
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'draft');
      git(dir, 'checkout', '-q', '-b', 'feature');
      write(dir, { 'posts/a.md': `${PATIENT}\n\n${CLEAN}\n\n${STORY}\n` });
      git(dir, 'commit', '-q', '-am', 'story');
      // Meanwhile main rewrites the old line: against main's tip the branch's copy of it would look changed.
      git(dir, 'checkout', '-q', 'main');
      write(dir, { 'posts/a.md': `A patient finally went home today.\n\n${CLEAN}\n` });
      git(dir, 'commit', '-q', '-am', 'redacted on main');
      git(dir, 'checkout', '-q', 'feature');
      const lines = (args: string[]) => jsonOf(scrubs(dir, ['check', ...args, '--format', 'json'])).files[0].diagnostics.map((d) => `${d.range.start.line + 1}:${d.ruleId}`);
      assert.deepEqual(lines(['--changed']), ['5:patient-privacy/name', '5:patient-privacy/room', '5:patient-privacy/phone']);
      // An explicit REF is compared with directly: main's rewrite makes line 1 count as changed.
      assert.deepEqual(lines(['--changed=main']).map((l) => l.split(':')[0]), ['1', '1', '5', '5', '5']);
    });
  });

  describe('--format markdown review comment', () => {
    beforeEach(() => write(tmp.path, { 'posts/my draft.md': `Long night.\n\n${STORY}\n` }));

    it('has a table row per finding with a line link and the suggested fix', () => {
      const run = scrubs(tmp.path, ['check', '--format', 'markdown']);
      assert.equal(run.code, 1);
      const rows = run.stdout.split('\n').filter((l) => l.startsWith('| 🛑'));
      assert.equal(rows.length, 3);
      for (const row of rows) assert.match(row, /^\| 🛑 \| \[posts\/my draft\.md:3\]\(posts\/my%20draft\.md#L3\) \| .+ \| `patient-privacy\/\w+` \| Redact identifier: .+ \|$/);
      assert.match(rows[1], /Redact identifier: remove “in bed 7” \|$/);
      assert.match(run.stdout, /\n<!-- scrubs-review -->\n$/);
    });

    it('links to GitHub with SCRUBS_LINK_BASE, or by itself in a GitHub Actions job', () => {
      const base = 'https://github.example/nurse/blog/blob/abc123/';
      const explicit = scrubs(tmp.path, ['check', '--format', 'markdown'], { env: { SCRUBS_LINK_BASE: base } });
      assert.ok(explicit.stdout.includes(`](${base}posts/my%20draft.md#L3)`), explicit.stdout);
      const actions = { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'nurse/blog', GITHUB_SHA: 'f00d', GITHUB_WORKSPACE: tmp.path };
      const inJob = scrubs(tmp.path, ['check', '--format', 'markdown'], { env: actions });
      assert.ok(inJob.stdout.includes('](https://github.com/nurse/blog/blob/f00d/posts/my%20draft.md#L3)'), inJob.stdout);
      // Run from a subfolder: the link still names the path from the repository root.
      const fromPosts = scrubs(join(tmp.path, 'posts'), ['check', '--format', 'markdown'], { env: actions });
      assert.ok(fromPosts.stdout.includes('[my draft.md:3](https://github.com/nurse/blog/blob/f00d/posts/my%20draft.md#L3)'), fromPosts.stdout);
    });
  });

  describe('pre-commit framework hooks (.pre-commit-hooks.yaml)', () => {
    interface Hook {
      id: string;
      name: string;
      entry: string;
      language: string;
      files: string;
      types: string[];
      description: string;
    }
    const hooks = () => parseYaml(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

    /** What pre-commit does: staged files matching `files`, appended to `entry`, run at the top of the work tree. */
    function runHook(dir: string, hook: Hook) {
      const staged = git(dir, 'diff', '--cached', '--name-only', '--diff-filter=ACMR').trim().split('\n').filter(Boolean);
      const files = staged.filter((f) => new RegExp(hook.files).test(f));
      const [command, ...args] = hook.entry.split(' ');
      assert.equal(command, 'scrubs');
      if (files.length === 0) return { code: 0, stdout: '', stderr: '', files };
      return { ...scrubs(dir, [...args, ...files]), files };
    }

    it('declares node hooks the npm package can run', () => {
      const list = hooks();
      assert.deepEqual(list.map((h) => h.id), ['scrubs', 'scrubs-changed']);
      const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      for (const hook of list) {
        assert.ok(hook.name && hook.description, hook.id);
        assert.equal(hook.language, 'node');
        assert.equal(hook.entry.split(' ')[0], Object.keys(manifest.bin)[0]);
        assert.deepEqual(hook.types, ['text']);
        const re = new RegExp(hook.files);
        for (const f of ['a.md', 'posts/b.markdown', 'c.mdx', 'notes.txt', 'x.post', 'y.post.md']) assert.match(f, re);
        for (const f of ['a.png', 'b.js', 'md', 'readme.md.bak']) assert.doesNotMatch(f, re);
      }
    });

    it('scrubs: stops a commit whose staged draft names a patient', () => {
      const dir = tmp.path;
      git(dir, 'init', '-q', '-b', 'main');
      write(dir, { 'posts/ok.md': `${CLEAN}\n`, 'posts/bad.post': `${STORY}\n`, 'img/photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'notes.js': `// ${STORY}\n` });
      git(dir, 'add', '.');
      const hook = hooks()[0];
      const run = runHook(dir, hook);
      assert.deepEqual(run.files, ['posts/bad.post', 'posts/ok.md']);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stdout, /posts\/bad\.post\n\s+1:1\s+error\s+"Mr\. Delgado"/);
      write(dir, { 'posts/bad.post': `A patient coded twice tonight; the family called.\n` });
      git(dir, 'add', '.');
      assert.equal(runHook(dir, hook).code, 0);
    });

    it('scrubs-changed: only the lines the commit adds or changes', () => {
      const dir = tmp.path;
      git(dir, 'init', '-q', '-b', 'main');
      write(dir, { 'posts/old.md': `${PATIENT}\n\n${CLEAN}\n` });
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'an old post');
      const hook = hooks()[1];
      write(dir, { 'posts/old.md': `${PATIENT}\n\n${CLEAN}\n\nEdited: thanks to everyone on the night team.\n` });
      git(dir, 'add', '.');
      const clean = runHook(dir, hook);
      assert.equal(clean.code, 0, clean.stdout + clean.stderr);
      write(dir, { 'posts/old.md': `${PATIENT}\n\n${CLEAN}\n\n${STORY}\n` });
      git(dir, 'add', '.');
      const run = runHook(dir, hook);
      assert.equal(run.code, 1);
      assert.deepEqual(run.stdout.match(/^\s+\d+:\d+/gm)?.map((s) => s.trim().split(':')[0]), ['5', '5', '5']);
    });

    it('the npm package pre-commit installs carries the built CLI (npm pack)', function () {
      const out = mkdtempSync(join(tmpdir(), 'scrubs-pack-'));
      try {
        const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', out], { cwd: root, encoding: 'utf8', timeout: 60_000 });
        if (pack.error) this.skip(); // no npm on PATH
        assert.equal(pack.status, 0, pack.stderr);
        const tgz = readdirSync(out).find((f) => f.endsWith('.tgz'))!;
        assert.equal(spawnSync('tar', ['xzf', tgz], { cwd: out }).status, 0);
        const files = spawnSync('find', ['package', '-type', 'f'], { cwd: out, encoding: 'utf8' }).stdout.trim().split('\n').sort();
        assert.ok(files.includes('package/dist/cli.js') && files.includes('package/bin/scrubs.js'), files.join('\n'));
        assert.ok(!files.some((f) => /^package\/(test|eval|server\/src|client)\//.test(f)), files.join('\n'));
        // It runs as installed: no node_modules next to it.
        write(out, { 'draft.md': `${STORY}\n` });
        const r = spawnSync(process.execPath, [join(out, 'package/bin/scrubs.js'), 'check', 'draft.md'], { cwd: out, encoding: 'utf8' });
        assert.equal(r.status, 1, r.stderr);
        assert.match(r.stdout, /patient-privacy\/name/);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  });

  describe('plain git pre-commit hook (examples/git-hooks/pre-commit)', () => {
    function repoWithHook(dir: string) {
      git(dir, 'init', '-q', '-b', 'main');
      write(dir, { 'README.md': 'A blog.\n' });
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'start');
      copyFileSync(join(root, 'examples/git-hooks/pre-commit'), join(dir, '.git/hooks/pre-commit'));
      chmodSync(join(dir, '.git/hooks/pre-commit'), 0o755);
    }
    const env = { SCRUBS: `${process.execPath} ${bin}` };
    const head = (dir: string) => git(dir, 'rev-parse', 'HEAD').trim();

    it('stops a commit that stages a patient name, with the finding and how to fix it', function () {
      if (/\s/.test(process.execPath + bin)) this.skip(); // the hook splits SCRUBS on spaces
      const dir = tmp.path;
      repoWithHook(dir);
      const before = head(dir);
      write(dir, { 'posts/night shift.md': `${CLEAN}\n\n${STORY}\n` });
      git(dir, 'add', '.');
      const r = gitRun(dir, env, 'commit', '-m', 'new post');
      assert.notEqual(r.code, 0, r.out);
      assert.match(r.out, /posts\/night shift\.md\n\s+3:1\s+error\s+"Mr\. Delgado"/);
      assert.match(r.out, /commit stopped/);
      assert.equal(head(dir), before);
    });

    it('checks what is staged, not the working copy', () => {
      const dir = tmp.path;
      repoWithHook(dir);
      // Staged: clean. Working copy: a patient (not being committed).
      write(dir, { 'post.md': `${CLEAN}\n` });
      git(dir, 'add', 'post.md');
      write(dir, { 'post.md': `${CLEAN}\n\n${STORY}\n` });
      const ok = gitRun(dir, env, 'commit', '-m', 'clean post');
      assert.equal(ok.code, 0, ok.out);
      // Staged: a patient. Working copy: redacted but not added.
      git(dir, 'add', 'post.md');
      write(dir, { 'post.md': `${CLEAN}\n\nA patient coded twice tonight.\n` });
      const stopped = gitRun(dir, env, 'commit', '-m', 'story');
      assert.notEqual(stopped.code, 0, stopped.out);
      assert.match(stopped.out, /post\.md\n\s+3:1\s+error/);
    });

    it('leaves files that are not drafts alone', () => {
      const dir = tmp.path;
      repoWithHook(dir);
      write(dir, { 'src/app.js': `// ${STORY}\n`, 'data.csv': `${STORY}\n` });
      git(dir, 'add', '.');
      const r = gitRun(dir, env, 'commit', '-m', 'code');
      assert.equal(r.code, 0, r.out);
    });
  });
});
