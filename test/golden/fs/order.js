// Where fs callbacks run: never synchronously, after the current tick's
// nextTicks and promise jobs, in the poll phase (so an immediate scheduled
// there runs before a timer); a synchronous fs call in between delays nothing.
const fs = require('fs');
const log = (s) => console.log(s);
fs.stat(__filename, (err, st) => {
  log('stat callback ' + (err === null) + ' ' + st.isFile());
  setTimeout(() => {
    log('timeout from stat callback');
    fs.readFile(__filename, 'utf8', (err2, text) => {
      log('readFile callback ' + text.startsWith('// Where'));
      fs.promises.stat(__filename).then((s) => log('promises.stat ' + s.isFile()));
    });
  }, 0);
  setImmediate(() => log('immediate from stat callback'));
  log('sync inside callback ' + fs.statSync(__filename).isFile());
});
log('after fs.stat call');
process.nextTick(() => log('nextTick'));
Promise.resolve().then(() => log('promise job'));
log('sync stat ' + fs.existsSync(__filename));
