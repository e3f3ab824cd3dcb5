// 1 GiB through Readable → Transform → Writable with stream.pipeline, in
// 64 KiB chunks; the transform passes each chunk through unchanged.
const { Readable, Transform, Writable, pipeline } = require('stream');
const CHUNK = 64 * 1024;
const TOTAL = 1024 * 1024 * 1024;
const chunk = Buffer.alloc(CHUNK, 'x');
let produced = 0;
let consumed = 0;
const source = new Readable({
  read() {
    if (produced >= TOTAL) {
      this.push(null);
      return;
    }
    produced += CHUNK;
    this.push(chunk);
  },
});
const passThrough = new Transform({
  transform(data, encoding, callback) { callback(null, data); },
});
const sink = new Writable({
  write(data, encoding, callback) {
    consumed += data.length;
    callback();
  },
});
pipeline(source, passThrough, sink, (err) => {
  if (err) throw err;
  if (consumed !== TOTAL) throw new Error(`consumed ${consumed}`);
});
process.on('exit', () => { if (consumed !== TOTAL) throw new Error(`consumed ${consumed}`); });
