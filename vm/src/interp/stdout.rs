//! Where `print` and `sys.stdout.write` go.
//!
//! `sys.stdout` is process-wide (DESIGN.md §5): every interpreter of the process writes into
//! one buffer behind a mutex, one whole `write` call at a time, so a `print` is never
//! interleaved mid-line with another thread's and output keeps the order of the calls.
//! An embedder may capture an interpreter's output instead.

use std::io::{BufWriter, Stdout, Write};
use std::sync::Mutex;

static STDOUT: Mutex<Option<BufWriter<Stdout>>> = Mutex::new(None);

/// An interpreter's standard output.
pub enum Output {
    /// The process's stdout (buffered, shared by all interpreters).
    Process,
    /// Captured text (for embedders).
    Capture(Vec<u8>),
}

impl Output {
    pub fn write(&mut self, bytes: &[u8]) {
        match self {
            Output::Process => write_process(bytes),
            Output::Capture(buf) => buf.extend_from_slice(bytes),
        }
    }

    pub fn flush(&mut self) {
        if let Output::Process = self {
            flush_process();
        }
    }
}

/// Append to the process-wide stdout buffer.
pub fn write_process(bytes: &[u8]) {
    let mut g = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    let w = g.get_or_insert_with(|| BufWriter::with_capacity(1 << 16, std::io::stdout()));
    let _ = w.write_all(bytes);
}

/// Flush the process-wide stdout buffer.
pub fn flush_process() {
    let mut g = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(w) = g.as_mut() {
        let _ = w.flush();
    }
}
