'use strict';
const log = (...a) => console.log(...a);
process.on('warning', (w) => {
  log('warning:', w instanceof Error, w.name, JSON.stringify(w.message), w.code, w.detail);
});
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('with code', 'CustomWarning', 'CODE_1');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT', detail: 'some detail' });
const e = new Error('an error object');
e.name = 'ErrWarning';
process.emitWarning(e);
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
try { process.emitWarning(1); } catch (err) { log(err.code, err.message); }
try { process.emitWarning('x', 1); } catch (err) { log(err.code, err.message); }
try { process.emitWarning('x', 'T', 1); } catch (err) { log(err.code, err.message); }
log('sync end: warnings are emitted on nextTick');
