'use strict';
class MyError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'MyError';
    this.extra = true;
  }
}
throw new MyError('custom class');
