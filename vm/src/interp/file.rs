//! File objects returned by `open()` and used for `sys.stdin/stdout/stderr`.

use std::io::Write;

pub enum FileKind {
    /// Read modes load the whole file up front (simple and fast for scripts).
    Read {
        data: Vec<u8>,
        pos: usize,
    },
    Write(std::io::BufWriter<std::fs::File>),
    Stdout,
    Stderr,
    Stdin,
}

pub struct FileObj {
    pub name: String,
    pub mode: String,
    pub binary: bool,
    pub kind: FileKind,
    pub closed: bool,
}

impl FileObj {
    pub fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.kind {
            FileKind::Write(w) => w.flush(),
            FileKind::Stderr => std::io::stderr().flush(),
            _ => Ok(()),
        }
    }
}
