'use strict';
// node:dns — lookup and lookupService on libuv's thread pool (getaddrinfo /
// getnameinfo: /etc/hosts and the system resolver, as node's dns.lookup);
// dns.resolve*, dns.reverse and dns.Resolver on c-ares
// (internal/dns/callback_resolver, internal/dns/utils).

const binding = internalBinding('dns');
const {
  dnsException,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateFunction, validateNumber, validateOneOf, validateString, validateBoolean, validatePort,
} = require('internal/validators');

const { isIP } = internalBinding('tcp_wrap');
const { Resolver } = require('internal/dns/callback_resolver');
const { bindDefaultResolver, setDefaultResolver, errorCodes } = require('internal/dns/utils');

// Orders for the binding (src/dns.cc).
const kVerbatim = 0;
const kIPv4First = 1;
const kIPv6First = 2;

let defaultOrder = 'verbatim';  // node 20's default
let invalidHostnameWarned = false;

function orderOf(options) {
  let order = defaultOrder;
  if (options.order !== undefined) order = options.order;
  else if (options.verbatim !== undefined) order = options.verbatim ? 'verbatim' : 'ipv4first';
  return order === 'ipv4first' ? kIPv4First : order === 'ipv6first' ? kIPv6First : kVerbatim;
}

function normalizeLookupOptions(options) {
  let family = 0;
  let hints = 0;
  let all = false;
  let order;
  if (typeof options === 'number') {
    validateOneOf(options, 'family', [0, 4, 6]);
    family = options;
    order = orderOf({});
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
    }
    if (options.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      const valid = binding.AI_ADDRCONFIG | binding.AI_ALL | binding.AI_V4MAPPED;
      if ((hints & ~valid) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', options.hints);
    }
    if (options.family != null) {
      switch (options.family) {
        case 'IPv4': family = 4; break;
        case 'IPv6': family = 6; break;
        default:
          validateOneOf(options.family, 'options.family', [0, 4, 6]);
          family = options.family;
      }
    }
    if (options.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options.verbatim != null) validateBoolean(options.verbatim, 'options.verbatim');
    if (options.order != null) {
      validateOneOf(options.order, 'options.order', ['ipv4first', 'ipv6first', 'verbatim']);
    }
    order = orderOf(options);
  } else {
    order = orderOf({});
  }
  return { family, hints, all, order };
}

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const { family, hints, all, order } = normalizeLookupOptions(options);

  if (!hostname) {
    // node's answer for an empty name, with its deprecation (once).
    if (!invalidHostnameWarned) {
      invalidHostnameWarned = true;
      process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is ` +
                          'supported in the dns module solely for compatibility.',
                          'DeprecationWarning', 'DEP0118');
    }
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const literal = isIP(hostname);
  if (literal) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: literal }]);
    else process.nextTick(callback, null, hostname, literal);
    return {};
  }
  const req = {
    oncomplete(err, addresses) {
      if (err) {
        callback(dnsException(err, 'getaddrinfo', hostname));
        return;
      }
      if (all) {
        callback(null, addresses.map((address) => ({ address, family: isIP(address) })));
      } else {
        callback(null, addresses[0], isIP(addresses[0]));
      }
    },
  };
  const err = binding.getaddrinfo(req, hostname, family, hints, order);
  if (err) {
    process.nextTick(callback, dnsException(err, 'getaddrinfo', hostname));
  }
  return req;
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  const req = {
    oncomplete(err, hostname, service) {
      if (err) callback(dnsException(err, 'getnameinfo', address));
      else callback(null, hostname, service);
    },
  };
  const err = binding.getnameinfo(req, address, port);
  if (err) throw dnsException(err, 'getnameinfo', address);
  return req;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultOrder = order;
}

function getDefaultResultOrder() { return defaultOrder; }

// dns.setServers: a new default resolver for dns and dns.promises.
function defaultResolverSetServers(servers) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  setDefaultResolver(resolver);
  bindDefaultResolver(module.exports, Resolver.prototype);
  if (promises !== undefined) bindDefaultResolver(promises, promises.Resolver.prototype);
}

let promises;
module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ADDRCONFIG: binding.AI_ADDRCONFIG,
  ALL: binding.AI_ALL,
  V4MAPPED: binding.AI_V4MAPPED,
  ...errorCodes,
};
bindDefaultResolver(module.exports, Resolver.prototype);
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) promises = require('dns/promises');
    return promises;
  },
});
