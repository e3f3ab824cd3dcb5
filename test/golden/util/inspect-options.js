'use strict';
// inspect() options: compact, breakLength, sorted, depth, colors,
// customInspect, showHidden and defaultOptions.
const util = require('util');

const sample = {
  name: 'sample',
  numbers: [1, 2, 3],
  nested: { a: { b: { c: 'deep' } } },
  map: new Map([['k', { v: 1 }]]),
  text: 'a string',
  list: Array.from({ length: 8 }, (_, i) => ({ i })),
};

for (const compact of [true, false, 0, 1, 2, 3, 5]) {
  console.log(`compact: ${compact}`);
  console.log(util.inspect(sample, { compact }));
}
for (const breakLength of [0, 20, 60, 120, Infinity]) {
  console.log(`breakLength: ${breakLength}`);
  console.log(util.inspect(sample, { breakLength }));
}
console.log(util.inspect(sample, { compact: true, breakLength: 40 }));
console.log(util.inspect(sample, { compact: false, breakLength: Infinity }));

console.log(util.inspect({ c: 1, a: 2, b: { z: 1, y: 2 }, [Symbol('s')]: 3 }, { sorted: true }));
console.log(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect(new Set([3, 1, 2]), { sorted: true }));
const arrWithKeys = [3, 1, 2];
arrWithKeys.z = 1;
arrWithKeys.a = 2;
console.log(util.inspect(arrWithKeys, { sorted: true }));
console.log(util.inspect({ b: 1, a: 2, c: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) }));

// Colors (ANSI codes shown escaped).
const colored = util.inspect({
  str: 'text', num: 1, big: 2n, bool: true, undef: undefined, nul: null,
  sym: Symbol('s'), date: new Date(0), re: /x/g, fn() {}, arr: [1, 2],
  boxed: new Number(3), map: new Map([[1, 'a']]), long: Array.from({ length: 10 }, (_, i) => i),
}, { colors: true });
console.log(JSON.stringify(colored));
console.log(JSON.stringify(util.inspect(Array.from({ length: 30 }, (_, i) => i * 3), { colors: true })));
console.log(JSON.stringify(util.inspect({ get g() { return 1; } }, { colors: true, getters: true })));
console.log(JSON.stringify(util.inspect('x'.repeat(30), { colors: true, maxStringLength: 10 })));

// Legacy signature: inspect(value, showHidden, depth, colors).
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, false, 0));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, false, null));
console.log(JSON.stringify(util.inspect(1, false, 2, true)));
console.log(util.inspect([1], true));

// customInspect and unknown options passed through.
const custom = { [util.inspect.custom]() { return 'CUSTOM'; } };
console.log(util.inspect(custom), util.inspect(custom, { customInspect: false }));

// A user stylize function is used when colors are off.
console.log(util.inspect({ a: 1, b: 'x', c: [null] }, { stylize: (s, type) => `<${type}:${s}>` }));

// defaultOptions.
console.log(util.inspect.defaultOptions);
const saved = { ...util.inspect.defaultOptions };
util.inspect.defaultOptions.depth = 0;
console.log({ a: { b: 1 } });
util.inspect.defaultOptions = { compact: false, depth: 2 };
console.log({ a: 1 });
util.inspect.defaultOptions = saved;
console.log({ a: { b: { c: 1 } } });
for (const bad of [null, 5, 'x', []]) {
  try {
    util.inspect.defaultOptions = bad;
  } catch (err) {
    console.log(err.code, err.name, err.message);
  }
}

console.log(Object.keys(util.inspect.colors).length, util.inspect.colors.grey, util.inspect.colors.gray);
console.log(Object.getOwnPropertyNames(util.inspect.colors).join(','));
console.log(util.inspect.styles);
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
util.inspect.styles.number = 'red';
console.log(JSON.stringify(util.inspect(5, { colors: true })));
util.inspect.styles.number = 'yellow';
