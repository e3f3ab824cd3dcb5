'use strict';
const log = (...a) => console.log(...a);
const t = setTimeout(() => log('t fired'), 300);
log('typeof', typeof t, t.constructor.name);
log('hasRef', t.hasRef());
log('unref returns this', t.unref() === t, t.hasRef());
log('ref returns this', t.ref() === t, t.hasRef());
log('refresh returns this', t.refresh() === t);
log('has methods', ['ref', 'unref', 'hasRef', 'refresh', 'close'].every((m) => typeof t[m] === 'function'));
log('_idleTimeout', t._idleTimeout);
log('_onTimeout is fn', typeof t._onTimeout);
log('_repeat', t._repeat);
const iv = setInterval(() => {}, 7);
log('interval _repeat', iv._repeat);
clearInterval(iv);
log('after clear _idleTimeout', iv._idleTimeout);

// Symbol.toPrimitive id
const t2 = setTimeout(() => log('never: cleared by number'), 5);
const id = +t2;
log('id is number', typeof id, Number.isInteger(id), id > 0);
log('same id', +t2 === id, `${t2}` === String(id));
clearTimeout(id);
const t3 = setTimeout(() => log('never: cleared by string id'), 5);
clearTimeout(String(+t3));
const t4 = setInterval(() => log('never: interval cleared by number'), 5);
clearInterval(+t4);
// an id from a timer that already ran is stale: clearing by it is a no-op
const t5 = setTimeout(() => {
  log('t5 fired');
  const stale = +t5;
  clearTimeout(stale);
}, 1);
+t5;

// Immediate object
const im = setImmediate(() => {});
log('immediate', im.constructor.name, im.hasRef(), im.unref() === im, im.hasRef(), im.ref() === im, im.hasRef());

// refresh re-arms: fired timer refreshed runs again
let count = 0;
const r = setTimeout(() => {
  count++;
  log('refresh timer run', count);
  if (count < 3) r.refresh();
}, 2);

// close()
const c = setTimeout(() => log('never: closed'), 1);
log('close returns this', c.close() === c);

// timeout larger than TIMEOUT_MAX warns (the .args file has --no-warnings so
// the default printer, which shows the pid, stays quiet)
process.on('warning', (w) => log('warning:', w.name, JSON.stringify(w.message)));
const big = setTimeout(() => log('big timeout fired (set to 1)'), 2 ** 31);
log('big _idleTimeout', big._idleTimeout);
const big2 = setInterval(() => { log('big interval'); clearInterval(big2); }, Infinity);
log('big2 _idleTimeout', big2._idleTimeout, big2._repeat);
// every timer of 2ms or less is due when the loop starts: their order is fixed
const until = Date.now() + 10;
while (Date.now() < until);
