'use strict';

// Response (https://fetch.spec.whatwg.org/#response-class). State in
// this[kState]: { type, status, statusText, headers, body, urlList }.

const { customInspectSymbol: kInspect } = require('internal/util');
const { createHeaders, headerGet, headerSet, setGuard } = require('internal/fetch/headers');
const { bodyUnusable, cloneBody, extractBody, mixinBody, streamBody } = require('internal/fetch/body');
const { parseURL } = require('internal/fetch/request');

const kState = Symbol('kState');

let lazyInspect;

// reason-phrase = *( HTAB / SP / VCHAR / obs-text )
const kReasonPhrase = /^[\t\x20-\x7E\x80-\xFF]*$/;
const kNullBodyStatus = new Set([101, 103, 204, 205, 304]);
const kRedirectStatus = new Set([301, 302, 303, 307, 308]);

function isResponse(value) {
  return value != null && typeof value === 'object' && value[kState] !== undefined &&
    value instanceof Response;
}

function checkedState(response) {
  if (!isResponse(response)) throw new TypeError('Illegal invocation');
  return response[kState];
}

function newResponse(state) {
  const response = Object.create(Response.prototype);
  response[kState] = state;
  return response;
}

// "initialize a response": status, statusText, headers, then the body.
function initialize(state, init, bodyWithType) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    if (init !== undefined) {
      throw new TypeError('Response constructor: Expected init ("Argument 2") to be an ' +
                          'instance of ResponseInit.');
    }
    init = {};
  }
  const status = init.status === undefined ? 200 : Math.trunc(+init.status) || 0;
  if (status < 200 || status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  const statusText = init.statusText === undefined ? '' : `${init.statusText}`;
  if (!kReasonPhrase.test(statusText)) throw new TypeError('Invalid statusText');
  state.status = status;
  state.statusText = statusText;
  if (init.headers !== undefined) {
    state.headers = createHeaders('none', init.headers);
    setGuard(state.headers, 'response');
  }
  if (bodyWithType !== null) {
    if (kNullBodyStatus.has(status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${status}`);
    }
    state.body = bodyWithType.body;
    if (bodyWithType.type !== null && headerGet(state.headers, 'content-type') === null) {
      state.headers.append('content-type', bodyWithType.type);
    }
  }
}

function baseState(type = 'default') {
  return {
    type,
    status: 200,
    statusText: '',
    headers: createHeaders('response'),
    body: null,
    urlList: [],
    immutable: false,
  };
}

class Response {
  constructor(body = null, init = {}) {
    const state = baseState();
    initialize(state, init, body === null ? null : extractBody(body));
    this[kState] = state;
  }

  static error() {
    const state = baseState('error');
    state.status = 0;
    lockHeaders(state);
    return newResponse(state);
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const state = baseState();
    const extracted = extractBody(text);
    extracted.type = 'application/json';
    initialize(state, init, extracted);
    return newResponse(state);
  }

  static redirect(url, status = 302) {
    const parsed = parseURL(url);
    status = Math.trunc(+status) || 0;
    if (!kRedirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const state = baseState();
    state.status = status;
    headerSet(state.headers, 'location', parsed.href);
    lockHeaders(state);
    return newResponse(state);
  }

  get type() { return checkedState(this).type; }

  get url() {
    const { urlList } = checkedState(this);
    if (urlList.length === 0) return '';
    const url = `${urlList[urlList.length - 1]}`;
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash);
  }

  get redirected() { return checkedState(this).urlList.length > 1; }
  get status() { return checkedState(this).status; }

  get ok() {
    const { status } = checkedState(this);
    return status >= 200 && status <= 299;
  }

  get statusText() { return checkedState(this).statusText; }
  get headers() { return checkedState(this).headers; }

  clone() {
    const state = checkedState(this);
    if (bodyUnusable(state.body)) {
      throw new TypeError('Response.clone: Body has already been consumed.');
    }
    const headers = createHeaders('none', state.headers);
    setGuard(headers, state.immutable ? 'immutable' : 'response');
    return newResponse({
      ...state,
      headers,
      body: state.body === null ? null : cloneBody(state.body),
      urlList: [...state.urlList],
    });
  }

  [kInspect](depth, options) {
    lazyInspect ??= require('internal/util/inspect').inspect;
    return `Response ${lazyInspect({
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    }, options)}`;
  }
}

// Headers of Response.error(), Response.redirect() and fetch() responses
// cannot be changed (nor can their clones').
function lockHeaders(state) {
  state.immutable = true;
  setGuard(state.headers, 'immutable');
}

for (const name of ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers',
                    'clone']) {
  Object.defineProperty(Response.prototype, name, { enumerable: true });
}
for (const name of ['error', 'json', 'redirect']) {
  Object.defineProperty(Response, name, { enumerable: true });
}
Object.defineProperty(Response.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'Response',
});
mixinBody(Response, {
  getBody: (response) => response[kState].body,
  getType: (response) => headerGet(response[kState].headers, 'content-type'),
  isInstance: isResponse,
  after: ['clone'],
});

// A network response for fetch(): headers immutable, body a ReadableStream
// (or null), urlList the URLs it went through (redirects).
function makeResponse({
  status = 200,
  statusText = '',
  headersList = [],
  body = null,
  url,
  urlList = url === undefined ? [] : [url],
  redirected = false,
  type = 'basic',
} = {}) {
  let list = urlList.map((u) => `${u}`);
  if (redirected && list.length < 2) list = [list[0] ?? '', ...list];
  const state = {
    type,
    status,
    statusText,
    headers: createHeaders('none', undefined, headersList),
    body: body === null ? null : streamBody(body),
    urlList: list,
  };
  lockHeaders(state);
  return newResponse(state);
}

module.exports = { Response, isResponse, makeResponse };
