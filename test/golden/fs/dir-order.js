// fs.Dir and opendir yield entries in the directory's own order (as node, which
// reads through opendir); readdir sorts them.
const fs = require('fs'), os = require('os'), path = require('path');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'dord-'));
for (const n of ['zeta', 'alpha', 'mid', 'b', 'a1', 'Z']) fs.writeFileSync(path.join(d, n), n);
fs.mkdirSync(path.join(d, 'sub'));
const dir = fs.opendirSync(d); const seen = []; let e; while ((e = dir.readSync())) seen.push(e.name + (e.isDirectory() ? '/' : '')); dir.closeSync();
console.log(seen.join(' '), '|', fs.readdirSync(d).join(' '));
try { fs.opendirSync(d + '/nope') } catch (err) { console.log(err.message.replace(d, 'D')) }
fs.rmSync(d, { recursive: true });
