//! The error produced by the tokenizer, parser and compiler.
//!
//! The evaluator turns it into a Python `SyntaxError` (or subclass) instance whose
//! attributes (`msg`, `filename`, `lineno`, `offset`, `end_lineno`, `end_offset`, `text`)
//! match CPython's, so tracebacks print the same caret line.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxErrorInfo {
    pub kind: SyntaxErrorKind,
    /// The message exactly as CPython 3.11 words it, e.g. `"invalid syntax"`,
    /// `"'(' was never closed"`, `"expected ':'"`.
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub lineno: u32,
    /// 1-based *character* column of the first caret (CPython's `offset`).
    pub offset: u32,
    pub end_lineno: u32,
    /// 1-based exclusive end column (CPython's `end_offset`); equal to `offset + 1` for a
    /// single caret.
    pub end_offset: u32,
    /// The full source line the error is on (without trailing newline), if known.
    pub text: Option<String>,
}

impl SyntaxErrorInfo {
    /// Build an error pointing at one position of `source`; fills `text` from the source.
    #[allow(clippy::too_many_arguments)]
    pub fn at(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        filename: &str,
        source: &str,
        lineno: u32,
        offset: u32,
        end_lineno: u32,
        end_offset: u32,
    ) -> Self {
        let text = source
            .lines()
            .nth(lineno.saturating_sub(1) as usize)
            .map(|l| l.to_string());
        SyntaxErrorInfo {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text,
        }
    }

    /// CPython's rendering (what `traceback` prints after the `Traceback` header):
    /// ```text
    ///   File "x.py", line 1
    ///     x = (1,
    ///         ^
    /// SyntaxError: '(' was never closed
    /// ```
    pub fn render(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.lineno);
        if let Some(text) = &self.text {
            // CPython strips leading whitespace and shifts the caret accordingly.
            let stripped = text.trim_start();
            let removed = text.chars().count() - stripped.chars().count();
            let stripped = stripped.trim_end_matches(['\n', '\r']);
            out.push_str("    ");
            out.push_str(stripped);
            out.push('\n');
            if self.offset >= 1 {
                let start = (self.offset as usize)
                    .saturating_sub(1)
                    .saturating_sub(removed);
                let width = if self.end_lineno == self.lineno && self.end_offset > self.offset {
                    (self.end_offset - self.offset) as usize
                } else {
                    1
                };
                let len = stripped.chars().count();
                let width = width.min(len.saturating_sub(start).max(1));
                out.push_str("    ");
                out.push_str(&" ".repeat(start));
                out.push_str(&"^".repeat(width));
                out.push('\n');
            }
        }
        out.push_str(self.kind.name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out
    }
}

impl fmt::Display for SyntaxErrorInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}
