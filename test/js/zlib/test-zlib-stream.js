'use strict';
// The stream classes: chunked input, node's event order, flush() semantics,
// finishFlush, params(), reset(), close(), bytesWritten, pipeline.
const assert = require('assert');
const zlib = require('zlib');
const { pipeline, PassThrough } = require('stream');

const text = Buffer.from('stream me, stream me again. '.repeat(2000));
let pending = 0;
function step() {
  pending++;
  return () => pending--;
}
process.on('exit', () => assert.strictEqual(pending, 0));

function collect(stream, cb) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => cb(Buffer.concat(chunks)));
}

// Classes: callable with and without new; factories; instanceof Transform.
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
                    'BrotliCompress', 'BrotliDecompress']) {
  const a = new zlib[name]();
  const b = zlib[name]();
  const c = zlib['create' + name]();
  for (const s of [a, b, c]) {
    assert.ok(s instanceof zlib[name]);
    assert.ok(s instanceof require('stream').Transform);
    assert.strictEqual(s.constructor.name, name);
    assert.strictEqual(s.bytesWritten, 0);
    s.close();
  }
}

// Chunked writes through every compressor/decompressor pair.
const pairs = [['createDeflate', 'createInflate'], ['createGzip', 'createGunzip'],
               ['createDeflateRaw', 'createInflateRaw'], ['createGzip', 'createUnzip'],
               ['createBrotliCompress', 'createBrotliDecompress']];
for (const [c, d] of pairs) {
  const done = step();
  const comp = zlib[c]();
  const decomp = zlib[d]();
  comp.pipe(decomp);
  collect(decomp, (out) => {
    assert.deepStrictEqual(out, text, `${c} -> ${d}`);
    assert.strictEqual(comp.bytesWritten, text.length);
    assert.ok(decomp.bytesWritten > 0);
    done();
  });
  for (let i = 0; i < text.length; i += 1000) comp.write(text.subarray(i, i + 1000));
  comp.end();
}

// Decompressing input fed one byte at a time (gzip header split everywhere).
{
  const done = step();
  const gz = zlib.gzipSync(text);
  const two = Buffer.concat([gz, zlib.gzipSync('tail')]);
  for (const make of ['createGunzip', 'createUnzip']) {
    const d = zlib[make]();
    pending++;
    collect(d, (out) => {
      assert.strictEqual(out.toString(), text.toString() + 'tail');
      pending--;
    });
    let i = 0;
    (function feed() {
      if (i >= two.length) return d.end();
      // Small pieces, synchronously; bigger ones after the first 64 bytes.
      const n = i < 64 ? 1 : 4096;
      d.write(two.subarray(i, i + n));
      i += n;
      setImmediate(feed);
    })();
  }
  done();
}

// Event order of gzip.end(chunk), as node: data, prefinish, end callback,
// finish, data, end, close.
{
  const done = step();
  const g = zlib.createGzip();
  const events = [];
  for (const n of ['data', 'end', 'finish', 'close', 'prefinish']) g.on(n, () => events.push(n));
  g.end('hello', () => events.push('endcb'));
  g.on('close', () => {
    assert.deepStrictEqual(events,
                           ['data', 'prefinish', 'endcb', 'finish', 'data', 'end', 'close']);
    assert.strictEqual(g.bytesWritten, 5);
    assert.strictEqual(g._handle, null);
    done();
  });
}

// flush(): what was written so far comes out and can be inflated without the
// stream's end. Default kind is Z_FULL_FLUSH; Z_SYNC_FLUSH also works.
{
  const done = step();
  const d = zlib.createDeflate();
  const out = [];
  d.on('data', (c) => out.push(c));
  d.write('abc');
  d.flush(() => {
    const sofar = Buffer.concat(out);
    assert.strictEqual(zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH })
                         .toString(), 'abc');
    d.write('def');
    d.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      const s2 = Buffer.concat(out);
      assert.strictEqual(zlib.inflateSync(s2, { finishFlush: zlib.constants.Z_SYNC_FLUSH })
                           .toString(), 'abcdef');
      // params() flushes with the old settings first, then calls back.
      d.params(9, zlib.constants.Z_FILTERED, (err) => {
        assert.strictEqual(err, undefined);
        d.end('ghi');
      });
    });
  });
  d.on('end', () => {
    assert.strictEqual(zlib.inflateSync(Buffer.concat(out)).toString(), 'abcdefghi');
    // After the end, flush() calls back on the next tick.
    d.flush(() => done());
  });
}

// Brotli flush (BROTLI_OPERATION_FLUSH by default).
{
  const done = step();
  const b = zlib.createBrotliCompress();
  const out = [];
  b.on('data', (c) => out.push(c));
  b.write('brotli flushed');
  b.flush(() => {
    // The flushed prefix decodes (finishFlush other than FINISH: no
    // "unexpected end of file").
    const prefix = Buffer.concat(out);
    const res = zlib.brotliDecompressSync(prefix, {
      finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
    });
    assert.strictEqual(res.toString(), 'brotli flushed');
    assert.throws(() => zlib.brotliDecompressSync(prefix), { code: 'Z_BUF_ERROR' });
    b.end();
    done();
  });
}

// finishFlush: Z_SYNC_FLUSH lets a truncated stream decode what it has.
{
  const gz = zlib.gzipSync(text);
  const truncated = gz.subarray(0, gz.length - 100);
  assert.throws(() => zlib.gunzipSync(truncated), { code: 'Z_BUF_ERROR' });
  const part = zlib.gunzipSync(truncated, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  assert.ok(part.length > 0 && part.length < text.length);
  assert.deepStrictEqual(part, text.subarray(0, part.length));
  const done = step();
  zlib.gunzip(truncated, { finishFlush: zlib.constants.Z_SYNC_FLUSH }, (err, res) => {
    assert.ifError(err);
    assert.deepStrictEqual(res, part);
    done();
  });
}

// flush option: every write comes out flushed.
{
  const done = step();
  const d = zlib.createDeflate({ flush: zlib.constants.Z_SYNC_FLUSH });
  const out = [];
  d.on('data', (c) => out.push(c));
  d.write('first', () => {
    setImmediate(() => {
      const got = zlib.inflateSync(Buffer.concat(out),
                                   { finishFlush: zlib.constants.Z_SYNC_FLUSH });
      assert.strictEqual(got.toString(), 'first');
      d.end();
      done();
    });
  });
}

// reset(): a decompressor starts over; a closed stream's reset asserts.
{
  const inf = zlib.createInflate();
  assert.strictEqual(inf.reset(), undefined);
  inf.close();
  assert.throws(() => inf.reset(), { code: 'ERR_INTERNAL_ASSERTION' });
  const done = step();
  const g = zlib.createGunzip();
  const chunks = [];
  g.on('data', (c) => chunks.push(c));
  g.write(zlib.gzipSync('one').subarray(0, 10), () => {
    g.reset();
    g.end(zlib.gzipSync('two'));
  });
  g.on('end', () => {
    assert.strictEqual(Buffer.concat(chunks).toString(), 'two');
    done();
  });
}

// close(cb): destroys; the callback gets the premature-close error; 'close'.
{
  const done = step();
  const g = zlib.createGzip();
  let closed = false;
  g.on('close', () => { closed = true; });
  g.close((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.ok(closed);
    assert.strictEqual(g._closed, true);
    done();
  });
}

// Writes after a close are refused by the stream, not crashing the handle.
{
  const done = step();
  const d = zlib.createDeflate();
  d.close();
  d.on('close', () => {
    d.write('late', (err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
      done();
    });
  });
}

// chunkSize bounds output chunks.
{
  const done = step();
  const inf = zlib.createInflate({ chunkSize: 1024 });
  const sizes = [];
  inf.on('data', (c) => sizes.push(c.length));
  inf.on('end', () => {
    assert.ok(sizes.length > 10);
    assert.ok(sizes.every((n) => n <= 1024));
    assert.strictEqual(sizes.reduce((a, b) => a + b, 0), text.length);
    done();
  });
  inf.end(zlib.deflateSync(text));
}

// Backpressure: a slow reader still gets everything of a big inflate.
{
  const done = step();
  const big = Buffer.alloc(4 << 20, 'z');
  const inf = zlib.createInflate();
  let total = 0;
  inf.on('readable', function read() {
    let c;
    while ((c = inf.read(4096)) !== null) total += c.length;
  });
  inf.on('end', () => {
    assert.strictEqual(total, big.length);
    done();
  });
  inf.end(zlib.deflateSync(big));
}

// pipeline with a PassThrough, and errors propagate through pipeline.
{
  const done = step();
  const src = new PassThrough();
  const sink = [];
  pipeline(src, zlib.createGzip(), zlib.createGunzip(), new PassThrough().on('data', (c) => sink.push(c)),
           (err) => {
             assert.ifError(err);
             assert.deepStrictEqual(Buffer.concat(sink), text);
             done();
           });
  src.end(text);
}
{
  const done = step();
  const src = new PassThrough();
  pipeline(src, zlib.createInflate(), new PassThrough(), (err) => {
    assert.strictEqual(err.code, 'Z_DATA_ERROR');
    assert.strictEqual(err.message, 'incorrect header check');
    done();
  });
  src.end('not deflate');
}

// A stream never ended nor closed doesn't keep the process alive.
zlib.createGzip().write('left open');

// bytesRead: the deprecated old name of bytesWritten (DEP0108).
{
  const done = step();
  const warnings = [];
  process.on('warning', (w) => warnings.push(w.code));
  const g = zlib.createGzip();
  g.on('data', () => {});
  g.write('abcdef', () => {
    assert.strictEqual(g.bytesRead, 6);
    g.bytesRead = 1;
    assert.strictEqual(g.bytesWritten, 1);
    setImmediate(() => {
      assert.deepStrictEqual(warnings, ['DEP0108']);
      g.close();
      done();
    });
  });
}

// Brotli streams inherit from Zlib (params() is there); instance fields.
{
  const b = zlib.createBrotliCompress();
  assert.strictEqual(typeof b.params, 'function');
  assert.ok(Object.getPrototypeOf(zlib.BrotliCompress.prototype) instanceof Object);
  const g = zlib.createGzip({ level: 3, chunkSize: 1024 });
  for (const k of ['_writeState', 'bytesWritten', '_handle', '_outBuffer', '_outOffset',
                   '_chunkSize', '_defaultFlushFlag', '_finishFlushFlag', '_defaultFullFlushFlag',
                   '_info', '_maxOutputLength', '_level', '_strategy']) {
    assert.ok(Object.hasOwn(g, k), k);
  }
  assert.strictEqual(g._level, 3);
  assert.strictEqual(g._chunkSize, 1024);
  assert.strictEqual(g._defaultFullFlushFlag, zlib.constants.Z_FULL_FLUSH);
  assert.strictEqual(b._defaultFullFlushFlag, zlib.constants.BROTLI_OPERATION_FLUSH);
  assert.strictEqual(b._finishFlushFlag, zlib.constants.BROTLI_OPERATION_FINISH);
  b.close();
  g.close();
}
