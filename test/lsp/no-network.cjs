// Preloaded into the language server under test (node --require): any attempt to open a network
// connection or resolve a name throws and leaves a marker on stderr, which the tests look for.
// Pipes (stdio) and the IPC channel are not network connections and are left alone.
const net = require('node:net');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const tls = require('node:tls');

function blocked(what) {
  return function () {
    process.stderr.write(`SCRUBS-TEST-NETWORK-ATTEMPT ${what}\n`);
    throw new Error(`network access attempted: ${what}`);
  };
}
net.connect = net.createConnection = blocked('net.connect');
net.Socket.prototype.connect = blocked('net.Socket.connect');
tls.connect = blocked('tls.connect');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns[name] = blocked(`dns.${name}`);
if (dns.promises) for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns.promises[name] = blocked(`dns.promises.${name}`);
http.request = http.get = blocked('http.request');
https.request = https.get = blocked('https.request');
if (typeof globalThis.fetch === 'function') globalThis.fetch = blocked('fetch');
