'use strict';
// util.inspect behaviours that golden files cannot show well: side effects,
// identity and option handling.
const assert = require('assert');
const util = require('util');
const { inspect } = util;

// Proxies are looked through without running traps.
{
  let trapped = false;
  const trap = () => { trapped = true; throw new Error('trap'); };
  const handler = { get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap, has: trap };
  const proxy = new Proxy({ a: 1 }, handler);
  assert.strictEqual(inspect(proxy), '{ a: 1 }');
  assert.strictEqual(inspect(proxy, { showProxy: true }),
                     'Proxy [\n  { a: 1 },\n  {\n    get: [Function: trap],\n    ownKeys: [Function: trap],\n' +
                     '    getOwnPropertyDescriptor: [Function: trap],\n    getPrototypeOf: [Function: trap],\n' +
                     '    has: [Function: trap]\n  }\n]');
  assert.strictEqual(inspect(new Proxy([1], {}), { showProxy: true }), 'Proxy [ [ 1 ], {} ]');
  assert.strictEqual(trapped, false);
  assert.strictEqual(util.format('%s', proxy), '{ a: 1 }');
  assert.strictEqual(trapped, false);
}

// Getters only run with `getters`.
{
  let runs = 0;
  const obj = { get value() { runs++; return 1; } };
  inspect(obj);
  assert.strictEqual(runs, 0);
  assert.strictEqual(inspect(obj, { getters: true }), '{ value: [Getter: 1] }');
  assert.strictEqual(runs, 1);
}

// Custom inspect: arguments and `this`.
{
  let seen;
  const obj = {
    [inspect.custom](depth, options, fn) {
      seen = { self: this, depth, options, fn };
      return 'custom';
    },
  };
  assert.strictEqual(inspect(obj, { depth: 4, myOption: 'x' }), 'custom');
  assert.strictEqual(seen.self, obj);
  assert.strictEqual(seen.depth, 4);
  assert.strictEqual(seen.fn, inspect);
  assert.strictEqual(seen.options.myOption, 'x');
  assert.strictEqual(seen.options.depth, 4);
  assert.strictEqual(typeof seen.options.stylize, 'function');
  assert.strictEqual(inspect({ a: obj }), '{ a: custom }');
  assert.strictEqual(seen.depth, 1);
}

// Large output is cut off rather than exhausting memory; deep recursion
// ends with a marker rather than an exception.
{
  let deep = {};
  const root = deep;
  for (let i = 0; i < 20000; i++) {
    deep.next = {};
    deep = deep.next;
  }
  const out = inspect(root, { depth: Infinity });
  assert.match(out, /\[Object: Inspection interrupted prematurely\. Maximum call stack size exceeded\.\]/);
}

// defaultOptions validation and effect.
{
  const saved = { ...inspect.defaultOptions };
  inspect.defaultOptions.breakLength = 10;
  assert.strictEqual(inspect({ a: 1, b: 2 }), '{\n  a: 1,\n  b: 2\n}');
  inspect.defaultOptions = saved;
  assert.strictEqual(inspect({ a: 1, b: 2 }), '{ a: 1, b: 2 }');
  assert.throws(() => { inspect.defaultOptions = null; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received null',
  });
  assert.deepStrictEqual(inspect.defaultOptions, saved);
}

// Colors table and aliases.
assert.deepStrictEqual(inspect.colors.gray, [90, 39]);
assert.strictEqual(inspect.colors.grey, inspect.colors.gray);
assert.strictEqual(Object.keys(inspect.colors).includes('grey'), false);
assert.strictEqual(inspect('x', { colors: true }), "\u001b[32m'x'\u001b[39m");
assert.strictEqual(inspect(null, { colors: true }), '\u001b[1mnull\u001b[22m');

// Inspecting does not change the object.
{
  const m = new Map([[1, 2]]);
  const it = m.entries();
  inspect(it);
  assert.deepStrictEqual(it.next().value, [1, 2]);
}

// Long strings.
assert.strictEqual(inspect('a'.repeat(10001)), `'${'a'.repeat(10000)}'... 1 more character`);
assert.strictEqual(inspect('a'.repeat(10001), { maxStringLength: null }).length, 10003);

// Numeric separators.
assert.strictEqual(inspect(1234567.891, { numericSeparator: true }), '1_234_567.891');
assert.strictEqual(inspect(-1234567n, { numericSeparator: true }), '-1_234_567n');
