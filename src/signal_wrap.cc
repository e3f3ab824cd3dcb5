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

class SignalWrap : public HandleWrap {
 public:
  SignalWrap(Env* env, v8::Local<v8::Object> obj)
      : HandleWrap(env, obj, reinterpret_cast<uv_handle_t*>(&handle_)) {
    uv_signal_init(env->loop(), &handle_);
  }
  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    new SignalWrap(Env::From(info), info.This());
  }
  static void Start(const v8::FunctionCallbackInfo<v8::Value>& info) {
    auto* w = static_cast<SignalWrap*>(HandleWrap::Unwrap(info.This()));
    if (w == nullptr || w->IsClosing()) return info.GetReturnValue().Set(UV_EBADF);
    int signum = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    info.GetReturnValue().Set(uv_signal_start(&w->handle_, OnSignal, signum));
  }
  static void Stop(const v8::FunctionCallbackInfo<v8::Value>& info) {
    auto* w = static_cast<SignalWrap*>(HandleWrap::Unwrap(info.This()));
    if (w == nullptr || w->IsClosing()) return info.GetReturnValue().Set(UV_EBADF);
    info.GetReturnValue().Set(uv_signal_stop(&w->handle_));
  }

 private:
  static void OnSignal(uv_signal_t* handle, int signum) {
    auto* w = static_cast<SignalWrap*>(handle->data);
    Env* env = w->env();
    if (env->exiting()) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, signum)};
    v8::Local<v8::Object> obj = w->object();
    env->CallMethod(obj, "onsignal", 1, argv);
  }

  uv_signal_t handle_;
};

}  // namespace
}  // namespace eddy

EDDY_BINDING(signal_wrap) {
  using namespace eddy;
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> t = HandleWrap::NewTemplate(isolate, "Signal", SignalWrap::New);
  auto proto = t->PrototypeTemplate();
  proto->Set(isolate, "start", v8::FunctionTemplate::New(isolate, SignalWrap::Start));
  proto->Set(isolate, "stop", v8::FunctionTemplate::New(isolate, SignalWrap::Stop));
  SetValue(context, target, "Signal", t->GetFunction(context).ToLocalChecked());
}
