'use strict';
// A gzip stream of 256 MiB: a Readable of 64 KiB chunks piped through
// createGzip() into a counting Writable (timed part only).
//   usage: stream.js [MiB]
const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');
const { makeText, report } = require('./common.js');

const total = Number(process.argv[2] || 256) * 1024 * 1024;
// 16 MiB of distinct text, cycled: deflate's 32 KiB window never sees the repeat.
const block = makeText(16 * 1024 * 1024);
const kChunk = 64 * 1024;
let sent = 0;
const source = new Readable({
  read() {
    if (sent >= total) return this.push(null);
    const off = sent % block.length;
    this.push(block.subarray(off, off + kChunk));
    sent += kChunk;
  },
});
let compressed = 0;
const sink = new Writable({
  write(chunk, enc, cb) {
    compressed += chunk.length;
    cb();
  },
});
const start = process.hrtime.bigint();
pipeline(source, zlib.createGzip(), sink, (err) => {
  if (err) throw err;
  report('gzip stream', start);
  if (compressed === 0 || compressed > total / 2) throw new Error(`compressed ${compressed}`);
});
