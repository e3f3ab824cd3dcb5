'use strict';
// node:tty — terminals as streams over a TTY handle (src/tty_wrap.cc).

const { TTY, isTTY } = internalBinding('tty_wrap');
const { HandleStream } = require('internal/stream_base_commons');
const { errnoException, codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED } } =
  require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');

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

  cursorTo(x, y, callback) { return cursorTo(this, x, y, callback); }
  moveCursor(dx, dy, callback) { return moveCursor(this, dx, dy, callback); }
  clearLine(dir, callback) { return clearLine(this, dir, callback); }
  clearScreenDown(callback) { return clearScreenDown(this, callback); }
}
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

// The ANSI cursor helpers (also readline's).
const CSI = '\x1b[';
function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x) || Number.isNaN(y)) {
    const { codes: { ERR_INVALID_CURSOR_POS } } = require('internal/errors');
    throw new ERR_INVALID_CURSOR_POS();
  }
  if (typeof x !== 'number') {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}
function moveCursor(stream, dx, dy, callback) {
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  if (data === '') {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}
function clearLine(stream, dir, callback) {
  const type = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return stream.write(type, callback);
}
function clearScreenDown(stream, callback) {
  return stream.write(`${CSI}0J`, callback);
}

module.exports = { isatty, ReadStream, WriteStream };
