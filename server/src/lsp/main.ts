/** dist/server.js: the language server on its own (the VS Code client starts this over IPC). */
import { startServer } from './server';

startServer();
