// Buffer.from(string, encoding) on a 64 MiB string, 4 times.
// usage: from-string.js utf8|base64|hex|latin1
const enc = process.argv[2] || 'utf8';
const MiB = 1024 * 1024;
// 64-character patterns; utf8 mixes 1-, 2-, 3- and 4-byte characters.
const patterns = {
  utf8: 'The quick brown fox \u00e9\u00e8\u00ea jumps \u20ac\u2603 over \u{1F600} the lazy dog 0123',
  base64: 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2',
  hex: '00112233445566778899aabbccddeeff0123456789abcdef0f1e2d3c4b5a6978',
  latin1: 'caf\u00e9 na\u00efve \u00fcber \u00e0 la fa\u00e7ade \u00a9\u00ae\u00b1 \u00ff\u00fe\u00fd 0123456789 ABCD',
};
const pattern = patterns[enc];
if (pattern === undefined) throw new Error(`unknown encoding ${enc}`);
const str = pattern.repeat(Math.ceil(64 * MiB / pattern.length));
let total = 0;
for (let i = 0; i < 4; i++) total += Buffer.from(str, enc).length;
const expected = 4 * Buffer.byteLength(str, enc);
if (total !== expected) throw new Error(`length ${total} != ${expected}`);
