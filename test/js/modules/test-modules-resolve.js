'use strict';
// CommonJS resolution: relative and absolute paths, extensions, directories
// (package.json "main", index.js, index.json), node_modules walking and
// scoped packages.
const assert = require('assert');
const path = require('path');

const fixtures = path.resolve(__dirname, '../../fixtures/modules');
const fx = (...p) => path.join(fixtures, ...p);
const req = require(fx('req.js'));  // a require rooted in the fixtures folder

// Relative (from this file) and absolute requests.
assert.strictEqual(require('../../fixtures/modules/plain').name, 'plain');
assert.strictEqual(require('../../fixtures/modules/plain.js').name, 'plain');
assert.strictEqual(require(fx('plain')).name, 'plain');
assert.strictEqual(require(fx('plain.js')), require('../../fixtures/modules/plain'));
assert.strictEqual(req('./plain').name, 'plain');
assert.strictEqual(req('./dir-main/../plain').name, 'plain');

// Extensions: .js before .json; .json parsed; .cjs only when explicit.
assert.strictEqual(req('./both'), 'both.js');
assert.strictEqual(req('./both.json'), 'both.json');
assert.deepStrictEqual(req('./data'), { name: 'data', list: [1, 2, 3] });
assert.deepStrictEqual(req('./only-json'), { kind: 'only-json' });
assert.strictEqual(req('./explicit.cjs'), 'explicit cjs');
assert.throws(() => req('./explicit'), { code: 'MODULE_NOT_FOUND' });

// Directories.
assert.strictEqual(req('./dir-main'), 'dir-main entry');
assert.strictEqual(req('./dir-main/'), 'dir-main entry');
assert.strictEqual(req('./dir-main-noext'), 'dir-main-noext entry');
assert.strictEqual(req('./dir-main-dir'), 'dir-main-dir lib/index');
assert.strictEqual(req('./dir-badmain'), 'dir-badmain index');
assert.strictEqual(req('./dir-nopkgmain'), 'dir-nopkgmain index');
assert.strictEqual(req('./dir-index'), 'dir-index index.js');
assert.strictEqual(req('./dir-index/'), 'dir-index index.js');
assert.deepStrictEqual(req('./dir-indexjson'), { kind: 'index.json' });
assert.throws(() => req('./dir-empty'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.match(err.message, /^Cannot find module '\.\/dir-empty'\nRequire stack:\n- /);
  return true;
});
// A bad "main" with no index to fall back on names the main in the message.
assert.throws(() => req('./dir-badmain-noindex'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  const main = fx('dir-badmain-noindex', 'does-not-exist.js');
  assert.strictEqual(err.message, `Cannot find module '${main}'. ` +
                     'Please verify that the package.json has a valid "main" entry');
  assert.strictEqual(err.path, fx('dir-badmain-noindex', 'package.json'));
  assert.strictEqual(err.requestPath, './dir-badmain-noindex');
  return true;
});

// require.resolve gives the file chosen.
assert.strictEqual(req.resolve('./dir-main'), fx('dir-main', 'lib', 'entry.js'));
assert.strictEqual(req.resolve('./dir-indexjson'), fx('dir-indexjson', 'index.json'));
assert.strictEqual(req.resolve('./both'), fx('both.js'));

// node_modules: found from the fixtures folder, and walking up from deeper
// folders; the nearest node_modules wins.
assert.strictEqual(req('walker'), 'walker at the top');
assert.strictEqual(req('walker/sub'), 'walker/sub');
assert.strictEqual(req('walker/sub.js'), 'walker/sub');
assert.strictEqual(req('./deep/x/y/z'), 'walker at the top');
assert.strictEqual(req('./deep/a/b/c/d'), 'walker in deep/a (nearer)');
assert.throws(() => require('walker'), { code: 'MODULE_NOT_FOUND' });

// Scoped packages.
assert.strictEqual(req('@scope/pkg'), '@scope/pkg main');
assert.strictEqual(req('@scope/pkg/extra'), '@scope/pkg extra');
assert.strictEqual(req.resolve('@scope/pkg'), fx('node_modules', '@scope', 'pkg', 'main.js'));
assert.strictEqual(req('@scope/exp'), '@scope/exp main');
assert.strictEqual(req('@scope/exp/feature'), '@scope/exp feature');

// A package without "exports": any file inside it.
assert.strictEqual(req('no-exports'), 'no-exports main');
assert.strictEqual(req('no-exports/deep/file'), 'no-exports deep/file');
assert.strictEqual(req('no-exports/package.json').main, 'main.js');

// __filename, __dirname, module.id, module.filename.
const d = req('./dirname');
assert.strictEqual(d.filename, fx('dirname.js'));
assert.strictEqual(d.dirname, fixtures);
assert.strictEqual(d.id, fx('dirname.js'));
assert.strictEqual(d.moduleFilename, fx('dirname.js'));
assert.strictEqual(d.loaded, false);
assert.strictEqual(d.isMain, false);
assert.strictEqual(__filename, path.join(__dirname, 'test-modules-resolve.js'));
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(require.main, module);
assert.strictEqual(module.loaded, false);
assert.strictEqual(module.parent, null);

// module.exports vs exports.
assert.deepStrictEqual(req('./exports-reassign'), { before: 1, after: 2 });
assert.deepStrictEqual(req('./module-exports-reassign'), { kept: true });
const fn = req('./module-exports-fn');
assert.strictEqual(typeof fn, 'function');
assert.strictEqual(fn(), 'fn');
assert.strictEqual(fn.extra, 'extra');
assert.deepStrictEqual(req('./this-is-exports'), { viaThis: true, same: true });

// A shebang line is ignored, and line numbers stay right (the Error is on line 3).
const sb = req('./shebang');
assert.match(sb.line, /shebang\.js:3:\d+\)?$/);

// A carriage return after the shebang is fine too.
assert.match(req('./shebang-crlf'), /shebang-crlf\.js:2:\d+\)?$/);

// A byte order mark before JSON is skipped.
assert.deepStrictEqual(req('./bom.json'), { bom: true });

// '.', './' and '..' are directories relative to the requiring file.
assert.deepStrictEqual(req('./updir/sub/rel'), {
  up: 'updir index',
  dot: 'updir/sub index',
  dotslash: 'updir/sub index',
});

// Module objects: parent/children bookkeeping.
const plainModule = require.cache[fx('plain.js')];
assert.ok(plainModule);
assert.strictEqual(plainModule.loaded, true);
assert.strictEqual(plainModule.filename, fx('plain.js'));
assert.deepStrictEqual(plainModule.paths.slice(0, 2),
                       [fx('node_modules'), path.join(fixtures, '..', 'node_modules')]);
assert.ok(module.children.includes(plainModule));
