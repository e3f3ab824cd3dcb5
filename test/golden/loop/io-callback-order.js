'use strict';
// Inside an I/O callback setImmediate always runs before setTimeout(0).
const fs = require('fs');
const log = (s) => console.log(s);
fs.readFile(__filename, () => {
  setTimeout(() => {
    log('readFile: timeout');
    next();
  }, 0);
  setImmediate(() => log('readFile: immediate'));
  process.nextTick(() => log('readFile: tick'));
  Promise.resolve().then(() => log('readFile: promise'));
  log('readFile: callback');
  setImmediate(() => {
    log('readFile: immediate 2');
    process.nextTick(() => log('readFile: tick in immediate 2'));
  });
});
function next() {
  fs.stat(__filename, (err, st) => {
    log('stat: callback ' + (err === null) + ' ' + st.isFile());
    setTimeout(() => {
      log('stat: timeout');
      next2();
    }, 0);
    setImmediate(() => log('stat: immediate'));
  });
}
function next2() {
  fs.stat(__filename, () => {
    log('stat 2: callback');
    setImmediate(() => {
      log('stat 2: immediate 1');
      // scheduled while immediates run: waits for the next check phase
      setImmediate(() => {
        log('stat 2: nested immediate');
        fs.stat(__dirname, () => {
          setTimeout(() => log('stat 3: timeout'), 0);
          setImmediate(() => log('stat 3: immediate'));
        });
      });
      process.nextTick(() => log('stat 2: tick inside immediate 1'));
    });
    setImmediate(() => log('stat 2: immediate 2'));
  });
}
