'use strict';
// --throw-deprecation: calling a deprecated function throws the warning. The
// throw is deferred to the next tick (so earlier warnings print first): it
// arrives as an uncaught exception.
const util = require('util');
console.log('process.throwDeprecation:', process.throwDeprecation);
process.on('uncaughtException', (err) => {
  console.log('uncaught:', err.name, err.code, err.message, err instanceof Error);
});
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning event:', w.name, w.message));
const old = util.deprecate(() => 'old result', 'old() is deprecated', 'DEP_EDDY_TEST');
console.log('old():', old());
// Other warnings are not thrown.
process.emitWarning('just a warning');
console.log('end of script');
