'use strict';
// fs.promises writeFile/readFile: data kinds, AbortSignal, large and
// concurrent transfers, error stacks.
const assert = require('assert');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const { Readable } = require('stream');

(async () => {
  const base = await fsp.mkdtemp(path.join(os.tmpdir(), 'eddy-fsp-wf-'));
  const fdsBefore = (await fsp.readdir('/proc/self/fd')).length;
  try {
    const f = path.join(base, 'f');

    // iterables of chunks (strings use the encoding), async iterables, streams
    await fsp.writeFile(f, ['ab', Buffer.from('cd'), new Uint8Array([0x65])]);
    assert.strictEqual(await fsp.readFile(f, 'utf8'), 'abcde');
    await fsp.writeFile(f, ['6869', '21'], 'hex');
    assert.strictEqual(await fsp.readFile(f, 'utf8'), 'hi!');
    await fsp.writeFile(f, (function* gen() { yield 'x'; yield 'y'; })());
    assert.strictEqual(await fsp.readFile(f, 'utf8'), 'xy');
    await fsp.writeFile(f, (async function* agen() {
      yield 'a';
      await new Promise((r) => setTimeout(r, 1));
      yield Buffer.from('b');
    })());
    assert.strictEqual(await fsp.readFile(f, 'utf8'), 'ab');
    await fsp.writeFile(f, Readable.from(['r1', 'r2', 'r3']));
    assert.strictEqual(await fsp.readFile(f, 'utf8'), 'r1r2r3');
    await fsp.appendFile(f, Readable.from([Buffer.from('+')]));
    assert.strictEqual(await fsp.readFile(f, 'utf8'), 'r1r2r3+');
    await fsp.writeFile(f, new Set(['s']));
    assert.strictEqual(await fsp.readFile(f, 'utf8'), 's');
    await assert.rejects(fsp.writeFile(f, [1]), { code: 'ERR_INVALID_ARG_TYPE' });
    // an error from the iterable closes the file and rejects with it
    const boom = new Error('boom');
    await assert.rejects(fsp.writeFile(f, (function* bad() { yield 'z'; throw boom; })()),
                         (e) => e === boom);
    assert.strictEqual(await fsp.readFile(f, 'utf8'), 'z');

    // large data: more than one write/read chunk
    const big = Buffer.alloc(3 * 1024 * 1024 + 17);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
    await fsp.writeFile(f, big);
    const back = await fsp.readFile(f);
    assert.strictEqual(back.length, big.length);
    assert.ok(back.equals(big));
    assert.strictEqual((await fsp.readFile(f, 'base64')).length, Math.ceil(big.length / 3) * 4);

    // AbortSignal
    const abortMatcher = (reason) => (e) => {
      assert.strictEqual(e.name, 'AbortError');
      assert.strictEqual(e.code, 'ABORT_ERR');
      assert.strictEqual(e.message, 'The operation was aborted');
      assert.strictEqual(e.cause, typeof reason === 'function' ? reason() : reason);
      assert.deepStrictEqual(Object.keys(e), ['code', 'name']);
      return true;
    };
    const pre = AbortSignal.abort();
    await assert.rejects(fsp.readFile(f, { signal: pre }), abortMatcher(pre.reason));
    await assert.rejects(fsp.writeFile(path.join(base, 'never'), 'x', { signal: pre }),
                         abortMatcher(pre.reason));
    await assert.rejects(fsp.access(path.join(base, 'never')), { code: 'ENOENT' });
    const custom = new AbortController();
    custom.abort('why');
    await assert.rejects(fsp.readFile(f, { signal: custom.signal }), abortMatcher('why'));
    // aborted while running
    let ac = new AbortController();
    let p = fsp.readFile(f, { signal: ac.signal });
    ac.abort();
    await assert.rejects(p, abortMatcher(ac.signal.reason));
    ac = new AbortController();
    p = fsp.writeFile(path.join(base, 'big2'), big, { signal: ac.signal });
    process.nextTick(() => ac.abort());
    await assert.rejects(p, abortMatcher(() => ac.signal.reason));
    ac = new AbortController();
    p = fsp.writeFile(path.join(base, 'it'), (async function* slow() {
      yield 'a';
      ac.abort();
      yield 'b';
    })(), { signal: ac.signal });
    await assert.rejects(p, abortMatcher(() => ac.signal.reason));
    // a signal that never fires changes nothing
    assert.strictEqual(await fsp.readFile(f, { signal: new AbortController().signal }).then((b) => b.length),
                       big.length);
    await assert.rejects(fsp.readFile(f, { signal: {} }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.signal" property must be an instance of AbortSignal. Received an instance of Object',
    });

    // concurrent operations
    const names = Array.from({ length: 40 }, (_, i) => path.join(base, `c${i}`));
    await Promise.all(names.map((n, i) => fsp.writeFile(n, `file ${i}`)));
    const contents = await Promise.all(names.map((n) => fsp.readFile(n, 'utf8')));
    assert.deepStrictEqual(contents, names.map((_, i) => `file ${i}`));
    await Promise.all(names.map((n) => fsp.appendFile(n, '!')));
    const stats = await Promise.all(names.map((n) => fsp.stat(n)));
    assert.deepStrictEqual(stats.map((s) => s.size), names.map((_, i) => `file ${i}!`.length));
    await Promise.all(names.map((n) => fsp.unlink(n)));

    // error stacks: the awaiting async functions, as node shows them
    async function callerOfRead() {
      await fsp.readFile(path.join(base, 'missing'));
    }
    await assert.rejects(callerOfRead(), (e) => {
      assert.strictEqual(e.code, 'ENOENT');
      assert.match(e.stack, /^Error: ENOENT: no such file or directory, open '.*missing'\n/);
      assert.match(e.stack, /\n {4}at async callerOfRead \(.*test-fs-promises-writefile\.js:\d+:\d+\)/);
      return true;
    });
    async function callerOfStat() {
      await fsp.stat(path.join(base, 'missing'));
    }
    await assert.rejects(callerOfStat(), (e) => {
      const lines = e.stack.split('\n');
      assert.match(lines[1], /^ {4}at async Object\.stat \(node:internal\/fs\/promises:\d+:\d+\)$/);
      assert.match(lines[2], /^ {4}at async callerOfStat /);
      return true;
    });
  } finally {
    for (const name of await fsp.readdir(base)) await fsp.unlink(path.join(base, name));
    await fsp.rmdir(base);
  }
  assert.strictEqual((await fsp.readdir('/proc/self/fd')).length, fdsBefore);
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
