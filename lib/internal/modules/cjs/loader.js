'use strict';
// The CommonJS loader: node's resolution algorithm, the module cache and
// `require`. User modules are compiled by internalBinding('contextify') as a
// function with the parameters (exports, require, module, __filename,
// __dirname), so stack traces keep the file's own line and column numbers.
//
// Resolution, in order (as node documents it in "modules: all together"):
//   1. built-in modules ('fs', 'node:fs'); embedder modules
//   2. '#imports' from the nearest package.json
//   3. a package's own name (self-reference through "exports")
//   4. paths: absolute, or relative to the requiring file
//   5. node_modules folders walking up, then NODE_PATH and the global folders;
//      a package with "exports" is resolved only through them.
// Each candidate is a file (as is, then + .js .json .node) or a directory
// (package.json "main", then index.*). Files are realpath'd unless
// --preserve-symlinks.

const path = require('path');
const realm = require('internal/bootstrap/realm');
const fsBinding = internalBinding('fs');
const { compileFunction } = internalBinding('contextify');
const { getEmbedderModule } = internalBinding('env');
const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_INVALID_MODULE_SPECIFIER, ERR_INVALID_PACKAGE_CONFIG,
    ERR_INVALID_PACKAGE_TARGET, ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_REQUIRE_ESM,
    ERR_UNKNOWN_BUILTIN_MODULE, ERR_PACKAGE_IMPORT_NOT_DEFINED,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { isProxy } = internalBinding('types');

const options = internalBinding('process_methods').getOptions();
const preserveSymlinks = options.preserveSymlinks;
const preserveSymlinksMain = options.preserveSymlinksMain;
const cjsConditions = new Set(['require', 'node', 'node-addons', ...options.conditions]);

const kIsMainSymbol = Symbol('kIsMainSymbol');
const moduleParentCache = new WeakMap();

// --- file system helpers (no exceptions on the hot path) ---------------------
const statCache = new Map();
function stat(filename) {
  filename = path.toNamespacedPath(filename);
  const cached = statCache.get(filename);
  if (cached !== undefined) return cached;
  const result = fsBinding.internalModuleStat(filename);
  // Only cache during a single top-level resolution burst is node's choice;
  // we cache positive hits for the process lifetime of the loader.
  if (result >= 0) statCache.set(filename, result);
  return result;
}

const realpathCache = new Map();
function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real === undefined) {
    real = fsBinding.realpath(requestPath);
    realpathCache.set(requestPath, real);
  }
  return real;
}

// --- package.json ----------------------------------------------------------------
const packageCache = new Map();
function readPackage(dir) {
  const jsonPath = path.resolve(dir, 'package.json');
  const cached = packageCache.get(jsonPath);
  if (cached !== undefined) return cached;
  let json;
  if (stat(jsonPath) !== 0) {
    packageCache.set(jsonPath, false);
    return false;
  }
  try {
    json = fsBinding.readFileUtf8(jsonPath);
  } catch {
    packageCache.set(jsonPath, false);
    return false;
  }
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch (err) {
    err.path = jsonPath;
    err.message = 'Error parsing ' + jsonPath + ': ' + err.message;
    throw err;
  }
  const filtered = {
    name: parsed.name,
    main: parsed.main,
    exports: parsed.exports,
    imports: parsed.imports,
    type: parsed.type,
    pjsonPath: jsonPath,
  };
  packageCache.set(jsonPath, filtered);
  return filtered;
}

// The package.json that governs `checkPath` (stopping at node_modules).
function readPackageScope(checkPath) {
  const rootSeparatorIndex = checkPath.indexOf(path.sep);
  let separatorIndex;
  do {
    separatorIndex = checkPath.lastIndexOf(path.sep);
    checkPath = checkPath.slice(0, separatorIndex);
    if (checkPath.endsWith(path.sep + 'node_modules')) return false;
    const pjson = readPackage(checkPath + path.sep);
    if (pjson) return { data: pjson, path: checkPath };
  } while (separatorIndex > rootSeparatorIndex);
  return false;
}

// --- "exports" / "imports" ---------------------------------------------------------
function isConditionalExportsMainSugar(exports, pjsonPath) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.keys(exports);
  let isConditionalSugar = false;
  for (let i = 0; i < keys.length; i++) {
    const curIsConditionalSugar = keys[i] === '' || keys[i][0] !== '.';
    if (i === 0) {
      isConditionalSugar = curIsConditionalSugar;
    } else if (isConditionalSugar !== curIsConditionalSugar) {
      throw new ERR_INVALID_PACKAGE_CONFIG(pjsonPath, undefined,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditionalSugar;
}

const invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

function invalidTarget(pkgDir, subpath, target, internal) {
  return new ERR_INVALID_PACKAGE_TARGET(pkgDir + path.sep, subpath, target, internal);
}

// Returns an absolute path, null (explicitly excluded) or undefined (no match).
function resolveTarget(pkgDir, target, subpath, patternMatch, isImports, conditions) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/')) {
        // A bare target of "imports" is resolved as a package.
        const spec = patternMatch !== null ? target.replace(/\*/g, patternMatch) : target;
        return { bare: spec };
      }
      throw invalidTarget(pkgDir, subpath, target, isImports);
    }
    if (invalidSegmentRegEx.test(target.slice(2))) throw invalidTarget(pkgDir, subpath, target, isImports);
    const resolved = path.resolve(pkgDir, target);
    if (patternMatch === null) return resolved;
    if (invalidSegmentRegEx.test(patternMatch)) {
      throw new ERR_INVALID_MODULE_SPECIFIER(subpath, `request is not a valid match in pattern "${subpath}"`,
                                             pkgDir + path.sep + 'package.json');
    }
    return path.resolve(pkgDir, target.replace(/\*/g, patternMatch));
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (const t of target) {
      let resolved;
      try {
        resolved = resolveTarget(pkgDir, t, subpath, patternMatch, isImports, conditions);
      } catch (err) {
        lastException = err;
        if (err.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastException = null;
        continue;
      }
      return resolved;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    for (const key of Object.keys(target)) {
      if (key === 'default' || conditions.has(key)) {
        const resolved = resolveTarget(pkgDir, target[key], subpath, patternMatch, isImports,
                                       conditions);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(pkgDir, subpath, target, isImports);
}

function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf('*');
  const bPatternIndex = b.indexOf('*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Finds the target for `subpath` in an exports/imports map.
function matchMap(map, subpath) {
  if (Object.prototype.hasOwnProperty.call(map, subpath) && !subpath.includes('*')) {
    return { target: map[subpath], patternMatch: null };
  }
  let bestMatch = '';
  let bestSubpath;
  for (const key of Object.keys(map)) {
    const patternIndex = key.indexOf('*');
    if (patternIndex !== -1 && subpath.startsWith(key.slice(0, patternIndex))) {
      const patternTrailer = key.slice(patternIndex + 1);
      if (subpath.length >= key.length && subpath.endsWith(patternTrailer) &&
          patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === patternIndex) {
        bestMatch = key;
        bestSubpath = subpath.slice(patternIndex, subpath.length - patternTrailer.length);
      }
    }
  }
  if (bestMatch) return { target: map[bestMatch], patternMatch: bestSubpath };
  return null;
}

// `base` (the requiring file) is named only for self-references, as node does.
function exportsNotFound(subpath, pkgDir, base) {
  return new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir + path.sep, subpath, base);
}

function packageExportsResolve(pkgDir, subpath, pkg, conditions, base) {
  let exports = pkg.exports;
  if (isConditionalExportsMainSugar(exports, pkg.pjsonPath)) exports = { '.': exports };
  const match = matchMap(exports, subpath);
  if (match !== null) {
    const resolved = resolveTarget(pkgDir, match.target, subpath, match.patternMatch, false,
                                   conditions);
    if (resolved === null || resolved === undefined) throw exportsNotFound(subpath, pkgDir, base);
    return resolved;
  }
  throw exportsNotFound(subpath, pkgDir, base);
}

function finalizeExportsResolution(resolved, request, pkgDir) {
  const actual = tryFile(resolved, false) || (stat(resolved) === 0 ? resolved : false);
  if (actual) return actual;
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = path.resolve(pkgDir, 'package.json');
  throw err;
}

// "node_modules/<name>" + "exports": the request splits into name and subpath.
const packageNameRegEx = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;
function resolveExports(nmPath, request) {
  const match = packageNameRegEx.exec(request);
  if (match === null) return undefined;
  const name = match[1];
  const expansion = match[2] || '';
  const pkgDir = path.resolve(nmPath, name);
  const pkg = readPackage(pkgDir);
  if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
    const resolved = packageExportsResolve(pkgDir, '.' + expansion, pkg, cjsConditions);
    return finalizeExportsResolution(resolved, request, pkgDir);
  }
  return undefined;
}

function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const scope = readPackageScope(parentPath);
  if (!scope || scope.data.exports === undefined || scope.data.exports === null) return false;
  const name = scope.data.name;
  if (typeof name !== 'string') return false;
  let expansion;
  if (request === name) expansion = '.';
  else if (request.startsWith(name + '/')) expansion = '.' + request.slice(name.length);
  else return false;
  const resolved = packageExportsResolve(scope.path, expansion, scope.data, cjsConditions,
                                         parentPath);
  return finalizeExportsResolution(resolved, request, scope.path);
}

// Returns undefined when the nearest package.json has no "imports" (the
// request then goes through the ordinary resolution, as in node).
function resolveImports(request, parent) {
  const parentPath = parent?.filename || process.cwd() + path.sep;
  const scope = readPackageScope(parentPath);
  const imports = scope ? scope.data.imports : undefined;
  if (imports === undefined || imports === null) return undefined;
  if (request === '#' || request.startsWith('#/') || request.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(request, 'is not a valid internal imports specifier name',
                                           parentPath);
  }
  if (typeof imports === 'object') {
    const match = matchMap(imports, request);
    if (match !== null) {
      const resolved = resolveTarget(scope.path, match.target, request, match.patternMatch, true,
                                     cjsConditions);
      if (resolved !== null && resolved !== undefined) {
        if (typeof resolved === 'object') {
          try {
            return Module._resolveFilename(resolved.bare, parent, false);
          } catch (err) {
            if (err.code !== 'MODULE_NOT_FOUND') throw err;
            const notFound = new Error(`Cannot find module '${request}'`);
            notFound.code = 'MODULE_NOT_FOUND';
            throw notFound;
          }
        }
        return finalizeExportsResolution(resolved, request, scope.path);
      }
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(request, scope.path + path.sep, parentPath);
}

// --- candidates ------------------------------------------------------------------------
function tryFile(requestPath, isMain) {
  const rc = stat(requestPath);
  if (rc !== 0) return false;
  if (preserveSymlinks && !isMain) return path.resolve(requestPath);
  if (preserveSymlinksMain && isMain) return path.resolve(requestPath);
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg ? pkg.main : undefined;
  if (!main || typeof main !== 'string') {
    return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  }
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
                            'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    const jsonPath = path.resolve(requestPath, 'package.json');
    process.emitWarning(`Invalid 'main' field in '${jsonPath}' of '${main}'. ` +
                        'Please either fix that or report it to the module author',
                        'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

// --- Module ------------------------------------------------------------------------------
function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

// module.parent (documentation-only deprecated, DEP0144): the first module
// that required this one; null for the main module.
Object.defineProperty(Module.prototype, 'parent', {
  configurable: true,
  enumerable: false,
  get() { return moduleParentCache.get(this); },
  set(value) { moduleParentCache.set(this, value); },
});

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.Module = Module;
// Module.wrap / Module.wrapper: non-enumerable accessors, as in node. Replacing
// either (old instrumenting tools do) makes _compile use the text wrapper.
let wrap = function(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
let wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
let patched = false;
const wrapperProxy = new Proxy(wrapper, {
  __proto__: null,
  set(target, property, value, receiver) {
    patched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    patched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});
Object.defineProperty(Module, 'wrap', {
  configurable: true,
  enumerable: false,
  get() { return wrap; },
  set(value) {
    patched = true;
    wrap = value;
  },
});
Object.defineProperty(Module, 'wrapper', {
  configurable: true,
  enumerable: false,
  get() { return wrapperProxy; },
  set(value) {
    patched = true;
    wrapper = value;
  },
});

Object.defineProperty(Module, 'builtinModules', {
  configurable: true,
  enumerable: true,
  get() {
    const list = realm.getPublicIds().slice().sort();
    Object.defineProperty(Module, 'builtinModules', { value: list, enumerable: true });
    return list;
  },
});

Module.isBuiltin = function isBuiltin(moduleName) {
  if (typeof moduleName !== 'string') return false;
  if (moduleName.startsWith('node:')) return realm.canBeRequiredByUsers(moduleName.slice(5));
  return realm.canBeRequiredByUsers(moduleName);
};

Module._initPaths = function() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
  }
  Module.globalPaths = paths.slice();
  modulePaths = paths;
};
let modulePaths = [];

Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let last = from.length;
  for (let i = from.length - 1; i >= 0; --i) {
    if (from.charCodeAt(i) === 47 /* / */) {
      const segment = from.slice(i + 1, last);
      if (segment !== 'node_modules') paths.push(from.slice(0, last) + '/node_modules');
      last = i;
    }
  }
  paths.push('/node_modules');
  return paths;
};

// 'fs' or 'node:fs' → 'fs'; undefined when not a built-in users can require.
function normalizeRequirableId(request) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  return realm.canBeRequiredByUsers(id) ? id : undefined;
}

Module._resolveLookupPaths = function(request, parent) {
  if (normalizeRequirableId(request) !== undefined) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths;
    if (parent?.paths?.length) paths = parent.paths.concat(modulePaths);
    else paths = modulePaths.slice();
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

Module._findPath = function(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = request + '\x00' + paths.join('\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') ||
     request === '.' || request === '..');
  const isRelative = request.startsWith('./') || request.startsWith('../') ||
    request === '.' || request === '..';

  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest && !isRelative) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {
        if (!isMain) {
          filename = preserveSymlinks ? path.resolve(basePath) : toRealPath(basePath);
        } else {
          filename = preserveSymlinksMain ? path.resolve(basePath) : toRealPath(basePath);
        }
      }
      if (!filename) {
        if (exts === undefined) exts = Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      if (exts === undefined) exts = Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveFilename = function(request, parent, isMain, options) {
  if (normalizeRequirableId(request) !== undefined) return request;

  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      const isRelative = request.startsWith('./') || request.startsWith('../');
      if (isRelative) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          const p = options.paths[i];
          fakeParent.paths = Module._nodeModulePaths(p);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!paths.includes(lookupPaths[j])) paths.push(lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const resolved = resolveImports(request, parent);
    if (resolved !== undefined) return resolved;
  }

  const parentPath = trySelfParentPath(parent);
  const selfResolved = trySelf(parentPath, request);
  if (selfResolved) return selfResolved;

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message = message + '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

function trySelfParentPath(parent) {
  if (!parent) return false;
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') {
    try {
      return process.cwd() + path.sep;
    } catch {
      return false;
    }
  }
  return false;
}

const embedderCache = new Map();

// A module required again while it is still loading (a cycle) hands out its
// partial exports; until it finishes, reading a property it does not have
// warns, as in node.
function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
                      'inside circular dependency');
}

const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  __proto__: null,
  get(target, prop) {
    // __esModule is probed by transpiled code: no warning for it.
    if (prop in target || prop === '__esModule') return Reflect.get(target, prop);
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Object.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function getExportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports && !isProxy(exports) && Object.getPrototypeOf(exports) === Object.prototype &&
      !exports.__esModule) {
    // Undone when the module finishes loading (Module._load).
    Object.setPrototypeOf(exports, CircularRequirePrototypeWarningProxy);
  }
  return exports;
}

Module._load = function(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!realm.canBeRequiredByUsers(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return realm.requireBuiltin(id);
  }
  if (embedderCache.has(request)) return embedderCache.get(request);
  // Modules the embedder registered (Runtime::RegisterModule) come right
  // after the built-ins: a bare name that no built-in has.
  if (!isMain && request[0] !== '.' && request[0] !== '#' && !path.isAbsolute(request) &&
      normalizeRequirableId(request) === undefined) {
    const embedded = getEmbedderModule(request);
    if (embedded !== undefined) {
      embedderCache.set(request, embedded);
      return embedded;
    }
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
    return cachedModule.exports;
  }
  if (realm.canBeRequiredByUsers(filename)) return realm.requireBuiltin(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module[kIsMainSymbol] = true;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (!threw) {
      const exports = module.exports;
      if (exports !== null && (typeof exports === 'object' || typeof exports === 'function') &&
          !isProxy(exports) &&
          Object.getPrototypeOf(exports) === CircularRequirePrototypeWarningProxy) {
        Object.setPrototypeOf(exports, Object.prototype);
      }
    } else {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        const children = parent.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    }
  }
  return module.exports;
};

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
    throw new ERR_REQUIRE_ESM(filename, true);
  }
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

function stripShebang(content) {
  // `#!` is only legal at the very start; keep the line so numbers stay right.
  if (content.charCodeAt(0) === 35 /* # */ && content.charCodeAt(1) === 33 /* ! */) {
    return '//' + content.slice(2);
  }
  return content;
}

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

Module.prototype._compile = function(content, filename) {
  let compiledWrapper;
  if (patched) {
    const { runScript } = internalBinding('contextify');
    compiledWrapper = runScript(Module.wrap(stripShebang(content)), filename);
  } else {
    compiledWrapper = compileFunction(stripShebang(content), filename, wrapperParams);
  }
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  return Reflect.apply(compiledWrapper, exports, [exports, require, this, filename, dirname]);
};

// node asks the parser; a line-start import/export statement is close enough
// for choosing the wording of ERR_REQUIRE_ESM.
function hasEsmSyntax(content) {
  return /^\s*(?:import\s*[\w{*'"]|export\s+|export\s*[{*])/m.test(content);
}

Module._extensions['.js'] = function(module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  if (filename.endsWith('.js')) {
    const pkg = readPackageScope(filename);
    if (pkg && pkg.data.type === 'module') {
      const parent = moduleParentCache.get(module);
      throw new ERR_REQUIRE_ESM(filename, hasEsmSyntax(content), parent?.filename,
                                path.resolve(pkg.path, 'package.json'));
    }
  }
  module._compile(content, filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: ` +
                        'native addons are not supported by eddy yet');
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && filename.href && filename.protocol) {
    filepath = fileURLToPathLite(filename.href);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = fileURLToPathLite(filename);
  } else if (typeof filename === 'string' && path.isAbsolute(filename)) {
    filepath = filename;
  } else {
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

function fileURLToPathLite(href) {
  const match = /^file:\/\/(?:localhost)?(\/.*)$/i.exec(href);
  if (match === null) {
    throw new ERR_INVALID_ARG_VALUE('filename', href,
      'must be a file URL object, file URL string, or absolute path string');
  }
  return decodeURIComponent(match[1]);
}

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.register = function register() {
  throw new Error('module.register() needs ES modules, which eddy does not support yet');
};

function esmNotSupported(filename) {
  const err = new Error(`Cannot run ${filename}: ES modules are not supported yet by eddy ` +
                        '(use CommonJS: require/module.exports, or a .cjs file)');
  err.code = 'ERR_ESM_NOT_SUPPORTED';
  return err;
}

Module.runMain = function executeUserEntryPoint(main = process.argv[1]) {
  const resolvedArg = path.resolve(main);
  process.argv[1] = resolvedArg;
  let mainPath = Module._findPath(resolvedArg, null, true);
  if (mainPath) {
    if (mainPath.endsWith('.mjs')) throw esmNotSupported(mainPath);
    if (mainPath.endsWith('.js')) {
      const pkg = readPackageScope(mainPath);
      if (pkg && pkg.data.type === 'module') throw esmNotSupported(mainPath);
    }
  }
  Module._load(resolvedArg, null, true);
};

// -e / -p / stdin: require, module, exports, __filename, __dirname as globals.
function makeEvalContext(name) {
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const require = makeRequireFunction(module);
  const define = (key, value) => Object.defineProperty(globalThis, key, {
    value, writable: true, configurable: true, enumerable: false,
  });
  define('module', module);
  define('exports', module.exports);
  define('require', require);
  define('__filename', name);
  define('__dirname', '.');
}

// -r / --require: each request is resolved from the current directory.
let isPreloading = false;
Object.defineProperty(Module.prototype, 'isPreloading', {
  configurable: true,
  enumerable: false,
  get() { return isPreloading; },
});

Module._preloadModules = function(requests) {
  if (!Array.isArray(requests)) return;
  isPreloading = true;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') {
      isPreloading = false;
      throw e;
    }
  }
  try {
    for (let n = 0; n < requests.length; n++) internalRequire(parent, requests[n]);
  } finally {
    isPreloading = false;
  }
};

function internalRequire(module, id) {
  return module.require(id);
}

function loadPreloadModules(requests) {
  Module._preloadModules(requests);
}

Module._debug = function(...args) {
  process.emitWarning('Module._debug is deprecated.', 'DeprecationWarning', 'DEP0077');
  Module._debug = function() {};
};

Module._initPaths();

module.exports = {
  Module,
  makeRequireFunction,
  makeEvalContext,
  loadPreloadModules,
  readPackageScope,
};
