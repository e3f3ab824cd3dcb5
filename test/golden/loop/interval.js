'use strict';
const log = (s) => console.log(s);
let n = 0;
// a pending timeout, cleared from inside another timer
const pending = setTimeout(() => log('never 3'), 200);
const iv = setInterval((x) => {
  n++;
  log(`interval ${n} ${x}`);
  if (n === 2) {
    clearTimeout(pending);
    log('cleared pending, _idleTimeout=' + pending._idleTimeout);
  }
  if (n === 4) {
    clearInterval(iv);
    log('cleared, hasRef=' + iv.hasRef());
    // an interval that clears itself on its first run
    const once = setInterval(() => { log('self-clear interval'); clearInterval(once); }, 1);
  }
}, 20, 'arg');
// clearTimeout works on intervals and clearInterval on timeouts
const t = setTimeout(() => log('never'), 10);
clearInterval(t);
const iv2 = setInterval(() => log('never 2'), 10);
clearTimeout(iv2);
// clear twice and clear odd values: no throw
clearTimeout(t);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearTimeout(12345);
clearInterval('abc');
clearImmediate(undefined);
clearImmediate(null);
// clearing an immediate, and one immediate clearing the next
const im = setImmediate(() => log('never immediate'));
clearImmediate(im);
let im3;
setImmediate(() => { log('immediate 2 clears immediate 3'); clearImmediate(im3); });
im3 = setImmediate(() => log('never immediate 3'));
setImmediate(() => log('immediate 4 ran'));
process.on('exit', () => log('exit, n=' + n));
