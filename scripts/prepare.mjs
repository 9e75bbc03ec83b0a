#!/usr/bin/env node
// `npm prepare`: build dist/ (server/build.mjs). Normally the devDependencies are installed and
// this is just the build. One case needs help: a *global* install from git
// (`npm install -g github:…`, which is how the pre-commit framework installs a `language: node`
// hook). npm then prepares the clone with `global` still set in the environment, so the clone's
// own `npm install` installs nothing into it and the build cannot find esbuild. Here we install
// the clone's dependencies (locally, without scripts) and build.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, env = process.env) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

let canBuild = true;
try {
  createRequire(join(root, 'package.json')).resolve('esbuild');
} catch {
  canBuild = false;
}
if (!canBuild) {
  process.stderr.write('scrubs prepare: build tools missing (global install from git?): installing them into the checkout\n');
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^npm_config_(global|location|prefix|install_links)$/i.test(k)) delete env[k];
  run('npm', ['install', '--include=dev', '--ignore-scripts', '--no-save', '--no-audit', '--no-fund', '--global=false'], env);
}
run(process.execPath, [join(root, 'server', 'build.mjs')]);
