'use strict';
// Plain objects, key quoting, symbols, accessors, nesting, circular
// references, class instances and prototypes.
const util = require('util');

console.log({});
console.log({ a: 1, b: 'two', c: null, d: undefined });
console.log({ 'key-dash': 1, 'with space': 2, '1abc': 3, _under: 4, $dollar: 5, 'ünï': 6,
  '': 7, 123: 8, "it's": 9, 'new\nline': 10 });
console.log({ [Symbol('sym')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3 });
const hidden = { visible: 1 };
Object.defineProperty(hidden, 'hidden', { value: 2, enumerable: false });
Object.defineProperty(hidden, Symbol('hiddenSym'), { value: 3, enumerable: false });
console.log(hidden);
console.log(util.inspect(hidden, { showHidden: true }));
const proto = {};
Object.defineProperty(proto, '__proto__', { value: 1, enumerable: true });
console.log(proto);

const accessors = {
  get getter() { return 1; },
  set setter(v) {},
  get both() { return 2; },
  set both(v) {},
  get throws() { throw new Error('getter failed'); },
  get obj() { return { inner: [1, 2] }; },
  get nul() { return null; },
};
console.log(accessors);
console.log(util.inspect(accessors, { getters: true }));
console.log(util.inspect(accessors, { getters: 'get' }));
console.log(util.inspect(accessors, { getters: 'set' }));

const deep = { level1: { level2: { level3: { level4: { level5: 'deep' } } } } };
console.log(deep);
console.log(util.inspect(deep, { depth: 0 }));
console.log(util.inspect(deep, { depth: null }));
console.log(util.inspect(deep, { depth: -1 }));
console.log({ a: [{ b: { c: {} } }], d: new Map([['e', { f: { g: 1 } }]]) });

// Circular references.
const circ = { name: 'root' };
circ.self = circ;
circ.child = { parent: circ, list: [circ] };
console.log(circ);
const a = { name: 'a' };
const b = { name: 'b', a };
a.b = b;
console.log([a, b]);
const arr = [1];
arr.push(arr);
console.log(arr);
const m = new Map();
m.set('self', m);
console.log(m);

// Class instances and prototypes.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  get length() { return Math.hypot(this.x, this.y); }
}
class Point3 extends Point {
  constructor() {
    super(1, 2);
    this.z = 3;
  }
}
class Empty {}
console.log(new Point(1, 2), new Point3(), new Empty());
console.log(util.inspect(new Point(3, 4), { showHidden: true }));
console.log(util.inspect(new Point(3, 4), { showHidden: true, getters: true }));
console.log(Object.create(null));
const np = Object.create(null);
np.key = 'value';
console.log(np);
console.log(Object.create(Object.create(null)));
function Legacy() { this.v = 1; }
console.log(new Legacy());
function NoProto() {}
NoProto.prototype = Object.create(null);
console.log(new NoProto());
console.log(Object.create(Point.prototype));
const anon = new (class {})();
console.log(anon);

// Symbol.toStringTag.
class Tagged { get [Symbol.toStringTag]() { return 'CustomTag'; } }
console.log(new Tagged());
console.log({ [Symbol.toStringTag]: 'own enumerable' });
const nonEnumTag = {};
Object.defineProperty(nonEnumTag, Symbol.toStringTag, { value: 'hiddenTag' });
console.log(nonEnumTag);
const nullTag = Object.create(null);
nullTag[Symbol.toStringTag] = 'NullTag';
console.log(nullTag);
console.log(Object.create({ [Symbol.toStringTag]: 'inherited' }));
console.log(Math, JSON, Reflect, Atomics);

// Boxed primitives, dates, regexps.
console.log(new Number(3), new Number(-0), new String('str'), new Boolean(true), Object(7n), Object(Symbol('boxed')));
const boxedStr = new String('abc');
boxedStr.extra = 1;
console.log(boxedStr);
console.log(util.inspect(new String('ab'), { showHidden: true }));
class MyNumber extends Number {}
console.log(new MyNumber(5));
console.log(new Date(0), new Date(1700000000000), new Date(NaN).toString() === String(util.inspect(new Date(NaN))));
const dateProp = new Date(86400000);
dateProp.label = 'tomorrow';
console.log(dateProp);
class MyDate extends Date {}
console.log(new MyDate(0));
console.log(/abc/gi, /a\/b[c]/, new RegExp('x', 'suy'), new RegExp(''));
const reProp = /re/;
reProp.prop = 1;
console.log(reProp);
class MyRegExp extends RegExp {}
console.log(new MyRegExp('z'));

// arguments, generators, global-ish objects.
(function() { console.log(arguments); })(1, 'two');
(function() { console.log(arguments); })();
function* gen() { yield 1; }
console.log(gen(), gen);
console.log(Object.getPrototypeOf(gen));
