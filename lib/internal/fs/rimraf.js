'use strict';
// Recursive removal for fs.rm / fs.rmSync and the deprecated
// fs.rmdir(path, { recursive: true }). Missing entries count as removed;
// transient errors (EBUSY, EMFILE, ENFILE, ENOTEMPTY, EPERM) are retried up to
// options.maxRetries times, waiting retryDelay ms longer on each attempt
// (the synchronous form retries at once).

const binding = internalBinding('fs');
const { S_IFMT, S_IFDIR } = internalBinding('constants').fs;

const kRetryCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

function isDirectory(st) {
  return (st[1] & S_IFMT) === S_IFDIR;
}

function join(dir, name) {
  return dir[dir.length - 1] === '/' ? dir + name : `${dir}/${name}`;
}

function removeTree(path, callback) {
  binding.lstat(path, false, (err, st) => {
    if (err) return callback(err);
    if (!isDirectory(st)) {
      binding.unlink(path, callback);
      return;
    }
    binding.readdir(path, false, (err, names) => {
      if (err) return callback(err);
      let pending = names.length;
      let failed = false;
      if (pending === 0) {
        binding.rmdir(path, callback);
        return;
      }
      for (const name of names) {
        removeTree(join(path, name), (err) => {
          if (failed) return;
          if (err && err.code !== 'ENOENT') {
            failed = true;
            return callback(err);
          }
          if (--pending === 0) binding.rmdir(path, callback);
        });
      }
    });
  });
}

function rimraf(path, options, callback) {
  let retries = 0;
  const maxRetries = options?.maxRetries ?? 0;
  const retryDelay = options?.retryDelay ?? 100;
  const attempt = () => {
    removeTree(path, (err) => {
      if (err) {
        if (kRetryCodes.has(err.code) && retries < maxRetries) {
          retries++;
          setTimeout(attempt, retries * retryDelay);
          return;
        }
        if (err.code === 'ENOENT') err = null;
      }
      callback(err || null);
    });
  };
  attempt();
}

function removeTreeSync(path) {
  let st;
  try {
    st = binding.lstat(path, false).slice();
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if (!isDirectory(st)) {
    try {
      binding.unlink(path);
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
    return;
  }
  const names = binding.readdir(path, false);
  for (const name of names) removeTreeSync(join(path, name));
  try {
    binding.rmdir(path);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
}

function rimrafSync(path, options) {
  const maxRetries = options?.maxRetries ?? 0;
  for (let i = 0; ; i++) {
    try {
      removeTreeSync(path);
      return;
    } catch (err) {
      if (!kRetryCodes.has(err.code) || i >= maxRetries) throw err;
    }
  }
}

module.exports = { rimraf, rimrafSync };
