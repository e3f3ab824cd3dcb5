'use strict';
// What dns.Resolver and dns.promises.Resolver share: the resolver base (one
// c-ares channel per resolver: internalBinding('cares_wrap').ChannelWrap,
// src/cares_wrap.cc), the table of query methods, starting a query, and the
// default resolver the module-level functions are bound to.
//
// Module-level functions (dns.resolve4, dns.getServers …) are the default
// resolver's methods bound to it, as in node: dns.setServers() makes a new
// default resolver and rebinds dns (and dns.promises, once loaded);
// dns.promises.setServers() rebinds dns.promises only. The resolver's
// channel is made by C++ on its first use, so all this costs no c-ares
// set-up until something resolves.

const {
  codes: {
    ERR_DNS_SET_SERVERS_FAILED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS,
  },
} = require('internal/errors');
const { validateArray, validateInt32, validateString } = require('internal/validators');
const { isIP } = require('internal/net');

let ChannelWrap;

// [method, rrtype, query type, syscall]. Query types are DNS type numbers
// (0: reverse lookup); they must match src/cares_wrap.cc. The order is the
// order of node's Resolver.prototype.
const kReverse = 0;
const queryTypes = [
  ['resolveAny', 'ANY', 255, 'queryAny'],
  ['resolve4', 'A', 1, 'queryA'],
  ['resolve6', 'AAAA', 28, 'queryAaaa'],
  ['resolveCaa', 'CAA', 257, 'queryCaa'],
  ['resolveCname', 'CNAME', 5, 'queryCname'],
  ['resolveMx', 'MX', 15, 'queryMx'],
  ['resolveNs', 'NS', 2, 'queryNs'],
  ['resolveTxt', 'TXT', 16, 'queryTxt'],
  ['resolveSrv', 'SRV', 33, 'querySrv'],
  ['resolvePtr', 'PTR', 12, 'queryPtr'],
  ['resolveNaptr', 'NAPTR', 35, 'queryNaptr'],
  ['resolveSoa', 'SOA', 6, 'querySoa'],
  ['reverse', undefined, kReverse, 'getHostByAddr'],
];

class ResolverBase {
  constructor(options = undefined) {
    const { timeout = -1, tries = 4 } = { ...options };
    validateInt32(timeout, 'options.timeout', -1);
    validateInt32(tries, 'options.tries', 1);
    if (ChannelWrap === undefined) ChannelWrap = internalBinding('cares_wrap').ChannelWrap;
    this._handle = new ChannelWrap(timeout, tries);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    const servers = this._handle.getServers() || [];
    return servers.map(([ip, port]) => {
      if (port === 53) return ip;
      return isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const list = [];
    const seen = new Set();
    for (let i = 0; i < servers.length; i++) {
      validateString(servers[i], `servers[${i}]`);
      const server = parseServer(servers[i]);
      const key = `${server[1]} ${server[2]}`;
      if (!seen.has(key)) {
        seen.add(key);
        list.push(server);
      }
    }
    const err = this._handle.setServers(list);
    if (err !== undefined) throw new ERR_DNS_SET_SERVERS_FAILED(err, servers);
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const first = isIP(ipv4);
    const second = ipv6 === undefined ? 0 : isIP(ipv6);
    if (first === 0 || (ipv6 !== undefined && second === 0)) {
      throw invalidArgValue('Invalid IP address.');
    }
    if (first === second) {
      throw invalidArgValue(`Cannot specify two IPv${first} addresses.`);
    }
    const v4 = first === 4 ? ipv4 : second === 4 ? ipv6 : undefined;
    const v6 = first === 6 ? ipv4 : second === 6 ? ipv6 : undefined;
    this._handle.setLocalAddress(v4, v6);
  }
}

// node throws these from C++: a plain TypeError with a code.
function invalidArgValue(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

// '1.2.3.4', '1.2.3.4:53', '::1', '[::1]', '[::1]:53' → [family, ip, port].
// Ports wrap at 16 bits and 0 means the default, as c-ares takes them.
const kBracketed = /^\[([^\]]+)\](?::(\d+))?$/;
const kWithPort = /^([^:[\]]+):(\d+)$/;
// An IPv6 zone ('%eth0') is dropped: c-ares takes bare addresses.
function parseServer(server) {
  let family = isIP(server);
  if (family !== 0) return [family, withoutZone(server), 53];
  const match = kBracketed.exec(server) || kWithPort.exec(server);
  if (match !== null) {
    family = isIP(match[1]);
    if (family !== 0) {
      const port = match[2] === undefined ? 53 : (Number(match[2]) & 0xffff) || 53;
      return [family, withoutZone(match[1]), port];
    }
  }
  throw new ERR_INVALID_IP_ADDRESS(server);
}

function withoutZone(ip) {
  const zone = ip.indexOf('%');
  return zone === -1 ? ip : ip.slice(0, zone);
}

let domainToASCII;
// Starts one query; `req.oncomplete(err, result, ttls)` follows. Returns an
// error to report (a code, or an errno for a bad reverse address) or 0.
function startQuery(resolver, req, type, name) {
  if (type === kReverse) return resolver._handle.getHostByAddr(req, name) || 0;
  // Non-ASCII names go out in punycode, as node sends them.
  if (/[^\x00-\x7f]/.test(name)) {
    if (domainToASCII === undefined) ({ domainToASCII } = require('internal/idna'));
    name = domainToASCII(name) ?? name;
  }
  return resolver._handle.query(req, type, name) || 0;
}

// A query's result as the API returns it ({ address, ttl } with `ttl`).
function queryResult(result, ttls, ttl) {
  if (ttl && ttls !== undefined) {
    return result.map((address, i) => ({ address, ttl: ttls[i] }));
  }
  return result;
}

// Resolver.prototype.resolve for both APIs: rrtype → the query method.
// Callback form: (hostname, rrtype, callback) or (hostname, callback);
// promise form: (hostname[, rrtype]).
function makeResolve(methods, isPromise) {
  return function resolve(hostname, rrtype, callback) {
    let method;
    if (typeof rrtype === 'string') {
      method = methods[rrtype];
    } else if (isPromise && rrtype === undefined) {
      method = methods.A;
    } else if (!isPromise && typeof rrtype === 'function') {
      method = methods.A;
      callback = rrtype;
    } else {
      throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
    }
    if (typeof method !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    return isPromise ? method.call(this, hostname) : method.call(this, hostname, callback);
  };
}

// Adds the query methods and resolve() to a Resolver class; `makeQuery(type,
// syscall)` builds one method for that API.
function defineQueries(Resolver, makeQuery, isPromise) {
  const byRrtype = Object.create(null);
  for (const [method, rrtype, type, syscall] of queryTypes) {
    const fn = makeQuery(type, syscall);
    Object.defineProperty(fn, 'name', { value: syscall });
    Resolver.prototype[method] = fn;
    if (rrtype !== undefined) byRrtype[rrtype] = fn;
  }
  Resolver.prototype.resolve = makeResolve(byRrtype, isPromise);
}

// --- the default resolver ----------------------------------------------------
let defaultResolver;
function getDefaultResolver() {
  if (defaultResolver === undefined) defaultResolver = new ResolverBase();
  return defaultResolver;
}
function setDefaultResolver(resolver) {
  defaultResolver = resolver;
}

// Module-level names, in node's key order.
const kBoundMethods = [
  'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
  'resolveTxt', 'reverse',
];
function bindDefaultResolver(target, proto, resolver = getDefaultResolver()) {
  for (const name of kBoundMethods) target[name] = proto[name].bind(resolver);
}

// dns.NODATA … dns.CANCELLED: the codes of c-ares errors.
const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

module.exports = {
  errorCodes,
  ResolverBase,
  defineQueries,
  startQuery,
  queryResult,
  getDefaultResolver,
  setDefaultResolver,
  bindDefaultResolver,
};
