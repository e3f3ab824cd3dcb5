'use strict';
// brotliCompressSync then brotliDecompressSync of 16 MiB of text (timed
// part only), at the given quality (default 5: node's default 11 takes
// tens of seconds on 16 MiB).
//   usage: brotli.js [quality] [MiB]
const zlib = require('zlib');
const { makeText, report } = require('./common.js');

const quality = Number(process.argv[2] || 5);
const data = makeText(Number(process.argv[3] || 16) * 1024 * 1024);
const start = process.hrtime.bigint();
const br = zlib.brotliCompressSync(data, {
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
  },
});
const out = zlib.brotliDecompressSync(br);
report('brotli', start);
if (!out.equals(data) || br.length > data.length / 2) throw new Error('brotli round trip');
