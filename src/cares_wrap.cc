// cares_wrap.cc — internalBinding('cares_wrap'): DNS queries with c-ares on
// the libuv loop, behind dns.resolve*, dns.reverse and dns.Resolver
// (lib/internal/dns/resolver.js). The interface is in doc/internals.md.
//
// One Channel per Resolver (JS: `new ChannelWrap(timeoutMs, tries)`). Its
// ares_channel is made on first use, not by the constructor, so creating the
// default resolver costs nothing at start-up and /etc/resolv.conf is read only
// by a program that resolves.
//
// The loop drives c-ares; nothing here blocks the JS thread:
//  - c-ares reports the sockets it wants watched through sock_state_cb; each
//    gets a uv_poll_t (PollHandle), started/stopped/closed as c-ares asks.
//  - its retransmission deadlines come from ares_timeout() and arm one
//    uv_timer_t, re-armed after every call into c-ares.
//  - both call ares_process_fd.
//
// Delivery: c-ares calls a query's callback from inside ares_process_fd,
// ares_query (errors found at once), ares_cancel or ares_destroy. The callback
// only stores the status and a copy of the answer (done_). Results reach JS
// after c-ares has returned: at the end of the poll/timer callback, or — when
// the call came from JS (query, cancel) — from a zero-delay uv_timer_t, so a
// callback is never synchronous and JS never re-enters c-ares from inside one
// of its callbacks. Answers are parsed with c-ares' ares_parse_* functions
// and handed to JS in one call: req.oncomplete(err, result, ttls).
//
// Lifetime: the JS object is held strongly while any query is outstanding
// (issued and not yet delivered) and weakly otherwise; when it is collected
// the channel is destroyed and the Channel freed once its timers have
// closed. Channels still alive at Env teardown are destroyed by the cleanup
// hook; their outstanding queries end with ARES_EDESTRUCTION and no JS runs.
#include <ares.h>
#include <arpa/nameser.h>

#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "binding_list.h"
#include "env.h"

namespace eddy {

using v8::Array;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::String;
using v8::Value;

namespace {

// c-ares status → node's code string (dns.NODATA … dns.CANCELLED).
#define EDDY_ARES_CODES(V)                                                       \
  V(ENODATA) V(EFORMERR) V(ESERVFAIL) V(ENOTFOUND) V(ENOTIMP) V(EREFUSED)         \
  V(EBADQUERY) V(EBADNAME) V(EBADFAMILY) V(EBADRESP) V(ECONNREFUSED) V(ETIMEOUT)  \
  V(EOF) V(EFILE) V(ENOMEM) V(EDESTRUCTION) V(EBADSTR) V(EBADFLAGS) V(ENONAME)    \
  V(EBADHINTS) V(ENOTINITIALIZED) V(ELOADIPHLPAPI) V(EADDRGETNETWORKPARAMS)       \
  V(ECANCELLED)

const char* AresCode(int status) {
  switch (status) {
#define V(name) case ARES_##name: return #name;
    EDDY_ARES_CODES(V)
#undef V
  }
  return "UNKNOWN_ARES_ERROR";
}

// Query types are DNS type numbers (lib/internal/dns/resolver.js uses the
// same numbers); kReverse is ares_gethostbyaddr.
constexpr int kReverse = 0;
constexpr int kCaa = 257;  // not in every arpa/nameser.h

Local<String> Key(Isolate* isolate, const char* s) {
  return String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(s),
                                v8::NewStringType::kInternalized)
      .ToLocalChecked();
}
// DNS strings are bytes; node hands them to JS as latin1.
Local<String> Latin1(Isolate* isolate, const void* s, size_t len) {
  return String::NewFromOneByte(isolate, static_cast<const uint8_t*>(s),
                                v8::NewStringType::kNormal, static_cast<int>(len))
      .ToLocalChecked();
}
Local<String> Latin1(Isolate* isolate, const char* s) { return Latin1(isolate, s, strlen(s)); }

// Builds the JS values of one query's answer. With `any` set (resolveAny)
// every record is an object carrying its `type`.
class ResultBuilder {
 public:
  ResultBuilder(Isolate* isolate, const unsigned char* abuf, int alen, bool any)
      : isolate_(isolate), context_(isolate->GetCurrentContext()), abuf_(abuf), alen_(alen),
        any_(any) {}

  std::vector<Local<Value>> records;
  std::vector<Local<Value>> ttls;  // A/AAAA outside resolveAny

  // Appends the records of one type; ARES_ENODATA when there are none.
  int Parse(int type) {
    switch (type) {
      case ns_t_a: return ParseAddresses<4>();
      case ns_t_aaaa: return ParseAddresses<6>();
      case ns_t_cname: return ParseCname();
      case ns_t_mx: return ParseMx();
      case ns_t_ns: return ParseNames(type, "NS");
      case ns_t_ptr: return ParseNames(type, "PTR");
      case ns_t_txt: return ParseTxt();
      case ns_t_srv: return ParseSrv();
      case ns_t_naptr: return ParseNaptr();
      case ns_t_soa: return ParseSoa();
      case kCaa: return ParseCaa();
    }
    return ARES_ENOTIMP;
  }

  // An object with the given fields (and `type` for resolveAny, if given).
  Local<Object> Record(std::initializer_list<std::pair<const char*, Local<Value>>> fields,
                       const char* type) {
    Local<Object> o = Object::New(isolate_);
    for (const auto& f : fields) Set(o, Key(isolate_, f.first), f.second);
    if (any_ && type != nullptr) Set(o, Key(isolate_, "type"), Key(isolate_, type));
    return o;
  }
  // A bare value, or { value, type } for resolveAny.
  void PushValue(Local<Value> v, const char* type) {
    records.push_back(any_ ? Record({{"value", v}}, type).As<Value>() : v);
  }
  Local<Value> Uint(uint32_t n) { return Integer::NewFromUnsigned(isolate_, n); }
  Local<Value> Str(const char* s) { return Latin1(isolate_, s); }

 private:
  void Set(Local<Object> o, Local<v8::Name> k, Local<Value> v) {
    o->CreateDataProperty(context_, k, v).Check();
  }
  int AnswerCount() const { return alen_ >= 12 ? (abuf_[6] << 8 | abuf_[7]) : 0; }

  template <int kFamily>
  int ParseAddresses() {
    using TTL = std::conditional_t<kFamily == 4, ares_addrttl, ares_addr6ttl>;
    std::vector<TTL> addrs(AnswerCount() + 1);
    int n = static_cast<int>(addrs.size());
    hostent* host = nullptr;
    int r = kFamily == 4 ? ares_parse_a_reply(abuf_, alen_, &host,
                                              reinterpret_cast<ares_addrttl*>(addrs.data()), &n)
                         : ares_parse_aaaa_reply(abuf_, alen_, &host,
                                                 reinterpret_cast<ares_addr6ttl*>(addrs.data()), &n);
    if (host != nullptr) ares_free_hostent(host);
    // An alias with no address of this family is an empty result in node
    // (whose newer c-ares says so); c-ares 1.18 says ENODATA.
    if (r == ARES_SUCCESS && n == 0) r = ARES_ENODATA;
    if (r == ARES_ENODATA && !any_ && HasCname()) return ARES_SUCCESS;
    if (r != ARES_SUCCESS) return r;
    for (int i = 0; i < n; i++) {
      char ip[INET6_ADDRSTRLEN];
      const void* addr;
      if constexpr (kFamily == 4) addr = &addrs[i].ipaddr;
      else addr = &addrs[i].ip6addr;
      ares_inet_ntop(kFamily == 4 ? AF_INET : AF_INET6, addr, ip, sizeof(ip));
      Local<Value> address = Latin1(isolate_, ip);
      Local<Value> ttl = Integer::New(isolate_, addrs[i].ttl);
      if (any_) {
        records.push_back(Record({{"address", address}, {"ttl", ttl}}, kFamily == 4 ? "A" : "AAAA"));
      } else {
        records.push_back(address);
        ttls.push_back(ttl);
      }
    }
    return ARES_SUCCESS;
  }

  // Calls fn(type, rdata) for each record of the answer section; false for
  // a malformed reply.
  template <typename Fn>
  bool ForEachAnswer(Fn fn) {
    const unsigned char* end = abuf_ + alen_;
    if (alen_ < 12) return false;
    int qdcount = abuf_[4] << 8 | abuf_[5];
    const unsigned char* p = abuf_ + 12;
    char* name;
    long len;
    for (int i = 0; i < qdcount; i++) {
      if (ares_expand_name(p, abuf_, alen_, &name, &len) != ARES_SUCCESS) return false;
      ares_free_string(name);
      p += len + 4;
      if (p > end) return false;
    }
    for (int i = 0, n = AnswerCount(); i < n; i++) {
      if (ares_expand_name(p, abuf_, alen_, &name, &len) != ARES_SUCCESS) return false;
      ares_free_string(name);
      p += len;
      if (end - p < 10) return false;
      int type = p[0] << 8 | p[1];
      int rdlen = p[8] << 8 | p[9];
      p += 10;
      if (end - p < rdlen) return false;
      if (!fn(type, p)) return false;
      p += rdlen;
    }
    return true;
  }

  bool HasCname() {
    bool found = false;
    ForEachAnswer([&](int type, const unsigned char*) { return !(found = type == ns_t_cname); });
    return found;
  }

  // c-ares has no CNAME parser: the CNAME records of the answer section.
  int ParseCname() {
    size_t before = records.size();
    bool ok = ForEachAnswer([&](int type, const unsigned char* rdata) {
      if (type != ns_t_cname) return true;
      char* name;
      long len;
      if (ares_expand_name(rdata, abuf_, alen_, &name, &len) != ARES_SUCCESS) return false;
      PushValue(Str(name), "CNAME");
      ares_free_string(name);
      return true;
    });
    if (!ok) return ARES_EBADRESP;
    return records.size() > before ? ARES_SUCCESS : ARES_ENODATA;
  }

  // NS and PTR answers come as a hostent whose aliases are the records
  // (node reports the aliases, for reverse lookups too).
  int ParseNames(int type, const char* type_name) {
    hostent* host = nullptr;
    int r = type == ns_t_ns ? ares_parse_ns_reply(abuf_, alen_, &host)
                            : ares_parse_ptr_reply(abuf_, alen_, nullptr, 0, AF_INET, &host);
    if (r != ARES_SUCCESS) return r;
    for (const std::string& n : HostentAliases(host)) PushValue(Str(n.c_str()), type_name);
    ares_free_hostent(host);
    return ARES_SUCCESS;
  }

 public:
  static std::vector<std::string> HostentAliases(const hostent* host) {
    std::vector<std::string> names;
    for (char** a = host->h_aliases; a != nullptr && *a != nullptr; a++) names.emplace_back(*a);
    return names;
  }

 private:
  int ParseMx() {
    ares_mx_reply* mx = nullptr;
    int r = ares_parse_mx_reply(abuf_, alen_, &mx);
    if (r != ARES_SUCCESS) return r;
    for (ares_mx_reply* m = mx; m != nullptr; m = m->next)
      records.push_back(Record({{"exchange", Str(m->host)}, {"priority", Uint(m->priority)}}, "MX"));
    ares_free_data(mx);
    return ARES_SUCCESS;
  }

  // A TXT record is an array of its character-strings.
  int ParseTxt() {
    ares_txt_ext* txt = nullptr;
    int r = ares_parse_txt_reply_ext(abuf_, alen_, &txt);
    if (r != ARES_SUCCESS) return r;
    std::vector<Local<Value>> chunks;
    auto flush = [&] {
      if (chunks.empty()) return;
      Local<Value> entries = Array::New(isolate_, chunks.data(), chunks.size());
      records.push_back(any_ ? Record({{"entries", entries}}, "TXT").As<Value>() : entries);
      chunks.clear();
    };
    for (ares_txt_ext* t = txt; t != nullptr; t = t->next) {
      if (t->record_start) flush();
      chunks.push_back(Latin1(isolate_, t->txt, t->length));
    }
    flush();
    ares_free_data(txt);
    return ARES_SUCCESS;
  }

  int ParseSrv() {
    ares_srv_reply* srv = nullptr;
    int r = ares_parse_srv_reply(abuf_, alen_, &srv);
    if (r != ARES_SUCCESS) return r;
    for (ares_srv_reply* s = srv; s != nullptr; s = s->next)
      records.push_back(Record({{"name", Str(s->host)}, {"port", Uint(s->port)},
                                {"priority", Uint(s->priority)}, {"weight", Uint(s->weight)}},
                               "SRV"));
    ares_free_data(srv);
    return ARES_SUCCESS;
  }

  int ParseNaptr() {
    ares_naptr_reply* naptr = nullptr;
    int r = ares_parse_naptr_reply(abuf_, alen_, &naptr);
    if (r != ARES_SUCCESS) return r;
    for (ares_naptr_reply* n = naptr; n != nullptr; n = n->next)
      records.push_back(Record({{"flags", Str(reinterpret_cast<char*>(n->flags))},
                                {"service", Str(reinterpret_cast<char*>(n->service))},
                                {"regexp", Str(reinterpret_cast<char*>(n->regexp))},
                                {"replacement", Str(n->replacement)},
                                {"order", Uint(n->order)},
                                {"preference", Uint(n->preference)}},
                               "NAPTR"));
    ares_free_data(naptr);
    return ARES_SUCCESS;
  }

  int ParseSoa() {
    ares_soa_reply* soa = nullptr;
    int r = ares_parse_soa_reply(abuf_, alen_, &soa);
    if (r != ARES_SUCCESS) return r;
    records.push_back(Record({{"nsname", Str(soa->nsname)}, {"hostmaster", Str(soa->hostmaster)},
                              {"serial", Uint(soa->serial)}, {"refresh", Uint(soa->refresh)},
                              {"retry", Uint(soa->retry)}, {"expire", Uint(soa->expire)},
                              {"minttl", Uint(soa->minttl)}},
                             "SOA"));
    ares_free_data(soa);
    return ARES_SUCCESS;
  }

  // { critical, [property]: value }
  int ParseCaa() {
    ares_caa_reply* caa = nullptr;
    int r = ares_parse_caa_reply(abuf_, alen_, &caa);
    if (r != ARES_SUCCESS) return r;
    for (ares_caa_reply* c = caa; c != nullptr; c = c->next) {
      Local<Object> o = Record({{"critical", Uint(c->critical)}}, nullptr);
      Set(o, Latin1(isolate_, c->property, c->plength), Latin1(isolate_, c->value, c->length));
      if (any_) Set(o, Key(isolate_, "type"), Key(isolate_, "CAA"));
      records.push_back(o);
    }
    ares_free_data(caa);
    return ARES_SUCCESS;
  }

  Isolate* isolate_;
  Local<Context> context_;
  const unsigned char* abuf_;
  int alen_;
  bool any_;
};

// resolveAny's result order (node's: by type, not by answer order).
constexpr int kAnyOrder[] = {ns_t_a, ns_t_cname, ns_t_aaaa, ns_t_mx, ns_t_ns, ns_t_txt,
                             ns_t_srv, ns_t_ptr, ns_t_naptr, ns_t_soa, kCaa};

class Channel;
using ChannelSet = std::unordered_set<Channel*>;

// One socket c-ares asked us to watch. Freed in its own close callback; it
// never outlives the Channel's use of it (sock_state_cb closes it).
struct PollHandle {
  uv_poll_t poll;
  Channel* channel;
  ares_socket_t fd;
};

// One outstanding query or reverse lookup.
struct DnsQuery {
  Channel* channel;
  v8::Global<Object> req;
  int type;
  int status = ARES_SUCCESS;
  std::vector<unsigned char> answer;  // the DNS reply (queries)
  std::vector<std::string> names;     // reverse lookups
};

class Channel {
 public:
  Channel(Env* env, Local<Object> object, ChannelSet* set, int timeout, int tries)
      : env_(env), object_(env->isolate(), object), set_(set), timeout_(timeout), tries_(tries) {
    object->SetAlignedPointerInInternalField(0, this);
    object_.SetWeak(this, OnGC, v8::WeakCallbackType::kParameter);
    set_->insert(this);
  }

  // The Env is going away: end everything now, without JS.
  void Orphan() { Destroy(); }

  // --- JS methods -----------------------------------------------------------
  static Channel* Unwrap(const FunctionCallbackInfo<Value>& info) {
    return static_cast<Channel*>(info.This()->GetAlignedPointerFromInternalField(0));
  }

  // new ChannelWrap(timeoutMs (-1: c-ares' default), tries)
  static void New(const FunctionCallbackInfo<Value>& info) {
    Env* env = Env::From(info);
    Local<Context> context = env->context();
    auto* set = static_cast<ChannelSet*>(info.Data().As<v8::External>()->Value());
    new Channel(env, info.This(), set, info[0]->Int32Value(context).FromMaybe(-1),
                info[1]->Int32Value(context).FromMaybe(4));
  }

  // query(req, type, name) → undefined, or a code string if the channel
  // could not be made; later req.oncomplete(err, result, ttls).
  static void Query(const FunctionCallbackInfo<Value>& info) {
    Channel* c = Unwrap(info);
    int r = c->EnsureChannel();
    if (r != ARES_SUCCESS) return info.GetReturnValue().Set(Key(info.GetIsolate(), AresCode(r)));
    std::string name = ToStdString(info.GetIsolate(), info[2]);
    int type = info[1]->Int32Value(c->env_->context()).FromMaybe(ns_t_a);
    ares_query(c->channel_, name.c_str(), ns_c_in, type, OnQueryDone,
               c->Issue(info[0].As<Object>(), type));
    c->AfterAres(true);
  }

  // getHostByAddr(req, address) → like query; UV_EINVAL for a bad address.
  static void GetHostByAddr(const FunctionCallbackInfo<Value>& info) {
    Channel* c = Unwrap(info);
    int r = c->EnsureChannel();
    if (r != ARES_SUCCESS) return info.GetReturnValue().Set(Key(info.GetIsolate(), AresCode(r)));
    std::string address = ToStdString(info.GetIsolate(), info[1]);
    unsigned char addr[16];
    int family = AF_INET, len = 4;
    if (ares_inet_pton(AF_INET, address.c_str(), addr) != 1) {
      family = AF_INET6;
      len = 16;
      if (ares_inet_pton(AF_INET6, address.c_str(), addr) != 1)
        return info.GetReturnValue().Set(UV_EINVAL);
    }
    ares_gethostbyaddr(c->channel_, addr, len, family, OnHostDone,
                       c->Issue(info[0].As<Object>(), kReverse));
    c->AfterAres(true);
  }

  // getServers() → [[ip, port], ...] (port 53 when c-ares says "default")
  static void GetServers(const FunctionCallbackInfo<Value>& info) {
    Channel* c = Unwrap(info);
    Isolate* isolate = info.GetIsolate();
    if (c->EnsureChannel() != ARES_SUCCESS) return;
    ares_addr_port_node* servers = nullptr;
    if (ares_get_servers_ports(c->channel_, &servers) != ARES_SUCCESS) return;
    std::vector<Local<Value>> out;
    for (ares_addr_port_node* s = servers; s != nullptr; s = s->next) {
      char ip[INET6_ADDRSTRLEN];
      ares_inet_ntop(s->family, &s->addr, ip, sizeof(ip));
      Local<Value> pair[] = {Latin1(isolate, ip), Integer::New(isolate, s->udp_port ? s->udp_port : 53)};
      out.push_back(Array::New(isolate, pair, 2));
    }
    ares_free_data(servers);
    info.GetReturnValue().Set(Array::New(isolate, out.data(), out.size()));
  }

  // setServers([[family, ip, port], ...]) → undefined, or the reason it failed.
  static void SetServers(const FunctionCallbackInfo<Value>& info) {
    Channel* c = Unwrap(info);
    Isolate* isolate = info.GetIsolate();
    Local<Context> context = c->env_->context();
    int r = c->EnsureChannel();
    if (r != ARES_SUCCESS) return info.GetReturnValue().Set(Latin1(isolate, ares_strerror(r)));
    if (c->active_ > 0)
      return info.GetReturnValue().Set(OneByteString(isolate, "There are pending queries."));
    Local<Array> list = info[0].As<Array>();
    std::vector<ares_addr_port_node> nodes(list->Length());
    for (uint32_t i = 0; i < nodes.size(); i++) {
      Local<Array> entry = list->Get(context, i).ToLocalChecked().As<Array>();
      ares_addr_port_node& n = nodes[i];
      int family = entry->Get(context, 0).ToLocalChecked()->Int32Value(context).FromJust();
      std::string ip = ToStdString(isolate, entry->Get(context, 1).ToLocalChecked());
      n.family = family == 6 ? AF_INET6 : AF_INET;
      if (ares_inet_pton(n.family, ip.c_str(), &n.addr) != 1)
        return info.GetReturnValue().Set(Latin1(isolate, ares_strerror(ARES_EBADSTR)));
      n.udp_port = n.tcp_port =
          entry->Get(context, 2).ToLocalChecked()->Int32Value(context).FromJust();
      n.next = i + 1 < nodes.size() ? &nodes[i + 1] : nullptr;
    }
    r = ares_set_servers_ports(c->channel_, nodes.empty() ? nullptr : nodes.data());
    if (r != ARES_SUCCESS) info.GetReturnValue().Set(Latin1(isolate, ares_strerror(r)));
  }

  // setLocalAddress(ipv4 | undefined, ipv6 | undefined): JS checked both.
  static void SetLocalAddress(const FunctionCallbackInfo<Value>& info) {
    Channel* c = Unwrap(info);
    if (c->EnsureChannel() != ARES_SUCCESS) return;
    Isolate* isolate = info.GetIsolate();
    unsigned char addr[16] = {};
    if (info[0]->IsString() &&
        ares_inet_pton(AF_INET, ToStdString(isolate, info[0]).c_str(), addr) == 1) {
      ares_set_local_ip4(c->channel_, static_cast<unsigned>(addr[0]) << 24 | addr[1] << 16 |
                                          addr[2] << 8 | addr[3]);
    } else {
      ares_set_local_ip4(c->channel_, 0);
    }
    memset(addr, 0, sizeof(addr));
    if (info[1]->IsString()) ares_inet_pton(AF_INET6, ToStdString(isolate, info[1]).c_str(), addr);
    ares_set_local_ip6(c->channel_, addr);
  }

  // cancel(): outstanding queries end with ECANCELLED (asynchronously).
  static void Cancel(const FunctionCallbackInfo<Value>& info) {
    Channel* c = Unwrap(info);
    if (c->channel_ == nullptr) return;
    ares_cancel(c->channel_);
    c->AfterAres(true);
  }

 private:
  ~Channel() {
    if (set_ != nullptr) set_->erase(this);
  }

  int EnsureChannel() {
    if (channel_ != nullptr) return ARES_SUCCESS;
    static std::once_flag library_once;
    static int library_status;
    std::call_once(library_once, [] { library_status = ares_library_init(ARES_LIB_INIT_ALL); });
    if (library_status != ARES_SUCCESS) return library_status;
    ares_options options;
    memset(&options, 0, sizeof(options));
    // Hand SERVFAIL/REFUSED answers to the callback instead of retrying them
    // on the next server: node reports them as ESERVFAIL/EREFUSED at once.
    options.flags = ARES_FLAG_NOCHECKRESP;
    options.sock_state_cb = SockStateCb;
    options.sock_state_cb_data = this;
    options.tries = tries_;
    int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB | ARES_OPT_TRIES;
    if (timeout_ >= 0) {
      options.timeout = timeout_;
      mask |= ARES_OPT_TIMEOUTMS;
    }
    int r = ares_init_options(&channel_, &options, mask);
    if (r != ARES_SUCCESS) {
      channel_ = nullptr;
      return r;
    }
    uv_timer_init(env_->loop(), &timer_);
    uv_timer_init(env_->loop(), &drain_timer_);
    timer_.data = drain_timer_.data = this;
    return ARES_SUCCESS;
  }

  // A new query for req; the JS object stays alive until it is delivered.
  DnsQuery* Issue(Local<Object> req, int type) {
    auto* q = new DnsQuery();
    q->channel = this;
    q->req.Reset(env_->isolate(), req);
    env_->CaptureAsyncFrame(req);
    q->type = type;
    if (outstanding_++ == 0) object_.ClearWeak();
    active_++;
    return q;
  }
  void Release() {
    if (--outstanding_ == 0 && !object_.IsEmpty())
      object_.SetWeak(this, OnGC, v8::WeakCallbackType::kParameter);
  }

  // Stores a finished query for delivery, or frees it if the channel is
  // being destroyed.
  bool Finish(DnsQuery* q, int status) {
    active_--;
    if (destroying_) {
      delete q;
      outstanding_--;
      return false;
    }
    q->status = status;
    done_.emplace_back(q);
    return true;
  }

  static void OnQueryDone(void* arg, int status, int timeouts, unsigned char* abuf, int alen) {
    auto* q = static_cast<DnsQuery*>(arg);
    if (q->channel->Finish(q, status) && abuf != nullptr && alen > 0)
      q->answer.assign(abuf, abuf + alen);
  }

  static void OnHostDone(void* arg, int status, int timeouts, hostent* host) {
    auto* q = static_cast<DnsQuery*>(arg);
    if (q->channel->Finish(q, status) && status == ARES_SUCCESS && host != nullptr)
      q->names = ResultBuilder::HostentAliases(host);
  }

  // c-ares wants fd watched for reading and/or writing, or no longer.
  static void SockStateCb(void* data, ares_socket_t fd, int readable, int writable) {
    Channel* c = static_cast<Channel*>(data);
    auto it = c->polls_.find(fd);
    if (!readable && !writable) {
      if (it == c->polls_.end()) return;
      uv_close(reinterpret_cast<uv_handle_t*>(&it->second->poll),
               [](uv_handle_t* h) { delete static_cast<PollHandle*>(h->data); });
      c->polls_.erase(it);
      return;
    }
    PollHandle* p;
    if (it != c->polls_.end()) {
      p = it->second;
    } else {
      p = new PollHandle{{}, c, fd};
      if (uv_poll_init_socket(c->env_->loop(), &p->poll, fd) != 0) {
        delete p;  // c-ares then times the query out
        return;
      }
      p->poll.data = p;
      c->polls_[fd] = p;
    }
    uv_poll_start(&p->poll, (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0), OnPoll);
  }

  static void OnPoll(uv_poll_t* handle, int status, int events) {
    auto* p = static_cast<PollHandle*>(handle->data);
    Channel* c = p->channel;
    ares_socket_t fd = p->fd;  // p may be closed by c-ares below
    if (status < 0) {
      // Let c-ares read the socket's error and fail over.
      ares_process_fd(c->channel_, fd, fd);
    } else {
      ares_process_fd(c->channel_, (events & UV_READABLE) ? fd : ARES_SOCKET_BAD,
                      (events & UV_WRITABLE) ? fd : ARES_SOCKET_BAD);
    }
    c->AfterAres(false);
  }

  static void OnTimer(uv_timer_t* handle) {
    Channel* c = static_cast<Channel*>(handle->data);
    ares_process_fd(c->channel_, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
    c->AfterAres(false);
  }

  // After every call into c-ares: re-arm the timeout timer and deliver what
  // finished — now from a loop callback, on the next loop turn when JS called.
  void AfterAres(bool from_js) {
    timeval tv;
    if (ares_timeout(channel_, nullptr, &tv) != nullptr) {
      uint64_t ms = static_cast<uint64_t>(tv.tv_sec) * 1000 + (tv.tv_usec + 999) / 1000;
      uv_timer_start(&timer_, OnTimer, ms, 0);
    } else {
      uv_timer_stop(&timer_);
    }
    if (done_.empty()) return;
    if (from_js) {
      uv_timer_start(&drain_timer_, [](uv_timer_t* h) { static_cast<Channel*>(h->data)->Drain(); },
                     0, 0);
    } else {
      Drain();
    }
  }

  void Drain() {
    if (draining_) return;  // the running Drain takes what a callback added
    draining_ = true;
    Isolate* isolate = env_->isolate();
    HandleScope scope(isolate);
    Context::Scope context_scope(env_->context());
    // A Local keeps the object (and so this Channel) alive while JS runs,
    // even after the last Release() made the Global weak.
    Local<Object> self = object_.Get(isolate);
    while (!done_.empty()) {
      std::unique_ptr<DnsQuery> q = std::move(done_.front());
      done_.pop_front();
      if (!env_->exiting()) Deliver(q.get());
      q.reset();
      Release();
    }
    (void)self;
    draining_ = false;
  }

  void Deliver(DnsQuery* q) {
    Isolate* isolate = env_->isolate();
    HandleScope scope(isolate);
    Local<Value> argv[3] = {Integer::New(isolate, 0), v8::Undefined(isolate), v8::Undefined(isolate)};
    int status = q->status;
    if (status == ARES_SUCCESS && q->type == kReverse) {
      std::vector<Local<Value>> names;
      for (const std::string& n : q->names) names.push_back(Latin1(isolate, n.c_str()));
      argv[1] = Array::New(isolate, names.data(), names.size());
    } else if (status == ARES_SUCCESS) {
      bool any = q->type == ns_t_any;
      ResultBuilder b(isolate, q->answer.data(), static_cast<int>(q->answer.size()), any);
      if (any) {
        for (int type : kAnyOrder) b.Parse(type);
        if (b.records.empty()) status = ARES_ENODATA;
      } else {
        status = b.Parse(q->type);
      }
      if (status == ARES_SUCCESS) {
        argv[1] = q->type == ns_t_soa ? b.records[0]
                                      : Array::New(isolate, b.records.data(), b.records.size()).As<Value>();
        if (!b.ttls.empty()) argv[2] = Array::New(isolate, b.ttls.data(), b.ttls.size());
      }
    }
    if (status != ARES_SUCCESS) argv[0] = Key(isolate, AresCode(status));
    Local<Object> req = q->req.Get(isolate);
    Local<Value> cb;
    if (req->Get(env_->context(), Key(isolate, "oncomplete")).ToLocal(&cb) && cb->IsFunction())
      env_->MakeCallback(req, cb.As<Function>(), 3, argv);
  }

  static void OnGC(const v8::WeakCallbackInfo<Channel>& data) {
    Channel* c = data.GetParameter();
    c->object_.Reset();
    c->Destroy();
  }

  // Ends the channel; `delete this` once libuv is done with the timers.
  void Destroy() {
    if (set_ != nullptr) set_->erase(this);
    set_ = nullptr;
    destroying_ = true;
    if (channel_ == nullptr) {
      delete this;
      return;
    }
    ares_destroy(channel_);  // queries end in Finish(); sockets close via SockStateCb
    channel_ = nullptr;
    for (auto& entry : polls_) {  // none expected: c-ares closed its sockets
      uv_close(reinterpret_cast<uv_handle_t*>(&entry.second->poll),
               [](uv_handle_t* h) { delete static_cast<PollHandle*>(h->data); });
    }
    polls_.clear();
    done_.clear();
    auto closed = [](uv_handle_t* h) {
      Channel* c = static_cast<Channel*>(h->data);
      if (--c->closing_handles_ == 0) delete c;
    };
    closing_handles_ = 2;
    uv_close(reinterpret_cast<uv_handle_t*>(&timer_), closed);
    uv_close(reinterpret_cast<uv_handle_t*>(&drain_timer_), closed);
  }

  Env* env_;
  v8::Global<Object> object_;
  ChannelSet* set_;
  int timeout_;
  int tries_;
  ares_channel channel_ = nullptr;
  uv_timer_t timer_;        // c-ares' next timeout
  uv_timer_t drain_timer_;  // delivers what finished during a call from JS
  std::unordered_map<ares_socket_t, PollHandle*> polls_;
  std::deque<std::unique_ptr<DnsQuery>> done_;  // finished, not yet delivered
  size_t outstanding_ = 0;                          // issued, not yet delivered
  size_t active_ = 0;                               // issued, not yet finished by c-ares
  bool draining_ = false;
  bool destroying_ = false;
  int closing_handles_ = 0;
};

}  // namespace
}  // namespace eddy

EDDY_BINDING(cares_wrap) {
  using namespace eddy;
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  auto* set = NewTeardownSet<Channel>(env);
  Local<FunctionTemplate> t =
      FunctionTemplate::New(isolate, Channel::New, v8::External::New(isolate, set));
  t->SetClassName(OneByteString(isolate, "ChannelWrap"));
  t->InstanceTemplate()->SetInternalFieldCount(1);
  auto method = [&](const char* name, v8::FunctionCallback fn) {
    t->PrototypeTemplate()->Set(isolate, name, FunctionTemplate::New(isolate, fn));
  };
  method("query", Channel::Query);
  method("getHostByAddr", Channel::GetHostByAddr);
  method("getServers", Channel::GetServers);
  method("setServers", Channel::SetServers);
  method("setLocalAddress", Channel::SetLocalAddress);
  method("cancel", Channel::Cancel);
  SetValue(context, target, "ChannelWrap", t->GetFunction(context).ToLocalChecked());
}
