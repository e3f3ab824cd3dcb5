'use strict';
// [util.inspect.custom] methods.
const util = require('util');

class Money {
  constructor(amount) { this.amount = amount; }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${inspect(this.amount, options)}>`;
  }
}
console.log(new Money(5));
console.log({ wallet: [new Money(1), new Money(2)] });

const reporter = {
  [util.inspect.custom](depth, options, inspect) {
    const keys = Object.keys(options).filter((k) => k !== 'stylize').sort().join(',');
    return { depth, keys, stylize: typeof options.stylize, same: inspect === util.inspect };
  },
};
console.log(reporter);
console.log({ a: { b: reporter } });
console.log(util.inspect(reporter, { depth: 5, extraOption: 'passed' }));
console.log(util.inspect(reporter, { depth: null }));

const multiline = { [util.inspect.custom]() { return 'line one\nline two'; } };
console.log({ outer: { inner: multiline } });

const returnsThis = { visible: 1, [util.inspect.custom]() { return this; } };
console.log(returnsThis);

const returnsObject = { [util.inspect.custom]() { return { replaced: [1, 2, 3] }; } };
console.log({ x: returnsObject });
console.log(util.inspect({ x: returnsObject }, { depth: 0 }));

const returnsPrimitive = [
  { [util.inspect.custom]() { return 42; } },
  { [util.inspect.custom]() { return undefined; } },
  { [util.inspect.custom]() { return null; } },
  { [util.inspect.custom]() { return Symbol('custom'); } },
];
console.log(returnsPrimitive);

const stylized = { [util.inspect.custom](depth, options) { return options.stylize('styled', 'special'); } };
console.log(stylized, JSON.stringify(util.inspect(stylized, { colors: true })));

// Not called on the prototype object that defines it.
class Proto { [util.inspect.custom]() { return 'instance'; } }
console.log(new Proto(), Proto.prototype);

// Depth seen at each level.
const depths = [];
const chain = (n) => ({ [util.inspect.custom](depth, options, inspect) {
  depths.push(depth);
  return n === 0 ? 'end' : { next: chain(n - 1) };
} });
util.inspect(chain(4));
console.log(depths);
depths.length = 0;
util.inspect(chain(4), { depth: 10 });
console.log(depths);

// A legacy `inspect` method is not special.
console.log({ inspect() { return 'ignored'; } });

// Null-prototype objects get an options object without prototype.
const nullProto = Object.create(null);
nullProto[util.inspect.custom] = function(depth, options) {
  return `proto: ${Object.getPrototypeOf(options)}`;
};
console.log(nullProto);

// inspect called from inside a custom method keeps indentation right.
const wrapper = {
  [util.inspect.custom](depth, options, inspect) {
    return `Wrapper {\n  value: ${inspect({ deep: { list: [1, 2, 3] } }, options)}\n}`;
  },
};
console.log({ level: { wrapper } });
