// histogram.cc — internalBinding('histogram'): the HDR histogram behind
// perf_hooks.createHistogram() and monitorEventLoopDelay()
// (lib/internal/histogram.js).
//
// Hdr is a high-dynamic-range histogram (Gil Tene's HdrHistogram scheme):
// values in [lowest, highest] are counted in buckets whose width keeps
// `figures` significant decimal digits, so min/max/percentiles come back as
// the edges of a value's bucket, exactly as node 20 (which uses the same
// scheme) reports them. Counts for the default range (1 .. 2^53-1, 3 figures)
// take ~350 KiB, so a histogram allocates them on construction only.
//
// HistogramWrap ties one Hdr to a JS object (weak: freed on GC or at Env
// teardown). An event-loop-delay histogram also owns an unreferenced
// uv_timer_t that records the time between its ticks entirely in C++ (no JS
// runs per sample); while the timer runs, the JS object is held strongly so a
// running timer never points at freed memory. The timer is allocated apart
// from the wrap and freed in its close callback.
#include <cmath>
#include <cstdint>
#include <limits>
#include <unordered_set>
#include <vector>

#include "binding_list.h"
#include "env.h"

namespace eddy {

using v8::BigInt;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Isolate;
using v8::Local;
using v8::Map;
using v8::Number;
using v8::Object;
using v8::Value;

namespace {

class Hdr {
 public:
  Hdr(int64_t lowest, int64_t highest, int figures) {
    int64_t largest_single_unit = 2;
    for (int i = 0; i < figures; i++) largest_single_unit *= 10;
    int32_t sub_bucket_count_magnitude =
        static_cast<int32_t>(std::ceil(std::log2(static_cast<double>(largest_single_unit))));
    sub_bucket_half_count_magnitude_ = (sub_bucket_count_magnitude > 1 ? sub_bucket_count_magnitude : 1) - 1;
    unit_magnitude_ = static_cast<int32_t>(std::floor(std::log2(static_cast<double>(lowest))));
    sub_bucket_count_ = int32_t{1} << (sub_bucket_half_count_magnitude_ + 1);
    sub_bucket_half_count_ = sub_bucket_count_ / 2;
    sub_bucket_mask_ = (static_cast<int64_t>(sub_bucket_count_) - 1) << unit_magnitude_;
    // Buckets double in width; enough of them to reach `highest`.
    int64_t smallest_untrackable = static_cast<int64_t>(sub_bucket_count_) << unit_magnitude_;
    int32_t buckets = 1;
    while (smallest_untrackable <= highest) {
      if (smallest_untrackable > std::numeric_limits<int64_t>::max() / 2) {
        buckets++;
        break;
      }
      smallest_untrackable <<= 1;
      buckets++;
    }
    counts_.assign(static_cast<size_t>(buckets + 1) * sub_bucket_half_count_, 0);
  }

  bool Record(int64_t value, int64_t n = 1) {
    if (value < 0) return false;
    int64_t index = IndexOf(value);
    if (index < 0 || index >= static_cast<int64_t>(counts_.size())) return false;
    counts_[index] += n;
    total_ += n;
    if (value < min_ && value != 0) min_ = value;
    if (value > max_) max_ = value;
    return true;
  }
  // Adds other's counts; returns how many values fell outside this range.
  int64_t Add(const Hdr& other) {
    int64_t dropped = 0;
    for (size_t i = 0; i < other.counts_.size(); i++) {
      int64_t n = other.counts_[i];
      if (n != 0 && !Record(other.ValueAtIndex(static_cast<int64_t>(i)), n)) dropped += n;
    }
    return dropped;
  }
  void Reset() {
    std::fill(counts_.begin(), counts_.end(), 0);
    total_ = 0;
    min_ = std::numeric_limits<int64_t>::max();
    max_ = 0;
  }

  int64_t count() const { return total_; }
  int64_t Min() const {
    if (counts_[0] > 0) return 0;
    if (min_ == std::numeric_limits<int64_t>::max()) return min_;
    return LowestEquivalent(min_);
  }
  int64_t Max() const { return max_ == 0 ? 0 : HighestEquivalent(max_); }
  double Mean() const {
    int64_t total = 0;
    for (size_t i = 0; i < counts_.size(); i++)
      if (counts_[i] != 0) total += counts_[i] * MedianEquivalent(ValueAtIndex(static_cast<int64_t>(i)));
    return static_cast<double>(total) / static_cast<double>(total_);
  }
  double Stddev() const {
    double mean = Mean();
    double sum = 0;
    for (size_t i = 0; i < counts_.size(); i++) {
      if (counts_[i] == 0) continue;
      double dev = static_cast<double>(MedianEquivalent(ValueAtIndex(static_cast<int64_t>(i)))) - mean;
      sum += dev * dev * static_cast<double>(counts_[i]);
    }
    return std::sqrt(sum / static_cast<double>(total_));
  }
  int64_t ValueAtPercentile(double percentile) const {
    double requested = percentile < 100.0 ? percentile : 100.0;
    int64_t wanted = static_cast<int64_t>(requested / 100 * static_cast<double>(total_) + 0.5);
    if (wanted < 1) wanted = 1;
    int64_t value = 0, seen = 0;
    for (size_t i = 0; i < counts_.size(); i++) {
      seen += counts_[i];
      if (seen >= wanted) {
        value = ValueAtIndex(static_cast<int64_t>(i));
        break;
      }
    }
    return percentile == 0.0 ? LowestEquivalent(value) : HighestEquivalent(value);
  }
  // The percentile ladder node reports as `percentiles`: 0, 50, 75, 87.5, ...
  // (halving the distance to 100 each step), each with the lowest value of
  // the bucket where it is reached, then 100 with the last one.
  template <typename Fn>
  void Percentiles(Fn fn) const {
    int64_t cumulative = 0, value = 0;
    double next = 0.0;
    size_t i = 0;
    while (cumulative < total_ && i < counts_.size()) {
      int64_t n = counts_[i];
      cumulative += n;
      value = ValueAtIndex(static_cast<int64_t>(i));
      i++;
      if (n == 0) continue;
      double reached = 100.0 * static_cast<double>(cumulative) / static_cast<double>(total_);
      while (next <= reached) {
        fn(next, value);
        int64_t steps = static_cast<int64_t>(std::log(100 / (100.0 - next)) / std::log(2)) + 1;
        next += 100.0 / static_cast<double>(int64_t{1} << steps);
        if (cumulative >= total_) break;  // the rest is the final 100
      }
    }
    fn(100.0, value);
  }

 private:
  int32_t BucketIndex(int64_t value) const {
    int32_t pow2ceiling = 64 - __builtin_clzll(static_cast<uint64_t>(value | sub_bucket_mask_));
    return pow2ceiling - unit_magnitude_ - (sub_bucket_half_count_magnitude_ + 1);
  }
  int32_t SubBucketIndex(int64_t value, int32_t bucket) const {
    return static_cast<int32_t>(value >> (bucket + unit_magnitude_));
  }
  int64_t IndexOf(int64_t value) const {
    int32_t bucket = BucketIndex(value);
    int32_t sub = SubBucketIndex(value, bucket);
    return (static_cast<int64_t>(bucket + 1) << sub_bucket_half_count_magnitude_) +
           (sub - sub_bucket_half_count_);
  }
  int64_t ValueFromIndex(int32_t bucket, int32_t sub) const {
    return static_cast<int64_t>(sub) << (bucket + unit_magnitude_);
  }
  int64_t ValueAtIndex(int64_t index) const {
    int32_t bucket = static_cast<int32_t>(index >> sub_bucket_half_count_magnitude_) - 1;
    int32_t sub = static_cast<int32_t>(index & (sub_bucket_half_count_ - 1)) + sub_bucket_half_count_;
    if (bucket < 0) {
      sub -= sub_bucket_half_count_;
      bucket = 0;
    }
    return ValueFromIndex(bucket, sub);
  }
  int64_t RangeSize(int64_t value) const {
    int32_t bucket = BucketIndex(value);
    int32_t sub = SubBucketIndex(value, bucket);
    int32_t adjusted = sub >= sub_bucket_count_ ? bucket + 1 : bucket;
    return int64_t{1} << (unit_magnitude_ + adjusted);
  }
  int64_t LowestEquivalent(int64_t value) const {
    int32_t bucket = BucketIndex(value);
    return ValueFromIndex(bucket, SubBucketIndex(value, bucket));
  }
  int64_t HighestEquivalent(int64_t value) const {
    return LowestEquivalent(value) + RangeSize(value) - 1;
  }
  int64_t MedianEquivalent(int64_t value) const {
    return LowestEquivalent(value) + (RangeSize(value) >> 1);
  }

  int32_t unit_magnitude_;
  int32_t sub_bucket_half_count_magnitude_;
  int32_t sub_bucket_count_;
  int32_t sub_bucket_half_count_;
  int64_t sub_bucket_mask_;
  int64_t total_ = 0;
  int64_t min_ = std::numeric_limits<int64_t>::max();
  int64_t max_ = 0;
  std::vector<int64_t> counts_;
};

class HistogramWrap;
using WrapSet = std::unordered_set<HistogramWrap*>;

class HistogramWrap {
 public:
  HistogramWrap(Env* env, Local<Object> object, int64_t lowest, int64_t highest, int figures,
                WrapSet* set)
      : env_(env), object_(env->isolate(), object), hdr_(lowest, highest, figures), set_(set) {
    object->SetAlignedPointerInInternalField(0, this);
    object_.SetWeak(this, OnGC, v8::WeakCallbackType::kParameter);
    set_->insert(this);
  }
  ~HistogramWrap() {
    if (timer_ != nullptr) {
      uv_close(reinterpret_cast<uv_handle_t*>(timer_),
               [](uv_handle_t* h) { delete reinterpret_cast<uv_timer_t*>(h); });
    }
    if (set_ != nullptr) set_->erase(this);
  }
  // The Env is going away (its loop is still open, so the timer can close).
  void Orphan() {
    set_->erase(this);
    set_ = nullptr;
    delete this;
  }

  static HistogramWrap* Unwrap(const FunctionCallbackInfo<Value>& info) {
    return static_cast<HistogramWrap*>(info.This()->GetAlignedPointerFromInternalField(0));
  }

  // new Histogram(lowest, highest, figures): arguments checked by lib/.
  static void New(const FunctionCallbackInfo<Value>& info) {
    Env* env = Env::From(info);
    Local<Context> context = env->context();
    WrapSet* set = static_cast<WrapSet*>(info.Data().As<v8::External>()->Value());
    int64_t lowest = static_cast<int64_t>(info[0]->NumberValue(context).FromMaybe(1));
    int64_t highest = static_cast<int64_t>(info[1]->NumberValue(context).FromMaybe(1));
    int figures = static_cast<int>(info[2]->NumberValue(context).FromMaybe(3));
    new HistogramWrap(env, info.This(), lowest, highest, figures, set);
  }

  static void Count(const FunctionCallbackInfo<Value>& info) { SetNumber(info, Unwrap(info)->hdr_.count()); }
  static void CountBigInt(const FunctionCallbackInfo<Value>& info) { SetBigInt(info, Unwrap(info)->hdr_.count()); }
  static void Min(const FunctionCallbackInfo<Value>& info) { SetNumber(info, Unwrap(info)->hdr_.Min()); }
  static void MinBigInt(const FunctionCallbackInfo<Value>& info) { SetBigInt(info, Unwrap(info)->hdr_.Min()); }
  static void Max(const FunctionCallbackInfo<Value>& info) { SetNumber(info, Unwrap(info)->hdr_.Max()); }
  static void MaxBigInt(const FunctionCallbackInfo<Value>& info) { SetBigInt(info, Unwrap(info)->hdr_.Max()); }
  static void Exceeds(const FunctionCallbackInfo<Value>& info) { SetNumber(info, Unwrap(info)->exceeds_); }
  static void ExceedsBigInt(const FunctionCallbackInfo<Value>& info) { SetBigInt(info, Unwrap(info)->exceeds_); }
  static void Mean(const FunctionCallbackInfo<Value>& info) { info.GetReturnValue().Set(Unwrap(info)->hdr_.Mean()); }
  static void Stddev(const FunctionCallbackInfo<Value>& info) { info.GetReturnValue().Set(Unwrap(info)->hdr_.Stddev()); }
  static void Percentile(const FunctionCallbackInfo<Value>& info) {
    double p = info[0].As<Number>()->Value();
    SetNumber(info, Unwrap(info)->hdr_.ValueAtPercentile(p));
  }
  static void PercentileBigInt(const FunctionCallbackInfo<Value>& info) {
    double p = info[0].As<Number>()->Value();
    SetBigInt(info, Unwrap(info)->hdr_.ValueAtPercentile(p));
  }
  // percentiles(map, bigint): fills the Map with percentile -> value.
  static void Percentiles(const FunctionCallbackInfo<Value>& info) {
    Isolate* isolate = info.GetIsolate();
    Local<Context> context = isolate->GetCurrentContext();
    Local<Map> map = info[0].As<Map>();
    bool bigint = info[1]->IsTrue();
    Unwrap(info)->hdr_.Percentiles([&](double key, int64_t value) {
      Local<Value> v = bigint ? Local<Value>(BigInt::New(isolate, value))
                              : Local<Value>(Number::New(isolate, static_cast<double>(value)));
      if (map->Set(context, Number::New(isolate, key), v).IsEmpty()) return;
    });
  }
  static void Reset(const FunctionCallbackInfo<Value>& info) {
    HistogramWrap* w = Unwrap(info);
    w->hdr_.Reset();
    w->exceeds_ = 0;
    w->prev_ = 0;
  }
  // record(value): a Number (a safe integer >= 1) or a BigInt (1 .. 2^63-1),
  // checked by lib/.
  static void Record(const FunctionCallbackInfo<Value>& info) {
    int64_t value = info[0]->IsBigInt() ? info[0].As<BigInt>()->Int64Value()
                                        : static_cast<int64_t>(info[0].As<Number>()->Value());
    Unwrap(info)->RecordValue(value);
  }
  static void RecordDelta(const FunctionCallbackInfo<Value>& info) { Unwrap(info)->RecordDelta(); }
  static void Add(const FunctionCallbackInfo<Value>& info) {
    HistogramWrap* w = Unwrap(info);
    auto* other = static_cast<HistogramWrap*>(info[0].As<Object>()->GetAlignedPointerFromInternalField(0));
    w->exceeds_ += w->hdr_.Add(other->hdr_) + other->exceeds_;
  }
  // start(resolution ms) / stop(): event-loop-delay sampling.
  static void Start(const FunctionCallbackInfo<Value>& info) {
    HistogramWrap* w = Unwrap(info);
    uint64_t resolution = static_cast<uint64_t>(info[0].As<Number>()->Value());
    if (w->timer_ == nullptr) {
      w->timer_ = new uv_timer_t;
      uv_timer_init(w->env_->loop(), w->timer_);
      uv_unref(reinterpret_cast<uv_handle_t*>(w->timer_));
      w->timer_->data = w;
    }
    w->prev_ = uv_hrtime();
    uv_timer_start(w->timer_, OnTimer, resolution, resolution);
    w->object_.ClearWeak();
  }
  static void Stop(const FunctionCallbackInfo<Value>& info) {
    HistogramWrap* w = Unwrap(info);
    if (w->timer_ != nullptr) uv_timer_stop(w->timer_);
    w->object_.SetWeak(w, OnGC, v8::WeakCallbackType::kParameter);
  }

 private:
  void RecordValue(int64_t value) {
    if (!hdr_.Record(value)) exceeds_++;
  }
  // Records the ns since the previous call (nothing on the first).
  void RecordDelta() {
    uint64_t now = uv_hrtime();
    if (prev_ != 0 && now > prev_) RecordValue(static_cast<int64_t>(now - prev_));
    prev_ = now;
  }
  static void OnTimer(uv_timer_t* timer) { static_cast<HistogramWrap*>(timer->data)->RecordDelta(); }
  static void OnGC(const v8::WeakCallbackInfo<HistogramWrap>& data) { delete data.GetParameter(); }
  static void SetNumber(const FunctionCallbackInfo<Value>& info, int64_t v) {
    info.GetReturnValue().Set(static_cast<double>(v));
  }
  static void SetBigInt(const FunctionCallbackInfo<Value>& info, int64_t v) {
    info.GetReturnValue().Set(BigInt::New(info.GetIsolate(), v));
  }

  Env* env_;
  v8::Global<Object> object_;
  Hdr hdr_;
  int64_t exceeds_ = 0;
  uint64_t prev_ = 0;
  uv_timer_t* timer_ = nullptr;
  WrapSet* set_;
};

}  // namespace
}  // namespace eddy

EDDY_BINDING(histogram) {
  using namespace eddy;
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  auto* set = NewTeardownSet<HistogramWrap>(env);
  Local<FunctionTemplate> t =
      FunctionTemplate::New(isolate, HistogramWrap::New, v8::External::New(isolate, set));
  t->SetClassName(OneByteString(isolate, "Histogram"));
  t->InstanceTemplate()->SetInternalFieldCount(1);
  auto method = [&](const char* name, v8::FunctionCallback fn) {
    t->PrototypeTemplate()->Set(isolate, name, FunctionTemplate::New(isolate, fn));
  };
  method("count", HistogramWrap::Count);
  method("countBigInt", HistogramWrap::CountBigInt);
  method("min", HistogramWrap::Min);
  method("minBigInt", HistogramWrap::MinBigInt);
  method("max", HistogramWrap::Max);
  method("maxBigInt", HistogramWrap::MaxBigInt);
  method("exceeds", HistogramWrap::Exceeds);
  method("exceedsBigInt", HistogramWrap::ExceedsBigInt);
  method("mean", HistogramWrap::Mean);
  method("stddev", HistogramWrap::Stddev);
  method("percentile", HistogramWrap::Percentile);
  method("percentileBigInt", HistogramWrap::PercentileBigInt);
  method("percentiles", HistogramWrap::Percentiles);
  method("reset", HistogramWrap::Reset);
  method("record", HistogramWrap::Record);
  method("recordDelta", HistogramWrap::RecordDelta);
  method("add", HistogramWrap::Add);
  method("start", HistogramWrap::Start);
  method("stop", HistogramWrap::Stop);
  SetValue(context, target, "Histogram", t->GetFunction(context).ToLocalChecked());
}
