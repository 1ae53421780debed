//! Examples of embedding weft (see `docs/embedding.md`).
//!
//! Each example is a library function, so that the tests of this crate run exactly what
//! the binaries run:
//! - [`scoring`] (`cargo run --release -p weft-examples --bin pool_scoring`): many requests
//!   through a [`weft_pool::Pool`], each evaluating a user-supplied scoring function over a
//!   data set, in parallel;
//! - [`untrusted`] (`--bin untrusted`): untrusted scripts run under limits, the host
//!   carrying on after each;
//! - [`bench`](mod@bench) (`--bin embed_bench`): interpreter creation time, memory per idle
//!   interpreter, pool throughput.
//!
//! The binaries install [`weft_vm::embed::alloc::CountingAllocator`] as the global
//! allocator, which the memory budget needs.

pub mod bench;
pub mod scoring;
pub mod untrusted;

/// The embedding guide (`docs/embedding.md`), included so that its snippets run as tests.
#[doc = include_str!("../../../docs/embedding.md")]
pub mod guide {}
