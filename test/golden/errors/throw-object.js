throw { message: 'not an error', code: 'E_OBJ', list: [1, 2, 3] };
