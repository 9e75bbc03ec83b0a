// Bundles server/src/engine/index.ts (rules and word lists inlined) into bench/.build/engine.cjs,
// and the CLI (server/src/cli/main.ts) into bench/.build/cli.cjs for profiling the bulk run.
// Not minified, so CPU profiles name functions, and each module keeps esbuild's `// path` header
// comment, which bench/lib/cpuprofile-top.mjs uses to attribute lines back to source files.
// (dist/ keeps its big word lists in dist/data/*.json; here they are bundled, loaded lazily.)
import { build } from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDir, enginePath, root } from './paths.mjs';

export const cliBundlePath = join(buildDir, 'cli.cjs');

const options = (entry, outfile) => ({
  absWorkingDir: root, // module header comments then read `// server/src/engine/lint.ts`
  entryPoints: [join(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: false,
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none',
});

export async function buildEngine({ cli = false } = {}) {
  if (!existsSync(join(root, 'server/src/generated/rules.json'))) {
    const r = spawnSync(process.execPath, [join(root, 'server/build.mjs'), '--assets-only'], { stdio: 'inherit', cwd: root });
    if (r.status !== 0) throw new Error('server/build.mjs --assets-only failed');
  }
  mkdirSync(dirname(enginePath), { recursive: true });
  await build(options('server/src/engine/index.ts', enginePath));
  if (cli) await build(options('server/src/cli/main.ts', cliBundlePath));
  return enginePath;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildEngine({ cli: process.argv.includes('--cli') });
  console.log(enginePath);
}
