'use strict';
// fetch() on eddy's own http client (lib/_http_client.js). The classes come
// from lib/internal/fetch/index.js; this file is the network part:
//   - one keep-alive Agent for every fetch (idle sockets unreferenced, so a
//     process that is done fetching exits), 
//   - the request's headers as undici sends them (accept, accept-language,
//     sec-fetch-mode, user-agent, accept-encoding added when absent),
//   - bodies sent from their source when it is known (Content-Length) or
//     streamed chunked,
//   - redirects followed as the Fetch standard says (303, and 301/302 after
//     POST, become GET without a body; 307/308 re-send it; at most 20),
//   - gzip/deflate/br bodies decoded through zlib,
//   - the response body as a byte ReadableStream fed from the IncomingMessage
//     with backpressure (the socket is paused while the stream is full),
//   - abort through the request's signal at any point.
// Network failures reject with TypeError('fetch failed') whose cause is the
// underlying error, as node's fetch does.

const http = require('http');
const { Buffer } = require('buffer');
const {
  Request, bodySourceBytes, byteStreamFromReadable, extractBody, headersList, makeResponse,
  readAllBytes, requestInternals,
} = require('internal/fetch/index');

const kMaxRedirects = 20;
// The Fetch standard's "bad ports": fetch refuses them.
const badPorts = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101,
  102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389,
  427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
  989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 5060, 5061, 6000, 6566, 6665,
  6666, 6667, 6668, 6669, 6697, 10080,
]);
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const nullBodyStatuses = new Set([101, 204, 205, 304]);

let agent;
function fetchAgent() {
  agent ??= new http.Agent({ keepAlive: true, keepAliveMsecs: 1000, timeout: 4000 });
  return agent;
}

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

let zlib;
function decoderFor(coding) {
  if (zlib === undefined) {
    try {
      zlib = require('zlib');
    } catch {
      zlib = null;
    }
  }
  if (zlib === null) return null;
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip({
        flush: zlib.constants.Z_SYNC_FLUSH,
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      });
    case 'deflate':
      return zlib.createInflate({
        flush: zlib.constants.Z_SYNC_FLUSH,
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      });
    case 'br':
      if (typeof zlib.createBrotliDecompress !== 'function') return null;
      return zlib.createBrotliDecompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH,
        finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
      });
    default:
      return null;
  }
}

// What node 20's fetch asks for (a br body is still decoded if it comes).
function acceptEncoding() {
  decoderFor('gzip');
  return zlib === null ? null : 'gzip, deflate';
}

function sameOrigin(a, b) {
  return a.protocol === b.protocol && a.host === b.host;
}

async function fetch(input, init = undefined) {
  // The Request constructor validates everything (and throws its TypeErrors
  // synchronously into the returned promise, as node's fetch does).
  const request = new Request(input, init);
  const state = requestInternals(request);
  const signal = state.signal;
  if (signal && signal.aborted) throw signal.reason;

  let method = state.method;
  let url = new URL(state.url);
  const urlList = [url.href];
  const headers = headersList(state.headers);
  let body = state.body;
  let redirects = 0;

  for (;;) {
    // (An abort between two hops of a redirect is seen here.)
    if (signal && signal.aborted) throw signal.reason;
    const response = await httpFetch(method, url, headers, body, signal, state, urlList);
    if (response.redirectTo === undefined) return response.result;

    // Follow the redirect.
    if (++redirects > kMaxRedirects) {
      response.res.resume();
      throw fetchFailed(new Error('redirect count exceeded'));
    }
    const status = response.res.statusCode;
    response.res.resume();
    let next;
    try {
      next = new URL(response.redirectTo, url);
    } catch (err) {
      throw fetchFailed(err);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw fetchFailed(new Error('URL scheme must be a HTTP(S) scheme'));
    }
    if (body !== null && body.source === null && status !== 303) {
      throw fetchFailed(new Error('Cannot follow redirect with a body stream'));
    }
    if (status === 303 && method !== 'GET' && method !== 'HEAD' ||
        (status === 301 || status === 302) && method === 'POST') {
      method = 'GET';
      body = null;
      for (let i = headers.length - 1; i >= 0; i--) {
        const name = headers[i][0];
        if (name === 'content-encoding' || name === 'content-language' ||
            name === 'content-location' || name === 'content-type' || name === 'content-length') {
          headers.splice(i, 1);
        }
      }
    }
    if (!sameOrigin(url, next)) {
      // Credentials don't follow a redirect to another origin.
      for (let i = headers.length - 1; i >= 0; i--) {
        const name = headers[i][0];
        if (name === 'authorization' || name === 'cookie' || name === 'proxy-authorization' ||
            name === 'host') {
          headers.splice(i, 1);
        }
      }
    }
    url = next;
    urlList.push(url.href);
  }
}

function hasHeader(list, name) {
  for (let i = 0; i < list.length; i++) if (list[i][0] === name) return true;
  return false;
}

function httpFetch(method, url, headers, body, signal, state, urlList) {
  return new Promise((resolve, reject) => {
    if (url.protocol !== 'http:') {
      if (url.protocol === 'https:') {
        reject(fetchFailed(new Error('https: is not supported by eddy yet')));
      } else if (url.protocol === 'data:') {
        resolve({ result: dataURLResponse(url) });
      } else {
        reject(fetchFailed(new Error('unknown scheme')));
      }
      return;
    }

    const port = url.port === '' ? 80 : Number(url.port);
    if (badPorts.has(port)) {
      reject(fetchFailed(new Error('bad port')));
      return;
    }

    // Host and Connection first, as node's fetch sends them.
    const wire = [];
    if (!hasHeader(headers, 'host')) wire.push(['host', url.host]);
    wire.push(['connection', 'keep-alive']);
    for (const [name, value] of headers) wire.push([name, value]);
    if (!hasHeader(headers, 'accept')) wire.push(['accept', '*/*']);
    if (!hasHeader(headers, 'accept-language')) wire.push(['accept-language', '*']);
    if (!hasHeader(headers, 'sec-fetch-mode')) wire.push(['sec-fetch-mode', state.mode || 'cors']);
    if (!hasHeader(headers, 'user-agent')) wire.push(['user-agent', 'node']);
    const accept = acceptEncoding();
    if (accept !== null && !hasHeader(headers, 'accept-encoding')) wire.push(['accept-encoding', accept]);

    let source = null;
    if (body !== null) {
      if (body.type && !hasHeader(headers, 'content-type')) wire.push(['content-type', body.type]);
      if (body.length !== null && body.length !== undefined) {
        wire.push(['content-length', String(body.length)]);
      }
      source = body;
    } else if (method === 'POST' || method === 'PUT') {
      wire.push(['content-length', '0']);
    }

    let settled = false;
    let req;
    let res = null;
    const onAbort = () => {
      const reason = signal.reason;
      if (!settled) {
        settled = true;
        reject(reason);
      }
      if (req) req.destroy(reason);
      if (res) res.destroy(reason);
    };
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => {
      if (signal) signal.removeEventListener('abort', onAbort);
    };

    try {
      req = http.request({
        protocol: 'http:',
        hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
        port,
        path: url.pathname + url.search,
        method,
        headers: wire,
        agent: fetchAgent(),
      });
    } catch (err) {
      cleanup();
      reject(fetchFailed(err));
      return;
    }

    req.on('error', (err) => {
      cleanup();
      if (!settled) {
        settled = true;
        reject(signal?.aborted ? signal.reason : fetchFailed(err));
      }
    });

    req.on('response', (incoming) => {
      res = incoming;
      if (settled) {
        incoming.destroy();
        return;
      }
      const status = incoming.statusCode;
      const location = incoming.headers.location;
      if (redirectStatuses.has(status) && location !== undefined) {
        if (state.redirect === 'error') {
          settled = true;
          cleanup();
          incoming.resume();
          reject(fetchFailed(new Error('unexpected redirect')));
          return;
        }
        if (state.redirect !== 'manual') {
          settled = true;
          cleanup();
          resolve({ res: incoming, redirectTo: location });
          return;
        }
      }

      const list = [];
      const raw = incoming.rawHeaders;
      for (let i = 0; i < raw.length; i += 2) list.push([raw[i].toLowerCase(), raw[i + 1]]);

      let stream = null;
      if (!nullBodyStatuses.has(status) && method !== 'HEAD' && method !== 'CONNECT') {
        let readable = incoming;
        const codings = (incoming.headers['content-encoding'] || '')
          .toLowerCase().split(',').map((s) => s.trim()).filter(Boolean);
        const decoders = [];
        for (let i = codings.length - 1; i >= 0; i--) {
          const decoder = decoderFor(codings[i]);
          if (decoder === null) {
            decoders.length = 0;
            break;
          }
          decoders.push(decoder);
        }
        for (const decoder of decoders) {
          const from = readable;
          from.on('error', (err) => decoder.destroy(err));
          readable = from.pipe(decoder);
        }
        if (decoders.length > 0) {
          // A body that fails to decode rejects as node's fetch does:
          // TypeError('terminated') with the zlib error as its cause.
          const decoded = readable;
          const { PassThrough } = require('stream');
          readable = decoded.pipe(new PassThrough());
          decoded.on('error', (err) => {
            readable.destroy(err instanceof TypeError ? err : new TypeError('terminated', { cause: err }));
          });
        }
        stream = byteStreamFromReadable(readable);
        if (readable !== incoming) {
          // A cancelled (destroyed) decoder takes the response with it.
          readable.on('close', () => {
            if (!incoming.complete) incoming.destroy();
          });
        }
        incoming.on('aborted', () => {
          readable.destroy(signal?.aborted ? signal.reason : fetchFailed(new Error('terminated')));
        });
      } else {
        incoming.resume();
      }
      incoming.on('end', cleanup);
      incoming.on('close', cleanup);

      settled = true;
      resolve({
        result: makeResponse({
          status,
          statusText: incoming.statusMessage,
          headersList: list,
          body: stream,
          urlList: urlList.slice(),
          redirected: urlList.length > 1,
        }),
      });
    });

    sendBody(req, source).catch((err) => {
      req.destroy(err);
    });
  });
}

async function sendBody(req, body) {
  if (body === null) {
    req.end();
    return;
  }
  // A body made from bytes (string, BufferSource, Blob, URLSearchParams)
  // keeps them: sent as they are, without a stream (and again after a
  // 307/308).
  const bytes = bodySourceBytes(body);
  if (bytes !== null) {
    req.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return;
  }
  const source = body.source;
  if (source !== null && source !== undefined) {
    if (typeof source === 'string') {
      req.end(source);
      return;
    }
    if (ArrayBuffer.isView(source)) {
      req.end(Buffer.from(source.buffer, source.byteOffset, source.byteLength));
      return;
    }
    if (source instanceof ArrayBuffer) {
      req.end(Buffer.from(source));
      return;
    }
  }
  // Anything else (Blob, FormData, URLSearchParams, streams) is read from
  // the body's stream.
  const reader = body.stream.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (req.destroyed) {
      // The request failed or was aborted: stop reading its source.
      reader.cancel().catch(() => {});
      return;
    }
    if (!req.write(value)) {
      await new Promise((resolve) => {
        req.once('drain', resolve);
        req.once('close', resolve);
      });
    }
  }
  req.end();
}

function dataURLResponse(url) {
  const href = url.href;
  const comma = href.indexOf(',');
  if (comma === -1) throw fetchFailed(new Error('invalid data: URL'));
  let type = href.slice(5, comma);
  const data = href.slice(comma + 1);
  let bytes;
  if (/;\s*base64\s*$/i.test(type)) {
    type = type.replace(/;\s*base64\s*$/i, '');
    bytes = Buffer.from(decodeURIComponent(data), 'base64');
  } else {
    bytes = Buffer.from(decodeURIComponent(data), 'latin1');
  }
  type = type.trim() || 'text/plain;charset=US-ASCII';
  if (type.startsWith(';')) type = 'text/plain' + type;
  // A byte stream of the decoded bytes, made as any body from bytes is.
  const stream = extractBody(new Uint8Array(bytes)).body.stream;
  return makeResponse({
    status: 200,
    statusText: 'OK',
    headersList: [['content-type', type]],
    body: stream,
    urlList: [href],
  });
}

module.exports = { fetch, readAllBytes };
