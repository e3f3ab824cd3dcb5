// Tests of the public embedding API (src/eddy.h), as an embedder uses it.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
#include <v8.h>

#include <string>

#include "eddy.h"

namespace {

struct ProcessSetup {
  ProcessSetup() { eddy::InitializeProcess({}); }
};
ProcessSetup& Setup() {
  static ProcessSetup setup;
  return setup;
}

eddy::RuntimeOptions Options() {
  eddy::RuntimeOptions o;
  o.argv = {"cctest"};
  return o;
}

int g_calls = 0;
void NativeAdd(const v8::FunctionCallbackInfo<v8::Value>& info) {
  g_calls++;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  double a = info[0]->NumberValue(context).FromMaybe(0);
  double b = info[1]->NumberValue(context).FromMaybe(0);
  info.GetReturnValue().Set(a + b);
}

void InitGreeter(v8::Local<v8::Context> context, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = context->GetIsolate();
  exports->Set(context, v8::String::NewFromUtf8Literal(isolate, "greeting"),
               v8::String::NewFromUtf8Literal(isolate, "hello from C++")).Check();
}

}  // namespace

TEST_CASE("a runtime can be created and disposed twice in one process") {
  Setup();
  for (int i = 0; i < 2; i++) {
    std::string error;
    auto rt = eddy::Runtime::Create(Options(), &error);
    REQUIRE(rt != nullptr);
    std::string result;
    REQUIRE(rt->Evaluate("6 * 7", &result));
    CHECK(result == "42");
    CHECK(rt->RunLoop() == 0);
  }
}

TEST_CASE("evaluate returns values and sees require") {
  Setup();
  auto rt = eddy::Runtime::Create(Options());
  REQUIRE(rt != nullptr);
  std::string result;
  REQUIRE(rt->Evaluate("require('path').join('a', 'b')", &result));
  CHECK(result == "a/b");
  REQUIRE(rt->Evaluate("typeof setTimeout + ',' + typeof process.nextTick", &result));
  CHECK(result == "function,function");
}

TEST_CASE("timers run to completion in RunLoop") {
  Setup();
  auto rt = eddy::Runtime::Create(Options());
  REQUIRE(rt != nullptr);
  REQUIRE(rt->Evaluate(
      "globalThis.order = [];"
      "setTimeout(() => order.push('t2'), 5);"
      "setTimeout(() => order.push('t1'), 1);"
      "setImmediate(() => order.push('i'));"
      "process.nextTick(() => order.push('tick'));"
      "Promise.resolve().then(() => order.push('micro'));"));
  CHECK(rt->RunLoop() == 0);
  // A fresh Evaluate after the loop ended still works.
  // nextTick before promise jobs, both before any macrotask; timers by due
  // time. (Whether the immediate or a 1 ms timer runs first depends on how
  // long the first loop turn takes to start, as in node.)
  std::string result;
  REQUIRE(rt->Evaluate("order.slice(0, 2).join(',')", &result));
  CHECK(result == "tick,micro");
  REQUIRE(rt->Evaluate("order.filter(x => x[0] === 't' && x.length === 2).join(',')", &result));
  CHECK(result == "t1,t2");
  REQUIRE(rt->Evaluate("order.includes('i') && order.length === 5", &result));
  CHECK(result == "true");
}

TEST_CASE("an exception is caught into C++") {
  Setup();
  auto rt = eddy::Runtime::Create(Options());
  REQUIRE(rt != nullptr);
  std::string result, error;
  CHECK_FALSE(rt->Evaluate("throw new TypeError('bad thing')", &result, &error));
  CHECK(error.find("TypeError: bad thing") == 0);
  CHECK_FALSE(rt->Evaluate("let x = ;", &result, &error));
  CHECK(error.find("SyntaxError") != std::string::npos);
  // The runtime keeps working afterwards.
  REQUIRE(rt->Evaluate("1 + 1", &result));
  CHECK(result == "2");
}

TEST_CASE("a registered native function is callable from JS") {
  Setup();
  auto rt = eddy::Runtime::Create(Options());
  REQUIRE(rt != nullptr);
  rt->RegisterFunction("nativeAdd", NativeAdd);
  g_calls = 0;
  std::string result;
  REQUIRE(rt->Evaluate("nativeAdd(2, 40)", &result));
  CHECK(result == "42");
  CHECK(g_calls == 1);
}

TEST_CASE("a registered native module is returned by require") {
  Setup();
  auto rt = eddy::Runtime::Create(Options());
  REQUIRE(rt != nullptr);
  rt->RegisterModule("greeter", InitGreeter);
  std::string result;
  REQUIRE(rt->Evaluate("require('greeter').greeting", &result));
  CHECK(result == "hello from C++");
}

TEST_CASE("process.exit stops the loop with its code") {
  Setup();
  auto rt = eddy::Runtime::Create(Options());
  REQUIRE(rt != nullptr);
  REQUIRE(rt->Evaluate("setTimeout(() => process.exit(3), 1); setTimeout(() => {}, 100000);"));
  CHECK(rt->RunLoop() == 3);
  CHECK(rt->exiting());
  std::string error;
  CHECK_FALSE(rt->Evaluate("1", nullptr, &error));
}
