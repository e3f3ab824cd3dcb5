// 1e6 setTimeout(0) callbacks.
const n = 1e6;
let count = 0;
function cb() { count++; }
for (let i = 0; i < n; i++) setTimeout(cb, 0);
process.on('exit', () => { if (count !== n) throw new Error('count ' + count); });
