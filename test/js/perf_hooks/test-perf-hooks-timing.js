'use strict';
// nodeTiming, eventLoopUtilization, timerify, toJSON and the module's shape
// (exports, globals, descriptors) as node 20.
const assert = require('assert');
const util = require('util');
const perfHooks = require('perf_hooks');
const {
  performance, PerformanceObserver, PerformanceEntry, createHistogram,
} = perfHooks;

assert.strictEqual(require('node:perf_hooks'), perfHooks);
assert.ok(require('module').builtinModules.includes('perf_hooks'));
assert.deepStrictEqual(Object.keys(perfHooks), [
  'Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming',
  'monitorEventLoopDelay', 'createHistogram', 'performance', 'constants',
]);
assert.strictEqual(perfHooks.performance, globalThis.performance);
for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
                    'PerformanceObserver', 'PerformanceObserverEntryList',
                    'PerformanceResourceTiming']) {
  assert.strictEqual(globalThis[name], perfHooks[name], name);
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, name).enumerable, false);
}
assert.ok(performance instanceof perfHooks.Performance);
assert.ok(performance instanceof EventTarget);
assert.throws(() => new perfHooks.Performance(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.strictEqual(Object.prototype.toString.call(performance), '[object Performance]');
assert.deepStrictEqual(perfHooks.constants, {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
});
const proto = Object.getPrototypeOf(performance);
const enumerableKeys = Object.keys(proto);
assert.deepStrictEqual(enumerableKeys, [
  'clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin',
  'toJSON', 'onresourcetimingbufferfull',
]);
for (const name of ['eventLoopUtilization', 'nodeTiming', 'timerify', 'markResourceTiming'])
  assert.ok(Object.prototype.hasOwnProperty.call(proto, name), name);

// nodeTiming: milestones in order, the loop not started yet
const nt = performance.nodeTiming;
assert.strictEqual(nt, performance.nodeTiming);
assert.ok(nt instanceof PerformanceEntry);
assert.deepStrictEqual(Object.keys(nt), [
  'name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start', 'environment',
  'loopStart', 'loopExit', 'bootstrapComplete', 'idleTime', 'uvMetricsInfo',
]);
assert.deepStrictEqual(Object.keys(nt.toJSON()), [
  'name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start', 'bootstrapComplete',
  'environment', 'loopStart', 'loopExit', 'idleTime',
]);
assert.strictEqual(nt.name, 'node');
assert.strictEqual(nt.entryType, 'node');
assert.strictEqual(nt.startTime, 0);
assert.ok(nt.nodeStart >= 0 && nt.nodeStart <= nt.v8Start);
assert.ok(nt.v8Start <= nt.environment && nt.environment <= nt.bootstrapComplete);
assert.ok(nt.bootstrapComplete <= nt.duration);
assert.strictEqual(nt.loopStart, -1);
assert.strictEqual(nt.loopExit, -1);
assert.strictEqual(nt.idleTime, 0);
assert.match(util.inspect(nt), /^PerformanceNodeTiming \{\n {2}name: 'node',/);
assert.deepStrictEqual(Object.keys(nt.uvMetricsInfo), ['loopCount', 'events', 'eventsWaiting']);
assert.ok(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 50);

// eventLoopUtilization: zeros until the loop runs
assert.deepStrictEqual(performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });
assert.deepStrictEqual(Object.keys(performance.toJSON()),
                       ['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
assert.strictEqual(util.inspect(performance, { depth: 0 }), 'Performance [Object]');
assert.throws(() => performance.toJSON.call({}), { code: 'ERR_INVALID_ARG_TYPE' });

setTimeout(() => {
  const e1 = performance.eventLoopUtilization();
  assert.ok(nt.loopStart > 0);
  assert.ok(nt.idleTime > 0);
  assert.ok(e1.idle > 0 && e1.active >= 0);
  assert.ok(e1.utilization >= 0 && e1.utilization <= 1);
  assert.strictEqual(e1.utilization, e1.active / (e1.idle + e1.active));
  const start = Date.now();
  while (Date.now() - start < 20);
  const e2 = performance.eventLoopUtilization(e1);
  assert.strictEqual(e2.idle, 0);  // no poll since e1
  assert.ok(e2.active >= 19);
  assert.strictEqual(e2.utilization, 1);
  const e3 = performance.eventLoopUtilization(e2, e1);
  assert.strictEqual(e3.idle, e2.idle - e1.idle);
  assert.strictEqual(e3.active, e2.active - e1.active);
  assert.ok(Number.isNaN(performance.eventLoopUtilization({ idle: 'a', active: 1 }).idle));
  assert.throws(() => performance.eventLoopUtilization(undefined, e1), TypeError);
  assert.ok(nt.uvMetricsInfo.loopCount >= 1);
}, 30);

// timerify
function add(a, b) { return a + b; }
const timed = performance.timerify(add);
assert.strictEqual(timed.name, 'timerified add');
assert.strictEqual(timed.length, 2);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(timed, 'name'),
                       { value: 'timerified add', writable: false, enumerable: true, configurable: false });
assert.notStrictEqual(performance.timerify(add), timed);
class Point { constructor(x) { this.x = x; } }
const TimedPoint = performance.timerify(Point);
assert.throws(() => performance.timerify(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received undefined',
});
assert.throws(() => performance.timerify(add, 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.timerify(add, { histogram: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.histogram" property must be an instance of RecordableHistogram. ' +
           'Received type number (1)',
});
const seen = [];
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    assert.strictEqual(e.constructor.name, 'PerformanceNodeEntry');
    assert.ok(e instanceof PerformanceEntry);
    assert.strictEqual(e.entryType, 'function');
    assert.ok(e.duration >= 0);
    assert.match(util.inspect(e), /^PerformanceNodeEntry \{\n {2}name: /);
    seen.push([e.name, e.detail]);
  }
  if (seen.length === 3) obs.disconnect();
});
obs.observe({ entryTypes: ['function'] });
assert.strictEqual(timed(1, 2), 3);
assert.deepStrictEqual(new TimedPoint(5), new Point(5));
const histogram = createHistogram();
const timedAsync = performance.timerify(async (v) => v, { histogram });
timedAsync(9).then((v) => {
  assert.strictEqual(v, 9);
  assert.strictEqual(histogram.count, 1);
});
assert.strictEqual(histogram.count, 0);  // recorded when the promise settles
assert.deepStrictEqual(performance.getEntriesByType('function'), []);  // not buffered

process.on('exit', () => {
  assert.deepStrictEqual(seen, [['add', [1, 2]], ['Point', [5]], ['', [9]]]);
  assert.ok(nt.loopExit > nt.loopStart);
});
