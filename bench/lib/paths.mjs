import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const root = join(benchDir, '..');
export const buildDir = join(benchDir, '.build');
export const enginePath = join(buildDir, 'engine.cjs');
export const cliPath = join(root, 'bin', 'scrubs.js');
