/** `--format NAME` → formatter. */
import type { Format } from '../args';
import { github } from './github';
import { json } from './json';
import { markdown } from './markdown';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

export const FORMATTERS: Record<Format, Formatter> = { stylish, json, sarif, github, markdown };
export * from './types';
