'use strict';
// agent.getName(options): the pool key "host:port:localAddress[:family]",
// with localhost for a missing host, and the socket path appended for Unix
// sockets.
const assert = require('assert');
const http = require('http');

const agent = new http.Agent();
assert.strictEqual(agent.getName({ host: '127.0.0.1', port: 80 }), '127.0.0.1:80:');
assert.strictEqual(agent.getName({}), 'localhost::');
assert.strictEqual(agent.getName({ host: 'a', port: 1, localAddress: 'l', family: 6 }), 'a:1:l:6');
assert.strictEqual(agent.getName({ host: 'a', port: 1, family: 4 }), 'a:1::4');
assert.strictEqual(agent.getName({ socketPath: '/tmp/x' }), 'localhost:::/tmp/x');
assert.strictEqual(agent.getName(), 'localhost::');
