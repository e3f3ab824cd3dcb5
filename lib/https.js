'use strict';
// node:https — the Agent (port 443, protocol 'https:') and the module's
// shape; requests and servers need TLS, which eddy doesn't have yet, so they
// throw ERR_TLS_NOT_SUPPORTED (see lib/tls.js). Loading the module works, for
// packages that only use https for optional secure URLs.

const { Agent: HttpAgent } = require('_http_agent');
const { unsupportedClass, unsupportedFunction } = require('internal/not_supported');

class Agent extends HttpAgent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
  }

  createConnection() {
    return require('tls').connect();
  }
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

const tlsNeeded = (what) => unsupportedFunction(what, 'TLS', 'ERR_TLS_NOT_SUPPORTED');
const Server = unsupportedClass('Server', 'TLS', 'ERR_TLS_NOT_SUPPORTED');

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer: tlsNeeded('https.createServer()'),
  get: tlsNeeded('https.get()'),
  request: tlsNeeded('https.request()'),
};
