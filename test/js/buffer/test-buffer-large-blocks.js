'use strict';
// Big blocks (2 MiB and up) come from their own mappings in eddy
// (src/large_alloc.cc), smaller ones from malloc: every producer of bytes
// and strings must give the same results on both sides of that line, and
// when a block is trimmed to the bytes it holds.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const crypto = require('crypto');

const MiB = 1024 * 1024;
const sizes = [2 * MiB - 1, 2 * MiB, 2 * MiB + 1, 3 * MiB + 5, 6 * MiB + 4097];

function pattern(n) {
  const b = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) b[i] = (i * 131 + (i >> 9)) & 0xff;
  return b;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-large-'));
try {
  for (const n of sizes) {
    // Zeroed and unzeroed allocations.
    const z = Buffer.alloc(n);
    assert.strictEqual(z.length, n);
    assert.strictEqual(z.indexOf(1), -1);
    const u = Buffer.allocUnsafeSlow(n).fill(7);
    assert.strictEqual(u[n - 1], 7);
    assert.strictEqual(new Uint8Array(new ArrayBuffer(n))[n - 1], 0);

    const data = pattern(n);
    // Strings out and back in.
    const b64 = data.toString('base64');
    assert.strictEqual(b64.length, Math.ceil(n / 3) * 4);
    assert.ok(Buffer.from(b64, 'base64').equals(data));
    const hex = data.toString('hex');
    assert.strictEqual(hex.slice(0, 8), '00830689');
    assert.ok(Buffer.from(hex, 'hex').equals(data));
    const ascii = Buffer.alloc(n, 'abc');
    const s = ascii.toString('utf8');
    assert.strictEqual(s.length, n);
    assert.ok(Buffer.from(s).equals(ascii));
    // UTF-8 with two-byte results, trimmed to the characters it holds.
    const text = 'h\u00e9\u20ac\u{1F600}'.repeat(Math.ceil(n / 10));
    const enc = Buffer.from(text);
    assert.strictEqual(enc.length, Buffer.byteLength(text));
    assert.strictEqual(enc.length, (text.length / 5) * 10);
    assert.strictEqual(enc.toString(), text);
    assert.strictEqual(new TextDecoder().decode(enc), text);
    assert.ok(Buffer.from(new TextEncoder().encode(text)).equals(enc));

    // Files: one read sized from fstat.
    const file = path.join(dir, `f${n}`);
    fs.writeFileSync(file, data);
    assert.ok(fs.readFileSync(file).equals(data));
    assert.strictEqual(fs.readFileSync(file, 'latin1').length, n);

    // Compression and digests producing big outputs.
    const gz = zlib.gzipSync(data);
    assert.ok(zlib.gunzipSync(gz).equals(data));
    assert.ok(zlib.inflateSync(zlib.deflateSync(data)).equals(data));
    const key = crypto.randomBytes(32);
    const iv = crypto.randomBytes(16);
    const c = crypto.createCipheriv('aes-256-ctr', key, iv);
    const ct = Buffer.concat([c.update(data), c.final()]);
    const d = crypto.createDecipheriv('aes-256-ctr', key, iv);
    assert.ok(Buffer.concat([d.update(ct), d.final()]).equals(data));
  }
  // A derived key of more than 2 MiB.
  const dk = crypto.hkdfSync('sha256', 'key', 'salt', 'info', 255 * 32);
  assert.strictEqual(dk.byteLength, 8160);
  const long = crypto.pbkdf2Sync('pw', 'salt', 1, 2 * MiB + 3, 'sha256');
  assert.strictEqual(long.length, 2 * MiB + 3);
  assert.strictEqual(long.subarray(0, 32).toString('hex'),
                     crypto.pbkdf2Sync('pw', 'salt', 1, 32, 'sha256').toString('hex'));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

// Freed big blocks are reused: what was zeroed must still read as zeros,
// whatever the block held before (enough garbage here for the GC to free
// blocks in between).
const zeros = Buffer.alloc(7 * MiB);
for (let round = 0; round < 24; round++) {
  const n = (4 + (round % 3)) * MiB + round * 4096;
  const dirty = Buffer.allocUnsafe(n).fill(0xab);
  assert.strictEqual(dirty[n - 1], 0xab);
  const zeroed = [Buffer.alloc(n), new Uint8Array(new ArrayBuffer(n)), new Float64Array(n / 8)];
  for (const z of zeroed) {
    const bytes = new Uint8Array(z.buffer, z.byteOffset, z.byteLength);
    assert.strictEqual(bytes.indexOf(0xab), -1);
    assert.ok(zeros.subarray(0, n).equals(bytes));
  }
  // Strings and file contents made in reused blocks hold exactly their own bytes.
  const s = Buffer.alloc(n, 'xyz').toString('latin1');
  assert.strictEqual(s.length, n);
  assert.strictEqual(s.slice(-3), Buffer.alloc(n, 'xyz').toString('latin1', n - 3));
}
