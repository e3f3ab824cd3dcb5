'use strict';
// node:tty — terminals as streams over a TTY handle (src/tty_wrap.cc).

const { TTY, isTTY } = internalBinding('tty_wrap');
const { HandleStream } = require('internal/stream_base_commons');
const { errnoException, codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED } } =
  require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');
// The cursor escapes are readline's; loaded when first used.
const cursor = () => require('internal/readline/callbacks');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

function makeHandle(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const ctx = {};
  const handle = new TTY(fd, ctx);
  if (ctx.code !== undefined) {
    throw new ERR_TTY_INIT_FAILED({ code: ctx.code, syscall: 'uv_tty_init',
                                    message: 'invalid argument', errno: -22 });
  }
  return handle;
}

class ReadStream extends HandleStream {
  constructor(fd, options) {
    super(makeHandle(fd), { ...options, writable: false, isStdio: fd <= 2 });
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = true;
  }

  setRawMode(flag) {
    flag = !!flag;
    const err = this._handle?.setRawMode(flag);
    if (err) {
      this.emit('error', errnoException(err, 'setRawMode'));
      return this;
    }
    this.isRaw = flag;
    return this;
  }
}

class WriteStream extends HandleStream {
  constructor(fd) {
    super(makeHandle(fd), { readable: false, isStdio: fd <= 2 });
    this.fd = fd;
    this._type = 'tty';
    // Terminal writes are synchronous on POSIX, as in node.
    this._handle.setBlocking(true);
    const winSize = [];
    if (!this._handle.getWindowSize(winSize)) {
      this.columns = winSize[0];
      this.rows = winSize[1];
    }
    this._handle.onresize = () => this._refreshSize();
    this._handle.watchResize();
  }

  get isTTY() { return true; }

  _refreshSize() {
    const oldCols = this.columns;
    const oldRows = this.rows;
    const winSize = [];
    const err = this._handle?.getWindowSize(winSize);
    if (err) {
      this.emit('error', errnoException(err, 'getWindowSize'));
      return;
    }
    const [newCols, newRows] = winSize;
    if (oldCols !== newCols || oldRows !== newRows) {
      this.columns = newCols;
      this.rows = newRows;
      this.emit('resize');
    }
  }

  getWindowSize() { return [this.columns, this.rows]; }

  cursorTo(x, y, callback) { return cursor().cursorTo(this, x, y, callback); }
  moveCursor(dx, dy, callback) { return cursor().moveCursor(this, dx, dy, callback); }
  clearLine(dir, callback) { return cursor().clearLine(this, dir, callback); }
  clearScreenDown(callback) { return cursor().clearScreenDown(this, callback); }
}
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

module.exports = { isatty, ReadStream, WriteStream };
