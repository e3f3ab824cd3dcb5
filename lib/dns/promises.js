'use strict';
// node:dns/promises — the promise forms of lookup and lookupService.

const dns = require('dns');

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

module.exports = {
  lookup,
  lookupService,
  setDefaultResultOrder: dns.setDefaultResultOrder,
  getDefaultResultOrder: dns.getDefaultResultOrder,
};
