'use strict';
// pipeline (callback and promise), async generator transforms, destroy in
// the middle, AbortSignal; finished on live and already-finished streams.
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, PassThrough, Transform, pipeline, finished } = stream;
const promises = require('stream/promises');

const results = {};
function record(name, log) { results[name] = log; }

assert.strictEqual(stream.promises, promises);
assert.strictEqual(require('util').promisify(pipeline), promises.pipeline);
assert.strictEqual(require('util').promisify(finished), promises.finished);

// Async generator transforms and a final async function.
{
  const log = [];
  pipeline(
    Readable.from(['a', 'b', 'c']),
    async function* (src) {
      for await (const chunk of src) yield chunk.toUpperCase();
    },
    async function* (src) {
      for await (const chunk of src) yield `${chunk}${chunk}`;
    },
    async function (src) {
      for await (const chunk of src) log.push(chunk);
      return 'done';
    },
    (err, value) => {
      log.push(`cb ${err} ${value}`);
      record('generators', log);
    },
  );
}

// Destroy a stream in the middle: every stream destroyed, callback once.
{
  const log = [];
  const src = new Readable({ read() {} });
  const mid = new PassThrough();
  const dst = new Writable({ write(c, e, cb) { log.push(`write ${c}`); cb(); } });
  for (const [name, s] of [['src', src], ['mid', mid], ['dst', dst]]) {
    s.on('close', () => log.push(`${name} close`));
  }
  let calls = 0;
  pipeline(src, mid, dst, (err) => {
    calls++;
    log.push(`cb ${err.message} destroyed=${src.destroyed},${mid.destroyed},${dst.destroyed}`);
    setTimeout(() => { log.push(`calls ${calls}`); record('destroy-middle', log); }, 5);
  });
  src.push('x');
  setTimeout(() => mid.destroy(new Error('mid broke')), 2);
}

// A premature close (destroy without error) is reported as such.
{
  const src = new Readable({ read() {} });
  const dst = new PassThrough();
  pipeline(src, dst, (err) => {
    results.premature = `${err.code} ${err.message}`;
  });
  dst.resume();
  process.nextTick(() => src.destroy());
}

// pipeline returns the last stream; the promise version resolves.
{
  const chunks = [];
  const last = new Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } });
  promises.pipeline(Readable.from([1, 2, 3]), new Transform({
    objectMode: true,
    transform(c, e, cb) { cb(null, c * 10); },
  }), last).then((v) => {
    results.promisePipeline = { chunks, v: v === undefined };
  });
}

// Abort signal.
{
  const ac = new AbortController();
  const src = new Readable({ read() {} });
  const dst = new PassThrough();
  promises.pipeline(src, dst, { signal: ac.signal }).catch((err) => {
    results.abort = `${err.name} ${err.code} src=${src.destroyed} dst=${dst.destroyed}`;
  });
  setTimeout(() => ac.abort(), 1);
}

// Errors: too few streams, bad callback.
assert.throws(() => pipeline(new PassThrough(), () => {}), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => pipeline(new PassThrough(), new PassThrough()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /streams\[stream\.length - 1\]/,
});

// finished: callback once when done.
{
  const log = [];
  const r = new Readable({ read() {} });
  finished(r, (err) => log.push(`finished ${err}`));
  r.on('end', () => log.push('end'));
  r.on('close', () => { log.push('close'); record('finished-readable', log); });
  r.push(null);
  r.resume();
}

// finished on already-finished / destroyed / errored streams.
{
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('close', () => {
    finished(w, (err) => log.push(`after close: ${err}`));
  });
  const r = new Readable({ read() {} });
  r.destroy();
  finished(r, (err) => log.push(`destroyed: ${err && err.code}`));
  const r2 = new Readable({ read() {} });
  r2.on('error', () => {});
  r2.destroy(new Error('bad'));
  r2.on('close', () => finished(r2, (err) => log.push(`errored: ${err && err.message}`)));
  const r3 = new Readable({ read() {} });
  r3.push(null);
  r3.resume();
  r3.on('end', () => finished(r3, (err) => log.push(`ended: ${err}`)));
  setTimeout(() => record('finished-already', log), 10);
}

// finished: premature close, options, cleanup function, promise form.
{
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => log.push(`w ${err && err.code} ${err && err.message}`));
  w.destroy();
  const r = new Readable({ read() {} });
  const cleanup = finished(r, () => log.push('should not run'));
  cleanup();
  r.destroy();
  const d = new PassThrough();
  finished(d, { readable: false }, (err) => log.push(`writable side only ${err}`));
  d.end('x');
  promises.finished(new Readable({ read() { this.push(null); } }).resume())
    .then(() => log.push('promise finished'));
  setTimeout(() => record('finished-misc', log), 10);
}

// finished with a signal.
{
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  finished(r, { signal: ac.signal }, (err) => {
    results.finishedAbort = `${err.name} ${r.destroyed}`;
  });
  ac.abort();
}

assert.throws(() => finished({}, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. Received an instance of Object',
});

process.on('exit', () => {
  if (EXPECTED === null) console.log(JSON.stringify(results, null, 2));
  else assert.deepStrictEqual(results, EXPECTED);
});

const EXPECTED = {
  "finishedAbort": "AbortError false",
  "finished-readable": [
    "end",
    "finished undefined",
    "close"
  ],
  "premature": "ERR_STREAM_PREMATURE_CLOSE Premature close",
  "promisePipeline": {
    "chunks": [
      10,
      20,
      30
    ],
    "v": true
  },
  "generators": [
    "AA",
    "BB",
    "CC",
    "cb undefined done"
  ],
  "abort": "AbortError ABORT_ERR src=true dst=true",
  "finished-already": [
    "destroyed: ERR_STREAM_PREMATURE_CLOSE",
    "errored: bad",
    "after close: undefined",
    "ended: undefined"
  ],
  "finished-misc": [
    "w ERR_STREAM_PREMATURE_CLOSE Premature close",
    "writable side only undefined",
    "promise finished"
  ],
  "destroy-middle": [
    "write x",
    "mid close",
    "src close",
    "dst close",
    "cb mid broke destroyed=true,true,true",
    "calls 1"
  ]
};
