'use strict';
// Timer and Immediate objects: this, args, ref bookkeeping, refresh, inspect.
const assert = require('assert');
const util = require('util');

const order = [];

// `this` inside callbacks is the Timeout / Immediate (as node)
const t1 = setTimeout(function(a, b) {
  assert.strictEqual(this, t1);
  assert.deepStrictEqual([a, b], [1, 2]);
  order.push('t1');
}, 1, 1, 2);
const im = setImmediate(function() {
  assert.strictEqual(this, im);
  assert.strictEqual(arguments.length, 0);
  order.push('im');
});

// clear, then ref/unref/refresh must not re-arm or unbalance the ref count
const c = setTimeout(() => assert.fail('cleared timer ran'), 1);
clearTimeout(c);
assert.strictEqual(c._destroyed, true);
c.ref();
c.unref();
c.ref();
c.refresh();
assert.strictEqual(c._idleTimeout, -1);
clearTimeout(c);

// unref then clear, ref then clear
const u = setTimeout(() => assert.fail('never'), 5).unref();
clearTimeout(u);
assert.strictEqual(u.hasRef(), false);

// clearing a timer from an earlier one in the same list
let victim;
setTimeout(() => { clearTimeout(victim); order.push('killer'); }, 3);
victim = setTimeout(() => assert.fail('victim ran'), 3);

// refresh pushes a pending timer back
let refreshed = 0;
const r = setTimeout(() => { refreshed++; }, 20);
setTimeout(() => r.refresh(), 10);

// an interval clearing itself from its own args
const iv = setInterval((self) => {
  order.push('iv');
  clearInterval(iv);
}, 2);

// the immediate of a cleared batch is skipped, later ones run
const i1 = setImmediate(() => { clearImmediate(i2); order.push('i1'); });
const i2 = setImmediate(() => assert.fail('i2 ran'));
setImmediate(() => order.push('i3'));
assert.strictEqual(i1.hasRef(), true);

// inspect of a Timeout: a Timeout, one level deep, does not throw
const shown = util.inspect(setTimeout(() => {}, 1));
assert.match(shown, /^Timeout \{/);
assert.match(shown, /_idleTimeout: 1,/);
assert.match(shown, /_onTimeout: \[Function \(anonymous\)\]/);
assert.match(shown, /\[Symbol\(refed\)\]: true/);
assert.match(util.inspect(setImmediate(() => {})), /Immediate \{/);

// Symbol.toPrimitive ids are unique positive integers
const ids = new Set();
for (let i = 0; i < 5; i++) {
  const t = setTimeout(() => {}, 1);
  ids.add(+t);
  clearTimeout(t);
}
assert.strictEqual(ids.size, 5);

// timers from require('timers') and globals are the same objects
const timers = require('timers');
assert.strictEqual(timers.setImmediate(() => {}).constructor, im.constructor);

// a Timeout's prototype methods
const proto = Object.getPrototypeOf(t1);
for (const m of ['ref', 'unref', 'hasRef', 'refresh', 'close', Symbol.toPrimitive]) {
  assert.strictEqual(typeof proto[m], 'function', String(m));
}

process.on('exit', () => {
  assert.strictEqual(refreshed, 1);
  assert.deepStrictEqual(order.filter((x) => /^i[m0-9]/.test(x)), ['im', 'i1', 'i3']);
  assert.strictEqual(order.filter((x) => x === 'iv').length, 1);
  assert.ok(order.includes('t1'));
  assert.ok(order.includes('killer'));
});
