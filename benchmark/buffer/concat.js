// Buffer.concat of 65536 chunks of 1 KiB (64 MiB), 8 times.
const chunks = [];
for (let i = 0; i < 65536; i++) chunks.push(Buffer.alloc(1024, i & 0xff));
let total = 0;
for (let i = 0; i < 8; i++) {
  const all = Buffer.concat(chunks);
  if (all[1024 * 300] !== (300 & 0xff)) throw new Error('wrong byte');
  total += all.length;
}
if (total !== 8 * 64 * 1024 * 1024) throw new Error(`length ${total}`);
