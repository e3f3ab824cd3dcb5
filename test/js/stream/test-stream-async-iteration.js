'use strict';
// for await over Readables (break destroys the source), Readable.from,
// iterator({ destroyOnReturn }), errors surfacing through the loop, and the
// experimental operators (map, filter, toArray, reduce...).
const assert = require('assert');
const { Readable, PassThrough } = require('stream');

const results = {};

async function main() {
  // Plain iteration.
  {
    const r = new Readable({ objectMode: true, read() {} });
    r.push('a');
    r.push('b');
    r.push(null);
    const got = [];
    for await (const c of r) got.push(c);
    results.plain = got;
  }

  // break destroys the source.
  {
    const log = [];
    const r = new Readable({ objectMode: true, read() { this.push(log.length); } });
    r.on('close', () => log.push('close'));
    for await (const c of r) {
      log.push(`chunk ${c}`);
      if (c >= 2) break;
    }
    log.push(`destroyed=${r.destroyed}`);
    await new Promise((resolve) => setImmediate(resolve));
    results.break = log;
  }

  // destroyOnReturn: false keeps the stream usable.
  {
    const r = Readable.from([1, 2, 3, 4]);
    for await (const c of r.iterator({ destroyOnReturn: false })) {
      if (c === 2) break;
    }
    assert.strictEqual(r.destroyed, false);
    const rest = [];
    for await (const c of r) rest.push(c);
    results.noDestroy = rest;
  }

  // An error from the stream rejects the loop.
  {
    const r = new Readable({ read() {} });
    r.push('x');
    setTimeout(() => r.destroy(new Error('iter fail')), 1);
    const got = [];
    try {
      for await (const c of r) got.push(String(c));
    } catch (err) {
      got.push(`caught ${err.message}`);
    }
    results.error = got;
  }

  // Readable.from: iterables, async iterables, strings, promises.
  {
    assert.deepStrictEqual(await Readable.from(['x', 'y']).toArray(), ['x', 'y']);
    assert.deepStrictEqual(await Readable.from('hello').toArray(), ['hello']);
    async function* gen() { yield 1; yield 2; }
    assert.deepStrictEqual(await Readable.from(gen()).toArray(), [1, 2]);
    assert.deepStrictEqual(await Readable.from([Promise.resolve(7), 8]).toArray(), [7, 8]);
    const r = Readable.from([]);
    assert.strictEqual(r.readableObjectMode, true);
    assert.strictEqual(r.readableHighWaterMark, 1);
    assert.strictEqual(Readable.from(['a'], { objectMode: false }).readableObjectMode, false);
    assert.throws(() => Readable.from(5), { code: 'ERR_INVALID_ARG_TYPE' });
    const bad = Readable.from([null]);
    await assert.rejects(bad.toArray(), { code: 'ERR_STREAM_NULL_VALUES' });
  }

  // Generator cleanup runs when the stream is destroyed.
  {
    const log = [];
    function* gen() {
      try {
        yield 1;
        yield 2;
      } finally {
        log.push('generator finally');
      }
    }
    const r = Readable.from(gen());
    for await (const c of r) {
      log.push(`got ${c}`);
      break;
    }
    results.genCleanup = log;
  }

  // Operators.
  {
    const src = () => Readable.from([1, 2, 3, 4, 5]);
    results.map = await src().map((x) => x * 2).toArray();
    results.mapAsync = await src().map(async (x) => x + 1, { concurrency: 3 }).toArray();
    results.filter = await src().filter((x) => x % 2).toArray();
    results.take = await src().take(2).toArray();
    results.drop = await src().drop(3).toArray();
    results.flatMap = await src().take(2).flatMap((x) => [x, x]).toArray();
    results.reduce = await src().reduce((a, b) => a + b, 0);
    results.reduceNoInit = await src().reduce((a, b) => a * b);
    results.some = await src().some((x) => x > 4);
    results.every = await src().every((x) => x > 4);
    results.find = await src().find((x) => x > 2);
    const seen = [];
    await src().forEach((x) => { seen.push(x); });
    results.forEach = seen;
    await assert.rejects(Readable.from([]).reduce((a, b) => a + b), {
      code: 'ERR_MISSING_ARGS',
      message: 'Reduce of an empty stream requires an initial value',
    });
    assert.throws(() => src().map(5), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => src().map((x) => x, { concurrency: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  }

  // PassThrough in objectMode, iterated while written.
  {
    const p = new PassThrough({ objectMode: true });
    setTimeout(() => { p.write({ n: 1 }); p.end({ n: 2 }); }, 1);
    const got = [];
    for await (const o of p) got.push(o.n);
    results.passthrough = got;
  }
}

main().then(() => { results.done = true; });

process.on('exit', () => {
  if (EXPECTED === null) console.log(JSON.stringify(results, null, 2));
  else assert.deepStrictEqual(results, EXPECTED);
});

const EXPECTED = {
  "plain": [
    "a",
    "b"
  ],
  "break": [
    "chunk 0",
    "chunk 1",
    "chunk 2",
    "destroyed=true",
    "close"
  ],
  "noDestroy": [
    3,
    4
  ],
  "error": [
    "x",
    "caught iter fail"
  ],
  "genCleanup": [
    "got 1",
    "generator finally"
  ],
  "map": [
    2,
    4,
    6,
    8,
    10
  ],
  "mapAsync": [
    2,
    3,
    4,
    5,
    6
  ],
  "filter": [
    1,
    3,
    5
  ],
  "take": [
    1,
    2
  ],
  "drop": [
    4,
    5
  ],
  "flatMap": [
    1,
    1,
    2,
    2
  ],
  "reduce": 15,
  "reduceNoInit": 120,
  "some": true,
  "every": false,
  "find": 3,
  "forEach": [
    1,
    2,
    3,
    4,
    5
  ],
  "passthrough": [
    1,
    2
  ],
  "done": true
};
