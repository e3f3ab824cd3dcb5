'use strict';
// dns.Resolver: the callback form of the c-ares resolver (the shared parts
// are in internal/dns/utils). Each query method returns its QueryReqWrap,
// as node's do, and calls back asynchronously.

const { dnsException } = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { ResolverBase, defineQueries, startQuery, queryResult } = require('internal/dns/utils');

class QueryReqWrap {
  constructor(bindingName, callback, hostname, ttl) {
    this.bindingName = bindingName;
    this.callback = callback;
    this.hostname = hostname;
    this.oncomplete = onresolve;
    this.ttl = ttl;
  }
}

function onresolve(err, result, ttls) {
  if (err) this.callback(dnsException(err, this.bindingName, this.hostname));
  else this.callback(null, queryResult(result, ttls, this.ttl));
}

class Resolver extends ResolverBase {}

defineQueries(Resolver, (type, syscall) => function(name, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateString(name, 'name');
  validateFunction(callback, 'callback');
  const req = new QueryReqWrap(syscall, callback, name, !!(options && options.ttl));
  const err = startQuery(this, req, type, name);
  if (err) throw dnsException(err, syscall, name);
  return req;
}, false);

module.exports = { Resolver };
