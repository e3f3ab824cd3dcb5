'use strict';

// Blob and File (node:buffer). A blob's bytes are one immutable Uint8Array
// made when it is constructed; slices are views on it.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const {
  customInspectSymbol: kInspect,
  kEmptyObject,
  kEnumerableProperty,
} = require('internal/util');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const kHandle = Symbol('kHandle');  // the bytes
const kType = Symbol('kType');

const kDisallowedTypeCharacters = /[^\u0020-\u007E]/;
const kLineEndings = /\r\n|\r|\n/g;
const kEOL = process.platform === 'win32' ? '\r\n' : '\n';

let lazyInspect;
function inspect(value, options) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(value, options);
}

function isBlob(object) {
  return object?.[kHandle] !== undefined;
}

function normalizeType(type) {
  type = `${type}`;
  return kDisallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

function encodeUtf8(string) {
  if (string.length === 0) return new Uint8Array(0);
  return binding.fromString(string, binding.encodings.utf8);
}

// The bytes one element of the sources sequence contributes.
function sourceBytes(source, endings) {
  if (isBlob(source)) return source[kHandle];
  if (isAnyArrayBuffer(source)) return new Uint8Array(source);
  if (isArrayBufferView(source)) {
    return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  }
  let string = `${source}`;
  if (endings === 'native') string = string.replace(kLineEndings, kEOL);
  return encodeUtf8(string);
}

function concatBytes(parts, total) {
  if (parts.length === 1 && total === parts[0].length) {
    // Copy: the caller may change its view later; a blob never changes.
    return parts[0].slice();
  }
  const bytes = new Uint8Array(total);
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    bytes.set(parts[i], pos);
    pos += parts[i].length;
  }
  return bytes;
}

function createBlob(bytes, type) {
  const blob = new Blob();
  blob[kHandle] = bytes;
  blob[kType] = type;
  return blob;
}

function relativeIndex(value, length) {
  value = Math.trunc(+value);
  if (value !== value) return 0;  // NaN
  if (value < 0) return Math.max(length + value, 0);
  return Math.min(value, length);
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? kEmptyObject;
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }

    const parts = [];
    let total = 0;
    for (const source of sources) {
      const bytes = sourceBytes(source, endings);
      if (bytes.length === 0) continue;
      parts.push(bytes);
      total += bytes.length;
    }
    this[kHandle] = total === 0 ? new Uint8Array(0) : concatBytes(parts, total);
    this[kType] = normalizeType(type);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kHandle].length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const bytes = this[kHandle];
    start = relativeIndex(start, bytes.length);
    end = end === undefined ? bytes.length : relativeIndex(end, bytes.length);
    const type = normalizeType(contentType);
    const span = Math.max(end - start, 0);
    return createBlob(bytes.subarray(start, start + span), type);
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this[kHandle];
    return Promise.resolve(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    let bytes = this[kHandle];
    // UTF-8 decode: a leading byte order mark is dropped.
    if (bytes.length >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) {
      bytes = bytes.subarray(3);
    }
    if (bytes.length === 0) return Promise.resolve('');
    return Promise.resolve(binding.toString(bytes, 0, bytes.length, binding.encodings.utf8));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kHandle].slice());
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return blobStream(this[kHandle]);
  }
}

// A byte stream over the blob's bytes: what is left in one chunk, as node
// gives an in-memory blob (or straight into a BYOB reader's view). Chunks
// are copies: enqueueing transfers a buffer.
function blobStream(bytes) {
  const {
    byteControllerEnd,
    byteControllerEnqueue,
    createReadableByteStream,
  } = require('internal/webstreams/readablestream');
  let pos = 0;
  return createReadableByteStream(() => {}, (controller) => {
    const request = controller.byobRequest;
    if (pos < bytes.length) {
      if (request !== null) {
        const view = request.view;
        const count = Math.min(view.byteLength, bytes.length - pos);
        view.set(bytes.subarray(pos, pos + count));
        pos += count;
        request.respond(count);
      } else {
        byteControllerEnqueue(controller, bytes.slice(pos));
        pos = bytes.length;
      }
    }
    if (pos >= bytes.length) byteControllerEnd(controller);
    return Promise.resolve();
  }, () => Promise.resolve());
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'Blob',
});
Object.defineProperties(Blob.prototype, {
  size: kEnumerableProperty,
  type: kEnumerableProperty,
  slice: kEnumerableProperty,
  stream: kEnumerableProperty,
  text: kEnumerableProperty,
  arrayBuffer: kEnumerableProperty,
  bytes: kEnumerableProperty,
});

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = kEmptyObject) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? kEmptyObject;
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (lastModified !== lastModified) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = `${fileName}`;
    this.#lastModified = lastModified;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'File',
});
Object.defineProperties(File.prototype, {
  name: kEnumerableProperty,
  lastModified: kEnumerableProperty,
});

// Object URLs: `blob:nodedata:<id>`. URL.createObjectURL (when it exists)
// registers blobs here; resolveObjectURL looks them up.
const objectURLs = new Map();

function registerObjectURL(id, blob) {
  objectURLs.set(`${id}`, { bytes: blob[kHandle], type: blob[kType] });
}

function revokeObjectURL(id) {
  objectURLs.delete(`${id}`);
}

function resolveObjectURL(url) {
  url = `${url}`;
  const match = /^blob:nodedata:([^?#]*)/i.exec(url);
  if (match === null) return undefined;
  const entry = objectURLs.get(match[1]);
  if (entry === undefined) return undefined;
  return createBlob(entry.bytes, entry.type);
}

module.exports = {
  Blob,
  File,
  isBlob,
  kHandle,
  registerObjectURL,
  resolveObjectURL,
  revokeObjectURL,
};
