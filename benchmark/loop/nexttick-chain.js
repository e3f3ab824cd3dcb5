// 1e6 nextTicks, each scheduled by the previous one (queue never grows).
const n = 1e6;
let count = 0;
function cb() { if (++count < n) process.nextTick(cb); }
process.nextTick(cb);
process.on('exit', () => { if (count !== n) throw new Error('count ' + count); });
