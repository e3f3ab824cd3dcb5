// dns.cc — internalBinding('dns'): name lookups on a thread pool
// (getaddrinfo/getnameinfo), behind dns.lookup and dns.lookupService.
// getaddrinfo of an ASCII name runs on eddy's work pool (work_pool.h, whose
// completions cost less than libuv 1.44's); a name with other characters
// (or longer than a DNS name) goes through uv_getaddrinfo, which converts
// it to IDNA first. The
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

#include <cerrno>

#include <memory>
#include <string>
#include <vector>

#include "binding_list.h"
#include "env.h"
#include "work_pool.h"

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
  env->CallMethod(req, "oncomplete", argc, argv);
}

// getaddrinfo's EAI_* result as libuv's UV_EAI_* (or UV_E* for EAI_SYSTEM).
int UvAddrInfoError(int rc) {
  switch (rc) {
    case 0: return 0;
    case EAI_ADDRFAMILY: return UV_EAI_ADDRFAMILY;
    case EAI_AGAIN: return UV_EAI_AGAIN;
    case EAI_BADFLAGS: return UV_EAI_BADFLAGS;
    case EAI_CANCELED: return UV_EAI_CANCELED;
    case EAI_FAIL: return UV_EAI_FAIL;
    case EAI_FAMILY: return UV_EAI_FAMILY;
    case EAI_MEMORY: return UV_EAI_MEMORY;
    case EAI_NODATA: return UV_EAI_NODATA;
    case EAI_NONAME: return UV_EAI_NONAME;
    case EAI_OVERFLOW: return UV_EAI_OVERFLOW;
    case EAI_SERVICE: return UV_EAI_SERVICE;
    case EAI_SOCKTYPE: return UV_EAI_SOCKTYPE;
    case EAI_SYSTEM: return -errno;
    default: return UV_EAI_FAIL;
  }
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

// getaddrinfo(3) of an ASCII name on the work pool.
class AddrInfoWork : public PoolWork {
 public:
  AddrInfoWork(AddrInfoReq* req, std::string host, const struct addrinfo& hints)
      : req_(req), host_(std::move(host)), hints_(hints) {}
  void Run() override {
    status_ = UvAddrInfoError(getaddrinfo(host_.c_str(), nullptr, &hints_, &res_));
    if (status_ != 0) res_ = nullptr;
  }
  void Done() override {
    AddrInfoReq* req = req_;
    int status = status_;
    struct addrinfo* res = res_;
    delete this;
    AfterGetAddrInfo(&req->req, status, res);
  }

 private:
  AddrInfoReq* req_;
  std::string host_;
  struct addrinfo hints_;
  struct addrinfo* res_ = nullptr;
  int status_ = 0;
};

bool IsAscii(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
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
  env->CaptureAsyncFrame(info[0].As<Object>());
  struct addrinfo hints;
  memset(&hints, 0, sizeof(hints));
  hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = hints_flags;
  // libuv answers EINVAL for a name too long for its 256-byte IDNA buffer;
  // leave those to it as well.
  if (host.size() <= 253 && IsAscii(host)) {
    env->work_port()->Submit(new AddrInfoWork(r, std::move(host), hints));
    info.GetReturnValue().Set(0);
    return;
  }
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
  env->CaptureAsyncFrame(info[0].As<Object>());
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
