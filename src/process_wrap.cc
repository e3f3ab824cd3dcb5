// process_wrap.cc — internalBinding('process_wrap'): child processes over
// uv_spawn, for lib/child_process.js.
//
//  - Process: a uv_process_t as a handle (handle_wrap.h rules). JS makes the
//    object, spawn(options) starts the child; the handle then calls
//    this.onexit(exitStatus, termSignal) once, and JS closes it. A failed
//    spawn leaves the handle initialised too, so JS closes it either way.
//    Stdio pipes are pipe_wrap Pipe handles that JS made; uv_spawn connects
//    them (a socketpair per pipe) and they stay owned by their own wrappers.
//  - spawnSync(options): the whole life of a child on a private loop, run to
//    completion here: feeds `input`, collects what the child writes, kills it
//    on timeout or when the output passes maxBuffer. Nothing of it outlives
//    the call, so it never touches the Env's loop or its handle list.
//
// The options object both take (lib/child_process.js builds it; must match):
//   file, args[], envPairs[] ("K=V"), cwd, detached, uid, gid,
//   stdio[]: { type: 'ignore' | 'pipe' | 'fd', handle (Pipe, async pipe),
//              fd (type 'fd'), input (Uint8Array, sync pipe) }
//   sync only: timeout (ms, 0 none), maxBuffer (bytes, Infinity none),
//              killSignal (number)
#include <signal.h>

#include <memory>
#include <string>
#include <vector>

#include "binding_list.h"
#include "env.h"
#include "handle_wrap.h"
#include "stream_wrap.h"

namespace eddy {

using v8::Array;
using v8::ArrayBuffer;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::Uint8Array;
using v8::Value;

namespace {

Local<Value> Get(Local<Context> context, Local<Object> obj, const char* key) {
  return obj->Get(context, OneByteString(context->GetIsolate(), key)).ToLocalChecked();
}

// The parts of uv_process_options_t that need storage of their own: the
// strings and the char* arrays pointing into them live as long as this.
struct SpawnOptions {
  uv_process_options_t uv{};
  std::string file, cwd;
  std::vector<std::string> args, env;
  std::vector<char*> argv, envp;
  std::vector<uv_stdio_container_t> stdio;
  std::vector<std::string> stdio_types;

  static std::vector<std::string> Strings(Local<Context> context, Local<Value> v) {
    std::vector<std::string> out;
    if (!v->IsArray()) return out;
    Local<Array> a = v.As<Array>();
    for (uint32_t i = 0; i < a->Length(); i++)
      out.push_back(ToStdString(context->GetIsolate(), a->Get(context, i).ToLocalChecked()));
    return out;
  }

  // Reads `options`; stdio pipes are filled in by the caller (they differ
  // between the async and the sync path).
  void Parse(Local<Context> context, Local<Object> options) {
    Isolate* isolate = context->GetIsolate();
    file = ToStdString(isolate, Get(context, options, "file"));
    args = Strings(context, Get(context, options, "args"));
    for (auto& s : args) argv.push_back(&s[0]);
    argv.push_back(nullptr);
    Local<Value> env_pairs = Get(context, options, "envPairs");
    if (env_pairs->IsArray()) {
      env = Strings(context, env_pairs);
      for (auto& s : env) envp.push_back(&s[0]);
      envp.push_back(nullptr);
      uv.env = envp.data();
    }
    Local<Value> cwd_v = Get(context, options, "cwd");
    if (cwd_v->IsString()) {
      cwd = ToStdString(isolate, cwd_v);
      if (!cwd.empty()) uv.cwd = cwd.c_str();
    }
    uv.file = file.c_str();
    uv.args = argv.data();
    if (Get(context, options, "detached")->IsTrue()) uv.flags |= UV_PROCESS_DETACHED;
    Local<Value> uid = Get(context, options, "uid");
    if (uid->IsInt32()) {
      uv.flags |= UV_PROCESS_SETUID;
      uv.uid = static_cast<uv_uid_t>(uid.As<Integer>()->Value());
    }
    Local<Value> gid = Get(context, options, "gid");
    if (gid->IsInt32()) {
      uv.flags |= UV_PROCESS_SETGID;
      uv.gid = static_cast<uv_gid_t>(gid.As<Integer>()->Value());
    }
    Local<Value> stdio_v = Get(context, options, "stdio");
    uint32_t n = stdio_v->IsArray() ? stdio_v.As<Array>()->Length() : 0;
    stdio.resize(n);
    stdio_types.resize(n);
    for (uint32_t i = 0; i < n; i++) {
      Local<Object> s = stdio_v.As<Array>()->Get(context, i).ToLocalChecked().As<Object>();
      stdio_types[i] = ToStdString(isolate, Get(context, s, "type"));
      if (stdio_types[i] == "fd") {
        stdio[i].flags = UV_INHERIT_FD;
        stdio[i].data.fd = Get(context, s, "fd")->Int32Value(context).FromMaybe(-1);
      } else {
        stdio[i].flags = UV_IGNORE;  // 'pipe' is set up by the caller
      }
    }
    uv.stdio = stdio.data();
    uv.stdio_count = static_cast<int>(n);
  }
};

constexpr int kPipeFlags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;

// --- Process: the async handle ----------------------------------------------

class ProcessWrap : public HandleWrap {
 public:
  ProcessWrap(Env* env, Local<Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&process_)) {}

  // new Process(): the wrapper is made by spawn(), since a uv_process_t only
  // becomes a handle inside uv_spawn (closing one that never went through it
  // would be wrong).
  static void New(const FunctionCallbackInfo<Value>& info) {
    info.This()->SetAlignedPointerInInternalField(0, nullptr);
  }

  // spawn(options) → 0 or a negative errno; sets this.pid on success.
  static void Spawn(const FunctionCallbackInfo<Value>& info) {
    Env* env = Env::From(info);
    Isolate* isolate = info.GetIsolate();
    Local<Context> context = env->context();
    if (HandleWrap::Unwrap(info.This()) != nullptr) return info.GetReturnValue().Set(UV_EINVAL);
    SpawnOptions opts;
    Local<Object> options = info[0].As<Object>();
    opts.Parse(context, options);
    Local<Array> stdio = Get(context, options, "stdio").As<Array>();
    for (size_t i = 0; i < opts.stdio.size(); i++) {
      if (opts.stdio_types[i] != "pipe") continue;
      Local<Object> s = stdio->Get(context, i).ToLocalChecked().As<Object>();
      StreamWrap* pipe = StreamWrap::FromObject(Get(context, s, "handle"));
      if (pipe == nullptr) return info.GetReturnValue().Set(UV_EINVAL);
      opts.stdio[i].flags = static_cast<uv_stdio_flags>(kPipeFlags);
      opts.stdio[i].data.stream = pipe->stream();
    }
    opts.uv.exit_cb = OnExit;
    auto* wrap = new ProcessWrap(env, info.This());
    int err = uv_spawn(env->loop(), &wrap->process_, &opts.uv);
    if (err == 0) {
      info.This()->Set(context, OneByteString(isolate, "pid"),
                       Integer::New(isolate, wrap->process_.pid)).Check();
    }
    info.GetReturnValue().Set(err);
  }

  // kill(signal) → 0 or a negative errno
  static void Kill(const FunctionCallbackInfo<Value>& info) {
    auto* wrap = static_cast<ProcessWrap*>(HandleWrap::Unwrap(info.This()));
    if (wrap == nullptr || wrap->IsClosing()) return info.GetReturnValue().Set(UV_ESRCH);
    int sig = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(SIGTERM);
    info.GetReturnValue().Set(uv_process_kill(&wrap->process_, sig));
  }

 private:
  static void OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
    auto* wrap = static_cast<ProcessWrap*>(process->data);
    Env* env = wrap->env();
    if (env->exiting()) return;
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    Local<Object> obj = wrap->object();
    Local<Value> cb;
    if (!obj->Get(env->context(), OneByteString(isolate, "onexit")).ToLocal(&cb) ||
        !cb->IsFunction())
      return;
    Local<Value> argv[] = {Number::New(isolate, static_cast<double>(exit_status)),
                           Integer::New(isolate, term_signal)};
    env->MakeCallback(obj, cb.As<v8::Function>(), 2, argv);
  }

  uv_process_t process_;
};

// --- spawnSync ---------------------------------------------------------------

class SyncRunner {
 public:
  struct Pipe {
    uv_pipe_t handle;
    SyncRunner* runner;
    std::vector<char> input, output;
    bool has_input = false, read = false, closed = false;
    uv_write_t write_req;
    uv_shutdown_t shutdown_req;
  };

  ~SyncRunner() {
    for (auto& p : pipes_) CloseHandle(reinterpret_cast<uv_handle_t*>(&p->handle), &p->closed);
    if (timer_started_) CloseHandle(reinterpret_cast<uv_handle_t*>(&timer_), &timer_closed_);
    if (spawned_ && !process_closed_)
      CloseHandle(reinterpret_cast<uv_handle_t*>(&process_), &process_closed_);
    uv_run(&loop_, UV_RUN_DEFAULT);
    uv_loop_close(&loop_);
  }

  Local<Object> Run(Local<Context> context, Local<Object> options) {
    Isolate* isolate = context->GetIsolate();
    uv_loop_init(&loop_);
    SpawnOptions opts;
    opts.Parse(context, options);
    double timeout = Get(context, options, "timeout")->NumberValue(context).FromMaybe(0);
    max_buffer_ = Get(context, options, "maxBuffer")->NumberValue(context).FromMaybe(0);
    kill_signal_ = Get(context, options, "killSignal")->Int32Value(context).FromMaybe(SIGTERM);
    Local<Array> stdio = Get(context, options, "stdio").As<Array>();
    std::vector<Pipe*> by_index(opts.stdio.size(), nullptr);
    for (size_t i = 0; i < opts.stdio.size(); i++) {
      if (opts.stdio_types[i] != "pipe") continue;
      auto p = std::make_unique<Pipe>();
      p->runner = this;
      uv_pipe_init(&loop_, &p->handle, 0);
      p->handle.data = p.get();
      Local<Value> input = Get(context, stdio->Get(context, i).ToLocalChecked().As<Object>(), "input");
      if (input->IsArrayBufferView()) {
        auto view = input.As<v8::ArrayBufferView>();
        p->input.resize(view->ByteLength());
        view->CopyContents(p->input.data(), p->input.size());
        p->has_input = true;
      }
      p->read = i != 0 && !p->has_input;
      opts.stdio[i].flags = static_cast<uv_stdio_flags>(kPipeFlags);
      opts.stdio[i].data.stream = reinterpret_cast<uv_stream_t*>(&p->handle);
      by_index[i] = p.get();
      pipes_.push_back(std::move(p));
    }
    opts.uv.exit_cb = OnExit;
    process_.data = this;
    int err = uv_spawn(&loop_, &process_, &opts.uv);
    spawned_ = true;  // the handle is initialised even when the spawn failed
    if (err != 0) {
      error_ = err;
    } else {
      for (auto& p : pipes_) StartPipe(p.get());
      if (timeout > 0) {
        uv_timer_init(&loop_, &timer_);
        timer_.data = this;
        timer_started_ = true;
        uv_timer_start(&timer_, OnTimeout, static_cast<uint64_t>(timeout), 0);
      }
      uv_run(&loop_, UV_RUN_DEFAULT);
    }

    Local<Object> result = Object::New(isolate);
    SetValue(context, result, "error", Integer::New(isolate, error_));
    if (err == 0) {
      SetValue(context, result, "pid", Integer::New(isolate, process_.pid));
      SetValue(context, result, "status", Number::New(isolate, static_cast<double>(exit_status_)));
      SetValue(context, result, "signal", Integer::New(isolate, term_signal_));
      Local<Array> output = Array::New(isolate, static_cast<int>(by_index.size()));
      for (size_t i = 0; i < by_index.size(); i++) {
        Local<Value> v = v8::Null(isolate);
        if (by_index[i] != nullptr && by_index[i]->read) {
          const std::vector<char>& out = by_index[i]->output;
          Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, out.size());
          if (!out.empty()) memcpy(ab->GetBackingStore()->Data(), out.data(), out.size());
          v = Uint8Array::New(ab, 0, out.size());
        }
        output->Set(context, static_cast<uint32_t>(i), v).Check();
      }
      SetValue(context, result, "output", output);
    }
    return result;
  }

 private:
  void CloseHandle(uv_handle_t* h, bool* closed) {
    if (*closed || uv_is_closing(h)) return;
    *closed = true;
    uv_close(h, nullptr);
  }

  void StartPipe(Pipe* p) {
    auto* stream = reinterpret_cast<uv_stream_t*>(&p->handle);
    if (p->has_input && !p->input.empty()) {
      uv_buf_t buf = uv_buf_init(p->input.data(), static_cast<unsigned>(p->input.size()));
      p->write_req.data = p;
      if (uv_write(&p->write_req, stream, &buf, 1, AfterWrite) != 0) ClosePipe(p);
      return;
    }
    if (!p->read) {
      // Nothing to write: end the child's side so it sees EOF.
      p->shutdown_req.data = p;
      if (uv_shutdown(&p->shutdown_req, stream, AfterShutdown) != 0) ClosePipe(p);
      return;
    }
    uv_read_start(stream, OnAlloc, OnRead);
  }

  void ClosePipe(Pipe* p) { CloseHandle(reinterpret_cast<uv_handle_t*>(&p->handle), &p->closed); }

  // Ends the child: on timeout or too much output.
  void Kill(int error) {
    if (killed_) return;
    killed_ = true;
    if (error_ == 0) error_ = error;
    if (!exited_) uv_process_kill(&process_, kill_signal_);
    if (exited_) CloseAll();
  }

  // After the child is gone (and it was killed): stop waiting on the pipes
  // (a grandchild might hold them open).
  void CloseAll() {
    for (auto& p : pipes_) ClosePipe(p.get());
    if (timer_started_) CloseHandle(reinterpret_cast<uv_handle_t*>(&timer_), &timer_closed_);
  }

  static void AfterWrite(uv_write_t* req, int status) {
    auto* p = static_cast<Pipe*>(req->data);
    if (status != 0 || p->closed) return p->runner->ClosePipe(p);
    p->shutdown_req.data = p;
    if (uv_shutdown(&p->shutdown_req, reinterpret_cast<uv_stream_t*>(&p->handle), AfterShutdown) != 0)
      p->runner->ClosePipe(p);
  }
  static void AfterShutdown(uv_shutdown_t* req, int status) {
    auto* p = static_cast<Pipe*>(req->data);
    p->runner->ClosePipe(p);
  }
  static void OnAlloc(uv_handle_t* h, size_t suggested, uv_buf_t* buf) {
    static thread_local char scratch[65536];
    *buf = uv_buf_init(scratch, sizeof(scratch));
  }
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
    auto* p = static_cast<Pipe*>(stream->data);
    SyncRunner* r = p->runner;
    if (nread < 0) return r->ClosePipe(p);
    p->output.insert(p->output.end(), buf->base, buf->base + nread);
    r->total_output_ += static_cast<double>(nread);
    if (r->total_output_ > r->max_buffer_) r->Kill(UV_ENOBUFS);
  }
  static void OnTimeout(uv_timer_t* timer) {
    static_cast<SyncRunner*>(timer->data)->Kill(UV_ETIMEDOUT);
  }
  static void OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
    auto* r = static_cast<SyncRunner*>(process->data);
    r->exited_ = true;
    r->exit_status_ = exit_status;
    r->term_signal_ = term_signal;
    r->CloseHandle(reinterpret_cast<uv_handle_t*>(&r->process_), &r->process_closed_);
    if (r->timer_started_) r->CloseHandle(reinterpret_cast<uv_handle_t*>(&r->timer_), &r->timer_closed_);
    if (r->killed_) r->CloseAll();
  }

  uv_loop_t loop_;
  uv_process_t process_;
  uv_timer_t timer_;
  std::vector<std::unique_ptr<Pipe>> pipes_;
  bool spawned_ = false, process_closed_ = false, timer_started_ = false, timer_closed_ = false;
  bool exited_ = false, killed_ = false;
  int error_ = 0;
  int64_t exit_status_ = 0;
  int term_signal_ = 0;
  int kill_signal_ = SIGTERM;
  double max_buffer_ = 0, total_output_ = 0;
};

void SpawnSync(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  SyncRunner runner;
  info.GetReturnValue().Set(runner.Run(context, info[0].As<Object>()));
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(process_wrap) {
  using namespace eddy;
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<FunctionTemplate> tmpl = HandleWrap::NewTemplate(isolate, "Process", ProcessWrap::New);
  auto proto = tmpl->PrototypeTemplate();
  proto->Set(isolate, "spawn", FunctionTemplate::New(isolate, ProcessWrap::Spawn));
  proto->Set(isolate, "kill", FunctionTemplate::New(isolate, ProcessWrap::Kill));
  SetValue(context, target, "Process", tmpl->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "spawnSync", SpawnSync);
}
