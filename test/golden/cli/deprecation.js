'use strict';
// Without flags: a util.deprecate'd function warns once (on a later tick),
// with its code.
const util = require('util');
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning event:', w.name, w.code, w.message));
console.log('process.noDeprecation:', process.noDeprecation);
const old = util.deprecate(() => 'old result', 'old() is deprecated', 'DEP_EDDY_TEST');
console.log('old():', old());
console.log('old() again:', old());
process.emitWarning('an ordinary warning', { code: 'EDDY_TEST' });
setImmediate(() => console.log('done'));
