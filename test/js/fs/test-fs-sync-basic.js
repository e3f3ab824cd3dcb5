'use strict';
// Synchronous fs: results of every operation on a scratch directory.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-fs-sync-'));
const p = (name) => path.join(dir, name);
try {
  // writeFile / readFile / appendFile with encodings, flags and views.
  fs.writeFileSync(p('a.txt'), 'hello');
  assert.strictEqual(fs.readFileSync(p('a.txt'), 'utf8'), 'hello');
  assert.deepStrictEqual(fs.readFileSync(p('a.txt')), Buffer.from('hello'));
  assert.strictEqual(fs.readFileSync(p('a.txt'), { encoding: 'hex' }), '68656c6c6f');
  assert.strictEqual(fs.readFileSync(p('a.txt'), { encoding: 'utf8', flag: 'r+' }), 'hello');
  fs.appendFileSync(p('a.txt'), Buffer.from(' world'));
  assert.strictEqual(fs.readFileSync(new URL(`file://${p('a.txt')}`), 'latin1'), 'hello world');
  fs.writeFileSync(p('b.bin'), new Uint16Array([0x4241, 0x4443]));
  assert.strictEqual(fs.readFileSync(p('b.bin'), 'ascii'), 'ABCD');
  fs.writeFileSync(p('b.bin'), new DataView(new ArrayBuffer(2)));
  assert.deepStrictEqual([...fs.readFileSync(p('b.bin'))], [0, 0]);
  fs.writeFileSync(p('b.bin'), '6869', 'hex');
  assert.strictEqual(fs.readFileSync(Buffer.from(p('b.bin')), 'utf8'), 'hi');
  fs.writeFileSync(p('b.bin'), 'x', { flag: 'a' });
  assert.strictEqual(fs.readFileSync(p('b.bin'), 'utf8'), 'hix');
  assert.throws(() => fs.writeFileSync(p('b.bin'), 'x', { flag: 'wx' }),
                { code: 'EEXIST', syscall: 'open', path: p('b.bin') });
  fs.writeFileSync(p('mode.txt'), '', { mode: 0o600 });
  assert.strictEqual(fs.statSync(p('mode.txt')).mode & 0o777, 0o600);

  // open / write / read / fstat / ftruncate / fsync / close.
  const fd = fs.openSync(p('c.txt'), 'w+');
  assert.strictEqual(typeof fd, 'number');
  assert.strictEqual(fs.writeSync(fd, 'abcdef'), 6);
  assert.strictEqual(fs.writeSync(fd, Buffer.from('XY'), 0, 2, 1), 2);
  assert.strictEqual(fs.writeSync(fd, 'é', 10, 'utf8'), 2);
  const buf = Buffer.alloc(12);
  assert.strictEqual(fs.readSync(fd, buf, 0, 12, 0), 12);
  assert.deepStrictEqual(buf, Buffer.from('aXYdef\0\0\0\0é'));
  assert.strictEqual(fs.readSync(fd, buf, { position: 1, length: 2 }), 2);
  assert.strictEqual(buf.toString('utf8', 0, 2), 'XY');
  assert.strictEqual(fs.readSync(fd, buf, 0, 2, 3n), 2);
  assert.strictEqual(buf.toString('utf8', 0, 2), 'de');
  assert.strictEqual(fs.readSync(fd, Buffer.alloc(4), 0, 0, 0), 0);
  assert.strictEqual(fs.fstatSync(fd).size, 12);
  assert.strictEqual(typeof fs.fstatSync(fd, { bigint: true }).size, 'bigint');
  fs.ftruncateSync(fd, 3);
  fs.fsyncSync(fd);
  fs.fdatasyncSync(fd);
  assert.strictEqual(fs.readFileSync(fd, 'utf8'), '');  // reads from the current position
  assert.strictEqual(fs.writevSync(fd, [Buffer.from('12'), Buffer.from('34')], 0), 4);
  const r1 = Buffer.alloc(2);
  const r2 = Buffer.alloc(2);
  assert.strictEqual(fs.readvSync(fd, [r1, r2], 1), 3);
  assert.strictEqual(`${r1}${r2.subarray(0, 1)}`, '234');
  fs.fchmodSync(fd, 0o640);
  assert.strictEqual(fs.fstatSync(fd).mode & 0o777, 0o640);
  fs.futimesSync(fd, 1000, new Date(2000 * 1000));
  assert.strictEqual(fs.fstatSync(fd).mtimeMs, 2000 * 1000);
  fs.fchownSync(fd, process.getuid(), process.getgid());
  fs.closeSync(fd);
  assert.throws(() => fs.closeSync(fd), { code: 'EBADF', syscall: 'close' });

  // truncate
  fs.truncateSync(p('c.txt'), 2);
  assert.strictEqual(fs.readFileSync(p('c.txt'), 'utf8'), '12');
  fs.truncateSync(p('c.txt'));
  assert.strictEqual(fs.statSync(p('c.txt')).size, 0);

  // stat / lstat / Stats
  const st = fs.statSync(p('a.txt'));
  assert(st instanceof fs.Stats);
  assert.strictEqual(st.isFile(), true);
  assert.strictEqual(st.isDirectory(), false);
  assert.strictEqual(st.size, 11);
  assert(st.mtime instanceof Date);
  assert.strictEqual(st.mtime.getTime(), Math.round(st.mtimeMs));
  assert.deepStrictEqual(Object.keys(st), [
    'dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
    'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime', 'ctime', 'birthtime']);
  const bst = fs.statSync(p('a.txt'), { bigint: true });
  assert.strictEqual(bst.size, 11n);
  assert.strictEqual(bst.isFile(), true);
  assert.strictEqual(typeof bst.mtimeNs, 'bigint');
  assert.strictEqual(bst.constructor.name, 'BigIntStats');
  assert.strictEqual(fs.statSync(p('missing'), { throwIfNoEntry: false }), undefined);
  assert.strictEqual(fs.lstatSync(p('missing'), { throwIfNoEntry: false }), undefined);
  assert.throws(() => fs.statSync(path.join(p('a.txt'), 'x'), { throwIfNoEntry: false }),
                { code: 'ENOTDIR', syscall: 'stat' });
  assert.strictEqual(fs.statSync(dir).isDirectory(), true);
  const sfs = fs.statfsSync(dir);
  assert.strictEqual(sfs.constructor.name, 'StatFs');
  assert.strictEqual(typeof sfs.bsize, 'number');
  assert.strictEqual(typeof fs.statfsSync(dir, { bigint: true }).bsize, 'bigint');

  // links
  fs.symlinkSync('a.txt', p('link'));
  assert.strictEqual(fs.readlinkSync(p('link')), 'a.txt');
  assert.deepStrictEqual(fs.readlinkSync(p('link'), 'buffer'), Buffer.from('a.txt'));
  assert.strictEqual(fs.lstatSync(p('link')).isSymbolicLink(), true);
  assert.strictEqual(fs.statSync(p('link')).isFile(), true);
  assert.strictEqual(fs.realpathSync(p('link')), fs.realpathSync(p('a.txt')));
  assert.strictEqual(fs.realpathSync.native(p('link')), fs.realpathSync(p('a.txt')));
  fs.lutimesSync(p('link'), 5, 6);
  assert.strictEqual(fs.lstatSync(p('link')).mtimeMs, 6000);
  fs.lchownSync(p('link'), process.getuid(), process.getgid());
  fs.linkSync(p('a.txt'), p('hard'));
  assert.strictEqual(fs.statSync(p('a.txt')).nlink, 2);
  fs.renameSync(p('hard'), p('hard2'));
  assert.strictEqual(fs.existsSync(p('hard')), false);
  assert.strictEqual(fs.existsSync(p('hard2')), true);
  fs.unlinkSync(p('hard2'));
  assert.strictEqual(fs.existsSync(p('hard2')), false);
  assert.strictEqual(fs.existsSync(), false);
  assert.strictEqual(fs.existsSync('a\0b'), false);

  // access / chmod / chown / utimes / copyFile
  fs.accessSync(p('a.txt'));
  fs.accessSync(p('a.txt'), fs.constants.R_OK | fs.constants.W_OK);
  fs.chmodSync(p('a.txt'), '644');
  assert.strictEqual(fs.statSync(p('a.txt')).mode & 0o777, 0o644);
  fs.chownSync(p('a.txt'), process.getuid(), process.getgid());
  fs.utimesSync(p('a.txt'), '100', 200.5);
  assert.strictEqual(fs.statSync(p('a.txt')).mtimeMs, 200500);
  assert.strictEqual(fs.statSync(p('a.txt')).atime.getTime(), 100000);
  fs.copyFileSync(p('a.txt'), p('copy.txt'));
  assert.strictEqual(fs.readFileSync(p('copy.txt'), 'utf8'), 'hello world');
  assert.throws(() => fs.copyFileSync(p('a.txt'), p('copy.txt'), fs.constants.COPYFILE_EXCL),
                { code: 'EEXIST', syscall: 'copyfile', path: p('a.txt'), dest: p('copy.txt') });

  // directories
  assert.strictEqual(fs.mkdirSync(p('d1')), undefined);
  assert.strictEqual(fs.mkdirSync(p('d2/x/y'), { recursive: true }), p('d2'));
  assert.strictEqual(fs.mkdirSync(p('d2/x/y'), { recursive: true }), undefined);
  fs.writeFileSync(p('d2/x/f'), '');
  assert.deepStrictEqual(fs.readdirSync(p('d2')), ['x']);
  assert.deepStrictEqual(fs.readdirSync(p('d2'), { recursive: true }).sort(),
                         ['x', 'x/f', 'x/y']);
  assert.deepStrictEqual(fs.readdirSync(p('d2'), 'buffer'), [Buffer.from('x')]);
  const ents = fs.readdirSync(p('d2/x'), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  assert.deepStrictEqual(ents.map((e) => [e.name, e.isFile(), e.isDirectory(), e.path,
    e.parentPath]), [['f', true, false, p('d2/x'), p('d2/x')], ['y', false, true,
    p('d2/x'), p('d2/x')]]);
  assert(ents[0] instanceof fs.Dirent);
  const rents = fs.readdirSync(p('d2'), { withFileTypes: true, recursive: true });
  assert.deepStrictEqual(rents.map((e) => `${e.parentPath}|${e.name}`).sort(),
                         [`${p('d2/x')}|f`, `${p('d2/x')}|y`, `${p('d2')}|x`]);
  const tmp = fs.mkdtempSync(p('t-'));
  assert(tmp.startsWith(p('t-')) && tmp.length === p('t-').length + 6);
  fs.rmdirSync(tmp);
  const od = fs.opendirSync(p('d2/x'));
  assert(od instanceof fs.Dir);
  assert.strictEqual(od.path, p('d2/x'));
  const names = [];
  for (let e; (e = od.readSync()) !== null;) names.push(e.name);
  assert.deepStrictEqual(names.sort(), ['f', 'y']);
  od.closeSync();
  assert.throws(() => od.closeSync(), { code: 'ERR_DIR_CLOSED' });

  // cp
  fs.cpSync(p('d2'), p('d3'), { recursive: true });
  assert.deepStrictEqual(fs.readdirSync(p('d3'), { recursive: true }).sort(), ['x', 'x/f', 'x/y']);
  fs.cpSync(p('a.txt'), p('deep/er/a.txt'));
  assert.strictEqual(fs.readFileSync(p('deep/er/a.txt'), 'utf8'), 'hello world');
  fs.cpSync(p('d2'), p('d4'), { recursive: true, filter: (src) => !src.endsWith('f') });
  assert.deepStrictEqual(fs.readdirSync(p('d4'), { recursive: true }).sort(), ['x', 'x/y']);

  // rm / rmdir
  assert.throws(() => fs.rmdirSync(p('d2')), { code: 'ENOTEMPTY', syscall: 'rmdir' });
  fs.rmSync(p('d2'), { recursive: true });
  assert.strictEqual(fs.existsSync(p('d2')), false);
  fs.rmSync(p('d2'), { force: true });
  fs.rmSync(p('copy.txt'));
  assert.strictEqual(fs.existsSync(p('copy.txt')), false);
  fs.rmdirSync(p('d1'));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
assert.strictEqual(fs.existsSync(dir), false);

// Shape of the module.
assert.strictEqual(fs.F_OK, 0);
assert.strictEqual(fs.R_OK, 4);
assert.strictEqual(fs.constants.COPYFILE_EXCL, 1);
assert.strictEqual(fs.constants.O_CREAT, 64);
assert.strictEqual(fs.constants.UV_DIRENT_DIR, 2);
assert.strictEqual(typeof fs.promises, 'object');
assert.strictEqual(fs.promises, fs.promises);
assert.strictEqual(fs.lchmod, undefined);
assert.strictEqual(fs._toUnixTimestamp(new Date(1500)), 1.5);
for (const name of ['access', 'appendFile', 'chmod', 'chown', 'close', 'copyFile', 'cp',
  'exists', 'fchmod', 'fchown', 'fdatasync', 'fstat', 'fsync', 'ftruncate', 'futimes',
  'lchown', 'link', 'lstat', 'lutimes', 'mkdir', 'mkdtemp', 'open', 'opendir', 'read',
  'readdir', 'readFile', 'readlink', 'readv', 'realpath', 'rename', 'rm', 'rmdir', 'stat',
  'statfs', 'symlink', 'truncate', 'unlink', 'utimes', 'write', 'writeFile', 'writev']) {
  assert.strictEqual(typeof fs[name], 'function', name);
  assert.strictEqual(typeof fs[`${name}Sync`], 'function', `${name}Sync`);
}
