'use strict';
// count / countReset and assert.
console.count();
console.count();
console.count('default');
console.count('other');
console.count(undefined);
console.countReset();
console.count();
console.count('other');
console.countReset('other');
console.count('other');
console.count(1);
console.count({ toString() { return 'obj label'; } });

console.assert(true, 'not printed');
console.assert(1);
console.assert(false);
console.assert(0, 'with message');
console.assert(null, 'format %s and %d', 'str', 42);
console.assert(undefined, { an: 'object' }, 'second');
console.assert('', 'empty string is falsy');
console.log('done');
