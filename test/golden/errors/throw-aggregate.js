'use strict';
Error.stackTraceLimit = 1;
throw new AggregateError([new Error('one'), new TypeError('two')], 'many');
