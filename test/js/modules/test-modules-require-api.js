'use strict';
// The require function and node:module: require.resolve (+ paths option),
// require.resolve.paths, require.cache, require.main, built-ins,
// module.builtinModules, module.isBuiltin and module.createRequire.
const assert = require('assert');
const path = require('path');
const Module = require('module');

const fixtures = path.resolve(__dirname, '../../fixtures/modules');
const fx = (...p) => path.join(fixtures, ...p);

// require.resolve with `paths`: relative requests resolve against each path,
// bare ones through the node_modules folders above each path.
assert.strictEqual(require.resolve('./plain', { paths: [fixtures] }), fx('plain.js'));
assert.strictEqual(require.resolve('./lib/entry', { paths: [fx('dir-main')] }),
                   fx('dir-main/lib/entry.js'));
assert.strictEqual(require.resolve('walker', { paths: [fixtures] }),
                   fx('node_modules/walker/index.js'));
assert.strictEqual(require.resolve('walker', { paths: [fx('deep/a/b/c')] }),
                   fx('deep/a/node_modules/walker/index.js'));
assert.strictEqual(require.resolve('walker', { paths: [fx('deep/x'), fx('deep/a/b')] }),
                   fx('node_modules/walker/index.js'));
assert.strictEqual(require.resolve('exp-map/sub', { paths: [fixtures] }),
                   fx('node_modules/exp-map/lib/sub.js'));
assert.strictEqual(require.resolve('fs', { paths: [fixtures] }), 'fs');
assert.throws(() => require.resolve('walker', { paths: [__dirname] }), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require.resolve('walker', { paths: 'nope' }), {
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
});
assert.throws(() => require.resolve(42), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

// Built-ins resolve to their own name.
assert.strictEqual(require.resolve('path'), 'path');
assert.strictEqual(require.resolve('node:path'), 'node:path');

// require.resolve.paths.
assert.strictEqual(require.resolve.paths('fs'), null);
assert.strictEqual(require.resolve.paths('node:fs'), null);
assert.deepStrictEqual(require.resolve.paths('./x'), [__dirname]);
assert.deepStrictEqual(require.resolve.paths('../x'), [__dirname]);
const lookup = require.resolve.paths('some-package');
assert.ok(Array.isArray(lookup));
assert.strictEqual(lookup[0], path.join(__dirname, 'node_modules'));
assert.strictEqual(lookup[1], path.join(__dirname, '..', 'node_modules'));
assert.ok(lookup.includes('/node_modules'));
assert.deepStrictEqual(lookup.slice(0, lookup.indexOf('/node_modules') + 1),
                       Module._nodeModulePaths(__dirname));
assert.deepStrictEqual(Module._nodeModulePaths('/a/node_modules/b'),
                       ['/a/node_modules/b/node_modules', '/a/node_modules', '/node_modules']);
assert.deepStrictEqual(Module._nodeModulePaths('/'), ['/node_modules']);

// require.cache: keyed by filename; deleting an entry reloads the file.
const counterPath = fx('counter.js');
const first = require(counterPath);
assert.strictEqual(require(counterPath), first);
assert.strictEqual(require.cache[counterPath].exports, first);
assert.strictEqual(require.cache, Module._cache);
delete require.cache[counterPath];
const second = require(counterPath);
assert.strictEqual(second, first + 1);
// A module put in the cache by hand is returned as is.
// (the request is resolved first: the file must exist)
require.cache[fx('only-json.json')] = { exports: 'from the cache' };
assert.strictEqual(require(fx('only-json')), 'from the cache');
delete require.cache[fx('only-json.json')];
assert.deepStrictEqual(require(fx('only-json')), { kind: 'only-json' });
require.cache[fx('not-a-real-file.js')] = { exports: 'from the cache' };
assert.throws(() => require(fx('not-a-real-file.js')), { code: 'MODULE_NOT_FOUND' });
delete require.cache[fx('not-a-real-file.js')];
assert.strictEqual(require.extensions, Module._extensions);
assert.deepStrictEqual(Object.keys(require.extensions), ['.js', '.json', '.node']);

// require.main.
assert.strictEqual(require.main, module);
assert.strictEqual(require.main.filename, __filename);
assert.strictEqual(process.mainModule, module);

// Built-ins, by name and with the node: prefix (the same object).
assert.strictEqual(require('path'), require('node:path'));
assert.strictEqual(require('fs'), require('node:fs'));
assert.strictEqual(require('util').types, require('node:util/types'));
assert.strictEqual(require('module'), Module);
assert.strictEqual(Module.Module, Module);
assert.throws(() => require('node:nope'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  name: 'Error',
  message: 'No such built-in module: node:nope',
});
assert.throws(() => require('node:internal/errors'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
assert.throws(() => require('internal/errors'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require(''), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'id' must be a non-empty string. Received ''",
});
assert.throws(() => require(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be of type string. Received type number (1)',
});

// module.builtinModules: the modules this runtime has are listed (node has
// more: only check the common ones), sorted, without node: or internal ids.
const builtins = Module.builtinModules;
assert.ok(Array.isArray(builtins));
for (const name of ['console', 'events', 'fs', 'module', 'os', 'path', 'timers',
                    'timers/promises', 'util', 'util/types']) {
  assert.ok(builtins.includes(name), `builtinModules lacks ${name}`);
}
for (const name of builtins) {
  assert.ok(!name.startsWith('internal/'), name);
  assert.ok(Module.isBuiltin(name), name);
}
assert.strictEqual(Module.isBuiltin('node:fs'), true);
assert.strictEqual(Module.isBuiltin('fs/promises/nope'), false);
assert.strictEqual(Module.isBuiltin('internal/errors'), false);
assert.strictEqual(Module.isBuiltin('nope'), false);
assert.strictEqual(Module.isBuiltin(42), false);

// module.createRequire: absolute path, file URL string, URL object, a folder
// with a trailing slash.
const r1 = Module.createRequire(fx('req.js'));
assert.strictEqual(r1('./plain').name, 'plain');
assert.strictEqual(r1('walker'), 'walker at the top');
assert.strictEqual(r1.resolve('./dir-index'), fx('dir-index/index.js'));
assert.strictEqual(r1.cache, require.cache);
assert.strictEqual(r1.main, require.main);
const r2 = Module.createRequire('file://' + fx('deep/a/b/c/d.js'));
assert.strictEqual(r2('walker'), 'walker in deep/a (nearer)');
if (typeof URL === 'function') {
  const r3 = Module.createRequire(new URL('file://' + fx('deep/a/b/c/d.js')));
  assert.strictEqual(r3('walker'), 'walker in deep/a (nearer)');
}
const r4 = Module.createRequire(fixtures + '/');
assert.strictEqual(r4('./plain').name, 'plain');
// The file need not exist.
const r5 = Module.createRequire(fx('no-such-file.js'));
assert.strictEqual(r5('./plain').name, 'plain');
for (const bad of ['relative/path.js', './x.js', '', 42, null, undefined, {}]) {
  assert.throws(() => Module.createRequire(bad), (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_VALUE');
    assert.strictEqual(err.name, 'TypeError');
    assert.match(err.message, /^The argument 'filename' must be a file URL object, file URL string, or absolute path string\. Received /);
    return true;
  });
}

// Module API shape.
assert.strictEqual(typeof Module.wrap, 'function');
assert.deepStrictEqual(Module.wrapper, [
  '(function (exports, require, module, __filename, __dirname) { ', '\n});',
]);
assert.strictEqual(Module.wrap('x'), Module.wrapper[0] + 'x' + Module.wrapper[1]);
assert.strictEqual(typeof Module._load, 'function');
assert.strictEqual(typeof Module._resolveFilename, 'function');
assert.strictEqual(typeof Module._findPath, 'function');
assert.ok(Array.isArray(Module.globalPaths));
assert.strictEqual(Module._resolveFilename('../../fixtures/modules/plain', module), fx('plain.js'));

// A new Module compiled by hand (what some test frameworks do).
const m = new Module(fx('virtual.js'), module);
m.filename = fx('virtual.js');
m.paths = Module._nodeModulePaths(fixtures);
m._compile("module.exports = require('walker') + ' via _compile';", fx('virtual.js'));
assert.strictEqual(m.exports, 'walker at the top via _compile');
assert.strictEqual(m.parent, module);

// An unknown node: id is not a built-in for require.resolve either.
assert.throws(() => require.resolve('node:nope'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'node:nope'\nRequire stack:\n- ${__filename}`,
});
assert.ok(Array.isArray(require.resolve.paths('node:nope')));

// isPreloading is false once the main module runs (see test/golden/cli/preload.js).
assert.strictEqual(module.isPreloading, false);
assert.strictEqual(typeof Module._preloadModules, 'function');
assert.ok(!Object.keys(Module).includes('wrap'));
assert.ok(!Object.keys(Module).includes('wrapper'));

// Replacing Module.wrap changes how later files are compiled (instrumenting
// tools do this); line numbers after the first line are unchanged.
const originalWrap = Module.wrap;
Module.wrap = (script) => originalWrap('exports.instrumented = true;' + script);
const instrumented = require(fx('exports-a.js'));
assert.strictEqual(instrumented.instrumented, true);
assert.strictEqual(instrumented.a, 1);
Module.wrap = originalWrap;
delete require.cache[fx('exports-a.js')];
assert.deepStrictEqual(require(fx('exports-a.js')), { a: 1 });
