'use strict';
// Reading a property the partial exports of a cycle lack prints a warning
// (the pid in "(node:PID)" varies, so warnings go through a listener here).
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.message));
const a = require('./fixtures/cycle-a');
console.log(a);
