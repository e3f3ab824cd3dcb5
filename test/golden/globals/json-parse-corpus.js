'use strict';
// JSON.parse's messages over a random corpus of broken JSON texts, against
// node 20's (the expected output). Prints how many texts gave each kind of
// message and a digest of all messages in order; to find a difference, run
// `node json-parse-corpus.js --dump > a` and `eddy json-parse-corpus.js
// --dump > b` and diff.
const { createHash } = require('crypto');

let seed = 20230;
function random() {  // mulberry32: the same corpus in every runtime
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (a) => a[int(a.length)];

const alphabet = ['{', '}', '[', ']', ':', ',', '"', '\\', '0', '1', '9', '-', '+', '.', 'e', 'E',
  't', 'r', 'u', 'f', 'a', 'l', 's', 'n', 'x', 'N', 'I', ' ', '\n', '\t', '\r', '\u00a0',
  '\u2028', '\v', '\f', '\0', '\x1f', '\x7f', '\u00e9', '\u0100', '\ud83d', '\ude00', "'", '/',
  'b', 'A', 'F', 'g'];
const space = ['', '', '', ' ', '\n', '\t', '\r\n', '  '];
const snippets = ['\\u12', '\\x', '\\', '01', '-', '1.', '1e', '1e+', 'nul', 'tru', '"', ',]',
  ',}', '::', 'undefined', 'NaN'];

function value(depth) {
  switch (int(depth > 3 ? 6 : 9)) {
    case 0: return pick(['true', 'false', 'null']);
    case 1: return pick(['0', '-0', '1', '-12', '3.25', '1e5', '-1.5E-3', '0.0e+1', '123456789']);
    case 2: return JSON.stringify(pick(['', 'a', 'abc def', '\u00e9', '\n', '"q"', '\\', '\u0001',
                                        'x/y', '\ud83d\ude00']));
    case 3: return `"${pick(['\\u00e9', '\\n', '\\/', '\\b\\f', 'ab', '\\"'])}"`;
    case 4: case 5: return value(depth + 1);
    case 6: case 7: {
      const items = [];
      for (let n = int(4); n > 0; n--) items.push(pick(space) + value(depth + 1) + pick(space));
      return `[${items.join(',')}${pick(space)}]`;
    }
    default: {
      const items = [];
      for (let n = int(4); n > 0; n--) {
        items.push(pick(space) + JSON.stringify(pick(['a', 'b', 'key', ''])) + pick(space) + ':' +
                   pick(space) + value(depth + 1) + pick(space));
      }
      return `{${items.join(',')}${pick(space)}}`;
    }
  }
}

function mutate(s) {
  for (let n = random() < 0.3 ? 1 + int(3) : 1; n > 0; n--) {
    const at = int(s.length + 1);
    switch (int(5)) {
      case 0: s = s.slice(0, at); break;
      case 1: s = s.slice(0, at) + pick(alphabet) + s.slice(at); break;
      case 2: s = s.slice(0, at) + s.slice(at + 1); break;
      case 3: s = s.slice(0, at) + pick(alphabet) + s.slice(at + 1); break;
      default: s = s.slice(0, at) + pick(snippets) + s.slice(at); break;
    }
  }
  return s;
}

const dump = process.argv.includes('--dump');
const hash = createHash('sha256');
const kinds = new Map();
for (let i = 0; i < 30000; i++) {
  let text = pick(space) + value(0) + pick(space);
  if (random() < 0.3) text = `[${Array.from({ length: int(30) }, () => value(3)).join(',')}]`;
  if (random() < 0.1) text = `{"pad":"${'p'.repeat(int(60))}","v":${value(2)}}`;
  text = mutate(text);
  if (random() < 0.05) text = pick(alphabet) + text;
  let message = 'ok';
  try {
    JSON.parse(text);
  } catch (err) {
    message = `${err.name}: ${err.message}`;
  }
  hash.update(`${message}\n`);
  if (dump) console.log(JSON.stringify(text), JSON.stringify(message));
  const kind = message.replace(/ at position \d+$/, '').replace(/(Unexpected token) .*/s, '$1 ...');
  kinds.set(kind, (kinds.get(kind) || 0) + 1);
}
for (const [kind, count] of [...kinds].sort()) console.log(count, kind);
console.log(hash.digest('hex'));
