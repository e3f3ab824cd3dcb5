'use strict';
// handled in the same tick (microtask) is fine
const p = Promise.reject(new Error('handled soon'));
process.nextTick(() => p.catch((e) => console.log('caught:', e.message)));
const q = Promise.reject(new Error('handled by then'));
Promise.resolve().then(() => q.catch((e) => console.log('caught q:', e.message)));
