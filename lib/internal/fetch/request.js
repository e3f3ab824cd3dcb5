'use strict';

// Request (https://fetch.spec.whatwg.org/#request-class). The request's
// spec state lives in this[kState]: { method, url, headers (a Headers),
// body ({ stream, source, length } or null), signal, mode, credentials,
// cache, redirect, referrer, referrerPolicy, integrity, keepalive, duplex }.
// Errors are plain TypeErrors with undici's messages, as node 20 throws.

const { customInspectSymbol: kInspect } = require('internal/util');
const { createHeaders, headerGet, setGuard } = require('internal/fetch/headers');
const { bodyUnusable, cloneBody, extractBody, mixinBody, usedBody } = require('internal/fetch/body');
const { requireArgs } = require('internal/fetch/util');

const kState = Symbol('kState');

let lazyInspect;
let abortController;
function lazyAbort() {
  abortController ??= require('internal/abort_controller');
  return abortController;
}

const kTokenRegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const kNormalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const kForbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

const kEnums = {
  mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
  credentials: ['omit', 'same-origin', 'include'],
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
  redirect: ['follow', 'manual', 'error'],
  referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin',
                   'strict-origin', 'origin-when-cross-origin',
                   'strict-origin-when-cross-origin', 'unsafe-url'],
  duplex: ['half'],
};

function enumValue(init, name) {
  const value = init[name];
  if (value === undefined) return undefined;
  const string = `${value}`;
  if (!kEnums[name].includes(string)) {
    throw new TypeError(`Request constructor: ${string} is not an accepted type. ` +
                        `Expected one of ${kEnums[name].join(', ')}.`);
  }
  return string;
}

// Parses `input` as an absolute URL; undici's message with the cause.
function parseURL(input) {
  try {
    return new URL(`${input}`);
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
}

function normalizeMethod(method) {
  method = `${method}`;
  if (!kTokenRegExp.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (kForbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  return kNormalizedMethods.has(upper) ? upper : method;
}

function isRequest(value) {
  return value != null && typeof value === 'object' && value[kState] !== undefined &&
    value instanceof Request;
}

// A signal that follows `parent` (if any): aborts with its reason. The
// parent holds the follower only weakly, and its listener goes when the
// follower is collected, so one long-lived signal shared by many requests
// does not keep them all.
const kController = Symbol('kController');
let followers;
function followingSignal(parent) {
  const { AbortController } = lazyAbort();
  const controller = new AbortController();
  const signal = controller.signal;
  if (parent == null) return signal;
  if (parent.aborted) {
    controller.abort(parent.reason);
    return signal;
  }
  signal[kController] = controller;
  const ref = new WeakRef(signal);
  const onAbort = () => ref.deref()?.[kController].abort(parent.reason);
  parent.addEventListener('abort', onAbort, { once: true });
  followers ??= new FinalizationRegistry(({ target, listener }) => {
    target.removeEventListener('abort', listener);
  });
  followers.register(signal, { target: parent, listener: onAbort });
  return signal;
}

class Request {
  constructor(input, init = {}) {
    requireArgs(arguments.length, 1, 'Request constructor');
    if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
      if (init !== undefined) {
        throw new TypeError("Request constructor: Expected init (\"Argument 2\") to be an instance of RequestInit.");
      }
      init = {};
    }
    let base;
    let url;
    if (isRequest(input)) {
      base = input[kState];
      url = base.url;
    } else {
      const parsed = parseURL(input);
      if (parsed.username !== '' || parsed.password !== '') {
        throw new TypeError('Request cannot be constructed from a URL that includes credentials: ' +
                            `${input}`);
      }
      url = parsed.href;
    }

    const state = {
      method: base?.method ?? 'GET',
      url,
      headers: undefined,
      body: null,
      // The request's signal is made on first use (most requests never
      // look at it): it follows parentSignal from then on, which is the
      // same as following it from the start.
      parentSignal: undefined,
      ownSignal: undefined,
      get signal() {
        this.ownSignal ??= followingSignal(this.parentSignal);
        return this.ownSignal;
      },
      mode: base?.mode ?? 'cors',
      credentials: base?.credentials ?? 'same-origin',
      cache: base?.cache ?? 'default',
      redirect: base?.redirect ?? 'follow',
      referrer: base?.referrer ?? 'about:client',
      referrerPolicy: base?.referrerPolicy ?? '',
      integrity: base?.integrity ?? '',
      keepalive: base?.keepalive ?? false,
      duplex: 'half',
    };

    if (init.referrer !== undefined) {
      const referrer = `${init.referrer}`;
      if (referrer === '') state.referrer = '';
      else {
        const parsed = parseURL(referrer);
        state.referrer = parsed.href === 'about:client' ? 'about:client' : parsed.href;
      }
    }
    const mode = enumValue(init, 'mode');
    if (mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
    if (mode !== undefined) state.mode = mode;
    for (const name of ['credentials', 'cache', 'redirect', 'referrerPolicy']) {
      const value = enumValue(init, name);
      if (value !== undefined) state[name] = value;
    }
    if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = !!init.keepalive;
    if (init.method !== undefined) state.method = normalizeMethod(init.method);

    let parentSignal;
    if (init.signal === undefined) {
      parentSignal = base?.signal;
    } else {
      if (init.signal !== null && !lazyAbort().isAbortSignal(init.signal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      parentSignal = init.signal;
    }
    state.parentSignal = parentSignal;
    if (parentSignal != null) {
      // Many requests may follow one signal: node raises its listener limit.
      const events = require('events');
      if (events.getMaxListeners(parentSignal) === events.defaultMaxListeners) {
        events.setMaxListeners(1500, parentSignal);
      }
    }

    state.headers = createHeaders('none', init.headers !== undefined ? init.headers :
      base?.headers);
    setGuard(state.headers, 'request');

    const initBody = init.body;
    const inputBody = base?.body ?? null;
    if ((initBody != null || inputBody !== null) &&
        (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let finalBody = inputBody;
    if (initBody != null) {
      const { body, type } = extractBody(initBody, state.keepalive);
      finalBody = body;
      if (type !== null && headerGet(state.headers, 'content-type') === null) {
        state.headers.append('content-type', type);
      }
    }
    if (finalBody !== null && finalBody.source === null) {
      if (initBody != null && init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      if (init.duplex !== undefined) enumValue(init, 'duplex');
    }
    if (initBody == null && inputBody !== null) {
      if (bodyUnusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already ' +
                            'been used.');
      }
      // The body moves to the new request; the input's is used up.
      base.body = usedBody();
    }
    state.body = finalBody;
    this[kState] = state;
  }

  get method() { return checkedState(this).method; }
  get url() { return checkedState(this).url; }
  get headers() { return checkedState(this).headers; }
  get destination() { checkedState(this); return ''; }
  get referrer() {
    const referrer = checkedState(this).referrer;
    return referrer === 'no-referrer' ? '' : referrer;
  }
  get referrerPolicy() { return checkedState(this).referrerPolicy; }
  get mode() { return checkedState(this).mode; }
  get credentials() { return checkedState(this).credentials; }
  get cache() { return checkedState(this).cache; }
  get redirect() { return checkedState(this).redirect; }
  get integrity() { return checkedState(this).integrity; }
  get keepalive() { return checkedState(this).keepalive; }
  get isReloadNavigation() { checkedState(this); return false; }
  get isHistoryNavigation() { checkedState(this); return false; }
  get signal() { return checkedState(this).signal; }
  get duplex() { checkedState(this); return 'half'; }

  clone() {
    const state = checkedState(this);
    if (bodyUnusable(state.body)) throw new TypeError('unusable');
    const clone = Object.create(Request.prototype);
    clone[kState] = {
      ...state,
      headers: createHeaders('none', state.headers),
      body: state.body === null ? null : cloneBody(state.body),
      signal: followingSignal(state.signal),
    };
    setGuard(clone[kState].headers, 'request');
    return clone;
  }

  [kInspect](depth, options) {
    lazyInspect ??= require('internal/util/inspect').inspect;
    const state = this[kState];
    return `Request ${lazyInspect({
      method: state.method,
      url: state.url,
      headers: state.headers,
      destination: '',
      referrer: state.referrer,
      referrerPolicy: state.referrerPolicy,
      mode: state.mode,
      credentials: state.credentials,
      cache: state.cache,
      redirect: state.redirect,
      integrity: state.integrity,
      keepalive: state.keepalive,
      isReloadNavigation: false,
      isHistoryNavigation: false,
      signal: state.signal,
    }, options)}`;
  }
}

function checkedState(request) {
  if (!isRequest(request)) throw new TypeError('Illegal invocation');
  return request[kState];
}

for (const name of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy',
                    'mode', 'credentials', 'cache', 'redirect', 'integrity', 'keepalive',
                    'isReloadNavigation', 'isHistoryNavigation', 'signal', 'duplex', 'clone']) {
  Object.defineProperty(Request.prototype, name, { enumerable: true });
}
Object.defineProperty(Request.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'Request',
});
mixinBody(Request, {
  getBody: (request) => request[kState].body,
  getType: (request) => headerGet(request[kState].headers, 'content-type'),
  isInstance: isRequest,
  after: ['duplex', 'clone'],
});

// For fetch(): the request's state, read-only by convention.
function requestInternals(request) {
  return request[kState];
}

module.exports = { Request, isRequest, parseURL, requestInternals };
