// 1e6 microtasks: queueMicrotask and promise reactions, half each.
const n = 1e6;
let count = 0;
function cb() { count++; }
const p = Promise.resolve();
for (let i = 0; i < n / 2; i++) {
  queueMicrotask(cb);
  p.then(cb);
}
process.on('exit', () => { if (count !== n) throw new Error('count ' + count); });
