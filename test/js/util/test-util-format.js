'use strict';
// util.format / util.formatWithOptions.
const assert = require('assert');
const util = require('util');
const { format, formatWithOptions } = util;

assert.strictEqual(format(), '');
assert.strictEqual(format(''), '');
assert.strictEqual(format('plain'), 'plain');
assert.strictEqual(format('%s'), '%s');
assert.strictEqual(format('%%'), '%%');
assert.strictEqual(format('%%', 1), '% 1');
assert.strictEqual(format('%s%%', 'a'), 'a%');
assert.strictEqual(format('%s', 'a', 'b'), 'a b');
assert.strictEqual(format('%s %s', 'a'), 'a %s');
assert.strictEqual(format('%x', 1), '%x 1');
assert.strictEqual(format('a%', 1), 'a% 1');
assert.strictEqual(format(1, 2, '3'), '1 2 3');
assert.strictEqual(format({ a: 1 }, 'x'), '{ a: 1 } x');
assert.strictEqual(format('x', { a: 1 }), 'x { a: 1 }');
assert.strictEqual(format('x', 'y'), 'x y');

// %s
assert.strictEqual(format('%s', 42), '42');
assert.strictEqual(format('%s', -0), '-0');
assert.strictEqual(format('%s', 5n), '5n');
assert.strictEqual(format('%s', Symbol('s')), 'Symbol(s)');
assert.strictEqual(format('%s', null), 'null');
assert.strictEqual(format('%s', undefined), 'undefined');
assert.strictEqual(format('%s', { a: { b: { c: 1 } } }), '{ a: [Object] }');
assert.strictEqual(format('%s', [1, [2, [3]]]), '[ 1, [Array] ]');
assert.strictEqual(format('%s', { toString() { return 'own'; } }), 'own');
class WithToString { toString() { return 'proto toString'; } }
assert.strictEqual(format('%s', new WithToString()), 'proto toString');
class Plain { constructor() { this.p = 1; } }
assert.strictEqual(format('%s', new Plain()), 'Plain { p: 1 }');
assert.strictEqual(format('%s', new Date(0)), '1970-01-01T00:00:00.000Z');
assert.strictEqual(format('%s', () => 1), '() => 1');
assert.strictEqual(format('%s', Object.create(null)), '[Object: null prototype] {}');
{
  const err = new Error('as string');
  assert.strictEqual(format('%s', err), util.inspect(err, { depth: 0 }));
}

// %d %i %f
assert.strictEqual(format('%d', 42.5), '42.5');
assert.strictEqual(format('%d', '42'), '42');
assert.strictEqual(format('%d', -0), '-0');
assert.strictEqual(format('%d', 10n), '10n');
assert.strictEqual(format('%d', Symbol()), 'NaN');
assert.strictEqual(format('%d', {}), 'NaN');
assert.strictEqual(format('%d', ''), '0');
assert.strictEqual(format('%i', 42.9), '42');
assert.strictEqual(format('%i', '42.9abc'), '42');
assert.strictEqual(format('%i', -0.5), '-0');
assert.strictEqual(format('%i', 7n), '7n');
assert.strictEqual(format('%i', Symbol()), 'NaN');
assert.strictEqual(format('%f', '1.5e3'), '1500');
assert.strictEqual(format('%f', 'abc'), 'NaN');
assert.strictEqual(format('%f', Symbol()), 'NaN');

// %j
assert.strictEqual(format('%j', { a: [1, 'x'] }), '{"a":[1,"x"]}');
{
  const circular = {};
  circular.self = circular;
  assert.strictEqual(format('%j', circular), '[Circular]');
}
assert.strictEqual(format('%j', undefined), 'undefined');
assert.throws(() => format('%j', 1n), TypeError);
assert.throws(() => format('%j', { toJSON() { throw new RangeError('custom'); } }), RangeError);

// %o %O %c
assert.strictEqual(format('%O', { a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(format('%o', [1, 2]), '[ 1, 2, [length]: 2 ]');
{
  function f() {}
  assert.strictEqual(format('%o', { f }),
                     "{\n  f: <ref *1> [Function: f] {\n    [length]: 0,\n    [name]: 'f',\n" +
                     '    [prototype]: { [constructor]: [Circular *1] }\n  }\n}');
  assert.strictEqual(format('%o', { m() {} }), "{ m: [Function: m] { [length]: 0, [name]: 'm' } }");
}
assert.strictEqual(format('%c%s', 'color: red', 'x'), 'x');
assert.strictEqual(format('a%cb', 'css'), 'ab');

// Options.
assert.strictEqual(formatWithOptions({ colors: true }, '%O', 1), '\u001b[33m1\u001b[39m');
assert.strictEqual(formatWithOptions({ colors: true }, '%s', 1), '1');
assert.strictEqual(formatWithOptions({ numericSeparator: true }, '%d %i %s', 12345, 67890, 1000000),
                   '12_345 67_890 1_000_000');
assert.strictEqual(formatWithOptions({ depth: 0 }, { a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(formatWithOptions({}, 'x'), 'x');
assert.strictEqual(formatWithOptions([], 'x', 1), 'x 1');
for (const bad of [null, undefined, 5, 'str']) {
  assert.throws(() => formatWithOptions(bad, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "inspectOptions" argument must be of type object\. Received/,
  });
}
