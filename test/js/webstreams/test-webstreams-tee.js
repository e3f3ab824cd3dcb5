'use strict';
// tee() of byte streams (ReadableByteStreamTee): a branch's BYOB read pulls
// into its own view through the source, the other branch gets a copy; and
// the order of source pulls against branch reads, as node 20 does it.
const assert = require('assert');
const { test } = require('./harness');

function source(chunks, log, { useByob = false, error = false } = {}) {
  let i = 0;
  return new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      log.push(`pull ${req ? `byob ${req.view.byteLength}` : 'default'}`);
      if (i >= chunks.length) {
        c.close();
        if (req) req.respond(0);
        return;
      }
      const chunk = chunks[i++];
      if (error && i === chunks.length) {
        c.error(new Error('boom'));
        return;
      }
      if (req && useByob) {
        const n = Math.min(chunk.length, req.view.byteLength);
        req.view.set(chunk.subarray(0, n));
        req.respond(n);
      } else {
        c.enqueue(chunk);
      }
    },
    cancel(reason) { log.push(`cancel ${JSON.stringify(reason)}`); },
  });
}

function show(log, result) {
  log.push(result.done ? `done ${result.value === undefined ? '-' : result.value.length}` :
    `[${[...result.value]}]`);
}

test('BYOB reads on both branches', async () => {
  const log = [];
  const [a, b] = source([new Uint8Array([1, 2, 3, 4]), new Uint8Array([5, 6])], log, { useByob: true }).tee();
  const ra = a.getReader({ mode: 'byob' });
  const rb = b.getReader({ mode: 'byob' });
  show(log, await ra.read(new Uint8Array(3)));
  show(log, await rb.read(new Uint8Array(2)));
  show(log, await rb.read(new Uint8Array(5)));
  show(log, await ra.read(new Uint8Array(5)));
  show(log, await ra.read(new Uint8Array(5)));
  show(log, await rb.read(new Uint8Array(5)));
  show(log, await ra.read(new Uint8Array(5)));
  show(log, await rb.read(new Uint8Array(5)));
  assert.deepStrictEqual(log, ['pull byob 3', '[1,2,3]', '[1,2]', '[3]', 'pull byob 5', '[5,6]',
                               'pull byob 5', 'done 0', '[5,6]', 'done 0', 'done 0']);
});

test('a default reader on one branch, BYOB on the other', async () => {
  const log = [];
  const [a, b] = source([new Uint8Array([9, 8, 7]), new Uint8Array([6])], log, { useByob: true }).tee();
  const ra = a.getReader();
  const rb = b.getReader({ mode: 'byob' });
  show(log, await ra.read());
  show(log, await rb.read(new Uint8Array(1)));
  show(log, await rb.read(new Uint8Array(8)));
  show(log, await ra.read());
  show(log, await ra.read());
  show(log, await rb.read(new Uint8Array(8)));
  show(log, await rb.read(new Uint8Array(8)));
  assert.deepStrictEqual(log, ['pull default', '[9,8,7]', '[9]', '[8,7]', 'pull default', '[6]',
                               'pull default', 'done -', '[6]', 'done 0']);
});

test('cancel of one branch, then of both', async () => {
  const log = [];
  const [a, b] = source([new Uint8Array([1]), new Uint8Array([2])], log).tee();
  let canceled = false;
  a.cancel('ra').then(() => { canceled = true; });
  const rb = b.getReader();
  show(log, await rb.read());
  show(log, await rb.read());
  show(log, await rb.read());
  assert.deepStrictEqual(log, ['pull default', '[1]', 'pull default', '[2]', 'pull default', 'done -']);
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(canceled, true);
  const log2 = [];
  const [c, d] = source([new Uint8Array([1])], log2).tee();
  const p = c.cancel('x');
  await d.cancel('y');
  await p;
  assert.deepStrictEqual(log2, ['cancel ["x","y"]']);
});

test('a source error reaches both branches', async () => {
  const log = [];
  const [a, b] = source([new Uint8Array([1]), new Uint8Array([2])], log, { error: true }).tee();
  const ra = a.getReader();
  const rb = b.getReader({ mode: 'byob' });
  show(log, await ra.read());
  show(log, await rb.read(new Uint8Array(4)));
  await assert.rejects(rb.read(new Uint8Array(4)), { message: 'boom' });
  await assert.rejects(ra.read(), { message: 'boom' });
  assert.deepStrictEqual(log, ['pull default', '[1]', '[1]', 'pull byob 4']);
});
