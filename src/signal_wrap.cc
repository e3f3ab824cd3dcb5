// signal_wrap.cc — internalBinding('signal_wrap'): a uv_signal_t as a JS
// handle, what process.on('SIGTERM', …) listens through
// (lib/internal/process/signals.js).
//
// JS side: new Signal(); start(signum) → 0 or a negative errno; onsignal(signum)
// set by JS; plus close/ref/unref/hasRef (handle_wrap.h).
#include <uv.h>
#include <v8.h>

#include "binding_list.h"
#include "env.h"
#include "handle_wrap.h"

namespace eddy {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

class SignalWrap : public HandleWrap {
 public:
  SignalWrap(Env* env, Local<Object> obj)
      : HandleWrap(env, obj, reinterpret_cast<uv_handle_t*>(&handle_)) {
    uv_signal_init(env->loop(), &handle_);
  }
  static void New(const FunctionCallbackInfo<Value>& info) {
    new SignalWrap(Env::From(info), info.This());
  }
  static void Start(const FunctionCallbackInfo<Value>& info) {
    auto* w = static_cast<SignalWrap*>(HandleWrap::Unwrap(info.This()));
    if (w == nullptr || w->IsClosing()) return info.GetReturnValue().Set(UV_EBADF);
    int signum = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    info.GetReturnValue().Set(uv_signal_start(&w->handle_, OnSignal, signum));
  }
  static void Stop(const FunctionCallbackInfo<Value>& info) {
    auto* w = static_cast<SignalWrap*>(HandleWrap::Unwrap(info.This()));
    if (w == nullptr || w->IsClosing()) return info.GetReturnValue().Set(UV_EBADF);
    info.GetReturnValue().Set(uv_signal_stop(&w->handle_));
  }

 private:
  static void OnSignal(uv_signal_t* handle, int signum) {
    auto* w = static_cast<SignalWrap*>(handle->data);
    Env* env = w->env();
    if (env->exiting()) return;
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    Context::Scope context_scope(env->context());
    Local<Value> argv[] = {Integer::New(isolate, signum)};
    Local<Object> obj = w->object();
    env->CallMethod(obj, "onsignal", 1, argv);
  }

  uv_signal_t handle_;
};

}  // namespace
}  // namespace eddy

EDDY_BINDING(signal_wrap) {
  using namespace eddy;
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<FunctionTemplate> t = HandleWrap::NewTemplate(isolate, "Signal", SignalWrap::New);
  t->PrototypeTemplate()->Set(isolate, "start", FunctionTemplate::New(isolate, SignalWrap::Start));
  t->PrototypeTemplate()->Set(isolate, "stop", FunctionTemplate::New(isolate, SignalWrap::Stop));
  SetValue(context, target, "Signal", t->GetFunction(context).ToLocalChecked());
}
