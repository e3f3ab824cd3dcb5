'use strict';
// node:diagnostics_channel: channels by name, subscribe/unsubscribe (module
// and Channel forms), hasSubscribers, publish order, a throwing subscriber
// reported as uncaught without stopping the others, and TracingChannel's
// traceSync / tracePromise / traceCallback event sequences (node 20's).
const assert = require('assert');
const dc = require('diagnostics_channel');

const ch = dc.channel('eddy:test');
assert.strictEqual(dc.channel('eddy:test'), ch);
assert.strictEqual(ch.name, 'eddy:test');
assert(ch instanceof dc.Channel);
assert.strictEqual(ch.hasSubscribers, false);
assert.strictEqual(dc.hasSubscribers('eddy:test'), false);
assert.throws(() => dc.channel(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => ch.subscribe(1), { code: 'ERR_INVALID_ARG_TYPE' });

const seen = [];
const a = (msg, name) => seen.push(['a', msg, name]);
const b = (msg) => seen.push(['b', msg]);
ch.subscribe(a);
dc.subscribe('eddy:test', b);
assert.strictEqual(ch.hasSubscribers, true);
assert.strictEqual(dc.hasSubscribers('eddy:test'), true);
ch.publish({ n: 1 });
assert.deepStrictEqual(seen, [['a', { n: 1 }, 'eddy:test'], ['b', { n: 1 }]]);
assert.strictEqual(ch.unsubscribe(a), true);
assert.strictEqual(ch.unsubscribe(a), false);
assert.strictEqual(dc.unsubscribe('eddy:test', b), true);
assert.strictEqual(ch.hasSubscribers, false);
seen.length = 0;
ch.publish({ n: 2 });
assert.deepStrictEqual(seen, []);

// A subscriber that throws: the others still run; the error is uncaught later.
const thrower = dc.channel('eddy:throw');
const after = [];
thrower.subscribe(() => { throw new Error('from subscriber'); });
thrower.subscribe(() => after.push('second'));
let uncaught;
process.once('uncaughtException', (err) => { uncaught = err.message; });
thrower.publish('x');
assert.deepStrictEqual(after, ['second']);

// TracingChannel.
const tc = dc.tracingChannel('eddy:op');
const events = [];
const record = (name) => (ctx) => events.push([name, { ...ctx }]);
tc.subscribe({
  start: record('start'), end: record('end'), asyncStart: record('asyncStart'),
  asyncEnd: record('asyncEnd'), error: record('error'),
});
assert.strictEqual(tc.hasSubscribers, true);
assert.strictEqual(tc.traceSync((x) => x * 2, { id: 1 }, null, 21), 42);
assert.throws(() => tc.traceSync(() => { throw new Error('sync'); }, { id: 2 }), /sync/);

(async () => {
  assert.strictEqual(await tc.tracePromise(async () => 'ok', { id: 3 }), 'ok');
  await assert.rejects(tc.tracePromise(async () => { throw new Error('async'); }, { id: 4 }), /async/);
  await new Promise((resolve) => {
    tc.traceCallback((cb) => setImmediate(cb, null, 'res'), 0, { id: 5 }, null, (err, res) => {
      events.push(['callback', res]);
      resolve();
    });
  });
  const names = events.map(([name, ctx]) => (Array.isArray(ctx) ? name : `${name}:${ctx.id ?? ''}`));
  assert.deepStrictEqual(names, [
    'start:1', 'end:1',
    'start:2', 'error:2', 'end:2',
    'start:3', 'end:3', 'asyncStart:3', 'asyncEnd:3',
    'start:4', 'end:4', 'error:4', 'asyncStart:4', 'asyncEnd:4',
    'start:5', 'end:5', 'asyncStart:5', 'callback:', 'asyncEnd:5',
  ]);
  assert.strictEqual(events[1][1].result, 42);
  assert.strictEqual(events[3][1].error.message, 'sync');
  assert.strictEqual(uncaught, 'from subscriber');
})();
