'use strict';
// Errors. Stack traces hold paths and line numbers, so every error here
// either has no frames (stackTraceLimit 0) or a fixed fake stack.
const util = require('util');

function fakeStack(err, frames = ['foo (file.js:1:1)', 'bar (file.js:2:2)']) {
  const head = err.stack.split('\n')[0];
  err.stack = [head, ...frames.map((f) => `    at ${f}`)].join('\n');
  return err;
}

Error.stackTraceLimit = 0;
console.log(new Error('no frames'));
console.log(new TypeError('type'), new RangeError('range'), new SyntaxError('syntax'));
console.log(new Error(''));
console.log(new Error('multi\nline message'));
const coded = new Error('with props');
coded.code = 'ERR_SOMETHING';
coded.details = { a: 1, b: [1, 2] };
console.log(coded);
console.log({ nested: coded });
console.log([new Error('in array')]);
class MyError extends Error {}
console.log(new MyError('subclass'));
class NamedError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'NamedError';
  }
}
console.log(new NamedError('named'));
const renamed = new Error('renamed later');
renamed.name = 'Custom';
console.log(renamed);
const renamedErr = new TypeError('renamed type');
renamedErr.name = 'OtherError';
console.log(renamedErr);
const changedMessage = new Error('original');
changedMessage.message = 'changed';
console.log(changedMessage);
console.log(Object.create(Error.prototype));
const nullProtoErr = new Error('null proto');
Object.setPrototypeOf(nullProtoErr, null);
console.log(nullProtoErr);
const noStack = new Error('no stack');
noStack.stack = undefined;
console.log(noStack);
const stringStack = new Error('x');
stringStack.stack = 'just some text';
console.log(stringStack);
const taggedErr = new Error('tagged');
taggedErr[Symbol.toStringTag] = 'Tag';
console.log(taggedErr);
class GetterName extends TypeError { get name() { return 'Getter'; } }
console.log(new GetterName('getter name'));
console.log(new Error('with cause', { cause: new Error('the cause') }));
console.log(new Error('string cause', { cause: 'just a string' }));
console.log(new Error('undefined cause', { cause: undefined }));
console.log(new AggregateError([new Error('first'), new TypeError('second')], 'many'));
const selfRef = new Error('self');
selfRef.self = selfRef;
console.log(selfRef);
console.log(util.inspect(new Error('hidden'), { showHidden: true }));
console.log(util.inspect({ a: { b: { c: new Error('deep') } } }, { depth: 0 }));

// With (fake) stack frames.
Error.stackTraceLimit = 10;
console.log(fakeStack(new Error('framed')));
console.log({ err: fakeStack(new Error('indented')) });
console.log([fakeStack(new TypeError('in array'))]);
const framedProps = fakeStack(new Error('framed props'));
framedProps.code = 'E_CODE';
console.log(framedProps);
const sub = fakeStack(new MyError('sub framed'));
console.log(sub);
const messageWithAt = fakeStack(new Error('looks like\n    at a frame'));
console.log(messageWithAt);
const common = ['a (x.js:1:1)', 'b (x.js:2:2)', 'c (x.js:3:3)', 'd (x.js:4:4)', 'e (x.js:5:5)'];
const cause = fakeStack(new Error('root cause'), ['inner (x.js:9:9)', ...common]);
const outer = fakeStack(new Error('outer', { cause }), ['outer (x.js:8:8)', ...common]);
console.log(outer);
console.log(fakeStack(new Error('node frames'), ['x (node:internal/foo:1:1)', 'y (/app/node_modules/pkg/index.js:1:1)']));
