'use strict';
// vm.Script: reuse across contexts, the run functions, cached data round
// trips, syntax and runtime errors with node's displayErrors stack, and
// timeouts. Expected values from node 20.
const assert = require('assert');
const vm = require('vm');

// One script, many contexts.
const sc = new vm.Script('typeof z === "undefined" ? (z = 1) : ++z');
const c1 = vm.createContext({});
const c2 = vm.createContext({ z: 10 });
assert.strictEqual(sc.runInContext(c1), 1);
assert.strictEqual(sc.runInContext(c1), 2);
assert.strictEqual(sc.runInContext(c2), 11);
assert.strictEqual(sc.runInNewContext({ z: 100 }), 101);
assert.strictEqual(sc.runInThisContext(), 1);
assert.strictEqual(sc.runInThisContext(), 2);
assert.strictEqual(globalThis.z, 2);
delete globalThis.z;
assert.strictEqual(c1.z, 2);
assert.strictEqual(vm.runInThisContext('typeof require'), 'undefined');
assert.strictEqual(vm.runInThisContext('typeof process'), 'object');
assert.strictEqual(vm.runInThisContext('1 + 1', 'file.js'), 2);
assert.strictEqual(vm.runInContext('a + 1', vm.createContext({ a: 1 }), 'file.js'), 2);
assert.strictEqual(vm.runInNewContext('a + 1', { a: 2 }, 'file.js'), 3);
assert.strictEqual(vm.runInNewContext('1', undefined), 1);
assert.strictEqual(vm.createScript('3').runInThisContext(), 3);
assert.strictEqual(new vm.Script(42).runInThisContext(), 42);  // code is made a string

// Shape.
const P = Object.getPrototypeOf(vm.Script.prototype);
assert.strictEqual(P.constructor.name, 'ContextifyScript');
assert.deepStrictEqual(Object.getOwnPropertyNames(P),
                       ['createCachedData', 'runInContext', 'constructor']);
assert.deepStrictEqual(Object.getOwnPropertyNames(vm.Script.prototype),
                       ['constructor', 'runInThisContext', 'runInContext', 'runInNewContext']);
assert.deepStrictEqual(Object.keys(sc), ['sourceMapURL']);
assert.strictEqual(sc.sourceMapURL, undefined);
assert.strictEqual(sc.cachedDataRejected, undefined);
assert.strictEqual(new vm.Script('1\n//# sourceMappingURL=foo.js.map').sourceMapURL, 'foo.js.map');
assert.throws(() => vm.Script('1'), TypeError);
assert.deepStrictEqual(
  [vm.runInContext.length, vm.runInNewContext.length, vm.runInThisContext.length,
   vm.Script.length, vm.compileFunction.length, vm.createContext.length, vm.isContext.length,
   sc.runInContext.length, sc.runInThisContext.length, sc.runInNewContext.length,
   sc.createCachedData.length],
  [3, 3, 2, 1, 2, 0, 1, 2, 1, 2, 0]);

// Cached data.
const code = 'x = 1 + (typeof y)';
const first = new vm.Script(code, { filename: 'a.js' });
const cd = first.createCachedData();
assert.ok(Buffer.isBuffer(cd) && cd.length > 0);
const second = new vm.Script(code, { filename: 'a.js', cachedData: cd });
assert.strictEqual(second.cachedDataRejected, false);
assert.deepStrictEqual(Object.keys(second), ['cachedDataRejected', 'sourceMapURL']);
assert.strictEqual(second.runInNewContext({}), '1undefined');
const asView = new vm.Script(code, { cachedData: new Uint8Array(cd) });
assert.strictEqual(asView.cachedDataRejected, false);
assert.strictEqual(new vm.Script('x = 2', { cachedData: cd }).cachedDataRejected, true);
const produced = new vm.Script('x = 3', { produceCachedData: true });
assert.deepStrictEqual(Object.keys(produced), ['cachedData', 'cachedDataProduced', 'sourceMapURL']);
assert.strictEqual(produced.cachedDataProduced, true);
assert.ok(Buffer.isBuffer(produced.cachedData));
assert.strictEqual(new vm.Script('x = 3', { cachedData: produced.cachedData }).cachedDataRejected,
                   false);

// Syntax errors: thrown by the constructor, with the arrow in the stack.
let err;
try {
  new vm.Script('a b', { filename: 'foo.js' });
} catch (e) {
  err = e;
}
assert.ok(err instanceof SyntaxError);
assert.deepStrictEqual(err.stack.split('\n').slice(0, 5).map((l, i) => (i === 4 ? l.split(':')[0] : l)),
                       ['foo.js:1', 'a b', '  ^', '', 'SyntaxError']);
try {
  new vm.Script('\n\n  let let = 1;', { filename: 'off.js', lineOffset: 10 });
} catch (e) {
  err = e;
}
assert.deepStrictEqual(err.stack.split('\n').slice(0, 4), ['off.js:13', '  let let = 1;', '      ^^^', '']);
try {
  vm.runInThisContext('(', 'default-name');
} catch (e) {
  err = e;
}
assert.strictEqual(err.stack.split('\n')[0], 'default-name:1');
try {
  vm.runInThisContext('(');
} catch (e) {
  err = e;
}
assert.strictEqual(err.stack.split('\n')[0], 'evalmachine.<anonymous>:1');

// Runtime errors: decorated unless displayErrors is false; once only.
try {
  vm.runInThisContext('\n  null.x', { filename: 'r.js' });
} catch (e) {
  err = e;
}
assert.ok(err instanceof TypeError);
assert.deepStrictEqual(err.stack.split('\n').slice(0, 6), [
  'r.js:2', '  null.x', '       ^', '',
  "TypeError: Cannot read properties of null (reading 'x')", '    at r.js:2:8',
]);
try {
  vm.runInThisContext('\n  null.x', { filename: 'r.js', displayErrors: false });
} catch (e) {
  err = e;
}
assert.deepStrictEqual(err.stack.split('\n').slice(0, 2), [
  "TypeError: Cannot read properties of null (reading 'x')", '    at r.js:2:8',
]);
const rethrow = vm.createContext({ f() { vm.runInThisContext('null.y', 'inner.js'); } });
try {
  vm.runInContext('f()', rethrow, 'outer.js');
} catch (e) {
  err = e;
}
assert.strictEqual(err.stack.split('\n')[0], 'inner.js:1');
assert.strictEqual(err.stack.split('\n').filter((l) => l === 'inner.js:1').length, 1);
try {
  vm.runInThisContext('throw 1');
} catch (e) {
  err = e;
}
assert.strictEqual(err, 1);
const lineOffsetErr = (() => {
  try {
    vm.runInThisContext('throw new Error("x")', { filename: 'lo.js', lineOffset: 4, columnOffset: 2 });
  } catch (e) {
    return e;
  }
})();
assert.match(lineOffsetErr.stack, /at lo\.js:5:9/);

// Timeouts.
for (const run of [
  () => vm.runInThisContext('while (true);', { timeout: 20 }),
  () => vm.runInNewContext('while (true);', {}, { timeout: 20 }),
  () => new vm.Script('for (;;) {}').runInContext(vm.createContext(), { timeout: 20 }),
]) {
  try {
    run();
    assert.fail('no timeout');
  } catch (e) {
    err = e;
  }
  assert.strictEqual(err.code, 'ERR_SCRIPT_EXECUTION_TIMEOUT');
  assert.strictEqual(err.message, 'Script execution timed out after 20ms');
  assert.deepStrictEqual(Object.keys(err), ['code']);
}
// The error belongs to the context that ran.
try {
  vm.runInThisContext('while (true);', { timeout: 5 });
} catch (e) {
  assert.strictEqual(e instanceof Error, true);
}
try {
  vm.runInNewContext('while (true);', {}, { timeout: 5 });
} catch (e) {
  assert.strictEqual(e instanceof Error, false);
}
// Code that finishes in time, and the runtime keeps working after a timeout.
assert.strictEqual(vm.runInThisContext('1 + 1', { timeout: 1000 }), 2);
assert.strictEqual(vm.runInNewContext('let s = 0; for (let i = 0; i < 1e5; i++) s += i; s', {},
                                      { timeout: 10000 }), 4999950000);
// Nested: the inner timeout is the one reported.
try {
  vm.runInNewContext('vm.runInNewContext("while (true);", {}, { timeout: 10 })', { vm },
                     { timeout: 5000 });
} catch (e) {
  err = e;
}
assert.strictEqual(err.message, 'Script execution timed out after 10ms');
setTimeout(() => {}, 1);
