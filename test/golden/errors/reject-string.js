'use strict';
Promise.reject('a string reason');
