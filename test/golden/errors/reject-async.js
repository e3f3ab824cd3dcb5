'use strict';
async function f() {
  await null;
  throw new SyntaxError('thrown in async function');
}
f();
