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
    if (env->exiting()) return;
    Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    Local<Value> argv[2] = {v8::Integer::New(isolate, status), v8::Undefined(isolate)};
    if (status == 0) {
      Local<v8::Function> ctor = env->pipe_constructor.Get(isolate);
      Local<Value> ipc = v8::False(isolate);
      Local<Object> client;
      if (!ctor->NewInstance(env->context(), 1, &ipc).ToLocal(&client)) return;
      auto* cw = static_cast<PipeWrap*>(HandleWrap::Unwrap(client));
      int err = uv_accept(server, reinterpret_cast<uv_stream_t*>(&cw->pipe_));
      if (err != 0) {
        cw->Close();
        argv[0] = v8::Integer::New(isolate, err);
      } else {
        argv[1] = client;
      }
    }
    Local<Object> obj = w->object();
    Local<Value> cb;
    if (obj->Get(env->context(), OneByteString(isolate, "onconnection")).ToLocal(&cb) &&
        cb->IsFunction())
      env->MakeCallback(obj, cb.As<v8::Function>(), 2, argv);
  }

  struct ConnectReq {
    uv_connect_t req;
    Env* env;
    v8::Global<Object> req_object;
    v8::Global<Object> handle_object;
  };

  // connect(req, path): always completes through req.oncomplete(status,
  // handle, req, readable, writable), as TCP's connect does.
  static void Connect(const FunctionCallbackInfo<Value>& info) {
    auto* wrap = static_cast<PipeWrap*>(HandleWrap::Unwrap(info.This()));
    if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    Isolate* isolate = info.GetIsolate();
    std::string path = ToStdString(isolate, info[1]);
    auto* c = new ConnectReq();
    c->env = wrap->env();
    c->req.data = c;
    c->req_object.Reset(isolate, info[0].As<Object>());
    c->handle_object.Reset(isolate, info.This());
    uv_pipe_connect(&c->req, &wrap->pipe_, path.c_str(), [](uv_connect_t* req, int status) {
      std::unique_ptr<ConnectReq> c(static_cast<ConnectReq*>(req->data));
      Env* env = c->env;
      if (env->exiting()) return;
      Isolate* isolate = env->isolate();
      v8::HandleScope scope(isolate);
      v8::Context::Scope context_scope(env->context());
      Local<Object> req_obj = c->req_object.Get(isolate);
      Local<Object> handle = c->handle_object.Get(isolate);
      c.reset();
      Local<Value> cb;
      if (!req_obj->Get(env->context(), OneByteString(isolate, "oncomplete")).ToLocal(&cb) ||
          !cb->IsFunction())
        return;
      Local<Value> argv[] = {v8::Integer::New(isolate, status), handle, req_obj,
                             v8::True(isolate), v8::True(isolate)};
      env->MakeCallback(req_obj, cb.As<v8::Function>(), 5, argv);
    });
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
