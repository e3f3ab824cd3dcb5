'use strict';

// CompressionStream and DecompressionStream
// (https://compression.spec.whatwg.org/): a zlib stream seen as a web
// readable/writable pair. Formats: 'deflate', 'deflate-raw', 'gzip'.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
} = require('internal/errors');
const { customInspect, defineInterface, kInspect } = require('internal/webstreams/util');

const kTransform = Symbol('kTransform');

let zlib;
let newReadableWritablePairFromDuplex;
function pairFor(format, compress) {
  zlib ??= require('zlib');
  newReadableWritablePairFromDuplex ??=
    require('internal/webstreams/adapters').newReadableWritablePairFromDuplex;
  let handle;
  switch (format) {
    case 'deflate':
      handle = compress ? zlib.createDeflate() : zlib.createInflate();
      break;
    case 'deflate-raw':
      handle = compress ? zlib.createDeflateRaw() : zlib.createInflateRaw();
      break;
    case 'gzip':
      handle = compress ? zlib.createGzip() : zlib.createGunzip();
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('format', format);
  }
  return newReadableWritablePairFromDuplex(handle);
}

function checkThis(self, name) {
  if (self?.[kTransform] === undefined) throw new ERR_INVALID_THIS(name);
}

class CompressionStream {
  constructor(format) {
    this[kTransform] = pairFor(format, true);
  }

  get readable() {
    checkThis(this, 'CompressionStream');
    return this[kTransform].readable;
  }

  get writable() {
    checkThis(this, 'CompressionStream');
    return this[kTransform].writable;
  }

  [kInspect](depth, options) {
    checkThis(this, 'CompressionStream');
    return customInspect(this, depth, options, 'CompressionStream', {
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    });
  }
}

class DecompressionStream {
  constructor(format) {
    this[kTransform] = pairFor(format, false);
  }

  get readable() {
    checkThis(this, 'DecompressionStream');
    return this[kTransform].readable;
  }

  get writable() {
    checkThis(this, 'DecompressionStream');
    return this[kTransform].writable;
  }

  [kInspect](depth, options) {
    checkThis(this, 'DecompressionStream');
    return customInspect(this, depth, options, 'DecompressionStream', {
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    });
  }
}

defineInterface(CompressionStream, 'CompressionStream', ['readable', 'writable']);
defineInterface(DecompressionStream, 'DecompressionStream', ['readable', 'writable']);

module.exports = { CompressionStream, DecompressionStream };
