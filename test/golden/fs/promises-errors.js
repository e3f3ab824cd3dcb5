'use strict';
// fs.promises failures: the error's own stack (the awaiting async functions,
// as node 20 shows them), its fields, and the unhandled/handled-later events
// of a rejection nobody catches at first; successes and failures settling in
// the order the operations finish.
const fs = require('fs');
const fsp = fs.promises;
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-fsp-errors-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'x');
const missing = path.join(dir, 'missing');
const show = (label, e) => {
  const frames = e.stack.split('\n').slice(1)
    .map((l) => l.replace(/\(node:internal[^)]*\)/, '(internal)').split(__dirname).join('.').trim());
  console.log(label, e.code, e.syscall, e.errno, e.path === undefined ? '-' : e.path.replace(dir, 'DIR'),
              e.message.split(dir).join('DIR'), JSON.stringify(frames));
};

process.on('unhandledRejection', (e) => console.log('unhandledRejection', e.code));
process.on('rejectionHandled', () => console.log('rejectionHandled'));

async function outer(fn) {
  return await fn();
}

(async () => {
  for (const [label, fn] of [
    ['stat', () => fsp.stat(missing)],
    ['lstat', () => fsp.lstat(missing)],
    ['access', () => fsp.access(missing)],
    ['open', () => fsp.open(missing)],
    ['unlink', () => fsp.unlink(missing)],
    ['mkdir', () => fsp.mkdir(file)],
    ['rename', () => fsp.rename(missing, file)],
    ['readdir', () => fsp.readdir(file)],
  ]) {
    try {
      await outer(fn);
      console.log(label, 'resolved?');
    } catch (e) {
      show(label, e);
    }
  }
  // Successes still resolve with their values.
  console.log('stat ok', (await fsp.stat(file)).size, (await fsp.readdir(dir)).length);

  // A rejection caught only later: unhandled first, then handled.
  const late = fsp.stat(missing);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await late.catch((e) => console.log('caught late', e.code));

  // Several at once settle as each finishes; all are seen.
  const results = await Promise.allSettled([
    fsp.stat(file), fsp.stat(missing), fsp.access(file), fsp.access(missing),
  ]);
  console.log(results.map((r) => r.status + (r.reason ? ':' + r.reason.code : '')).join(' '));
  fs.rmSync(dir, { recursive: true, force: true });
})();
