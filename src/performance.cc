// performance.cc — internalBinding('performance'): what perf_hooks needs from
// the runtime beyond the clock (performance.now() and timeOrigin are in
// timers.cc): nodeTiming's milestones and the loop's idle time and turns.
// lib/internal/perf/utils.js reads them on demand; nothing here runs at start-up.
#include "binding_list.h"
#include "env.h"

namespace eddy {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Number;
using v8::Value;

namespace {
double MsSinceOrigin(Env* env, uint64_t ns) {
  if (ns == 0) return -1;  // not reached yet (node's value too)
  return (static_cast<double>(ns) - static_cast<double>(env->start_time_ns())) / 1e6;
}

// [nodeStart, v8Start, environment, bootstrapComplete, loopStart, loopExit]
// in ms from the time origin, -1 for one not reached (order of enum Milestone).
void Milestones(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  Local<Value> values[kMilestoneCount];
  for (int i = 0; i < kMilestoneCount; i++)
    values[i] = Number::New(env->isolate(), MsSinceOrigin(env, env->milestone(static_cast<Milestone>(i))));
  info.GetReturnValue().Set(Array::New(env->isolate(), values, kMilestoneCount));
}

// Time the loop spent blocked in poll, in ms (UV_METRICS_IDLE_TIME is set
// when the loop is made, see Runtime::Create).
void LoopIdleTime(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  info.GetReturnValue().Set(static_cast<double>(uv_metrics_idle_time(env->loop())) / 1e6);
}

void LoopCount(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(Env::From(info)->loop_count()));
}
}  // namespace
}  // namespace eddy

EDDY_BINDING(performance) {
  using namespace eddy;
  Local<Context> context = env->context();
  SetMethod(context, target, "milestones", Milestones);
  SetMethod(context, target, "loopIdleTime", LoopIdleTime);
  SetMethod(context, target, "loopCount", LoopCount);
}
