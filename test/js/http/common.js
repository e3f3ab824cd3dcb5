'use strict';
// Helpers shared by the http tests (not a test itself: no test- prefix).
const assert = require('assert');
const net = require('net');

const checks = [];
process.on('exit', (code) => {
  if (code !== 0) return;
  for (const c of checks) {
    assert.strictEqual(c.actual, c.expected,
                       `${c.name}: expected ${c.expected} call(s), got ${c.actual}\n${c.stack}`);
  }
});

// Returns a wrapper of fn that must be called exactly `expected` times
// before the process exits.
function mustCall(fn, expected) {
  if (typeof fn === 'number') { expected = fn; fn = undefined; }
  if (expected === undefined) expected = 1;
  if (fn === undefined) fn = () => {};
  const c = { name: fn.name || '<anonymous>', expected, actual: 0,
              stack: new Error().stack.split('\n').slice(2, 3).join('\n') };
  checks.push(c);
  return function(...args) {
    c.actual++;
    return fn.apply(this, args);
  };
}

// At least once (any number of calls >= 1).
function mustCallAtLeast(fn = () => {}) {
  let n = 0;
  const stack = new Error().stack.split('\n').slice(2, 3).join('\n');
  process.on('exit', (code) => {
    if (code === 0) assert(n >= 1, `expected at least one call\n${stack}`);
  });
  return function(...args) { n++; return fn.apply(this, args); };
}

function mustNotCall(msg = 'function should not have been called') {
  return (...args) => {
    throw new Error(`${msg}: called with ${args.length} argument(s)`);
  };
}

// Opens a TCP connection to 127.0.0.1:port, writes `data` (a string, a
// Buffer, or an array of them written one after the other), and resolves with
// everything received as a latin1 string. It resolves when the server ends the
// connection, or as soon as opts.until(received) returns true (then the
// socket is destroyed).
function rawRequest(port, data, opts = {}) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1');
    let received = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      sock.destroy();
      resolve(received);
    };
    sock.on('data', (d) => {
      received += d.toString('latin1');
      if (opts.until && opts.until(received)) finish();
    });
    sock.on('end', finish);
    sock.on('close', finish);
    sock.on('error', (e) => {
      // A reset after the server wrote its answer still counts as an answer.
      if (e.code === 'ECONNRESET' || e.code === 'EPIPE') finish();
      else if (!done) { done = true; reject(e); }
    });
    const parts = Array.isArray(data) ? data : [data];
    for (const p of parts) sock.write(p);
  });
}

// Replaces the value of every Date header with DATE (and checks it looks like
// an IMF-fixdate), so that raw responses can be compared byte for byte.
const DATE_RE = /\r\nDate: ([^\r]*)\r\n/g;
function normalizeDate(s) {
  return s.replace(DATE_RE, (m, v) => {
    assert.match(v, /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/);
    return '\r\nDate: DATE\r\n';
  });
}

// Resolves once `server` (an http.Server) listens on 127.0.0.1:0; returns the
// port.
function listen(server) {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
}

// A safety net: fail (instead of hanging until the runner's timeout) if the
// test has not finished after `ms`. unref'd so it never keeps the process up.
function deadline(ms = 30000) {
  setTimeout(() => {
    throw new Error(`test did not finish within ${ms} ms`);
  }, ms).unref();
}

module.exports = {
  mustCall, mustCallAtLeast, mustNotCall, rawRequest, normalizeDate, listen, deadline,
};
