'use strict';
// AsyncLocalStorage's synchronous API: run() nests and gives the outer store
// back (also when the callback throws), exit(), enterWith(), bind(),
// snapshot(), and the argument errors — values as node 20 gives them.
const assert = require('assert');
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');

const als = new AsyncLocalStorage();
assert.strictEqual(als.getStore(), undefined);
assert.strictEqual(als.enabled, false);

// run(): arguments, return value, nesting.
assert.strictEqual(als.run('a', (x, y) => [als.getStore(), x, y].join(), 1, 2), 'a,1,2');
als.run('outer', () => {
  als.run('inner', () => assert.strictEqual(als.getStore(), 'inner'));
  assert.strictEqual(als.getStore(), 'outer');
});
assert.strictEqual(als.getStore(), undefined);

// An exception leaves run() with the outer store back.
als.run('outer', () => {
  assert.throws(() => als.run('inner', () => { throw new Error('boom'); }), /boom/);
  assert.strictEqual(als.getStore(), 'outer');
});

// Two storages are independent.
const other = new AsyncLocalStorage();
als.run(1, () => other.run(2, () => {
  assert.strictEqual(als.getStore(), 1);
  assert.strictEqual(other.getStore(), 2);
}));

// enterWith() of another storage inside run() outlives the run (node 20).
als.run(1, () => other.enterWith('entered'));
assert.strictEqual(other.getStore(), 'entered');
assert.strictEqual(als.getStore(), undefined);

// exit(): no store inside, the store back after.
als.run('e', () => {
  assert.strictEqual(als.exit((a) => [als.getStore(), a].join(), 'arg'), ',arg');
  assert.strictEqual(als.getStore(), 'e');
});

// bind() and snapshot() keep the store of when they were made.
const bound = als.run('bound', () => AsyncLocalStorage.bind((x) => [als.getStore(), x]));
assert.deepStrictEqual(bound(1), ['bound', 1]);
const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
assert.deepStrictEqual(snap((a, b) => [als.getStore(), a, b], 1, 2), ['snap', 1, 2]);
assert.strictEqual(als.getStore(), undefined);

// AsyncResource runs in the store of its construction; enterWith() inside
// runInAsyncScope() stays with the resource.
const res = als.run('res', () => new AsyncResource('X'));
als.run('other', () => {
  res.runInAsyncScope(() => {
    assert.strictEqual(als.getStore(), 'res');
    als.enterWith('entered-in-resource');
  });
  assert.strictEqual(als.getStore(), 'other');
});
res.runInAsyncScope(() => assert.strictEqual(als.getStore(), 'entered-in-resource'));
const boundRes = als.run('static', () => AsyncResource.bind(() => als.getStore()));
assert.strictEqual(boundRes(), 'static');

// Errors.
assert.throws(() => AsyncLocalStorage.bind(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => als.run('x'), TypeError);
assert.strictEqual(AsyncLocalStorage.bind.length, 1);
assert.strictEqual(AsyncLocalStorage.snapshot.length, 0);

// enterWith() stays for the rest of this (synchronous) script.
als.enterWith('top');
assert.strictEqual(als.getStore(), 'top');
process.on('exit', () => assert.strictEqual(als.getStore(), undefined));
