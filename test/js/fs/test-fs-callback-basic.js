'use strict';
// Callback fs: results, argument errors thrown synchronously, callbacks that
// arrive after the calling code finished, and no leaked file descriptors.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-fs-cb-'));
const p = (name) => path.join(dir, name);
const countFds = () => fs.readdirSync('/proc/self/fd').length;
const fdsBefore = countFds();

let sync = true;
const order = [];
function step(name, fn) {
  return (...args) => {
    assert.strictEqual(sync, false, `${name} called back synchronously`);
    order.push(name);
    fn(...args);
  };
}

// Argument errors are thrown before any I/O.
assert.throws(() => fs.stat(p('x')), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});
assert.throws(() => fs.readFile(5.5, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL.' +
    ' Received type number (5.5)',
});
assert.throws(() => fs.open(p('x'), 'bogus', () => {}), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'flags' is invalid. Received 'bogus'",
});
assert.throws(() => fs.read(-1, Buffer.alloc(1), 0, 1, 0, () => {}),
              { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => fs.mkdir(p('x'), { recursive: 1 }, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});

fs.writeFile(p('a.txt'), 'hello', step('writeFile', (err) => {
  assert.strictEqual(err, null);
  fs.appendFile(p('a.txt'), ' world', step('appendFile', (err) => {
    assert.strictEqual(err, null);
    fs.readFile(p('a.txt'), 'utf8', step('readFile', (err, data) => {
      assert.strictEqual(err, null);
      assert.strictEqual(data, 'hello world');
      fs.readFile(p('a.txt'), { flag: 'a+' }, step('readFile a+', (err, data) => {
        assert.ifError(err);
        assert.deepStrictEqual(data, Buffer.from('hello world'));
        openReadWrite();
      }));
    }));
  }));
}));

function openReadWrite() {
  fs.open(p('a.txt'), 'r+', step('open', (err, fd) => {
    assert.ifError(err);
    fs.write(fd, 'HE', 0, step('write string', (err, written, str) => {
      assert.ifError(err);
      assert.strictEqual(written, 2);
      assert.strictEqual(str, 'HE');
      const buf = Buffer.alloc(5);
      fs.read(fd, buf, 0, 5, 0, step('read', (err, n, b) => {
        assert.ifError(err);
        assert.strictEqual(n, 5);
        assert.strictEqual(b, buf);
        assert.strictEqual(buf.toString(), 'HEllo');
        fs.read(fd, { buffer: Buffer.alloc(3), position: 6 }, step('read params', (err, n, b) => {
          assert.ifError(err);
          assert.strictEqual(b.toString('utf8', 0, n), 'wor');
          fs.fstat(fd, step('fstat', (err, st) => {
            assert.ifError(err);
            assert.strictEqual(st.size, 11);
            fs.ftruncate(fd, 4, step('ftruncate', (err) => {
              assert.ifError(err);
              fs.close(fd, step('close', (err) => {
                assert.ifError(err);
                errorsAndDirs();
              }));
            }));
          }));
        }));
      }));
    }));
  }));
}

function errorsAndDirs() {
  fs.stat(p('missing'), step('stat ENOENT', (err, st) => {
    assert.strictEqual(st, undefined);
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'stat');
    assert.strictEqual(err.path, p('missing'));
    assert.strictEqual(err.message, `ENOENT: no such file or directory, stat '${p('missing')}'`);
    fs.readFile(p('missing'), step('readFile ENOENT', (err) => {
      assert.strictEqual(err.code, 'ENOENT');
      assert.strictEqual(err.syscall, 'open');
      fs.readFile(dir, step('readFile EISDIR', (err) => {
        assert.strictEqual(err.code, 'EISDIR');
        assert.strictEqual(err.message, 'EISDIR: illegal operation on a directory, read');
        fs.rename(p('missing'), p('b'), step('rename ENOENT', (err) => {
          assert.strictEqual(err.code, 'ENOENT');
          assert.strictEqual(err.dest, p('b'));
          fs.mkdir(p('d/e/f'), { recursive: true }, step('mkdir', (err, first) => {
            assert.ifError(err);
            assert.strictEqual(first, p('d'));
            fs.mkdir(p('d'), step('mkdir EEXIST', (err) => {
              assert.strictEqual(err.code, 'EEXIST');
              fs.readdir(p('d'), { withFileTypes: true }, step('readdir', (err, ents) => {
                assert.ifError(err);
                assert.strictEqual(ents.length, 1);
                assert.strictEqual(ents[0].name, 'e');
                assert.strictEqual(ents[0].isDirectory(), true);
                fs.readdir(p('a.txt'), step('readdir ENOTDIR', (err) => {
                  assert.strictEqual(err.code, 'ENOTDIR');
                  assert.strictEqual(err.syscall, 'scandir');
                  moreOps();
                }));
              }));
            }));
          }));
        }));
      }));
    }));
  }));
}

function moreOps() {
  fs.copyFile(p('a.txt'), p('c.txt'), step('copyFile', (err) => {
    assert.ifError(err);
    fs.symlink('c.txt', p('l'), step('symlink', (err) => {
      assert.ifError(err);
      fs.readlink(p('l'), step('readlink', (err, target) => {
        assert.ifError(err);
        assert.strictEqual(target, 'c.txt');
        fs.realpath(p('l'), step('realpath', (err, real) => {
          assert.ifError(err);
          assert.strictEqual(real, fs.realpathSync(p('c.txt')));
          fs.exists(p('c.txt'), step('exists', (yes) => {
            assert.strictEqual(yes, true);
            fs.access(p('missing'), step('access', (err) => {
              assert.strictEqual(err.code, 'ENOENT');
              fs.truncate(p('c.txt'), 2, step('truncate', (err) => {
                assert.ifError(err);
                assert.strictEqual(fs.readFileSync(p('c.txt'), 'utf8'), 'HE');
                fs.cp(p('d'), p('d2'), { recursive: true }, step('cp', (err) => {
                  assert.ifError(err);
                  assert.deepStrictEqual(fs.readdirSync(p('d2'), { recursive: true }).sort(),
                                         ['e', 'e/f']);
                  fs.rm(p('d'), step('rm EISDIR', (err) => {
                    assert.strictEqual(err.code, 'ERR_FS_EISDIR');
                    fs.rm(p('d'), { recursive: true }, step('rm', (err) => {
                      assert.strictEqual(err, null);
                      fs.opendir(dir, step('opendir', async (err, d) => {
                        assert.ifError(err);
                        const names = [];
                        for await (const e of d) names.push(e.name);
                        assert.deepStrictEqual(names.sort(), ['a.txt', 'c.txt', 'd2', 'l']);
                        finish();
                      }));
                    }));
                  }));
                }));
              }));
            }));
          }));
        }));
      }));
    }));
  }));
}

function finish() {
  fs.rm(dir, { recursive: true }, step('rm all', (err) => {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.existsSync(dir), false);
    assert.strictEqual(countFds(), fdsBefore);
    order.push('done');
  }));
}

fs.exists(5, (r) => {
  // Invalid paths call back at once with false, as node.
  assert.strictEqual(sync, true);
  assert.strictEqual(r, false);
});
sync = false;

process.on('exit', () => {
  assert.strictEqual(order[order.length - 1], 'done');
  assert.strictEqual(order.length, 32);
});
