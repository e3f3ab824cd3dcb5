'use strict';
// process.stdin / process.stdout / process.stderr, made on first use, over
// what fd 0/1/2 really is (node's rules):
//   TTY  → tty.ReadStream / tty.WriteStream (writes synchronous)
//   FILE → a Writable that writes synchronously / a Readable reading the file
//   PIPE, socket → a stream over a Pipe handle (writes asynchronous; a write
//          still in libuv keeps the process alive until it is out)
//   none (closed fd) → a stream that discards / ends at once
// stdout and stderr are never closed by destroy(); stdin is paused until read.

const { guessHandleType } = internalBinding('util');

let stdout;
let stderr;
let stdin;

// A Writable that writes each chunk to the fd before returning (files).
function createSyncWriteStream(fd) {
  const Writable = require('internal/streams/writable');
  const { writeString, writeBufferSync } = internalBinding('fs');
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      try {
        if (typeof chunk === 'string' && (encoding === 'utf8' || encoding === 'utf-8' ||
                                          encoding === undefined || encoding === 'buffer')) {
          writeString(fd, chunk);
        } else {
          if (typeof chunk === 'string') chunk = require('buffer').Buffer.from(chunk, encoding);
          writeBufferSync(fd, chunk);
        }
      } catch (err) {
        cb(err);
        return;
      }
      cb();
    },
    destroy(err, cb) { cb(err); },
  });
  stream._type = 'fs';
  return stream;
}

function createWritableStdioStream(fd) {
  let stream;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const { WriteStream } = require('tty');
      stream = new WriteStream(fd);
      break;
    }
    case 'FILE':
      stream = createSyncWriteStream(fd);
      break;
    case 'PIPE':
    case 'TCP': {
      const { Pipe } = internalBinding('pipe_wrap');
      const { HandleStream } = require('internal/stream_base_commons');
      const handle = new Pipe(false);
      const err = handle.open(fd);
      if (err) {
        stream = createSyncWriteStream(fd);
        break;
      }
      stream = new HandleStream(handle, { readable: false, isStdio: true });
      stream._type = 'pipe';
      break;
    }
    default: {
      // fd closed or unknown: writes succeed and go nowhere, as in node.
      const Writable = require('internal/streams/writable');
      stream = new Writable({ write(chunk, encoding, cb) { cb(); } });
    }
  }
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  return stream;
}

function getStdout() {
  if (stdout === undefined) stdout = createWritableStdioStream(1);
  return stdout;
}

function getStderr() {
  if (stderr === undefined) stderr = createWritableStdioStream(2);
  return stderr;
}

function getStdin() {
  if (stdin !== undefined) return stdin;
  const fd = 0;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const { ReadStream } = require('tty');
      stdin = new ReadStream(fd);
      break;
    }
    case 'FILE': {
      const Readable = require('internal/streams/readable');
      const { readSync } = internalBinding('fs');
      const { Buffer } = require('buffer');
      stdin = new Readable({
        highWaterMark: 64 * 1024,
        read(size) {
          const buf = Buffer.allocUnsafe(Math.max(size, 16384));
          let n;
          try {
            n = readSync(fd, buf);
          } catch (err) {
            this.destroy(err);
            return;
          }
          this.push(n === 0 ? null : buf.subarray(0, n));
        },
      });
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const { Pipe } = internalBinding('pipe_wrap');
      const { HandleStream } = require('internal/stream_base_commons');
      const handle = new Pipe(false);
      handle.open(fd);
      stdin = new HandleStream(handle, { writable: false, isStdio: true });
      break;
    }
    default: {
      const Readable = require('internal/streams/readable');
      stdin = new Readable({ read() { this.push(null); } });
    }
  }
  stdin.fd = fd;
  if (stdin._handle) {
    // pause() must let the process end: once the stream machinery has
    // settled (its read-ahead after the last chunk runs on the next ticks),
    // stop reading at the source unless something resumed the stream.
    stdin.on('pause', () => setImmediate(onStdinPause));
  }
  return stdin;
}

function onStdinPause() {
  if (!stdin._handle || !stdin._reading || stdin.readableFlowing) return;
  stdin._readableState.reading = false;
  stdin._reading = false;
  stdin._handle.readStop();
}

module.exports = { getStdout, getStderr, getStdin };
