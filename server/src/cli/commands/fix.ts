/**
 * `scrubs fix`: apply the safe recommended fixes. Without --write nothing is written: a unified
 * diff per changed file goes to stdout (stdin: the fixed text). With --write each changed file
 * is replaced atomically, keeping its BOM, line ends and mode. Exit 1 when error-severity
 * problems remain that no safe fix covers.
 */
import { fixText } from '../../engine';
import type { ParsedArgs } from '../args';
import { EXIT_OK, EXIT_PROBLEMS } from '../errors';
import { countFindings, plural } from '../formats';
import { unifiedDiff } from '../diff';
import { gatherInputs, readInput, settingsFor } from '../inputs';
import { note, type Io } from '../io';
import { codeOf } from '../read';
import { writeAtomic } from '../write';

const BOM = '\uFEFF';

export async function fix(args: ParsedArgs, io: Io): Promise<number> {
  const settings = settingsFor(args, io);
  const inputs = await gatherInputs(args, io, settings);
  let problemsFixed = 0;
  let filesFixed = 0;
  let remainingErrors = 0;
  let remaining = 0;
  let failed = 0;
  let out = '';
  for (const input of inputs) {
    const draft = readInput(input, io);
    if (!draft) continue;
    const result = fixText(draft.text, { filename: input.filename, config: input.config.lintConfig, rules: input.config.rules });
    remaining += result.remaining.length;
    remainingErrors += countFindings(result.remaining).errors;
    const bom = draft.bom ? BOM : '';
    if (args.stdin) {
      out += bom + result.text;
    }
    if (result.text === draft.text) continue;
    if (draft.invalidUtf8) {
      // Writing the decoded text would replace the undecodable bytes for good.
      note(io, input.display, 'not fixed: not valid UTF-8 (convert it to UTF-8 first)');
      failed++;
      continue;
    }
    if (args.stdin) {
      problemsFixed += result.fixed;
      filesFixed++;
      continue;
    }
    if (!args.write) {
      out += unifiedDiff(input.display, bom + draft.text, bom + result.text);
    } else {
      try {
        writeAtomic(input.path!, Buffer.from(bom + result.text, 'utf8'), { mtimeMs: draft.mtimeMs, size: draft.size, mode: draft.mode, original: Buffer.from(bom + draft.text, 'utf8') });
      } catch (error) {
        const code = codeOf(error);
        note(io, input.display, code === 'ECHANGED' ? 'not written: the file changed on disk while it was being fixed' : code === 'EREADONLY' ? 'not written: the file is read-only' : `not written (${code})`);
        failed++;
        continue;
      }
    }
    problemsFixed += result.fixed;
    filesFixed++;
  }
  io.stdout(out);
  const summary = `${plural(problemsFixed, 'problem')} in ${plural(filesFixed, 'file')}`;
  if (args.write) io.stdout(`fixed ${summary}\n`);
  else if (args.stdin) io.stderr(`scrubs: fixed ${summary}\n`);
  else io.stderr(`scrubs: would fix ${summary}${filesFixed ? '; run scrubs fix --write to apply' : ''}\n`);
  if (remaining) io.stderr(`scrubs: ${plural(remaining, 'problem')} left without a safe fix; run scrubs check to see them\n`);
  return remainingErrors > 0 || failed > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
