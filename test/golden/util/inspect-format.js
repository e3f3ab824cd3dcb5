'use strict';
// util.format and util.formatWithOptions.
const util = require('util');

class WithToString { toString() { return 'custom toString'; } }
class Plain { constructor() { this.field = 1; } }
const circular = { name: 'c' };
circular.self = circular;

const cases = [
  ['%s', 'string'], ['%s', 42], ['%s', -0], ['%s', 12345678901234567890n], ['%s', Symbol('s')],
  ['%s', null], ['%s', undefined], ['%s', true], ['%s', { a: { b: { c: 1 } } }], ['%s', [1, [2, [3]]]],
  ['%s', new WithToString()], ['%s', new Plain()], ['%s', new Date(0)], ['%s', () => 1],
  ['%s', Object.create(null)], ['%s', new Map([[1, 2]])], ['%s', /re/g], ['%s', { toString() { return 'own'; } }],
  ['%s', new Proxy({ a: 1 }, {})],
  ['%d', 42], ['%d', '42'], ['%d', 1.5], ['%d', -0], ['%d', 10n], ['%d', Symbol('d')], ['%d', {}], ['%d', ''],
  ['%i', 42.9], ['%i', '42.9abc'], ['%i', 5n], ['%i', Symbol('i')], ['%i', -0.5], ['%i', 'abc'],
  ['%f', '1.5e3'], ['%f', Symbol('f')], ['%f', 'xyz'], ['%f', -0],
  ['%j', { a: [1, 'two'] }], ['%j', circular], ['%j', undefined], ['%j', 'str'],
  ['%o', { a: [1, 2], f() {} }], ['%O', { a: { b: { c: { d: 1 } } } }], ['%o', [1, 2, 3]], ['%O', 'str'],
  ['%c', 'color: red'], ['before%cafter', 'css'], ['%%'], ['%%', 1], ['%% %s', 'x'], ['%s %s', 'only one'],
  ['%s', 'a', 'b', { c: 1 }], ['%x', 1], ['%', 1], ['trailing %', 1], ['%s%'], ['%%s', 'x'], ['100%'],
  [1, 2, 3], [{ a: 1 }, 'str', 3], ['no specifiers', { a: 1 }, 'str', 5n], [], [undefined], ['%s:%d', 'a', 1, 'rest', 5],
  ['%s'], ['%d'], ['%s', 'a\nb'], [Symbol('first'), 'second'], ['%s %o', 'x'], ['%i', 2 ** 60], ['%d', 2 ** 70],
  ['%s', 1e21], ['%s', [1, 'a', [2]]], ['%s %j %d', 'multi', { j: 1 }, 3, 'extra', { e: 1 }],
];
for (const args of cases) console.log(JSON.stringify(util.format(...args)));

console.log(JSON.stringify(util.formatWithOptions({ colors: true }, '%s %O', 'x', { a: 1 }, 5)));
console.log(JSON.stringify(util.formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 1234567, 7654321, 1234.5678, 98765)));
console.log(JSON.stringify(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }, '%O', { c: { d: 1 } })));
console.log(JSON.stringify(util.formatWithOptions({ compact: false }, 'x', { a: 1 })));
for (const bad of [null, 5, 'x', undefined]) {
  try {
    util.formatWithOptions(bad, 'x');
  } catch (err) {
    console.log(err.code, err.name, err.message);
  }
}
Error.stackTraceLimit = 0;
console.log(util.format('%s', new Error('as %s')));
console.log(util.format('%s', { error: new Error('nested') }));
console.log(util.format('error:', new Error('appended')));

// console.log uses format.
console.log('%s is %d years', 'Bob', 42, 'extra');
console.log('%o', { deep: { deeper: { deepest: { bottom: 1 } } } });
console.log('%c styled', 'color: blue');
