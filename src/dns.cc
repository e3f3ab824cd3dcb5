// dns.cc — internalBinding('dns'): name lookups on libuv's thread pool
// (getaddrinfo/getnameinfo), behind dns.lookup and dns.lookupService. The
// c-ares resolver (dns.resolve*) is its own part of the net/dns issue.
//
//   getaddrinfo(req, hostname, family, hints, order) → 0 or errno;
//     then req.oncomplete(err, addresses) — err is 0 or a UV_EAI_* code,
//     addresses the textual addresses in the order `order` asks
//     (0 verbatim, 1 IPv4 first, 2 IPv6 first)
//   getnameinfo(req, address, port) → 0 or errno;
//     then req.oncomplete(err, hostname, service)
#include <netdb.h>
#include <netinet/in.h>

#include <memory>
#include <string>
#include <vector>

#include "binding_list.h"
#include "env.h"

namespace eddy {

using v8::Array;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

struct AddrInfoReq {
  uv_getaddrinfo_t req;
  Env* env;
  int order = 0;
  v8::Global<Object> req_object;
};

struct NameInfoReq {
  uv_getnameinfo_t req;
  Env* env;
  v8::Global<Object> req_object;
};

void CallOnComplete(Env* env, Local<Object> req, int argc, Local<Value>* argv) {
  Local<Value> cb;
  if (req->Get(env->context(), OneByteString(env->isolate(), "oncomplete")).ToLocal(&cb) &&
      cb->IsFunction())
    env->MakeCallback(req, cb.As<Function>(), argc, argv);
}

void AfterGetAddrInfo(uv_getaddrinfo_t* uv_req, int status, struct addrinfo* res) {
  std::unique_ptr<AddrInfoReq> r(static_cast<AddrInfoReq*>(uv_req->data));
  Env* env = r->env;
  if (env->exiting()) {
    uv_freeaddrinfo(res);
    return;
  }
  Isolate* isolate = env->isolate();
  HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  Local<Context> context = env->context();
  std::vector<std::string> v4, v6, all;
  if (status == 0) {
    for (struct addrinfo* p = res; p != nullptr; p = p->ai_next) {
      char ip[INET6_ADDRSTRLEN];
      if (p->ai_family == AF_INET) {
        uv_ip4_name(reinterpret_cast<sockaddr_in*>(p->ai_addr), ip, sizeof(ip));
        v4.push_back(ip);
        all.push_back(ip);
      } else if (p->ai_family == AF_INET6) {
        uv_ip6_name(reinterpret_cast<sockaddr_in6*>(p->ai_addr), ip, sizeof(ip));
        v6.push_back(ip);
        all.push_back(ip);
      }
    }
  }
  uv_freeaddrinfo(res);
  std::vector<std::string> ordered;
  if (r->order == 1) {
    ordered = v4;
    ordered.insert(ordered.end(), v6.begin(), v6.end());
  } else if (r->order == 2) {
    ordered = v6;
    ordered.insert(ordered.end(), v4.begin(), v4.end());
  } else {
    ordered = all;
  }
  Local<Array> list = Array::New(isolate, static_cast<int>(ordered.size()));
  for (size_t i = 0; i < ordered.size(); i++)
    list->Set(context, static_cast<uint32_t>(i), OneByteString(isolate, ordered[i].c_str())).Check();
  // A successful lookup with no usable address is node's ENOTFOUND too.
  int err = status;
  if (err == 0 && ordered.empty()) err = UV_EAI_NODATA;
  Local<Value> argv[] = {Integer::New(isolate, err), list};
  Local<Object> req_obj = r->req_object.Get(isolate);
  r.reset();
  CallOnComplete(env, req_obj, 2, argv);
}

void GetAddrInfo(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = env->context();
  std::string host = ToStdString(isolate, info[1]);
  int family = info[2]->Int32Value(context).FromMaybe(0);
  int hints_flags = info[3]->Int32Value(context).FromMaybe(0);
  auto* r = new AddrInfoReq();
  r->env = env;
  r->order = info[4]->Int32Value(context).FromMaybe(0);
  r->req.data = r;
  r->req_object.Reset(isolate, info[0].As<Object>());
  struct addrinfo hints;
  memset(&hints, 0, sizeof(hints));
  hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = hints_flags;
  int err = uv_getaddrinfo(env->loop(), &r->req, AfterGetAddrInfo, host.c_str(), nullptr, &hints);
  if (err != 0) delete r;
  info.GetReturnValue().Set(err);
}

void GetNameInfo(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = env->context();
  std::string address = ToStdString(isolate, info[1]);
  int port = info[2]->Int32Value(context).FromMaybe(0);
  sockaddr_storage addr;
  if (uv_ip4_addr(address.c_str(), port, reinterpret_cast<sockaddr_in*>(&addr)) != 0 &&
      uv_ip6_addr(address.c_str(), port, reinterpret_cast<sockaddr_in6*>(&addr)) != 0) {
    info.GetReturnValue().Set(UV_EINVAL);
    return;
  }
  auto* r = new NameInfoReq();
  r->env = env;
  r->req.data = r;
  r->req_object.Reset(isolate, info[0].As<Object>());
  int err = uv_getnameinfo(env->loop(), &r->req, [](uv_getnameinfo_t* req, int status,
                                                     const char* hostname, const char* service) {
    std::unique_ptr<NameInfoReq> r(static_cast<NameInfoReq*>(req->data));
    Env* env = r->env;
    if (env->exiting()) return;
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    Local<Value> argv[] = {Integer::New(isolate, status),
                           status == 0 ? Utf8String(isolate, hostname).As<Value>()
                                       : v8::Undefined(isolate).As<Value>(),
                           status == 0 ? Utf8String(isolate, service).As<Value>()
                                       : v8::Undefined(isolate).As<Value>()};
    Local<Object> req_obj = r->req_object.Get(isolate);
    r.reset();
    CallOnComplete(env, req_obj, 3, argv);
  }, reinterpret_cast<const sockaddr*>(&addr), NI_NAMEREQD);
  if (err != 0) delete r;
  info.GetReturnValue().Set(err);
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(dns) {
  using namespace eddy;
  Local<Context> context = env->context();
  Isolate* isolate = env->isolate();
  SetMethod(context, target, "getaddrinfo", GetAddrInfo);
  SetMethod(context, target, "getnameinfo", GetNameInfo);
  SetValue(context, target, "AI_ADDRCONFIG", Integer::New(isolate, AI_ADDRCONFIG));
  SetValue(context, target, "AI_ALL", Integer::New(isolate, AI_ALL));
  SetValue(context, target, "AI_V4MAPPED", Integer::New(isolate, AI_V4MAPPED));
}
