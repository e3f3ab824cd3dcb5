// crypto.cc — internalBinding('crypto'): hashing, HMAC, randomness, key
// derivation and symmetric ciphers on OpenSSL 3 (see doc/internals.md for the
// interface). lib/crypto.js and lib/internal/crypto/*.js validate every
// argument and build node's errors; this file trusts what they pass.
//
// Objects: Hash/Hmac (one class, DigestWrap) and Cipher (CipherWrap) are C++
// objects owned by a JS object: freed when the JS object is collected (a weak
// callback) or, for those still alive, when the Env is torn down (each binding
// instance keeps the list of live objects). Their methods carry a V8
// signature, so they only ever run on their own kind of object.
//
// Short messages: HMAC and PBKDF2 with MD5/SHA-1/SHA-2 use FastHmac (OpenSSL's
// low-level hash functions, contexts inline), and digests, MACs and tags of
// up to 64 bytes come back through binding.scratch: both avoid per-call
// allocations that cost more than the hashing itself.
//
// Algorithms are fetched once (EVP_MD_fetch/EVP_CIPHER_fetch) and cached for the
// process: an implicit fetch on every init costs more than hashing a short
// message. Names are resolved as OpenSSL resolves them, aliases included
// ('RSA-SHA256', 'SHA256').
//
// Thread pool: pbkdf2, scrypt, hkdf, randomFill and subtle.digest run as one
// CryptoJob each when called with a callback; the same Run() executes inline
// for the *Sync forms. Inputs are copied into the job; outputs are malloc'd
// there and handed to an ArrayBuffer on the loop thread.
#include <openssl/crypto.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/engine.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/objects.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/md5.h>
#include <openssl/sha.h>
#include <openssl/ssl.h>  // the SSL_OP_* and TLS version constants only
#include <uv.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "binding_list.h"
#include "env.h"
#include "large_alloc.h"
#include "string_bytes.h"
#include "work_pool.h"

// HMAC_CTX is deprecated in OpenSSL 3 in favour of EVP_MAC, but it takes an
// already fetched EVP_MD directly, which EVP_MAC cannot (it fetches by name on
// every init): for many short messages that is the difference that counts.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace eddy {

using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::BackingStore;
using v8::Context;
using v8::External;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Number;
using v8::Object;
using v8::String;
using v8::Uint8Array;
using v8::Value;

namespace {

// --- OpenSSL errors ----------------------------------------------------------

// node's shape of an OpenSSL error: message "error:1C800064:Provider
// routines::bad decrypt", with library, reason and code 'ERR_OSSL_BAD_DECRYPT'
// (digital-envelope errors get an EVP_ prefix).
Local<Value> OpenSSLError(Isolate* isolate, unsigned long err) {
  Local<Context> context = isolate->GetCurrentContext();
  char buf[256];
  ERR_error_string_n(err, buf, sizeof(buf));
  Local<Object> e = v8::Exception::Error(Utf8String(isolate, buf)).As<Object>();
  const char* lib = ERR_lib_error_string(err);
  const char* reason = ERR_reason_error_string(err);
  if (lib != nullptr) e->Set(context, OneByteString(isolate, "library"), OneByteString(isolate, lib)).Check();
  if (reason != nullptr) {
    e->Set(context, OneByteString(isolate, "reason"), OneByteString(isolate, reason)).Check();
    std::string code = "ERR_OSSL_";
    if (ERR_GET_LIB(err) == ERR_LIB_EVP) code += "EVP_";
    for (const char* p = reason; *p; p++)
      code += (*p == ' ') ? '_' : static_cast<char>(toupper(static_cast<unsigned char>(*p)));
    e->Set(context, OneByteString(isolate, "code"), Utf8String(isolate, code)).Check();
  }
  return e;
}

// Throws the last OpenSSL error of this thread (or a plain Error with
// `fallback` when the queue is empty) and clears the queue.
void ThrowCryptoError(Isolate* isolate, const char* fallback, unsigned long err = 0) {
  if (err == 0) err = ERR_peek_last_error();
  ERR_clear_error();
  if (err != 0) {
    isolate->ThrowException(OpenSSLError(isolate, err));
  } else {
    isolate->ThrowException(v8::Exception::Error(OneByteString(isolate, fallback)));
  }
}

// --- algorithm lookup (process-wide caches) -----------------------------------

template <typename T, T* (*Fetch)(OSSL_LIB_CTX*, const char*, const char*)>
class AlgorithmCache {
 public:
  // The fetched algorithm for `name` (or an alias OpenSSL's name table knows),
  // nullptr if none. `legacy` resolves an alias to OpenSSL's canonical name.
  T* Get(const std::string& name, const char* (*legacy_name)(const char*)) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = map_.find(name);
    if (it != map_.end()) return it->second;
    T* alg = Fetch(nullptr, name.c_str(), nullptr);
    if (alg == nullptr) {
      const char* canonical = legacy_name(name.c_str());
      if (canonical != nullptr) alg = Fetch(nullptr, canonical, nullptr);
    }
    ERR_clear_error();
    // Found algorithms are kept for the life of the process; unknown names
    // are not remembered (user input must not grow the map).
    if (alg != nullptr) map_.emplace(name, alg);
    return alg;
  }

 private:
  std::mutex mutex_;
  std::unordered_map<std::string, T*> map_;
};

const char* LegacyDigestName(const char* name) {
  const EVP_MD* md = EVP_get_digestbyname(name);
  return md != nullptr ? EVP_MD_get0_name(md) : nullptr;
}
const char* LegacyCipherName(const char* name) {
  const EVP_CIPHER* c = EVP_get_cipherbyname(name);
  return c != nullptr ? EVP_CIPHER_get0_name(c) : nullptr;
}

// The caches live as long as the process (never destroyed: freeing their
// algorithms from a static destructor could run after OpenSSL's own atexit
// clean-up).
const EVP_MD* GetDigest(const std::string& name) {
  static auto* cache = new AlgorithmCache<EVP_MD, EVP_MD_fetch>();
  return cache->Get(name, LegacyDigestName);
}
const EVP_CIPHER* GetCipher(const std::string& name) {
  static auto* cache = new AlgorithmCache<EVP_CIPHER, EVP_CIPHER_fetch>();
  return cache->Get(name, LegacyCipherName);
}

const EVP_MD* DigestArg(Isolate* isolate, Local<Value> v) {
  return GetDigest(ToStdString(isolate, v));
}

// --- input bytes ---------------------------------------------------------------

// The bytes of a JS argument: an ArrayBufferView or ArrayBuffer (used in
// place, no copy) or a string encoded with `enc` (into a stack buffer when
// small). Valid until JS runs again.
class InputBytes {
 public:
  InputBytes(Isolate* isolate, Local<Value> v, Local<Value> enc_value = Local<Value>()) {
    if (v->IsArrayBufferView()) {
      Local<ArrayBufferView> view = v.As<ArrayBufferView>();
      size_ = view->ByteLength();
      data_ = size_ ? string_bytes::ViewData(view) : stack_;
    } else if (v->IsArrayBuffer()) {
      Local<ArrayBuffer> ab = v.As<ArrayBuffer>();
      size_ = ab->ByteLength();
      data_ = size_ ? static_cast<uint8_t*>(ab->Data()) : stack_;
    } else if (v->IsSharedArrayBuffer()) {
      Local<v8::SharedArrayBuffer> sab = v.As<v8::SharedArrayBuffer>();
      size_ = sab->ByteLength();
      data_ = size_ ? static_cast<uint8_t*>(sab->Data()) : stack_;
    } else if (v->IsString()) {
      Local<String> str = v.As<String>();
      Encoding enc = kUtf8;
      if (!enc_value.IsEmpty() && enc_value->IsInt32()) {
        int e = enc_value.As<Integer>()->Value();
        if (e >= kUtf8 && e <= kHex) enc = static_cast<Encoding>(e);
      }
      size_t cap;
      switch (enc) {
        case kUtf8: cap = static_cast<size_t>(str->Length()) * 3; break;
        case kUcs2: cap = static_cast<size_t>(str->Length()) * 2; break;
        case kLatin1:
        case kAscii: cap = str->Length(); break;
        default: cap = string_bytes::MaxSize(str, enc);
      }
      uint8_t* dst = stack_;
      if (cap > sizeof(stack_)) {
        heap_.reset(new uint8_t[cap]);
        dst = heap_.get();
      }
      size_ = string_bytes::Write(isolate, dst, cap, str, enc);
      data_ = dst;
    } else {
      data_ = stack_;
      size_ = 0;
    }
  }
  const uint8_t* data() const { return data_; }
  size_t size() const { return size_; }
  std::vector<uint8_t> Copy() const { return std::vector<uint8_t>(data_, data_ + size_); }

 private:
  const uint8_t* data_;
  size_t size_;
  std::unique_ptr<uint8_t[]> heap_;
  uint8_t stack_[1024];
};

// --- outputs -------------------------------------------------------------------

// An ArrayBuffer that takes over a block from LargeAlloc(length).
Local<ArrayBuffer> AdoptBytes(Isolate* isolate, uint8_t* data, size_t length) {
  std::unique_ptr<BackingStore> store = ArrayBuffer::NewBackingStore(
      data, length, [](void* p, size_t n, void*) { LargeFree(p, n); }, nullptr);
  return ArrayBuffer::New(isolate, std::move(store));
}

// A new Uint8Array over the first `length` bytes of a fresh block of
// `capacity` bytes (lib/ wraps it as a Buffer). The block is not zeroed
// first: every byte of it that JS can see is written before it returns.
// V8 allocates it (see UninitializedScope), and reports running out of
// memory as it does for its own.
Local<Uint8Array> NewBytes(Isolate* isolate, size_t capacity, size_t length, uint8_t** data) {
  std::unique_ptr<BackingStore> store;
  {
    UninitializedScope uninitialized;
    store = ArrayBuffer::NewBackingStore(isolate, capacity);
  }
  *data = static_cast<uint8_t*>(store->Data());
  return Uint8Array::New(ArrayBuffer::New(isolate, std::move(store)), 0, length);
}

// Bytes out as lib/ asked: enc 0 → Uint8Array, otherwise a string in that
// encoding. Empty if the string would be too long (exception pending).
MaybeLocal<Value> EncodeOutput(Isolate* isolate, const uint8_t* data, size_t len, int enc) {
  if (enc < kUtf8 || enc > kHex) {
    uint8_t* out;
    Local<Uint8Array> u8 = NewBytes(isolate, len, len, &out);
    if (len) memcpy(out, data, len);
    return u8;
  }
  MaybeLocal<String> s = string_bytes::Encode(isolate, data, len, static_cast<Encoding>(enc));
  if (s.IsEmpty()) return MaybeLocal<Value>();
  return s.ToLocalChecked();
}

// --- owned objects -----------------------------------------------------------

class Wrap;

// Per binding instance (one per Env): the constructors of the wrapped classes
// and the live objects (an intrusive list: no allocation per object), freed
// at teardown.
struct CryptoState {
  Wrap* live = nullptr;
  v8::Global<Function> digest_ctor;
  v8::Global<Function> cipher_ctor;
  bool constructing = false;  // see NewInstance
  // binding.scratch: where small byte outputs go (see SetBytesResult).
  static constexpr size_t kScratchSize = EVP_MAX_MD_SIZE;
  v8::Global<Uint8Array> scratch_array;
  uint8_t* scratch = nullptr;
  ~CryptoState();
};

class Wrap {
 public:
  Wrap(CryptoState* state, Isolate* isolate, Local<Object> obj) : state_(state) {
    obj->SetAlignedPointerInInternalField(0, this);
    object_.Reset(isolate, obj);
    object_.SetWeak(this, [](const v8::WeakCallbackInfo<Wrap>& data) { delete data.GetParameter(); },
                    v8::WeakCallbackType::kParameter);
    next_ = state_->live;
    if (next_ != nullptr) next_->prev_ = this;
    state_->live = this;
  }
  virtual ~Wrap() {
    if (prev_ != nullptr) prev_->next_ = next_;
    else state_->live = next_;
    if (next_ != nullptr) next_->prev_ = prev_;
    object_.Reset();
  }
  Wrap(const Wrap&) = delete;
  Wrap& operator=(const Wrap&) = delete;

  template <typename T>
  static T* Unwrap(const FunctionCallbackInfo<Value>& info) {
    return static_cast<T*>(info.This()->GetAlignedPointerFromInternalField(0));
  }

 protected:
  CryptoState* state_;

 private:
  v8::Global<Object> object_;
  Wrap* prev_ = nullptr;
  Wrap* next_ = nullptr;
};

CryptoState::~CryptoState() {
  while (live != nullptr) delete live;
}

CryptoState* StateOf(const FunctionCallbackInfo<Value>& info) {
  return static_cast<CryptoState*>(info.Data().As<External>()->Value());
}

// Returns bytes as lib/ asked (enc as EncodeOutput). Small byte results
// (digests, MACs, tags) are copied to binding.scratch and the length is
// returned: lib/ copies them into a pooled Buffer, which costs a fraction of
// a new ArrayBuffer made here.
void SetBytesResult(const FunctionCallbackInfo<Value>& info, CryptoState* state,
                    const uint8_t* data, size_t len, int enc) {
  if ((enc < kUtf8 || enc > kHex) && len <= CryptoState::kScratchSize) {
    if (len) memcpy(state->scratch, data, len);
    return info.GetReturnValue().Set(static_cast<uint32_t>(len));
  }
  Local<Value> result;
  if (EncodeOutput(info.GetIsolate(), data, len, enc).ToLocal(&result)) info.GetReturnValue().Set(result);
}

// Wrapped objects are made here only; `new` from JS (the class is reachable
// as the handle's constructor) throws, so no method ever sees an object
// without its C++ half.
MaybeLocal<Object> NewInstance(Isolate* isolate, CryptoState* state,
                               const v8::Global<Function>& ctor) {
  state->constructing = true;
  MaybeLocal<Object> obj = ctor.Get(isolate)->NewInstance(isolate->GetCurrentContext());
  state->constructing = false;
  return obj;
}

void ConstructFromNative(const FunctionCallbackInfo<Value>& info) {
  if (!StateOf(info)->constructing) {
    info.GetIsolate()->ThrowException(
        v8::Exception::TypeError(OneByteString(info.GetIsolate(), "Illegal constructor")));
  }
}

// --- HMAC on OpenSSL's low-level hash functions --------------------------------

// HMAC-SHA1/SHA2 (and MD5) with the hash contexts held inline: the pads are
// hashed once when keyed, and a message costs its own compressions only. The
// EVP HMAC route allocates a handful of contexts per HMAC and goes through
// the provider layer, which for short messages (tokens, and every PBKDF2
// iteration) costs more than the hashing.
class FastHmacBase {
 public:
  virtual ~FastHmacBase() = default;
  virtual void Update(const uint8_t* data, size_t len) = 0;
  virtual size_t Final(uint8_t* out) = 0;  // out: EVP_MAX_MD_SIZE bytes
  // PBKDF2-HMAC(salt, iterations) into out[0, length), with this key.
  virtual void Pbkdf2(const uint8_t* salt, size_t salt_len, int iterations, uint8_t* out,
                      size_t length) const = 0;
};

template <typename Ctx, int (*Init)(Ctx*), int (*Hash)(Ctx*, const void*, size_t),
          int (*Finish)(unsigned char*, Ctx*), size_t kBlock, size_t kOut>
class FastHmac final : public FastHmacBase {
 public:
  FastHmac(const uint8_t* key_data, size_t key_len) {
    uint8_t key[kBlock] = {0};
    if (key_len > kBlock) {
      Ctx c;
      Init(&c);
      Hash(&c, key_data, key_len);
      Finish(key, &c);
    } else if (key_len > 0) {
      memcpy(key, key_data, key_len);
    }
    uint8_t pad[kBlock];
    for (size_t i = 0; i < kBlock; i++) pad[i] = key[i] ^ 0x36;
    Init(&inner0_);
    Hash(&inner0_, pad, kBlock);
    for (size_t i = 0; i < kBlock; i++) pad[i] = key[i] ^ 0x5c;
    Init(&outer0_);
    Hash(&outer0_, pad, kBlock);
    inner_ = inner0_;
    OPENSSL_cleanse(key, sizeof(key));
    OPENSSL_cleanse(pad, sizeof(pad));
  }
  ~FastHmac() override {
    OPENSSL_cleanse(&inner0_, sizeof(inner0_));
    OPENSSL_cleanse(&outer0_, sizeof(outer0_));
    OPENSSL_cleanse(&inner_, sizeof(inner_));
  }

  void Update(const uint8_t* data, size_t len) override { Hash(&inner_, data, len); }

  size_t Final(uint8_t* out) override {
    Finish(out, &inner_);
    Ctx c = outer0_;
    Hash(&c, out, kOut);
    Finish(out, &c);
    return kOut;
  }

  void Pbkdf2(const uint8_t* salt, size_t salt_len, int iterations, uint8_t* out,
              size_t length) const override {
    uint8_t u[kOut], t[kOut];
    // u = HMAC(key, parts...)
    auto mac = [&](std::initializer_list<std::pair<const uint8_t*, size_t>> parts) {
      Ctx c = inner0_;
      for (const auto& part : parts) Hash(&c, part.first, part.second);
      Finish(u, &c);
      c = outer0_;
      Hash(&c, u, kOut);
      Finish(u, &c);
    };
    for (uint32_t block = 1, done = 0; done < length; block++) {
      const uint8_t counter[4] = {static_cast<uint8_t>(block >> 24), static_cast<uint8_t>(block >> 16),
                                  static_cast<uint8_t>(block >> 8), static_cast<uint8_t>(block)};
      mac({{salt, salt_len}, {counter, 4}});
      memcpy(t, u, kOut);
      for (int j = 1; j < iterations; j++) {
        mac({{u, kOut}});
        for (size_t k = 0; k < kOut; k++) t[k] ^= u[k];
      }
      size_t n = std::min(kOut, length - done);
      memcpy(out + done, t, n);
      done += n;
    }
    OPENSSL_cleanse(u, sizeof(u));
    OPENSSL_cleanse(t, sizeof(t));
  }

 private:
  Ctx inner0_, outer0_;  // after the key's pads
  Ctx inner_;            // the message so far
};

// A FastHmac for md's family, or nullptr (the EVP route handles the rest).
std::unique_ptr<FastHmacBase> MakeFastHmac(const EVP_MD* md, const uint8_t* key, size_t len) {
#define V(nid, Ctx, Fn, block, out) \
  case nid:                        \
    return std::make_unique<FastHmac<Ctx, Fn##_Init, Fn##_Update, Fn##_Final, block, out>>(key, len);
  switch (EVP_MD_get_type(md)) {
    V(NID_md5, MD5_CTX, MD5, 64, 16)
    V(NID_sha1, SHA_CTX, SHA1, 64, 20)
    V(NID_sha224, SHA256_CTX, SHA224, 64, 28)
    V(NID_sha256, SHA256_CTX, SHA256, 64, 32)
    V(NID_sha384, SHA512_CTX, SHA384, 128, 48)
    V(NID_sha512, SHA512_CTX, SHA512, 128, 64)
  }
#undef V
  return nullptr;
}

// --- Hash and Hmac ---------------------------------------------------------------

class DigestWrap : public Wrap {
 public:
  using Wrap::Wrap;
  ~DigestWrap() override {
    EVP_MD_CTX_free(md_ctx_);
    HMAC_CTX_free(hmac_ctx_);
  }

  // hashNew(algorithm, outputLength | -1) → Hash, or undefined if the
  // algorithm is unknown. Throws OpenSSL's error for an output length a
  // fixed-size digest cannot give.
  static void NewHash(const FunctionCallbackInfo<Value>& info) {
    Isolate* isolate = info.GetIsolate();
    const EVP_MD* md = DigestArg(isolate, info[0]);
    if (md == nullptr) return;
    int64_t xof = info[1]->IntegerValue(isolate->GetCurrentContext()).FromMaybe(-1);
    Local<Object> obj;
    if (!NewInstance(isolate, StateOf(info), StateOf(info)->digest_ctor).ToLocal(&obj)) return;
    auto* d = new DigestWrap(StateOf(info), isolate, obj);
    d->md_ctx_ = EVP_MD_CTX_new();
    if (d->md_ctx_ == nullptr || EVP_DigestInit_ex(d->md_ctx_, md, nullptr) != 1)
      return ThrowCryptoError(isolate, "Digest method not supported");
    if (!d->SetOutputLength(isolate, md, xof)) return;
    info.GetReturnValue().Set(obj);
  }

  // hmacNew(digest, key) → Hmac, or undefined if the digest is unknown.
  static void NewHmac(const FunctionCallbackInfo<Value>& info) {
    Isolate* isolate = info.GetIsolate();
    const EVP_MD* md = DigestArg(isolate, info[0]);
    if (md == nullptr) return;
    Local<Object> obj;
    if (!NewInstance(isolate, StateOf(info), StateOf(info)->digest_ctor).ToLocal(&obj)) return;
    auto* d = new DigestWrap(StateOf(info), isolate, obj);
    InputBytes key(isolate, info[1]);
    d->out_len_ = EVP_MD_get_size(md);
    d->fast_hmac_ = MakeFastHmac(md, key.data(), key.size());
    if (d->fast_hmac_) return info.GetReturnValue().Set(obj);
    d->hmac_ctx_ = HMAC_CTX_new();
    // HMAC_Init_ex takes a NULL key to mean "keep the old one": give it a
    // real pointer for an empty key.
    static const uint8_t kEmpty = 0;
    if (d->hmac_ctx_ == nullptr ||
        HMAC_Init_ex(d->hmac_ctx_, key.size() ? key.data() : &kEmpty, static_cast<int>(key.size()),
                     md, nullptr) != 1)
      return ThrowCryptoError(isolate, "Invalid digest");
    info.GetReturnValue().Set(obj);
  }

  // update(data, enc) → true; data a string (encoded with enc) or bytes.
  static void Update(const FunctionCallbackInfo<Value>& info) {
    DigestWrap* d = Unwrap<DigestWrap>(info);
    InputBytes in(info.GetIsolate(), info[0], info[1]);
    int ok = 1;
    if (d->fast_hmac_) {
      d->fast_hmac_->Update(in.data(), in.size());
    } else {
      ok = d->md_ctx_ ? EVP_DigestUpdate(d->md_ctx_, in.data(), in.size())
                      : HMAC_Update(d->hmac_ctx_, in.data(), in.size());
    }
    info.GetReturnValue().Set(ok == 1);
  }

  // digest(enc) → string in enc; enc 0: the bytes (see SetBytesResult).
  static void Digest(const FunctionCallbackInfo<Value>& info) {
    Isolate* isolate = info.GetIsolate();
    DigestWrap* d = Unwrap<DigestWrap>(info);
    int enc = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
    uint8_t stack[EVP_MAX_MD_SIZE];
    std::unique_ptr<uint8_t[]> heap;
    uint8_t* out = stack;
    size_t len = d->out_len_;
    int ok;
    if (d->fast_hmac_) {
      len = d->fast_hmac_->Final(out);
      ok = 1;
    } else if (d->hmac_ctx_ != nullptr) {
      unsigned int n = 0;
      ok = HMAC_Final(d->hmac_ctx_, out, &n);
      len = n;
    } else if (d->xof_) {
      if (len > sizeof(stack)) {
        heap.reset(new uint8_t[len]);
        out = heap.get();
      }
      ok = len == 0 ? 1 : EVP_DigestFinalXOF(d->md_ctx_, out, len);
    } else {
      ok = EVP_DigestFinal_ex(d->md_ctx_, out, nullptr);
    }
    if (ok != 1) return ThrowCryptoError(isolate, "Digest failed");
    SetBytesResult(info, d->state_, out, len, enc);
  }

  // copy(outputLength | -1) → a new Hash in the same state.
  static void Copy(const FunctionCallbackInfo<Value>& info) {
    Isolate* isolate = info.GetIsolate();
    DigestWrap* src = Unwrap<DigestWrap>(info);
    int64_t xof = info[0]->IntegerValue(isolate->GetCurrentContext()).FromMaybe(-1);
    Local<Object> obj;
    if (!NewInstance(isolate, src->state_, src->state_->digest_ctor).ToLocal(&obj)) return;
    auto* d = new DigestWrap(src->state_, isolate, obj);
    d->md_ctx_ = EVP_MD_CTX_new();
    if (d->md_ctx_ == nullptr || EVP_MD_CTX_copy_ex(d->md_ctx_, src->md_ctx_) != 1)
      return ThrowCryptoError(isolate, "Hash copy failed");
    if (!d->SetOutputLength(isolate, EVP_MD_CTX_get0_md(d->md_ctx_), xof)) return;
    info.GetReturnValue().Set(obj);
  }

 private:
  // xof < 0: the digest's own size. Otherwise a XOF's output length, or the
  // digest's own size given explicitly.
  bool SetOutputLength(Isolate* isolate, const EVP_MD* md, int64_t xof) {
    int size = EVP_MD_get_size(md);
    bool is_xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
    if (xof < 0 || (!is_xof && xof == size)) {
      out_len_ = size;
      xof_ = false;
      return true;
    }
    if (!is_xof) {
      ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
      ThrowCryptoError(isolate, "Invalid output length");
      return false;
    }
    out_len_ = static_cast<size_t>(xof);
    xof_ = true;
    return true;
  }

  EVP_MD_CTX* md_ctx_ = nullptr;
  HMAC_CTX* hmac_ctx_ = nullptr;
  std::unique_ptr<FastHmacBase> fast_hmac_;  // HMAC with SHA-1/SHA-2/MD5
  size_t out_len_ = 0;
  bool xof_ = false;
};

// oneShotDigest(algorithm, data, enc) → the digest as digest() gives it,
// or undefined if the algorithm is unknown (crypto.hash).
void OneShotDigest(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  const EVP_MD* md = DigestArg(isolate, info[0]);
  if (md == nullptr) return;
  InputBytes in(isolate, info[1]);
  int enc = info[2]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  uint8_t out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(in.data(), in.size(), out, &len, md, nullptr) != 1)
    return ThrowCryptoError(isolate, "Digest failed");
  SetBytesResult(info, StateOf(info), out, len, enc);
}

// digestSize(algorithm) → bytes, or -1 if unknown.
void DigestSize(const FunctionCallbackInfo<Value>& info) {
  const EVP_MD* md = DigestArg(info.GetIsolate(), info[0]);
  info.GetReturnValue().Set(md != nullptr ? EVP_MD_get_size(md) : -1);
}

// --- ciphers -------------------------------------------------------------------------

// lib/internal/crypto/cipher.js: must match kUnknownCipher ...
enum CipherInitError { kUnknownCipher = -1, kInvalidKeyLength = -2, kInvalidIv = -3,
                       kInvalidAuthTag = -4, kAuthTagRequired = -5 };

bool IsAeadCipher(const EVP_CIPHER* c) {
  int mode = EVP_CIPHER_get_mode(c);
  // Not EVP_CIPH_FLAG_AEAD_CIPHER: the TLS-only stitched AES-CBC-HMAC ciphers
  // carry it too, and node treats them as plain CBC.
  return mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
         EVP_CIPHER_get_nid(c) == NID_chacha20_poly1305;
}

// Tag lengths each AEAD mode allows.
bool ValidTagLength(const EVP_CIPHER* c, int len) {
  switch (EVP_CIPHER_get_mode(c)) {
    case EVP_CIPH_GCM_MODE: return len == 4 || len == 8 || (len >= 12 && len <= 16);
    case EVP_CIPH_CCM_MODE: return len >= 4 && len <= 16 && len % 2 == 0;
    default: return len >= 1 && len <= 16;
  }
}

// Room for any one update's output: a block more than the input for block
// modes, and the key-wrap modes' header and padding.
size_t OutputCapacity(EVP_CIPHER_CTX* ctx, size_t in) {
  return in + 2 * static_cast<size_t>(EVP_CIPHER_CTX_get_block_size(ctx)) + 32;
}

// A cipher context through its life: created with key and IV, updated, then
// finished (ctx_ null). AEAD modes: GCM, OCB and ChaCha20-Poly1305 take the
// tag at final; CCM (one update only) needs the message length before any
// data or AAD, checks the tag during that update, and reports a mismatch at
// final, as node does.
class CipherWrap : public Wrap {
 public:
  using Wrap::Wrap;
  ~CipherWrap() override { EVP_CIPHER_CTX_free(ctx_); }

  // cipherNew(name, key, iv | null, encrypt, authTagLength | -1) → Cipher, or a
  // CipherInitError number.
  static void New(const FunctionCallbackInfo<Value>& info) {
    Isolate* isolate = info.GetIsolate();
    const EVP_CIPHER* cipher = GetCipher(ToStdString(isolate, info[0]));
    if (cipher == nullptr) return info.GetReturnValue().Set(kUnknownCipher);
    InputBytes key(isolate, info[1]);
    bool has_iv = !info[2]->IsNull();
    InputBytes iv(isolate, info[2]);
    bool encrypt = info[3]->IsTrue();
    int tag_len = info[4]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
    bool aead = IsAeadCipher(cipher);
    int mode = EVP_CIPHER_get_mode(cipher);
    bool needs_tag_len = mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE;
    int want_iv = EVP_CIPHER_get_iv_length(cipher);

    if (aead) {
      if (tag_len == -1 && needs_tag_len) return info.GetReturnValue().Set(kAuthTagRequired);
      if (tag_len != -1 && !ValidTagLength(cipher, tag_len))
        return info.GetReturnValue().Set(kInvalidAuthTag);
      if (!has_iv || iv.size() == 0) return info.GetReturnValue().Set(kInvalidIv);
    } else if (want_iv == 0 ? (has_iv && iv.size() != 0)
                            : (!has_iv || static_cast<int>(iv.size()) != want_iv)) {
      return info.GetReturnValue().Set(kInvalidIv);
    }

    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        EVP_CIPHER_CTX_free);
    if (!ctx || EVP_CipherInit_ex(ctx.get(), cipher, nullptr, nullptr, nullptr, encrypt) != 1)
      return ThrowCryptoError(isolate, "Failed to initialize cipher");
    int result = 0;
    if (static_cast<int>(key.size()) != EVP_CIPHER_get_key_length(cipher) &&
        ((EVP_CIPHER_get_flags(cipher) & EVP_CIPH_VARIABLE_LENGTH) == 0 ||
         EVP_CIPHER_CTX_set_key_length(ctx.get(), static_cast<int>(key.size())) != 1)) {
      result = kInvalidKeyLength;
    } else if (aead &&  // always: CCM's context does not start at the length it reports
               EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_IVLEN, static_cast<int>(iv.size()),
                                   nullptr) != 1) {
      result = kInvalidIv;
    } else if (needs_tag_len &&
               EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, tag_len, nullptr) != 1) {
      result = kInvalidAuthTag;
    } else if (EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, key.data(),
                                 want_iv || aead ? iv.data() : nullptr, encrypt) != 1) {
      return ThrowCryptoError(isolate, "Failed to initialize cipher");
    }
    ERR_clear_error();
    if (result != 0) return info.GetReturnValue().Set(result);
    Local<Object> obj;
    if (!NewInstance(isolate, StateOf(info), StateOf(info)->cipher_ctor).ToLocal(&obj)) return;
    auto* c = new CipherWrap(StateOf(info), isolate, obj);
    c->ctx_ = ctx.release();
    c->cipher_ = cipher;
    c->encrypt_ = encrypt;
    c->aead_ = aead;
    c->ccm_ = mode == EVP_CIPH_CCM_MODE;
    c->tag_len_ = tag_len == -1 ? 16 : tag_len;
    c->tag_len_given_ = tag_len != -1;
    info.GetReturnValue().Set(obj);
  }

  // update(bytes) → Uint8Array, or undefined after final / on failure.
  static void Update(const FunctionCallbackInfo<Value>& info) {
    Isolate* isolate = info.GetIsolate();
    CipherWrap* c = Unwrap<CipherWrap>(info);
    if (c->ctx_ == nullptr) return;
    InputBytes in(isolate, info[0]);
    if (c->ccm_ && !c->SetMessageLength(in.size())) return;
    uint8_t* out;
    Local<Uint8Array> result = NewBytes(isolate, OutputCapacity(c->ctx_, in.size()), 0, &out);
    // EVP takes int lengths: feed anything larger in pieces.
    const size_t kMaxPiece = 1 << 30;
    size_t total = 0, done = 0;
    do {
      size_t piece = std::min(in.size() - done, kMaxPiece);
      int n = 0;
      if (EVP_CipherUpdate(c->ctx_, out + total, &n, in.data() + done, static_cast<int>(piece)) != 1) {
        ERR_clear_error();
        if (!c->ccm_ || c->encrypt_) return;
        // CCM checks the tag here; node reports the mismatch at final().
        c->auth_failed_ = true;
        n = 0;
      }
      total += n;
      done += piece;
    } while (done < in.size());
    c->updated_ = true;
    info.GetReturnValue().Set(Uint8Array::New(result->Buffer(), 0, total));
  }

  // final() → Uint8Array; throws node's error when padding or the tag is bad.
  static void Final(const FunctionCallbackInfo<Value>& info) {
    Isolate* isolate = info.GetIsolate();
    CipherWrap* c = Unwrap<CipherWrap>(info);
    if (c->ctx_ == nullptr) return;
    uint8_t* out;
    Local<Uint8Array> result = NewBytes(isolate, OutputCapacity(c->ctx_, 0), 0, &out);
    int n = 0;
    bool ok = !c->auth_failed_;
    if (ok && c->aead_ && !c->encrypt_) ok = c->tag_set_;  // no tag: cannot authenticate
    // CCM decryption was verified by its update.
    if (ok && !(c->ccm_ && !c->encrypt_)) ok = EVP_CipherFinal_ex(c->ctx_, out, &n) == 1;
    if (ok && c->aead_ && c->encrypt_) {
      ok = EVP_CIPHER_CTX_ctrl(c->ctx_, EVP_CTRL_AEAD_GET_TAG, c->tag_len_, c->tag_) == 1;
      c->tag_set_ = ok;
    }
    EVP_CIPHER_CTX_free(c->ctx_);
    c->ctx_ = nullptr;
    if (!ok) {
      if (c->aead_) {
        ERR_clear_error();
        isolate->ThrowException(v8::Exception::Error(
            OneByteString(isolate, "Unsupported state or unable to authenticate data")));
        return;
      }
      return ThrowCryptoError(isolate, "Cipher final failed");
    }
    info.GetReturnValue().Set(Uint8Array::New(result->Buffer(), 0, n));
  }

  // setAAD(bytes, plaintextLength | -1) → true; false in a state that does not
  // allow it; -1 for CCM without the plaintext length.
  static void SetAAD(const FunctionCallbackInfo<Value>& info) {
    CipherWrap* c = Unwrap<CipherWrap>(info);
    if (c->ctx_ == nullptr || !c->aead_ || c->updated_) return info.GetReturnValue().Set(false);
    int64_t plaintext_len = info[1]->IntegerValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
    if (c->ccm_ && plaintext_len < 0) return info.GetReturnValue().Set(-1);
    if (c->ccm_ && !c->SetMessageLength(plaintext_len)) return info.GetReturnValue().Set(false);
    InputBytes aad(info.GetIsolate(), info[0]);
    int n = 0;
    bool ok = EVP_CipherUpdate(c->ctx_, nullptr, &n, aad.data(), static_cast<int>(aad.size())) == 1;
    ERR_clear_error();
    info.GetReturnValue().Set(ok);
  }

  // getAuthTag() → the tag (see SetBytesResult), or undefined before final /
  // when decrypting.
  static void GetAuthTag(const FunctionCallbackInfo<Value>& info) {
    CipherWrap* c = Unwrap<CipherWrap>(info);
    if (c->ctx_ != nullptr || !c->encrypt_ || !c->tag_set_) return;
    SetBytesResult(info, c->state_, c->tag_, c->tag_len_, 0);
  }

  // setAuthTag(bytes) → 1 ok, 0 wrong state, -1 invalid length.
  static void SetAuthTag(const FunctionCallbackInfo<Value>& info) {
    CipherWrap* c = Unwrap<CipherWrap>(info);
    if (c->ctx_ == nullptr || c->encrypt_ || !c->aead_ || c->tag_set_ || (c->ccm_ && c->updated_))
      return info.GetReturnValue().Set(0);
    InputBytes tag(info.GetIsolate(), info[0]);
    int len = static_cast<int>(tag.size());
    if (!ValidTagLength(c->cipher_, len) || (c->tag_len_given_ && len != c->tag_len_))
      return info.GetReturnValue().Set(-1);
    memcpy(c->tag_, tag.data(), len);
    c->tag_len_ = len;
    // Given to OpenSSL now: CCM checks it during update.
    c->tag_set_ = EVP_CIPHER_CTX_ctrl(c->ctx_, EVP_CTRL_AEAD_SET_TAG, len, c->tag_) == 1;
    ERR_clear_error();
    info.GetReturnValue().Set(c->tag_set_ ? 1 : 0);
  }

  // setAutoPadding(bool) → false after final.
  static void SetAutoPadding(const FunctionCallbackInfo<Value>& info) {
    CipherWrap* c = Unwrap<CipherWrap>(info);
    if (c->ctx_ == nullptr) return info.GetReturnValue().Set(false);
    info.GetReturnValue().Set(EVP_CIPHER_CTX_set_padding(c->ctx_, info[0]->IsTrue() ? 1 : 0) == 1);
  }

 private:
  // CCM: the whole message length goes first, once.
  bool SetMessageLength(int64_t len) {
    if (length_set_) return true;
    int n = 0;
    length_set_ = len <= INT32_MAX &&
                  EVP_CipherUpdate(ctx_, nullptr, &n, nullptr, static_cast<int>(len)) == 1;
    ERR_clear_error();
    return length_set_;
  }

  EVP_CIPHER_CTX* ctx_ = nullptr;  // null after final
  const EVP_CIPHER* cipher_ = nullptr;
  bool encrypt_ = true;
  bool aead_ = false;
  bool ccm_ = false;
  bool length_set_ = false;  // CCM
  bool auth_failed_ = false;  // CCM decryption whose tag did not match
  bool updated_ = false;
  bool tag_set_ = false;  // encrypt: computed by final; decrypt: given by setAuthTag
  bool tag_len_given_ = false;
  int tag_len_ = 16;
  uint8_t tag_[16];
};

// getCipherInfo(nameOrNid, keyLength | -1, ivLength | -1) → info object or
// undefined (unknown cipher, or a key/IV length it cannot take).
void GetCipherInfo(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  const EVP_CIPHER* cipher;
  if (info[0]->IsString()) {
    cipher = GetCipher(ToStdString(isolate, info[0]));
  } else {
    const EVP_CIPHER* legacy = EVP_get_cipherbynid(info[0]->Int32Value(context).FromMaybe(0));
    cipher = legacy ? GetCipher(EVP_CIPHER_get0_name(legacy)) : nullptr;
  }
  if (cipher == nullptr) return;
  int key_len = info[1]->Int32Value(context).FromMaybe(-1);
  int iv_len = info[2]->Int32Value(context).FromMaybe(-1);
  int mode = EVP_CIPHER_get_mode(cipher);
  int want_key = EVP_CIPHER_get_key_length(cipher);
  int want_iv = EVP_CIPHER_get_iv_length(cipher);
  if ((key_len != -1 && key_len != want_key) || (iv_len != -1 && iv_len != want_iv)) {
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    bool ok = EVP_CipherInit_ex(ctx, cipher, nullptr, nullptr, nullptr, 1) == 1;
    if (ok && key_len != -1 && key_len != want_key) {
      ok = (EVP_CIPHER_get_flags(cipher) & EVP_CIPH_VARIABLE_LENGTH) &&
           EVP_CIPHER_CTX_set_key_length(ctx, key_len) == 1;
      want_key = key_len;
    }
    if (ok && iv_len != -1 && iv_len != want_iv) {
      ok = IsAeadCipher(cipher) && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, iv_len, nullptr) == 1;
      want_iv = iv_len;
    }
    EVP_CIPHER_CTX_free(ctx);
    ERR_clear_error();
    if (!ok) return;
  }
  const char* mode_name;
  switch (mode) {
    case EVP_CIPH_ECB_MODE: mode_name = "ecb"; break;
    case EVP_CIPH_CBC_MODE: mode_name = "cbc"; break;
    case EVP_CIPH_CFB_MODE: mode_name = "cfb"; break;
    case EVP_CIPH_OFB_MODE: mode_name = "ofb"; break;
    case EVP_CIPH_CTR_MODE: mode_name = "ctr"; break;
    case EVP_CIPH_GCM_MODE: mode_name = "gcm"; break;
    case EVP_CIPH_CCM_MODE: mode_name = "ccm"; break;
    case EVP_CIPH_XTS_MODE: mode_name = "xts"; break;
    case EVP_CIPH_WRAP_MODE: mode_name = "wrap"; break;
    case EVP_CIPH_OCB_MODE: mode_name = "ocb"; break;
    case EVP_CIPH_STREAM_CIPHER: mode_name = "stream"; break;
    default: mode_name = nullptr;
  }
  int nid = EVP_CIPHER_get_nid(cipher);
  std::string name = OBJ_nid2sn(nid) ? OBJ_nid2sn(nid) : EVP_CIPHER_get0_name(cipher);
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char ch) { return static_cast<char>(tolower(ch)); });
  Local<Object> out = Object::New(isolate);
  if (mode_name != nullptr) SetValue(context, out, "mode", OneByteString(isolate, mode_name));
  SetValue(context, out, "name", Utf8String(isolate, name));
  SetValue(context, out, "nid", Integer::New(isolate, nid));
  if (mode != EVP_CIPH_STREAM_CIPHER)
    SetValue(context, out, "blockSize", Integer::New(isolate, EVP_CIPHER_get_block_size(cipher)));
  if (want_iv != 0) SetValue(context, out, "ivLength", Integer::New(isolate, want_iv));
  SetValue(context, out, "keyLength", Integer::New(isolate, want_key));
  info.GetReturnValue().Set(out);
}

// getHashes() / getCiphers(): every name (aliases too) that fetches.
Local<v8::Array> NamesToArray(Isolate* isolate, const std::vector<std::string>& names) {
  Local<v8::Array> out = v8::Array::New(isolate, static_cast<int>(names.size()));
  for (size_t i = 0; i < names.size(); i++)
    out->Set(isolate->GetCurrentContext(), static_cast<uint32_t>(i), Utf8String(isolate, names[i])).Check();
  return out;
}

template <typename T, void (*DoAll)(void (*)(const T*, const char*, const char*, void*), void*),
          const T* (*Get)(const std::string&)>
void ListAlgorithms(const FunctionCallbackInfo<Value>& info) {
  std::vector<std::string> names;
  DoAll(
      [](const T*, const char* from, const char*, void* arg) {
        if (from != nullptr && Get(from) != nullptr)
          static_cast<std::vector<std::string>*>(arg)->push_back(from);
      },
      &names);
  info.GetReturnValue().Set(NamesToArray(info.GetIsolate(), names));
}

// --- jobs: key derivation and randomness ------------------------------------------

// One unit of work that runs inline (sync) or on the thread pool (async, the
// callback last). Run() returns false on failure with `err` holding the
// OpenSSL error of the thread it ran on.
struct CryptoJob {
  uv_work_t work;
  Env* env = nullptr;
  v8::Global<Function> callback;
  v8::Global<Value> frame;  // the callback's async context frame
  unsigned long err = 0;
  bool ok = false;
  virtual ~CryptoJob() = default;
  virtual bool Run() = 0;
  virtual Local<Value> Result(Isolate* isolate) { return v8::Undefined(isolate); }
  virtual const char* fallback_error() const { return "Crypto job failed"; }
  void RunCapturingError() {
    ok = Run();
    if (!ok) err = ERR_peek_last_error();
    ERR_clear_error();
  }
  Local<Value> Error(Isolate* isolate) {
    if (err != 0) return OpenSSLError(isolate, err);
    return v8::Exception::Error(OneByteString(isolate, fallback_error()));
  }
};

// Sync (no function at cb_index): run now, return the result or throw.
// Async: queue; the callback gets (err) or (null, result).
void StartJob(const FunctionCallbackInfo<Value>& info, int cb_index, CryptoJob* job_ptr) {
  std::unique_ptr<CryptoJob> job(job_ptr);
  Isolate* isolate = info.GetIsolate();
  if (!info[cb_index]->IsFunction()) {
    job->RunCapturingError();
    if (!job->ok) return (void)isolate->ThrowException(job->Error(isolate));
    info.GetReturnValue().Set(job->Result(isolate));
    return;
  }
  job->env = Env::From(info);
  job->callback.Reset(isolate, info[cb_index].As<Function>());
  job->env->CaptureAsyncFrame(&job->frame);
  job->work.data = job.get();
  QueueWork(
      job->env->work_port(), &job->work,
      [](uv_work_t* w) { static_cast<CryptoJob*>(w->data)->RunCapturingError(); },
      [](uv_work_t* w, int status) {
        std::unique_ptr<CryptoJob> j(static_cast<CryptoJob*>(w->data));
        Env* env = j->env;
        if (env->exiting()) return;
        Isolate* isolate = env->isolate();
        HandleScope scope(isolate);
        v8::Context::Scope context_scope(env->context());
        Local<Value> argv[2] = {v8::Null(isolate), v8::Undefined(isolate)};
        if (j->ok) {
          argv[1] = j->Result(isolate);
        } else {
          argv[0] = j->Error(isolate);
        }
        Local<Function> cb = j->callback.Get(isolate);
        Local<Value> frame = j->frame.Get(isolate);
        j.reset();
        env->MakeCallback(env->context()->Global(), cb, 2, argv, frame);
      });
  job.release();
}

// A job whose result is `length` new bytes (an ArrayBuffer).
struct DeriveJob : CryptoJob {
  uint8_t* out = nullptr;
  size_t length = 0;
  explicit DeriveJob(size_t len) : out(static_cast<uint8_t*>(LargeAlloc(len))), length(len) {}
  ~DeriveJob() override { LargeFree(out, length); }
  Local<Value> Result(Isolate* isolate) override {
    Local<ArrayBuffer> ab = AdoptBytes(isolate, out, length);
    out = nullptr;
    return ab;
  }
};

size_t SizeArg(Isolate* isolate, Local<Value> v) {
  double d = v->NumberValue(isolate->GetCurrentContext()).FromMaybe(0);
  return d > 0 ? static_cast<size_t>(d) : 0;
}

struct Pbkdf2Job : DeriveJob {
  using DeriveJob::DeriveJob;
  std::vector<uint8_t> password, salt;
  int iterations = 1;
  const EVP_MD* md = nullptr;
  bool Run() override {
    std::unique_ptr<FastHmacBase> fast = MakeFastHmac(md, password.data(), password.size());
    if (fast) {
      fast->Pbkdf2(salt.data(), salt.size(), iterations, out, length);
      return true;
    }
    return PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password.data()),
                             static_cast<int>(password.size()), salt.data(),
                             static_cast<int>(salt.size()), iterations, md,
                             static_cast<int>(length), out) == 1;
  }
  const char* fallback_error() const override { return "PBKDF2 failed"; }
};

// pbkdf2(password, salt, iterations, keylen, digest, cb?) → ArrayBuffer; -1 if
// the digest is unknown (sync and async alike, before anything is queued).
void Pbkdf2(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  const EVP_MD* md = DigestArg(isolate, info[4]);
  if (md == nullptr) return info.GetReturnValue().Set(-1);
  auto* job = new Pbkdf2Job(SizeArg(isolate, info[3]));
  job->password = InputBytes(isolate, info[0]).Copy();
  job->salt = InputBytes(isolate, info[1]).Copy();
  job->iterations = info[2]->Int32Value(isolate->GetCurrentContext()).FromMaybe(1);
  job->md = md;
  StartJob(info, 5, job);
}

struct ScryptJob : DeriveJob {
  using DeriveJob::DeriveJob;
  std::vector<uint8_t> password, salt;
  uint64_t N = 0, r = 0, p = 0, maxmem = 0;
  bool Run() override {
    return EVP_PBE_scrypt(reinterpret_cast<const char*>(password.data()), password.size(),
                          salt.data(), salt.size(), N, r, p, maxmem, out, length) == 1;
  }
  const char* fallback_error() const override { return "Scrypt failed"; }
};

uint64_t U64Arg(Isolate* isolate, Local<Value> v) {
  double d = v->NumberValue(isolate->GetCurrentContext()).FromMaybe(0);
  return d > 0 ? static_cast<uint64_t>(d) : 0;
}

// scryptCheck(N, r, p, maxmem) → undefined if OpenSSL accepts the parameters,
// otherwise OpenSSL's message ('' when it gave none).
void ScryptCheck(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, U64Arg(isolate, info[0]), U64Arg(isolate, info[1]),
                     U64Arg(isolate, info[2]), U64Arg(isolate, info[3]), nullptr, 0) == 1)
    return;
  unsigned long err = ERR_peek_last_error();
  ERR_clear_error();
  char buf[256] = "";
  if (err != 0) ERR_error_string_n(err, buf, sizeof(buf));
  info.GetReturnValue().Set(Utf8String(isolate, buf));
}

// scrypt(password, salt, N, r, p, maxmem, keylen, cb?) → ArrayBuffer.
void Scrypt(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  auto* job = new ScryptJob(SizeArg(isolate, info[6]));
  job->password = InputBytes(isolate, info[0]).Copy();
  job->salt = InputBytes(isolate, info[1]).Copy();
  job->N = U64Arg(isolate, info[2]);
  job->r = U64Arg(isolate, info[3]);
  job->p = U64Arg(isolate, info[4]);
  job->maxmem = U64Arg(isolate, info[5]);
  StartJob(info, 7, job);
}

// HKDF (RFC 5869) on HMAC: extract a pseudo-random key from the input key and
// salt, then expand it with info. Written out rather than through EVP_KDF so
// that an empty key works as node's does.
struct HkdfJob : DeriveJob {
  using DeriveJob::DeriveJob;
  std::vector<uint8_t> key, salt, info;
  const EVP_MD* md = nullptr;
  bool Run() override {
    static const uint8_t kEmpty = 0;
    auto ptr = [](const std::vector<uint8_t>& v) { return v.empty() ? &kEmpty : v.data(); };
    uint8_t prk[EVP_MAX_MD_SIZE];
    unsigned int prk_len = 0;
    HMAC_CTX* ctx = HMAC_CTX_new();
    bool ok = ctx != nullptr &&
              HMAC_Init_ex(ctx, ptr(salt), static_cast<int>(salt.size()), md, nullptr) == 1 &&
              HMAC_Update(ctx, key.data(), key.size()) == 1 && HMAC_Final(ctx, prk, &prk_len) == 1;
    uint8_t t[EVP_MAX_MD_SIZE];
    unsigned int t_len = 0;
    for (size_t done = 0, i = 1; ok && done < length; i++) {
      uint8_t counter = static_cast<uint8_t>(i);
      ok = HMAC_Init_ex(ctx, prk, static_cast<int>(prk_len), md, nullptr) == 1 &&
           HMAC_Update(ctx, t, t_len) == 1 && HMAC_Update(ctx, info.data(), info.size()) == 1 &&
           HMAC_Update(ctx, &counter, 1) == 1 && HMAC_Final(ctx, t, &t_len) == 1;
      size_t n = std::min<size_t>(t_len, length - done);
      if (ok) memcpy(out + done, t, n);
      done += n;
    }
    HMAC_CTX_free(ctx);
    OPENSSL_cleanse(prk, sizeof(prk));
    OPENSSL_cleanse(t, sizeof(t));
    return ok;
  }
  const char* fallback_error() const override { return "HKDF failed"; }
};

// hkdf(digest, key, salt, info, keylen, cb?) → ArrayBuffer; -1 if the digest is
// unknown.
void Hkdf(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  const EVP_MD* md = DigestArg(isolate, info[0]);
  if (md == nullptr) return info.GetReturnValue().Set(-1);
  auto* job = new HkdfJob(SizeArg(isolate, info[4]));
  job->key = InputBytes(isolate, info[1]).Copy();
  job->salt = InputBytes(isolate, info[2]).Copy();
  job->info = InputBytes(isolate, info[3]).Copy();
  job->md = md;
  StartJob(info, 5, job);
}

// A digest of a copy of the data (WebCrypto's subtle.digest, which must not
// block the loop on large inputs).
struct DigestJob : DeriveJob {
  using DeriveJob::DeriveJob;
  std::vector<uint8_t> data;
  const EVP_MD* md = nullptr;
  bool Run() override {
    return EVP_Digest(data.data(), data.size(), out, nullptr, md, nullptr) == 1;
  }
  const char* fallback_error() const override { return "Digest failed"; }
};

// digestJob(algorithm, data, cb?) → ArrayBuffer; -1 if the algorithm is
// unknown.
void DigestJobStart(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  const EVP_MD* md = DigestArg(isolate, info[0]);
  if (md == nullptr) return info.GetReturnValue().Set(-1);
  auto* job = new DigestJob(EVP_MD_get_size(md));
  job->data = InputBytes(isolate, info[1]).Copy();
  job->md = md;
  StartJob(info, 2, job);
}

// Fills bytes of a buffer whose memory stays alive (the backing store is held).
struct RandomJob : CryptoJob {
  std::shared_ptr<BackingStore> store;
  uint8_t* data = nullptr;
  size_t size = 0;
  bool Run() override {
    return size == 0 || RAND_bytes(data, static_cast<int>(size)) == 1;
  }
  const char* fallback_error() const override { return "Random bytes generation failed"; }
};

// randomFill(buffer, offset, size, cb?): buffer an (Shared)ArrayBuffer or a view;
// offset in bytes from its start. lib/ keeps size <= 2**31-1.
void RandomFill(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  auto* job = new RandomJob();
  size_t offset = SizeArg(isolate, info[1]);
  job->size = SizeArg(isolate, info[2]);
  if (info[0]->IsArrayBufferView()) {
    Local<ArrayBufferView> view = info[0].As<ArrayBufferView>();
    job->store = view->Buffer()->GetBackingStore();
    offset += view->ByteOffset();
  } else if (info[0]->IsSharedArrayBuffer()) {
    job->store = info[0].As<v8::SharedArrayBuffer>()->GetBackingStore();
  } else {
    job->store = info[0].As<ArrayBuffer>()->GetBackingStore();
  }
  job->data = static_cast<uint8_t*>(job->store->Data()) + offset;
  StartJob(info, 3, job);
}

// timingSafeEqual(a, b) (same length, checked by lib/).
void TimingSafeEqual(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  InputBytes a(isolate, info[0]), b(isolate, info[1]);
  info.GetReturnValue().Set(CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0);
}

// A constructor for wrapped objects: no JS-callable body, one internal field,
// the given prototype methods (each with the state as data).
Local<Function> MakeClass(Isolate* isolate, Local<External> data, const char* name,
                          std::initializer_list<std::pair<const char*, v8::FunctionCallback>> methods) {
  Local<FunctionTemplate> t = FunctionTemplate::New(isolate, ConstructFromNative, data);
  t->SetClassName(OneByteString(isolate, name));
  t->InstanceTemplate()->SetInternalFieldCount(1);
  // The signature makes V8 refuse any other receiver ("Illegal invocation"),
  // so Unwrap only ever sees objects of this class.
  Local<v8::Signature> signature = v8::Signature::New(isolate, t);
  for (const auto& m : methods) {
    t->PrototypeTemplate()->Set(isolate, m.first,
                                FunctionTemplate::New(isolate, m.second, data, signature));
  }
  return t->GetFunction(isolate->GetCurrentContext()).ToLocalChecked();
}

// crypto.constants: the OpenSSL values node exposes, as this OpenSSL defines
// them (lib/crypto.js adds the default cipher lists).
#define EDDY_CRYPTO_CONSTANTS(V)                                                          \
  V(OPENSSL_VERSION_NUMBER) V(SSL_OP_ALL) V(SSL_OP_ALLOW_NO_DHE_KEX)                      \
  V(SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION) V(SSL_OP_CIPHER_SERVER_PREFERENCE)          \
  V(SSL_OP_CISCO_ANYCONNECT) V(SSL_OP_COOKIE_EXCHANGE) V(SSL_OP_CRYPTOPRO_TLSEXT_BUG)     \
  V(SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS) V(SSL_OP_LEGACY_SERVER_CONNECT)                   \
  V(SSL_OP_NO_COMPRESSION) V(SSL_OP_NO_ENCRYPT_THEN_MAC) V(SSL_OP_NO_QUERY_MTU)           \
  V(SSL_OP_NO_RENEGOTIATION) V(SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION)             \
  V(SSL_OP_NO_SSLv2) V(SSL_OP_NO_SSLv3) V(SSL_OP_NO_TICKET) V(SSL_OP_NO_TLSv1)            \
  V(SSL_OP_NO_TLSv1_1) V(SSL_OP_NO_TLSv1_2) V(SSL_OP_NO_TLSv1_3) V(SSL_OP_PRIORITIZE_CHACHA) \
  V(SSL_OP_TLS_ROLLBACK_BUG) V(ENGINE_METHOD_RSA) V(ENGINE_METHOD_DSA) V(ENGINE_METHOD_DH) \
  V(ENGINE_METHOD_RAND) V(ENGINE_METHOD_EC) V(ENGINE_METHOD_CIPHERS) V(ENGINE_METHOD_DIGESTS) \
  V(ENGINE_METHOD_PKEY_METHS) V(ENGINE_METHOD_PKEY_ASN1_METHS) V(ENGINE_METHOD_ALL)       \
  V(ENGINE_METHOD_NONE) V(DH_CHECK_P_NOT_SAFE_PRIME) V(DH_CHECK_P_NOT_PRIME)              \
  V(DH_UNABLE_TO_CHECK_GENERATOR) V(DH_NOT_SUITABLE_GENERATOR) V(RSA_PKCS1_PADDING)       \
  V(RSA_NO_PADDING) V(RSA_PKCS1_OAEP_PADDING) V(RSA_X931_PADDING) V(RSA_PKCS1_PSS_PADDING) \
  V(RSA_PSS_SALTLEN_DIGEST) V(RSA_PSS_SALTLEN_MAX_SIGN) V(RSA_PSS_SALTLEN_AUTO)           \
  V(TLS1_VERSION) V(TLS1_1_VERSION) V(TLS1_2_VERSION) V(TLS1_3_VERSION)                   \
  V(POINT_CONVERSION_COMPRESSED) V(POINT_CONVERSION_UNCOMPRESSED) V(POINT_CONVERSION_HYBRID)

Local<Object> MakeConstants(Isolate* isolate, Local<Context> context) {
  Local<Object> constants = Object::New(isolate);
#define V(name) \
  SetValue(context, constants, #name, Number::New(isolate, static_cast<double>(name)));
  EDDY_CRYPTO_CONSTANTS(V)
#undef V
  return constants;
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(crypto) {
  using namespace eddy;
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  auto* state = new CryptoState();
  env->AddCleanupHook([state] { delete state; });
  Local<External> data = External::New(isolate, state);

  state->digest_ctor.Reset(isolate, MakeClass(isolate, data, "Hash",
      {{"update", DigestWrap::Update}, {"digest", DigestWrap::Digest}, {"copy", DigestWrap::Copy}}));
  state->cipher_ctor.Reset(isolate, MakeClass(isolate, data, "CipherBase",
      {{"update", CipherWrap::Update}, {"final", CipherWrap::Final},
       {"setAAD", CipherWrap::SetAAD}, {"getAuthTag", CipherWrap::GetAuthTag},
       {"setAuthTag", CipherWrap::SetAuthTag}, {"setAutoPadding", CipherWrap::SetAutoPadding}}));

  auto method = [&](const char* name, v8::FunctionCallback fn) {
    SetValue(context, target, name,
             FunctionTemplate::New(isolate, fn, data)->GetFunction(context).ToLocalChecked());
  };
  method("hashNew", DigestWrap::NewHash);
  method("hmacNew", DigestWrap::NewHmac);
  method("cipherNew", CipherWrap::New);
  method("oneShotDigest", OneShotDigest);
  {
    Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, CryptoState::kScratchSize);
    state->scratch = static_cast<uint8_t*>(ab->GetBackingStore()->Data());
    Local<Uint8Array> scratch = Uint8Array::New(ab, 0, CryptoState::kScratchSize);
    state->scratch_array.Reset(isolate, scratch);
    SetValue(context, target, "scratch", scratch);
  }
  SetMethod(context, target, "digestSize", DigestSize);
  SetMethod(context, target, "getCipherInfo", GetCipherInfo);
  SetMethod(context, target, "getHashes", ListAlgorithms<EVP_MD, EVP_MD_do_all_sorted, GetDigest>);
  SetMethod(context, target, "getCiphers",
            ListAlgorithms<EVP_CIPHER, EVP_CIPHER_do_all_sorted, GetCipher>);
  SetMethod(context, target, "pbkdf2", Pbkdf2);
  SetMethod(context, target, "scrypt", Scrypt);
  SetMethod(context, target, "scryptCheck", ScryptCheck);
  SetMethod(context, target, "hkdf", Hkdf);
  SetMethod(context, target, "digestJob", DigestJobStart);
  SetMethod(context, target, "randomFill", RandomFill);
  SetMethod(context, target, "timingSafeEqual", TimingSafeEqual);
  SetValue(context, target, "constants", MakeConstants(isolate, context));
}
