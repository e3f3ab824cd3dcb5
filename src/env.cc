// env.cc — the door into JS, uncaught-exception routing, and the timer and
// immediate phases of the loop. See env.h for what Env owns.
#include "env.h"

#include <cstdio>
#include <atomic>
#include <cstring>
#include <string>

#include <libplatform/libplatform.h>

#include "binding_list.h"
#include "handle_wrap.h"
#include "large_alloc.h"
#include "work_pool.h"

namespace eddy {

using v8::Boolean;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Message;
using v8::Number;
using v8::Object;
using v8::Private;
using v8::String;
using v8::TryCatch;
using v8::Uint32Array;
using v8::ArrayBuffer;
using v8::Value;

namespace {
constexpr int kContextEmbedderIndex = 32;  // above V8's own slots

// Taken while the executable's static objects are made, before main().
const uint64_t g_process_start_ns = uv_hrtime();
std::atomic<bool> g_first_env{true};

// container_of for the handles embedded in Env.
template <typename T, typename M>
T* ContainerOf(M T::*field, M* ptr) {
  return reinterpret_cast<T*>(reinterpret_cast<char*>(ptr) -
                              reinterpret_cast<uintptr_t>(&(static_cast<T*>(nullptr)->*field)));
}
}  // namespace

uint64_t ProcessStartNs() { return g_process_start_ns; }

Env::Env(Isolate* isolate, uv_loop_t* loop, const RuntimeOptions& options)
    : isolate_(isolate), loop_(loop), options_(options) {
  uv_timer_init(loop_, &timer_handle_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_handle_));
  uv_check_init(loop_, &immediate_check_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&immediate_check_));
  uv_check_start(&immediate_check_, OnCheck);
  uv_idle_init(loop_, &immediate_idle_);
  uv_check_init(loop_, &platform_check_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&platform_check_));
  uv_check_start(&platform_check_, OnPlatformCheck);
  // Made now, not on first use: its eventfd must not be the one that fails
  // when a program has used up its file descriptors.
  work_port_ = new WorkPort(loop_);
  timer_base_ = uv_now(loop_);
  uint64_t now = uv_hrtime();
  // node's clock starts with the process: the first runtime's performance.now()
  // and process.uptime() count from there; later runtimes (workers, embedders)
  // from their own start.
  start_time_ns_ = g_first_env.exchange(false) ? g_process_start_ns : now;
  uv_timeval64_t tv;
  uv_gettimeofday(&tv);
  time_origin_epoch_ms_ = tv.tv_sec * 1e3 + tv.tv_usec / 1e3 - (now - start_time_ns_) / 1e6;
  if (start_time_ns_ == g_process_start_ns) {
    milestones_[kNodeStart] = g_process_start_ns;
    milestones_[kV8Start] = V8StartNs();
  } else {
    milestones_[kNodeStart] = milestones_[kV8Start] = start_time_ns_;
  }
  milestones_[kEnvironment] = now;
  isolate_->AddGCEpilogueCallback(OnGCEpilogue, this);
}

void Env::Teardown() {
  if (torn_down_) return;
  torn_down_ = true;
  // No more JS: callbacks that still arrive find exiting_ set and only free
  // their request.
  exiting_ = true;
  isolate_->RemoveGCEpilogueCallback(OnGCEpilogue, this);
  for (auto it = cleanup_hooks_.rbegin(); it != cleanup_hooks_.rend(); ++it) (*it)();
  cleanup_hooks_.clear();
  CloseAllHandles();
  uv_close(reinterpret_cast<uv_handle_t*>(&timer_handle_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&immediate_check_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&immediate_idle_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&platform_check_), nullptr);
  // Requests still on the thread pool (a readFile when process.exit() ran)
  // must complete while this Env and the isolate exist: their completion
  // callbacks use both. With every handle closed, this returns once they have.
  uv_run(loop_, UV_RUN_DEFAULT);
  if (work_port_ != nullptr) {
    work_port_->Close();
    work_port_ = nullptr;
    uv_run(loop_, UV_RUN_DEFAULT);
  }
}

WorkPort* Env::work_port() { return work_port_; }

Env::~Env() {
  Teardown();
  if (!context_.IsEmpty()) {
    HandleScope scope(isolate_);
    context()->SetAlignedPointerInEmbedderData(kContextEmbedderIndex, nullptr);
  }
}

void Env::SetContext(Local<Context> context) {
  context_.Reset(isolate_, context);
  context->SetAlignedPointerInEmbedderData(kContextEmbedderIndex, this);
  HandleScope scope(isolate_);
  auto tick_ab = ArrayBuffer::New(isolate_, sizeof(uint32_t) * kTickInfoCount);
  tick_info_ = static_cast<uint32_t*>(tick_ab->GetBackingStore()->Data());
  tick_info_array_.Reset(isolate_, Uint32Array::New(tick_ab, 0, kTickInfoCount));
  auto imm_ab = ArrayBuffer::New(isolate_, sizeof(uint32_t) * kImmediateInfoCount);
  immediate_info_ = static_cast<uint32_t*>(imm_ab->GetBackingStore()->Data());
  immediate_info_array_.Reset(isolate_, Uint32Array::New(imm_ab, 0, kImmediateInfoCount));
  arrow_private.Reset(isolate_, Private::New(isolate_, OneByteString(isolate_, "eddy:arrowMessage")));
  async_frame_private_.Reset(
      isolate_, Private::New(isolate_, OneByteString(isolate_, "eddy:asyncContextFrame")));
}

Env* Env::From(Local<Context> context) {
  if (context.IsEmpty() || context->GetNumberOfEmbedderDataFields() <= kContextEmbedderIndex)
    return nullptr;
  return static_cast<Env*>(context->GetAlignedPointerFromEmbedderData(kContextEmbedderIndex));
}

// ---------------------------------------------------------------------------
// The door into JS.

MaybeLocal<Value> Env::MakeCallback(Local<Object> recv, Local<Function> fn, int argc,
                                    Local<Value>* argv) {
  return MakeCallback(recv, fn, argc, argv, Local<Value>());
}

MaybeLocal<Value> Env::CallMethod(Local<Object> recv, const char* method, int argc,
                                  Local<Value>* argv) {
  Local<Value> fn;
  if (!recv->Get(context(), OneByteString(isolate_, method)).ToLocal(&fn) || !fn->IsFunction())
    return {};
  return MakeCallback(recv, fn.As<Function>(), argc, argv);
}

MaybeLocal<Value> Env::MakeCallback(Local<Object> recv, Local<Function> fn, int argc,
                                    Local<Value>* argv, Local<Value> frame) {
  if (exiting_) return {};
  v8::EscapableHandleScope scope(isolate_);
  MaybeLocal<Value> result;
  {
    // Only the outermost callback drains: a nested C++→JS call (JS calling a
    // native that calls back into JS synchronously) must not run ticks early.
    CallbackScope callback_scope(this);
    // Declared after callback_scope: the frame is back to the caller's
    // before ticks and microtasks drain (they carry frames of their own).
    // The uncaught-exception handler runs in the frame that threw, as in
    // node. Without AsyncLocalStorage all of this is a flag test.
    bool from_recv = frame.IsEmpty();
    if (from_recv && async_frames_used_) frame = AsyncFrameOf(recv);
    AsyncFrameScope frame_scope(this, frame);
    TryCatch try_catch(isolate_);
    result = fn->Call(context(), recv, argc, argv);
    if (result.IsEmpty()) {
      HandleUncaught(try_catch);
    } else if (from_recv && !frame.IsEmpty() && !exiting_) {
      // enterWith() in a resource's callback stays for its later callbacks
      // (node: it sets the store on the current resource). Only on
      // resources that captured a frame (not on process & co.).
      Local<Value> now = CurrentAsyncFrame();
      Local<Private> key = async_frame_private_.Get(isolate_);
      if (!now->StrictEquals(frame) && recv->HasPrivate(context(), key).FromMaybe(false))
        recv->SetPrivate(context(), key, now).Check();
    }
  }
  if (exiting_ || result.IsEmpty()) return {};
  return scope.Escape(result.ToLocalChecked());
}

Local<Value> Env::CurrentAsyncFrame() {
  if (!async_frames_used_) return v8::Undefined(isolate_);
  return context()->GetContinuationPreservedEmbedderData();
}

void Env::CaptureAsyncFrame(Local<Object> resource) {
  if (!async_frames_used_) return;
  resource->SetPrivate(context(), async_frame_private_.Get(isolate_), CurrentAsyncFrame())
      .Check();
}

void Env::CaptureAsyncFrame(v8::Global<Value>* slot) {
  if (async_frames_used_) slot->Reset(isolate_, CurrentAsyncFrame());
}

Local<Value> Env::AsyncFrameOf(Local<Object> resource) {
  Local<Value> frame;
  if (!async_frames_used_ ||
      !resource->GetPrivate(context(), async_frame_private_.Get(isolate_)).ToLocal(&frame))
    return v8::Undefined(isolate_);
  return frame;
}

// Opened before the first AsyncLocalStorage exists, the scope's previous
// frame was undefined: if one was made meanwhile, that is what comes back.
Env::AsyncFrameScope::AsyncFrameScope(Env* env, Local<Value> frame) : env_(env) {
  if (!env_->async_frames_used_) return;
  Local<Context> context = env_->context();
  prev_ = context->GetContinuationPreservedEmbedderData();
  context->SetContinuationPreservedEmbedderData(
      frame.IsEmpty() ? v8::Undefined(env_->isolate_).As<Value>() : frame);
}

Env::AsyncFrameScope::~AsyncFrameScope() {
  if (!env_->async_frames_used_) return;
  env_->context()->SetContinuationPreservedEmbedderData(
      prev_.IsEmpty() ? v8::Undefined(env_->isolate_).As<Value>() : prev_);
}

void Env::DrainTasks() {
  callback_depth_++;
  // Each tick and promise job runs in its own frame; one that throws leaves
  // its frame current for the uncaught handler, and this puts back ours.
  AsyncFrameScope frame_scope(this, CurrentAsyncFrame());
  while (!exiting_) {
    HandleScope scope(isolate_);
    if (!tick_info_[kHasTickScheduled] && !tick_info_[kHasRejectionToWarn]) {
      TryCatch try_catch(isolate_);
      isolate_->PerformMicrotaskCheckpoint();
      if (try_catch.HasCaught()) HandleUncaught(try_catch);
    }
    if (exiting_) break;
    if (!tick_info_[kHasTickScheduled] && !tick_info_[kHasRejectionToWarn]) break;
    if (tick_callback.IsEmpty()) break;
    TryCatch try_catch(isolate_);
    Local<Object> process = process_object.Get(isolate_);
    if (tick_callback.Get(isolate_)->Call(context(), process, 0, nullptr).IsEmpty()) {
      // A nextTick callback threw: report it, then keep draining the rest.
      HandleUncaught(try_catch);
      continue;
    }
  }
  callback_depth_--;
}

void Env::HandleUncaught(const TryCatch& try_catch) {
  if (try_catch.HasTerminated() || exiting_) {
    return;
  }
  TriggerUncaught(try_catch.Exception(), try_catch.Message(), false);
}

std::string Env::ArrowMessage(Local<Message> message) {
  if (message.IsEmpty()) return "";
  Local<Context> ctx = context();
  std::string out;
  std::string filename = ToStdString(isolate_, message->GetScriptResourceName());
  int line = message->GetLineNumber(ctx).FromMaybe(0);
  Local<String> source_line;
  if (!message->GetSourceLine(ctx).ToLocal(&source_line)) return "";
  std::string src = ToStdString(isolate_, source_line);
  int start = message->GetStartColumn(ctx).FromMaybe(0);
  int end = message->GetEndColumn(ctx).FromMaybe(start + 1);
  // Scripts compiled with an offset on their first line (none of ours) would
  // shift columns; clamp to the line either way.
  if (start > static_cast<int>(src.size())) start = static_cast<int>(src.size());
  if (end > static_cast<int>(src.size())) end = static_cast<int>(src.size());
  if (end <= start) end = start + 1;
  out = filename + ":" + std::to_string(line) + "\n" + src + "\n";
  for (int i = 0; i < start; i++) out += (src[i] == '\t') ? '\t' : ' ';
  for (int i = start; i < end; i++) out += '^';
  out += "\n";
  return out;
}

void Env::DecorateError(Local<Value> error, Local<Message> message) {
  if (!error->IsObject() || message.IsEmpty()) return;
  Local<Object> obj = error.As<Object>();
  Local<Context> ctx = context();
  Local<Private> key = arrow_private.Get(isolate_);
  if (obj->HasPrivate(ctx, key).FromMaybe(true)) return;
  std::string arrow = ArrowMessage(message);
  if (arrow.empty()) return;
  obj->SetPrivate(ctx, key, Utf8String(isolate_, arrow)).Check();
}

void Env::TriggerUncaught(Local<Value> error, Local<Message> message, bool from_promise) {
  HandleScope scope(isolate_);
  Local<Context> ctx = context();
  if (message.IsEmpty()) message = v8::Exception::CreateMessage(isolate_, error);
  std::string arrow;
  if (error->IsObject()) {
    DecorateError(error, message);
    Local<Value> stored;
    if (error.As<Object>()->GetPrivate(ctx, arrow_private.Get(isolate_)).ToLocal(&stored) &&
        stored->IsString()) {
      arrow = ToStdString(isolate_, stored);
    }
  } else {
    arrow = ArrowMessage(message);
  }
  if (uncaught_callback.IsEmpty() || in_uncaught_) {
    // Before bootstrap finished, or an error while reporting one: print what
    // we can from C++ and stop (node's exit code 7 for a failing handler).
    std::string text = ToStdString(isolate_, error);
    if (error->IsObject()) {
      Local<Value> stack;
      if (error.As<Object>()->Get(ctx, OneByteString(isolate_, "stack")).ToLocal(&stack) &&
          stack->IsString())
        text = ToStdString(isolate_, stack);
    }
    fprintf(stderr, "%s\n%s\n", arrow.c_str(), text.c_str());
    fflush(stderr);
    Exit(in_uncaught_ ? 7 : 1);
    return;
  }
  in_uncaught_ = true;
  // --trace-uncaught: where the value was thrown, from the stack V8 captured
  // at the throw (SetCaptureStackTraceForUncaughtExceptions).
  Local<Value> thrown_at = v8::Undefined(isolate_);
  if (options_.trace_uncaught && !message.IsEmpty() && !message->GetStackTrace().IsEmpty()) {
    Local<v8::StackTrace> trace = message->GetStackTrace();
    std::string lines;
    for (int i = 0; i < trace->GetFrameCount(); i++) {
      Local<v8::StackFrame> frame = trace->GetFrame(isolate_, i);
      std::string fn = ToStdString(isolate_, frame->GetFunctionName());
      std::string where = ToStdString(isolate_, frame->GetScriptName()) + ":" +
                          std::to_string(frame->GetLineNumber()) + ":" +
                          std::to_string(frame->GetColumn());
      if (i > 0) lines += "\n";
      lines += fn.empty() ? "    at " + where : "    at " + fn + " (" + where + ")";
    }
    thrown_at = Utf8String(isolate_, lines);
  }
  Local<Value> argv[] = {error, Boolean::New(isolate_, from_promise), Utf8String(isolate_, arrow),
                         thrown_at};
  TryCatch try_catch(isolate_);
  MaybeLocal<Value> handled =
      uncaught_callback.Get(isolate_)->Call(ctx, process_object.Get(isolate_), 4, argv);
  in_uncaught_ = false;
  if (handled.IsEmpty()) {
    if (try_catch.HasTerminated() || exiting_) return;
    // The 'uncaughtException' handler itself threw: node prints that error
    // and exits with 7.
    Local<Value> err2 = try_catch.Exception();
    std::string text = ToStdString(isolate_, err2);
    if (err2->IsObject()) {
      Local<Value> stack;
      if (err2.As<Object>()->Get(ctx, OneByteString(isolate_, "stack")).ToLocal(&stack) &&
          stack->IsString())
        text = ToStdString(isolate_, stack);
    }
    std::string arrow2 = ArrowMessage(try_catch.Message());
    fprintf(stderr, "%s\n%s\n\nNode.js v%s\n", arrow2.c_str(), text.c_str(), NodeCompatVersion());
    fflush(stderr);
    Exit(7);
    return;
  }
  if (!handled.ToLocalChecked()->IsTrue()) {
    // Not handled: JS printed it and emitted 'exit'; leave with its code.
    int code = ProcessExitCode();
    Exit(code == 0 ? 1 : code);
  }
}

// ---------------------------------------------------------------------------
// Exit.

void Env::Exit(int code) {
  exit_code_ = code;
  if (exiting_) return;
  exiting_ = true;
  isolate_->TerminateExecution();
  uv_stop(loop_);
}

int Env::ProcessExitCode() {
  HandleScope scope(isolate_);
  Local<Value> code;
  if (!process_object.IsEmpty() &&
      process_object.Get(isolate_)->Get(context(), OneByteString(isolate_, "exitCode"))
          .ToLocal(&code) &&
      (code->IsNumber() || code->IsString())) {
    return code->Int32Value(context()).FromMaybe(0);
  }
  return 0;
}

void Env::EmitProcessEvent(const char* name) {
  if (exiting_ || process_event_callback.IsEmpty()) return;
  HandleScope scope(isolate_);
  Local<Value> argv[] = {OneByteString(isolate_, name)};
  if (strcmp(name, "exit") == 0) {
    // Nothing scheduled from an 'exit' listener runs (as in node): call it
    // without the door's tick draining.
    TryCatch try_catch(isolate_);
    if (process_event_callback.Get(isolate_)
            ->Call(context(), process_object.Get(isolate_), 1, argv)
            .IsEmpty()) {
      HandleUncaught(try_catch);
      return;
    }
    // Promise jobs an 'exit' listener queued still run (nextTicks don't).
    if (!exiting_) isolate_->PerformMicrotaskCheckpoint();
    return;
  }
  MakeCallback(process_object.Get(isolate_), process_event_callback.Get(isolate_), 1, argv);
}

// ---------------------------------------------------------------------------
// Timers phase: one uv_timer_t, the list itself lives in lib/internal/timers.js.

double Env::GetNowMs() {
  uv_update_time(loop_);
  return static_cast<double>(uv_now(loop_) - timer_base_);
}

void Env::ScheduleTimer(double duration_ms) {
  if (duration_ms < 1) duration_ms = 1;
  uv_timer_start(&timer_handle_, OnTimer, static_cast<uint64_t>(duration_ms), 0);
}

void Env::ToggleTimerRef(bool ref) {
  if (ref)
    uv_ref(reinterpret_cast<uv_handle_t*>(&timer_handle_));
  else
    uv_unref(reinterpret_cast<uv_handle_t*>(&timer_handle_));
}

void Env::OnTimer(uv_timer_t* handle) {
  Env* env = ContainerOf(&Env::timer_handle_, handle);
  Isolate* isolate = env->isolate_;
  HandleScope scope(isolate);
  Context::Scope context_scope(env->context());
  if (env->exiting_) return;
  Local<Function> cb = env->timers_callback.Get(isolate);
  Local<Object> process = env->process_object.Get(isolate);
  // The ticks and microtasks of the last timer run when this scope closes,
  // after the handle is re-armed below: a timer they schedule must find the
  // handle in its final state, not have it changed behind it.
  CallbackScope callback_scope(env);
  // Each timer enters its own frame; this ends a thrown one's (the uncaught
  // handler ran in it) before the ticks drain.
  AsyncFrameScope frame_scope(env, v8::Undefined(isolate));
  double expiry = 0;
  // processTimers lets a throwing timer's exception reach us (so it is printed
  // with its source line); after it is handled, call again for the rest.
  for (;;) {
    double now = static_cast<double>(uv_now(env->loop_) - env->timer_base_);
    Local<Value> argv[] = {Number::New(isolate, now)};
    TryCatch try_catch(isolate);
    Local<Value> ret;
    if (cb->Call(env->context(), process, 1, argv).ToLocal(&ret)) {
      expiry = ret->IsNumber() ? ret.As<Number>()->Value() : 0;
      break;
    }
    env->HandleUncaught(try_catch);
    if (env->exiting_) return;
  }
  uv_handle_t* h = reinterpret_cast<uv_handle_t*>(handle);
  if (expiry != 0) {
    double now = static_cast<double>(uv_now(env->loop_) - env->timer_base_);
    double duration = (expiry < 0 ? -expiry : expiry) - now;
    env->ScheduleTimer(duration > 0 ? duration : 1);
    if (expiry > 0)
      uv_ref(h);
    else
      uv_unref(h);
  } else {
    uv_unref(h);
  }
}

// ---------------------------------------------------------------------------
// Check phase: setImmediate. The idle handle only keeps poll from blocking
// while referenced immediates are pending.

void Env::ToggleImmediateRef(bool ref) {
  if (ref)
    uv_idle_start(&immediate_idle_, OnIdle);
  else
    uv_idle_stop(&immediate_idle_);
}

void Env::OnCheck(uv_check_t* handle) {
  Env* env = ContainerOf(&Env::immediate_check_, handle);
  if (env->immediate_info_[kImmediateCount] == 0 && !env->immediate_info_[kImmediateHasOutstanding])
    return;
  Isolate* isolate = env->isolate_;
  HandleScope scope(isolate);
  Context::Scope context_scope(env->context());
  Local<Function> cb = env->immediate_callback.Get(isolate);
  for (;;) {
    if (!env->MakeCallback(env->process_object.Get(isolate), cb, 0, nullptr).IsEmpty()) break;
    if (env->exiting_) return;
    // An immediate threw and was handled: run the rest of this batch.
  }
  if (env->immediate_info_[kImmediateRefCount] == 0) env->ToggleImmediateRef(false);
}

// ---------------------------------------------------------------------------
// V8's foreground tasks. The default platform queues them per isolate and
// runs them only when asked: FinalizationRegistry callbacks, for one, would
// otherwise never run while the program lives. They run JS, so through a
// callback scope (ticks and microtasks drain after them).

v8::Platform* GetPlatform();  // runtime.cc

void Env::OnPlatformCheck(uv_check_t* handle) {
  Env* env = ContainerOf(&Env::platform_check_, handle);
  env->loop_count_++;
  // Big freed blocks are reused within a turn of the loop, not kept past it.
  LargeCacheRelease();
  v8::Platform* platform = GetPlatform();
  if (env->exiting_ || platform == nullptr) return;
  Isolate* isolate = env->isolate_;
  HandleScope scope(isolate);
  Context::Scope context_scope(env->context());
  CallbackScope callback_scope(env);
  while (!env->exiting_ &&
         v8::platform::PumpMessageLoop(platform, isolate,
                                       v8::platform::MessageLoopBehavior::kDoNotWait)) {
  }
}

// ---------------------------------------------------------------------------
// Young external memory (env.h, AddYoungExternal).

void Env::OnGCEpilogue(Isolate*, v8::GCType, v8::GCCallbackFlags, void* data) {
  // Any GC has just freed what JS no longer holds: count afresh.
  static_cast<Env*>(data)->young_external_ = 0;
}

void Env::CollectYoung() {
  young_external_ = 0;
  if (exiting_) return;
  // The API behind a requested scavenge insists on --expose-gc, which also
  // puts gc() into contexts made while it is set: set it only around this
  // call (no context is made in it) unless the user set it.
  bool user = UserExposesGc();
  if (!user) v8::V8::SetFlagsFromString("--expose-gc");
  uint64_t t0 = uv_hrtime();
  isolate_->RequestGarbageCollectionForTesting(Isolate::kMinorGarbageCollection);
  double ns = static_cast<double>(uv_hrtime() - t0);
  if (!user) v8::V8::SetFlagsFromString("--no-expose-gc");
  // What a scavenge costs grows with the young objects that survive it. Keep
  // it near 64 us per MiB read (reading a MiB from a socket costs several
  // times that): the limit is the power of two of MiB that makes it so.
  young_gc_ns_ = young_gc_ns_ == 0 ? ns : young_gc_ns_ * 0.75 + ns * 0.25;
  size_t limit = kYoungGCMinLimit;
  while (limit < kYoungGCMaxLimit && young_gc_ns_ / static_cast<double>(limit >> 20) > 64000)
    limit *= 2;
  young_gc_limit_ = limit;
}

// ---------------------------------------------------------------------------
// Handles and bindings.

void Env::AddHandle(HandleWrap* h) { handles_.push_back(h); }
void Env::RemoveHandle(HandleWrap* h) {
  for (auto it = handles_.begin(); it != handles_.end(); ++it) {
    if (*it == h) {
      handles_.erase(it);
      return;
    }
  }
}
void Env::CloseAllHandles() {
  std::vector<HandleWrap*> copy = handles_;
  for (HandleWrap* h : copy) h->Close();
  uv_run(loop_, UV_RUN_NOWAIT);
}

namespace {
struct BindingEntry {
  const char* name;
  void (*init)(Env*, Local<Object>);
};
const BindingEntry kBindingTable[] = {
#define V(name) {#name, binding::Init_##name},
    EDDY_BINDINGS(V)
#undef V
};
}  // namespace

Local<Object> Env::GetBinding(const std::string& name) {
  auto it = bindings_.find(name);
  if (it != bindings_.end()) return it->second.Get(isolate_);
  for (const BindingEntry& entry : kBindingTable) {
    if (name == entry.name) {
      v8::EscapableHandleScope scope(isolate_);
      Local<Object> target = Object::New(isolate_);
      entry.init(this, target);
      bindings_[name].Reset(isolate_, target);
      return scope.Escape(target);
    }
  }
  return Local<Object>();
}

// ---------------------------------------------------------------------------
// Shared helpers.

void SetMethod(Local<Context> context, Local<Object> target, const char* name,
               v8::FunctionCallback callback) {
  Isolate* isolate = context->GetIsolate();
  Local<String> key = OneByteString(isolate, name);
  Local<Function> fn = v8::FunctionTemplate::New(isolate, callback, Local<Value>(),
                                                 Local<v8::Signature>(), 0,
                                                 v8::ConstructorBehavior::kThrow)
                           ->GetFunction(context)
                           .ToLocalChecked();
  fn->SetName(key);
  target->Set(context, key, fn).Check();
}

void SetValue(Local<Context> context, Local<Object> target, const char* name,
              Local<Value> value) {
  target->Set(context, OneByteString(context->GetIsolate(), name), value).Check();
}

std::string ToStdString(Isolate* isolate, Local<Value> value) {
  if (value.IsEmpty()) return "";
  String::Utf8Value utf8(isolate, value);
  if (*utf8 == nullptr) return "";
  return std::string(*utf8, utf8.length());
}

}  // namespace eddy
