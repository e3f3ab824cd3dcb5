'use strict';
// vm contexts: the global reflects the sandbox (reads, writes, var/function
// declarations, delete, `in`, keys), the new context has V8's builtins only,
// and values keep their own realm. Expected values from node 20.
const assert = require('assert');
const vm = require('vm');

// Arrays and objects made in a context have its prototypes: copy them into
// this realm before deepStrictEqual.
const here = (v) => structuredClone(v);

// Builtins only: nothing of the runtime's bootstrap.
const names = vm.runInNewContext('Object.getOwnPropertyNames(globalThis)');
for (const n of ['process', 'require', 'Buffer', 'setTimeout', 'module', 'global',
  'structuredClone', 'queueMicrotask', 'URL', 'TextEncoder']) {
  assert.ok(!names.includes(n), n);
}
for (const n of ['Object', 'Array', 'JSON', 'Math', 'Intl', 'Promise', 'WebAssembly', 'eval',
  'globalThis', 'console']) {
  assert.ok(names.includes(n), n);
}
assert.strictEqual(vm.runInNewContext('typeof process + typeof require + typeof setTimeout'),
                   'undefinedundefinedundefined');
assert.strictEqual(vm.runInNewContext('typeof p', { p: process }), 'object');

// Reads, writes and declarations land on the sandbox.
const s = { a: 1 };
assert.strictEqual(vm.createContext(s), s);
assert.strictEqual(vm.isContext(s), true);
assert.strictEqual(vm.isContext({}), false);
vm.runInContext('var x = 2; function f() { return a; } y = 3; this.z = 4;', s);
assert.deepStrictEqual(Object.keys(s), ['a', 'f', 'x', 'y', 'z']);
assert.strictEqual(typeof s.f, 'function');
assert.strictEqual(s.f(), 1);
assert.strictEqual(s.x, 2);
assert.deepStrictEqual(
  here(vm.runInContext('Object.keys(globalThis)', s)).sort(), ['a', 'f', 'x', 'y', 'z']);
s.fromOutside = 5;
assert.strictEqual(vm.runInContext('fromOutside', s), 5);
assert.strictEqual(vm.runInContext('delete a', s), true);
assert.strictEqual('a' in s, false);
assert.strictEqual(vm.runInContext('typeof a', s), 'undefined');
assert.deepStrictEqual(here(vm.runInContext(
  '["x" in globalThis, globalThis.hasOwnProperty("x"), "Array" in globalThis, ' +
  'globalThis.hasOwnProperty("Array"), "nope" in globalThis]', s)),
                       [true, true, true, true, false]);
// A `var` with no value stays on the context's own global.
assert.strictEqual(vm.runInContext('var q; "q" in globalThis', s), true);
assert.strictEqual('q' in s, false);

// Strict code: an undeclared name is a ReferenceError; a sandbox name is fine.
assert.throws(() => vm.runInContext('"use strict"; undeclared = 3', s),
              (e) => e.name === 'ReferenceError');
vm.runInContext('"use strict"; x = 5; globalThis.viaProxy = 6', s);
assert.strictEqual(s.x, 5);
assert.strictEqual(s.viaProxy, 6);
// Read-only globals of the context stay read-only and off the sandbox.
assert.deepStrictEqual(here(vm.runInContext('undefined = 1; NaN = 2; [typeof undefined, NaN]', s)),
                       ['undefined', NaN]);
assert.strictEqual('undefined' in s, false);

// Descriptors and defineProperty go to the sandbox.
Object.defineProperty(s, 'hidden', { value: 1, enumerable: false });
assert.deepStrictEqual(here(vm.runInContext(
  'Object.getOwnPropertyDescriptor(globalThis, "hidden")', s)),
                       { value: 1, writable: false, enumerable: false, configurable: false });
assert.strictEqual(vm.runInContext('Object.keys(globalThis).includes("hidden")', s), false);
assert.strictEqual(vm.runInContext(
  'Object.defineProperty(globalThis, "d", { get() { return 7; }, configurable: true }); d', s), 7);
const d = Object.getOwnPropertyDescriptor(s, 'd');
assert.strictEqual(typeof d.get, 'function');
assert.strictEqual(d.enumerable, false);
assert.strictEqual(d.configurable, true);

// Indexed properties.
s[0] = 'zero';
assert.deepStrictEqual(here(vm.runInContext('[globalThis[0], 0 in globalThis]', s)),
                       ['zero', true]);
vm.runInContext('globalThis[1] = "one"', s);
assert.strictEqual(s[1], 'one');

// The sandbox's own prototype chain is read first.
assert.strictEqual(vm.runInContext('hasOwnProperty === Object.prototype.hasOwnProperty', s), false);

// The global proxy is not the sandbox, but the sandbox reads as the global.
assert.notStrictEqual(vm.runInContext('this', s), s);
assert.strictEqual(vm.runInContext('this', s), vm.runInContext('globalThis', s));
s.self = s;
assert.strictEqual(vm.runInContext('self === globalThis', s), true);
assert.strictEqual(vm.isContext(vm.runInContext('this', s)), false);

// Realms: the context's own constructors.
assert.strictEqual(vm.runInNewContext('new Error()') instanceof Error, false);
assert.strictEqual(vm.runInNewContext('[]') instanceof Array, false);
assert.strictEqual(Array.isArray(vm.runInNewContext('[]')), true);
assert.strictEqual(vm.runInNewContext('Object') === Object, false);
let thrown;
try {
  vm.runInNewContext('throw new TypeError("inside")');
} catch (e) {
  thrown = e;
}
assert.strictEqual(thrown instanceof TypeError, false);
assert.strictEqual(thrown.name, 'TypeError');
assert.strictEqual(thrown.message, 'inside');
assert.deepStrictEqual({ ...vm.runInNewContext('x = 1; var y = 2; globalThis') }, { x: 1, y: 2 });

// createContext: defaults, reuse, DONT_CONTEXTIFY.
const c = vm.createContext();
assert.deepStrictEqual(Object.keys(c), []);
assert.strictEqual(vm.isContext(c), true);
const g = vm.createContext(vm.constants.DONT_CONTEXTIFY);
assert.strictEqual(vm.isContext(g), true);
assert.strictEqual(vm.runInContext('var a = 1; this', g), g);
assert.strictEqual(g.a, 1);
assert.deepStrictEqual(Object.getOwnPropertyNames(vm.constants),
                       ['USE_MAIN_CONTEXT_DEFAULT_LOADER', 'DONT_CONTEXTIFY']);
assert.strictEqual(typeof vm.constants.DONT_CONTEXTIFY, 'symbol');

// codeGeneration.strings: false refuses eval in the context.
const noEval = vm.createContext({}, { codeGeneration: { strings: false } });
assert.throws(() => vm.runInContext('eval("1")', noEval), (e) => e.name === 'EvalError');
assert.strictEqual(vm.runInContext('eval("1 + 1")', vm.createContext({})), 2);

// The module's shape.
assert.deepStrictEqual(Object.keys(vm).sort(), [
  'Script', 'compileFunction', 'constants', 'createContext', 'createScript', 'isContext',
  'measureMemory', 'runInContext', 'runInNewContext', 'runInThisContext',
]);
assert.strictEqual(require('node:vm'), vm);
