'use strict';
// node:dns/promises — the promise forms of lookup, lookupService and the
// c-ares resolver (dns.promises.Resolver; shared parts in internal/dns/utils).

const dns = require('dns');
const { dnsException } = require('internal/errors');
const { validateString } = require('internal/validators');
const {
  ResolverBase, defineQueries, startQuery, queryResult, bindDefaultResolver, errorCodes,
} = require('internal/dns/utils');

function lookup(hostname, options) {
  return new Promise((resolve, reject) => {
    const all = options !== null && typeof options === 'object' && options.all === true;
    dns.lookup(hostname, options, (err, address, family) => {
      if (err) reject(err);
      else resolve(all ? address : { address, family });
    });
  });
}

function lookupService(address, port) {
  return new Promise((resolve, reject) => {
    dns.lookupService(address, port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

function onresolve(err, result, ttls) {
  if (err) this.reject(dnsException(err, this.bindingName, this.hostname));
  else this.resolve(queryResult(result, ttls, this.ttl));
}

class Resolver extends ResolverBase {}

defineQueries(Resolver, (type, syscall) => function(name, options) {
  validateString(name, 'name');
  return new Promise((resolve, reject) => {
    const req = {
      bindingName: syscall, hostname: name, resolve, reject, oncomplete: onresolve,
      ttl: !!(options && options.ttl),
    };
    const err = startQuery(this, req, type, name);
    if (err) reject(dnsException(err, syscall, name));
  });
}, true);

// dns.promises.setServers: a new default resolver for dns.promises only.
function defaultResolverSetServers(servers) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  bindDefaultResolver(module.exports, Resolver.prototype, resolver);
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: dns.getDefaultResultOrder,
  setDefaultResultOrder: dns.setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ...errorCodes,
};
bindDefaultResolver(module.exports, Resolver.prototype);
