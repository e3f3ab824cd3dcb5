// FinalizationRegistry callbacks run while the program is alive (V8's
// foreground tasks are pumped by the loop), and their output is ordered like
// any other macrotask's.
const r = new FinalizationRegistry((held) => {
  console.log('finalized', held);
  process.nextTick(() => console.log('tick after finalizer'));
});
(function () { r.register({}, 'first'); })();
setTimeout(() => {
  gc();
  setTimeout(() => console.log('later timer'), 50);
}, 10);
