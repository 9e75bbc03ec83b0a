/** What the CLI says about itself. */
import { version } from '../../../package.json';
import type { ToolInfo } from './formats';

export const TOOL: ToolInfo = {
  name: 'scrubs',
  version,
  informationUri: 'https://github.com/scrubs-lint/scrubs',
};
