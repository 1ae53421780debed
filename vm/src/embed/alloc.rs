//! A counting global allocator: the source of the memory budget's numbers.
//!
//! weft values are reference-counted and freed on the thread that owns them, so the bytes
//! a thread has allocated and not yet freed are a good measure of its interpreter's heap.
//! [`CountingAllocator`] wraps another allocator (the system one by default) and keeps that
//! number per thread, in a thread-local counter: one add per allocation, no atomics, no
//! locks.
//!
//! The memory budget of [`Limits`](super::Limits) reads this counter, so it only works when
//! the program installs the allocator:
//!
//! ```
//! #[global_allocator]
//! static ALLOC: weft_vm::embed::alloc::CountingAllocator = weft_vm::embed::alloc::CountingAllocator::new();
//! # fn main() {}
//! ```
//!
//! # Approximation
//! - Memory freed by a different thread than the one that allocated it (values sent between
//!   threads, results handed to the host) is credited to the freeing thread, so one
//!   thread's number can drift; budgets are measured from a baseline taken when they are
//!   armed, which bounds the effect of drift to what happens during one run.
//! - The counter includes everything the thread allocates: the interpreter's own tables
//!   and caches (compiled code, interned names) as well as Python objects.
//! - It counts requested sizes, not the allocator's rounding or fragmentation.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

static INSTALLED: AtomicBool = AtomicBool::new(false);

/// A [`GlobalAlloc`] that counts the live bytes of each thread (see the module docs).
#[derive(Debug, Default, Clone, Copy)]
pub struct CountingAllocator<A = System> {
    inner: A,
}

impl CountingAllocator<System> {
    /// Counts allocations made through the system allocator.
    pub const fn new() -> Self {
        CountingAllocator { inner: System }
    }
}

impl<A> CountingAllocator<A> {
    /// Counts allocations made through `inner`.
    pub const fn wrap(inner: A) -> Self {
        CountingAllocator { inner }
    }
}

#[inline(always)]
fn add(n: isize) {
    // A const-initialised thread-local without a destructor is usable at any time, even
    // while the thread is being torn down.
    LIVE.with(|c| c.set(c.get().wrapping_add(n)));
    if !INSTALLED.load(Ordering::Relaxed) {
        INSTALLED.store(true, Ordering::Relaxed);
    }
}

// SAFETY: every method forwards to the wrapped allocator unchanged; the counting has no
// effect on the memory handed out.
unsafe impl<A: GlobalAlloc> GlobalAlloc for CountingAllocator<A> {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = self.inner.alloc(layout);
        if !p.is_null() {
            add(layout.size() as isize);
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = self.inner.alloc_zeroed(layout);
        if !p.is_null() {
            add(layout.size() as isize);
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.inner.dealloc(ptr, layout);
        add(-(layout.size() as isize));
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = self.inner.realloc(ptr, layout, new_size);
        if !p.is_null() {
            add(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Bytes the current thread has allocated and not freed (through [`CountingAllocator`]);
/// 0 when it is not installed. Can be negative on a thread that frees more than it
/// allocates (memory handed over from other threads).
pub fn thread_live_bytes() -> isize {
    LIVE.with(|c| c.get())
}

/// Whether [`CountingAllocator`] is the program's global allocator (it has counted at
/// least one allocation). Without it, memory budgets are not enforced.
pub fn is_installed() -> bool {
    INSTALLED.load(Ordering::Relaxed)
}
