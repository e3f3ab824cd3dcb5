'use strict';
// --env-file: variables from the file are in process.env (values are
// printed with JSON.stringify to show quotes and spaces exactly).
const keys = Object.keys(process.env).filter((k) => k.startsWith('EDDY_GOLDEN_')).sort();
for (const k of keys) console.log(k, JSON.stringify(process.env[k]));
console.log('HOME_FROM_ENV_FILE', JSON.stringify(process.env.HOME_FROM_ENV_FILE));
console.log('execArgv:', process.execArgv);
