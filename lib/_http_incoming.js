'use strict';
// IncomingMessage: a request on the server, a response on the client. A
// Readable of the body; headers arrive from the parser as one raw array and
// the `headers` object is built from it only when first read.

const { Readable } = require('stream');
const { getDefaultHighWaterMark } = require('internal/streams/state');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');
const kMaxHeaderPairs = Symbol('kMaxHeaderPairs');

// Reading of a connection whose parser consumes its handle is switched
// directly on the handle (the socket's Readable isn't involved).
function readStart(socket) {
  if (socket && !socket._paused && socket.readable && socket._handle) {
    if (socket.parser && socket.parser._consumed) {
      if (socket._httpReadStopped) {
        socket._httpReadStopped = false;
        socket._handle.readStart();
      }
    } else {
      socket.resume();
    }
  }
}

function readStop(socket) {
  if (socket && socket._handle) {
    if (socket.parser && socket.parser._consumed) {
      if (!socket._httpReadStopped) {
        socket._httpReadStopped = true;
        socket._handle.readStop();
      }
    } else {
      socket.pause();
    }
  }
}

class IncomingMessage extends Readable {
  constructor(socket) {
    let streamOptions;
    if (socket) {
      // The socket's mark, which is nearly always the default: then no
      // options object to make and read back.
      const hwm = socket.readableHighWaterMark;
      if (hwm !== getDefaultHighWaterMark(false)) streamOptions = { highWaterMark: hwm };
    }
    super(streamOptions);
    this._readableState.readingMore = true;
    this.socket = socket;
    this.httpVersionMajor = null;
    this.httpVersionMinor = null;
    this.httpVersion = null;
    this.complete = false;
    this[kHeaders] = null;
    this[kHeadersCount] = 0;
    this.rawHeaders = [];
    this[kTrailers] = null;
    this[kTrailersCount] = 0;
    this.rawTrailers = [];
    this.joinDuplicateHeaders = false;
    this.aborted = false;
    this.upgrade = null;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this.client = socket;
    this._consuming = false;
    this._dumped = false;
  }

  get connection() { return this.socket; }
  set connection(val) { this.socket = val; }

  get headers() {
    if (this[kHeaders] === null) {
      this[kHeaders] = {};
      addHeaderLines(this, this.rawHeaders, this[kHeaders], this[kMaxHeaderPairs]);
    }
    return this[kHeaders];
  }
  set headers(val) { this[kHeaders] = val; }

  get headersDistinct() {
    if (!this[kHeadersDistinct]) {
      this[kHeadersDistinct] = distinct(this.rawHeaders);
    }
    return this[kHeadersDistinct];
  }
  set headersDistinct(val) { this[kHeadersDistinct] = val; }

  get trailers() {
    if (this[kTrailers] === null) {
      this[kTrailers] = {};
      addHeaderLines(this, this.rawTrailers, this[kTrailers]);
    }
    return this[kTrailers];
  }
  set trailers(val) { this[kTrailers] = val; }

  get trailersDistinct() {
    if (!this[kTrailersDistinct]) {
      this[kTrailersDistinct] = distinct(this.rawTrailers);
    }
    return this[kTrailersDistinct];
  }
  set trailersDistinct(val) { this[kTrailersDistinct] = val; }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    this.socket.setTimeout(msecs);
    return this;
  }

  _read(n) {
    if (!this._consuming) {
      this._readableState.readingMore = false;
      this._consuming = true;
    }
    // Reading resumes on the connection when the body has room again.
    if (this.socket.readable) readStart(this.socket);
  }

  _destroy(err, cb) {
    if (!this.readableEnded || !this.complete) {
      this.aborted = true;
      this.emit('aborted');
    }
    // An aborted message takes its connection with it.
    if (this.socket && !this.socket.destroyed && this.aborted) {
      this.socket.destroy(err);
      const cleanup = require('internal/streams/end-of-stream')(this.socket, (e) => {
        if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
        cleanup();
        onError(this, e || err, cb);
      });
    } else {
      process.nextTick(onError, this, err, cb);
    }
  }

  _addHeaderLines(headers, n) {
    if (headers && headers.length) {
      const dest = this.complete ? this.trailers : this.headers;
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }

  _addHeaderLine(field, value, dest) {
    addHeaderLine(this, field, value, dest);
  }

  _dump() {
    if (!this._dumped) {
      this._dumped = true;
      if (this._eventsCount !== 0) this.removeAllListeners('data');
      if (!endUnobserved(this)) this.resume();
    }
  }
}

// A message that is complete, fully read and watched by no listener ends
// and closes at once: the resume → 'end' → destroy → 'close' round of ticks
// would only tell nobody. (A listener of any of those events, a pipe, or
// unread data keeps the ordinary path.)
const kQuietEvents = ['end', 'close', 'readable', 'error', 'aborted', 'pause', 'resume'];
function endUnobserved(msg) {
  const state = msg._readableState;
  if (!msg.complete || !state.ended || state.length !== 0 || state.endEmitted ||
      state.destroyed || state.pipes.length !== 0) {
    return false;
  }
  if (msg._eventsCount !== 0) {
    for (let i = 0; i < kQuietEvents.length; i++) {
      if (msg.listenerCount(kQuietEvents[i]) !== 0) return false;
    }
  }
  state.flowing = true;
  state.endEmitted = true;
  state.destroyed = true;
  state.closed = true;
  state.closeEmitted = true;
  return true;
}

// Errors reach 'error' only when someone listens (what node has always done
// for aborted requests).
function onError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

function addHeaderLines(msg, raw, dest, maxPairs) {
  const n = maxPairs > 0 ? Math.min(raw.length, maxPairs * 2) : raw.length;
  for (let i = 0; i < n; i += 2) addHeaderLine(msg, raw[i], raw[i + 1], dest);
}

// node's duplicate rules: some fields keep only their first value, set-cookie
// collects an array, cookie joins with '; ', the rest join with ', '.
const kDropDuplicates = 0;
const kArray = 1;
const kCookie = 2;
const kJoin = 3;
const special = {
  __proto__: null,
  'content-type': kDropDuplicates, 'content-length': kDropDuplicates,
  'user-agent': kDropDuplicates, 'referer': kDropDuplicates, 'host': kDropDuplicates,
  'authorization': kDropDuplicates, 'proxy-authorization': kDropDuplicates,
  'if-modified-since': kDropDuplicates, 'if-unmodified-since': kDropDuplicates,
  'from': kDropDuplicates, 'location': kDropDuplicates, 'max-forwards': kDropDuplicates,
  'retry-after': kDropDuplicates, 'etag': kDropDuplicates, 'last-modified': kDropDuplicates,
  'server': kDropDuplicates, 'age': kDropDuplicates, 'expires': kDropDuplicates,
  'set-cookie': kArray,
  'cookie': kCookie,
};

const lowerCache = new Map();
function lower(field) {
  let l = lowerCache.get(field);
  if (l === undefined) {
    l = field.toLowerCase();
    if (lowerCache.size < 1000) lowerCache.set(field, l);
  }
  return l;
}

function addHeaderLine(msg, field, value, dest) {
  const name = lower(field);
  const kind = special[name];
  if (kind === kArray) {
    if (dest[name] !== undefined) dest[name].push(value);
    else dest[name] = [value];
  } else if (dest[name] === undefined) {
    dest[name] = value;
  } else if (msg.joinDuplicateHeaders) {
    dest[name] += (kind === kCookie ? '; ' : ', ') + value;
  } else if (kind === kCookie) {
    dest[name] += '; ' + value;
  } else if (kind === undefined) {
    dest[name] += ', ' + value;
  }
}

// Trailers arrive after the body; a `trailers` read before then is redone.
function setTrailers(msg, raw) {
  msg.rawTrailers = raw;
  msg[kTrailers] = null;
  msg[kTrailersDistinct] = undefined;
}

function distinct(raw) {
  const out = { __proto__: null };
  for (let i = 0; i < raw.length; i += 2) {
    const name = lower(raw[i]);
    if (out[name] === undefined) out[name] = [raw[i + 1]];
    else out[name].push(raw[i + 1]);
  }
  return out;
}

module.exports = { IncomingMessage, readStart, readStop, kMaxHeaderPairs, setTrailers };
