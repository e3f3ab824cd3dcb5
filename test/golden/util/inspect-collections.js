'use strict';
// Map, Set, their iterators, weak collections, promises and proxies.
const util = require('util');

console.log(new Map(), new Set());
console.log(new Map([['a', 1], ['b', { c: [1, 2] }], [{ key: 'obj' }, 'value']]));
console.log(new Set([1, 'two', { three: 3 }, [4]]));
const mapProps = new Map([[1, 2]]);
mapProps.extra = true;
console.log(mapProps);
class MyMap extends Map {}
class MySet extends Set {}
console.log(new MyMap([[1, 1]]), new MySet([1]));
const nullMap = new Map([['k', 'v']]);
Object.setPrototypeOf(nullMap, null);
console.log(nullMap);
console.log(new Map(Array.from({ length: 120 }, (_, i) => [i, i * 2])).size);
console.log(util.inspect(new Map(Array.from({ length: 5 }, (_, i) => [i, 'v' + i])), { maxArrayLength: 2 }));
console.log(util.inspect(new Set(Array.from({ length: 5 }, (_, i) => i)), { maxArrayLength: 2 }));
console.log(new Set(Array.from({ length: 30 }, (_, i) => 'value' + i)));
console.log(new Map([[new Map([[1, new Map([[2, new Map([[3, 4]])]])]]), 'nested']]));
console.log({ map: new Map([['deep', { deeper: { deepest: 1 } }]]) });

const map = new Map([['a', 1], ['b', 2]]);
console.log(map.keys(), map.values(), map.entries(), map[Symbol.iterator]());
const set = new Set(['x', 'y']);
console.log(set.values(), set.entries());
const partial = map.entries();
partial.next();
console.log(partial);
console.log(util.inspect(new Map([[1, 2], [3, 4], [5, 6]]).keys(), { maxArrayLength: 1 }));
console.log([1, 2][Symbol.iterator](), 'ab'[Symbol.iterator]());

const key = {};
console.log(new WeakMap([[key, 1]]), new WeakSet([key]), new WeakRef(key));
console.log(util.inspect(new WeakMap([[key, 'only']]), { showHidden: true }));
console.log(util.inspect(new WeakSet([key]), { showHidden: true }));

console.log(Promise.resolve(42), Promise.resolve({ a: [1, 2] }), new Promise(() => {}));
const rejected = Promise.reject(new Error('nope').message);
rejected.catch(() => {});
console.log(rejected);
const rejectedErr = Promise.reject(Object.assign(new Error('bad'), { stack: 'Error: bad\n    at somewhere (file.js:1:1)' }));
rejectedErr.catch(() => {});
console.log(rejectedErr);
const promiseProp = Promise.resolve(1);
promiseProp.extra = 'x';
console.log(promiseProp);
console.log({ nested: { promise: Promise.resolve(Promise.resolve('inner')) } });
class MyPromise extends Promise {}
console.log(MyPromise.resolve(3));

const target = { secret: 1 };
const handler = { get() { return 'trapped'; } };
const proxy = new Proxy(target, handler);
console.log(proxy);
console.log(util.inspect(proxy, { showProxy: true }));
console.log(util.inspect(new Proxy([1, 2], {}), { showProxy: true }));
console.log(new Proxy(function fn() {}, {}), new Proxy([1, 2, 3], {}));
const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();
console.log(revoked);
console.log(util.inspect(revoked, { showProxy: true }));
console.log(util.inspect(new Proxy(new Proxy({}, {}), {}), { showProxy: true }));
console.log(util.inspect({ a: { b: new Proxy({}, {}) } }, { showProxy: true, depth: 0 }));
console.log(util.inspect(new Proxy({}, { ownKeys() { throw new Error('trap ran'); } })));
