// timers.cc — internalBinding('timers'): the C++ end of lib/internal/timers.js.
// JS keeps every Timeout in lists ordered by due time; C++ owns one uv_timer_t
// (in Env) armed for the earliest one, and the check/idle pair for immediates.
#include "binding_list.h"
#include "env.h"

namespace eddy {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Value;

namespace {
// A new timer counts from now, not from the loop's cached time (which can be
// a whole start-up old): update it first, as node does.
void GetLibuvNow(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  uv_update_time(env->loop());
  info.GetReturnValue().Set(static_cast<double>(uv_now(env->loop()) - env->timer_base()));
}
void ScheduleTimer(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  env->ScheduleTimer(info[0]->NumberValue(env->context()).FromMaybe(1));
}
void ToggleTimerRef(const FunctionCallbackInfo<Value>& info) {
  Env::From(info)->ToggleTimerRef(info[0]->IsTrue());
}
void ToggleImmediateRef(const FunctionCallbackInfo<Value>& info) {
  Env::From(info)->ToggleImmediateRef(info[0]->IsTrue());
}
// performance.now(): ms since the runtime started, from the monotonic clock.
void PerformanceNow(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  info.GetReturnValue().Set(static_cast<double>(uv_hrtime() - env->start_time_ns()) / 1e6);
}
void TimeOrigin(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(Env::From(info)->time_origin_epoch_ms());
}
}  // namespace
}  // namespace eddy

EDDY_BINDING(timers) {
  using namespace eddy;
  Local<Context> context = env->context();
  SetMethod(context, target, "getLibuvNow", GetLibuvNow);
  SetMethod(context, target, "scheduleTimer", ScheduleTimer);
  SetMethod(context, target, "toggleTimerRef", ToggleTimerRef);
  SetMethod(context, target, "toggleImmediateRef", ToggleImmediateRef);
  SetMethod(context, target, "performanceNow", PerformanceNow);
  SetMethod(context, target, "timeOrigin", TimeOrigin);
}
