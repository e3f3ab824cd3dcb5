'use strict';
Error.stackTraceLimit = 1;
function inner() {
  return new TypeError('inner cause');
}
throw new Error('outer', { cause: inner() });
