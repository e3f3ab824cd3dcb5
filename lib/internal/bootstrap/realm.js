'use strict';
// The loader of lib/ itself. C++ compiles this file first and calls it with
// (exports, undefined, module, process, internalBinding, primordials); it
// exports requireBuiltin, through which everything else in lib/ is loaded.
// Each lib file is compiled lazily on its first require and cached here.

const { compileFunction, hasBuiltin, builtinIds } = internalBinding('builtins');

const cache = new Map();  // id -> { exports, loaded }
// node's process.moduleLoadList: what start-up loaded, in order.
const moduleLoadList = [];
Object.defineProperty(process, 'moduleLoadList', {
  value: moduleLoadList, configurable: true, enumerable: false, writable: false,
});

// Ids users may require: every lib file outside internal/.
let publicIds;
function getPublicIds() {
  if (publicIds === undefined) {
    publicIds = builtinIds().filter((id) => !id.startsWith('internal/'));
  }
  return publicIds;
}

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  const module = { id, exports: {}, loaded: false };
  cache.set(id, module);
  moduleLoadList.push(`NativeModule ${id}`);
  const fn = compileFunction(id);
  try {
    fn.call(undefined, module.exports, requireBuiltin, module, process, internalBinding,
            primordials);
  } catch (err) {
    cache.delete(id);
    throw err;
  }
  module.loaded = true;
  return module.exports;
}

// --expose-internals (for eddy's own tests) lets users require lib/internal/*.
let exposeInternals;
function canBeRequiredByUsers(id) {
  if (exposeInternals === undefined) {
    exposeInternals = internalBinding('process_methods').getOptions().exposeInternals === true;
  }
  return (exposeInternals || !id.startsWith('internal/')) && hasBuiltin(id);
}

module.exports = {
  requireBuiltin,
  canBeRequiredByUsers,
  getPublicIds,
  isLoaded: (id) => cache.has(id),
};
// Loaders needed again later (module.builtinModules, the CJS loader).
cache.set('internal/bootstrap/realm', { exports: module.exports, loaded: true });
