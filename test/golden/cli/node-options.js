// NODE_OPTIONS (from node-options.env) is honoured and not listed in execArgv.
console.log(process.noDeprecation, Error.stackTraceLimit, process.execArgv);
