// fs.cc — internalBinding('fs'): every file-system operation of the fs module
// (see doc/internals.md for the interface), FSEvent (fs.watch) and
// StatWatcher (fs.watchFile).
//
// One request shape: an FsReq owns a uv_fs_t, the strings and buffers the
// operation uses, and (async) the JS callback. Called with a callback as its
// last argument, an operation runs on libuv's thread pool and the callback is
// called through Env::MakeCallback in the poll phase with (err, result);
// with `true` in its place (fs.promises), the operation returns a promise
// that C++ settles in the poll phase, with no JS closures per request;
// without either, the same code runs synchronously and returns the result or
// throws node's system error. Every binding function below is: parse the
// arguments into an FsReq, then Dispatch() with the one libuv call.
// Operations libuv has no single call for (recursive mkdir, readFile,
// writeFile) run as one thread-pool job each.
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "binding_list.h"
#include "env.h"
#include "handle_wrap.h"
#include "large_alloc.h"
#include "parallel.h"
#include "work_pool.h"
#include "string_bytes.h"

namespace eddy {

using v8::Array;
using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::BackingStore;
using v8::BigInt64Array;
using v8::Context;
using v8::Float64Array;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::String;
using v8::Uint8Array;
using v8::Value;

namespace {

constexpr int kStatFields = 18;  // lib/internal/fs/utils.js: must match

template <typename T>
void FillStats(T* f, const uv_stat_t* s) {
  f[0] = static_cast<T>(s->st_dev);
  f[1] = static_cast<T>(s->st_mode);
  f[2] = static_cast<T>(s->st_nlink);
  f[3] = static_cast<T>(s->st_uid);
  f[4] = static_cast<T>(s->st_gid);
  f[5] = static_cast<T>(s->st_rdev);
  f[6] = static_cast<T>(s->st_blksize);
  f[7] = static_cast<T>(s->st_ino);
  f[8] = static_cast<T>(s->st_size);
  f[9] = static_cast<T>(s->st_blocks);
  f[10] = static_cast<T>(s->st_atim.tv_sec);
  f[11] = static_cast<T>(s->st_atim.tv_nsec);
  f[12] = static_cast<T>(s->st_mtim.tv_sec);
  f[13] = static_cast<T>(s->st_mtim.tv_nsec);
  f[14] = static_cast<T>(s->st_ctim.tv_sec);
  f[15] = static_cast<T>(s->st_ctim.tv_nsec);
  f[16] = static_cast<T>(s->st_birthtim.tv_sec);
  f[17] = static_cast<T>(s->st_birthtim.tv_nsec);
}

Local<Value> StatsArray(Isolate* isolate, const uv_stat_t* s, bool bigint) {
  if (bigint) {
    Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, kStatFields * sizeof(int64_t));
    FillStats(static_cast<int64_t*>(ab->Data()), s);
    return BigInt64Array::New(ab, 0, kStatFields);
  }
  // A plain array, not a Float64Array: most fields are small integers
  // (Smis, no allocation each), and an ArrayBuffer per result is what made
  // 10k concurrent stats GC-bound.
  double f[kStatFields];
  FillStats(f, s);
  Local<Value> values[kStatFields];
  for (int i = 0; i < kStatFields; i++) values[i] = v8::Number::New(isolate, f[i]);
  return Array::New(isolate, values, kStatFields);
}

// A path: a string (UTF-8), or — for a name that isn't valid UTF-8, which JS
// keeps as a Buffer — its bytes as they are.
std::string PathArg(const FunctionCallbackInfo<Value>& info, int i) {
  if (info[i]->IsArrayBufferView()) {
    Local<v8::ArrayBufferView> view = info[i].As<v8::ArrayBufferView>();
    const char* p = reinterpret_cast<const char*>(string_bytes::ViewData(view));
    return std::string(p, view->ByteLength());
  }
  return ToStdString(info.GetIsolate(), info[i]);
}

// A directory entry's name for JS: a string, or its bytes (a Uint8Array)
// when they aren't UTF-8, so `encoding: 'buffer'` can give them back exactly.
Local<Value> NameValue(Isolate* isolate, const char* name) {
  size_t len = strlen(name);
  if (string_bytes::IsValidUtf8(reinterpret_cast<const uint8_t*>(name), len)) {
    return Utf8String(isolate, name);
  }
  Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, len);
  memcpy(ab->GetBackingStore()->Data(), name, len);
  return v8::Uint8Array::New(ab, 0, len);
}

int32_t IntArg(const FunctionCallbackInfo<Value>& info, int i) {
  return info[i]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

int64_t Int64Arg(const FunctionCallbackInfo<Value>& info, int i) {
  if (info[i]->IsBigInt()) return info[i].As<v8::BigInt>()->Int64Value();
  return info[i]->IntegerValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
}

double NumberArg(const FunctionCallbackInfo<Value>& info, int i) {
  return info[i]->NumberValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

// A failed fs.promises request: lib's `settle` gives the error its stack,
// which must run as a promise reaction so that V8 finds the awaiting async
// functions (the frames node shows: "at async Object.stat ..."). The
// returned promise follows inner.catch(settle) instead of being rejected
// directly; a success resolves it at once, so a successful request costs no
// extra promise or microtask (a third of 10k concurrent stats went to the
// `.then(undefined, settle)` every call made before). The order matters:
// resolving first attaches the returned promise to `chained` before settle
// throws, so no rejection is ever seen unhandled on the way.
void RejectThroughSettle(Env* env, Local<v8::Promise::Resolver> r, Local<Value> err) {
  Local<Context> context = env->context();
  Local<v8::Promise::Resolver> inner;
  Local<v8::Promise> chained;
  if (!v8::Promise::Resolver::New(context).ToLocal(&inner) ||
      !inner->GetPromise()
           ->Catch(context, env->fs_promise_settle.Get(env->isolate()))
           .ToLocal(&chained)) {
    (void)r->Reject(context, err).FromMaybe(false);
    return;
  }
  (void)r->Resolve(context, chained).FromMaybe(false);
  (void)inner->Reject(context, err).FromMaybe(false);
}

// How an asynchronous request reports back: a JS callback called with
// (err, result), or a promise returned when the request starts (lib/ passes
// `true` where the callback would be). Settled through the door into JS, so
// nextTicks and microtasks drain after each completion as after a callback.
struct Completion {
  v8::Global<Function> callback;
  v8::Global<v8::Promise::Resolver> resolver;
  // The callback's async context frame (a promise carries its own).
  v8::Global<Value> frame;

  // false: neither a callback nor `true`, so the caller runs synchronously.
  bool Begin(const FunctionCallbackInfo<Value>& info, int index) {
    Isolate* isolate = info.GetIsolate();
    if (info[index]->IsFunction()) {
      callback.Reset(isolate, info[index].As<Function>());
      Env::From(info)->CaptureAsyncFrame(&frame);
      return true;
    }
    if (!info[index]->IsTrue()) return false;
    Local<v8::Promise::Resolver> r;
    if (!v8::Promise::Resolver::New(isolate->GetCurrentContext()).ToLocal(&r)) return false;
    resolver.Reset(isolate, r);
    info.GetReturnValue().Set(r->GetPromise());
    return true;
  }
  bool async() const { return !callback.IsEmpty() || !resolver.IsEmpty(); }

  // `err` empty: success with `result`. Consumes the completion.
  void Settle(Env* env, Local<Value> err, Local<Value> result) {
    Isolate* isolate = env->isolate();
    if (!resolver.IsEmpty()) {
      Local<v8::Promise::Resolver> r = resolver.Get(isolate);
      resolver.Reset();
      Env::CallbackScope scope(env);
      // Nothing only while execution is being terminated: then nobody waits.
      if (err.IsEmpty()) {
        (void)r->Resolve(env->context(), result).FromMaybe(false);
      } else if (!env->fs_promise_settle.IsEmpty()) {
        RejectThroughSettle(env, r, err);
      } else {
        (void)r->Reject(env->context(), err).FromMaybe(false);
      }
      return;
    }
    Local<Value> argv[2] = {err.IsEmpty() ? v8::Null(isolate).As<Value>() : err, result};
    Local<Function> cb = callback.Get(isolate);
    callback.Reset();
    env->MakeCallback(env->context()->Global(), cb, err.IsEmpty() ? 2 : 1, argv,
                      frame.Get(isolate));
  }
};

class FsReq;
using ResultFn = Local<Value> (*)(Isolate* isolate, FsReq* req);

class FsReq {
 public:
  FsReq(Env* env, const char* syscall, ResultFn result_fn)
      : env(env), syscall(syscall), result_fn(result_fn) {
    req.data = this;
  }
  ~FsReq() { uv_fs_req_cleanup(&req); }

  uv_fs_t req;
  Env* env;
  const char* syscall;
  ResultFn result_fn;
  std::string path;
  std::string dest;
  bool has_path = false;
  bool has_dest = false;
  bool bigint = false;
  bool with_types = false;
  std::vector<uv_buf_t> bufs;
  v8::Global<Value> keep_alive;  // the JS buffers bufs point into
  Completion completion;

  Local<Value> Error(Isolate* isolate, int err) {
    return UVException(isolate, err, syscall, has_path ? path.c_str() : nullptr,
                       has_dest ? dest.c_str() : nullptr);
  }
};

// Completes a finished request (an FsReq or a Job) in the poll phase: its
// error or result is made, the request is freed before any JS runs, then
// the callback or promise is settled. `outcome(isolate, &error, &result)`.
template <typename Req, typename Outcome>
void Finish(std::unique_ptr<Req> req, Outcome outcome) {
  Env* env = req->env;
  if (env->exiting()) return;
  Isolate* isolate = env->isolate();
  HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  Local<Value> error;
  Local<Value> result = v8::Undefined(isolate);
  outcome(isolate, req.get(), &error, &result);
  Completion completion = std::move(req->completion);
  req.reset();
  completion.Settle(env, error, result);
}

void CallBack(FsReq* req_ptr, int err) {
  Finish(std::unique_ptr<FsReq>(req_ptr),
         [err](Isolate* isolate, FsReq* req, Local<Value>* error, Local<Value>* result) {
           if (err < 0) {
             *error = req->Error(isolate, err);
           } else if (req->result_fn) {
             *result = req->result_fn(isolate, req);
           }
         });
}

// An asynchronous request on eddy's thread pool (work_pool.h): the libuv
// call runs there in its synchronous form (no callback), and the request
// completes in the poll phase.
template <typename Call>
class FsWork : public PoolWork {
 public:
  FsWork(FsReq* req, Call call) : req_(req), call_(std::move(call)) {}
  void Run() override {
    int r = call_(req_->env->loop(), &req_->req, nullptr);
    req_->req.result = r;
  }
  void Done() override {
    FsReq* req = req_;
    delete this;
    CallBack(req, req->req.result < 0 ? static_cast<int>(req->req.result) : 0);
  }

 private:
  FsReq* req_;
  Call call_;
};

// Runs `call(loop, uv_req, nullptr)` synchronously (returns or throws) or,
// with a callback (or `true`) at info[cb_index], on the thread pool; errors
// then always arrive asynchronously, as node's do. `call` is kept until the
// work runs, so it holds copies of what it uses.
template <typename Call>
void Dispatch(const FunctionCallbackInfo<Value>& info, int cb_index, FsReq* req_ptr, Call call) {
  std::unique_ptr<FsReq> req(req_ptr);
  Env* env = req->env;
  Isolate* isolate = info.GetIsolate();
  if (req->completion.Begin(info, cb_index)) {
    env->work_port()->Submit(new FsWork<Call>(req.release(), std::move(call)));
    return;
  }
  int err = call(env->loop(), &req->req, nullptr);
  if (err < 0) {
    isolate->ThrowException(req->Error(isolate, err));
    return;
  }
  if (req->result_fn != nullptr) info.GetReturnValue().Set(req->result_fn(isolate, req.get()));
}

// --- results ------------------------------------------------------------------
Local<Value> ResultInt(Isolate* isolate, FsReq* r) {
  return v8::Number::New(isolate, static_cast<double>(r->req.result));
}
Local<Value> ResultStat(Isolate* isolate, FsReq* r) {
  if (r->completion.async()) return StatsArray(isolate, &r->req.statbuf, r->bigint);
  // Synchronous: the caller reads the values before anything else runs, so
  // one shared array per kind serves every statSync.
  Env* env = r->env;
  if (r->bigint) {
    if (env->fs_bigint_stat_values.IsEmpty())
      env->fs_bigint_stat_values.Reset(
          isolate, BigInt64Array::New(ArrayBuffer::New(isolate, kStatFields * 8), 0, kStatFields));
    Local<BigInt64Array> arr = env->fs_bigint_stat_values.Get(isolate);
    FillStats(static_cast<int64_t*>(arr->Buffer()->Data()), &r->req.statbuf);
    return arr;
  }
  if (env->fs_stat_values.IsEmpty())
    env->fs_stat_values.Reset(
        isolate, Float64Array::New(ArrayBuffer::New(isolate, kStatFields * 8), 0, kStatFields));
  Local<Float64Array> arr = env->fs_stat_values.Get(isolate);
  FillStats(static_cast<double*>(arr->Buffer()->Data()), &r->req.statbuf);
  return arr;
}
Local<Value> ResultPtrString(Isolate* isolate, FsReq* r) {
  return Utf8String(isolate, static_cast<const char*>(r->req.ptr));
}
Local<Value> ResultReqPath(Isolate* isolate, FsReq* r) {
  return Utf8String(isolate, r->req.path != nullptr ? r->req.path : "");
}
Local<Value> ResultStatfs(Isolate* isolate, FsReq* r) {
  const uv_statfs_t* s = static_cast<const uv_statfs_t*>(r->req.ptr);
  uint64_t v[7] = {s->f_type, s->f_bsize, s->f_blocks, s->f_bfree, s->f_bavail, s->f_files,
                   s->f_ffree};
  Local<Value> out[7];
  for (int i = 0; i < 7; i++) {
    out[i] = r->bigint ? v8::BigInt::NewFromUnsigned(isolate, v[i]).As<Value>()
                       : v8::Number::New(isolate, static_cast<double>(v[i])).As<Value>();
  }
  return Array::New(isolate, out, 7);
}
Local<Value> ResultScandir(Isolate* isolate, FsReq* r) {
  Local<Context> context = isolate->GetCurrentContext();
  Local<Array> names = Array::New(isolate);
  Local<Array> types = Array::New(isolate);
  uv_dirent_t ent;
  uint32_t i = 0;
  while (uv_fs_scandir_next(&r->req, &ent) != UV_EOF) {
    names->Set(context, i, NameValue(isolate, ent.name)).Check();
    if (r->with_types) types->Set(context, i, Integer::New(isolate, ent.type)).Check();
    i++;
  }
  if (!r->with_types) return names;
  Local<Value> pair[] = {names, types};
  return Array::New(isolate, pair, 2);
}

FsReq* NewReq(const FunctionCallbackInfo<Value>& info, const char* syscall, ResultFn fn) {
  return new FsReq(Env::From(info), syscall, fn);
}

FsReq* NewPathReq(const FunctionCallbackInfo<Value>& info, const char* syscall, ResultFn fn,
                  int path_index = 0) {
  FsReq* r = NewReq(info, syscall, fn);
  r->path = PathArg(info, path_index);
  r->has_path = true;
  return r;
}

FsReq* NewPathsReq(const FunctionCallbackInfo<Value>& info, const char* syscall, ResultFn fn) {
  FsReq* r = NewPathReq(info, syscall, fn);
  r->dest = PathArg(info, 1);
  r->has_dest = true;
  return r;
}

// --- the operations -----------------------------------------------------------

void Open(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewPathReq(info, "open", ResultInt);
  int flags = IntArg(info, 1), mode = IntArg(info, 2);
  Dispatch(info, 3, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_open(l, q, r->path.c_str(), flags, mode, cb);
  });
}

void Close(const FunctionCallbackInfo<Value>& info) {
  int fd = IntArg(info, 0);
  Dispatch(info, 1, NewReq(info, "close", nullptr), [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_close(l, q, fd, cb);
  });
}

// read/write(fd, buffer, offset, length, position, cb?)
template <bool kWrite>
void ReadWrite(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewReq(info, kWrite ? "write" : "read", ResultInt);
  int fd = IntArg(info, 0);
  Local<ArrayBufferView> view = info[1].As<ArrayBufferView>();
  size_t offset = static_cast<size_t>(Int64Arg(info, 2));
  size_t length = static_cast<size_t>(Int64Arg(info, 3));
  int64_t position = Int64Arg(info, 4);
  char* base = reinterpret_cast<char*>(string_bytes::ViewData(view));
  r->bufs.push_back(uv_buf_init(base + offset, static_cast<unsigned>(length)));
  r->keep_alive.Reset(info.GetIsolate(), info[1]);
  Dispatch(info, 5, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return kWrite ? uv_fs_write(l, q, fd, r->bufs.data(), 1, position, cb)
                  : uv_fs_read(l, q, fd, r->bufs.data(), 1, position, cb);
  });
}

// readv/writev(fd, buffers, position, cb?)
template <bool kWrite>
void ReadWriteV(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewReq(info, kWrite ? "write" : "read", ResultInt);
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  int fd = IntArg(info, 0);
  Local<Array> list = info[1].As<Array>();
  for (uint32_t i = 0; i < list->Length(); i++) {
    Local<Value> v;
    if (!list->Get(context, i).ToLocal(&v) || !v->IsArrayBufferView()) continue;
    Local<ArrayBufferView> view = v.As<ArrayBufferView>();
    r->bufs.push_back(uv_buf_init(reinterpret_cast<char*>(string_bytes::ViewData(view)),
                                  static_cast<unsigned>(view->ByteLength())));
  }
  r->keep_alive.Reset(info.GetIsolate(), info[1]);
  int64_t position = Int64Arg(info, 2);
  Dispatch(info, 3, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    unsigned n = static_cast<unsigned>(r->bufs.size());
    return kWrite ? uv_fs_write(l, q, fd, r->bufs.data(), n, position, cb)
                  : uv_fs_read(l, q, fd, r->bufs.data(), n, position, cb);
  });
}

// stat(path, bigint, cb?) and lstat(path, bigint, cb?)
template <bool kLink>
void PathStat(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewPathReq(info, kLink ? "lstat" : "stat", ResultStat);
  r->bigint = info[1]->IsTrue();
  Dispatch(info, 2, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return kLink ? uv_fs_lstat(l, q, r->path.c_str(), cb) : uv_fs_stat(l, q, r->path.c_str(), cb);
  });
}

void FStat(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewReq(info, "fstat", ResultStat);
  int fd = IntArg(info, 0);
  r->bigint = info[1]->IsTrue();
  Dispatch(info, 2, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_fstat(l, q, fd, cb);
  });
}

void StatFs(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewPathReq(info, "statfs", ResultStatfs);
  r->bigint = info[1]->IsTrue();
  Dispatch(info, 2, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_statfs(l, q, r->path.c_str(), cb);
  });
}

void ReadDir(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewPathReq(info, "scandir", ResultScandir);
  r->with_types = info[1]->IsTrue();
  Dispatch(info, 2, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_scandir(l, q, r->path.c_str(), 0, cb);
  });
}

void MkdTemp(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewReq(info, "mkdtemp", ResultReqPath);
  r->path = PathArg(info, 0) + "XXXXXX";
  r->has_path = true;
  Dispatch(info, 1, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_mkdtemp(l, q, r->path.c_str(), cb);
  });
}

#define PATH_OP(Name, syscall, uvcall, cb_index)                                  \
  void Name(const FunctionCallbackInfo<Value>& info) {                            \
    FsReq* r = NewPathReq(info, syscall, nullptr);                                \
    Dispatch(info, cb_index, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {     \
      return uvcall(l, q, r->path.c_str(), cb);                                   \
    });                                                                           \
  }
PATH_OP(RmDir, "rmdir", uv_fs_rmdir, 1)
PATH_OP(Unlink, "unlink", uv_fs_unlink, 1)
#undef PATH_OP

void ReadLink(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewPathReq(info, "readlink", ResultPtrString);
  Dispatch(info, 1, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_readlink(l, q, r->path.c_str(), cb);
  });
}

void RealPath(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewPathReq(info, "realpath", ResultPtrString);
  Dispatch(info, 1, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_realpath(l, q, r->path.c_str(), cb);
  });
}

void Rename(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewPathsReq(info, "rename", nullptr);
  Dispatch(info, 2, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_rename(l, q, r->path.c_str(), r->dest.c_str(), cb);
  });
}

void Link(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewPathsReq(info, "link", nullptr);
  Dispatch(info, 2, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_link(l, q, r->path.c_str(), r->dest.c_str(), cb);
  });
}

// symlink(target, path, flags): node's error names target as path, path as dest.
void Symlink(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewPathsReq(info, "symlink", nullptr);
  int flags = IntArg(info, 2);
  Dispatch(info, 3, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_symlink(l, q, r->path.c_str(), r->dest.c_str(), flags, cb);
  });
}

void CopyFile(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewPathsReq(info, "copyfile", nullptr);
  int flags = IntArg(info, 2);
  Dispatch(info, 3, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_copyfile(l, q, r->path.c_str(), r->dest.c_str(), flags, cb);
  });
}

void Access(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewPathReq(info, "access", nullptr);
  int mode = IntArg(info, 1);
  Dispatch(info, 2, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_access(l, q, r->path.c_str(), mode, cb);
  });
}

void Chmod(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewPathReq(info, "chmod", nullptr);
  int mode = IntArg(info, 1);
  Dispatch(info, 2, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_chmod(l, q, r->path.c_str(), mode, cb);
  });
}

void FChmod(const FunctionCallbackInfo<Value>& info) {
  int fd = IntArg(info, 0), mode = IntArg(info, 1);
  Dispatch(info, 2, NewReq(info, "fchmod", nullptr), [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_fchmod(l, q, fd, mode, cb);
  });
}

template <int kKind>  // 0 chown, 1 lchown
void ChownPath(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewPathReq(info, kKind == 0 ? "chown" : "lchown", nullptr);
  uv_uid_t uid = static_cast<uv_uid_t>(info[1]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0));
  uv_gid_t gid = static_cast<uv_gid_t>(info[2]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0));
  Dispatch(info, 3, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return kKind == 0 ? uv_fs_chown(l, q, r->path.c_str(), uid, gid, cb)
                      : uv_fs_lchown(l, q, r->path.c_str(), uid, gid, cb);
  });
}

void FChown(const FunctionCallbackInfo<Value>& info) {
  int fd = IntArg(info, 0);
  uv_uid_t uid = static_cast<uv_uid_t>(info[1]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0));
  uv_gid_t gid = static_cast<uv_gid_t>(info[2]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0));
  Dispatch(info, 3, NewReq(info, "fchown", nullptr), [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_fchown(l, q, fd, uid, gid, cb);
  });
}

template <int kKind>  // 0 utime, 1 lutime
void UtimesPath(const FunctionCallbackInfo<Value>& info) {
  FsReq* r = NewPathReq(info, kKind == 0 ? "utime" : "lutime", nullptr);
  double atime = NumberArg(info, 1), mtime = NumberArg(info, 2);
  Dispatch(info, 3, r, [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return kKind == 0 ? uv_fs_utime(l, q, r->path.c_str(), atime, mtime, cb)
                      : uv_fs_lutime(l, q, r->path.c_str(), atime, mtime, cb);
  });
}

void FUtimes(const FunctionCallbackInfo<Value>& info) {
  int fd = IntArg(info, 0);
  double atime = NumberArg(info, 1), mtime = NumberArg(info, 2);
  Dispatch(info, 3, NewReq(info, "futime", nullptr), [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_futime(l, q, fd, atime, mtime, cb);
  });
}

void FTruncate(const FunctionCallbackInfo<Value>& info) {
  int fd = IntArg(info, 0);
  int64_t len = Int64Arg(info, 1);
  Dispatch(info, 2, NewReq(info, "ftruncate", nullptr), [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_ftruncate(l, q, fd, len, cb);
  });
}

void FSync(const FunctionCallbackInfo<Value>& info) {
  int fd = IntArg(info, 0);
  Dispatch(info, 1, NewReq(info, "fsync", nullptr), [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_fsync(l, q, fd, cb);
  });
}

void FDataSync(const FunctionCallbackInfo<Value>& info) {
  int fd = IntArg(info, 0);
  Dispatch(info, 1, NewReq(info, "fdatasync", nullptr), [=](uv_loop_t* l, uv_fs_t* q, uv_fs_cb cb) {
    return uv_fs_fdatasync(l, q, fd, cb);
  });
}

// --- whole jobs on the thread pool ---------------------------------------------

// A job libuv has no single call for: `work` runs on the pool and returns 0
// or a negative errno; `done` makes the JS result on the loop thread.
struct Job {
  Env* env;
  const char* syscall = "";
  std::string path;
  bool has_path = true;
  int err = 0;
  Completion completion;
  v8::Global<Value> keep_alive;
  virtual ~Job() = default;
  virtual int Run() = 0;
  virtual Local<Value> Result(Isolate* isolate) { return v8::Undefined(isolate); }
  Local<Value> Error(Isolate* isolate) {
    return UVException(isolate, err, syscall, has_path ? path.c_str() : nullptr);
  }
};

// A Job on the thread pool, completed in the poll phase.
class JobWork : public PoolWork {
 public:
  explicit JobWork(Job* job) : job_(job) {}
  void Run() override { job_->err = job_->Run(); }
  void Done() override {
    std::unique_ptr<Job> job(job_);
    delete this;
    Finish(std::move(job), [](Isolate* isolate, Job* j, Local<Value>* error, Local<Value>* result) {
      if (j->err < 0) {
        *error = j->Error(isolate);
      } else {
        *result = j->Result(isolate);
      }
    });
  }

 private:
  Job* job_;
};

// Sync: run here; async: on the pool, then call back.
void RunJob(const FunctionCallbackInfo<Value>& info, int cb_index, Job* job_ptr) {
  std::unique_ptr<Job> job(job_ptr);
  Isolate* isolate = info.GetIsolate();
  if (!job->completion.Begin(info, cb_index)) {
    job->err = job->Run();
    if (job->err < 0) {
      isolate->ThrowException(job->Error(isolate));
      return;
    }
    info.GetReturnValue().Set(job->Result(isolate));
    return;
  }
  job->env->work_port()->Submit(new JobWork(job.release()));
}

// mkdir(path, mode, recursive): recursive returns the first directory made.
struct MkdirJob : Job {
  int mode = 0777;
  bool recursive = false;
  std::string first_created;

  int Mkdirp(const std::string& p) {
    if (mkdir(p.c_str(), mode) == 0) {
      if (first_created.empty()) first_created = p;
      return 0;
    }
    int e = errno;
    if (e == EEXIST) {
      struct stat st;
      if (stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return 0;
      return p == path ? -EEXIST : -ENOTDIR;
    }
    if (e != ENOENT) return -e;
    size_t slash = p.find_last_of('/');
    if (slash == std::string::npos || slash == 0) return -ENOENT;
    int err = Mkdirp(p.substr(0, slash));
    if (err < 0) return err;
    // The parent now exists (perhaps made above): make this one.
    if (mkdir(p.c_str(), mode) == 0) {
      if (first_created.empty()) first_created = p.substr(0, slash).empty() ? p : first_created;
      if (first_created.empty()) first_created = p;
      return 0;
    }
    if (errno == EEXIST) {
      struct stat st;
      if (stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return 0;
      return p == path ? -EEXIST : -ENOTDIR;
    }
    return -errno;
  }

  int Run() override {
    if (!recursive) return mkdir(path.c_str(), mode) == 0 ? 0 : -errno;
    std::string p = path;
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    path = p;
    return Mkdirp(p);
  }

  Local<Value> Result(Isolate* isolate) override {
    if (!recursive || first_created.empty()) return v8::Undefined(isolate);
    return Utf8String(isolate, first_created);
  }
};

void Mkdir(const FunctionCallbackInfo<Value>& info) {
  auto* job = new MkdirJob();
  job->env = Env::From(info);
  job->syscall = "mkdir";
  job->path = PathArg(info, 0);
  job->mode = IntArg(info, 1);
  job->recursive = info[2]->IsTrue();
  RunJob(info, 3, job);
}

// writeFile(path, data, flags, mode): open, write everything, close. For a
// plain truncating write the file is opened without O_TRUNC and cut to the
// written length afterwards, which was several times faster here (same
// result once the write has succeeded).
struct WriteFileJob : Job {
  int flags = O_WRONLY | O_CREAT | O_TRUNC;
  int mode = 0666;
  const char* data = nullptr;
  size_t length = 0;

  int Run() override {
    bool trunc_after = (flags & O_TRUNC) && !(flags & O_APPEND);
    int fd = open(path.c_str(), (trunc_after ? flags & ~O_TRUNC : flags) | O_CLOEXEC, mode);
    if (fd < 0) {
      syscall = "open";
      return -errno;
    }
    const char* p = data;
    size_t left = length;
    while (left > 0) {
      ssize_t n = write(fd, p, left);
      if (n < 0) {
        if (errno == EINTR) continue;
        int e = -errno;
        close(fd);
        syscall = "write";
        has_path = false;
        return e;
      }
      p += n;
      left -= static_cast<size_t>(n);
    }
    // Only a file that was longer needs cutting: ftruncate to the length it
    // already has is not free on ext4 (it can wait for the data just
    // written to reach the disk).
    struct stat st;
    if (trunc_after && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
        st.st_size > static_cast<off_t>(length) &&
        ftruncate(fd, static_cast<off_t>(length)) != 0) {
      int e = -errno;
      close(fd);
      syscall = "ftruncate";
      has_path = false;
      return e;
    }
    if (close(fd) != 0) {
      syscall = "close";
      has_path = false;
      return -errno;
    }
    return 0;
  }
};

void WriteFile(const FunctionCallbackInfo<Value>& info) {
  auto* job = new WriteFileJob();
  job->env = Env::From(info);
  job->syscall = "open";
  job->path = PathArg(info, 0);
  Local<ArrayBufferView> view = info[1].As<ArrayBufferView>();
  job->data = reinterpret_cast<const char*>(string_bytes::ViewData(view));
  job->length = view->ByteLength();
  job->keep_alive.Reset(info.GetIsolate(), info[1]);
  job->flags = IntArg(info, 2);
  job->mode = IntArg(info, 3);
  RunJob(info, 4, job);
}

// Reads the first `size` bytes of the regular file `fd` into `data` with
// pread, in `parts` parts read at once (RunParts: the page faults of a big
// fresh destination are most of the time, see parallel.h). *got is how many
// bytes from the start arrived without a gap (fewer than size if the file
// shrank meanwhile).
struct ParallelRead {
  int fd;
  char* data;
  size_t size;
  size_t each;  // bytes a part, a multiple of 4 KiB
  size_t got[4] = {};
  int error[4] = {};

  static void Part(void* ctx, size_t i) {
    ParallelRead* r = static_cast<ParallelRead*>(ctx);
    size_t offset = std::min(r->size, i * r->each);
    size_t length = std::min(r->size - offset, r->each);
    while (r->got[i] < length) {
      ssize_t n = pread(r->fd, r->data + offset + r->got[i], length - r->got[i],
                        static_cast<off_t>(offset + r->got[i]));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        r->error[i] = errno;
        break;
      }
      if (n == 0) break;
      r->got[i] += static_cast<size_t>(n);
    }
  }
};

int ReadParallel(int fd, char* data, size_t size, size_t parts, size_t* got) {
  ParallelRead r{fd, data, size, ((size + parts - 1) / parts + 4095) & ~size_t{4095}};
  RunParts(parts, ParallelRead::Part, &r);
  *got = 0;
  for (size_t i = 0; i < parts; i++) {
    if (r.error[i] != 0) return -r.error[i];
    *got += r.got[i];
    size_t offset = std::min(size, i * r.each);
    if (r.got[i] < std::min(size - offset, r.each)) break;  // the file ended there
  }
  return 0;
}

// readFile(path, cb?) → Uint8Array: open, read into a block sized from
// fstat (grown for files whose size lies, like /proc), close.
struct ReadFileJob : Job {
  char* data = nullptr;
  size_t length = 0;
  size_t cap = 0;  // of `data`, for LargeFree
  ~ReadFileJob() override { LargeFree(data, cap); }

  int Run() override {
    syscall = "open";
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -errno;
    struct stat st;
    cap = 64 * 1024;
    size_t known_size = 0;  // of a regular file
    if (fstat(fd, &st) == 0) {
      if (S_ISDIR(st.st_mode)) {
        close(fd);
        syscall = "read";
        has_path = false;
        return UV_EISDIR;
      }
      if (S_ISREG(st.st_mode) && st.st_size > 0) {
        known_size = static_cast<size_t>(st.st_size);
        cap = known_size + 1;
      }
    }
    // A block sized from fstat (+1 to see EOF without a second grow), read
    // in one call or, when big, in parallel parts (ReadParallel). Ordinary
    // pages: in full benchmark runs here, with other processes between,
    // fresh huge pages made a 100 MiB readFile 2-3x slower as often as they
    // made it faster (large_alloc.h).
    data = static_cast<char*>(LargeAlloc(cap, Pages::kSmall));
    if (data == nullptr) {
      close(fd);
      return UV_ENOMEM;
    }
    size_t parts = ParallelParts(known_size);
    if (parts > 1) {
      int err = ReadParallel(fd, data, known_size, parts, &length);
      // Then on as below from where the parts ended: to EOF, or on through
      // what the file grew by meanwhile.
      if (err == 0 && lseek(fd, static_cast<off_t>(length), SEEK_SET) < 0) err = -errno;
      if (err != 0) {
        close(fd);
        syscall = "read";
        has_path = false;
        return err;
      }
    }
    for (;;) {
      if (length == cap) {
        size_t ncap = cap * 2;
        char* grown = static_cast<char*>(LargeAlloc(ncap, Pages::kSmall));
        if (grown == nullptr) {
          close(fd);
          return UV_ENOMEM;
        }
        memcpy(grown, data, length);
        LargeFree(data, cap);
        data = grown;
        cap = ncap;
      }
      ssize_t n = read(fd, data + length, cap - length);
      if (n < 0) {
        if (errno == EINTR) continue;
        int e = -errno;
        close(fd);
        syscall = "read";
        has_path = false;
        return e;
      }
      if (n == 0) break;
      length += static_cast<size_t>(n);
    }
    close(fd);
    return 0;
  }

  Local<Value> Result(Isolate* isolate) override {
    size_t capacity = cap;
    char* bytes = static_cast<char*>(LargeFit(data, &capacity, length));
    data = nullptr;
    std::unique_ptr<BackingStore> store = ArrayBuffer::NewBackingStore(
        bytes, length,
        [](void* p, size_t, void* c) { LargeFree(p, reinterpret_cast<size_t>(c)); },
        reinterpret_cast<void*>(capacity));
    Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, std::move(store));
    return Uint8Array::New(ab, 0, length);
  }
};

// setPromiseSettle(fn): the reaction failed fs.promises requests go
// through (RejectThroughSettle).
void SetPromiseSettle(const FunctionCallbackInfo<Value>& info) {
  if (!info[0]->IsFunction()) return;
  Env::From(info)->fs_promise_settle.Reset(info.GetIsolate(), info[0].As<Function>());
}

void ReadFile(const FunctionCallbackInfo<Value>& info) {
  auto* job = new ReadFileJob();
  job->env = Env::From(info);
  job->path = PathArg(info, 0);
  RunJob(info, 1, job);
}

// readdirRaw(path, withFileTypes, cb?): the entries in the directory's own
// order (what fs.Dir and cp see in node, which read through opendir), where
// readdir (scandir) sorts them.
struct ReadDirRawJob : Job {
  bool with_types = false;
  std::vector<std::string> names;
  std::vector<int> types;

  int Run() override {
    syscall = "opendir";
    has_path = false;  // node reports opendir failures without the path
    DIR* dir = opendir(path.c_str());
    if (dir == nullptr) return -errno;
    errno = 0;
    while (struct dirent* ent = readdir(dir)) {
      if (strcmp(ent->d_name, ".") == 0 || strcmp(ent->d_name, "..") == 0) continue;
      names.emplace_back(ent->d_name);
      int type = UV_DIRENT_UNKNOWN;
      switch (ent->d_type) {
        case DT_REG: type = UV_DIRENT_FILE; break;
        case DT_DIR: type = UV_DIRENT_DIR; break;
        case DT_LNK: type = UV_DIRENT_LINK; break;
        case DT_FIFO: type = UV_DIRENT_FIFO; break;
        case DT_SOCK: type = UV_DIRENT_SOCKET; break;
        case DT_CHR: type = UV_DIRENT_CHAR; break;
        case DT_BLK: type = UV_DIRENT_BLOCK; break;
        default: break;
      }
      types.push_back(type);
    }
    int err = errno != 0 ? -errno : 0;
    closedir(dir);
    if (err < 0) syscall = "readdir";
    return err;
  }

  Local<Value> Result(Isolate* isolate) override {
    Local<Context> context = isolate->GetCurrentContext();
    Local<Array> list = Array::New(isolate, static_cast<int>(names.size()));
    Local<Array> kinds = Array::New(isolate, static_cast<int>(names.size()));
    for (size_t i = 0; i < names.size(); i++) {
      list->Set(context, static_cast<uint32_t>(i), NameValue(isolate, names[i].c_str())).Check();
      if (with_types)
        kinds->Set(context, static_cast<uint32_t>(i), Integer::New(isolate, types[i])).Check();
    }
    if (!with_types) return list;
    Local<Value> pair[] = {list, kinds};
    return Array::New(isolate, pair, 2);
  }
};

void ReadDirRaw(const FunctionCallbackInfo<Value>& info) {
  auto* job = new ReadDirRawJob();
  job->env = Env::From(info);
  job->path = PathArg(info, 0);
  job->with_types = info[1]->IsTrue();
  RunJob(info, 2, job);
}

// --- FSEvent (fs.watch) and StatWatcher (fs.watchFile) ---------------------------

class FSEventWrap : public HandleWrap {
 public:
  FSEventWrap(Env* env, Local<Object> obj)
      : HandleWrap(env, obj, reinterpret_cast<uv_handle_t*>(&handle_)) {
    uv_fs_event_init(env->loop(), &handle_);
  }
  static void New(const FunctionCallbackInfo<Value>& info) {
    new FSEventWrap(Env::From(info), info.This());
  }
  // start(path, persistent, recursive) → 0 or errno
  static void Start(const FunctionCallbackInfo<Value>& info) {
    auto* w = static_cast<FSEventWrap*>(HandleWrap::Unwrap(info.This()));
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    std::string path = PathArg(info, 0);
    unsigned flags = info[2]->IsTrue() ? UV_FS_EVENT_RECURSIVE : 0;
    int err = uv_fs_event_start(&w->handle_, OnEvent, path.c_str(), flags);
    if (err == 0 && !info[1]->IsTrue()) uv_unref(reinterpret_cast<uv_handle_t*>(&w->handle_));
    info.GetReturnValue().Set(err);
  }
  static void OnEvent(uv_fs_event_t* handle, const char* filename, int events, int status) {
    auto* w = static_cast<FSEventWrap*>(handle->data);
    Env* env = w->env();
    if (env->exiting()) return;
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    const char* type = (events & UV_RENAME) ? "rename" : "change";
    Local<Value> argv[] = {Integer::New(isolate, status), OneByteString(isolate, type),
                           filename != nullptr ? Utf8String(isolate, filename).As<Value>()
                                               : v8::Null(isolate).As<Value>()};
    Local<Object> obj = w->object();
    env->CallMethod(obj, "onchange", 3, argv);
  }

 private:
  uv_fs_event_t handle_;
};

class StatWatcherWrap : public HandleWrap {
 public:
  StatWatcherWrap(Env* env, Local<Object> obj, bool bigint)
      : HandleWrap(env, obj, reinterpret_cast<uv_handle_t*>(&handle_)), bigint_(bigint) {
    uv_fs_poll_init(env->loop(), &handle_);
  }
  static void New(const FunctionCallbackInfo<Value>& info) {
    new StatWatcherWrap(Env::From(info), info.This(), info[0]->IsTrue());
  }
  // start(path, interval) → 0 or errno
  static void Start(const FunctionCallbackInfo<Value>& info) {
    auto* w = static_cast<StatWatcherWrap*>(HandleWrap::Unwrap(info.This()));
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    std::string path = PathArg(info, 0);
    unsigned interval = info[1]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(5007);
    info.GetReturnValue().Set(uv_fs_poll_start(&w->handle_, OnChange, path.c_str(), interval));
  }
  static void OnChange(uv_fs_poll_t* handle, int status, const uv_stat_t* prev,
                       const uv_stat_t* curr) {
    auto* w = static_cast<StatWatcherWrap*>(handle->data);
    Env* env = w->env();
    if (env->exiting()) return;
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    Local<Value> argv[] = {Integer::New(isolate, status), StatsArray(isolate, curr, w->bigint_),
                           StatsArray(isolate, prev, w->bigint_)};
    Local<Object> obj = w->object();
    env->CallMethod(obj, "onchange", 3, argv);
  }

 private:
  uv_fs_poll_t handle_;
  bool bigint_;
};

// internalModuleStat(path) → 0 file, 1 directory, negative errno otherwise.
// The loader calls this for every candidate path: no exception, no object.
void InternalModuleStat(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info, 0);
  struct stat st;
  int rc = stat(path.c_str(), &st);
  if (rc != 0) {
    info.GetReturnValue().Set(-errno);
    return;
  }
  info.GetReturnValue().Set(S_ISDIR(st.st_mode) ? 1 : 0);
}

// readFileUtf8(path) → string (sync); throws node's system error. The
// module loader reads every source file through this.
void ReadFileUtf8(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  ReadFileJob job;
  job.env = Env::From(info);
  job.path = PathArg(info, 0);
  job.err = job.Run();
  if (job.err < 0) {
    isolate->ThrowException(job.Error(isolate));
    return;
  }
  // Strip a UTF-8 BOM as node's loader does for source files.
  size_t off = (job.length >= 3 && memcmp(job.data, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
  Local<String> str;
  if (string_bytes::Encode(isolate, reinterpret_cast<const uint8_t*>(job.data) + off,
                           job.length - off, kUtf8).ToLocal(&str))
    info.GetReturnValue().Set(str);
}

// Writes all of [p, p+len) to fd; a non-blocking fd (a pipe another process
// made O_NONBLOCK) is waited on. 0 or a negative errno.
int WriteAll(int fd, const char* p, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd pfd = {fd, POLLOUT, 0};
        poll(&pfd, 1, -1);
        continue;
      }
      return -errno;
    }
    p += n;
    len -= static_cast<size_t>(n);
  }
  return 0;
}

// writeString(fd, string) → bytes written; synchronous, all of it.
void WriteString(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  int fd = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  String::Utf8Value str(isolate, info[1]);
  int err = WriteAll(fd, *str, str.length());
  if (err < 0) {
    isolate->ThrowException(UVException(isolate, err, "write"));
    return;
  }
  info.GetReturnValue().Set(static_cast<double>(str.length()));
}

// writeBufferSync(fd, view) → bytes written (all of them).
void WriteBufferSync(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  int fd = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
  const char* p = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
  int err = WriteAll(fd, p, view->ByteLength());
  if (err < 0) {
    isolate->ThrowException(UVException(isolate, err, "write"));
    return;
  }
  info.GetReturnValue().Set(static_cast<double>(view->ByteLength()));
}

// readSync(fd, view) → bytes read (0 at EOF); waits on EAGAIN.
void ReadSync(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  int fd = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
  char* p = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
  for (;;) {
    ssize_t n = read(fd, p, view->ByteLength());
    if (n >= 0) {
      info.GetReturnValue().Set(static_cast<double>(n));
      return;
    }
    if (errno == EINTR) continue;
    if (errno == EAGAIN) {
      struct pollfd pfd = {fd, POLLIN, 0};
      poll(&pfd, 1, -1);
      continue;
    }
    isolate->ThrowException(UVException(isolate, -errno, "read"));
    return;
  }
}

// readFdSync(fd) → string: everything until EOF (used for `eddy -` / stdin).
void ReadFdUtf8(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  int fd = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  std::string data;
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof(buf));
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd pfd = {fd, POLLIN, 0};
        poll(&pfd, 1, -1);
        continue;
      }
      isolate->ThrowException(UVException(isolate, -errno, "read"));
      return;
    }
    if (n == 0) break;
    data.append(buf, static_cast<size_t>(n));
  }
  info.GetReturnValue().Set(Utf8String(isolate, data));
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(fs) {
  using namespace eddy;
  Local<Context> context = env->context();
  Isolate* isolate = env->isolate();
  SetMethod(context, target, "open", Open);
  SetMethod(context, target, "close", Close);
  SetMethod(context, target, "read", ReadWrite<false>);
  SetMethod(context, target, "write", ReadWrite<true>);
  SetMethod(context, target, "readv", ReadWriteV<false>);
  SetMethod(context, target, "writev", ReadWriteV<true>);
  SetMethod(context, target, "stat", PathStat<false>);
  SetMethod(context, target, "lstat", PathStat<true>);
  SetMethod(context, target, "fstat", FStat);
  SetMethod(context, target, "statfs", StatFs);
  SetMethod(context, target, "readdir", ReadDir);
  SetMethod(context, target, "readdirRaw", ReadDirRaw);
  SetMethod(context, target, "mkdir", Mkdir);
  SetMethod(context, target, "mkdtemp", MkdTemp);
  SetMethod(context, target, "rmdir", RmDir);
  SetMethod(context, target, "unlink", Unlink);
  SetMethod(context, target, "rename", Rename);
  SetMethod(context, target, "link", Link);
  SetMethod(context, target, "symlink", Symlink);
  SetMethod(context, target, "readlink", ReadLink);
  SetMethod(context, target, "realpath", RealPath);
  SetMethod(context, target, "copyFile", CopyFile);
  SetMethod(context, target, "access", Access);
  SetMethod(context, target, "chmod", Chmod);
  SetMethod(context, target, "fchmod", FChmod);
  SetMethod(context, target, "chown", ChownPath<0>);
  SetMethod(context, target, "lchown", ChownPath<1>);
  SetMethod(context, target, "fchown", FChown);
  SetMethod(context, target, "utimes", UtimesPath<0>);
  SetMethod(context, target, "lutimes", UtimesPath<1>);
  SetMethod(context, target, "futimes", FUtimes);
  SetMethod(context, target, "ftruncate", FTruncate);
  SetMethod(context, target, "fsync", FSync);
  SetMethod(context, target, "fdatasync", FDataSync);
  SetMethod(context, target, "readFile", ReadFile);
  SetMethod(context, target, "setPromiseSettle", SetPromiseSettle);
  SetMethod(context, target, "writeFile", WriteFile);
  SetMethod(context, target, "internalModuleStat", InternalModuleStat);
  SetMethod(context, target, "readFileUtf8", ReadFileUtf8);
  SetMethod(context, target, "writeString", WriteString);
  SetMethod(context, target, "writeBufferSync", WriteBufferSync);
  SetMethod(context, target, "readSync", ReadSync);
  SetMethod(context, target, "readFdUtf8", ReadFdUtf8);
#define V(name) SetValue(context, target, #name, Integer::New(isolate, name));
  V(UV_DIRENT_UNKNOWN) V(UV_DIRENT_FILE) V(UV_DIRENT_DIR) V(UV_DIRENT_LINK) V(UV_DIRENT_FIFO)
  V(UV_DIRENT_SOCKET) V(UV_DIRENT_CHAR) V(UV_DIRENT_BLOCK)
#undef V
  {
    Local<FunctionTemplate> t = HandleWrap::NewTemplate(isolate, "FSEvent", FSEventWrap::New);
    t->PrototypeTemplate()->Set(isolate, "start", FunctionTemplate::New(isolate, FSEventWrap::Start));
    SetValue(context, target, "FSEvent", t->GetFunction(context).ToLocalChecked());
  }
  {
    Local<FunctionTemplate> t = HandleWrap::NewTemplate(isolate, "StatWatcher", StatWatcherWrap::New);
    t->PrototypeTemplate()->Set(isolate, "start", FunctionTemplate::New(isolate, StatWatcherWrap::Start));
    SetValue(context, target, "StatWatcher", t->GetFunction(context).ToLocalChecked());
  }
}
