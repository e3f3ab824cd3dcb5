'use strict';
// --no-warnings: nothing is printed, but 'warning' listeners still run.
process.on('warning', (w) => console.log('warning event:', w.name, w.message));
process.emitWarning('quiet please');
process.emitWarning('old thing', 'DeprecationWarning', 'DEP_EDDY_TEST');
console.log('execArgv:', process.execArgv);
