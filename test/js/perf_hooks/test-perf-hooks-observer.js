'use strict';
// PerformanceObserver: observe() forms and errors, entry lists, takeRecords,
// disconnect, and when callbacks run (in an immediate, after nextTicks,
// promises and the current phase, as node 20).
const assert = require('assert');
const util = require('util');
const {
  performance, PerformanceObserver, PerformanceObserverEntryList,
} = require('perf_hooks');

assert.deepStrictEqual(PerformanceObserver.supportedEntryTypes,
                       ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
assert.strictEqual(PerformanceObserver.supportedEntryTypes, PerformanceObserver.supportedEntryTypes);
assert.throws(() => new PerformanceObserver(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new PerformanceObserverEntryList(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

{
  const o = new PerformanceObserver(() => {});
  assert.strictEqual(util.inspect(o),
                     'PerformanceObserver { connected: false, pending: false, entryTypes: [], buffer: [] }');
  assert.throws(() => o.observe(), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "options.entryTypes" and "options.type" arguments must be specified',
  });
  assert.throws(() => o.observe(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => o.observe({ entryTypes: ['mark'], type: 'mark' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.entryTypes' options.entryTypes can not set with " +
             "options.type together. Received [ 'mark' ]",
  });
  // a failed entryTypes observe still makes the observer a multiple one
  assert.throws(() => o.observe({ entryTypes: 'mark' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.entryTypes" property must be string[]. Received type string (\'mark\')',
  });
  assert.throws(() => o.observe({ type: 'mark' }), {
    name: 'InvalidModificationError', code: 13,
    message: 'PerformanceObserver can not change to single observation',
  });
  // no supported type: disconnected (and free to change kind)
  o.observe({ entryTypes: ['nope', 1] });
  o.observe({ type: 'mark' });
  o.observe({ type: 'measure' });
  assert.throws(() => o.observe({ entryTypes: ['mark'] }), {
    name: 'InvalidModificationError',
    message: 'PerformanceObserver can not change to multiple observations',
  });
  assert.strictEqual(util.inspect(o, { breakLength: Infinity }),
                     "PerformanceObserver { connected: true, pending: false, entryTypes: [ 'mark', 'measure' ], buffer: [] }");
  performance.mark('t1');
  assert.match(util.inspect(o), /pending: true/);
  assert.deepStrictEqual(o.takeRecords().map((e) => e.name), ['t1']);
  assert.deepStrictEqual(o.takeRecords(), []);
  o.disconnect();
  performance.mark('t2');
  assert.deepStrictEqual(o.takeRecords(), []);
  o.observe({ entryTypes: ['mark', 'nope', 'gc'] });
  assert.match(util.inspect(o), /entryTypes: \[ 'mark', 'gc' \]/);
  o.disconnect();
}

const order = [];
const obs = new PerformanceObserver((list, observer) => {
  assert.strictEqual(observer, obs);
  assert.ok(list instanceof PerformanceObserverEntryList);
  order.push(`cb:${list.getEntries().map((e) => e.name).join(',')}`);
  if (order.length === 6) {
    // entries sorted by startTime; name/type filters
    assert.deepStrictEqual(list.getEntriesByName('a').map((e) => e.entryType), ['mark']);
    assert.strictEqual(list.getEntriesByType('measure').length, 1);
    assert.strictEqual(list.getEntriesByName('m', 'mark').length, 0);
    assert.match(util.inspect(list), /^PerformanceObserverEntryList \[\n {2}PerformanceMark/);
  }
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('a');
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
setImmediate(() => {
  order.push('immediate');
  performance.mark('c');
  setImmediate(() => order.push('imm2'));
  process.nextTick(() => order.push('tick2'));
});
performance.mark('b');
performance.measure('m', 'a', 'b');
order.push('sync');

// buffered: the timeline's marks so far, then new ones
performance.mark('pre');
const buffered = [];
const ob2 = new PerformanceObserver((list) => {
  buffered.push(list.getEntries().map((e) => e.name));
  ob2.disconnect();
});
ob2.observe({ type: 'mark', buffered: true });

// an empty buffered observation still calls back, with an empty list
performance.clearMeasures();
let emptyCalls = 0;
const ob3 = new PerformanceObserver((list) => {
  emptyCalls++;
  assert.deepStrictEqual(list.getEntries(), []);
  ob3.disconnect();
});
ob3.observe({ type: 'measure', buffered: true });

process.on('exit', () => {
  assert.deepStrictEqual(order.slice(0, 3), ['sync', 'tick', 'promise']);
  // the callback for a, m, b runs before the immediate queued after them
  assert.ok(order.indexOf('cb:a,m,b') < order.indexOf('immediate'));
  assert.ok(order.indexOf('tick2') < order.indexOf('cb:c'));
  assert.ok(order.indexOf('cb:c') < order.indexOf('imm2'));
  assert.deepStrictEqual(buffered, [['t1', 't2', 'a', 'b', 'pre']]);
  assert.strictEqual(emptyCalls, 1);
});
