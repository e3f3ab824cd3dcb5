'use strict';

// require('vm'): scripts compiled once and run in this context or in
// contextified sandboxes, and functions compiled with extra scopes. Argument
// checks and defaults live here; src/vm.cc makes the contexts (a global
// whose interceptors forward to the sandbox), compiles, runs under a
// timeout and decorates errors with node's "file:line / source / caret".
//
// Not supported: microtaskMode 'afterEvaluate' (accepted, but microtasks
// queued in the context run with the main queue), breakOnSigint (accepted,
// ignored), importModuleDynamically (accepted, ignored: import() in vm code
// rejects as it would with no loader), vm.SourceTextModule and friends.

const binding = internalBinding('vm');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
  kValidateObjectAllowObjects,
} = require('internal/validators');
const { kEmptyObject, emitExperimentalWarning } = require('internal/util');

const isArrayBufferView = ArrayBuffer.isView;
let Buffer;
function toBuffer(arrayBuffer) {
  if (Buffer === undefined) ({ Buffer } = require('buffer'));
  return Buffer.from(arrayBuffer);
}

const constants = Object.freeze(Object.setPrototypeOf({
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
}, null));

let defaultContextNameIndex = 1;

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowObjects);
  return binding.isContext(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function validateCachedData(cachedData, name) {
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
}

// The run options shared by Script#runIn*Context: [timeout, displayErrors].
function getRunOptions(options) {
  validateObject(options, 'options');
  let timeout = options.timeout;
  if (timeout === undefined) {
    timeout = -1;
  } else {
    validateUint32(timeout, 'options.timeout', true);
  }
  const { displayErrors = true, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return [timeout, displayErrors];
}

// The compiled script, reachable only through these two functions.
let scriptHandle;

class ContextifyScript {
  #handle;

  constructor(handle) {
    this.#handle = handle;
  }

  static {
    scriptHandle = (script) => script.#handle;
  }

  createCachedData() {
    return toBuffer(binding.createCachedData(this.#handle));
  }

  runInContext(contextifiedObject, options) {
    if (options === undefined) options = kEmptyObject;
    validateContext(contextifiedObject);
    const [timeout, displayErrors] = getRunOptions(options);
    return binding.runScript(this.#handle, contextifiedObject, timeout, displayErrors);
  }
}

// node's ContextifyScript is a native class whose prototype lists its
// methods before `constructor`.
{
  const proto = ContextifyScript.prototype;
  delete proto.constructor;
  Object.defineProperty(proto, 'constructor', {
    __proto__: null, value: ContextifyScript, writable: true, configurable: true,
  });
}

class Script extends ContextifyScript {
  constructor(code, options = kEmptyObject) {
    code = `${code}`;
    if (typeof options === 'string') {
      options = { filename: options };
    } else {
      validateObject(options, 'options');
    }
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    validateCachedData(cachedData, 'options.cachedData');
    validateBoolean(produceCachedData, 'options.produceCachedData');
    const [handle, rejected, produced, sourceMapURL] = binding.compileScript(
      code, filename, lineOffset, columnOffset, cachedData, produceCachedData);
    super(handle);
    if (cachedData !== undefined) this.cachedDataRejected = rejected;
    if (produceCachedData) {
      this.cachedData = toBuffer(produced);
      this.cachedDataProduced = produced.byteLength > 0;
    }
    this.sourceMapURL = sourceMapURL;
  }

  runInThisContext(options) {
    if (options === undefined) options = kEmptyObject;
    const [timeout, displayErrors] = getRunOptions(options);
    return binding.runScript(scriptHandle(this), null, timeout, displayErrors);
  }

  runInContext(contextifiedObject, options) {
    if (options === undefined) options = kEmptyObject;
    validateContext(contextifiedObject);
    const [timeout, displayErrors] = getRunOptions(options);
    return binding.runScript(scriptHandle(this), contextifiedObject, timeout, displayErrors);
  }

  runInNewContext(contextObject, options) {
    if (options === undefined) options = kEmptyObject;
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }
}

// runInNewContext's contextName, contextOrigin ... as createContext options.
function getContextOptions(options) {
  if (!options) return {};
  const contextOptions = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (contextOptions.name !== undefined) validateString(contextOptions.name, 'options.contextName');
  if (contextOptions.origin !== undefined) {
    validateString(contextOptions.origin, 'options.contextOrigin');
  }
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    contextOptions.codeGeneration = { strings, wasm };
  }
  if (options.microtaskMode !== undefined) {
    validateString(options.microtaskMode, 'options.microtaskMode');
  }
  return contextOptions;
}

function createContext(contextObject = {}, options = kEmptyObject) {
  if (contextObject !== constants.DONT_CONTEXTIFY && isContext(contextObject)) {
    return contextObject;
  }
  validateObject(options, 'options');
  const {
    name = `VM Context ${defaultContextNameIndex++}`,
    origin,
    codeGeneration,
    microtaskMode,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) validateObject(codeGeneration, 'options.codeGeneration');
  let strings = true;
  let wasm = true;
  if (codeGeneration !== undefined) ({ strings = true, wasm = true } = codeGeneration);
  validateBoolean(strings, 'options.codeGeneration.strings');
  validateBoolean(wasm, 'options.codeGeneration.wasm');
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  if (contextObject === constants.DONT_CONTEXTIFY) {
    return binding.makeContext(undefined, strings, wasm);
  }
  binding.makeContext(contextObject, strings, wasm);
  return contextObject;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, getContextOptions(options));
  return createScript(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = kEmptyObject) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  }
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  validateCachedData(cachedData, 'options.cachedData');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null ||
        !isContext(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`,
                   kValidateObjectAllowObjects);
  }
  const [fn, rejected, produced] = binding.compileFunction(
    code, filename, lineOffset, columnOffset, cachedData, produceCachedData,
    parsingContext === undefined ? null : parsingContext, contextExtensions,
    params === undefined ? [] : params);
  if (produceCachedData) {
    fn.cachedDataProduced = produced.byteLength > 0;
    fn.cachedData = toBuffer(produced);
  }
  if (cachedData !== undefined) fn.cachedDataRejected = rejected;
  return fn;
}

// An estimate from the heap statistics: V8's MeasureMemory is not wired up.
function measureMemory(options = kEmptyObject) {
  emitExperimentalWarning('vm.measureMemory');
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  const { used_heap_size: used, total_heap_size: total } = require('v8').getHeapStatistics();
  const result = { total: { jsMemoryEstimate: used, jsMemoryRange: [used, total] } };
  if (mode === 'detailed') {
    result.current = { jsMemoryEstimate: used, jsMemoryRange: [used, total] };
    result.other = [];
  }
  return Promise.resolve(result);
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
