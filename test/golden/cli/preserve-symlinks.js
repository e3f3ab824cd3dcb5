'use strict';
// --preserve-symlinks: a module reached through a symlinked folder keeps the
// symlink's path, so the same file loads twice (once per path).
const viaLink = require('./fixtures/link/dep');
const viaReal = require('./fixtures/real/dep');
console.log('via link:', viaLink);
console.log('via real:', viaReal);
console.log('same module:', viaLink === viaReal, 'loads:', globalThis.depLoads);
console.log('resolve:', require('path').relative(__dirname, require.resolve('./fixtures/link/dep')));
