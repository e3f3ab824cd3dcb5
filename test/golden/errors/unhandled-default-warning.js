'use strict';
// the default warning printer's text for an unhandled rejection (warn mode),
// captured with the pid blanked
const orig = process.stderr.write;
process.stderr.write = function(chunk) {
  console.log(JSON.stringify(String(chunk).replace(/^\((node|eddy):\d+\)/gm, '(RUNTIME:PID)').split(__dirname).join('<DIR>')));
  return true;
};
Error.stackTraceLimit = 1;
Promise.reject(new Error('shown'));
Promise.reject(undefined);
setTimeout(() => { process.stderr.write = orig; }, 5);
