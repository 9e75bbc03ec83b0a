/**
 * `scrubs lsp --stdio | --node-ipc`: hand the process to the language server. It is required
 * only here, so `scrubs check` never evaluates vscode-languageserver. The server reads the
 * transport flags from process.argv itself (vscode-languageserver's createConnection does).
 */
import { EXIT_USAGE } from '../errors';
import type { Io } from '../io';

interface ServerModule {
  startServer?: () => unknown;
}

export function lsp(io: Io): number | null {
  let server: ServerModule;
  try {
    // The try lets the bundle build before server/src/lsp/server.ts exists; once it does,
    // esbuild bundles it and this require is evaluated lazily.
    server = require('../../lsp/server');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && /lsp\/server/.test((error as Error).message);
    if (!missing) throw error;
    io.stderr('scrubs: lsp: the language server is not part of this build (server/src/lsp/server.ts is missing)\n');
    return EXIT_USAGE;
  }
  if (typeof server.startServer !== 'function') {
    io.stderr('scrubs: lsp: the language server module does not export startServer()\n');
    return EXIT_USAGE;
  }
  server.startServer();
  // The connection keeps the process alive; the exit code is the server's business.
  return null;
}
