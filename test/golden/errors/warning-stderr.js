'use strict';
// The default printer writes "(node:PID) ..." to stderr; we capture it
// through process.stderr.write and blank the pid.
const origWrite = process.stderr.write;
process.stderr.write = function(chunk, ...rest) {
  const s = String(chunk).replace(/^\((node|eddy):\d+\)/gm, '(RUNTIME:PID)');
  console.log('stderr:', JSON.stringify(s));
  return true;
};
process.emitWarning('first warning');
process.emitWarning('second warning', 'CustomWarning', 'C1');
process.emitWarning('dep', 'DeprecationWarning', 'DEP0001');
process.emitWarning('with detail', { detail: 'the detail' });
setTimeout(() => { process.stderr.write = origWrite; }, 5);
