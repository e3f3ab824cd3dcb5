'use strict';
// console.table's box-drawing output for the shapes node supports.
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([1, 'two', { a: 3 }]);
console.table({ r1: { c: 1 }, r2: { c: 22222 } });
console.table(new Map([['k', 1], [{ a: 1 }, 'v']]));
console.table(new Set([1, 's', [1, 2, 3, 4, 5]]));
console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['a']);
console.table([{ a: 1, b: 2 }, { b: 4 }], ['b', 'z']);
console.table([1, 2], ['a']);
console.table([[1, 2], [3, 4, 5]]);
console.table(new Map([['k', 1]]).entries());
console.table(new Map([['k', 1]]).keys());
console.table(new Map([['k', 1]]).values());
console.table(new Set([1, 2]).values());
console.table([{ 'é中文': '中文字', b: { x: { y: 1 } }, c: { p: 1, q: 2, r: 3 }, d: [1, 2, 3, 4, 5] }]);
console.table([{ b: 1, 2: 'two', a: 3, 1: 'one' }]);
console.table([]);
console.table({});
console.table([undefined, null, () => {}, Symbol('s'), 10n, 'str', 1.5, -0]);
console.table({ x: 'plain', y: { nested: 'obj' } });
console.table([{ fn() {}, arrow: () => {}, date: new Date(0) }]);
// Not tabular: printed like console.log.
console.table(5);
console.table(null);
console.table('str');
console.table(undefined);
