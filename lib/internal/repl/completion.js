'use strict';
// Tab completion at the REPL prompt: REPL commands after a leading '.',
// module names inside require('…'), and names: globals, the session's
// let/const/class names and keywords, or the properties of a.b.c (own and
// inherited). Property chains are walked through property descriptors, so
// no getter runs; only the first name of a chain is read as a variable.

const { runScript } = internalBinding('contextify');

const kKeywords = [
  'async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue',
  'debugger', 'default', 'delete', 'do', 'else', 'export', 'extends', 'false',
  'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'let', 'new',
  'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof',
  'undefined', 'var', 'void', 'while', 'with', 'yield',
];

const kNoValue = Symbol('noValue');

function isIdentifier(name) {
  return /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(name);
}

// The property names of value and its prototypes, own ones first.
function propertyNames(value) {
  const names = [];
  let obj = value;
  if (obj === null || obj === undefined) return names;
  if (typeof obj !== 'object' && typeof obj !== 'function') obj = Object(obj);
  let depth = 0;
  while (obj !== null && depth++ < 32) {
    for (const name of Object.getOwnPropertyNames(obj)) {
      if (isIdentifier(name)) names.push(name);
    }
    obj = Object.getPrototypeOf(obj);
  }
  return names;
}

// a.b.c without running a getter: kNoValue when a step is an accessor.
function lookupChain(server, parts) {
  let value;
  const first = parts[0];
  try {
    value = runScript(first, 'repl-completion');
  } catch {
    return kNoValue;
  }
  for (const part of parts.slice(1)) {
    if (value === null || value === undefined) return kNoValue;
    let obj = typeof value === 'object' || typeof value === 'function' ? value : Object(value);
    let desc;
    while (obj !== null && desc === undefined) {
      desc = Object.getOwnPropertyDescriptor(obj, part);
      obj = Object.getPrototypeOf(obj);
    }
    if (desc === undefined || !('value' in desc)) return kNoValue;
    value = desc.value;
  }
  return value;
}

function finish(candidates, prefix) {
  const seen = new Set();
  const out = [];
  for (const c of candidates.sort()) {
    if (c.startsWith(prefix) && !seen.has(c)) {
      seen.add(c);
      out.push(c);
    }
  }
  return out;
}

function complete(server, line, callback) {
  let result;
  try {
    result = completeSync(server, line);
  } catch {
    result = [[], line];
  }
  callback(null, result);
}

function completeSync(server, line) {
  // .command
  let m = /^\s*\.(\w*)$/.exec(line);
  if (m) return [finish(Object.keys(server.commands), m[1]), m[1]];
  // require('…
  m = /\brequire\s*\(\s*(['"`])([^'"`]*)$/.exec(line);
  if (m) {
    const { builtinModules } = require('module');
    const names = [...builtinModules, ...builtinModules.map((n) => `node:${n}`)];
    return [finish(names, m[2]), m[2]];
  }
  m = /(?:^|[^\p{ID_Continue}$.])((?:[\p{ID_Start}$_][\p{ID_Continue}$]*\s*\.\s*)*)([\p{ID_Continue}$]*)$/u
    .exec(line);
  if (!m) return [[], line];
  const chainText = m[1];
  const chain = chainText.replace(/\s+/g, '');
  const partial = m[2];
  if (chain === '') {
    const names = [
      ...propertyNames(globalThis),
      ...server.lexicalNames,
      ...kKeywords,
    ];
    return [finish(names, partial), partial];
  }
  // As node: "fs.readF" completes to "fs.readFile…", the whole expression.
  const completeOn = chainText + partial;
  const value = lookupChain(server, chain.slice(0, -1).split('.'));
  if (value === kNoValue) return [[], completeOn];
  return [finish(propertyNames(value), partial).map((n) => chainText + n), completeOn];
}

module.exports = { complete };
