'use strict';
// A FileHandle collected while open: its fd is closed and node's two warnings
// (the second, DEP0137, only once) are emitted. Run with --expose-gc.
const fsp = require('fs/promises');

const lines = [];
process.on('warning', (w) => {
  lines.push(`${w.name} ${w.code} ${w.message.replace(/descriptor \d+/, 'descriptor N')}`);
});

async function countFds() {
  return (await fsp.readdir('/proc/self/fd')).length;
}

(async () => {
  const before = await countFds();
  await fsp.open(__filename);
  await fsp.open(__filename);
  console.log('open fds added:', (await countFds()) - before);
  await new Promise((r) => setTimeout(r, 10));
  globalThis.gc();
  await new Promise((r) => setTimeout(r, 50));
  console.log('open fds after gc:', (await countFds()) - before);
  await fsp.open(__filename);
  await new Promise((r) => setTimeout(r, 10));
  globalThis.gc();
  await new Promise((r) => setTimeout(r, 50));
  console.log('open fds after second gc:', (await countFds()) - before);
  console.log(lines.sort().join('\n'));
  // a closed handle gives no warning
  const fh = await fsp.open(__filename);
  await fh.close();
})();
