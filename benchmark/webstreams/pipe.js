// 1 GiB through ReadableStream → TransformStream → WritableStream with
// pipeThrough/pipeTo, in 64 KiB chunks; the transform passes each chunk
// through unchanged (its default transform).
const CHUNK = 64 * 1024;
const TOTAL = 1024 * 1024 * 1024;
const chunk = new Uint8Array(CHUNK).fill(120);
let produced = 0;
let consumed = 0;
const source = new ReadableStream({
  pull(controller) {
    if (produced >= TOTAL) {
      controller.close();
      return;
    }
    produced += CHUNK;
    controller.enqueue(chunk);
  },
}, { highWaterMark: 4 });
const sink = new WritableStream({
  write(data) {
    consumed += data.byteLength;
  },
}, { highWaterMark: 4 });
source.pipeThrough(new TransformStream()).pipeTo(sink).then(() => {
  if (consumed !== TOTAL) throw new Error(`consumed ${consumed}`);
});
process.on('exit', () => { if (consumed !== TOTAL) throw new Error(`consumed ${consumed}`); });
