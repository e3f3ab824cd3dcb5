// Per-chunk cost of the stream hot paths, steady state (after warm-up).
// usage: chunks.js <write|push|transform|pipe> [chunks=1e6]
// Prints "<pattern> <ns per chunk>" for the best of 3 timed rounds after a
// warm-up round. benchmark/stream/run-chunks.py runs it beside node.
'use strict';
const { Readable, Writable, Transform } = require('stream');
const pattern = process.argv[2] || 'write';
const N = +(process.argv[3] || 1e6);
const chunk = Buffer.alloc(16, 'x');

function now() { return Number(process.hrtime.bigint()); }

const patterns = {
  // Writable.write with a synchronous callback.
  write(n, done) {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    const t0 = now();
    for (let i = 0; i < n; i++) w.write(chunk);
    const t = now() - t0;
    done(t);
  },
  // Readable push + 'data', flowing, read() pushes synchronously.
  push(n, done) {
    let i = 0;
    let t0;
    const r = new Readable({
      read() {
        if (i++ < n) this.push(chunk);
        else this.push(null);
      },
    });
    let got = 0;
    r.on('data', () => { got++; });
    r.on('end', () => done(now() - t0));
    t0 = now();
  },
  // Transform write (sync transform, data consumed by a 'data' listener).
  transform(n, done) {
    const t = new Transform({ transform(c, e, cb) { cb(null, c); } });
    t.on('data', () => {});
    const t0 = now();
    for (let i = 0; i < n; i++) t.write(chunk);
    done(now() - t0);
  },
  // Readable.pipe(Writable).
  pipe(n, done) {
    let i = 0;
    let t0;
    const r = new Readable({
      read() {
        if (i++ < n) this.push(chunk);
        else this.push(null);
      },
    });
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('finish', () => done(now() - t0));
    t0 = now();
    r.pipe(w);
  },
};

const fn = patterns[pattern];
const results = [];
let round = 0;
function next() {
  fn(N, (t) => {
    if (round++ > 0) results.push(t / N);
    if (round < 4) setImmediate(next);
    else console.log(pattern, Math.min(...results).toFixed(1));
  });
}
next();
