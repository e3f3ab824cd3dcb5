'use strict';
// fs.cp / fs.cpSync over the fs binding's primitives. Options arrive
// validated (validateCpOptions in internal/fs/utils).

const binding = internalBinding('fs');
const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const {
  S_IFMT, S_IFDIR, S_IFREG, S_IFLNK, S_IFCHR, S_IFBLK, S_IFIFO, S_IFSOCK,
} = internalBinding('constants').fs;
const pathMod = require('path');

const EINVAL = 22;
const EISDIR = 21;
const ENOTDIR = 20;
const EEXIST = 17;

const typeOf = (st) => st[1] & S_IFMT;

function sysErr(Ctor, code, errno, message, path) {
  return new Ctor({ message, path, syscall: 'cp', errno, code });
}

function isSubdir(src, dest) {
  const s = pathMod.resolve(src).split('/').filter(Boolean);
  const d = pathMod.resolve(dest).split('/').filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

// Checks shared by both forms, given the stats of src and (maybe) dest.
function checkStats(src, dest, srcStat, destStat, opts) {
  if (destStat) {
    if (srcStat[0] === destStat[0] && srcStat[7] === destStat[7]) {
      return sysErr(ERR_FS_CP_EINVAL, 'EINVAL', EINVAL, 'src and dest cannot be the same', dest);
    }
    const srcDir = typeOf(srcStat) === S_IFDIR;
    const destDir = typeOf(destStat) === S_IFDIR;
    if (srcDir && !destDir) {
      return sysErr(ERR_FS_CP_DIR_TO_NON_DIR, 'EISDIR', EISDIR,
                    `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcDir && destDir) {
      return sysErr(ERR_FS_CP_NON_DIR_TO_DIR, 'ENOTDIR', ENOTDIR,
                    `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (typeOf(srcStat) === S_IFDIR && isSubdir(src, dest)) {
    return sysErr(ERR_FS_CP_EINVAL, 'EINVAL', EINVAL,
                  `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  return null;
}

function notRecursiveError(src) {
  return sysErr(ERR_FS_EISDIR, 'EISDIR', EISDIR, `${src} is a directory (not copied)`, src);
}

function unsupportedTypeError(type, dest) {
  if (type === S_IFIFO) {
    return sysErr(ERR_FS_CP_FIFO_PIPE, 'EINVAL', EINVAL, `cannot copy a FIFO pipe: ${dest}`, dest);
  }
  if (type === S_IFSOCK) {
    return sysErr(ERR_FS_CP_SOCKET, 'EINVAL', EINVAL, `cannot copy a socket file: ${dest}`, dest);
  }
  return sysErr(ERR_FS_CP_UNKNOWN, 'EINVAL', EINVAL, `cannot copy an unknown file type: ${dest}`,
                dest);
}

function symlinkTarget(src, opts, target) {
  if (opts.verbatimSymlinks || pathMod.isAbsolute(target)) return target;
  return pathMod.resolve(pathMod.dirname(src), target);
}

// ---------------------------------------------------------------------------
// synchronous

// A synchronous binding stat returns one shared array: copy what is kept.
function statSyncOrNull(fn, path) {
  try {
    return fn(path, false).slice();
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

function cpSyncFn(src, dest, opts) {
  const statFn = opts.dereference ? binding.stat : binding.lstat;
  const srcStat = statFn(src, false).slice();
  const destStat = statSyncOrNull(statFn, dest);
  const err = checkStats(src, dest, srcStat, destStat, opts);
  if (err) throw err;
  if (opts.filter) {
    const ok = opts.filter(src, dest);
    if (ok !== null && typeof ok === 'object' && typeof ok.then === 'function') {
      throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', ok);
    }
    if (!ok) return;
  }
  const parent = pathMod.dirname(dest);
  if (binding.internalModuleStat(parent) !== 1) binding.mkdir(parent, 0o777, true);
  copySync(src, dest, srcStat, destStat, opts, statFn);
}

function copySync(src, dest, srcStat, destStat, opts, statFn) {
  const type = typeOf(srcStat);
  if (type === S_IFDIR) {
    if (!opts.recursive) throw notRecursiveError(src);
    if (!destStat) {
      binding.mkdir(dest, srcStat[1] & 0o7777 | 0o700, false);
    }
    for (const name of binding.readdirRaw(src, false)) {
      const s = pathMod.join(src, name);
      const d = pathMod.join(dest, name);
      if (opts.filter) {
        const ok = opts.filter(s, d);
        if (ok !== null && typeof ok === 'object' && typeof ok.then === 'function') {
          throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', ok);
        }
        if (!ok) continue;
      }
      const sStat = statFn(s, false).slice();
      const dStat = statSyncOrNull(statFn, d);
      const err = checkStats(s, d, sStat, dStat, opts);
      if (err) throw err;
      copySync(s, d, sStat, dStat, opts, statFn);
    }
    if (!destStat) binding.chmod(dest, srcStat[1] & 0o7777);
    return;
  }
  if (type === S_IFREG || type === S_IFCHR || type === S_IFBLK) {
    if (destStat) {
      if (opts.force) {
        binding.unlink(dest);
      } else if (opts.errorOnExist) {
        throw sysErr(ERR_FS_CP_EEXIST, 'EEXIST', EEXIST, `${dest} already exists`, dest);
      } else {
        return;
      }
    }
    binding.copyFile(src, dest, opts.mode);
    if (opts.preserveTimestamps) {
      binding.utimes(dest, srcStat[10] + srcStat[11] / 1e9, srcStat[12] + srcStat[13] / 1e9);
    }
    return;
  }
  if (type === S_IFLNK) {
    const target = symlinkTarget(src, opts, binding.readlink(src));
    if (destStat) binding.unlink(dest);
    binding.symlink(target, dest, 0);
    return;
  }
  throw unsupportedTypeError(type, dest);
}

// ---------------------------------------------------------------------------
// callback form

function statOrNull(fn, path, cb) {
  fn(path, false, (err, st) => {
    if (err) return err.code === 'ENOENT' ? cb(null, null) : cb(err);
    cb(null, st);
  });
}

function runFilter(opts, src, dest, cb) {
  if (!opts.filter) return cb(null, true);
  let result;
  try {
    result = opts.filter(src, dest);
  } catch (err) {
    return cb(err);
  }
  Promise.resolve(result).then((ok) => cb(null, ok), (err) => cb(err));
}

function cpFn(src, dest, opts, callback) {
  const statFn = opts.dereference ? binding.stat : binding.lstat;
  const done = (err) => callback(err || null);
  runFilter(opts, src, dest, (err, ok) => {
    if (err) return done(err);
    if (!ok) return done(null);
    statFn(src, false, (err, srcStat) => {
      if (err) return done(err);
      statOrNull(statFn, dest, (err, destStat) => {
        if (err) return done(err);
        err = checkStats(src, dest, srcStat, destStat, opts);
        if (err) return done(err);
        binding.mkdir(pathMod.dirname(dest), 0o777, true, (err) => {
          if (err && err.code !== 'EEXIST') return done(err);
          copy(src, dest, srcStat, destStat, opts, statFn, done);
        });
      });
    });
  });
}

function copy(src, dest, srcStat, destStat, opts, statFn, cb) {
  const type = typeOf(srcStat);
  if (type === S_IFDIR) {
    if (!opts.recursive) return cb(notRecursiveError(src));
    const afterMkdir = (err) => {
      if (err) return cb(err);
      binding.readdirRaw(src, false, (err, names) => {
        if (err) return cb(err);
        let i = 0;
        const next = (err) => {
          if (err) return cb(err);
          if (i >= names.length) {
            if (destStat) return cb(null);
            binding.chmod(dest, srcStat[1] & 0o7777, cb);
            return;
          }
          const s = pathMod.join(src, names[i]);
          const d = pathMod.join(dest, names[i]);
          i++;
          runFilter(opts, s, d, (err, ok) => {
            if (err) return cb(err);
            if (!ok) return next(null);
            statFn(s, false, (err, sStat) => {
              if (err) return cb(err);
              statOrNull(statFn, d, (err, dStat) => {
                if (err) return cb(err);
                err = checkStats(s, d, sStat, dStat, opts);
                if (err) return cb(err);
                copy(s, d, sStat, dStat, opts, statFn, next);
              });
            });
          });
        };
        next(null);
      });
    };
    if (destStat) return afterMkdir(null);
    binding.mkdir(dest, srcStat[1] & 0o7777 | 0o700, false, afterMkdir);
    return;
  }
  if (type === S_IFREG || type === S_IFCHR || type === S_IFBLK) {
    const doCopy = () => {
      binding.copyFile(src, dest, opts.mode, (err) => {
        if (err || !opts.preserveTimestamps) return cb(err || null);
        binding.utimes(dest, srcStat[10] + srcStat[11] / 1e9, srcStat[12] + srcStat[13] / 1e9,
                       cb);
      });
    };
    if (destStat) {
      if (opts.force) {
        binding.unlink(dest, (err) => (err ? cb(err) : doCopy()));
        return;
      }
      if (opts.errorOnExist) {
        return cb(sysErr(ERR_FS_CP_EEXIST, 'EEXIST', EEXIST, `${dest} already exists`, dest));
      }
      return cb(null);
    }
    doCopy();
    return;
  }
  if (type === S_IFLNK) {
    binding.readlink(src, (err, target) => {
      if (err) return cb(err);
      target = symlinkTarget(src, opts, target);
      const make = () => binding.symlink(target, dest, 0, cb);
      if (destStat) {
        binding.unlink(dest, (err) => (err ? cb(err) : make()));
        return;
      }
      make();
    });
    return;
  }
  cb(unsupportedTypeError(type, dest));
}

module.exports = { cpFn, cpSyncFn };
