'use strict';
// One line for a dns result or error, as the resolve-*.js scripts print it.
module.exports = function describe(err, res) {
  if (!err) return JSON.stringify(res);
  return `${err.constructor.name} ${JSON.stringify({
    code: err.code, errno: err.errno, syscall: err.syscall, hostname: err.hostname,
    message: err.message, keys: Object.keys(err),
  })}`;
};
