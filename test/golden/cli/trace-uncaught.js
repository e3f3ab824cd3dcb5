// --trace-uncaught prints where a non-error value was thrown.
function thrower() {
  throw 7;
}
thrower();
