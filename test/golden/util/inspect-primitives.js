'use strict';
// util.inspect of primitives: quoting and escaping of strings, numbers,
// bigints, symbols, undefined and null.
const util = require('util');

const strings = [
  '', 'plain', "it's", 'say "hi"', `both ' and "`, 'all \' " `', 'tpl ${x} \' "',
  'new\nline', 'tab\there', 'nul\x00', 'esc\x1b[31m', 'del\x7f', 'c1\x85\x9f', 'back\\slash',
  '\b\f\r\v', 'lone \ud800 high', 'lone \udc00 low', 'pair 😀', 'é ü ß 中文',
];
for (const s of strings) console.log(util.inspect(s));

const numbers = [0, -0, 1, -1, 1.5, -1.5, 0.1 + 0.2, 1e21, 1e-7, 123456789, NaN,
  Infinity, -Infinity, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 2 ** 53 + 2];
console.log(numbers.map((n) => util.inspect(n)).join(' | '));
console.log(numbers.map((n) => util.inspect(n, { numericSeparator: true })).join(' | '));

const bigints = [0n, 1n, -1n, 123456789012345678901234567890n, -1000n];
console.log(bigints.map((n) => util.inspect(n)).join(' | '));
console.log(bigints.map((n) => util.inspect(n, { numericSeparator: true })).join(' | '));

console.log(util.inspect(Symbol()), util.inspect(Symbol('desc')), util.inspect(Symbol.iterator),
            util.inspect(Symbol.for('registered')), util.inspect(Symbol('with space')));
console.log(util.inspect(undefined), util.inspect(null), util.inspect(true), util.inspect(false));

// Long strings: maxStringLength and splitting at newlines inside objects.
console.log(util.inspect('x'.repeat(20), { maxStringLength: 5 }));
console.log(util.inspect('x'.repeat(20), { maxStringLength: 19 }));
console.log(util.inspect('abc', { maxStringLength: 0 }));
console.log(util.inspect('a'.repeat(10010)).length);
console.log(util.inspect({ text: 'The quick brown fox\njumps over\nthe lazy dog.\n'.repeat(3) }));
console.log(util.inspect(['short\nlines', 'a longer text that goes on and on\nand continues on the next line\nend']));
console.log(util.inspect('no split at top level even when it is long\n'.repeat(3)));
console.log(util.inspect({ s: 'x'.repeat(100) }, { breakLength: 40 }));

// Primitives passed to console.log directly (strings print raw).
console.log('raw string', 42, -0, 5n, Symbol('s'), undefined, null, true);
