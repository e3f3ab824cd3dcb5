'use strict';
const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate, setInterval: every } = tp;
const log = (...a) => console.log(...a);
log('same module', require('timers').promises === tp, require('node:timers/promises') === tp);

(async () => {
  log('setTimeout value', await sleep(2, 'v1'));
  log('setTimeout no value', await sleep(1));
  log('setImmediate value', await immediate('v2'));

  const ac = new AbortController();
  const p = sleep(1000, 'x', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { log('abort:', e.name, e.code, e.message, e.cause && e.cause.name); }

  const ac2 = new AbortController();
  ac2.abort('my reason');
  try { await sleep(10, 'x', { signal: ac2.signal }); } catch (e) { log('pre-aborted:', e.name, e.code, e.cause); }
  try { await immediate('x', { signal: ac2.signal }); } catch (e) { log('pre-aborted immediate:', e.name, e.cause); }

  const ac3 = new AbortController();
  const pi = immediate('y', { signal: ac3.signal });
  ac3.abort(new Error('boom'));
  try { await pi; } catch (e) { log('immediate abort:', e.name, e.cause.message); }

  try { await sleep(1, 'x', { signal: 'nope' }); } catch (e) { log('bad signal:', e.code, e.message); }
  try { await sleep(1, 'x', { ref: 'no' }); } catch (e) { log('bad ref:', e.code, e.message); }
  try { await sleep(1, 'x', 'opts'); } catch (e) { log('bad options:', e.code, e.message); }

  let n = 0;
  for await (const v of every(3, 'tick')) {
    n++;
    log('interval', n, v);
    if (n === 3) break;
  }

  const ac4 = new AbortController();
  let m = 0;
  try {
    for await (const v of every(2, 'iv', { signal: ac4.signal })) {
      m++;
      log('interval with signal', m, v);
      if (m === 2) ac4.abort();
    }
  } catch (e) {
    log('interval aborted:', e.name, e.code);
  }

  log('scheduler.wait', await tp.scheduler.wait(2));
  log('scheduler.yield', await tp.scheduler.yield());

  // unref'd promise timer does not keep the process alive
  sleep(10000, 'never', { ref: false }).then((v) => log(v));
  log('done');
})();
process.on('exit', () => log('exit'));
