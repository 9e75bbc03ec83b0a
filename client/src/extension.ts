/**
 * The VS Code side of scrubs: start dist/server.js over Node IPC and hand it markdown, plain-text
 * and `post` documents. All behaviour lives in the server; this file knows VS Code only.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

interface RuleInfo {
  id: string;
  category: string;
  severity: string;
  description: string;
  docs: string | null;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const languages = ['markdown', 'plaintext', 'post'];
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    // Sends workspace/didChangeConfiguration when a scrubs.* setting changes; the server then
    // asks again per document through workspace/configuration.
    synchronize: { configurationSection: 'scrubs' },
  };
  client = new LanguageClient('scrubs', 'scrubs', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('scrubs.redactAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      await client.sendRequest('workspace/executeCommand', { command: 'scrubs.applyFixAll', arguments: [{ uri: editor.document.uri.toString() }] });
    }),
    vscode.commands.registerCommand('scrubs.showRules', async () => {
      if (!client) return;
      const rules = (await client.sendRequest('workspace/executeCommand', { command: 'scrubs.listRules', arguments: [] })) as RuleInfo[] | null;
      const picked = await vscode.window.showQuickPick(
        (rules ?? []).map((r) => ({ label: r.id, description: `${r.category} · ${r.severity}`, detail: r.description, docs: r.docs })),
        { placeHolder: 'scrubs rules (pick one to open its documentation)', matchOnDetail: true },
      );
      if (picked?.docs) await vscode.env.openExternal(vscode.Uri.parse(picked.docs));
    }),
  );
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
