'use strict';
// fork(): messages of every JSON shape go there and back in order, both
// ends see node's channel state, and the child's environment no longer
// names the channel. The child is this runtime (process.execPath).
const assert = require('assert');
const cp = require('child_process');
const path = require('path');

const fixture = (name) => path.join(__dirname, 'fixtures', name);

const shapes = [
  0, -1, 1.5, 1e300, -0, true, false, null, '', 'text', 'line\nbreak\r\n',
  'quote " and \\ backslash', 'unicode: héllo ✓ 😀 \u2028\u2029', 'x'.repeat(100000),
  [], [1, 'a', null, [2, [3]]], {}, { a: 1, b: { c: [true, { d: 'e' }] } },
  { undef: undefined, fn() {}, date: new Date(0), nan: NaN, inf: Infinity },
  { cmd: 'NOT_NODE_internal' }, Array.from({ length: 1000 }, (_, i) => ({ i })),
];

const child = cp.fork(fixture('ipc-echo.js'), ['one', 'two']);
assert.strictEqual(child.connected, true);
assert.strictEqual(typeof child.channel, 'object');
assert.strictEqual(typeof child.channel.ref, 'function');
assert.strictEqual(typeof child.channel.unref, 'function');
assert.strictEqual(typeof child.channel.fd, 'number');
assert.deepStrictEqual(child.stdio, [null, null, null, null]);
assert.strictEqual(child.stdin, null);
assert.deepStrictEqual(child.spawnargs, [process.execPath, fixture('ipc-echo.js'), 'one', 'two']);

const received = [];
const events = [];
child.on('message', (message) => received.push(message));
for (const shape of shapes) assert.strictEqual(child.send(shape), true);
child.send('info');
let sendCallbackSync = true;
let sendCallbackArg;
child.send('last', (err) => {
  assert.strictEqual(sendCallbackSync, false);
  sendCallbackArg = err;
});
sendCallbackSync = false;

child.on('message', function onInfo(message) {
  if (message.echo !== 'last') return;
  child.removeListener('message', onInfo);
  events.push('all received');
  child.send('exit');
});
child.on('disconnect', () => events.push('disconnect'));
child.on('exit', (code, signal) => events.push(['exit', code, signal]));
child.on('close', (code, signal) => {
  assert.deepStrictEqual([code, signal], [0, null]);
  assert.strictEqual(sendCallbackArg, null);
  const expected = shapes.map((s) => ({ echo: JSON.parse(JSON.stringify(s)) }));
  assert.deepStrictEqual(received.slice(0, shapes.length), expected);
  const info = received[shapes.length];
  assert.deepStrictEqual(info, {
    connected: true,
    channelType: 'object',
    fd: 3,
    argv: ['one', 'two'],
  });
  assert.deepStrictEqual(received[shapes.length + 1], { echo: 'last' });
  assert.strictEqual(received.length, shapes.length + 2);
  assert.strictEqual(child.connected, false);
  assert.strictEqual(child.channel, null);
  assert.strictEqual(events[0], 'all received');
  assert.deepStrictEqual(events.slice(1).sort(), [['exit', 0, null], 'disconnect'].sort());
  spawnWithIpc();
});

// spawn() with 'ipc' in stdio: the same channel, at the index given; silent
// stdio are pipes.
function spawnWithIpc() {
  const c = cp.spawn(process.execPath, [fixture('ipc-echo.js')], {
    stdio: ['pipe', 'pipe', 'inherit', 'ignore', 'ipc'],
  });
  assert.strictEqual(c.stdio.length, 5);
  assert.strictEqual(c.stdio[4], null);
  c.send('info');
  let out = '';
  c.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
  c.on('message', (message) => {
    assert.strictEqual(message.fd, 4);
    assert.strictEqual(message.channelFdEnv, undefined);
    assert.strictEqual(message.serializationEnv, undefined);
    c.disconnect();
  });
  c.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, '');
    silent();
  });
}

// silent: stdin, stdout and stderr are pipes; the channel is fd 3.
function silent() {
  const c = cp.fork(fixture('ipc-no-listeners.js'), { silent: true });
  assert.strictEqual(c.stdio.length, 4);
  assert.ok(c.stdout && c.stderr && c.stdin);
  let out = '';
  let message;
  c.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
  c.on('message', (m) => { message = m; });
  c.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(message, { pid: c.pid, connected: true });
    assert.strictEqual(out, 'sent\nsend callback null\n');
    flood();
  });
}

// Many large messages each way: more than the socket buffer holds, so
// writes wait in libuv; every callback runs, in order, and every message
// arrives in order.
function flood() {
  const count = 200;
  const c = cp.fork(fixture('ipc-flood.js'), [String(count), '20000']);
  let next = 0;
  let doneMessage;
  c.on('message', (m) => {
    if (m.done) {
      doneMessage = m;
      return;
    }
    assert.strictEqual(m.i, next++);
    assert.strictEqual(m.pad.length, 20000);
  });
  c.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(next, count);
    assert.deepStrictEqual(doneMessage, { done: true, inOrder: true });
    floodToChild();
  });
}

function floodToChild() {
  const count = 100;
  const c = cp.fork(fixture('ipc-echo.js'));
  const pad = 'y'.repeat(50000);
  let callbacks = 0;
  let echoes = 0;
  let returnedFalse = false;
  for (let i = 0; i < count; i++) {
    if (!c.send({ i, pad }, (err) => {
      assert.strictEqual(err, null);
      assert.strictEqual(callbacks++, i);
    })) returnedFalse = true;
  }
  // Past the high-water mark send() says to wait, but still queues.
  assert.strictEqual(returnedFalse, true);
  c.on('message', (m) => {
    assert.strictEqual(m.echo.i, echoes++);
    if (echoes === count) c.disconnect();
  });
  c.on('close', () => {
    assert.strictEqual(callbacks, count);
    assert.strictEqual(echoes, count);
  });
}
