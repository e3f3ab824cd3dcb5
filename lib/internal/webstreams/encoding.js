'use strict';

// TextEncoderStream and TextDecoderStream (https://encoding.spec.whatwg.org/#interface-textencoderstream):
// TransformStreams around the existing TextEncoder/TextDecoder.

const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const { customInspect, defineInterface, kInspect } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

const kTransform = Symbol('kTransform');
const kCodec = Symbol('kCodec');

function checkThis(self, name) {
  if (self?.[kTransform] === undefined) throw new ERR_INVALID_THIS(name);
}

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    // A lone high surrogate at the end of a chunk waits for the next chunk.
    let pending = '';
    this[kCodec] = encoder;
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        let string = pending + `${chunk}`;
        pending = '';
        const last = string.charCodeAt(string.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          pending = string[string.length - 1];
          string = string.slice(0, -1);
        }
        if (string.length > 0) controller.enqueue(encoder.encode(string));
      },
      flush(controller) {
        if (pending !== '') controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
  }

  get encoding() {
    checkThis(this, 'TextEncoderStream');
    return this[kCodec].encoding;
  }

  get readable() {
    checkThis(this, 'TextEncoderStream');
    return this[kTransform].readable;
  }

  get writable() {
    checkThis(this, 'TextEncoderStream');
    return this[kTransform].writable;
  }

  [kInspect](depth, options) {
    checkThis(this, 'TextEncoderStream');
    return customInspect(this, depth, options, 'TextEncoderStream', {
      encoding: this[kCodec].encoding,
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    });
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this[kCodec] = decoder;
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        const text = decoder.decode(chunk, { stream: true });
        if (text) controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text) controller.enqueue(text);
      },
    });
  }

  get encoding() {
    checkThis(this, 'TextDecoderStream');
    return this[kCodec].encoding;
  }

  get fatal() {
    checkThis(this, 'TextDecoderStream');
    return this[kCodec].fatal;
  }

  get ignoreBOM() {
    checkThis(this, 'TextDecoderStream');
    return this[kCodec].ignoreBOM;
  }

  get readable() {
    checkThis(this, 'TextDecoderStream');
    return this[kTransform].readable;
  }

  get writable() {
    checkThis(this, 'TextDecoderStream');
    return this[kTransform].writable;
  }

  [kInspect](depth, options) {
    checkThis(this, 'TextDecoderStream');
    return customInspect(this, depth, options, 'TextDecoderStream', {
      encoding: this[kCodec].encoding,
      fatal: this[kCodec].fatal,
      ignoreBOM: this[kCodec].ignoreBOM,
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    });
  }
}

defineInterface(TextEncoderStream, 'TextEncoderStream', ['encoding', 'readable', 'writable']);
defineInterface(TextDecoderStream, 'TextDecoderStream', ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);

module.exports = { TextEncoderStream, TextDecoderStream };
