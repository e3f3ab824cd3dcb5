// TextDecoder.decode of 64 MiB of UTF-8 (mixed 1- to 4-byte characters), 4 times.
const MiB = 1024 * 1024;
const pattern = 'The quick brown fox \u00e9\u00e8\u00ea jumps \u20ac\u2603 over \u{1F600} the lazy dog 0123';
const str = pattern.repeat(Math.ceil(64 * MiB / pattern.length));
const bytes = new TextEncoder().encode(str);
const decoder = new TextDecoder();
let total = 0;
for (let i = 0; i < 4; i++) total += decoder.decode(bytes).length;
if (total !== 4 * str.length) throw new Error(`length ${total}`);
