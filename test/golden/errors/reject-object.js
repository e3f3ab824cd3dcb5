'use strict';
Promise.reject({ code: 'X', nested: { a: [1, 2] } });
