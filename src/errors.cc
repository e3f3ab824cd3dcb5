// errors.cc — uncaught-exception and promise-rejection plumbing
// (internalBinding('errors')), libuv error names (internalBinding('uv')), and
// the C++ side of node's system errors.
#include <uv.h>

#include <cstring>
#include <string>

#include "binding_list.h"
#include "env.h"

namespace eddy {

using v8::Array;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Promise;
using v8::PromiseRejectMessage;
using v8::String;
using v8::Value;

// V8 tells us when a promise is rejected with no handler, and when a handler
// is added later; lib/internal/process/promises.js keeps the bookkeeping and
// asks C++ (tick_info) to run processPromiseRejections after the ticks.
void PromiseRejectCallback(PromiseRejectMessage message) {
  Local<Promise> promise = message.GetPromise();
  Isolate* isolate = promise->GetIsolate();
  Env* env = Env::From(isolate);
  if (env == nullptr || env->promise_reject_callback.IsEmpty() || env->exiting()) return;
  HandleScope scope(isolate);
  Local<Value> value = v8::Undefined(isolate);
  v8::PromiseRejectEvent event = message.GetEvent();
  if (event == v8::kPromiseRejectWithNoHandler) {
    value = message.GetValue();
    if (value.IsEmpty()) value = v8::Undefined(isolate);
  }
  Local<Value> argv[] = {Integer::New(isolate, event), promise, value};
  // This runs inside V8 while the promise settles; an exception here must
  // not escape into the script that rejected.
  v8::TryCatch try_catch(isolate);
  if (env->promise_reject_callback.Get(isolate)
          ->Call(env->context(), v8::Undefined(isolate), 3, argv)
          .IsEmpty()) {
    // Bookkeeping failed (out of memory, termination): nothing to report to.
  }
}

// An exception no TryCatch caught: with every call into JS made under a
// TryCatch, that is a queueMicrotask callback that threw during a microtask
// checkpoint. Report it as uncaught, as node does.
void OnMicrotaskMessage(Local<v8::Message> message, Local<Value> error) {
  Isolate* isolate = message->GetIsolate();
  Env* env = Env::From(isolate);
  if (env == nullptr || env->exiting()) return;
  HandleScope scope(isolate);
  env->TriggerUncaught(error, message, false);
}

Local<Value> UVException(Isolate* isolate, int err, const char* syscall, const char* path,
                         const char* dest) {
  Local<Context> context = isolate->GetCurrentContext();
  char name[64];
  std::string code = uv_err_name_r(err, name, sizeof(name));
  std::string msg = code + ": " + uv_strerror(err) + ", " + syscall;
  if (path != nullptr) msg += std::string(" '") + path + "'";
  if (dest != nullptr) msg += std::string(" -> '") + dest + "'";
  Local<Object> e = v8::Exception::Error(Utf8String(isolate, msg)).As<Object>();
  e->Set(context, OneByteString(isolate, "errno"), Integer::New(isolate, err)).Check();
  e->Set(context, OneByteString(isolate, "code"), Utf8String(isolate, code)).Check();
  e->Set(context, OneByteString(isolate, "syscall"), OneByteString(isolate, syscall)).Check();
  if (path != nullptr) e->Set(context, OneByteString(isolate, "path"), Utf8String(isolate, path)).Check();
  if (dest != nullptr) e->Set(context, OneByteString(isolate, "dest"), Utf8String(isolate, dest)).Check();
  return e;
}

namespace {

// errors.triggerUncaughtException(err, fromPromise): for errors caught in JS
// that must be reported as uncaught (unhandled rejections, queueMicrotask).
// The arrow comes from where the error was created.
void TriggerUncaughtException(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  env->TriggerUncaught(info[0], v8::Exception::CreateMessage(info.GetIsolate(), info[0]),
                       info[1]->IsTrue());
}

// errors.getArrowMessage(err) → the stored "file:line\nsource\n  ^\n" or undefined
void GetArrowMessage(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  if (!info[0]->IsObject()) return;
  Local<Value> v;
  if (info[0].As<Object>()->GetPrivate(env->context(), env->arrow_private.Get(info.GetIsolate()))
          .ToLocal(&v) && v->IsString())
    info.GetReturnValue().Set(v);
}

// errors.setArrowMessage(err, arrow)
void SetArrowMessage(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  if (!info[0]->IsObject() || !info[1]->IsString()) return;
  info[0].As<Object>()->SetPrivate(env->context(), env->arrow_private.Get(info.GetIsolate()),
                                   info[1]).Check();
}

void ErrName(const FunctionCallbackInfo<Value>& info) {
  int err = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  char buf[64];  // uv_err_name() leaks a string for unknown codes; _r doesn't
  info.GetReturnValue().Set(OneByteString(info.GetIsolate(), uv_err_name_r(err, buf, sizeof(buf))));
}

void ErrMessage(const FunctionCallbackInfo<Value>& info) {
  int err = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  info.GetReturnValue().Set(OneByteString(info.GetIsolate(), uv_strerror(err)));
}

// uv.getErrorMap() → [[errno, [name, message]], ...] as node's util.getSystemErrorMap
void GetErrorMap(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<Array> out = Array::New(isolate);
  uint32_t i = 0;
#define V(name, msg)                                                              \
  {                                                                               \
    Local<Value> pair[] = {OneByteString(isolate, #name), OneByteString(isolate, msg)}; \
    Local<Value> entry[] = {Integer::New(isolate, UV_##name), Array::New(isolate, pair, 2)}; \
    out->Set(context, i++, Array::New(isolate, entry, 2)).Check();                \
  }
  UV_ERRNO_MAP(V)
#undef V
  info.GetReturnValue().Set(out);
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(errors) {
  using namespace eddy;
  Local<Context> context = env->context();
  SetMethod(context, target, "triggerUncaughtException", TriggerUncaughtException);
  SetMethod(context, target, "getArrowMessage", GetArrowMessage);
  SetMethod(context, target, "setArrowMessage", SetArrowMessage);
}

EDDY_BINDING(uv) {
  using namespace eddy;
  Local<Context> context = env->context();
  Isolate* isolate = env->isolate();
  SetMethod(context, target, "errname", ErrName);
  SetMethod(context, target, "getErrorMessage", ErrMessage);
  SetMethod(context, target, "getErrorMap", GetErrorMap);
#define V(name, _) SetValue(context, target, "UV_" #name, Integer::New(isolate, UV_##name));
  UV_ERRNO_MAP(V)
#undef V
}
