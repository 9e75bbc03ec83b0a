// Ready to publish: what the VS Code Marketplace and Open VSX read from package.json, the files
// they show (icon, README with its screenshots, CHANGELOG, LICENSE), and what `vsce ls` packs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  assert.deepEqual([...b.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${path} is a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('VS Code extension, ready to publish', () => {
  it('has the manifest fields the Marketplace and Open VSX expect', () => {
    for (const field of ['name', 'displayName', 'description', 'version', 'publisher', 'license', 'icon']) {
      assert.equal(typeof manifest[field], 'string', field);
      assert.ok(manifest[field].length > 0, field);
    }
    assert.match(manifest.name, /^[a-z0-9][a-z0-9-]*$/);
    assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
    assert.ok(manifest.displayName.length <= 60, 'displayName fits the Marketplace tile');
    assert.ok(manifest.categories.includes('Linters'));
    assert.ok(manifest.keywords.length >= 3 && manifest.keywords.length <= 30, 'Marketplace allows up to 30 keywords');
    assert.match(manifest.repository.url, /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    assert.match(manifest.homepage, /^https:\/\//);
    assert.match(manifest.bugs.url, /^https:\/\//);
    assert.equal(manifest.license, 'MIT');
    assert.match(manifest.engines.vscode, /^\^1\.\d+\.\d+$/);
    assert.match(manifest.galleryBanner.color, /^#[0-9A-Fa-f]{6}$/);
  });

  it('has a square PNG icon of at least 128 px, a LICENSE and a CHANGELOG', () => {
    const { width, height } = pngSize(join(root, manifest.icon));
    assert.equal(width, height);
    assert.ok(width >= 128, `icon is ${width} px`);
    assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) \d{4} /);
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, /^# Changelog\n/);
    assert.ok(changelog.includes(`## [${manifest.version}]`), `CHANGELOG.md has a section for ${manifest.version}`);
  });

  it('shows screenshots that exist at the top of the README, as PNG (the Marketplace refuses SVG)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length >= 3, `README shows ${images.length} images`);
    for (const image of images) {
      assert.match(image, /^docs\/images\/[\w-]+\.png$/);
      assert.ok(existsSync(join(root, image)), `${image} exists`);
      pngSize(join(root, image));
    }
    const firstSection = readme.indexOf('\n## ');
    assert.ok(readme.indexOf('![') < firstSection, 'the first screenshot comes before the first section');
    assert.match(readme, /scrubs\.vsix[^\n]*\d+(\.\d+)? MB/, 'the README says how big the .vsix is');
  });

  it('`vsce ls` packs the icon, README, CHANGELOG and LICENSE, and no screenshots', function () {
    this.timeout(60_000);
    const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const run = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(run.status, 0, run.stderr);
    const files = run.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const needed of ['icon.png', 'README.md', 'CHANGELOG.md', 'LICENSE']) assert.ok(files.includes(needed), `${needed} is packaged`);
    assert.ok(!files.some((f) => f.startsWith('docs/')), 'screenshots stay out of the .vsix (the Marketplace loads them from the repository)');
  });
});
