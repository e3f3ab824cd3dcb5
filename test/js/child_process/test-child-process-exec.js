'use strict';
// exec()/execFile(): buffered output, the callback's error shape, maxBuffer,
// timeout, encodings and util.promisify.
const assert = require('assert');
const cp = require('child_process');
const util = require('util');

const tests = [];
const test = (name, fn) => tests.push([name, fn]);
function run() {
  const next = tests.shift();
  if (!next) return;
  const [name, fn] = next;
  const timer = setTimeout(() => { throw new Error(`timed out: ${name}`); }, 10000);
  fn(() => { clearTimeout(timer); run(); });
}

test('exec success', (done) => {
  const child = cp.exec('echo out; echo err >&2', (err, stdout, stderr) => {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, 'out\n');
    assert.strictEqual(stderr, 'err\n');
    done();
  });
  assert.ok(child instanceof cp.ChildProcess);
});

test('exec failure', (done) => {
  cp.exec('echo out; echo err >&2; exit 3', (err, stdout, stderr) => {
    assert.deepStrictEqual(Object.keys(err), ['code', 'killed', 'signal', 'cmd']);
    assert.strictEqual(err.message, 'Command failed: echo out; echo err >&2; exit 3\nerr\n');
    assert.strictEqual(err.code, 3);
    assert.strictEqual(err.killed, false);
    assert.strictEqual(err.signal, null);
    assert.strictEqual(err.cmd, 'echo out; echo err >&2; exit 3');
    assert.strictEqual(stdout, 'out\n');
    assert.strictEqual(stderr, 'err\n');
    done();
  });
});

test('execFile with args', (done) => {
  cp.execFile('echo', ['a', 'b'], (err, stdout) => {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, 'a b\n');
    cp.execFile('sh', ['-c', 'exit 4'], {}, (err2) => {
      assert.strictEqual(err2.code, 4);
      assert.strictEqual(err2.cmd, 'sh -c exit 4');
      done();
    });
  });
});

test('execFile ENOENT', (done) => {
  cp.execFile('eddy-no-such-command', ['x'], (err, stdout, stderr) => {
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'spawnargs', 'cmd']);
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'spawn eddy-no-such-command');
    assert.strictEqual(err.cmd, 'eddy-no-such-command x');
    assert.strictEqual(stdout, '');
    assert.strictEqual(stderr, '');
    done();
  });
});

test('maxBuffer', (done) => {
  cp.execFile('sh', ['-c', 'echo 1234567890'], { maxBuffer: 4 }, (err, stdout, stderr) => {
    assert.deepStrictEqual(Object.keys(err), ['code', 'cmd']);
    assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
    assert.strictEqual(err.name, 'RangeError');
    assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
    assert.strictEqual(stdout, '1234');
    assert.strictEqual(stderr, '');
    done();
  });
});

test('maxBuffer kills a child that keeps writing', (done) => {
  const child = cp.exec('yes', { maxBuffer: 1000 }, (err, stdout) => {
    assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
    assert.strictEqual(stdout.length, 1000);
    assert.strictEqual(child.killed, true);
    done();
  });
});

test('timeout', (done) => {
  cp.execFile('sleep', ['5'], { timeout: 50 }, (err, stdout, stderr) => {
    assert.strictEqual(err.message, 'Command failed: sleep 5\n');
    assert.strictEqual(err.code, null);
    assert.strictEqual(err.killed, true);
    assert.strictEqual(err.signal, 'SIGTERM');
    done();
  });
});

test('encodings', (done) => {
  cp.exec('printf abc', { encoding: 'buffer' }, (err, stdout, stderr) => {
    assert.deepStrictEqual(stdout, Buffer.from('abc'));
    assert.deepStrictEqual(stderr, Buffer.alloc(0));
    cp.exec('printf abc', { encoding: 'hex' }, (err2, stdout2) => {
      assert.strictEqual(stdout2, '616263');
      cp.exec('printf abc', { encoding: 'bogus' }, (err3, stdout3) => {
        assert.deepStrictEqual(stdout3, Buffer.from('abc'));
        done();
      });
    });
  });
});

test('exec options: env and cwd', (done) => {
  cp.exec('echo $EDDY_X; pwd', { env: { EDDY_X: 'yes' }, cwd: '/' }, (err, stdout) => {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, 'yes\n/\n');
    done();
  });
});

test('promisified', (done) => {
  const execP = util.promisify(cp.exec);
  const execFileP = util.promisify(cp.execFile);
  const p = execFileP('sh', ['-c', 'echo x; echo y >&2; exit 2']);
  assert.ok(p.child instanceof cp.ChildProcess);
  const rejected = p.then(() => assert.fail('should reject'), (err) => {
    assert.deepStrictEqual(Object.keys(err), ['code', 'killed', 'signal', 'cmd', 'stdout', 'stderr']);
    assert.strictEqual(err.code, 2);
    assert.strictEqual(err.stdout, 'x\n');
    assert.strictEqual(err.stderr, 'y\n');
  });
  execP('echo p').then((r) => {
    assert.deepStrictEqual(r, { stdout: 'p\n', stderr: '' });
    return rejected;
  }).then(done);
});

run();
