'use strict';
function f() { f(); }
try {
  f();
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
// and recovery: deep but finite recursion still works afterwards
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(1000));
