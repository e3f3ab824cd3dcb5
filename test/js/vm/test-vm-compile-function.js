'use strict';
// vm.compileFunction: params, contextExtensions, parsingContext, cached
// data, syntax errors. Expected values from node 20.
const assert = require('assert');
const vm = require('vm');

const f = vm.compileFunction('return a + b + c', ['a', 'b'], { contextExtensions: [{ c: 10 }] });
assert.strictEqual(f(1, 2), 13);
assert.strictEqual(f.name, '');
assert.strictEqual(f.length, 2);
assert.deepStrictEqual(Object.keys(f), []);
assert.strictEqual(f.toString(), 'function (a, b) {\nreturn a + b + c\n}');
assert.strictEqual(vm.compileFunction('return 7')(), 7);
assert.strictEqual(vm.compileFunction('return this', [])(), globalThis);  // sloppy function
// Extensions are scopes, the last one innermost; writes go to the one that
// has the name.
const ext1 = { v: 1 };
const ext2 = { v: 2, w: 3 };
const g = vm.compileFunction('v = v + 100; return w', [], { contextExtensions: [ext1, ext2] });
assert.strictEqual(g(), 3);
assert.deepStrictEqual(ext1, { v: 1 });
assert.deepStrictEqual(ext2, { v: 102, w: 3 });

// Cached data.
const p = vm.compileFunction('return 1', [], { produceCachedData: true, filename: 'x.js' });
assert.deepStrictEqual(Object.keys(p), ['cachedDataProduced', 'cachedData']);
assert.strictEqual(p.cachedDataProduced, true);
assert.ok(Buffer.isBuffer(p.cachedData));
const c = vm.compileFunction('return 1', [], { cachedData: p.cachedData, filename: 'x.js' });
assert.deepStrictEqual(Object.keys(c), ['cachedDataRejected']);
assert.strictEqual(c.cachedDataRejected, false);
assert.strictEqual(c(), 1);

// parsingContext: the function's globals are the context's.
const s = vm.createContext({ a: 1 });
const inCtx = vm.compileFunction('return typeof a + typeof Array + typeof process', [],
                                 { parsingContext: s });
assert.strictEqual(inCtx(), 'numberfunctionundefined');
assert.strictEqual(inCtx instanceof Function, false);
assert.strictEqual(vm.compileFunction('return new Error()', [], { parsingContext: s })() instanceof
                   Error, false);

// Syntax errors carry the arrow.
let err;
try {
  vm.compileFunction('a b', [], { filename: 'cf.js' });
} catch (e) {
  err = e;
}
assert.ok(err instanceof SyntaxError);
assert.deepStrictEqual(err.stack.split('\n').slice(0, 4), ['cf.js:1', 'a b', '  ^', '']);
// Runtime errors are not decorated (nothing runs inside compileFunction).
const thrower = vm.compileFunction('null.x', [], { filename: 'rt.js' });
try {
  thrower();
} catch (e) {
  err = e;
}
assert.match(err.stack.split('\n')[0], /^TypeError/);
assert.match(err.stack.split('\n')[1], /rt\.js:1:6/);
