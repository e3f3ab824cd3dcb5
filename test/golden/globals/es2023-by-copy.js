'use strict';
// ES2023 change-array-by-copy and well-formed-string methods (V8 10.2 lacks
// them; lib/internal/bootstrap/v8_compat.js adds them) over random receivers
// and arguments: holes read through the prototype, array-likes with getters
// and odd lengths, comparators that log, throw or return NaN, typed arrays of
// every type (subclasses and subarrays too), lone surrogates. Prints the
// detached-buffer cases and a digest of everything else; the expected output
// is node 20's. To find a difference, run it with --dump under node and eddy
// (both with --allow-natives-syntax) and diff.
let seed = 7;
function rnd() { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (n) => Math.floor(rnd() * n);
const pick = (a) => a[ri(a.length)];
const log = [];
function show(v) {
  if (v === undefined) return 'undef';
  if (typeof v === 'bigint') return v + 'n';
  if (typeof v === 'symbol') return 'sym';
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (ArrayBuffer.isView(v)) return Object.prototype.toString.call(v) + '[' + Array.from(v, show).join(',') + ']';
  if (Array.isArray(v)) { const p = []; for (let i = 0; i < v.length; i++) p.push(i in v ? show(v[i]) : '_'); return '[' + p.join(',') + ']' + (Object.getPrototypeOf(v) === Array.prototype ? '' : '!proto'); }
  if (v && typeof v === 'object') return 'obj';
  return typeof v;
}
const vals = [undefined, null, 0, -0, 1, 2, 10, -1, 1.5, NaN, Infinity, 'a', 'b', '10', '9', '', true, false, 3n];
function element() { return pick(vals); }
function num() { return pick([0, 1, 2, 3, -1, -2, -3, 1.5, -0.5, -1.5, NaN, Infinity, -Infinity, '1', '-1', 'x', '', null, undefined, true, 2 ** 32, -(2 ** 32), 1e21, { valueOf() { log.push('valueOf'); return 1; } }, [2], {}]); }
function receiver() {
  const n = ri(7);
  switch (ri(6)) {
    case 0: case 1: { const a = []; for (let i = 0; i < n; i++) a.push(element()); return a; }
    case 2: { const a = new Array(n); for (let i = 0; i < n; i++) if (rnd() < 0.6) a[i] = element(); return a; }  // holes
    case 3: { const o = { length: pick([n, String(n), n + 0.7, -1, NaN, undefined, { valueOf() { log.push('len'); return n; } }]) }; for (let i = 0; i < n; i++) if (rnd() < 0.7) o[i] = element(); return o; }
    case 4: { const o = { length: n }; for (let i = 0; i < n; i++) Object.defineProperty(o, i, { get() { log.push('get' + i); return i * 2; }, enumerable: true }); return o; }
    default: return pick(['abc', 'b\ud800a', 5, true, '']);
  }
}
function comparator() {
  const k = ri(6);
  if (k === 0) return undefined;
  if (k === 1) return (a, b) => { log.push('cmp ' + show(a) + ' ' + show(b)); return a < b ? -1 : a > b ? 1 : 0; };
  if (k === 2) { let c = 0; const lim = ri(5); return (a, b) => { log.push('cmp'); if (c++ === lim) throw new Error('cmp threw'); return (a > b) - (a < b); }; }
  if (k === 3) return () => NaN;
  if (k === 4) return (a, b) => ({ valueOf() { log.push('cmpvo'); return String(b).length - String(a).length; } });
  return pick([1, 'x', null, {}, true]);
}
const out = [];
const N = 4000;
Array.prototype[3] = 'proto3';  // holes read through the prototype (sometimes)
for (let i = 0; i < N; i++) {
  log.length = 0;
  if (i % 2) delete Array.prototype[3]; else Array.prototype[3] = 'proto3';
  const r = receiver();
  const m = pick(['toSorted', 'toReversed', 'with', 'toSpliced']);
  let args;
  if (m === 'toSorted') args = [comparator()];
  else if (m === 'toReversed') args = [];
  else if (m === 'with') args = [num(), element()];
  else { const k = ri(5); args = [num(), num(), element(), element()].slice(0, k); }
  let res;
  try { res = show(Array.prototype[m].apply(r, args)); } catch (e) { res = e.name + ': ' + e.message; }
  out.push(`${i} ${m} ${res} | ${log.join(',')}`);
}
delete Array.prototype[3];
// Typed arrays
const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
for (let i = 0; i < N; i++) {
  log.length = 0;
  const T = pick(types);
  const big = T === BigInt64Array || T === BigUint64Array;
  const n = ri(8);
  const src = Array.from({ length: n }, () => big ? BigInt(ri(2000) - 1000) * pick([1n, 1n << 40n]) : pick([0, -0, 1, -1, 255, 256, -129, 3.7, NaN, Infinity, -Infinity, 1e10, 0.1]));
  let ta = new T(src);
  if (rnd() < 0.2) ta = ta.subarray(ri(n + 1));
  if (rnd() < 0.1) { class Sub extends T {} ta = new Sub(src); }
  const m = pick(['toSorted', 'toReversed', 'with']);
  let args = m === 'toSorted' ? [comparator()] : m === 'with' ? [num(), big ? pick([1n, -1n, 2n ** 64n + 5n, 1, 'x', '7', { valueOf() { log.push('vvo'); return 9n; } }]) : pick([1, -1, 300, 2.5, NaN, '7', 'x', undefined, null, 1n, { valueOf() { log.push('vvo'); return 9; } }])] : [];
  let res;
  try { res = show(types.includes(Object.getPrototypeOf(ta).constructor) ? ta[m](...args) : ta[m](...args)); } catch (e) { res = e.name + ': ' + e.message; }
  out.push(`t${i} ${m} ${res} | ${log.join(',')}`);
}
// Strings
const units = ['a', 'é', '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', 'z'];
for (let i = 0; i < N; i++) {
  let s = ''; for (let k = ri(8); k > 0; k--) s += pick(units);
  const recv = rnd() < 0.05 ? pick([null, undefined, 5, { toString() { return '\ud800x'; } }, Symbol.iterator]) : s;
  const m = pick(['isWellFormed', 'toWellFormed']);
  let res;
  try { res = JSON.stringify(String.prototype[m].call(recv)); } catch (e) { res = e.name + ': ' + e.message; }
  out.push(`s${i} ${m} ${res}`);
}
// Typed arrays whose buffer is detached, before or during the call.
const detach = (array) => %ArrayBufferDetach(array.buffer);
const detached = new Uint8Array(2);
detach(detached);
for (const f of [() => detached.toReversed(), () => detached.toSorted(), () => detached.with(0, 1),
  () => detached.toSorted(1), () => Uint8Array.prototype.toReversed.call([]),
  () => Uint8Array.prototype.toSorted.call(1), () => Uint8Array.prototype.with.call({}),
  () => { const a = new Uint8Array(4); return a.with(1, { valueOf() { detach(a); return 5; } }); },
  () => { const a = new Uint8Array(4); return a.with({ valueOf() { detach(a); return 1; } }, 5); },
  () => { const a = new Float64Array([3, 1, 2]); return a.toSorted((x, y) => { detach(a); return x - y; }); }]) {
  let res;
  try { res = show(f()); } catch (e) { res = e.name + ': ' + e.message; }
  console.log(res);
}
if (process.argv.includes('--dump')) {
  console.log(out.join('\n'));
} else {
  console.log(out.length, require('crypto').createHash('sha256').update(out.join('\n')).digest('hex'));
}
