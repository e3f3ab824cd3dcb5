'use strict';
throw new Error('outer', { cause: 'just a string' });
