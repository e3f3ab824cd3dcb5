'use strict';
// Line breaking and column grouping, including wide characters.
const util = require('util');

console.log(Array.from({ length: 12 }, (_, i) => '😀'.repeat(i % 3 + 1)));
console.log(Array.from({ length: 12 }, (_, i) => 'ｗｉｄｅ'.slice(0, i % 4 + 1)));
console.log(Array.from({ length: 9 }, (_, i) => 'e\u0301'.repeat(i + 1)));
console.log(Array.from({ length: 7 }, (_, i) => '👨‍👩‍👧' + i));
console.log(util.inspect({ key: '中文'.repeat(20), other: 'ascii' }, { compact: true }));
console.log(util.inspect({ key: 'x'.repeat(78) }, { compact: true }));
console.log(util.inspect({ key: 'x'.repeat(76) }, { compact: true }));

// Exactly around the 80-column limit.
for (const n of [60, 61, 62, 63, 64, 65, 66]) {
  console.log(util.inspect({ a: 'x'.repeat(n), b: 1 }));
}
for (const n of [15, 16, 17, 18]) {
  console.log(util.inspect(Array.from({ length: n }, (_, i) => 'abcd' + i)));
}

// compact: 3 keeps the innermost three levels on one line.
console.log({ l1: { l2: { l3: {} } } });
console.log({ l1: { l2: { l3: { l4: 1 } } } });
console.log({ a: 1, l1: { b: 2, l2: { c: 3 } } });
console.log([[1, [2, [3]]], 'x']);
console.log({ short: [{ a: 1 }, { b: 2 }], long: [{ a: 'a'.repeat(30) }, { b: 'b'.repeat(30) }] });

// Objects with many keys.
const many = {};
for (let i = 0; i < 26; i++) many[String.fromCharCode(97 + i)] = i;
console.log(many);
console.log(util.inspect(many, { breakLength: Infinity }));
console.log(util.inspect(many, { compact: false, breakLength: Infinity }).split('\n').length);

// Mixed array entries and extra keys.
const mixed = Array.from({ length: 10 }, (_, i) => i);
mixed.label = 'numbers';
console.log(mixed);
console.log(Array.from({ length: 101 }, (_, i) => i % 10));
console.log(Array.from({ length: 8 }, () => undefined));
console.log(Array.from({ length: 8 }, (_, i) => (i % 2 ? null : true)));
