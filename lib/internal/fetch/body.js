'use strict';

// Fetch bodies (https://fetch.spec.whatwg.org/#bodies): extracting a body
// from what Request/Response accept, and the Body mixin (text, json,
// arrayBuffer, bytes, blob, formData, body, bodyUsed) shared by both.
//
// A body is a Body ({ stream, source, length }) or null. `stream` is a byte
// ReadableStream; `source` is what it was made from when that is known
// (bytes, a Blob, a FormData...), or null for a stream; `length` is the byte
// count when known. A body made from bytes creates its stream only when
// someone asks for it: text()/json()/... then read the bytes directly, and
// fetch() can send `source` without a stream ever existing.

const { Blob, isBlob, kHandle } = require('internal/blob');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  acquireDefaultReader,
  byteControllerEnd,
  byteControllerEnqueue,
  createReadableByteStream,
  isReadableStream,
  isReadableStreamDisturbed,
  isReadableStreamLocked,
  readPromise,
  readableStreamCancel,
} = require('internal/webstreams/readablestream');
const {
  isFormData,
  parseMultipart,
  parseUrlencoded,
  serializeMultipart,
  headerParam,
} = require('internal/fetch/formdata');

let encoder;

function utf8(string) {
  encoder ??= new TextEncoder();
  return encoder.encode(string);
}

const noop = () => {};
const resolved = () => Promise.resolve();

// A byte stream that gives `bytes` in one chunk and closes. Enqueueing
// transfers the buffer to the reader, so with `copy` the stream hands out a
// copy, made only if the stream is read (fetch may send the source instead).
function bytesStream(bytes, copy) {
  return createReadableByteStream(noop, (controller) => {
    if (bytes.byteLength > 0) byteControllerEnqueue(controller, copy ? bytes.slice() : bytes);
    byteControllerEnd(controller);
    bytes = null;
    return Promise.resolve();
  }, resolved);
}

// A byte stream fed by an async iterator of BufferSources or strings.
function iteratorStream(iterable) {
  const method = iterable[Symbol.asyncIterator];
  const iterator = Reflect.apply(method, iterable, []);
  return createReadableByteStream(noop, async (controller) => {
    const { value, done } = await iterator.next();
    if (done) {
      byteControllerEnd(controller);
      return;
    }
    // Strings are UTF-8; anything else goes through Buffer.from, as in node
    // (so arrays of bytes work and other values throw its error).
    let bytes;
    if (typeof value === 'string') bytes = utf8(value);
    else if (isArrayBufferView(value)) bytes = copyOf(value);
    else bytes = copyOf(Buffer.from(value));
    if (bytes.byteLength > 0) byteControllerEnqueue(controller, bytes);
  }, async (reason) => {
    if (typeof iterator.return === 'function') await iterator.return(reason);
  });
}

function copyOf(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

class Body {
  constructor(stream, source, length, bytes = null, copy = false, sourceBytes = null) {
    this.ownStream = stream;  // undefined until made, for a body from bytes
    this.source = source;
    this.length = length;
    this.bytes = bytes;       // the bytes of a body from bytes, until used
    this.copy = copy;         // hand out copies of bytes (others see them)
    this.consumed = false;    // read directly from bytes, with no stream
    this.sourceBytes = sourceBytes;  // bytes kept whole for re-sending
  }

  get stream() {
    if (this.ownStream === undefined) {
      this.ownStream = bytesStream(this.bytes ?? new Uint8Array(0), this.copy);
      this.bytes = null;
      // Read already: the stream is used up and stays locked, as after a
      // read through it.
      if (this.consumed) {
        acquireDefaultReader(this.ownStream);
        readableStreamCancel(this.ownStream);
      }
    }
    return this.ownStream;
  }

  set stream(stream) {
    this.ownStream = stream;
    this.bytes = null;
  }

  get disturbed() {
    return this.consumed ||
      (this.ownStream !== undefined && isReadableStreamDisturbed(this.ownStream));
  }

  get locked() {
    return this.ownStream !== undefined && isReadableStreamLocked(this.ownStream);
  }
}

function streamBody(stream) {
  return new Body(stream, null, null);
}

// https://fetch.spec.whatwg.org/#concept-bodyinit-extract
// Returns { body, type } (type: a Content-Type value or null).
function extractBody(object, keepalive = false) {
  if (isReadableStream(object)) {
    if (keepalive) throw new TypeError('keepalive');
    if (isReadableStreamDisturbed(object) || isReadableStreamLocked(object)) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return { body: streamBody(object), type: null };
  }
  let bytes;
  let type = null;
  let source;
  if (typeof object === 'string') {
    source = object;
    bytes = utf8(object);
    type = 'text/plain;charset=UTF-8';
  } else if (object instanceof URLSearchParams) {
    source = object;
    bytes = utf8(object.toString());
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (isAnyArrayBuffer(object)) {
    bytes = new Uint8Array(object.slice(0));
    source = bytes;
  } else if (isArrayBufferView(object)) {
    bytes = copyOf(object);
    source = bytes;
  } else if (isBlob(object)) {
    source = object;
    bytes = object[kHandle].slice();
    if (object.type) type = object.type;
  } else if (isFormData(object)) {
    source = object;
    const multipart = serializeMultipart(object);
    bytes = multipart.bytes;
    type = multipart.type;
    // Its bytes (with the boundary in `type`) are kept for re-sending.
    return { body: new Body(undefined, source, bytes.byteLength, bytes, true, bytes), type };
  } else if (object != null && typeof object[Symbol.asyncIterator] === 'function') {
    return { body: streamBody(iteratorStream(object)), type: null };
  } else {
    source = `${object}`;
    bytes = utf8(source);
    type = 'text/plain;charset=UTF-8';
  }
  // When source is these bytes it must stay as it is for re-sending
  // (redirects): readers get copies.
  const keep = source === bytes;
  return {
    body: new Body(undefined, source, bytes.byteLength, bytes, keep, keep ? bytes : null),
    type,
  };
}

// The bytes to send for a body that has a source (null for a stream body),
// whether or not the body was read: fetch() sends these, and sends them
// again after a 307/308 redirect. Not a copy: do not change them.
function bodySourceBytes(body) {
  if (body === null || body.source === null) return null;
  if (body.sourceBytes !== null) return body.sourceBytes;
  const source = body.source;
  if (typeof source === 'string') return utf8(source);
  if (isBlob(source)) return source[kHandle];
  return utf8(`${source}`);  // URLSearchParams
}

function bodyUnusable(body) {
  return body !== null && (body.disturbed || body.locked);
}

// A body that is used up: what is left behind when a Request's body moves
// into a new Request.
function usedBody() {
  const body = new Body(undefined, null, null);
  body.consumed = true;
  return body;
}

// The clone's body. A body whose stream was not made yet shares its bytes
// (both hand out copies from then on); otherwise the stream is teed.
function cloneBody(body) {
  if (body.ownStream === undefined && !body.consumed) {
    body.copy = true;
    return new Body(undefined, body.source, body.length, body.bytes, true, body.sourceBytes);
  }
  const [first, second] = body.stream.tee();
  body.stream = first;
  return new Body(second, body.source, body.length, null, false, body.sourceBytes);
}

// Reads the whole body: a promise of one Uint8Array.
async function readAllBytes(stream) {
  const reader = acquireDefaultReader(stream);
  const chunks = [];
  let total = 0;
  for (;;) {
    const { value, done } = await readPromise(reader);
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(value);
    total += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function consumeBody(body, convert) {
  if (bodyUnusable(body)) {
    return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
  }
  if (body === null) return Promise.resolve().then(() => convert(new Uint8Array(0)));
  if (body.ownStream === undefined) {
    // From bytes, never streamed: use them directly.
    const bytes = body.copy ? body.bytes.slice() : body.bytes;
    body.consumed = true;
    body.bytes = null;
    return Promise.resolve().then(() => convert(bytes));
  }
  return readAllBytes(body.stream).then(convert);
}

function decodeText(bytes) {
  return new TextDecoder().decode(bytes);
}

// How each Body method turns the bytes into its result; `type` is the
// Content-Type header value ('' when none).
const kToken = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
const kEssence = new RegExp(`^${kToken}/${kToken}$`);

// A Content-Type as a MIME type serializes (what blob() types its Blob
// with): no spaces around the parameters; '' when it is not a MIME type.
function serializeMimeType(type) {
  const [essence, ...params] = type.split(';').map((part) => part.trim());
  if (!kEssence.test(essence)) return '';
  return [essence, ...params.filter((param) => /^[^=]+=./.test(param))]
    .map((part) => part.replace(/\s*=\s*/, '=')).join(';');
}

const consumers = {
  blob(bytes, type) {
    return new Blob([bytes], { type: serializeMimeType(type) });
  },
  arrayBuffer(bytes) {
    if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer;
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  },
  text: decodeText,
  json(bytes) {
    return JSON.parse(decodeText(bytes));
  },
  formData(bytes, type) {
    const essence = type.split(';')[0].trim().toLowerCase();
    if (essence === 'multipart/form-data') {
      const boundary = headerParam(type, 'boundary');
      if (boundary === undefined) throw new TypeError('Failed to parse body as FormData.');
      return parseMultipart(bytes, boundary);
    }
    if (essence === 'application/x-www-form-urlencoded') return parseUrlencoded(bytes);
    throw new TypeError('Content-Type was not one of "multipart/form-data" or ' +
                        '"application/x-www-form-urlencoded".');
  },
  bytes(bytes) {
    return bytes;
  },
};

// The Body mixin on `Class`, whose instances give their body and their
// Content-Type through getBody(object) / getType(object) and are checked
// by isInstance(object). The members named in `after` move behind body and
// bodyUsed (node's prototype order).
function mixinBody(Class, { getBody, getType, isInstance, after }) {
  function check(object) {
    if (!isInstance(object)) throw new TypeError('Illegal invocation');
  }
  const descriptors = Object.getOwnPropertyDescriptors({
    get body() {
      check(this);
      return getBody(this)?.stream ?? null;
    },
    get bodyUsed() {
      check(this);
      const body = getBody(this);
      return body !== null && body.disturbed;
    },
  });
  for (const name of after) {
    descriptors[name] = Object.getOwnPropertyDescriptor(Class.prototype, name);
    delete Class.prototype[name];
  }
  for (const name of Object.keys(consumers)) {
    const convert = consumers[name];
    const method = {
      [name]() {
        if (!isInstance(this)) return Promise.reject(new TypeError('Illegal invocation'));
        const type = getType(this) ?? '';
        return consumeBody(getBody(this), (bytes) => convert(bytes, type));
      },
    }[name];
    descriptors[name] = { __proto__: null, configurable: true, writable: true, value: method };
  }
  for (const name of Object.keys(descriptors)) descriptors[name].enumerable = true;
  Object.defineProperties(Class.prototype, descriptors);
}

module.exports = {
  Body,
  bodySourceBytes,
  bodyUnusable,
  cloneBody,
  consumeBody,
  extractBody,
  mixinBody,
  readAllBytes,
  streamBody,
  usedBody,
};
