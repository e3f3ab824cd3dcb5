'use strict';
// net.SocketAddress and net.BlockList, in JS.
//
// Every address is held as one 128-bit BigInt: IPv6 as it is, IPv4 as its
// IPv4-mapped IPv6 form (::ffff:a.b.c.d). So one comparison serves both
// families, and an IPv4 rule matches ::ffff:1.2.3.4 (and the other way
// round), as node's BlockList does. An IPv4 subnet /p is the mapped /96+p.

const {
  codes: {
    ERR_INVALID_ADDRESS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateInt32,
  validateObject,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');

const kAddress = Symbol('kAddress');
const kRules = Symbol('kRules');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

const v4Re = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const kMappedPrefix = 0xffffn << 32n;

// The address as a BigInt, or null when it isn't one of the family.
function toBigInt(address, family) {
  if (family === 'ipv4') {
    const m = v4Re.exec(address);
    if (m === null) return null;
    return kMappedPrefix | (BigInt(m[1]) << 24n) | (BigInt(m[2]) << 16n) |
      (BigInt(m[3]) << 8n) | BigInt(m[4]);
  }
  if (address.includes('%') || address.startsWith('[')) return null;
  const pieces = require('internal/url').parseIPv6(address);
  if (pieces === null) return null;
  let value = 0n;
  for (const piece of pieces) value = (value << 16n) | BigInt(piece);
  return value;
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kAddress] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    validateString(family, 'options.family');
    family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    const {
      address = family === 'ipv4' ? '127.0.0.1' : '::',
      port = 0,
      flowlabel = 0,
    } = options;
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel');
    const value = toBigInt(address, family);
    if (value === null) throw new ERR_INVALID_ADDRESS();
    this[kAddress] = { address, port: port | 0, family, flowlabel, value };
  }

  get address() { return this[kAddress].address; }
  get port() { return this[kAddress].port; }
  get family() { return this[kAddress].family; }
  get flowlabel() { return this[kAddress].flowlabel; }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

// A SocketAddress from a BlockList argument: one given, or made from a
// string and the type.
function addressArg(value, type, name) {
  if (SocketAddress.isSocketAddress(value)) return value;
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
  validateString(type, 'type');
  return new SocketAddress({ address: value, family: type });
}

const label = (family) => (family === 'ipv4' ? 'IPv4' : 'IPv6');

class BlockList {
  constructor() {
    this[kRules] = [];
  }

  addAddress(address, family = 'ipv4') {
    const a = addressArg(address, family, 'address')[kAddress];
    this[kRules].unshift({ low: a.value, high: a.value,
                           text: `Address: ${label(a.family)} ${a.address}` });
  }

  addRange(start, end, family = 'ipv4') {
    const s = addressArg(start, family, 'start');
    const e = addressArg(end, family, 'end');
    if (s[kAddress].value > e[kAddress].value) {
      throw new ERR_INVALID_ARG_VALUE('start', s, 'must come before end');
    }
    this[kRules].unshift({
      low: s[kAddress].value, high: e[kAddress].value,
      text: `Range: ${label(s.family)} ${s.address}-${e.address}`,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const n = addressArg(network, family, 'network')[kAddress];
    const bits = n.family === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    const hostBits = BigInt(bits - prefix);
    const mask = (1n << hostBits) - 1n;
    const low = n.value & ~mask;
    this[kRules].unshift({ low, high: low | mask,
                           text: `Subnet: ${label(n.family)} ${n.address}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    let value;
    if (SocketAddress.isSocketAddress(address)) {
      value = address[kAddress].value;
    } else {
      if (typeof address !== 'string') throw new ERR_INVALID_ARG_TYPE('address', 'string', address);
      validateString(family, 'family');
      const f = family.toLowerCase();
      if (f !== 'ipv4' && f !== 'ipv6') return false;
      value = toBigInt(address, f);
      if (value === null) return false;
    }
    for (const rule of this[kRules]) {
      if (value >= rule.low && value <= rule.high) return true;
    }
    return false;
  }

  get rules() {
    return this[kRules].map((rule) => rule.text);
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = { BlockList, SocketAddress };
