'use strict';
// Arrays, holes, grouping into columns, typed arrays and buffers.
const util = require('util');

console.log([]);
console.log([1, 2, 3]);
console.log([1, , 3]);
console.log([, , ,]);
console.log(new Array(5));
console.log([1, , , , 5, , ]);
const withProps = [1, 2, 3];
withProps.foo = 'bar';
withProps[-1] = 'neg';
withProps['key with space'] = true;
console.log(withProps);
const sparse = [];
sparse[2] = 'a';
sparse[10] = 'b';
sparse[200] = 'c';
console.log(sparse);
console.log(util.inspect(sparse, { maxArrayLength: 2 }));

// Grouping: many short items are laid out in aligned columns.
console.log(Array.from({ length: 30 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => i * 1111));
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
console.log(Array.from({ length: 10 }, (_, i) => -i * 1.25));
console.log(Array.from({ length: 8 }, (_, i) => BigInt(i) ** 10n));
console.log([1, 'two', 3, 'four', 5, 'six', 7, 'eight', 9]);
console.log(Array.from({ length: 7 }, (_, i) => ({ id: i })));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(util.inspect(Array.from({ length: 120 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 0 }));
console.log(util.inspect(Array.from({ length: 300 }, (_, i) => i), { maxArrayLength: null }).split('\n').length);
console.log({ nested: Array.from({ length: 40 }, (_, i) => i % 7) });
console.log([['a', 1], ['b', 2], ['c', 3], ['d', 4], ['e', 5], ['f', 6], ['g', 7]]);
console.log(Array.from({ length: 12 }, (_, i) => 'item number ' + i));
console.log(Array.from({ length: 16 }, (_, i) => '中文'.repeat(i % 3 + 1)));

// Nested arrays and depth.
console.log([1, [2, [3, [4, [5]]]]]);
console.log(util.inspect([1, [2, [3, [4, [5]]]]], { depth: 0 }));
console.log(util.inspect([1, [2, [3, [4, [5]]]]], { depth: Infinity }));

class MyArray extends Array {}
const mine = MyArray.from([1, 2]);
console.log(mine, new MyArray());
const nullProtoArray = [1, 2];
Object.setPrototypeOf(nullProtoArray, null);
console.log(nullProtoArray);
console.log(util.inspect([1, 2], { showHidden: true }));

// Typed arrays, ArrayBuffer, DataView.
console.log(new Uint8Array([1, 2, 3]));
console.log(new Int16Array([-1, 0, 1]), new Float32Array([0.5, -0]), new Float64Array([NaN, Infinity]));
console.log(new BigInt64Array([1n, -2n]), new BigUint64Array(2));
console.log(new Uint8Array(0), new Uint8ClampedArray(3));
console.log(new Uint8Array(150));
console.log(util.inspect(new Uint16Array([1, 2, 3]), { showHidden: true }));
const taProps = new Uint8Array(2);
taProps.extra = 'x';
console.log(taProps);
const buf = new ArrayBuffer(4);
new Uint8Array(buf).set([1, 2, 254, 255]);
console.log(buf);
console.log(new ArrayBuffer(0), new ArrayBuffer(120));
console.log(util.inspect(buf, { maxArrayLength: 2 }));
console.log(new DataView(buf, 1, 2));
console.log(new SharedArrayBuffer(3));
console.log({ buffers: { deep: { dv: new DataView(buf) } } });
