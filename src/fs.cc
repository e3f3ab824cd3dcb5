// fs.cc — internalBinding('fs'): what the module loader and the foundation's
// fs subset need. The complete fs module is its own issue; this file already
// has its request shape:
//
// One request shape: FsReq owns a uv_fs_t and its path strings. Called with a
// JS callback, the operation runs on libuv's thread pool and the callback is
// called (through Env::MakeCallback) in the poll phase with (err, result);
// without one, the same code runs synchronously with the request on the stack
// and throws node's system error. The JS callback stays alive in a Global
// until completion; FsReq deletes itself after calling back.
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "binding_list.h"
#include "env.h"

namespace eddy {

using v8::ArrayBuffer;
using v8::BackingStore;
using v8::Context;
using v8::Float64Array;
using v8::Function;
using v8::FunctionCallbackInfo;
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

Local<Float64Array> StatsArray(Isolate* isolate, const uv_stat_t* s) {
  Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, kStatFields * sizeof(double));
  double* f = static_cast<double*>(ab->GetBackingStore()->Data());
  f[0] = static_cast<double>(s->st_dev);
  f[1] = static_cast<double>(s->st_mode);
  f[2] = static_cast<double>(s->st_nlink);
  f[3] = static_cast<double>(s->st_uid);
  f[4] = static_cast<double>(s->st_gid);
  f[5] = static_cast<double>(s->st_rdev);
  f[6] = static_cast<double>(s->st_blksize);
  f[7] = static_cast<double>(s->st_ino);
  f[8] = static_cast<double>(s->st_size);
  f[9] = static_cast<double>(s->st_blocks);
  f[10] = static_cast<double>(s->st_atim.tv_sec);
  f[11] = static_cast<double>(s->st_atim.tv_nsec);
  f[12] = static_cast<double>(s->st_mtim.tv_sec);
  f[13] = static_cast<double>(s->st_mtim.tv_nsec);
  f[14] = static_cast<double>(s->st_ctim.tv_sec);
  f[15] = static_cast<double>(s->st_ctim.tv_nsec);
  f[16] = static_cast<double>(s->st_birthtim.tv_sec);
  f[17] = static_cast<double>(s->st_birthtim.tv_nsec);
  return Float64Array::New(ab, 0, kStatFields);
}

class FsReq {
 public:
  // What the completed request hands to JS as its result.
  using ResultFn = Local<Value> (*)(Isolate*, uv_fs_t*);

  FsReq(Env* env, const char* syscall, ResultFn result_fn)
      : env_(env), syscall_(syscall), result_fn_(result_fn) {
    req_.data = this;
  }
  ~FsReq() { uv_fs_req_cleanup(&req_); }

  uv_fs_t* req() { return &req_; }
  std::string path;  // kept alive for the thread pool and the error message

  // Sync: run and return the result or throw. Async: hand over ownership.
  template <typename Dispatch>
  static void Run(const FunctionCallbackInfo<Value>& info, int cb_index, const char* syscall,
                  ResultFn result_fn, std::string path, Dispatch dispatch) {
    Env* env = Env::From(info);
    Isolate* isolate = info.GetIsolate();
    if (info[cb_index]->IsFunction()) {
      FsReq* req = new FsReq(env, syscall, result_fn);
      req->path = std::move(path);
      req->callback_.Reset(isolate, info[cb_index].As<Function>());
      int err = dispatch(env->loop(), req->req(), req->path.c_str(), AfterAsync);
      if (err < 0) {
        // Could not even be queued: complete asynchronously anyway (node
        // never calls back synchronously).
        req->req_.result = err;
        uv_timer_init(env->loop(), &req->defer_);
        req->defer_.data = req;
        uv_timer_start(&req->defer_, [](uv_timer_t* t) {
          uv_close(reinterpret_cast<uv_handle_t*>(t), [](uv_handle_t* h) {
            AfterAsync(&static_cast<FsReq*>(h->data)->req_);
          });
        }, 0, 0);
      }
      return;
    }
    FsReq req(env, syscall, result_fn);
    req.path = std::move(path);
    int err = dispatch(env->loop(), req.req(), req.path.c_str(), nullptr);
    if (err < 0) {
      isolate->ThrowException(UVException(isolate, err, syscall, req.path.c_str()));
      return;
    }
    if (result_fn != nullptr) info.GetReturnValue().Set(result_fn(isolate, req.req()));
  }

 private:
  static void AfterAsync(uv_fs_t* uv_req) {
    FsReq* req = static_cast<FsReq*>(uv_req->data);
    Env* env = req->env_;
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    Local<Function> cb = req->callback_.Get(isolate);
    Local<Value> argv[2];
    int argc;
    if (uv_req->result < 0) {
      argv[0] = UVException(isolate, static_cast<int>(uv_req->result), req->syscall_,
                            req->path.c_str());
      argc = 1;
    } else {
      argv[0] = v8::Null(isolate);
      argv[1] = req->result_fn_ ? req->result_fn_(isolate, uv_req) : v8::Undefined(isolate).As<Value>();
      argc = 2;
    }
    delete req;
    env->MakeCallback(env->context()->Global(), cb, argc, argv);
  }

  Env* env_;
  const char* syscall_;
  ResultFn result_fn_;
  uv_fs_t req_;
  uv_timer_t defer_;
  v8::Global<Function> callback_;
};

Local<Value> StatResult(Isolate* isolate, uv_fs_t* req) {
  return StatsArray(isolate, static_cast<const uv_stat_t*>(req->ptr));
}
Local<Value> PathResult(Isolate* isolate, uv_fs_t* req) {
  return Utf8String(isolate, static_cast<const char*>(req->ptr));
}

std::string PathArg(const FunctionCallbackInfo<Value>& info, int i) {
  return ToStdString(info.GetIsolate(), info[i]);
}

// stat(path, cb?) / lstat(path, cb?) → Float64Array of kStatFields
void Stat(const FunctionCallbackInfo<Value>& info) {
  FsReq::Run(info, 1, "stat", StatResult, PathArg(info, 0),
             [](uv_loop_t* loop, uv_fs_t* req, const char* p, uv_fs_cb cb) {
               return uv_fs_stat(loop, req, p, cb);
             });
}
void LStat(const FunctionCallbackInfo<Value>& info) {
  FsReq::Run(info, 1, "lstat", StatResult, PathArg(info, 0),
             [](uv_loop_t* loop, uv_fs_t* req, const char* p, uv_fs_cb cb) {
               return uv_fs_lstat(loop, req, p, cb);
             });
}
void RealPath(const FunctionCallbackInfo<Value>& info) {
  FsReq::Run(info, 1, "realpath", PathResult, PathArg(info, 0),
             [](uv_loop_t* loop, uv_fs_t* req, const char* p, uv_fs_cb cb) {
               return uv_fs_realpath(loop, req, p, cb);
             });
}

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

// Reads a whole file; used by both the sync and the thread-pool path.
int ReadWholeFile(const char* path, std::string* out, const char** syscall) {
  *syscall = "open";
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -errno;
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(fd);
    *syscall = "read";
    return UV_EISDIR;
  }
  if (fstat(fd, &st) == 0 && st.st_size > 0) out->reserve(static_cast<size_t>(st.st_size));
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof(buf));
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = -errno;
      close(fd);
      *syscall = "read";
      return err;
    }
    if (n == 0) break;
    out->append(buf, static_cast<size_t>(n));
  }
  close(fd);
  return 0;
}

// readFileUtf8(path) → string (sync); throws node's system error.
void ReadFileUtf8(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  std::string path = PathArg(info, 0);
  std::string data;
  const char* syscall;
  int err = ReadWholeFile(path.c_str(), &data, &syscall);
  if (err < 0) {
    // node names the path only for the open that failed, not for a read.
    isolate->ThrowException(UVException(isolate, err, syscall,
                                        strcmp(syscall, "open") == 0 ? path.c_str() : nullptr));
    return;
  }
  // Strip a UTF-8 BOM as node's loader does for source files.
  size_t off = (data.size() >= 3 && data.compare(0, 3, "\xEF\xBB\xBF") == 0) ? 3 : 0;
  Local<String> str;
  if (String::NewFromUtf8(isolate, data.data() + off, v8::NewStringType::kNormal,
                          static_cast<int>(data.size() - off)).ToLocal(&str))
    info.GetReturnValue().Set(str);
}

Local<Uint8Array> ToUint8Array(Isolate* isolate, std::string* data) {
  size_t len = data->size();
  std::unique_ptr<BackingStore> store = ArrayBuffer::NewBackingStore(isolate, len);
  if (len > 0) memcpy(store->Data(), data->data(), len);
  Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, std::move(store));
  return Uint8Array::New(ab, 0, len);
}

struct ReadFileWork {
  uv_work_t work;
  Env* env;
  std::string path;
  std::string data;
  const char* syscall = "open";
  int err = 0;
  v8::Global<Function> callback;
};

// readFile(path, cb?) → Uint8Array. Async: one thread-pool job does the
// open/read/close so the JS thread sees one completion.
void ReadFile(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  Isolate* isolate = info.GetIsolate();
  std::string path = PathArg(info, 0);
  if (!info[1]->IsFunction()) {
    std::string data;
    const char* syscall;
    int err = ReadWholeFile(path.c_str(), &data, &syscall);
    if (err < 0) {
      isolate->ThrowException(UVException(isolate, err, syscall,
                                          strcmp(syscall, "open") == 0 ? path.c_str() : nullptr));
      return;
    }
    info.GetReturnValue().Set(ToUint8Array(isolate, &data));
    return;
  }
  auto* w = new ReadFileWork();
  w->env = env;
  w->path = std::move(path);
  w->callback.Reset(isolate, info[1].As<Function>());
  w->work.data = w;
  uv_queue_work(
      env->loop(), &w->work,
      [](uv_work_t* req) {
        auto* w = static_cast<ReadFileWork*>(req->data);
        w->err = ReadWholeFile(w->path.c_str(), &w->data, &w->syscall);
      },
      [](uv_work_t* req, int status) {
        std::unique_ptr<ReadFileWork> w(static_cast<ReadFileWork*>(req->data));
        Env* env = w->env;
        Isolate* isolate = env->isolate();
        HandleScope scope(isolate);
        v8::Context::Scope context_scope(env->context());
        Local<Value> argv[2];
        int argc = 1;
        if (w->err < 0) {
          argv[0] = UVException(isolate, w->err, w->syscall,
                                strcmp(w->syscall, "open") == 0 ? w->path.c_str() : nullptr);
        } else {
          argv[0] = v8::Null(isolate);
          argv[1] = ToUint8Array(isolate, &w->data);
          argc = 2;
        }
        Local<Function> cb = w->callback.Get(isolate);
        w.reset();
        env->MakeCallback(env->context()->Global(), cb, argc, argv);
      });
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
  SetMethod(context, target, "stat", Stat);
  SetMethod(context, target, "lstat", LStat);
  SetMethod(context, target, "realpath", RealPath);
  SetMethod(context, target, "internalModuleStat", InternalModuleStat);
  SetMethod(context, target, "readFileUtf8", ReadFileUtf8);
  SetMethod(context, target, "readFile", ReadFile);
  SetMethod(context, target, "writeString", WriteString);
  SetMethod(context, target, "readFdUtf8", ReadFdUtf8);
  SetMethod(context, target, "writeBufferSync", WriteBufferSync);
  SetMethod(context, target, "readSync", ReadSync);
}
