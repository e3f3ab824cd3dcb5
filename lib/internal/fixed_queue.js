'use strict';
// A FIFO queue made of fixed-size circular buffers linked in a list. Pushing
// and shifting never copy, and memory drains back as the queue empties, so a
// nextTick that keeps scheduling itself runs in constant memory.

const kSize = 2048;
const kMask = kSize - 1;

class Buffer2048 {
  constructor() {
    this.bottom = 0;  // next slot to read
    this.top = 0;     // next slot to write
    this.list = new Array(kSize);
    this.next = null;
  }
  isEmpty() { return this.top === this.bottom; }
  isFull() { return ((this.top + 1) & kMask) === this.bottom; }
  push(data) {
    this.list[this.top] = data;
    this.top = (this.top + 1) & kMask;
  }
  shift() {
    const item = this.list[this.bottom];
    if (item === undefined) return null;
    this.list[this.bottom] = undefined;
    this.bottom = (this.bottom + 1) & kMask;
    return item;
  }
}

class FixedQueue {
  constructor() {
    this.head = this.tail = new Buffer2048();
  }
  isEmpty() { return this.head.isEmpty(); }
  push(data) {
    if (this.head.isFull()) this.head = this.head.next = new Buffer2048();
    this.head.push(data);
  }
  shift() {
    const tail = this.tail;
    const item = tail.shift();
    if (tail.isEmpty() && tail.next !== null) this.tail = tail.next;
    return item;
  }
}

module.exports = FixedQueue;
