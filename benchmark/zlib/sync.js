'use strict';
// gzipSync or gunzipSync of 64 MiB of text (timed part only; making the
// input is not measured).
//   usage: sync.js gzip|gunzip [MiB]
const zlib = require('zlib');
const { makeText, report } = require('./common.js');

const op = process.argv[2] || 'gzip';
const data = makeText(Number(process.argv[3] || 64) * 1024 * 1024);
if (op === 'gzip') {
  const start = process.hrtime.bigint();
  const out = zlib.gzipSync(data);
  report('gzipSync', start);
  if (out.length > data.length / 2 || out.readUInt32LE(out.length - 4) !== data.length % 2 ** 32) {
    throw new Error(`bad gzip output of ${out.length} bytes`);
  }
} else {
  // info: true keeps both runtimes on zlib for making the input, so they
  // decompress comparable streams.
  const gz = zlib.gzipSync(data, { info: true }).buffer;
  const start = process.hrtime.bigint();
  const out = zlib.gunzipSync(gz);
  report('gunzipSync', start);
  if (!out.equals(data)) throw new Error('gunzip output differs');
}
