console.log('x');
throw 'a plain string';
