'use strict';
// spawnSync/execSync/execFileSync: the result shape, input, timeout,
// maxBuffer, stdio forms, and the errors the exec forms throw.
const assert = require('assert');
const cp = require('child_process');

{
  const r = cp.spawnSync('sh', ['-c', 'echo hi; echo e >&2; exit 4']);
  assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.status, 4);
  assert.strictEqual(r.signal, null);
  assert.strictEqual(typeof r.pid, 'number');
  assert.ok(r.pid > 0);
  assert.deepStrictEqual(r.output, [null, Buffer.from('hi\n'), Buffer.from('e\n')]);
  assert.deepStrictEqual(r.stdout, Buffer.from('hi\n'));
  assert.deepStrictEqual(r.stderr, Buffer.from('e\n'));
}

{
  const r = cp.spawnSync('cat', { input: 'xyz', encoding: 'utf8' });
  assert.deepStrictEqual(r.output, [null, 'xyz', '']);
  assert.strictEqual(r.status, 0);
  const r2 = cp.spawnSync('cat', { input: new Uint8Array([65, 66]) });
  assert.deepStrictEqual(r2.stdout, Buffer.from('AB'));
  // A large input that must be written in pieces while the child reads.
  const big = 'x'.repeat(1 << 20);
  const r3 = cp.spawnSync('cat', { input: big, maxBuffer: 4 << 20 });
  assert.strictEqual(r3.stdout.length, big.length);
  // A child that exits without reading its input.
  const r4 = cp.spawnSync('true', { input: big });
  assert.strictEqual(r4.status, 0);
}

{
  const r = cp.spawnSync('eddy-no-such-command', ['q']);
  assert.deepStrictEqual(Object.keys(r),
                         ['error', 'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.error.code, 'ENOENT');
  assert.strictEqual(r.error.message, 'spawnSync eddy-no-such-command ENOENT');
  assert.strictEqual(r.error.syscall, 'spawnSync eddy-no-such-command');
  assert.strictEqual(r.error.path, 'eddy-no-such-command');
  assert.deepStrictEqual(r.error.spawnargs, ['q']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.output, null);
  assert.strictEqual(r.stdout, null);
}

{
  const start = Date.now();
  const r = cp.spawnSync('sleep', ['5'], { timeout: 100 });
  assert.ok(Date.now() - start < 4000);
  assert.strictEqual(r.error.code, 'ETIMEDOUT');
  assert.strictEqual(r.error.syscall, 'spawnSync sleep');
  assert.strictEqual(r.signal, 'SIGTERM');
  assert.strictEqual(r.status, null);
  const r2 = cp.spawnSync('sleep', ['5'], { timeout: 100, killSignal: 'SIGKILL' });
  assert.strictEqual(r2.signal, 'SIGKILL');
}

{
  const r = cp.spawnSync('yes', { maxBuffer: 100 });
  assert.strictEqual(r.error.code, 'ENOBUFS');
  assert.strictEqual(r.signal, 'SIGTERM');
}

{
  const r = cp.spawnSync('sh', ['-c', 'kill -9 $$']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGKILL');
}

{
  const r = cp.spawnSync('true', { stdio: 'inherit' });
  assert.deepStrictEqual(r.output, [null, null, null]);
  assert.strictEqual(r.stdout, null);
  const r2 = cp.spawnSync('echo', ['a'], { stdio: ['pipe', 'ignore', 'pipe'] });
  assert.deepStrictEqual(r2.output, [null, null, Buffer.alloc(0)]);
  const r3 = cp.spawnSync('sh', ['-c', 'echo $0 `pwd` $V'], {
    argv0: 'zero', cwd: '/', env: { V: 'v' }, encoding: 'utf8',
  });
  assert.strictEqual(r3.stdout, 'zero / v\n');
}

// execSync / execFileSync
{
  assert.strictEqual(cp.execSync('echo hello', { encoding: 'utf8' }), 'hello\n');
  assert.deepStrictEqual(cp.execFileSync('echo', ['x', 'y']), Buffer.from('x y\n'));
  assert.strictEqual(cp.execFileSync('cat', { input: 'in', encoding: 'latin1' }), 'in');

  assert.throws(() => cp.execSync('echo o; echo bad >&2; exit 5', { stdio: 'pipe' }), (e) => {
    assert.deepStrictEqual(Object.keys(e), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
    assert.strictEqual(e.message, 'Command failed: echo o; echo bad >&2; exit 5\nbad\n');
    assert.strictEqual(e.status, 5);
    assert.deepStrictEqual(e.stdout, Buffer.from('o\n'));
    assert.deepStrictEqual(e.stderr, Buffer.from('bad\n'));
    return true;
  });
  assert.throws(() => cp.execFileSync('sh', ['-c', 'exit 2'], { stdio: 'ignore' }), (e) => {
    assert.strictEqual(e.message, 'Command failed: sh -c exit 2');
    assert.strictEqual(e.status, 2);
    assert.deepStrictEqual(e.output, [null, null, null]);
    return true;
  });
  assert.throws(() => cp.execFileSync('eddy-no-such-command'), (e) => {
    assert.deepStrictEqual(Object.keys(e), ['errno', 'code', 'syscall', 'path', 'spawnargs',
                                            'error', 'status', 'signal', 'output', 'pid',
                                            'stdout', 'stderr']);
    assert.strictEqual(e.code, 'ENOENT');
    assert.strictEqual(e.message, 'spawnSync eddy-no-such-command ENOENT');
    assert.strictEqual(e.error, e);
    return true;
  });
  assert.throws(() => cp.execFileSync('sleep', ['3'], { timeout: 50 }), (e) => {
    assert.strictEqual(e.code, 'ETIMEDOUT');
    assert.strictEqual(e.signal, 'SIGTERM');
    return true;
  });
}

// execSync's stderr goes to the parent's stderr by default; with stdio it
// does not.
{
  const script = "require('child_process').execSync('echo to-stderr >&2; echo to-stdout')";
  const r = cp.spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stderr, 'to-stderr\n');
  assert.strictEqual(r.stdout, '');
  const script2 = "require('child_process').execSync('echo to-stderr >&2', { stdio: 'pipe' })";
  const r2 = cp.spawnSync(process.execPath, ['-e', script2], { encoding: 'utf8' });
  assert.strictEqual(r2.stderr, '');
  const script3 = "process.stdout.write(require('child_process').execSync('echo a; exit 1').toString())";
  const r3 = cp.spawnSync(process.execPath, ['-e', script3], { encoding: 'utf8' });
  assert.strictEqual(r3.status, 1);
  assert.match(r3.stderr, /Command failed: echo a; exit 1/);
}
