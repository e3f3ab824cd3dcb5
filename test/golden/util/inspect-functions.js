'use strict';
// Functions and classes.
const util = require('util');

function named(a, b) {}
const arrow = () => {};
const anonymous = [function() {}][0];
async function asyncFn() {}
function* generatorFn() {}
async function* asyncGeneratorFn() {}
const obj = { method() {}, get accessor() { return 1; }, ['computed name']() {} };
console.log(named, arrow, anonymous, asyncFn, generatorFn, asyncGeneratorFn);
console.log(obj.method, obj['computed name'], named.bind(null), Math.max, Array, Function.prototype);
console.log([named, arrow], { named, arrow });

class A {}
class B extends A {}
class C extends B { static prop = 1; }
const Anon = class {};
console.log(A, B, C, Anon, class {}, class extends A {});
class /* comment ( */ Commented {}
console.log(Commented);
class WithParens extends (function() { return A; })() {}
console.log(WithParens);
class NullBase extends null {}
console.log(NullBase);
class StaticName { static name() {} }
console.log(StaticName);

const withProps = function props() {};
withProps.count = 2;
withProps.nested = { deep: true };
console.log(withProps);
const renamed = function original() {};
Object.defineProperty(renamed, 'name', { value: 'changed' });
console.log(renamed);
const numName = function() {};
Object.defineProperty(numName, 'name', { value: 42 });
console.log(numName);
const noProto = function noProto() {};
Object.setPrototypeOf(noProto, null);
console.log(noProto);
const tagged = function tagged() {};
tagged[Symbol.toStringTag] = 'Tag';
console.log(tagged);
const subFn = function sub() {};
Object.setPrototypeOf(subFn, A);
console.log(subFn);
console.log(util.inspect(named, { showHidden: true }));
console.log(util.inspect(C, { showHidden: true }));
console.log(util.inspect(arrow, { showHidden: true, depth: 0 }));
console.log(util.inspect({ fn: { deeper: { deepest: named } } }, { depth: 0 }));
