// The VS Code side: package.json as an extension manifest, what the .vsix would hold, and the
// client/server split (issue #4; STYLE.md 1.1, 1.2 and 2.4).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('VS Code extension manifest', () => {
  it('activates on markdown, plaintext and post, and contributes the post language (#4)', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext', 'onLanguage:post']);
    const post = manifest.contributes.languages.find((l: { id: string }) => l.id === 'post');
    assert.deepEqual(post.extensions, ['.post']);
    assert.deepEqual(post.filenamePatterns, ['*.post.md']);
    assert.equal(manifest.main, './dist/extension.js');
  });

  it('declares every server setting with the server default and a description (#4)', () => {
    const props = manifest.contributes.configuration.properties as Record<string, { default: unknown; description?: string; markdownDescription?: string }>;
    const flat: Record<string, unknown> = { ...DEFAULT_SETTINGS, 'trace.server': DEFAULT_SETTINGS.trace.server };
    delete flat.trace;
    for (const [key, value] of Object.entries(flat)) {
      const prop = props[`scrubs.${key}`];
      assert.ok(prop, `scrubs.${key} is missing from contributes.configuration`);
      assert.deepEqual(prop.default, value, `scrubs.${key} default`);
      assert.ok(prop.description || prop.markdownDescription, `scrubs.${key} has a description`);
    }
    assert.deepEqual(Object.keys(props).sort(), Object.keys(flat).map((k) => `scrubs.${k}`).sort());
  });

  it('contributes the two commands and validates .scrubs.json with the bundled schema (#4)', () => {
    assert.deepEqual(manifest.contributes.commands.map((c: { command: string; title: string; category: string }) => `${c.category}: ${c.title} (${c.command})`), [
      'scrubs: Redact all identifiers (scrubs.redactAll)',
      'scrubs: Show rules (scrubs.showRules)',
    ]);
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.scrubs.json', url: './schemas/scrubs-config.schema.json' }]);
  });

  it('packages only the bundles, grammars, schema and docs (.vscodeignore allow-list) (#4)', function () {
    this.timeout(60_000);
    const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const run = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(run.status, 0, run.stderr);
    const files = run.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
    const allowed = /^(dist\/(extension|server)\.js|dist\/data\/(words|medical|places|profanity|sentiment)\.json|syntaxes\/[\w.-]+\.tmLanguage\.json|schemas\/[\w.-]+\.json|package\.json|README\.md|LICENSE|CHANGELOG\.md|icon\.png)$/;
    for (const f of files) assert.match(f, allowed);
    for (const needed of ['dist/extension.js', 'dist/server.js', 'dist/data/words.json', 'package.json', 'syntaxes/post.tmLanguage.json', 'syntaxes/scrubs-injection.tmLanguage.json', 'schemas/scrubs-config.schema.json']) {
      assert.ok(files.includes(needed), `${needed} is packaged`);
    }
  });

  it('keeps the client thin: it imports vscode and vscode-languageclient, nothing from server/ (#4)', () => {
    for (const file of readdirSync(join(root, 'client', 'src'))) {
      const text = readFileSync(join(root, 'client', 'src', file), 'utf8');
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const i of imports) assert.match(i, /^(vscode|vscode-languageclient(\/node)?|node:path)$/, `${file} imports ${i}`);
    }
  });

  it('keeps vscode-languageserver inside server/src/lsp (#4)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ts$/.test(entry.name) && !path.includes(join('server', 'src', 'lsp')) && /from 'vscode-languageserver/.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    walk(join(root, 'server', 'src'));
    assert.deepEqual(offenders, []);
  });
});
