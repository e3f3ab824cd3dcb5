'use strict';
// performance.mark / measure / getEntries* / clear*: values, overloads and
// errors as node 20 gives them.
const assert = require('assert');
const util = require('util');
const { performance, PerformanceEntry, PerformanceMark, PerformanceMeasure } =
  require('perf_hooks');

// mark: shape, cloned detail, startTime option, instanceof, toJSON, inspect
const detail = { x: 1 };
const m = performance.mark('a', { detail, startTime: 5 });
assert.ok(m instanceof PerformanceMark && m instanceof PerformanceEntry);
assert.deepStrictEqual(m.toJSON(),
                       { name: 'a', entryType: 'mark', startTime: 5, duration: 0, detail: { x: 1 } });
assert.notStrictEqual(m.detail, detail);
assert.strictEqual(m.detail, m.detail);
assert.strictEqual(JSON.stringify(m),
                   '{"name":"a","entryType":"mark","startTime":5,"duration":0,"detail":{"x":1}}');
assert.strictEqual(Object.prototype.toString.call(m), '[object PerformanceMark]');
assert.deepStrictEqual(Object.getOwnPropertyNames(m), []);
assert.strictEqual(util.inspect(m),
                   "PerformanceMark {\n  name: 'a',\n  entryType: 'mark',\n  startTime: 5,\n" +
                   '  duration: 0,\n  detail: { x: 1 }\n}');
assert.strictEqual(util.inspect(m, { depth: 0 }), 'PerformanceMark [Object]');
assert.strictEqual(util.inspect({ m }, { depth: 0 }), '{ m: [PerformanceMark] }');
assert.strictEqual(performance.mark(1).name, '1');
assert.strictEqual(performance.mark('n', { detail: 0 }).detail, 0);
assert.strictEqual(performance.mark('n', null).detail, null);
assert.ok(performance.mark('n').startTime > 0);

// new PerformanceMark() sets a mark measure() can use but is not buffered
const before = performance.getEntries().length;
const b = new PerformanceMark('b', { startTime: 10 });
assert.strictEqual(b.startTime, 10);
assert.strictEqual(performance.getEntries().length, before);

// measure overloads
const mm = (...args) => {
  const e = performance.measure(...args);
  assert.ok(e instanceof PerformanceMeasure);
  assert.strictEqual(e.entryType, 'measure');
  return [e.startTime, e.duration, e.detail];
};
assert.deepStrictEqual(mm('m1', 'a', 'b'), [5, 5, null]);
assert.deepStrictEqual(mm('m3', { start: 1, end: 3, detail: 'd' }), [1, 2, 'd']);
assert.deepStrictEqual(mm('m4', { start: 1, duration: 3 }), [1, 3, null]);
assert.deepStrictEqual(mm('m5', { duration: 3, end: 10 }), [7, 3, null]);
assert.deepStrictEqual(mm('m7', undefined, 'a'), [0, 5, null]);
assert.deepStrictEqual(mm('m8', 2, 7), [0, 7, null]);  // a number start is ignored
assert.deepStrictEqual(mm('m9', { start: 'a', end: 'b' }), [5, 5, null]);
assert.deepStrictEqual(mm('m10', {}, 'b'), [0, 10, null]);
assert.deepStrictEqual(mm('m11', { duration: 5 }, 'b'), [0, 10, null]);
assert.deepStrictEqual(mm('m12', { end: 'b', duration: 1 }), [9, 1, null]);
assert.deepStrictEqual(mm('m13', 'a', NaN).slice(0, 1), [5]);
assert.ok(Number.isNaN(mm('m14', { start: 10, duration: NaN })[1]));
assert.strictEqual(mm('m15', 'a')[0], 5);
assert.ok(mm('m15', 'a')[1] > 0);
assert.strictEqual(mm('m16')[0], 0);
assert.strictEqual(mm('m17', 'nodeStart')[0], performance.nodeTiming.nodeStart);
assert.strictEqual(mm('m18', 'loopStart')[0], -1);  // the loop has not started yet
assert.throws(() => new PerformanceMeasure(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new PerformanceEntry(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

// errors
const missing = { name: 'SyntaxError', code: 12 };
assert.throws(() => performance.mark(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.mark('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.mark('x', { startTime: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "startTime" argument must be of type number. Received type string (\'a\')',
});
assert.throws(() => performance.mark('x', { startTime: -1 }),
              { code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP', message: '-1 is not a valid timestamp' });
assert.throws(() => performance.mark('nodeStart'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'name' is invalid. Received 'nodeStart'",
});
assert.throws(() => performance.mark('x', { detail: () => {} }), { name: 'DataCloneError' });
assert.throws(() => performance.mark(Symbol()), TypeError);
assert.throws(() => performance.measure(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.measure(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.measure('x', 'nope'), {
  ...missing, message: 'The "nope" performance mark has not been set',
});
assert.throws(() => performance.measure('x', 'nope1', 'nope2'), { message: /"nope2"/ });
assert.throws(() => performance.measure('x', { start: 1 }, 'b'), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message: 'endMark must not be specified',
});
assert.throws(() => performance.measure('x', { start: 1, end: 2, duration: 3 }), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  message: 'Must not have options.start, options.end, and options.duration specified',
});
assert.throws(() => performance.measure('x', { start: -1 }),
              { code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP' });
assert.throws(() => performance.measure('x', { start: null }), { message: /"null"/ });
assert.throws(() => performance.measure('x', { end: 1, duration: 'zz' }), { message: /"zz"/ });
assert.throws(() => performance.now.call({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of Performance. Received an instance of Object',
});
assert.throws(() => Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'name').get.call({}),
              { code: 'ERR_INVALID_ARG_TYPE' });

// the timeline: marks before measures at equal start times, stable order
performance.clearMarks();
performance.clearMeasures();
assert.deepStrictEqual(performance.getEntries(), []);
performance.mark('p', { startTime: 5 });
performance.mark('q', { startTime: 2 });
performance.measure('r', { start: 5, end: 6 });
performance.measure('s', { start: 1, end: 6 });
assert.deepStrictEqual(performance.getEntries().map((e) => e.name), ['s', 'q', 'p', 'r']);
assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name), ['q', 'p']);
assert.deepStrictEqual(performance.getEntriesByType('nope'), []);
assert.deepStrictEqual(performance.getEntriesByName('p').map((e) => e.entryType), ['mark']);
assert.deepStrictEqual(performance.getEntriesByName('p', 'measure'), []);
assert.deepStrictEqual(performance.getEntriesByName('r', 'measure').length, 1);
assert.throws(() => performance.getEntriesByName(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.getEntriesByType(), { code: 'ERR_MISSING_ARGS' });
performance.clearMarks('p');
assert.deepStrictEqual(performance.getEntries().map((e) => e.name), ['s', 'q', 'r']);
assert.throws(() => performance.measure('x', 'p'), missing);  // its timing went too
performance.clearMeasures('s');
assert.deepStrictEqual(performance.getEntries().map((e) => e.name), ['q', 'r']);
performance.clearMarks();
performance.clearMeasures();
assert.deepStrictEqual(performance.getEntries(), []);
assert.strictEqual(performance.getEntriesByType('function').length, 0);
