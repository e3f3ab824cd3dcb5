'use strict';
// Contexts and scripts are collected once unreachable: 10k contexts made in
// a loop leave no more than a few hundred alive, and a reachable sandbox
// keeps its context working.
const assert = require('assert');
const v8 = require('v8');
const vm = require('vm');

const kept = vm.createContext({ n: 1 });
const script = new vm.Script('n = n + 1');
for (let i = 0; i < 10000; i++) {
  const ctx = vm.createContext({ i });
  vm.runInContext('var x = i * 2; function f() { return x; } f()', ctx);
  new vm.Script(`${i}`).runInThisContext();
  script.runInContext(kept);
}
const contexts = v8.getHeapStatistics().number_of_native_contexts;
assert.ok(contexts < 2000, `${contexts} contexts alive`);
assert.strictEqual(kept.n, 10001);
assert.strictEqual(vm.runInContext('typeof Array', kept), 'function');
