'use strict';
// V8 10.2 (eddy's V8, and node 18's) leaves `.length` / `.byteLength` of a
// typed array as a call to the generic LoadIC in code that TurboFan compiled
// on its background thread; compiled on the main thread
// (--no-concurrent-recompilation) the same load is a field read. Plain
// objects, arrays, strings, JS getters and DataView's byteLength are not
// affected. Prints ns per load for each kind of receiver.
//
// usage: typed-array-length.js [kind...]   (run with --no-use-osr, so the
// hot function is compiled the way library code is: not on-stack-replaced)
const makers = {
  buffer: () => Buffer.alloc(16),
  uint8array: () => new Uint8Array(16),
  float64array: () => new Float64Array(2),
  dataview: () => new DataView(new ArrayBuffer(16)),
  object: () => ({ length: 16 }),
  array: () => new Array(16).fill(0),
  string: () => 'x'.repeat(16),
};
const kinds = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(makers);
for (const kind of kinds) {
  const items = [];
  for (let i = 0; i < 16; i++) items.push(makers[kind]());
  // A fresh function per kind, so each one's feedback is monomorphic.
  const sum = kind === 'dataview'
    ? new Function('a', 'let s = 0; for (let i = 0; i < a.length; i++) s += a[i].byteLength; return s;')
    : new Function('a', 'let s = 0; for (let i = 0; i < a.length; i++) s += a[i].length; return s;');
  let best = Infinity;
  let total = 0;
  for (let round = 0; round < 5; round++) {
    const t0 = process.hrtime.bigint();
    for (let k = 0; k < 5e5; k++) total += sum(items);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / (5e5 * 16));
  }
  if (total === 0) throw new Error('unreachable');
  console.log(`${kind.padEnd(13)} ${best.toFixed(2)} ns/load`);
}
