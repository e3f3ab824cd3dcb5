'use strict';
// maxConnections (extra connections are closed, 'drop' tells about them),
// listen() twice, pauseOnConnect, writing after the
// peer's FIN without allowHalfOpen (EPIPE).
const assert = require('assert');
const net = require('net');

let pending = 0;
function mustCall(fn = () => {}) {
  pending++;
  return (...args) => {
    pending--;
    return fn(...args);
  };
}
process.on('exit', () => assert.strictEqual(pending, 0));

const server = net.createServer({ pauseOnConnect: true }, mustCall((conn) => {
  assert.strictEqual(conn.isPaused(), true);
  conn.on('end', mustCall(() => conn.end()));
  // Resumed later: nothing is lost meanwhile.
  let got = '';
  conn.on('data', (d) => { got += d; });
  conn.on('close', mustCall(() => assert.strictEqual(got, 'first')));
  setTimeout(() => conn.resume(), 20);
}));
server.maxConnections = 1;
server.on('drop', mustCall((data) => {
  assert.deepStrictEqual(Object.keys(data), ['localAddress', 'localPort', 'localFamily',
                                             'remoteAddress', 'remotePort', 'remoteFamily']);
  assert.strictEqual(data.localAddress, '127.0.0.1');
  assert.strictEqual(data.localPort, server.address().port);
  assert.strictEqual(data.remoteFamily, 'IPv4');
}));

server.listen(0, '127.0.0.1', mustCall(() => {
  assert.throws(() => server.listen(0), {
    name: 'Error', code: 'ERR_SERVER_ALREADY_LISTEN',
    message: 'Listen method has been called more than once without closing.',
  });
  const port = server.address().port;
  const first = net.connect(port, '127.0.0.1', mustCall(() => {
    first.write('first');
    // Over the limit: accepted and closed at once by the server.
    const second = net.connect(port, '127.0.0.1');
    second.resume();
    second.on('error', () => {});  // ECONNRESET is possible too
    second.on('close', mustCall(() => {
      first.end();
    }));
  }));
  first.resume();
  first.on('end', mustCall());
  first.on('close', mustCall(() => {
    server.close(mustCall(epipe));
  }));
}));

function epipe() {
  // The server ends its side at once; the client (no allowHalfOpen) sees
  // 'end', ends too, and a later write fails with EPIPE.
  const s = net.createServer(mustCall((conn) => conn.end()));
  s.listen({ port: 0, host: '127.0.0.1' }, mustCall(() => {
    assert.strictEqual(typeof s.address().port, 'number');
    const c = net.connect(s.address().port, '127.0.0.1');
    c.resume();
    c.on('end', mustCall());
    c.on('close', mustCall(() => {
      c.write('late', mustCall((err) => {
        assert.strictEqual(err.code, 'EPIPE');
        assert.strictEqual(err.message, 'This socket has been ended by the other party');
        s.close();
      }));
    }));
  }));
}
