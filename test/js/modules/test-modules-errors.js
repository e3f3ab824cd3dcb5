'use strict';
// Errors from require: MODULE_NOT_FOUND with the require stack, JSON parse
// errors naming the file, stack traces with the required file's own line
// numbers, modules that throw while loading, and require cycles.
const assert = require('assert');
const path = require('path');

const fixtures = path.resolve(__dirname, '../../fixtures/modules');
const fx = (...p) => path.join(fixtures, ...p);
const req = require(fx('req.js'));

// Missing module: the message lists the require stack, nearest first.
assert.throws(() => require('./does-not-exist'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.name, 'Error');
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message,
                     `Cannot find module './does-not-exist'\nRequire stack:\n- ${__filename}`);
  assert.deepStrictEqual(err.requireStack, [__filename]);
  return true;
});
assert.throws(() => require('no-such-package-anywhere'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'no-such-package-anywhere'\nRequire stack:\n- ${__filename}`,
});
assert.throws(() => req('./require-chain/outer'), (err) => {
  const stack = [fx('require-chain/inner.js'), fx('require-chain/outer.js'), fx('req.js'),
                 __filename];
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.deepStrictEqual(err.requireStack, stack);
  assert.strictEqual(err.message, "Cannot find module './nope-not-here'\nRequire stack:\n- " +
                     stack.join('\n- '));
  return true;
});
// The failed modules are not left in the cache.
assert.strictEqual(require.cache[fx('require-chain/outer.js')], undefined);
assert.strictEqual(require.cache[fx('require-chain/inner.js')], undefined);

// JSON: a parse error names the file.
assert.throws(() => req('./bad.json'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.ok(err instanceof SyntaxError);
  assert.ok(err.message.startsWith(fx('bad.json') + ': '), err.message);
  assert.match(err.message, /JSON/);
  return true;
});
assert.strictEqual(require.cache[fx('bad.json')], undefined);

// Stack traces point into the required file with its own line and column.
const thrower = req('./throws');
assert.throws(thrower, (err) => {
  assert.strictEqual(err.message, 'thrown from throws.js 1');
  const frame = err.stack.split('\n')[1];
  assert.strictEqual(frame, `    at thrower (${fx('throws.js')}:5:9)`);
  return true;
});
// A module that throws while it loads: the error propagates with the
// module's location; the module is dropped from the cache and can be retried.
for (let i = 0; i < 2; i++) {
  assert.throws(() => req('./throws-at-load'), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message, 'at load');
    const lines = err.stack.split('\n');
    assert.strictEqual(lines[1], `    at fail (${fx('throws-at-load.js')}:4:9)`);
    assert.strictEqual(lines[2], `    at Object.<anonymous> (${fx('throws-at-load.js')}:6:1)`);
    return true;
  });
  assert.strictEqual(require.cache[fx('throws-at-load.js')], undefined);
}
// This file's own frames are right too (line 72 is the `new Error` below).
{
  const err = new Error('here');
  assert.ok(err.stack.split('\n')[1].endsWith(`${__filename}:72:15)`), err.stack);
}

// Cycles: reading a missing property of the partial exports warns (once per
// access); the warning is emitted on a later tick.
const warnings = [];
process.on('warning', (w) => warnings.push(w));
process.on('exit', () => {
  assert.deepStrictEqual(warnings.map((w) => [w.name, w.message]), [
    ['Warning', "Accessing non-existent property 'done' of module exports inside circular dependency"],
  ]);
});
// Cycles: b sees a's exports as they were when a required b (partial), and
// a finishes afterwards; both end up complete.
const a = req('./cycle/main');
assert.deepStrictEqual(a, { started: true, bSawA: { started: true, done: undefined }, done: true });
assert.strictEqual(req('./cycle/b').done, true);
assert.strictEqual(req('./cycle/a'), a);
const aModule = require.cache[fx('cycle/a.js')];
const bModule = require.cache[fx('cycle/b.js')];
assert.strictEqual(aModule.loaded, true);
assert.strictEqual(bModule.loaded, true);
assert.ok(aModule.children.includes(bModule));
// (a cached module is still recorded as a child of each requirer)
assert.ok(bModule.children.includes(aModule));
assert.strictEqual(bModule.parent, aModule);
assert.strictEqual(aModule.parent, require.cache[fx('cycle/main.js')]);
assert.strictEqual(Object.getPrototypeOf(a), Object.prototype);
assert.strictEqual(a.notThere, undefined);  // no warning now
