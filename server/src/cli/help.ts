/** Usage text, per command. */
import { FORMATS, type Command } from './args';

const MAIN = `Usage: scrubs <command> [options]

Reads social-media and blog drafts by health-care professionals and flags what could expose
a patient, cost a job or embarrass the profession. Nothing is ever sent anywhere.

Commands:
  check [paths|globs...]   check drafts (default: the current directory)
  fix [paths...]           apply safe fixes (prints a diff; --write to change files)
  rules                    list every rule with its category and severity
  lsp --stdio              run the language server (--node-ipc for VS Code)

Options:
  -h, --help               show help (also: scrubs <command> --help)
  -v, --version            show the version

Exit codes: 0 no errors, 1 error-severity problems (or too many warnings), 2 usage or config error.
`;

const CHECK = `Usage: scrubs check [paths|globs...] [options]

Directories are searched for *.md, *.markdown, *.mdx and *.txt files (plus the config's
files.include, minus files.exclude), honouring .gitignore and .scrubsignore.

Options:
  -f, --format NAME        stylish (default), json, sarif, github or markdown
  -c, --config FILE        use this config instead of the nearest .scrubs.json/.scrubs.yaml
  --stdin                  read one draft from stdin
  --stdin-filename NAME    name (and language, by extension) of the stdin draft
  --platform NAME          default platform: ${'twitter, linkedin, instagram, ...'}
  --strict                 flag every identifier, whether or not the text speaks of a patient
  --max-warnings N         exit 1 when there are more than N warnings
  --no-snippets            no draft text in the report: each message is the rule's description
                           and no fixes are listed (for reports uploaded elsewhere: SARIF, CI logs)
  --changed [REF]          only lines added or modified since REF (default: the merge base
                           with origin/HEAD, main or master); use --changed=REF next to paths

Formats: ${FORMATS.join(', ')}.
`;

const FIX = `Usage: scrubs fix [paths...] [options]

Applies the safe recommended fixes (redactions). Without --write, prints a unified diff and
changes nothing; with --stdin, prints the fixed text.

Options:
  --write                  write the fixed files (atomically; BOM, line ends and mode kept)
  -c, --config FILE        use this config instead of the nearest .scrubs.json/.scrubs.yaml
  --stdin                  read one draft from stdin and print it fixed
  --stdin-filename NAME    name (and language, by extension) of the stdin draft
  --platform NAME          default platform
  --strict                 treat every identifier as a patient's
`;

const RULES = `Usage: scrubs rules [--json] [--config FILE]

Lists every rule in effect here (built-in and the config's rulePaths) with its category,
severity, check and description.

Options:
  --json                   machine-readable output
  -c, --config FILE        use this config instead of the nearest .scrubs.json/.scrubs.yaml
`;

const LSP = `Usage: scrubs lsp --stdio | --node-ipc

Runs the scrubs language server: --stdio for Neovim, Emacs, Helix and most editors,
--node-ipc when started by the VS Code extension.
`;

export function helpText(command: Command | null): string {
  switch (command) {
    case 'check':
      return CHECK;
    case 'fix':
      return FIX;
    case 'rules':
      return RULES;
    case 'lsp':
      return LSP;
    default:
      return MAIN;
  }
}
