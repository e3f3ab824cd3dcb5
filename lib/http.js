'use strict';
// node:http — the server (lib/_http_server.js), the client
// (lib/_http_client.js, lib/_http_agent.js) and what they share.

const { methods, defaultMaxHeaderSize } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { Server, ServerResponse, STATUS_CODES } = require('_http_server');


function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function lazyClient() {
  return require('_http_client');
}

function lazyAgent() {
  return require('_http_agent');
}

function request(url, options, cb) {
  const { ClientRequest } = lazyClient();
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  METHODS: methods.slice(),
  STATUS_CODES,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  request,
  get,
  setMaxIdleHTTPParsers(max) {
    require('internal/validators').validateInteger(max, 'max', 1);
  },
};

Object.defineProperties(module.exports, {
  Agent: { __proto__: null, configurable: true, enumerable: true, get() { return lazyAgent().Agent; } },
  ClientRequest: { __proto__: null, configurable: true, enumerable: true, get() { return lazyClient().ClientRequest; } },
  globalAgent: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return lazyAgent().globalAgent; },
    set(value) { lazyAgent().globalAgent = value; },
  },
  maxHeaderSize: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return defaultMaxHeaderSize(); },
  },
});
