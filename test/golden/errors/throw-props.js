'use strict';
const err = new Error('with props');
err.code = 'E_CUSTOM';
err.errno = -2;
err.info = { path: 'a/b', list: [1, 2] };
throw err;
