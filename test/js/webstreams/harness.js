'use strict';
// A tiny sequential runner for the web streams and fetch tests: test(name, fn)
// queues an (async) check; they run one after another on the next tick, and
// the first failure names its check and exits non-zero through the rejection.
const checks = [];

function test(name, fn) {
  if (checks.length === 0) setImmediate(run);
  checks.push([name, fn]);
}

async function run() {
  for (const [name, fn] of checks) {
    try {
      await fn();
    } catch (err) {
      console.error(`failed: ${name}`);
      process.exitCode = 1;
      throw err;
    }
  }
}

module.exports = { test };
