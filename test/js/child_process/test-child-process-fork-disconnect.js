'use strict';
// The channel's end from either side, and what keeps processes alive: a
// child with no 'message' listener exits by itself; a parent that unrefs
// the child and its channel exits while the child runs; 'close' waits for
// the channel as well as the exit.
const assert = require('assert');
const cp = require('child_process');
const path = require('path');

const fixture = (name) => path.join(__dirname, 'fixtures', name);
const steps = [parentDisconnects, childDisconnects, childErrors, unrefParent, closeWaitsForChannel];
const next = () => { const step = steps.shift(); if (step) step(); };

// The parent disconnects: both ends see it, and the child, whose only
// reason to live was the channel, exits.
function parentDisconnects() {
  const c = cp.fork(fixture('ipc-echo.js'));
  const events = [];
  c.on('message', (m) => {
    assert.deepStrictEqual(m, { echo: 'ping' });
    c.disconnect();
    assert.strictEqual(c.connected, false);
    assert.strictEqual(c.channel, null);
    events.push('disconnect called');
    // A second disconnect is an error event.
    c.once('error', (err) => {
      assert.strictEqual(err.code, 'ERR_IPC_DISCONNECTED');
      assert.strictEqual(err.message, 'IPC channel is already disconnected');
      events.push('error');
    });
    c.disconnect();
  });
  c.on('disconnect', () => events.push('disconnect'));
  c.on('exit', (code) => events.push(['exit', code]));
  c.on('close', () => {
    assert.deepStrictEqual(events, ['disconnect called', 'error', 'disconnect', ['exit', 0]]);
    next();
  });
  c.send('ping');
}

// The child disconnects: the parent sees 'disconnect' and can't send.
function childDisconnects() {
  const c = cp.fork(fixture('ipc-echo.js'));
  c.send('disconnect-me');
  c.on('disconnect', () => {
    assert.strictEqual(c.connected, false);
    assert.strictEqual(c.send('late', (err) => {
      assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
      assert.strictEqual(err.message, 'Channel closed');
      c.once('error', (e) => {
        assert.strictEqual(e.code, 'ERR_IPC_CHANNEL_CLOSED');
        gotError = true;
      });
      assert.strictEqual(c.send('late again'), false);
    }), false);
  });
  let gotError = false;
  c.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(gotError, true);
    next();
  });
}

// The same errors on the child's side of the channel.
function childErrors() {
  const c = cp.fork(fixture('ipc-send-after-disconnect.js'), { silent: true });
  let out = '';
  c.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
  c.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(JSON.parse(out), [
      ['connected', false, null],
      ['return', false],
      ['return', false],
      ['error', 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'],
      ['callback', 'ERR_IPC_CHANNEL_CLOSED'],
      ['error', 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed'],
      ['disconnect'],
    ]);
    next();
  });
}

// A parent that unrefs both the child and its channel ends at once; the
// child then sees the channel end and exits too.
function unrefParent() {
  const code = `
    if (process.env.FORK_TEST_DEPTH) throw new Error('the -e code ran in the child');
    const c = require('child_process').fork(${JSON.stringify(fixture('ipc-echo.js'))},
      { env: { ...process.env, FORK_TEST_DEPTH: '1' }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    c.send('info');
    c.on('message', (m) => {
      console.log(c.pid);
      c.unref();
      c.channel.unref();
    });`;
  const start = Date.now();
  const r = cp.spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 20000 });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.ok(Date.now() - start < 10000);
  const pid = Number(r.stdout);
  assert.ok(pid > 0);
  // The orphan exits on its own once it sees the channel's end.
  const poll = setInterval(() => {
    try {
      process.kill(pid, 0);
      if (Date.now() - start > 20000) assert.fail('the orphaned child did not exit');
    } catch (err) {
      assert.strictEqual(err.code, 'ESRCH');
      clearInterval(poll);
      next();
    }
  }, 20);
}

// A grandchild holds the channel open after the child exits: 'close' comes
// only when the channel ends, and before the 'disconnect' event.
function closeWaitsForChannel() {
  const c = cp.fork(fixture('ipc-grandchild.js'));
  const events = [];
  c.on('exit', (exitCode) => events.push(['exit', exitCode]));
  c.on('disconnect', () => {
    events.push('disconnect');
    assert.deepStrictEqual(events, [['exit', 0], 'close', 'disconnect']);
    next();
  });
  c.on('close', () => events.push('close'));
}

next();
