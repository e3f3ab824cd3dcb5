// builtins.cc — compiling the embedded lib/ files (internalBinding('builtins'))
// and user code (internalBinding('contextify')).
//
// lib/ sources are handed to V8 as external strings pointing into the
// binary's read-only data, so start-up copies no JS source. Each is compiled
// as a function body with the wrapper parameters of doc/internals.md; user
// CommonJS modules are compiled the same way with node's module parameters,
// so no wrapper text shifts line or column numbers.
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>

#include "binding_list.h"
#include "env.h"
#include "builtins.h"

namespace eddy {

using v8::Array;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Object;
using v8::ScriptCompiler;
using v8::ScriptOrigin;
using v8::String;
using v8::TryCatch;
using v8::Value;

MaybeLocal<Function> CompileBuiltin(Env* env, const char* id);

namespace builtins {
std::map<std::string, v8::Global<v8::Function>>* g_recorder = nullptr;
void SetRecorder(std::map<std::string, v8::Global<v8::Function>>* recorder) {
  g_recorder = recorder;
}
const Source* Find(const char* id) {
  for (size_t i = 0; i < kSourceCount; i++) {
    if (strcmp(kSources[i].id, id) == 0) return &kSources[i];
  }
  return nullptr;
}
}  // namespace builtins

namespace {

class StaticOneByte : public String::ExternalOneByteStringResource {
 public:
  StaticOneByte(const char* data, size_t length) : data_(data), length_(length) {}
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  const char* data_;
  size_t length_;
};

class StaticTwoByte : public String::ExternalStringResource {
 public:
  StaticTwoByte(const char16_t* data, size_t length) : data_(data), length_(length) {}
  const uint16_t* data() const override { return reinterpret_cast<const uint16_t*>(data_); }
  size_t length() const override { return length_; }

 private:
  const char16_t* data_;
  size_t length_;
};

Local<String> SourceString(Isolate* isolate, const builtins::Source* src) {
  if (src->one_byte != nullptr)
    return String::NewExternalOneByte(isolate, new StaticOneByte(src->one_byte, src->length))
        .ToLocalChecked();
  return String::NewExternalTwoByte(isolate, new StaticTwoByte(src->two_byte, src->length))
      .ToLocalChecked();
}

const char* const kBuiltinParams[] = {"exports", "require", "module", "process",
                                      "internalBinding", "primordials"};

// builtins.compileFunction(id) → the wrapped function of lib/<id>.js
void CompileFunctionJS(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  std::string id = ToStdString(isolate, info[0]);
  Local<Function> fn;
  if (CompileBuiltin(Env::From(info), id.c_str()).ToLocal(&fn)) info.GetReturnValue().Set(fn);
}

void HasBuiltin(const FunctionCallbackInfo<Value>& info) {
  std::string id = ToStdString(info.GetIsolate(), info[0]);
  info.GetReturnValue().Set(builtins::Find(id.c_str()) != nullptr);
}

void BuiltinIds(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<Array> ids = Array::New(isolate, static_cast<int>(builtins::kSourceCount));
  for (size_t i = 0; i < builtins::kSourceCount; i++) {
    ids->Set(context, static_cast<uint32_t>(i), OneByteString(isolate, builtins::kSources[i].id))
        .Check();
  }
  info.GetReturnValue().Set(ids);
}

// Rethrows a compile error after storing node's arrow header on it, so that
// an uncaught SyntaxError prints "file:line\nsource\n   ^".
void RethrowDecorated(Env* env, TryCatch* try_catch) {
  if (try_catch->HasCaught() && !try_catch->HasTerminated()) {
    env->DecorateError(try_catch->Exception(), try_catch->Message());
    try_catch->ReThrow();
  }
}

// contextify.compileFunction(code, filename, params) → function
void CompileUserFunction(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = env->context();
  Local<String> code = info[0].As<String>();
  Local<String> filename = info[1].As<String>();
  std::vector<Local<String>> params;
  if (info[2]->IsArray()) {
    Local<Array> arr = info[2].As<Array>();
    for (uint32_t i = 0; i < arr->Length(); i++) {
      Local<Value> v;
      if (arr->Get(context, i).ToLocal(&v) && v->IsString()) params.push_back(v.As<String>());
    }
  }
  ScriptOrigin origin(isolate, filename, 0, 0, false, -1, Local<Value>(), false, false, false);
  ScriptCompiler::Source source(code, origin);
  TryCatch try_catch(isolate);
  Local<Function> fn;
  if (!ScriptCompiler::CompileFunction(context, &source, params.size(), params.data(), 0, nullptr)
           .ToLocal(&fn)) {
    RethrowDecorated(env, &try_catch);
    return;
  }
  info.GetReturnValue().Set(fn);
}

// While a REPL input runs, SIGINT (Ctrl-C with the terminal out of raw
// mode) stops it. The handler only posts a semaphore (async-signal-safe); a
// watchdog thread waiting on it asks V8 for an interrupt, and the interrupt
// (on the JS thread, at a safe point) terminates execution — but only once
// the code running is the user's: terminating inside lib/ (a console.log
// half-way through a stream write) would leave that stream's state broken
// for the rest of the session, so inside node: frames it re-arms and waits.
// The previous SIGINT disposition is put back afterwards. One watchdog at a
// time, and only the JS thread creates, checks and destroys it.
class SigintWatchdog {
 public:
  explicit SigintWatchdog(Isolate* isolate)
      : isolate_(isolate), generation_(++last_generation_) {
    uv_sem_init(&sem_, 0);
    current_.store(this);
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = OnSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_);
    uv_thread_create(&thread_, Run, this);
  }

  ~SigintWatchdog() {
    sigaction(SIGINT, &old_, nullptr);
    current_.store(nullptr);  // an interrupt still queued now does nothing
    stopping_.store(true);
    uv_sem_post(&sem_);
    uv_thread_join(&thread_);
    uv_sem_destroy(&sem_);
    if (interrupted_.load()) isolate_->CancelTerminateExecution();
  }

  bool interrupted() const { return interrupted_.load(); }

 private:
  static void OnSignal(int) {
    SigintWatchdog* w = current_.load();
    if (w != nullptr) uv_sem_post(&w->sem_);
  }

  static void Run(void* arg) {
    auto* self = static_cast<SigintWatchdog*>(arg);
    uv_sem_wait(&self->sem_);
    // Asked again every few ms until the JS thread is in user code (an
    // interrupt re-requested from its own callback would spin in place).
    while (!self->stopping_.load() && !self->interrupted_.load()) {
      self->isolate_->RequestInterrupt(
          OnInterrupt, reinterpret_cast<void*>(static_cast<uintptr_t>(self->generation_)));
      uv_sleep(5);
    }
  }

  // On the JS thread. An interrupt still queued when its watchdog is gone
  // (or replaced by the next input's) is recognised by its generation.
  static void OnInterrupt(Isolate* isolate, void* data) {
    SigintWatchdog* self = current_.load();
    if (self == nullptr || self->interrupted_.load() ||
        static_cast<uintptr_t>(self->generation_) != reinterpret_cast<uintptr_t>(data)) {
      return;
    }
    HandleScope scope(isolate);
    Local<v8::StackTrace> trace = v8::StackTrace::CurrentStackTrace(isolate, 1);
    if (trace->GetFrameCount() > 0) {
      Local<String> name = trace->GetFrame(isolate, 0)->GetScriptName();
      if (!name.IsEmpty()) {
        String::Utf8Value utf8(isolate, name);
        // Not yet: the watchdog thread asks again shortly.
        if (*utf8 != nullptr && strncmp(*utf8, "node:", 5) == 0) return;
      }
    }
    self->interrupted_.store(true);
    isolate->TerminateExecution();
  }

  static std::atomic<SigintWatchdog*> current_;
  static uint64_t last_generation_;  // JS thread only
  Isolate* isolate_;
  uint64_t generation_;
  uv_sem_t sem_;
  uv_thread_t thread_;
  struct sigaction old_;
  std::atomic<bool> stopping_{false};
  std::atomic<bool> interrupted_{false};
};
std::atomic<SigintWatchdog*> SigintWatchdog::current_{nullptr};
uint64_t SigintWatchdog::last_generation_ = 0;

// contextify.runScript(code, filename, breakOnSigint) → completion value of a
// classic script. With breakOnSigint, a SIGINT while it runs throws an Error
// with code ERR_SCRIPT_EXECUTION_INTERRUPTED.
void RunScript(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = env->context();
  Local<String> code = info[0].As<String>();
  ScriptOrigin origin(isolate, info[1].As<String>());
  ScriptCompiler::Source source(code, origin);
  TryCatch try_catch(isolate);
  Local<v8::Script> script;
  if (!ScriptCompiler::Compile(context, &source).ToLocal(&script)) {
    RethrowDecorated(env, &try_catch);
    return;
  }
  Local<Value> result;
  bool interrupted = false;
  bool ok;
  {
    std::unique_ptr<SigintWatchdog> watchdog;
    if (info[2]->IsTrue()) watchdog = std::make_unique<SigintWatchdog>(isolate);
    ok = script->Run(context).ToLocal(&result);
    interrupted = watchdog && watchdog->interrupted();
  }
  if (interrupted && !env->exiting()) {
    isolate->CancelTerminateExecution();
    Local<Value> err = v8::Exception::Error(
        OneByteString(isolate, "Script execution was interrupted by `SIGINT`"));
    err.As<Object>()->Set(context, OneByteString(isolate, "code"),
                          OneByteString(isolate, "ERR_SCRIPT_EXECUTION_INTERRUPTED")).Check();
    isolate->ThrowException(err);
    try_catch.ReThrow();  // past this function's own TryCatch
    return;
  }
  if (!ok) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) try_catch.ReThrow();
    return;
  }
  info.GetReturnValue().Set(result);
}

// contextify.checkSyntax(code, filename): compiles a classic script without
// running it; throws its SyntaxError (the REPL's "is this input complete?").
void CheckSyntax(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  Isolate* isolate = info.GetIsolate();
  ScriptOrigin origin(isolate, info[1].As<String>());
  ScriptCompiler::Source source(info[0].As<String>(), origin);
  TryCatch try_catch(isolate);
  if (ScriptCompiler::Compile(env->context(), &source).IsEmpty()) RethrowDecorated(env, &try_catch);
}

}  // namespace

MaybeLocal<Function> CompileBuiltin(Env* env, const char* id) {
  Isolate* isolate = env->isolate();
  const builtins::Source* src = builtins::Find(id);
  if (src == nullptr) {
    isolate->ThrowException(v8::Exception::Error(
        Utf8String(isolate, std::string("No such built-in module: ") + id)));
    return {};
  }
  Local<Context> context = env->context();
  std::string name = std::string("node:") + id;
  ScriptOrigin origin(isolate, Utf8String(isolate, name));
  ScriptCompiler::CachedData* cached = nullptr;
  for (size_t i = 0; i < builtins::kCodeCacheCount; i++) {
    if (strcmp(builtins::kCodeCache[i].id, id) == 0) {
      cached = new ScriptCompiler::CachedData(builtins::kCodeCache[i].data,
                                              static_cast<int>(builtins::kCodeCache[i].size),
                                              ScriptCompiler::CachedData::BufferNotOwned);
      break;
    }
  }
  // Source takes ownership of `cached`. A cache V8 rejects (other flags, say)
  // just means a normal compile.
  ScriptCompiler::Source source(SourceString(isolate, src), origin, cached);
  Local<String> params[6];
  for (int i = 0; i < 6; i++) params[i] = OneByteString(isolate, kBuiltinParams[i]);
  MaybeLocal<Function> fn = ScriptCompiler::CompileFunction(
      context, &source, 6, params, 0, nullptr,
      cached != nullptr ? ScriptCompiler::kConsumeCodeCache : ScriptCompiler::kNoCompileOptions);
  // EDDY_DEBUG_CACHE=1 says which lib/ files could not use the code cache
  // (V8 rejects it when flags differ from the build's, e.g. --jitless).
  static const bool debug_cache = getenv("EDDY_DEBUG_CACHE") != nullptr;
  if (cached != nullptr && debug_cache && source.GetCachedData()->rejected)
    fprintf(stderr, "eddy: code cache rejected for %s\n", id);
  Local<Function> compiled;
  if (builtins::g_recorder != nullptr && fn.ToLocal(&compiled)) (*builtins::g_recorder)[id].Reset(isolate, compiled);
  return fn;
}

}  // namespace eddy

EDDY_BINDING(builtins) {
  using namespace eddy;
  Local<Context> context = env->context();
  SetMethod(context, target, "compileFunction", CompileFunctionJS);
  SetMethod(context, target, "hasBuiltin", HasBuiltin);
  SetMethod(context, target, "builtinIds", BuiltinIds);
}

EDDY_BINDING(contextify) {
  using namespace eddy;
  Local<Context> context = env->context();
  SetMethod(context, target, "compileFunction", CompileUserFunction);
  SetMethod(context, target, "runScript", RunScript);
  SetMethod(context, target, "checkSyntax", CheckSyntax);
}
