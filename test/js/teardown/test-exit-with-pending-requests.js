'use strict';
// process.exit() while thread-pool requests and timers are pending: nothing
// of them runs, and the runtime tears down cleanly (no crash, exit code kept).
const fs = require('fs');
for (let i = 0; i < 20; i++) {
  fs.readFile(process.execPath, () => { throw new Error('readFile callback ran after exit'); });
}
fs.stat(__filename, () => { throw new Error('stat callback ran after exit'); });
setTimeout(() => { throw new Error('timer ran after exit'); }, 1);
setImmediate(() => { throw new Error('immediate ran after exit'); });
process.on('exit', (code) => {
  if (code !== 0) throw new Error('unexpected exit code ' + code);
});
process.exit(0);
