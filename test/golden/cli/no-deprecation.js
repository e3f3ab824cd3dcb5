'use strict';
// --no-deprecation: deprecation warnings are not emitted at all (not even as
// 'warning' events); other warnings still are.
const util = require('util');
// Replace the default printer (it names the pid) with one that prints to stdout.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning event:', w.name, w.code, w.message));
console.log('process.noDeprecation:', process.noDeprecation);
const old = util.deprecate(() => 'old result', 'old() is deprecated', 'DEP_EDDY_TEST');
console.log('old():', old());
process.emitWarning('deprecated by hand', 'DeprecationWarning', 'DEP_EDDY_HAND');
process.emitWarning('an ordinary warning', { code: 'EDDY_TEST' });
setImmediate(() => console.log('done'));
