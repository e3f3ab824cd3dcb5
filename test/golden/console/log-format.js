'use strict';
// console.log / info / debug go to stdout, warn / error to stderr; all format
// their arguments like util.format.
console.log('plain string');
console.log('%s is %d years and %i days', 'Bob', 42.5, 3.9);
console.log('%f %j %o %O %%', '1.5', { j: [1] }, { o: 1 }, { O: { deep: { deeper: 1 } } });
console.log('%c styled %s', 'color: red', 'css is dropped');
console.log('extra', 'args', 1, true, null, undefined, 10n, Symbol('s'));
console.log('100%', 'literal percent');
console.log({ a: 1, b: 'two', c: [1, 2, 3], d: { e: { f: { g: 1 } } } });
console.log([1, [2, [3, [4, [5]]]]]);
console.log(new Map([['k', { v: 1 }]]), new Set(['x']));
console.log('multi\nline', 'string');
console.log();
console.log('');
console.info('info goes to stdout');
console.debug('debug goes to stdout');
console.dirxml('dirxml', { is: 'log' });
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: Infinity });
console.dir('a string is inspected');
console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } });
console.log({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } });
console.error('error goes to stderr', { code: 1 });
console.warn('warn goes to stderr %s', 'formatted');
console.log('after stderr');
