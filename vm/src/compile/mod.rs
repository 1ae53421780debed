//! The compiler: AST → bytecode (`CodeObject`).
//!
//! Modelled on CPython 3.11's `Python/compile.c` and `Python/symtable.c`, targeting the
//! instruction set documented in `bytecode.rs` (a CPython 3.10-like stack machine with a
//! simplified exception-handling protocol).
//!
//! * `symtable` — scope analysis (which names are local / cell / free / global).
//! * `codegen` — compiler state: code units, labels, frame blocks, name resolution, assembly
//!   (jump resolution, stack-depth analysis).
//! * `stmt`, `expr`, `pattern` — code generation for statements, expressions and `match`.
//! * `unparse` — annotation stringification for `from __future__ import annotations`.
//! * `dis` — human-readable disassembly.
//!
//! Conventions the evaluator relies on (where `bytecode.rs` leaves a choice):
//! * `argcount` counts positional-only plus positional parameters (CPython's `co_argcount`);
//!   `varnames` starts with posonly, positional, keyword-only, `*args`, `**kwargs`.
//! * Function, lambda, comprehension and class-body code objects have `consts[0]` = the
//!   docstring (functions only) or None. Cell and free variable lists are sorted by name
//!   (class bodies: cellvars is `["__class__"]` when a method needs it, else empty).
//! * Comprehensions are functions taking the iterator as parameter `.0` (`LoadFast(0)`).
//! * `except T as e:` is `<T>; JumpIfNotExcMatch(next)` with no `DupTop` (the instruction
//!   pops only the type), then `StoreX(e)`/`PopTop` consumes the exception.
//! * `CallFunctionEx` always receives a real tuple and (with argument 1) a fresh dict, built
//!   with `BuildList`/`ListExtend`/`ListToTuple` and `BuildMap`/`DictMerge`: the stack is
//!   `[f, args, kwargs]` while merging, so the function is two below the dict at `DictMerge`.
//! * Method calls without keywords/`*`/`**` use `LoadMethod`/`CallMethod`; others use
//!   `LoadAttr` and the generic call instructions.
//! * Compile-time recursion is bounded (`MAX_RECURSION`, CPython's limit); deeper input gives
//!   the SyntaxError "maximum recursion depth exceeded during compilation" (CPython raises
//!   RecursionError). Operator/attribute/call chains and `elif` chains are compiled
//!   iteratively, so they have no depth limit.

mod codegen;
mod dis;
mod expr;
mod pattern;
mod stmt;
mod symtable;
mod unparse;

#[cfg(test)]
mod tests;

use crate::ast::Loc;
use crate::bytecode::CodeObject;
use crate::syntax_error::{SyntaxErrorInfo, SyntaxErrorKind};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

/// What kind of source is compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Statements; the code returns None at the end.
    Module,
    /// The module body is a single `StmtKind::Expr`; the code returns its value.
    Eval,
    /// Like `Module` but each top-level expression statement is followed by `PrintExpr`
    /// instead of `PopTop`.
    Interactive,
}

/// Boxed so that `CResult` stays pointer-sized (keeps the recursive compiler's stack frames
/// small, especially in debug builds).
pub(crate) type CError = Box<SyntaxErrorInfo>;

/// Maximum nesting of expressions/patterns/targets the compiler recurses into (CPython
/// 3.11 fails at about the same depth with "maximum recursion depth exceeded during
/// compilation").
pub(crate) const MAX_RECURSION: u32 = 2900;
/// Recursion-depth units charged for entering a nested scope (function, lambda, class,
/// comprehension), which costs more native stack than an expression level.
pub(crate) const SCOPE_DEPTH_COST: u32 = 3;
pub(crate) const RECURSION_MSG: &str = "maximum recursion depth exceeded during compilation";
pub(crate) type CResult<T> = Result<T, CError>;

/// Compile a parsed module to a code object.
pub fn compile(
    module: &crate::ast::Module,
    filename: &str,
    source: &str,
    mode: Mode,
) -> Result<Arc<CodeObject>, SyntaxErrorInfo> {
    codegen::compile_module(module, filename, source, mode).map_err(|e| *e)
}

/// Human-readable disassembly (recursing into nested code consts), for debugging and tests.
pub fn disassemble(code: &CodeObject) -> String {
    dis::disassemble(code)
}

/// A SyntaxError at `loc` (CPython's 1-based `offset`/`end_offset`).
pub(crate) fn make_error(filename: &str, source: &str, loc: Loc, msg: impl Into<String>) -> CError {
    let end_line = if loc.end_line == 0 {
        loc.line
    } else {
        loc.end_line
    };
    let end_offset = if loc.end_line == 0 {
        loc.col + 2
    } else {
        loc.end_col + 1
    };
    Box::new(SyntaxErrorInfo::at(
        SyntaxErrorKind::SyntaxError,
        msg,
        filename,
        source,
        loc.line,
        loc.col + 1,
        end_line,
        end_offset,
    ))
}

/// CPython's `_Py_Mangle`: `__spam` inside class `Ham` becomes `_Ham__spam`.
pub(crate) fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(private) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{}{}", stripped, name))
}

/// FxHash (as used by rustc): fast hashing for the compiler's many small-key maps.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub(crate) type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
