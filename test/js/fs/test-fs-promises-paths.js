'use strict';
// fs.promises path operations: results and system-error shapes as node 20 gives them.
const assert = require('assert');
const fsp = require('fs/promises');
const fs = require('fs');
const os = require('os');
const path = require('path');

assert.strictEqual(fsp, fs.promises);
assert.strictEqual(require('node:fs/promises'), fsp);
assert.deepStrictEqual(Object.keys(fsp), [
  'access', 'copyFile', 'cp', 'open', 'opendir', 'rename', 'truncate', 'rm',
  'rmdir', 'mkdir', 'readdir', 'readlink', 'symlink', 'lstat', 'stat',
  'statfs', 'link', 'unlink', 'chmod', 'lchmod', 'lchown', 'chown', 'utimes',
  'lutimes', 'realpath', 'mkdtemp', 'writeFile', 'appendFile', 'readFile',
  'watch', 'constants',
]);
assert.strictEqual(fsp.constants, fs.constants);

// Removes a tree with the promise API itself (no dependence on fs.rm).
async function removeTree(p) {
  const st = await fsp.lstat(p);
  if (st.isDirectory()) {
    for (const name of await fsp.readdir(p)) await removeTree(path.join(p, name));
    await fsp.rmdir(p);
  } else {
    await fsp.unlink(p);
  }
}

function checkSysErr(err, code, syscall, p, dest) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, code);
  assert.strictEqual(err.syscall, syscall);
  assert.strictEqual(err.errno, -os.constants.errno[code]);
  const keys = ['errno', 'code', 'syscall'];
  if (p !== undefined) keys.push('path');
  if (dest !== undefined) keys.push('dest');
  assert.deepStrictEqual(Object.keys(err), keys);
  assert.strictEqual(err.path, p);
  assert.strictEqual(err.dest, dest);
  let msg = `${code}: ${os.constants.errno[code] && err.message.slice(code.length + 2).split(',')[0]}, ${syscall}`;
  if (p !== undefined) msg += ` '${p}'`;
  if (dest !== undefined) msg += ` -> '${dest}'`;
  assert.strictEqual(err.message, msg);
  return true;
}

(async () => {
  const base = path.join(os.tmpdir(), `eddy-fsp-paths-${process.pid}-${Date.now()}`);
  await fsp.mkdir(base);
  try {
    const f = path.join(base, 'a.txt');
    const missing = path.join(base, 'missing');

    // writeFile / readFile / appendFile
    assert.strictEqual(await fsp.writeFile(f, 'hello'), undefined);
    assert.deepStrictEqual(await fsp.readFile(f), Buffer.from('hello'));
    assert.strictEqual(await fsp.readFile(f, 'utf8'), 'hello');
    assert.strictEqual(await fsp.readFile(f, { encoding: 'hex' }), '68656c6c6f');
    assert.strictEqual(await fsp.appendFile(f, ' world'), undefined);
    assert.strictEqual(await fsp.readFile(f, 'utf8'), 'hello world');
    await fsp.appendFile(f, Buffer.from('!'));
    assert.strictEqual(await fsp.readFile(f, 'latin1'), 'hello world!');
    await fsp.writeFile(f, new Uint16Array([0x6968, 0x0a21]));
    assert.strictEqual(await fsp.readFile(f, 'utf8'), 'hi!\n');
    await fsp.writeFile(f, new DataView(new Uint8Array([0x61, 0x62]).buffer));
    assert.strictEqual(await fsp.readFile(f, 'utf8'), 'ab');
    await fsp.writeFile(f, '6869', 'hex');
    assert.strictEqual(await fsp.readFile(f, 'utf8'), 'hi');
    await fsp.writeFile(f, 'xy', { flag: 'a' });
    assert.strictEqual(await fsp.readFile(f, 'utf8'), 'hixy');
    await fsp.writeFile(new URL(`file://${f}`), 'url');
    assert.strictEqual(await fsp.readFile(Buffer.from(f), 'utf8'), 'url');
    await assert.rejects(fsp.writeFile(path.join(base, 'x'), 'y', { flag: 'r' }),
                         (e) => checkSysErr(e, 'ENOENT', 'open', path.join(base, 'x')));
    await fsp.writeFile(path.join(base, 'excl'), '1', { flag: 'wx' });
    await assert.rejects(fsp.writeFile(path.join(base, 'excl'), '1', { flag: 'wx' }),
                         (e) => checkSysErr(e, 'EEXIST', 'open', path.join(base, 'excl')));
    await fsp.writeFile(path.join(base, 'mode'), '', { mode: 0o600 });
    assert.strictEqual((await fsp.stat(path.join(base, 'mode'))).mode & 0o777, 0o600);
    // readFile of a file whose size stat does not tell (procfs)
    assert.match(await fsp.readFile('/proc/self/status', 'utf8'), /^Name:/);
    // readFile of a directory
    await assert.rejects(fsp.readFile(base), (e) => checkSysErr(e, 'EISDIR', 'read'));
    await assert.rejects(fsp.readFile(missing),
                         (e) => checkSysErr(e, 'ENOENT', 'open', missing));
    // empty file
    await fsp.writeFile(f, '');
    assert.deepStrictEqual(await fsp.readFile(f), Buffer.alloc(0));
    await fsp.writeFile(f, 'hello world!');

    // access
    assert.strictEqual(await fsp.access(f), undefined);
    assert.strictEqual(await fsp.access(f, fsp.constants.R_OK | fsp.constants.W_OK), undefined);
    await assert.rejects(fsp.access(missing), (e) => checkSysErr(e, 'ENOENT', 'access', missing));
    if (process.getuid() !== 0) {
      await assert.rejects(fsp.access(f, fsp.constants.X_OK),
                           (e) => checkSysErr(e, 'EACCES', 'access', f));
    }

    // stat / lstat
    const st = await fsp.stat(f);
    assert.ok(st instanceof fs.Stats);
    assert.strictEqual(st.size, 12);
    assert.ok(st.isFile());
    assert.ok(!st.isDirectory());
    assert.ok(st.mtime instanceof Date);
    const bst = await fsp.stat(f, { bigint: true });
    assert.strictEqual(bst.size, 12n);
    assert.strictEqual(typeof bst.mtimeNs, 'bigint');
    assert.ok((await fsp.stat(base)).isDirectory());
    await assert.rejects(fsp.stat(missing), (e) => checkSysErr(e, 'ENOENT', 'stat', missing));
    await assert.rejects(fsp.lstat(missing), (e) => checkSysErr(e, 'ENOENT', 'lstat', missing));

    // statfs
    const sfs = await fsp.statfs(base);
    assert.strictEqual(sfs.constructor.name, 'StatFs');
    assert.deepStrictEqual(Object.keys(sfs),
                           ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree']);
    assert.strictEqual(typeof sfs.bsize, 'number');
    assert.strictEqual(typeof (await fsp.statfs(base, { bigint: true })).bsize, 'bigint');
    await assert.rejects(fsp.statfs(missing), (e) => checkSysErr(e, 'ENOENT', 'statfs', missing));

    // copyFile
    const g = path.join(base, 'b.txt');
    assert.strictEqual(await fsp.copyFile(f, g), undefined);
    assert.strictEqual(await fsp.readFile(g, 'utf8'), 'hello world!');
    await assert.rejects(fsp.copyFile(f, g, fsp.constants.COPYFILE_EXCL),
                         (e) => checkSysErr(e, 'EEXIST', 'copyfile', f, g));
    await assert.rejects(fsp.copyFile(missing, g),
                         (e) => checkSysErr(e, 'ENOENT', 'copyfile', missing, g));

    // rename
    const h = path.join(base, 'c.txt');
    assert.strictEqual(await fsp.rename(g, h), undefined);
    await assert.rejects(fsp.access(g), { code: 'ENOENT' });
    await assert.rejects(fsp.rename(g, h), (e) => checkSysErr(e, 'ENOENT', 'rename', g, h));

    // link
    const l = path.join(base, 'hard');
    assert.strictEqual(await fsp.link(h, l), undefined);
    assert.strictEqual((await fsp.stat(h)).nlink, 2);
    await assert.rejects(fsp.link(h, l), (e) => checkSysErr(e, 'EEXIST', 'link', h, l));

    // symlink / readlink / lstat / realpath
    const s = path.join(base, 'sym');
    assert.strictEqual(await fsp.symlink('c.txt', s), undefined);
    assert.strictEqual(await fsp.readlink(s), 'c.txt');
    assert.deepStrictEqual(await fsp.readlink(s, 'buffer'), Buffer.from('c.txt'));
    assert.deepStrictEqual(await fsp.readlink(s, { encoding: 'buffer' }), Buffer.from('c.txt'));
    assert.ok((await fsp.lstat(s)).isSymbolicLink());
    assert.ok((await fsp.stat(s)).isFile());
    const realBase = await fsp.realpath(base);
    assert.strictEqual(await fsp.realpath(s), path.join(realBase, 'c.txt'));
    assert.deepStrictEqual(await fsp.realpath(s, 'buffer'), Buffer.from(path.join(realBase, 'c.txt')));
    await assert.rejects(fsp.symlink('c.txt', s), (e) => checkSysErr(e, 'EEXIST', 'symlink', 'c.txt', s));
    await assert.rejects(fsp.readlink(h), (e) => checkSysErr(e, 'EINVAL', 'readlink', h));
    await assert.rejects(fsp.realpath(missing), (e) => checkSysErr(e, 'ENOENT', 'realpath', missing));
    const dsym = path.join(base, 'dsym');
    await fsp.symlink(base, dsym, 'dir');

    // truncate
    assert.strictEqual(await fsp.truncate(h, 5), undefined);
    assert.strictEqual(await fsp.readFile(h, 'utf8'), 'hello');
    await fsp.truncate(h);
    assert.strictEqual((await fsp.stat(h)).size, 0);
    await fsp.truncate(h, -3);
    assert.strictEqual((await fsp.stat(h)).size, 0);
    await fsp.truncate(h, 3);
    assert.deepStrictEqual(await fsp.readFile(h), Buffer.alloc(3));
    await assert.rejects(fsp.truncate(missing), (e) => checkSysErr(e, 'ENOENT', 'open', missing));

    // chmod / chown / lchown
    assert.strictEqual(await fsp.chmod(h, 0o640), undefined);
    assert.strictEqual((await fsp.stat(h)).mode & 0o777, 0o640);
    await fsp.chmod(h, '644');
    assert.strictEqual((await fsp.stat(h)).mode & 0o777, 0o644);
    await assert.rejects(fsp.chmod(missing, 0o644), (e) => checkSysErr(e, 'ENOENT', 'chmod', missing));
    const uid = process.getuid();
    const gid = process.getgid();
    assert.strictEqual(await fsp.chown(h, uid, gid), undefined);
    assert.strictEqual(await fsp.chown(h, -1, -1), undefined);
    assert.strictEqual(await fsp.lchown(s, uid, gid), undefined);
    await assert.rejects(fsp.chown(missing, uid, gid), (e) => checkSysErr(e, 'ENOENT', 'chown', missing));
    await assert.rejects(fsp.lchown(missing, uid, gid), (e) => checkSysErr(e, 'ENOENT', 'lchown', missing));
    await assert.rejects(fsp.lchmod(s, 0o644), {
      name: 'Error',
      code: 'ERR_METHOD_NOT_IMPLEMENTED',
      message: 'The lchmod() method is not implemented',
    });

    // utimes / lutimes
    assert.strictEqual(await fsp.utimes(h, 1000, 2000), undefined);
    let t = await fsp.stat(h);
    assert.strictEqual(t.atimeMs, 1000000);
    assert.strictEqual(t.mtimeMs, 2000000);
    await fsp.utimes(h, new Date(5000), '6');
    t = await fsp.stat(h);
    assert.strictEqual(t.atimeMs, 5000);
    assert.strictEqual(t.mtimeMs, 6000);
    assert.strictEqual(await fsp.lutimes(s, 7, 8), undefined);
    t = await fsp.lstat(s);
    assert.strictEqual(t.mtimeMs, 8000);
    assert.strictEqual((await fsp.stat(s)).mtimeMs, 6000);
    await assert.rejects(fsp.utimes(missing, 1, 1), (e) => checkSysErr(e, 'ENOENT', 'utime', missing));
    await assert.rejects(fsp.lutimes(missing, 1, 1), (e) => checkSysErr(e, 'ENOENT', 'lutime', missing));

    // mkdir
    const d = path.join(base, 'd');
    assert.strictEqual(await fsp.mkdir(d), undefined);
    await assert.rejects(fsp.mkdir(d), (e) => checkSysErr(e, 'EEXIST', 'mkdir', d));
    assert.strictEqual(await fsp.mkdir(d, { recursive: true }), undefined);
    assert.strictEqual(await fsp.mkdir(path.join(d, 'e', 'f'), { recursive: true }), path.join(d, 'e'));
    await assert.rejects(fsp.mkdir(path.join(missing, 'x')),
                         (e) => checkSysErr(e, 'ENOENT', 'mkdir', path.join(missing, 'x')));
    await assert.rejects(fsp.mkdir(path.join(h, 'x'), { recursive: true }), { code: 'ENOTDIR' });
    await fsp.mkdir(path.join(base, 'm'), 0o700);
    assert.strictEqual((await fsp.stat(path.join(base, 'm'))).mode & 0o777, 0o700);
    await fsp.mkdir(path.join(base, 'm2'), { mode: '750' });
    assert.strictEqual((await fsp.stat(path.join(base, 'm2'))).mode & 0o777, 0o750 & ~process.umask());
    await fsp.writeFile(path.join(d, 'e', 'f', 'deep.txt'), 'deep');
    await fsp.writeFile(path.join(d, 'top.txt'), 'top');

    // readdir
    assert.deepStrictEqual((await fsp.readdir(d)).sort(), ['e', 'top.txt']);
    assert.deepStrictEqual((await fsp.readdir(d, 'buffer')).sort(Buffer.compare),
                           [Buffer.from('e'), Buffer.from('top.txt')]);
    const dirents = (await fsp.readdir(d, { withFileTypes: true }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    assert.ok(dirents[0] instanceof fs.Dirent);
    assert.deepStrictEqual(dirents.map((x) => [x.name, x.path, x.isDirectory(), x.isFile()]),
                           [['e', d, true, false], ['top.txt', d, false, true]]);
    assert.deepStrictEqual((await fsp.readdir(d, { recursive: true })).sort(),
                           ['e', 'e/f', 'e/f/deep.txt', 'top.txt']);
    const rd = (await fsp.readdir(d, { recursive: true, withFileTypes: true }))
      .map((x) => [path.relative(d, path.join(x.path, x.name)), x.isDirectory()]).sort();
    assert.deepStrictEqual(rd, [['e', true], ['e/f', true], ['e/f/deep.txt', false], ['top.txt', false]]);
    const symDirent = (await fsp.readdir(base, { withFileTypes: true })).find((x) => x.name === 'sym');
    assert.ok(symDirent.isSymbolicLink());
    await assert.rejects(fsp.readdir(missing), (e) => checkSysErr(e, 'ENOENT', 'scandir', missing));
    await assert.rejects(fsp.readdir(h), (e) => checkSysErr(e, 'ENOTDIR', 'scandir', h));

    // rmdir / unlink
    await assert.rejects(fsp.rmdir(d), (e) => checkSysErr(e, 'ENOTEMPTY', 'rmdir', d));
    await assert.rejects(fsp.rmdir(missing), (e) => checkSysErr(e, 'ENOENT', 'rmdir', missing));
    await assert.rejects(fsp.rmdir(h), (e) => checkSysErr(e, 'ENOTDIR', 'rmdir', h));
    assert.strictEqual(await fsp.rmdir(path.join(base, 'm')), undefined);
    await assert.rejects(fsp.unlink(missing), (e) => checkSysErr(e, 'ENOENT', 'unlink', missing));
    await assert.rejects(fsp.unlink(d), (e) => checkSysErr(e, 'EISDIR', 'unlink', d));
    assert.strictEqual(await fsp.unlink(l), undefined);

    // rm
    await assert.rejects(fsp.rm(d), {
      code: 'ERR_FS_EISDIR', name: 'SystemError',
      message: `Path is a directory: rm returned EISDIR (is a directory) ${d}`,
    });
    assert.strictEqual(await fsp.rm(d, { recursive: true }), undefined);
    await assert.rejects(fsp.access(d), { code: 'ENOENT' });
    await assert.rejects(fsp.rm(missing), (e) => checkSysErr(e, 'ENOENT', 'lstat', missing));
    assert.strictEqual(await fsp.rm(missing, { force: true }), undefined);
    assert.strictEqual(await fsp.rm(h), undefined);

    // mkdtemp
    const tmp = await fsp.mkdtemp(path.join(base, 'tmp-'));
    assert.match(tmp, /tmp-[A-Za-z0-9]{6}$/);
    assert.ok((await fsp.stat(tmp)).isDirectory());
    const tmpBuf = await fsp.mkdtemp(path.join(base, 'tb-'), 'buffer');
    assert.ok(Buffer.isBuffer(tmpBuf));
    assert.match(tmpBuf.toString(), /tb-[A-Za-z0-9]{6}$/);
    await assert.rejects(fsp.mkdtemp(path.join(missing, 'x-')), { code: 'ENOENT', syscall: 'mkdtemp' });

    // cp
    const src = path.join(base, 'cpsrc');
    await fsp.mkdir(path.join(src, 'sub'), { recursive: true });
    await fsp.writeFile(path.join(src, 'sub', 'f'), 'cp');
    assert.strictEqual(await fsp.cp(src, path.join(base, 'cpdst'), { recursive: true }), undefined);
    assert.strictEqual(await fsp.readFile(path.join(base, 'cpdst', 'sub', 'f'), 'utf8'), 'cp');
    await assert.rejects(fsp.cp(src, path.join(base, 'cpdst2')), { code: 'ERR_FS_EISDIR' });

    // opendir
    const dir = await fsp.opendir(src);
    assert.strictEqual(dir.constructor.name, 'Dir');
    const names = [];
    for await (const ent of dir) names.push([ent.name, ent.isDirectory()]);
    assert.deepStrictEqual(names, [['sub', true]]);
  } finally {
    await removeTree(base);
  }
  await assert.rejects(fsp.access(base), { code: 'ENOENT' });
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
