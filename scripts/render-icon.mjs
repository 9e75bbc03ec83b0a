#!/usr/bin/env node
// Render docs/images/icon.svg to icon.png (256×256, the extension's Marketplace icon) with the
// headless Chromium and playwright-core that scripts/e2e-setup.sh installs.
//   node scripts/render-icon.mjs [TOOLS_DIR]     (default: the folder e2e-setup.sh prints)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tools = process.argv[2] ?? spawnSync('bash', [join(root, 'scripts/e2e-setup.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).stdout.trim().split('\n').pop();
const { chromium } = createRequire(join(tools, 'package.json'))('playwright-core');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${readFileSync(join(root, 'docs/images/icon.svg'), 'utf8')}</body></html>`);
  await page.locator('svg').screenshot({ path: join(root, 'icon.png'), omitBackground: true });
  console.log('wrote icon.png');
} finally {
  await browser.close();
}
