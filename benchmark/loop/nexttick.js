// 1e6 process.nextTick callbacks.
const n = 1e6;
let count = 0;
function cb() { count++; }
for (let i = 0; i < n; i++) process.nextTick(cb);
process.on('exit', () => { if (count !== n) throw new Error('count ' + count); });
