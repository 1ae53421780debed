//! Tokenizer and parser for Python 3.11 source, producing `crate::ast` trees.
//!
//! The parser is a hand-written PEG parser that mirrors CPython 3.11's grammar rule by rule,
//! including its two-pass strategy: a fast first pass, and on failure a second pass with the
//! `invalid_*` rules enabled to produce CPython's specialised error messages. Error messages
//! and positions (`lineno`, `offset`, `end_lineno`, `end_offset`) follow CPython 3.11.

mod checks;
mod errors;
mod expr;
mod lexer;
mod parser;
mod pattern;
mod stmt;
mod strings;
mod token;
mod unicode_names;
mod unicode_names_data;
mod unicode_tables;

#[cfg(test)]
mod tests;

use crate::ast::{Expr, Module, Stmt, StmtKind};
use crate::syntax_error::{SyntaxErrorInfo, SyntaxErrorKind};
use errors::PErr;
use parser::Parser;

/// What kind of source is being parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A file (`exec`).
    Module,
    /// `eval()` input: a single expression, returned as a Module whose body is one
    /// `StmtKind::Expr`. Leading spaces/tabs are stripped (as `eval()` does); surrounding
    /// newlines are allowed.
    Expression,
    /// One REPL entry (`single`).
    Interactive,
}

/// Normalize newlines (`\r\n` and `\r` become `\n`), strip a BOM, and for file input make sure
/// the text ends with a newline (CPython's `translate_newlines`).
fn prepare(source: &str, mode: Mode) -> Vec<char> {
    let src = source.strip_prefix('\u{feff}').unwrap_or(source);
    let src = if mode == Mode::Expression {
        src.trim_start_matches([' ', '\t'])
    } else {
        src
    };
    let mut out: Vec<char> = Vec::with_capacity(src.len() + 1);
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    if mode == Mode::Module && out.last() != Some(&'\n') {
        out.push('\n');
    }
    out
}

fn line_text(text: &[char], lineno: u32) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    let mut line = 1;
    let mut start = 0;
    for (i, &c) in text.iter().enumerate() {
        if line == lineno {
            start = i;
            break;
        }
        if c == '\n' {
            line += 1;
            if line == lineno {
                start = i + 1;
                break;
            }
        }
    }
    if line != lineno || start > text.len() {
        return None;
    }
    let end = text[start..]
        .iter()
        .position(|&c| c == '\n')
        .map(|p| start + p)
        .unwrap_or(text.len());
    Some(text[start..end].iter().collect())
}

/// CPython converts the end column of a multi-line error range using the text of the *first*
/// line (`_PyPegen_byte_offset_to_character_offset`); reproduce that.
fn cpython_end_offset(text: &[char], e: &PErr) -> i64 {
    if e.end_line == e.line || e.end_offset <= 0 {
        return e.end_offset;
    }
    let (Some(start), Some(end)) = (line_text(text, e.line), line_text(text, e.end_line)) else {
        return e.end_offset;
    };
    let end_chars: Vec<char> = end.chars().collect();
    let k = ((e.end_offset - 1) as usize).min(end_chars.len());
    let end_bytes: usize = end_chars[..k].iter().map(|c| c.len_utf8()).sum::<usize>() + 1;
    let start_len = start.len();
    if end_bytes > start_len {
        return start.chars().count() as i64 + 1;
    }
    start
        .char_indices()
        .take_while(|&(i, _)| i < end_bytes)
        .count() as i64
}

/// Start index of line `lineno` (1-based) in `text`.
fn line_start_index(text: &[char], lineno: u32) -> Option<usize> {
    if lineno == 0 {
        return None;
    }
    let mut line = 1;
    if lineno == 1 {
        return Some(0);
    }
    for (i, &c) in text.iter().enumerate() {
        if c == '\n' {
            line += 1;
            if line == lineno {
                return Some(i + 1);
            }
        }
    }
    None
}

/// When the error is on the tokenizer's current line and the tokenizer's `buf` lags behind
/// (the line was entered inside a multi-line token), CPython converts the byte column using the
/// text starting at `buf`; reproduce that conversion for `offset` (1-based, chars on `line`).
fn cpython_buf_offset(text: &[char], e: &PErr, offset: i64) -> i64 {
    if offset <= 0 {
        return offset;
    }
    let Some(ls) = line_start_index(text, e.line) else {
        return offset;
    };
    let buf = e.tok_buf as usize;
    if e.from_lexer || e.tok_line != e.line || buf >= ls || buf > text.len() {
        return offset;
    }
    // Byte column on the error line.
    let line_end = text[ls..]
        .iter()
        .position(|&c| c == '\n')
        .map(|p| ls + p)
        .unwrap_or(text.len());
    let k = ((offset - 1) as usize).min(line_end - ls);
    let col_bytes: usize = text[ls..ls + k].iter().map(|c| c.len_utf8()).sum::<usize>() + 1;
    // Error line text: from buf to the end of the current line (including its newline).
    let inp = if line_end < text.len() {
        line_end + 1
    } else {
        text.len()
    };
    let err_line = &text[buf..inp];
    let total: usize = err_line.iter().map(|c| c.len_utf8()).sum();
    if col_bytes > total {
        return err_line.len() as i64 + 1;
    }
    let mut acc = 0;
    let mut n = 0;
    for c in err_line {
        if acc >= col_bytes {
            break;
        }
        acc += c.len_utf8();
        n += 1;
    }
    n
}

fn to_info(e: PErr, filename: &str, text: &[char]) -> SyntaxErrorInfo {
    let clamp = |v: i64| {
        if v < 0 {
            0
        } else {
            v.min(u32::MAX as i64) as u32
        }
    };
    let mut e = e;
    e.end_offset = cpython_end_offset(text, &e);
    if e.end_line == e.line {
        e.end_offset = cpython_buf_offset(text, &e, e.end_offset);
    }
    e.offset = cpython_buf_offset(text, &e, e.offset);
    SyntaxErrorInfo {
        kind: e.kind,
        msg: e.msg,
        filename: filename.to_string(),
        lineno: e.line,
        offset: clamp(e.offset),
        end_lineno: e.end_line,
        end_offset: clamp(e.end_offset),
        text: line_text(text, e.line),
    }
}

/// Parse `source`. `filename` is only used for error reporting.
pub fn parse(source: &str, filename: &str, mode: Mode) -> Result<Module, SyntaxErrorInfo> {
    let text = prepare(source, mode);
    if let Some(pos) = text.iter().position(|&c| c == '\0') {
        let line = text[..pos].iter().filter(|&&c| c == '\n').count() as u32 + 1;
        let col = text[..pos].iter().rev().take_while(|&&c| c != '\n').count() as u32;
        return Err(SyntaxErrorInfo {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "source code string cannot contain null bytes".into(),
            filename: filename.to_string(),
            lineno: line,
            offset: col + 1,
            end_lineno: line,
            end_offset: col + 2,
            text: line_text(&text, line),
        });
    }
    let lexed = lex_for(&text, mode);
    if may_nest_deeply(&text, &lexed.toks) {
        // Deeply nested input: parse on a thread with a large stack (only touched pages are
        // committed), so that the recursion limit, not the caller's stack, bounds nesting.
        let res = std::thread::scope(|scope| {
            let text = &text;
            std::thread::Builder::new()
                .stack_size(DEEP_STACK)
                .spawn_scoped(scope, move || parse_lexed(text, lexed, filename, mode))
                .map(|h| h.join())
        });
        match res {
            Ok(Ok(r)) => return r,
            Ok(Err(payload)) => std::panic::resume_unwind(payload),
            // Could not spawn: fall back to the current thread.
            Err(_) => return parse_lexed(&text, lex_for(&text, mode), filename, mode),
        }
    }
    parse_lexed(&text, lexed, filename, mode)
}

fn lex_for(text: &[char], mode: Mode) -> lexer::Lexed {
    let mut lexed = lexer::lex(text);
    if mode == Mode::Interactive {
        interactive_tokens(&mut lexed);
    }
    lexed
}

/// Stack size for parsing deeply nested input.
const DEEP_STACK: usize = 512 << 20;

/// Cheap estimate of whether parsing may recurse deeply: many nested brackets, or many
/// recursion-prone tokens (unary operators, `not`, `lambda`, conditional expressions, ...) in
/// one logical line.
fn may_nest_deeply(text: &[char], toks: &[token::Token]) -> bool {
    use token::{Kw, Op, Tok};
    let mut run = 0u32;
    let mut indent = 0u32;
    for t in toks {
        if t.level > 12 || indent > 16 {
            return true;
        }
        match t.kind {
            Tok::Newline => run = 0,
            Tok::Indent => indent += 1,
            Tok::Dedent => indent = indent.saturating_sub(1),
            Tok::Op(
                Op::Minus
                | Op::Plus
                | Op::Tilde
                | Op::Star
                | Op::DoubleStar
                | Op::LPar
                | Op::LSqb
                | Op::LBrace
                | Op::ColonEqual,
            )
            | Tok::Kw(Kw::Not | Kw::Lambda | Kw::If | Kw::Await | Kw::For) => {
                run += 1;
                if run > 60 {
                    return true;
                }
            }
            Tok::Str => {
                // f-string replacement fields are parsed by nested parsers.
                let s = &text[t.lo as usize..t.hi as usize];
                let prefix_f = s
                    .iter()
                    .take_while(|c| **c != '\'' && **c != '"')
                    .any(|c| *c == 'f' || *c == 'F');
                if prefix_f {
                    let mut depth = 0u32;
                    for &c in s {
                        match c {
                            '(' | '[' | '{' => {
                                depth += 1;
                                if depth > 12 {
                                    return true;
                                }
                            }
                            ')' | ']' | '}' => depth = depth.saturating_sub(1),
                            _ => {}
                        }
                    }
                }
                run += 1;
                if run > 60 {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

fn parse_lexed(
    text: &[char],
    lexed: lexer::Lexed,
    filename: &str,
    mode: Mode,
) -> Result<Module, SyntaxErrorInfo> {
    let mut p = Parser::new(text, lexed);
    let result = match mode {
        Mode::Module => p.run(Parser::file_rule).map(|body| Module { body }),
        Mode::Expression => p.run(Parser::eval_rule).map(|e: Expr| {
            let loc = e.loc;
            Module {
                body: vec![Stmt {
                    kind: StmtKind::Expr(e),
                    loc,
                }],
            }
        }),
        Mode::Interactive => p.run_interactive().map(|body| Module { body }),
    };
    let module = result.map_err(|e| to_info(e, filename, text))?;
    if let Err(e) = checks::check_module(&module.body) {
        return Err(check_error_info(e, filename, text));
    }
    Ok(module)
}

/// Compile-time errors use byte-based columns in CPython (AST column offsets are UTF-8 byte
/// offsets there).
fn check_error_info(e: checks::CheckError, filename: &str, text: &[char]) -> SyntaxErrorInfo {
    let byte_col = |line: u32, col: u32| -> u32 {
        match line_text(text, line) {
            Some(l) => l
                .chars()
                .take(col as usize)
                .map(|c| c.len_utf8() as u32)
                .sum::<u32>(),
            None => col,
        }
    };
    SyntaxErrorInfo {
        kind: SyntaxErrorKind::SyntaxError,
        msg: e.msg,
        filename: filename.to_string(),
        lineno: e.loc.line,
        offset: byte_col(e.loc.line, e.loc.col) + 1,
        end_lineno: e.loc.end_line,
        end_offset: byte_col(e.loc.end_line, e.loc.end_col) + 1,
        text: line_text(text, e.loc.line),
    }
}

impl<'a> Parser<'a> {
    fn run_interactive(&mut self) -> Result<Vec<crate::ast::Stmt>, PErr> {
        let body = self.run(Parser::interactive_rule)?;
        // bad_single_statement: only whitespace and comments may follow.
        let last = self.tok(self.fill.max(1) - 1);
        let mut i = (last.hi as usize).min(self.text.len());
        let text = self.text;
        loop {
            while i < text.len() && matches!(text[i], ' ' | '\t' | '\n' | '\x0c') {
                i += 1;
            }
            if i >= text.len() {
                return Ok(body);
            }
            if text[i] != '#' {
                break;
            }
            while i < text.len() && text[i] != '\n' {
                i += 1;
            }
        }
        self.raise_syntax_error("multiple statements found while compiling a single statement");
        Err(self.error.take().unwrap())
    }
}

/// Single-input mode: CPython turns the first ENDMARKER into a NEWLINE (followed by the
/// DEDENTs still pending), so that a statement without a trailing newline is complete.
fn interactive_tokens(lexed: &mut lexer::Lexed) {
    use token::{Tok, Token};
    let toks = &mut lexed.toks;
    let Some(last) = toks.last().copied() else {
        return;
    };
    if last.kind != Tok::EndMarker || toks.len() < 2 {
        return;
    }
    let depth: i64 = toks
        .iter()
        .map(|t| match t.kind {
            Tok::Indent => 1,
            Tok::Dedent => -1,
            _ => 0,
        })
        .sum();
    toks.pop();
    let synth = |kind: Tok| Token { kind, ..last };
    toks.push(synth(Tok::Newline));
    if depth > 0 {
        for _ in 0..depth {
            toks.push(synth(Tok::Dedent));
        }
        toks.push(synth(Tok::Newline));
    }
    toks.push(last);
}
