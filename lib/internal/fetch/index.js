'use strict';

// The fetch classes (Headers, Request, Response, FormData) and the internal
// interface fetch() is built on. Nothing here touches the network.
//
// Interface for fetch() (lib/internal/fetch/*):
//
//   extractBody(init, keepalive = false) -> { body, type }
//     init: anything a Request/Response body can be (string, ArrayBuffer,
//     TypedArray/DataView, Blob, URLSearchParams, FormData, ReadableStream,
//     async iterable). body = { stream, source, length }: `stream` a byte
//     ReadableStream of Uint8Arrays (for a body from bytes it is made on
//     first access, so prefer `source` when it is set); `source` the
//     bytes/string/Blob/FormData/URLSearchParams it came from, null for
//     streams and iterables (then the body cannot be re-sent on a 307/308
//     redirect); `length` the byte count or null (send chunked). type: the
//     Content-Type to add, or null. Sending the source does not mark the
//     body used; reading `stream` does.
//
//   bodySourceBytes(body) -> Uint8Array | null
//     The bytes to send for a body with a source (null for a stream body),
//     the same again for a 307/308 redirect, even after the body was read.
//     Shared, not copied: write them, do not change them.
//
//   requestInternals(request) -> { method, url, headers, body, signal, mode,
//     credentials, cache, redirect, referrer, referrerPolicy, integrity,
//     keepalive, duplex }
//     The Request's own state (read it, do not change it). url is the href;
//     headers a Headers (use headersList(headers) for the wire); body as
//     above or null; signal the request's AbortSignal; redirect 'follow' |
//     'manual' | 'error'.
//
//   headersList(headers) -> [[lower-cased name, value], ...]
//     Insertion order, each set-cookie value its own pair.
//
//   makeResponse({ status, statusText, headersList, body, url, urlList,
//                  redirected, type }) -> Response
//     headersList: [[name, value], ...] as received (not validated again);
//     body: a ReadableStream (best a byte stream: createReadableByteStream)
//     or null; urlList: every URL the fetch went through (the last is
//     response.url) or url for a single one; redirected: true after a
//     redirect; type: 'basic' (default), 'cors', 'default', 'error',
//     'opaque'. The headers are immutable, as fetch's are.
//
//   byteStreamFromReadable(readable, highWaterMark = 65536) -> ReadableStream
//     A byte stream over a node Readable of Buffers (an IncomingMessage):
//     the body for makeResponse. Backpressure pauses the Readable; cancel
//     destroys it; its error errors the stream. It must be the Readable's
//     only consumer (whole-buffer chunks are transferred, not copied).
//
//   Response.error() is the network-error response.
//   readAllBytes(stream) -> Promise<Uint8Array>, for re-sending a body.

const { Headers, createHeaders, headersList } = require('internal/fetch/headers');
const { FormData } = require('internal/fetch/formdata');
const { bodySourceBytes, extractBody, readAllBytes } = require('internal/fetch/body');
const { Request, isRequest, requestInternals } = require('internal/fetch/request');
const { Response, isResponse, makeResponse } = require('internal/fetch/response');

function byteStreamFromReadable(readable, highWaterMark) {
  return require('internal/webstreams/adapters')
    .newReadableByteStreamFromStreamReadable(readable, highWaterMark);
}

module.exports = {
  FormData,
  Headers,
  Request,
  Response,
  bodySourceBytes,
  byteStreamFromReadable,
  createHeaders,
  extractBody,
  headersList,
  isRequest,
  isResponse,
  makeResponse,
  readAllBytes,
  requestInternals,
};
