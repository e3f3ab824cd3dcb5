// tcp_wrap.cc — internalBinding('tcp_wrap'): a TCP socket or server
// (uv_tcp_t) as a stream handle; see doc/internals.md for the interface.
//
// Lifetimes follow handle_wrap.h. A connect request keeps its JS req object
// alive in a Global until libuv calls back; an accepted connection gets its
// own TCP handle object, made from the same template, before JS sees it.
#include <arpa/inet.h>
#include <netinet/in.h>

#include <cstring>
#include <memory>
#include <string>

#include "binding_list.h"
#include "env.h"
#include "stream_wrap.h"

namespace eddy {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

enum TCPType { kSocket = 0, kServer = 1 };

class TCPWrap : public StreamWrap {
 public:
  TCPWrap(Env* env, Local<Object> object)
      : StreamWrap(env, object, reinterpret_cast<uv_stream_t*>(&tcp_)) {
    uv_tcp_init(env->loop(), &tcp_);
  }

  uv_tcp_t* tcp() { return &tcp_; }

  static TCPWrap* From(const FunctionCallbackInfo<Value>& info) {
    HandleWrap* h = HandleWrap::Unwrap(info.This());
    return static_cast<TCPWrap*>(h);
  }

  static void New(const FunctionCallbackInfo<Value>& info) {
    info.This()->SetAlignedPointerInInternalField(0, nullptr);
    new TCPWrap(Env::From(info), info.This());
  }

  static void Open(const FunctionCallbackInfo<Value>& info) {
    TCPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
    info.GetReturnValue().Set(uv_tcp_open(&w->tcp_, fd));
  }

  // bind(address, port) / bind6(address, port, flags)
  template <int kFamily>
  static void Bind(const FunctionCallbackInfo<Value>& info) {
    TCPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    Local<Context> context = info.GetIsolate()->GetCurrentContext();
    std::string address = ToStdString(info.GetIsolate(), info[0]);
    int port = info[1]->Int32Value(context).FromMaybe(0);
    sockaddr_storage addr;
    int err = ParseSocketAddress(kFamily, address.c_str(), port, &addr);
    if (err == 0) {
      unsigned flags = kFamily == 6 ? info[2]->Uint32Value(context).FromMaybe(0) : 0;
      err = uv_tcp_bind(&w->tcp_, reinterpret_cast<const sockaddr*>(&addr), flags);
    }
    info.GetReturnValue().Set(err);
  }

  static void Listen(const FunctionCallbackInfo<Value>& info) {
    TCPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    int backlog = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(511);
    info.GetReturnValue().Set(uv_listen(reinterpret_cast<uv_stream_t*>(&w->tcp_), backlog,
                                        OnConnection));
  }

  static void OnConnection(uv_stream_t* server, int status) {
    auto* w = static_cast<TCPWrap*>(server->data);
    Env* env = w->env();
    HandleScope scope(env->isolate());
    w->AcceptConnection(status, env->tcp_constructor.Get(env->isolate()),
                        Integer::New(env->isolate(), kSocket));
  }

  // connect(req, address, port) / connect6(req, address, port)
  template <int kFamily>
  static void Connect(const FunctionCallbackInfo<Value>& info) {
    TCPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    Isolate* isolate = info.GetIsolate();
    Local<Context> context = isolate->GetCurrentContext();
    std::string address = ToStdString(isolate, info[1]);
    int port = info[2]->Int32Value(context).FromMaybe(0);
    sockaddr_storage addr;
    int err = ParseSocketAddress(kFamily, address.c_str(), port, &addr);
    if (err != 0) return info.GetReturnValue().Set(err);
    ConnectReq* c = w->NewConnectReq(info[0].As<Object>());
    err = uv_tcp_connect(&c->req, &w->tcp_, reinterpret_cast<const sockaddr*>(&addr),
                         AfterConnect);
    if (err != 0) delete c;
    info.GetReturnValue().Set(err);
  }

  template <bool kPeer>
  static void GetName(const FunctionCallbackInfo<Value>& info) {
    TCPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    sockaddr_storage addr;
    int len = sizeof(addr);
    int err = kPeer
        ? uv_tcp_getpeername(&w->tcp_, reinterpret_cast<sockaddr*>(&addr), &len)
        : uv_tcp_getsockname(&w->tcp_, reinterpret_cast<sockaddr*>(&addr), &len);
    if (err == 0) FillSocketAddress(info.GetIsolate(), info[0].As<Object>(),
                                   reinterpret_cast<const sockaddr*>(&addr));
    info.GetReturnValue().Set(err);
  }

  static void SetNoDelay(const FunctionCallbackInfo<Value>& info) {
    TCPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    info.GetReturnValue().Set(uv_tcp_nodelay(&w->tcp_, info[0]->IsTrue() ? 1 : 0));
  }

  static void SetKeepAlive(const FunctionCallbackInfo<Value>& info) {
    TCPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    unsigned delay = info[1]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    info.GetReturnValue().Set(uv_tcp_keepalive(&w->tcp_, info[0]->IsTrue() ? 1 : 0, delay));
  }

  // reset(cb): close with RST instead of FIN.
  static void Reset(const FunctionCallbackInfo<Value>& info) {
    TCPWrap* w = From(info);
    if (w == nullptr || w->IsClosing()) return info.GetReturnValue().Set(UV_EBADF);
    if (info[0]->IsFunction())
      info.This()->Set(w->env()->context(), OneByteString(info.GetIsolate(), "onclose"), info[0])
          .Check();
    info.GetReturnValue().Set(w->CloseReset());
  }

 private:
  uv_tcp_t tcp_;
};

// isIP(string) → 0, 4 or 6
void IsIP(const FunctionCallbackInfo<Value>& info) {
  std::string s = ToStdString(info.GetIsolate(), info[0]);
  unsigned char buf[sizeof(in6_addr)];
  if (inet_pton(AF_INET, s.c_str(), buf) == 1) return info.GetReturnValue().Set(4);
  if (inet_pton(AF_INET6, s.c_str(), buf) == 1) return info.GetReturnValue().Set(6);
  info.GetReturnValue().Set(0);
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(tcp_wrap) {
  using namespace eddy;
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<FunctionTemplate> t = FunctionTemplate::New(isolate, TCPWrap::New);
  t->SetClassName(OneByteString(isolate, "TCP"));
  t->InstanceTemplate()->SetInternalFieldCount(1);
  StreamWrap::AddMethods(isolate, t);
  auto proto = t->PrototypeTemplate();
  proto->Set(isolate, "open", FunctionTemplate::New(isolate, TCPWrap::Open));
  proto->Set(isolate, "bind", FunctionTemplate::New(isolate, TCPWrap::Bind<4>));
  proto->Set(isolate, "bind6", FunctionTemplate::New(isolate, TCPWrap::Bind<6>));
  proto->Set(isolate, "listen", FunctionTemplate::New(isolate, TCPWrap::Listen));
  proto->Set(isolate, "connect", FunctionTemplate::New(isolate, TCPWrap::Connect<4>));
  proto->Set(isolate, "connect6", FunctionTemplate::New(isolate, TCPWrap::Connect<6>));
  proto->Set(isolate, "getsockname", FunctionTemplate::New(isolate, TCPWrap::GetName<false>));
  proto->Set(isolate, "getpeername", FunctionTemplate::New(isolate, TCPWrap::GetName<true>));
  proto->Set(isolate, "setNoDelay", FunctionTemplate::New(isolate, TCPWrap::SetNoDelay));
  proto->Set(isolate, "setKeepAlive", FunctionTemplate::New(isolate, TCPWrap::SetKeepAlive));
  proto->Set(isolate, "reset", FunctionTemplate::New(isolate, TCPWrap::Reset));
  Local<Function> ctor = t->GetFunction(context).ToLocalChecked();
  env->tcp_constructor.Reset(isolate, ctor);
  SetValue(context, target, "TCP", ctor);
  Local<Object> constants = Object::New(isolate);
  SetValue(context, constants, "SOCKET", Integer::New(isolate, kSocket));
  SetValue(context, constants, "SERVER", Integer::New(isolate, kServer));
  SetValue(context, constants, "UV_TCP_IPV6ONLY", Integer::New(isolate, UV_TCP_IPV6ONLY));
  SetValue(context, target, "TCPConstants", constants);
  SetMethod(context, target, "isIP", IsIP);
}
