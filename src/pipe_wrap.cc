// pipe_wrap.cc — internalBinding('pipe_wrap'): a pipe (uv_pipe_t) as a stream
// handle: stdio on pipes (open(fd)) and Unix-domain sockets for net (bind,
// listen, accept, connect).
#include <memory>
#include <string>

#include "binding_list.h"
#include "env.h"
#include "stream_wrap.h"

namespace eddy {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

class PipeWrap : public StreamWrap {
 public:
  PipeWrap(Env* env, Local<Object> object, bool ipc)
      : StreamWrap(env, object, reinterpret_cast<uv_stream_t*>(&pipe_)) {
    uv_pipe_init(env->loop(), &pipe_, ipc ? 1 : 0);
  }

  static void New(const FunctionCallbackInfo<Value>& info) {
    new PipeWrap(Env::From(info), info.This(), info[0]->IsTrue());
  }

  // bind(path) → 0 or errno
  static void Bind(const FunctionCallbackInfo<Value>& info) {
    auto* wrap = static_cast<PipeWrap*>(HandleWrap::Unwrap(info.This()));
    if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    std::string path = ToStdString(info.GetIsolate(), info[0]);
    info.GetReturnValue().Set(uv_pipe_bind(&wrap->pipe_, path.c_str()));
  }

  // listen(backlog) → 0 or errno; connections call
  // handle.onconnection(status, clientHandle).
  static void Listen(const FunctionCallbackInfo<Value>& info) {
    auto* wrap = static_cast<PipeWrap*>(HandleWrap::Unwrap(info.This()));
    if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    int backlog = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(511);
    info.GetReturnValue().Set(
        uv_listen(reinterpret_cast<uv_stream_t*>(&wrap->pipe_), backlog, OnConnection));
  }

  static void OnConnection(uv_stream_t* server, int status) {
    auto* w = static_cast<PipeWrap*>(server->data);
    Env* env = w->env();
    v8::HandleScope scope(env->isolate());
    w->AcceptConnection(status, env->pipe_constructor.Get(env->isolate()),
                        v8::False(env->isolate()));
  }

  // connect(req, path): always completes through req.oncomplete(status,
  // handle, req, readable, writable), as TCP's connect does.
  static void Connect(const FunctionCallbackInfo<Value>& info) {
    auto* wrap = static_cast<PipeWrap*>(HandleWrap::Unwrap(info.This()));
    if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    Isolate* isolate = info.GetIsolate();
    std::string path = ToStdString(isolate, info[1]);
    ConnectReq* c = wrap->NewConnectReq(info[0].As<Object>());
    uv_pipe_connect(&c->req, &wrap->pipe_, path.c_str(), AfterConnect);
    info.GetReturnValue().Set(0);
  }

  // open(fd) → 0 or errno
  static void Open(const FunctionCallbackInfo<Value>& info) {
    auto* wrap = static_cast<PipeWrap*>(HandleWrap::Unwrap(info.This()));
    if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
    info.GetReturnValue().Set(uv_pipe_open(&wrap->pipe_, fd));
  }

 private:
  uv_pipe_t pipe_;
};

}  // namespace
}  // namespace eddy

EDDY_BINDING(pipe_wrap) {
  using namespace eddy;
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<FunctionTemplate> tmpl = FunctionTemplate::New(isolate, PipeWrap::New);
  tmpl->SetClassName(OneByteString(isolate, "Pipe"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  StreamWrap::AddMethods(isolate, tmpl);
  auto proto = tmpl->PrototypeTemplate();
  proto->Set(isolate, "open", FunctionTemplate::New(isolate, PipeWrap::Open));
  proto->Set(isolate, "bind", FunctionTemplate::New(isolate, PipeWrap::Bind));
  proto->Set(isolate, "listen", FunctionTemplate::New(isolate, PipeWrap::Listen));
  proto->Set(isolate, "connect", FunctionTemplate::New(isolate, PipeWrap::Connect));
  v8::Local<v8::Function> ctor = tmpl->GetFunction(context).ToLocalChecked();
  env->pipe_constructor.Reset(isolate, ctor);
  SetValue(context, target, "Pipe", ctor);
}
