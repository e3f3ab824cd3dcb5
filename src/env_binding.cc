// env_binding.cc — internalBinding('env'): how lib/'s bootstrap hands its
// task-queue, timer, immediate and uncaught-exception functions to C++, and
// the shared arrays both sides read (tickInfo, immediateInfo).
#include "binding_list.h"
#include "env.h"

namespace eddy {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

// env.setCallbacks({ tick, uncaught, promiseReject, timers, immediate, processEvent })
void SetCallbacks(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = env->context();
  if (!info[0]->IsObject()) return;
  Local<Object> obj = info[0].As<Object>();
  auto take = [&](const char* name, v8::Global<Function>* slot) {
    Local<Value> v;
    if (obj->Get(context, OneByteString(isolate, name)).ToLocal(&v) && v->IsFunction())
      slot->Reset(isolate, v.As<Function>());
  };
  take("tick", &env->tick_callback);
  take("uncaught", &env->uncaught_callback);
  take("promiseReject", &env->promise_reject_callback);
  take("timers", &env->timers_callback);
  take("immediate", &env->immediate_callback);
  take("processEvent", &env->process_event_callback);
}

void RunMicrotasks(const FunctionCallbackInfo<Value>& info) {
  info.GetIsolate()->PerformMicrotaskCheckpoint();
}

void EnqueueMicrotask(const FunctionCallbackInfo<Value>& info) {
  if (info[0]->IsFunction()) info.GetIsolate()->EnqueueMicrotask(info[0].As<Function>());
}

// The current async context frame (lib/internal/async_context_frame.js).
// V8 stores this value on every promise reaction when it is made and puts it
// back while the reaction runs, so it follows await and .then by itself.
void GetAsyncContextFrame(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(
      info.GetIsolate()->GetCurrentContext()->GetContinuationPreservedEmbedderData());
}

// Makes info[0] the current frame; returns the previous one.
void SetAsyncContextFrame(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  info.GetReturnValue().Set(context->GetContinuationPreservedEmbedderData());
  context->SetContinuationPreservedEmbedderData(info[0]);
}

// Called once, when the first AsyncLocalStorage is made: from then on C++
// captures and restores frames too (Env::MakeCallback).
void EnableAsyncContextFrames(const FunctionCallbackInfo<Value>& info) {
  Env::From(info)->set_async_frames_used();
}

void GetEmbedderModule(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  std::string name = ToStdString(info.GetIsolate(), info[0]);
  auto it = env->embedder_modules.find(name);
  if (it == env->embedder_modules.end()) return;
  Local<Object> exports = Object::New(info.GetIsolate());
  it->second(env->context(), exports);
  info.GetReturnValue().Set(exports);
}

}  // namespace

void InitEnvBinding(Env* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "setCallbacks", SetCallbacks);
  SetMethod(context, target, "runMicrotasks", RunMicrotasks);
  SetMethod(context, target, "enqueueMicrotask", EnqueueMicrotask);
  SetMethod(context, target, "getEmbedderModule", GetEmbedderModule);
  SetMethod(context, target, "getAsyncContextFrame", GetAsyncContextFrame);
  SetMethod(context, target, "setAsyncContextFrame", SetAsyncContextFrame);
  SetMethod(context, target, "enableAsyncContextFrames", EnableAsyncContextFrames);
  SetValue(context, target, "tickInfo", env->tick_info_array_.Get(env->isolate()));
  SetValue(context, target, "immediateInfo", env->immediate_info_array_.Get(env->isolate()));
}

}  // namespace eddy

EDDY_BINDING(env) { eddy::InitEnvBinding(env, target); }
