'use strict';
try {
  require('./fixtures/bad-syntax');
} catch (e) {
  console.log(e.name, e.message, e instanceof SyntaxError);
}
try {
  require('./fixtures/throws-on-load');
} catch (e) {
  console.log(e.name, e.message);
}
// a module that threw is not cached
try {
  require('./fixtures/throws-on-load');
} catch (e) {
  console.log('again:', e.message);
}
