'use strict';
// createHistogram() and monitorEventLoopDelay(): HDR bucket values, the
// percentile ladder, bigint variants, errors and inspect, as node 20.
const assert = require('assert');
const util = require('util');
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');

const h = createHistogram();
const Recordable = Object.getPrototypeOf(h);
const Base = Object.getPrototypeOf(Recordable);
assert.strictEqual(Recordable.constructor.name, 'RecordableHistogram');
assert.strictEqual(Base.constructor.name, 'Histogram');
assert.deepStrictEqual(Object.getOwnPropertyNames(Recordable).sort(),
                       ['add', 'constructor', 'record', 'recordDelta']);

// empty
assert.strictEqual(h.min, 9223372036854776000);
assert.strictEqual(h.minBigInt, 9223372036854775807n);
assert.strictEqual(h.max, 0);
assert.strictEqual(h.maxBigInt, 0n);
assert.ok(Number.isNaN(h.mean));
assert.ok(Number.isNaN(h.stddev));
assert.strictEqual(h.count, 0);
assert.strictEqual(h.countBigInt, 0n);
assert.strictEqual(h.exceeds, 0);
assert.strictEqual(h.percentile(50), 0);
assert.strictEqual(h.percentileBigInt(50), 0n);
assert.deepStrictEqual([...h.percentiles], [[100, 0]]);
assert.strictEqual(h.percentiles, h.percentilesBigInt);  // one Map, refilled

h.record(1);
h.record(5);
h.record(10);
h.record(100n);
assert.deepStrictEqual([h.min, h.max, h.mean, h.count], [1, 100, 29, 4]);
assert.strictEqual(h.stddev, 41.11569043564756);
assert.deepStrictEqual([...h.percentiles], [[0, 1], [50, 5], [75, 10], [87.5, 100], [100, 100]]);
assert.deepStrictEqual([...h.percentilesBigInt], [[0, 1n], [50, 5n], [75, 10n], [87.5, 100n], [100, 100n]]);
assert.strictEqual(util.inspect(h),
                   'Histogram {\n  min: 1,\n  max: 100,\n  mean: 29,\n  exceeds: 0,\n' +
                   '  stddev: 41.11569043564756,\n  count: 4,\n  percentiles: SafeMap(5) [Map] {\n' +
                   '    0 => 1,\n    50 => 5,\n    75 => 10,\n    87.5 => 100,\n    100 => 100\n  }\n}');
assert.strictEqual(util.inspect(h, { depth: -1 }), '[RecordableHistogram]');
assert.strictEqual(util.inspect(h, { depth: 0 }), 'Histogram [Object]');

// large values come back as their bucket's edges
const big = createHistogram();
big.record(1000000);
big.record(1234567);
big.record(2 ** 40 + 12345);
big.record(2n ** 53n);  // beyond the range: counted in exceeds
big.record(2n ** 63n - 1n);
assert.deepStrictEqual(big.toJSON(), {
  count: 3,
  min: 999936,
  max: 1100585369599,
  mean: 366683577770.6667,
  exceeds: 2,
  stddev: 518567308664.99133,
  percentiles: { 0: 999936, 50: 1233920, 75: 1099511627776, 100: 1099511627776 },
});
assert.strictEqual(big.percentile(50), 1234943);
assert.strictEqual(big.percentile(1), 1000447);
assert.strictEqual(big.exceedsBigInt, 2n);

const wide = createHistogram({ lowest: 1, highest: 2 ** 40, figures: 5 });
for (let i = 1; i <= 1000; i++) wide.record(i * 7919);
assert.deepStrictEqual([wide.min, wide.max, wide.mean, wide.percentile(33.3), wide.percentile(99.9)],
                       [7919, 7919007, 3963460.002, 2637039, 7911103]);
assert.deepStrictEqual([...wide.percentiles].slice(0, 6).map(([k]) => k),
                       [0, 50, 75, 87.5, 93.75, 96.875]);

// add, reset, recordDelta
const h2 = createHistogram();
h2.record(7);
h.add(h2);
assert.deepStrictEqual([h.count, h.max], [5, 100]);
h.reset();
assert.deepStrictEqual([h.count, h.max, h.exceeds], [0, 0, 0]);
h.recordDelta();
assert.strictEqual(h.count, 0);
h.recordDelta();
assert.strictEqual(h.count, 1);
assert.ok(h.min > 0);

const small = createHistogram({ lowest: 1, highest: 1000, figures: 1 });
small.record(5000);
assert.deepStrictEqual([small.count, small.exceeds], [0, 1]);

// errors
const range = (message) => ({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message });
assert.throws(() => h.percentile(0),
              range('The value of "percentile" is out of range. It must be > 0 && <= 100. Received 0'));
assert.throws(() => h.percentile(NaN), range(/Received NaN/));
assert.throws(() => h.percentile('a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => h.percentileBigInt(101), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.record(0), range(
  'The value of "val" is out of range. It must be >= 1 && <= 9007199254740991. Received 0'));
assert.throws(() => h.record(1.5), range(
  'The value of "val" is out of range. It must be an integer. Received 1.5'));
assert.throws(() => h.record('a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => h.record(0n), range('value is out of range'));
assert.throws(() => h.record(2n ** 63n), range('value is out of range'));
assert.throws(() => h.add(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "other" argument must be an instance of RecordableHistogram. Received type number (1)',
});
assert.throws(() => createHistogram({ lowest: 0 }), range(
  'The value of "options.lowest" is out of range. It must be >= 1 && <= 9007199254740991. Received 0'));
assert.throws(() => createHistogram({ lowest: 2, highest: 3 }), range(
  'The value of "options.highest" is out of range. It must be >= 4 && <= 9007199254740991. Received 3'));
assert.throws(() => createHistogram({ figures: 6 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => createHistogram(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => createHistogram({ lowest: 5n }), TypeError);
assert.throws(() => Object.getOwnPropertyDescriptor(Base, 'min').get.call({}),
              { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Histogram' });
assert.throws(() => Recordable.record.call({}, 5),
              { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type RecordableHistogram' });
assert.throws(() => new Recordable.constructor(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new Base.constructor(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

// event-loop delay
assert.throws(() => monitorEventLoopDelay({ resolution: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => monitorEventLoopDelay({ resolution: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => monitorEventLoopDelay(null), { code: 'ERR_INVALID_ARG_TYPE' });
const eld = monitorEventLoopDelay({ resolution: 5 });
assert.strictEqual(Object.getPrototypeOf(eld).constructor.name, 'ELDHistogram');
assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(eld)), Base);
assert.strictEqual(eld.record, undefined);
assert.throws(() => h.add(eld), { code: 'ERR_INVALID_ARG_TYPE' });
assert.deepStrictEqual([eld.enable(), eld.enable(), eld.disable(), eld.disable()],
                       [true, false, true, false]);
eld.enable();
const start = Date.now();
while (Date.now() - start < 20);
setTimeout(() => {
  eld.disable();
  assert.ok(eld.count > 0);
  assert.ok(eld.min <= eld.mean && eld.mean <= eld.max);
  assert.ok(eld.min > 1e6);  // ns between ticks of a 5 ms timer
  assert.ok(eld.stddev >= 0);
  assert.ok(eld.percentile(50) >= eld.min && eld.percentile(50) <= eld.max);
  assert.strictEqual(eld.percentiles.get(100), eld.percentiles.get(100));
  eld.reset();
  assert.strictEqual(eld.count, 0);
  setTimeout(() => assert.strictEqual(eld.count, 0), 20);  // disabled: no samples
}, 40);

// an enabled monitor does not keep the process alive
const keep = monitorEventLoopDelay();
keep.enable();
