'use strict';
// The async context frame: which store each AsyncLocalStorage holds in the
// code running now.
//
// WHAT: a frame is an immutable Map from AsyncLocalStorage to its store, or
// undefined for the empty frame. run() and enterWith() make a new frame
// (copy and change); nobody ever mutates one, so capturing a frame is just
// keeping a reference to it.
//
// HOW it follows the program: the current frame is V8's "continuation-
// preserved embedder data" (src/env_binding.cc). V8 stores it on every
// promise reaction when the reaction is made (await, .then) and makes it
// current again while the reaction runs, so promises need nothing from us.
// Everything else that runs a callback later captures the frame when the
// callback is queued and runs the callback in it:
//   - timers, immediates, process.nextTick, queueMicrotask: in JS (capture()
//     when queued, enter()/leave() around the call);
//   - callbacks from C++ (handles, requests, fs, dns, zlib, crypto):
//     Env::MakeCallback restores the frame C++ captured when the handle or
//     request was made (Env::CaptureAsyncFrame / CurrentAsyncFrame);
//   - AsyncResource: captures at construction, runInAsyncScope enters it.
// EventEmitter does nothing: a listener runs in the frame of emit(), as in
// node.
//
// WHY the `used` flag: until the first AsyncLocalStorage is made every frame
// is undefined. Until then capture() returns undefined without calling into
// C++ and enter()/leave() do nothing, so programs that never use
// AsyncLocalStorage pay one boolean test per callback.

const {
  getAsyncContextFrame, setAsyncContextFrame, enableAsyncContextFrames,
} = internalBinding('env');

let used = false;

// Called by the AsyncLocalStorage constructor.
function enable() {
  if (used) return;
  used = true;
  enableAsyncContextFrames();
}

function isUsed() { return used; }

// The current frame (undefined while no AsyncLocalStorage exists).
function capture() {
  return used ? getAsyncContextFrame() : undefined;
}

// Makes `frame` current; returns the frame to give leave() afterwards.
function enter(frame) {
  return used ? setAsyncContextFrame(frame) : undefined;
}

function leave(prior) {
  if (used) setAsyncContextFrame(prior);
}

// Makes `frame` current for the rest of the running callback (enterWith).
function set(frame) {
  setAsyncContextFrame(frame);
}

module.exports = { enable, isUsed, capture, enter, leave, set };
