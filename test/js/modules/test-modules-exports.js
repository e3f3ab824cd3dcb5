'use strict';
// package.json "exports" (strings, subpath maps, conditions, arrays, patterns,
// null targets), self-reference by package name, and "imports" (#specifiers).
const assert = require('assert');
const path = require('path');

const fixtures = path.resolve(__dirname, '../../fixtures/modules');
const fx = (...p) => path.join(fixtures, ...p);
const req = require(fx('req.js'));
const pkgDir = (name) => fx('node_modules', name);

function notExported(name, subpath, from) {
  const message = (subpath === '.' ?
    `No "exports" main defined in ${pkgDir(name)}${path.sep}package.json` :
    `Package subpath '${subpath}' is not defined by "exports" in ` +
      `${pkgDir(name)}${path.sep}package.json`) + (from ? ` imported from ${from}` : '');
  return { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED', name: 'Error', message };
}

// "exports": a string wins over "main"; nothing else is reachable.
assert.strictEqual(req('exp-string'), 'exp-string right');
assert.strictEqual(req.resolve('exp-string'), fx('node_modules/exp-string/right.js'));
assert.throws(() => req('exp-string/other'), notExported('exp-string', './other'));
assert.throws(() => req('exp-string/other.js'), notExported('exp-string', './other.js'));
assert.throws(() => req('exp-string/package.json'), notExported('exp-string', './package.json'));
// A path request bypasses "exports".
assert.strictEqual(req('./node_modules/exp-string/other.js'), 'exp-string other');

// Subpath maps.
assert.strictEqual(req('exp-map'), 'exp-map main');
assert.strictEqual(req('exp-map/sub'), 'exp-map sub');
assert.deepStrictEqual(req('exp-map/data.json'), { from: 'exp-map data.json' });
assert.strictEqual(req('exp-map/package.json').name, 'exp-map');
// No extension search for exported subpaths.
assert.throws(() => req('exp-map/sub.js'), notExported('exp-map', './sub.js'));
assert.throws(() => req('exp-map/lib/sub.js'), notExported('exp-map', './lib/sub.js'));
// Patterns: "*" matches across "/" too.
assert.strictEqual(req('exp-map/features/alpha'), 'feature alpha');
assert.strictEqual(req('exp-map/features/nested/beta'), 'feature nested/beta');
assert.strictEqual(req.resolve('exp-map/features/alpha'),
                   fx('node_modules/exp-map/src/features/alpha.js'));
// The longer pattern prefix wins: "./features/*.js" maps to the same file.
assert.strictEqual(req('exp-map/features/alpha.js'), 'feature alpha');
assert.strictEqual(req('exp-map/dir/file.js'), 'dir file.js');
// The pattern target is a file that must exist: MODULE_NOT_FOUND otherwise.
assert.throws(() => req('exp-map/features/nope'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.match(err.message, /^Cannot find module '.*exp-map[\\/]src[\\/]features[\\/]nope\.js'/);
  return true;
});
assert.throws(() => req('exp-map/dir/file'), { code: 'MODULE_NOT_FOUND' });
// null targets exclude.
assert.throws(() => req('exp-map/hidden'), notExported('exp-map', './hidden'));
assert.throws(() => req('exp-map/features/private/secret'),
              notExported('exp-map', './features/private/secret'));
// A target not starting with "./" is invalid.
assert.throws(() => req('exp-map/bad-target'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "exports" target "lib/main.js" defined for './bad-target' in the ` +
    `package config ${pkgDir('exp-map')}${path.sep}package.json; targets must start with "./"`,
});

// No "." in the map.
assert.throws(() => req('exp-nomain'), notExported('exp-nomain', '.'));
assert.strictEqual(req('exp-nomain/only'), 'exp-nomain only');

// Conditions: require/node/default apply; import never does.
assert.strictEqual(req('exp-cond'), 'exp-cond require');
assert.strictEqual(req('exp-sugar'), 'exp-sugar cjs');
assert.strictEqual(req('exp-cond/node-first'), 'exp-cond node');
assert.strictEqual(req('exp-cond/default-only'), 'exp-cond default');
assert.throws(() => req('exp-cond/import-only'), notExported('exp-cond', './import-only'));
assert.strictEqual(req('exp-cond/nested'), 'exp-cond nested');
// A nested object with no match falls through to the next key.
assert.strictEqual(req('exp-cond/nested-miss'), 'exp-cond default');
// User conditions are off by default (see test/golden/modules/conditions.js).
assert.strictEqual(req('exp-cond/custom'), 'exp-cond default');

// Arrays: the first valid target is used (even when the file is missing);
// invalid targets are skipped.
assert.throws(() => req('exp-cond/array'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.match(err.message, /missing-but-valid\.js/);
  return true;
});
assert.strictEqual(req('exp-cond/array-invalid-first'), 'exp-cond default');
assert.strictEqual(req('exp-cond/array-cond'), 'exp-cond require');

// Scoped package with "exports".
assert.strictEqual(req('@scope/exp/feature'), '@scope/exp feature');
assert.throws(() => req('@scope/exp/main'), notExported('@scope/exp', './main'));

// Self-reference: a package can require itself by name through its "exports".
const self = req('self-ref');
assert.strictEqual(self.name, 'self-ref index');
assert.strictEqual(self.util(), 'self-ref util');
assert.strictEqual(self.self(), self);
// (a self-reference names the requiring file in the message)
assert.throws(() => self.notExported(),
              notExported('self-ref', './lib/util.js', pkgDir('self-ref/index.js')));
// ...but not from outside the package when it is not in a node_modules path.
assert.throws(() => require('self-ref'), { code: 'MODULE_NOT_FOUND' });

// "imports": #specifiers from the nearest package.json.
const imp = req('./imports-pkg');
assert.strictEqual(imp.dep(), '#dep');
assert.strictEqual(imp.internal('one'), '#internal/one');
assert.strictEqual(imp.resolve('#internal/one'), fx('imports-pkg/lib/internal/one.js'));
assert.strictEqual(imp.cond(), '#cond require');
assert.strictEqual(imp.bare(), 'walker at the top');
const impPkg = fx('imports-pkg') + path.sep + 'package.json';
const impFrom = fx('imports-pkg', 'index.js');
assert.throws(() => imp.missing(), {
  code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  name: 'TypeError',
  message: `Package import specifier "#missing" is not defined in package ${impPkg} ` +
    `imported from ${impFrom}`,
});
assert.throws(() => imp.nulled(), { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED' });
assert.throws(() => imp.internal('two'), { code: 'MODULE_NOT_FOUND' });
// Outside any package with "imports": an ordinary (missing) module.
assert.throws(() => req('#dep'), { code: 'MODULE_NOT_FOUND' });

// "type": "module" packages: .js is ESM; .cjs is still CommonJS. node 20.19+
// loads ESM through require() (process.features.require_module); a runtime
// without ES module support must throw ERR_REQUIRE_ESM instead.
assert.strictEqual(req('esm-pkg/legacy.cjs'), 'esm-pkg legacy.cjs');
if (process.features.require_module) {
  assert.strictEqual(req('esm-pkg').default, 'esm');
  assert.strictEqual(req('./esm/file.mjs').x, 1);
} else {
  assert.throws(() => req('esm-pkg'), (err) => {
    assert.strictEqual(err.code, 'ERR_REQUIRE_ESM');
    assert.strictEqual(err.name, 'Error');
    assert.match(err.message,
                 /^require\(\) of ES Module .*esm-pkg[\\/]index\.js from .*req\.js not supported\./);
    return true;
  });
  // .mjs files are ESM wherever they are.
  assert.throws(() => req('./esm/file.mjs'), (err) => {
    assert.strictEqual(err.code, 'ERR_REQUIRE_ESM');
    assert.match(err.message, /^require\(\) of ES Module .*file\.mjs/);
    return true;
  });
}
