/** Path spelling for output: relative to the working directory, always with forward slashes. */
import { relative, sep } from 'node:path';

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** How a file is named in reports: relative to `cwd` with forward slashes. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return toPosix(rel === '' ? absolute : rel);
}
