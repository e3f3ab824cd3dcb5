// env.h — the per-runtime state shared by the runtime and every binding.
//
// One Env per eddy::Runtime: it owns the isolate's main context, the libuv loop
// and the handles the loop phases use (timer, immediate check/idle), and keeps
// the JS functions that the bootstrap hands to C++ (tick processing, timers,
// immediates, uncaught-exception routing). It lives on the JS thread only.
//
// The door into JS: every call from C++ into JS (a loop callback, a completed
// request) goes through Env::MakeCallback, which calls the function, routes an
// exception to 'uncaughtException' handling, and on leaving the outermost
// callback drains process.nextTick's queue and V8's microtask queue. That is
// what gives node's ordering; see doc/architecture.md.
#ifndef EDDY_ENV_H_
#define EDDY_ENV_H_

#include <uv.h>
#include <v8.h>

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "eddy.h"

namespace eddy {

class HandleWrap;
class WorkPort;

// Indices into the shared Uint32Array the JS tick queue and C++ both read
// (lib/internal/process/task_queues.js: must match kHasTickScheduled ...).
enum TickInfoField { kHasTickScheduled = 0, kHasRejectionToWarn = 1, kTickInfoCount };
// lib/internal/timers.js: must match kCount, kRefCount, kHasOutstanding.
enum ImmediateInfoField { kImmediateCount = 0, kImmediateRefCount = 1,
                          kImmediateHasOutstanding = 2, kImmediateInfoCount };
// performance.nodeTiming's milestones (lib/internal/perf/utils.js: must match
// kMilestoneNames). Each is a uv_hrtime() in ns, 0 while not reached.
enum Milestone { kNodeStart = 0, kV8Start, kEnvironment, kBootstrapComplete, kLoopStart,
                 kLoopExit, kMilestoneCount };

// uv_hrtime() when the process started (static initialization) and when V8
// was initialized: the first runtime's time origin and its first milestones.
uint64_t ProcessStartNs();
uint64_t V8StartNs();

// V8 flag strings set by the user (command line, embedder, v8.setFlagsFromString)
// pass through here, so the runtime knows whether the user wants --expose-gc:
// Env::CollectYoung turns that flag on only for its own call otherwise.
void NoteUserV8Flags(const char* flags, size_t length);
bool UserExposesGc();

class Env {
 public:
  Env(v8::Isolate* isolate, uv_loop_t* loop, const RuntimeOptions& options);
  ~Env();
  // Stops JS, closes every handle and waits for in-flight requests; called
  // before the isolate is disposed (also by the destructor).
  void Teardown();

  static Env* From(v8::Local<v8::Context> context);
  static Env* From(v8::Isolate* isolate) { return From(isolate->GetCurrentContext()); }
  static Env* From(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return From(info.GetIsolate()->GetCurrentContext());
  }

  v8::Isolate* isolate() const { return isolate_; }
  uv_loop_t* loop() const { return loop_; }
  v8::Local<v8::Context> context() const { return context_.Get(isolate_); }
  const RuntimeOptions& options() const { return options_; }
  void SetContext(v8::Local<v8::Context> context);

  // --- the door into JS ---------------------------------------------------
  // Calls fn with recv and args; on an exception routes it to uncaught
  // handling. Drains nextTicks and microtasks when leaving the outermost call.
  // Returns empty if the call threw or the runtime is exiting.
  v8::MaybeLocal<v8::Value> MakeCallback(v8::Local<v8::Object> recv,
                                         v8::Local<v8::Function> fn, int argc,
                                         v8::Local<v8::Value>* argv);
  // The same with the async context frame the callback runs in given (one
  // the caller captured with CurrentAsyncFrame() when the work was queued).
  // The form above takes the frame stored on recv by CaptureAsyncFrame().
  v8::MaybeLocal<v8::Value> MakeCallback(v8::Local<v8::Object> recv,
                                         v8::Local<v8::Function> fn, int argc,
                                         v8::Local<v8::Value>* argv,
                                         v8::Local<v8::Value> frame);
  // recv[method](...argv) through MakeCallback, when recv has such a
  // function (handles and requests: 'onread', 'oncomplete', ...); empty
  // otherwise.
  v8::MaybeLocal<v8::Value> CallMethod(v8::Local<v8::Object> recv, const char* method, int argc,
                                       v8::Local<v8::Value>* argv);

  // --- async context frames (lib/internal/async_context_frame.js) ---------
  // The frame is the value V8 keeps as "continuation-preserved embedder
  // data": V8 carries it across await and .then; everything else that runs
  // a callback later captures it when the work is queued and restores it
  // around the call. Until the first AsyncLocalStorage exists every frame is
  // undefined, and these cost one flag test.
  bool async_frames_used() const { return async_frames_used_; }
  void set_async_frames_used() { async_frames_used_ = true; }
  v8::Local<v8::Value> CurrentAsyncFrame();
  // Remembers the current frame on a resource object (a handle, a request
  // object, a parser): its MakeCallback callbacks run in it.
  void CaptureAsyncFrame(v8::Local<v8::Object> resource);
  // The same for a request that keeps its callback in C++: the slot stays
  // empty while frames aren't used; pass slot.Get() to MakeCallback.
  void CaptureAsyncFrame(v8::Global<v8::Value>* slot);
  // Makes `frame` current until the scope closes (then the previous one).
  class AsyncFrameScope {
   public:
    AsyncFrameScope(Env* env, v8::Local<v8::Value> frame);
    ~AsyncFrameScope();
    AsyncFrameScope(const AsyncFrameScope&) = delete;
    AsyncFrameScope& operator=(const AsyncFrameScope&) = delete;

   private:
    Env* env_;
    v8::Local<v8::Value> prev_;
  };
  // The frame stored on a resource object (undefined if none).
  v8::Local<v8::Value> AsyncFrameOf(v8::Local<v8::Object> resource);

  // RAII form of the door for C++ code that calls into JS itself: while one
  // is open, nested MakeCallback calls don't drain; closing the outermost
  // one drains nextTicks and microtasks.
  class CallbackScope {
   public:
    explicit CallbackScope(Env* env) : env_(env) { env_->callback_depth_++; }
    ~CallbackScope() {
      if (--env_->callback_depth_ == 0 && !env_->exiting_) env_->DrainTasks();
    }
    CallbackScope(const CallbackScope&) = delete;
    CallbackScope& operator=(const CallbackScope&) = delete;

   private:
    Env* env_;
  };
  // Drains process.nextTick's queue, microtasks and promise-rejection
  // processing until all are empty (what follows every callback).
  void DrainTasks();
  // Routes an exception caught in C++ to process 'uncaughtException'
  // handling; prints and starts exiting when nothing handles it.
  void HandleUncaught(const v8::TryCatch& try_catch);
  void TriggerUncaught(v8::Local<v8::Value> error, v8::Local<v8::Message> message,
                       bool from_promise);
  // node's "file:line\nsource\n   ^\n" header of a printed error.
  std::string ArrowMessage(v8::Local<v8::Message> message);
  // Stores the arrow on the error object (unless it has one already).
  void DecorateError(v8::Local<v8::Value> error, v8::Local<v8::Message> message);

  // --- exit ---------------------------------------------------------------
  // process.reallyExit(): stop running JS and make the loop return.
  void Exit(int code);
  bool exiting() const { return exiting_; }
  int exit_code() const { return exit_code_; }
  void set_exit_code(int code) { exit_code_ = code; }
  // Reads process.exitCode (node's kNoFailure when unset).
  int ProcessExitCode();
  // Emits process 'beforeExit' / 'exit' through the JS helper.
  void EmitProcessEvent(const char* name);

  // --- loop phases ----------------------------------------------------------
  void ScheduleTimer(double duration_ms);
  void ToggleTimerRef(bool ref);
  void ToggleImmediateRef(bool ref);
  uint32_t* tick_info() { return tick_info_; }
  uint32_t* immediate_info() { return immediate_info_; }
  uint64_t timer_base() const { return timer_base_; }
  double GetNowMs();
  uint64_t start_time_ns() const { return start_time_ns_; }
  double time_origin_epoch_ms() const { return time_origin_epoch_ms_; }
  // perf_hooks: the milestones, and turns of the loop (counted by the
  // platform check, which runs once per turn).
  void SetMilestone(Milestone m) { milestones_[m] = uv_hrtime(); }
  void SetMilestoneOnce(Milestone m) { if (milestones_[m] == 0) SetMilestone(m); }
  uint64_t milestone(Milestone m) const { return milestones_[m]; }
  uint64_t loop_count() const { return loop_count_; }
  // Whether loop_count() still advances (false once teardown closed the
  // check that counts): a rule "once per turn" must not wait for it then.
  bool counting_turns() const { return !exiting_; }

  // --- young external memory ------------------------------------------------
  // Bytes a stream read handed to JS. V8 10.2 frees such blocks at the
  // scavenge after JS drops them, but scavenges come with JS allocation, and
  // a stream's chunks allocate little on the heap; only a full GC, every
  // ~32 MiB of them, would free them. A program streaming data then rotates
  // through 32 MiB of cold memory. Past young_gc_limit_ bytes a scavenge is
  // asked for here; its cost is measured and the limit rises while
  // scavenges are slow (many live young objects), falls back when cheap.
  void AddYoungExternal(size_t bytes) {
    young_external_ += bytes;
    if (young_external_ >= young_gc_limit_) CollectYoung();
  }

  // --- bindings -------------------------------------------------------------
  v8::Local<v8::Object> GetBinding(const std::string& name);  // empty if unknown

  // JS functions that the bootstrap registers (internalBinding('env').setup...).
  v8::Global<v8::Function> tick_callback;          // processTicksAndRejections
  v8::Global<v8::Function> uncaught_callback;      // (err, fromPromise, arrow)
  v8::Global<v8::Function> promise_reject_callback;  // (type, promise, reason)
  v8::Global<v8::Function> timers_callback;        // processTimers(now)
  v8::Global<v8::Function> immediate_callback;     // processImmediate()
  v8::Global<v8::Function> process_event_callback; // emitProcessEvent(name, code)
  v8::Global<v8::Object> process_object;
  v8::Global<v8::Private> arrow_private;           // the error's arrow header

  // fs: the arrays a synchronous stat fills (lib/ reads them at once), so a
  // statSync allocates nothing but its Stats object. Made on first use.
  v8::Global<v8::Float64Array> fs_stat_values;
  v8::Global<v8::BigInt64Array> fs_bigint_stat_values;
  // fs.promises: the reaction a failed request's error passes through
  // (lib/internal/fs/promises.js `settle`); see fs.cc Completion::Settle.
  v8::Global<v8::Function> fs_promise_settle;

  // tcp_wrap's TCP constructor, to make handles for accepted connections.
  v8::Global<v8::Function> tcp_constructor;
  v8::Global<v8::Function> pipe_constructor;  // pipe_wrap's, likewise

  // Bytes held by ArrayBuffers (the runtime's allocator counts them).
  std::function<size_t()> array_buffer_bytes;

  // Natives registered by the embedder (Runtime::RegisterModule).
  std::unordered_map<std::string, NativeModuleInit> embedder_modules;

  // Handles that must be closed before the loop is torn down.
  void AddHandle(HandleWrap* h);
  void RemoveHandle(HandleWrap* h);
  void CloseAllHandles();

  // Runs the given function when the Env is destroyed (before the isolate).
  void AddCleanupHook(std::function<void()> fn) { cleanup_hooks_.push_back(std::move(fn)); }
  // Where this loop's thread-pool work completes (work_pool.h).
  WorkPort* work_port();

 private:
  static void OnTimer(uv_timer_t* handle);
  static void OnCheck(uv_check_t* handle);
  static void OnIdle(uv_idle_t* handle) {}
  static void OnPlatformCheck(uv_check_t* handle);
  static void OnGCEpilogue(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags flags,
                           void* data);
  void CollectYoung();

  v8::Isolate* isolate_;
  uv_loop_t* loop_;
  RuntimeOptions options_;
  v8::Global<v8::Context> context_;
  std::unordered_map<std::string, v8::Global<v8::Object>> bindings_;

  v8::Global<v8::Private> async_frame_private_;  // a resource's frame
  bool async_frames_used_ = false;
  int callback_depth_ = 0;
  bool exiting_ = false;
  int exit_code_ = 0;
  bool in_uncaught_ = false;
  bool torn_down_ = false;

  uint32_t* tick_info_ = nullptr;
  uint32_t* immediate_info_ = nullptr;
  v8::Global<v8::Uint32Array> tick_info_array_;
  v8::Global<v8::Uint32Array> immediate_info_array_;

  uv_timer_t timer_handle_;
  uv_check_t immediate_check_;
  uv_idle_t immediate_idle_;
  // Runs V8's foreground tasks (FinalizationRegistry cleanups, ...) once per
  // loop turn; unreferenced.
  uv_check_t platform_check_;
  WorkPort* work_port_ = nullptr;  // deletes itself after Close()
  uint64_t timer_base_;  // uv_now at start: timers count from here
  uint64_t start_time_ns_;        // the time origin: process start for the first
                                  // runtime, else when the Env was made
  uint64_t milestones_[kMilestoneCount] = {};
  uint64_t loop_count_ = 0;
  size_t young_external_ = 0;  // see AddYoungExternal
  size_t young_gc_limit_ = kYoungGCMinLimit;
  double young_gc_ns_ = 0;  // a running mean of what CollectYoung's scavenges took
  static constexpr size_t kYoungGCMinLimit = 4u << 20;
  static constexpr size_t kYoungGCMaxLimit = 256u << 20;
  double time_origin_epoch_ms_;   // the same moment as ms since the epoch

  std::vector<HandleWrap*> handles_;
  std::vector<std::function<void()>> cleanup_hooks_;

  friend class Runtime;
  friend void InitEnvBinding(Env*, v8::Local<v8::Object>);
};

// Helpers used across bindings.
inline v8::Local<v8::String> OneByteString(v8::Isolate* isolate, const char* s) {
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(s))
      .ToLocalChecked();
}
inline v8::Local<v8::String> Utf8String(v8::Isolate* isolate, const std::string& s) {
  return v8::String::NewFromUtf8(isolate, s.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(s.size()))
      .ToLocalChecked();
}
void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
               const char* name, v8::FunctionCallback callback);
void SetValue(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
              const char* name, v8::Local<v8::Value> value);
std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> value);

// The live objects of one kind that a binding must end at Env teardown: the
// cleanup hook calls Orphan() on each one still in the set (Orphan removes
// it) and frees the set. Objects insert and erase themselves.
template <typename T>
std::unordered_set<T*>* NewTeardownSet(Env* env) {
  auto* set = new std::unordered_set<T*>();
  env->AddCleanupHook([set] {
    while (!set->empty()) (*set->begin())->Orphan();
    delete set;
  });
  return set;
}

// Builds node's system error for a libuv error code (ENOENT ...), with code,
// errno, syscall and, when given, path and dest.
v8::Local<v8::Value> UVException(v8::Isolate* isolate, int err, const char* syscall,
                                 const char* path = nullptr, const char* dest = nullptr);

}  // namespace eddy

#endif  // EDDY_ENV_H_
