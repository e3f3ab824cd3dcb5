'use strict';

// The global `console`: a plain object (prototype: an empty object, as in
// node) holding Console's methods bound to itself, writing to
// process.stdout / process.stderr. The streams are looked up on first use:
// bootstrap creates the console before stdio exists.

const {
  Console,
  kBindProperties,
  kBindStreamsLazy,
} = require('internal/console/constructor');

// V8's own console, if it is still installed, carries the inspector-only
// methods (profile, profileEnd, timeStamp, context, ...). Read the property
// descriptor rather than globalThis.console: bootstrap may have replaced it
// with a lazy getter that loads this very file.
const vmConsoleDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'console');
const vmConsole = vmConsoleDescriptor !== undefined && 'value' in vmConsoleDescriptor ?
  vmConsoleDescriptor.value : undefined;

const globalConsole = { __proto__: {} };

for (const key of Reflect.ownKeys(Console.prototype)) {
  if (key === 'constructor') continue;
  const descriptor = Object.getOwnPropertyDescriptor(Console.prototype, key);
  // Internal (symbol-keyed) methods are always called on the console itself.
  if (typeof key === 'string' && typeof descriptor.value === 'function') {
    descriptor.value = descriptor.value.bind(globalConsole);
    Object.defineProperty(descriptor.value, 'name', { __proto__: null, value: key });
  }
  Object.defineProperty(globalConsole, key, descriptor);
}

globalConsole[kBindProperties](true, 'auto');

globalConsole.Console = Console;

// Methods only the engine's console has, copied so that `console.profile()`
// and friends exist (they do something only with an inspector attached).
if (vmConsole !== undefined && vmConsole !== null && typeof vmConsole === 'object') {
  for (const key of Object.keys(vmConsole)) {
    if (key in globalConsole || typeof vmConsole[key] !== 'function') continue;
    Object.defineProperty(globalConsole, key, {
      __proto__: null,
      value: vmConsole[key],
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
}

// Last, so the own-property order matches node's.
globalConsole[kBindStreamsLazy](process);

module.exports = globalConsole;
