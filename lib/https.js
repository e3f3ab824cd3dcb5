'use strict';
// node:https — the Agent (port 443, protocol 'https:') and the module's
// shape; requests and servers need TLS, which eddy doesn't have yet, so they
// throw ERR_TLS_NOT_SUPPORTED (see lib/tls.js). Loading the module works, for
// packages that only use https for optional secure URLs.

const { Agent: HttpAgent } = require('_http_agent');

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

function tlsNeeded(what) {
  return function() {
    try {
      require('tls').connect();
    } catch (err) {
      err.message = `${what} needs TLS, which eddy does not support yet`;
      throw err;
    }
  };
}

class Server {
  constructor() { tlsNeeded('https.Server')(); }
}

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer: tlsNeeded('https.createServer()'),
  get: tlsNeeded('https.get()'),
  request: tlsNeeded('https.request()'),
};
