// The language-server tests' network trap (test/lsp/no-network.cjs: net, tls, dns, http, https,
// fetch) plus UDP, HTTP/2 and undici's dispatcher, for the CLI and the server under test. Every
// attempt throws and leaves SCRUBS-TEST-NETWORK-ATTEMPT on stderr; the tests assert there is none.
require('../lsp/no-network.cjs');
const dgram = require('node:dgram');
const http2 = require('node:http2');
function blocked(what) {
  return function () {
    process.stderr.write(`SCRUBS-TEST-NETWORK-ATTEMPT ${what}\n`);
    throw new Error(`network access attempted: ${what}`);
  };
}
dgram.createSocket = blocked('dgram.createSocket');
http2.connect = blocked('http2.connect');
for (const name of ['WebSocket', 'EventSource']) if (typeof globalThis[name] === 'function') globalThis[name] = blocked(name);
