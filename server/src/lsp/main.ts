/** dist/server.js: the language server on its own (the VS Code client starts this over IPC). */
import { startServer } from './server';
import { isLintWorker, runLintWorker } from './background';

// The same bundle is the worker thread that analyses big drafts (lsp/background.ts).
if (isLintWorker()) runLintWorker();
else startServer();
