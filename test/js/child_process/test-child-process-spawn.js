'use strict';
// spawn(): events and their order, stdio pipes, exit codes and signals,
// options (shell, argv0, env, cwd, stdio forms), ref/unref.
const assert = require('assert');
const cp = require('child_process');
const os = require('os');

const tests = [];
const test = (name, fn) => tests.push([name, fn]);
function run() {
  const next = tests.shift();
  if (!next) return;
  const [name, fn] = next;
  const timer = setTimeout(() => { throw new Error(`timed out: ${name}`); }, 10000);
  fn(() => { clearTimeout(timer); run(); });
}

test('events and exit code', (done) => {
  const child = cp.spawn('sh', ['-c', 'echo hi; echo err >&2; exit 3']);
  assert.ok(child instanceof cp.ChildProcess);
  assert.strictEqual(typeof child.pid, 'number');
  assert.strictEqual(child.connected, false);
  assert.strictEqual(child.exitCode, null);
  assert.strictEqual(child.signalCode, null);
  assert.strictEqual(child.killed, false);
  assert.strictEqual(child.spawnfile, 'sh');
  assert.deepStrictEqual(child.spawnargs, ['sh', '-c', 'echo hi; echo err >&2; exit 3']);
  assert.strictEqual(child.stdio.length, 3);
  assert.strictEqual(child.stdio[0], child.stdin);
  assert.strictEqual(child.stdio[1], child.stdout);
  assert.strictEqual(child.stdio[2], child.stderr);
  assert.strictEqual(child.stdin.readable, false);
  assert.strictEqual(child.stdin.writable, true);
  assert.strictEqual(child.stdout.readable, true);
  const events = [];
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  child.on('spawn', () => events.push('spawn'));
  child.stdout.on('end', () => events.push('stdout-end'));
  child.on('exit', (code, signal) => events.push(['exit', code, signal]));
  child.on('close', (code, signal) => {
    assert.strictEqual(events[0], 'spawn');
    assert.ok(events.some((e) => e[0] === 'exit' && e[1] === 3 && e[2] === null));
    assert.ok(events.includes('stdout-end'));
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
    assert.strictEqual(child.exitCode, 3);
    assert.strictEqual(out, 'hi\n');
    assert.strictEqual(err, 'err\n');
    done();
  });
});

test('stdin to cat', (done) => {
  const child = cp.spawn('cat');
  const chunks = [];
  child.stdout.on('data', (d) => chunks.push(d));
  child.stdin.write('hello ');
  child.stdin.end(Buffer.from('world'));
  child.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.ok(Buffer.isBuffer(chunks[0]));
    assert.strictEqual(Buffer.concat(chunks).toString(), 'hello world');
    done();
  });
});

test('close waits for output nobody reads', (done) => {
  // Less than a pipe holds (64 KiB), so the child can exit unread; more
  // would block it, in node as well, whenever the reader is slow.
  const child = cp.spawn('sh', ['-c', 'head -c 60000 /dev/zero']);
  child.on('close', (code) => {
    assert.strictEqual(code, 0);
    done();
  });
});

test('kill', (done) => {
  const child = cp.spawn('sleep', ['10']);
  assert.throws(() => child.kill('SIGFOO'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' });
  child.on('exit', (code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGINT');
    assert.strictEqual(child.signalCode, 'SIGINT');
    assert.strictEqual(child.killed, true);
    assert.strictEqual(child.kill(), false);  // gone already
    done();
  });
  assert.strictEqual(child.kill(os.constants.signals.SIGINT), true);
});

test('kill with the default signal', (done) => {
  const child = cp.spawn('sleep', ['10']);
  child.on('close', (code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGTERM');
    done();
  });
  assert.strictEqual(child.kill(), true);
});

test('ENOENT', (done) => {
  const child = cp.spawn('eddy-no-such-command', ['a', 'b']);
  const events = [];
  assert.strictEqual(child.pid, undefined);
  assert.ok(child.stdout);
  child.on('spawn', () => events.push('spawn'));
  child.on('exit', () => events.push('exit'));
  child.on('error', (err) => {
    events.push('error');
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.errno, os.constants.errno.ENOENT * -1);
    assert.strictEqual(err.syscall, 'spawn eddy-no-such-command');
    assert.strictEqual(err.path, 'eddy-no-such-command');
    assert.deepStrictEqual(err.spawnargs, ['a', 'b']);
    assert.strictEqual(err.message, 'spawn eddy-no-such-command ENOENT');
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'spawnargs']);
  });
  child.on('close', (code, signal) => {
    assert.deepStrictEqual(events, ['error']);
    assert.strictEqual(code, -2);
    assert.strictEqual(signal, null);
    assert.strictEqual(child.exitCode, -2);
    done();
  });
});

test('shell, env, cwd', (done) => {
  const child = cp.spawn('echo "$EDDY_CP_VAR" `pwd`', {
    shell: true, env: { EDDY_CP_VAR: 'v1', PATH: process.env.PATH }, cwd: '/tmp',
  });
  assert.deepStrictEqual(child.spawnargs, ['/bin/sh', '-c', 'echo "$EDDY_CP_VAR" `pwd`']);
  assert.strictEqual(child.spawnfile, '/bin/sh');
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'v1 /tmp\n');
    done();
  });
});

test('shell with args joined', (done) => {
  const child = cp.spawn('echo', ['a', 'b'], { shell: '/bin/sh' });
  assert.deepStrictEqual(child.spawnargs, ['/bin/sh', '-c', 'echo a b']);
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', () => {
    assert.strictEqual(out, 'a b\n');
    done();
  });
});

test('argv0', (done) => {
  const child = cp.spawn('sh', ['-c', 'echo $0'], { argv0: 'custom-zero' });
  assert.deepStrictEqual(child.spawnargs, ['custom-zero', '-c', 'echo $0']);
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', () => {
    assert.strictEqual(out, 'custom-zero\n');
    done();
  });
});

test('the same runtime as a child', (done) => {
  const child = cp.spawn(process.execPath, ['-e', 'process.stdin.pipe(process.stdout); process.exitCode = 7']);
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  child.stdin.end('round trip');
  child.on('exit', (code) => {
    assert.strictEqual(code, 7);
  });
  child.on('close', (code) => {
    assert.strictEqual(code, 7);
    assert.strictEqual(out, 'round trip');
    done();
  });
});

test('stdio ignore, inherit, fd and short arrays', (done) => {
  const child = cp.spawn('true', [], { stdio: ['ignore', 'inherit', 2] });
  assert.strictEqual(child.stdin, null);
  assert.strictEqual(child.stdout, null);
  assert.strictEqual(child.stderr, null);
  assert.deepStrictEqual(child.stdio, [null, null, null]);
  child.on('close', (code) => {
    assert.strictEqual(code, 0);
    const c2 = cp.spawn('sh', ['-c', 'echo x'], { stdio: ['ignore'] });
    assert.strictEqual(c2.stdin, null);
    assert.ok(c2.stdout);
    assert.ok(c2.stderr);
    let out = '';
    c2.stdout.on('data', (d) => { out += d; });
    c2.on('close', () => {
      assert.strictEqual(out, 'x\n');
      const c3 = cp.spawn('false', { stdio: 'ignore' });
      c3.on('exit', (c) => {
        assert.strictEqual(c, 1);
        done();
      });
    });
  });
});

test('timeout and killSignal', (done) => {
  const child = cp.spawn('sleep', ['10'], { timeout: 50, killSignal: 'SIGKILL' });
  child.on('exit', (code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGKILL');
    assert.strictEqual(child.killed, true);
    done();
  });
});

test('AbortSignal', (done) => {
  const ac = new AbortController();
  const child = cp.spawn('sleep', ['10'], { signal: ac.signal });
  let error;
  child.on('error', (err) => { error = err; });
  child.on('exit', (code, signal) => {
    assert.strictEqual(error.name, 'AbortError');
    assert.strictEqual(error.code, 'ABORT_ERR');
    assert.strictEqual(signal, 'SIGTERM');
    done();
  });
  setTimeout(() => ac.abort(), 20);
});

test('AbortSignal already aborted', (done) => {
  const child = cp.spawn('sleep', ['10'], { signal: AbortSignal.abort() });
  let error;
  child.on('error', (err) => { error = err; });
  child.on('close', (code, signal) => {
    assert.strictEqual(error.name, 'AbortError');
    assert.strictEqual(signal, 'SIGTERM');
    done();
  });
});

test('unref lets the parent go on', (done) => {
  const child = cp.spawn('sleep', ['10'], { stdio: 'ignore' });
  child.unref();
  child.ref();
  child.unref();
  child.kill();
  child.on('exit', () => done());
  child.ref();
});

run();
