'use strict';
// disable(): getStore() gives undefined until run() or enterWith() enables the
// storage again — and then the stores entered before come back, as in node 20.
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
als.run('x', () => {
  als.disable();
  assert.strictEqual(als.enabled, false);
  assert.strictEqual(als.getStore(), undefined);
  assert.strictEqual(als.exit(() => als.getStore()), undefined);
  als.run('y', () => assert.strictEqual(als.getStore(), 'y'));
  assert.strictEqual(als.enabled, true);
  assert.strictEqual(als.getStore(), 'x');
});

// Disabled later: callbacks queued while enabled see nothing either.
let later;
als.run('z', () => setTimeout(() => { later = als.getStore(); }, 20));
setTimeout(() => als.disable(), 5);
process.on('exit', () => assert.strictEqual(later, undefined));
