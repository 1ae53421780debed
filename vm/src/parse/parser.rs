//! Core of the PEG parser: token access, memoization, backtracking helpers, error raising and
//! the two-pass driver (`_PyPegen_run_parser`).
//!
//! The grammar rules (in `stmt.rs`, `expr.rs`, `pattern.rs`) follow CPython 3.11's
//! `Grammar/python.gram` closely, including the `invalid_*` rules that only run in the second
//! pass, so that error messages and positions match CPython's.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::errors::PErr;
use super::lexer::{ErrPos, LexErr, Lexed};
use super::token::{Kw, Op, Tok, Token};
use crate::ast::*;
use crate::syntax_error::SyntaxErrorKind;

/// Maximum nesting (recursive rule entries plus lengths of left-associative chains, i.e.
/// roughly the depth of the AST) before giving up with a SyntaxError instead of overflowing the
/// native stack. CPython's compiler fails with a RecursionError at about the same depth.
pub const MAX_DEPTH: u32 = 2900;
pub const TOO_DEEP: &str = "maximum recursion depth exceeded during compilation";

#[derive(Default)]
pub struct FxHasher {
    hash: u64,
}

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.hash
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }
    fn write_u64(&mut self, i: u64) {
        self.hash = (self.hash.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Call arguments: positional (may contain `Starred`) and keywords.
#[derive(Clone, Debug, Default)]
pub struct CallArgs {
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
}

#[derive(Clone)]
pub enum MemoVal {
    Expr(Expr),
    Stmts(Vec<Stmt>),
    Stmt(Stmt),
    Pat(Pattern),
    Args(CallArgs),
    Unit,
}

pub trait Memoable: Clone {
    fn wrap(self) -> MemoVal;
    fn unwrap(v: MemoVal) -> Self;
}

macro_rules! memoable {
    ($t:ty, $v:ident) => {
        impl Memoable for $t {
            fn wrap(self) -> MemoVal {
                MemoVal::$v(self)
            }
            fn unwrap(v: MemoVal) -> Self {
                match v {
                    MemoVal::$v(x) => x,
                    _ => unreachable!("memo type mismatch"),
                }
            }
        }
    };
}
memoable!(Expr, Expr);
memoable!(Vec<Stmt>, Stmts);
memoable!(Stmt, Stmt);
memoable!(Pattern, Pat);
memoable!(CallArgs, Args);

impl Memoable for () {
    fn wrap(self) -> MemoVal {
        MemoVal::Unit
    }
    fn unwrap(_: MemoVal) -> Self {}
}

enum MemoEntry {
    Done(Option<Box<MemoVal>>, u32),
}

/// Memoized rule identifiers.
#[derive(Clone, Copy)]
#[repr(u8)]
pub enum R {
    Expression,
    StarExpression,
    Disjunction,
    Conjunction,
    Inversion,
    BitwiseOr,
    BitwiseXor,
    BitwiseAnd,
    ShiftExpr,
    Sum,
    Term,
    Factor,
    AwaitPrimary,
    Primary,
    TPrimary,
    StarTarget,
    TargetWithStarAtom,
    DelTarget,
    Strings,
    Arguments,
    Block,
    SimpleStmt,
    ClosedPattern,
    StarPattern,
    InvalidNamedExpression,
}

const PASS1_RULES: usize = 9;

impl R {
    /// Rules memoized in the first pass too (for speed), with their slot in the per-token
    /// table. In the second pass, exactly the rules CPython memoizes are memoized (always),
    /// because memoized results computed with invalid rules disabled
    /// (`expression_without_invalid`) are reused by CPython.
    fn pass1_slot(self) -> Option<usize> {
        Some(match self {
            R::Expression => 0,
            R::Strings => 1,
            R::Arguments => 2,
            R::TPrimary => 3,
            R::StarTarget => 4,
            R::TargetWithStarAtom => 5,
            R::DelTarget => 6,
            R::ClosedPattern => 7,
            R::StarPattern => 8,
            _ => return None,
        })
    }
}

/// First-pass memo: per (token, rule) a state word. 0 = not computed, 1 = computed once and
/// succeeded (value not kept), 2 = failed, n >= 3 = value stored at `values[n - 3]`.
#[derive(Default)]
struct Memo1 {
    slots: Vec<u32>,
    values: Vec<(MemoVal, u32)>,
}

/// Line/column span in CPython's token/node terms (0-based columns, -1 = unknown).
#[derive(Clone, Copy, Debug)]
pub struct Span {
    pub line: u32,
    pub col: i64,
    pub end_line: u32,
    pub end_col: i64,
}

impl From<Loc> for Span {
    fn from(l: Loc) -> Span {
        Span {
            line: l.line,
            col: l.col as i64,
            end_line: l.end_line,
            end_col: l.end_col as i64,
        }
    }
}

impl From<&Token> for Span {
    fn from(t: &Token) -> Span {
        Span {
            line: t.line,
            col: t.col as i64,
            end_line: t.end_line,
            end_col: t.end_col as i64,
        }
    }
}

pub struct Parser<'a> {
    pub text: &'a [char],
    pub toks: Vec<Token>,
    pub lex_err: Option<LexErr>,
    pub lex_parens: Vec<(char, u32, u32)>,
    pub pos: usize,
    pub fill: usize,
    pub call_invalid: bool,
    /// True during the second (error-reporting) pass.
    pub error_pass: bool,
    /// First-pass shortcut mode: skip alternatives that cannot succeed. Only used for a first
    /// attempt; if it fails, the first pass is redone exactly so that error positions (the
    /// furthest token reached) are CPython's.
    pub fast: bool,
    pub error: Option<PErr>,
    memo: FxMap<u64, MemoEntry>,
    memo1: Memo1,
    pub depth: u32,
    /// Sub-parser for an f-string replacement field (errors get the "f-string: " prefix).
    pub fstring_mode: bool,
    /// How many f-string sub-parsers enclose this parser.
    pub fstring_nesting: u32,
    /// Column shift applied to the first line of an f-string sub-parser's tokens; CPython
    /// subtracts it again from error columns.
    pub fstring_start_col: i64,
    /// Recursion depth of the enclosing parsers (f-string sub-parsers).
    pub depth_base: u32,
    /// (token start, position, lines, line start) of the last f-string field located.
    pub fstring_loc_cache: Option<(usize, usize, u32, usize)>,
}

impl<'a> Parser<'a> {
    pub fn new(text: &'a [char], lexed: Lexed) -> Parser<'a> {
        Parser {
            text,
            toks: lexed.toks,
            lex_err: lexed.err,
            lex_parens: lexed.parens,
            pos: 0,
            fill: 0,
            call_invalid: false,
            error_pass: false,
            fast: false,
            error: None,
            memo: FxMap::default(),
            memo1: Memo1::default(),
            depth: 0,
            fstring_mode: false,
            fstring_nesting: 0,
            fstring_start_col: 0,
            depth_base: 0,
            fstring_loc_cache: None,
        }
    }

    // ----------------------------------------------------------------------------------
    // Token access

    /// Make token `i` "fetched" (CPython fills tokens lazily); raises the tokenizer error
    /// when reaching the error sentinel. Returns the clamped index.
    #[inline]
    pub fn fetch(&mut self, i: usize) -> usize {
        let i = i.min(self.toks.len() - 1);
        if i >= self.fill {
            self.fill = i + 1;
            if self.toks[i].kind == Tok::Error && self.error.is_none() {
                self.raise_lex_error();
            }
        }
        i
    }

    #[inline]
    pub fn peek(&mut self) -> Tok {
        let i = self.fetch(self.pos);
        self.toks[i].kind
    }

    #[inline]
    pub fn peek_at(&mut self, i: usize) -> Tok {
        let i = self.fetch(i);
        self.toks[i].kind
    }

    #[inline]
    pub fn tok(&self, i: usize) -> &Token {
        &self.toks[i.min(self.toks.len() - 1)]
    }

    #[inline]
    pub fn expect(&mut self, k: Tok) -> Option<usize> {
        if self.error.is_some() {
            return None;
        }
        let i = self.pos;
        if self.peek() == k {
            self.pos += 1;
            Some(i)
        } else {
            None
        }
    }

    #[inline]
    pub fn expect_op(&mut self, op: Op) -> Option<usize> {
        self.expect(Tok::Op(op))
    }

    #[inline]
    pub fn expect_kw(&mut self, kw: Kw) -> Option<usize> {
        self.expect(Tok::Kw(kw))
    }

    #[inline]
    pub fn at_op(&mut self, op: Op) -> bool {
        self.peek() == Tok::Op(op)
    }

    #[inline]
    pub fn at_kw(&mut self, kw: Kw) -> bool {
        self.peek() == Tok::Kw(kw)
    }

    /// Text of token `i`; identifiers with non-ASCII characters are NFKC-normalized as CPython
    /// does (PEP 3131).
    pub fn name_text(&self, i: usize) -> String {
        let t = self.tok(i);
        let chars = &self.text[t.lo as usize..t.hi as usize];
        let s: String = chars.iter().collect();
        if t.kind == Tok::Name && !s.is_ascii() {
            return super::unicode_tables::nfkc_identifier(&s);
        }
        s
    }

    pub fn tok_text_is(&self, i: usize, s: &str) -> bool {
        let t = self.tok(i);
        let chars = &self.text[t.lo as usize..t.hi as usize];
        chars.len() == s.len() && chars.iter().copied().eq(s.chars())
    }

    /// A soft keyword token (`match`, `case`, `_`).
    pub fn expect_soft(&mut self, s: &str) -> Option<usize> {
        if self.error.is_some() {
            return None;
        }
        let i = self.pos;
        if self.peek() == Tok::Name && self.tok_text_is(i, s) {
            self.pos += 1;
            Some(i)
        } else {
            None
        }
    }

    /// The SOFT_KEYWORD token test of `invalid_expression`. CPython compares with
    /// `strncmp(keyword, token, len(token))`, so any NAME that is a prefix of a soft keyword
    /// ("m", "ca", ...) also counts; this is reproduced on purpose.
    pub fn at_soft_keyword(&mut self) -> bool {
        let i = self.pos;
        if self.peek() != Tok::Name {
            return false;
        }
        let t = self.tok(i);
        let name = &self.text[t.lo as usize..t.hi as usize];
        ["_", "case", "match"].iter().any(|kw| {
            let kw: Vec<char> = kw.chars().collect();
            name.len() <= kw.len() && kw[..name.len()] == *name
        })
    }

    /// Forced token (`&&'x'`): raise "expected 'x'" at the current token when missing.
    pub fn expect_forced(&mut self, op: Op, what: &str) -> Option<usize> {
        if self.error.is_some() {
            return None;
        }
        let i = self.pos;
        let k = self.peek();
        if self.error.is_some() {
            return None;
        }
        if k == Tok::Op(op) {
            self.pos += 1;
            return Some(i);
        }
        let sp = Span::from(self.tok(i));
        self.raise_known_location(sp, &format!("expected '{}'", what));
        None
    }

    /// Fast-mode test: can the simple statement starting here be an assignment, i.e. is there
    /// an '=', an augmented assignment or a ':' at bracket depth 0 before its end?
    pub fn may_be_assignment(&self) -> bool {
        let mut depth = 0i32;
        let mut i = self.pos;
        while i < self.toks.len() {
            match self.toks[i].kind {
                Tok::Op(Op::LPar) | Tok::Op(Op::LSqb) | Tok::Op(Op::LBrace) => depth += 1,
                Tok::Op(Op::RPar) | Tok::Op(Op::RSqb) | Tok::Op(Op::RBrace) => depth -= 1,
                Tok::Newline | Tok::EndMarker | Tok::Error | Tok::Indent | Tok::Dedent => {
                    return false
                }
                Tok::Op(Op::Semi) if depth <= 0 => return false,
                Tok::Op(
                    Op::Equal
                    | Op::Colon
                    | Op::PlusEqual
                    | Op::MinEqual
                    | Op::StarEqual
                    | Op::AtEqual
                    | Op::SlashEqual
                    | Op::PercentEqual
                    | Op::AmperEqual
                    | Op::VBarEqual
                    | Op::CircumflexEqual
                    | Op::LeftShiftEqual
                    | Op::RightShiftEqual
                    | Op::DoubleStarEqual
                    | Op::DoubleSlashEqual,
                ) if depth <= 0 => return true,
                _ => {}
            }
            i += 1;
        }
        false
    }

    // ----------------------------------------------------------------------------------
    // Backtracking helpers

    /// Try an alternative; on failure restore the position.
    #[inline]
    pub fn alt<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        if self.error.is_some() {
            return None;
        }
        let m = self.pos;
        let r = f(self);
        if r.is_none() {
            self.pos = m;
        }
        r
    }

    /// Positive/negative lookahead: never consumes.
    #[inline]
    pub fn lookahead<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> bool {
        let m = self.pos;
        let r = f(self).is_some();
        self.pos = m;
        r
    }

    /// Run an `invalid_*` rule (second pass only). Returns true when it raised an error.
    #[inline]
    pub fn invalid(&mut self, f: impl FnOnce(&mut Self) -> Option<()>) -> bool {
        if !self.call_invalid || self.error.is_some() {
            return self.error.is_some();
        }
        let m = self.pos;
        let _ = f(self);
        self.pos = m;
        self.error.is_some()
    }

    #[inline]
    pub fn failed(&self) -> bool {
        self.error.is_some()
    }

    pub fn memo<T: Memoable>(
        &mut self,
        rule: R,
        f: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<T> {
        if self.error.is_some() {
            return None;
        }
        if !self.error_pass {
            let Some(slot) = rule.pass1_slot() else {
                return f(self);
            };
            if self.memo1.slots.is_empty() {
                self.memo1.slots = vec![0; (self.toks.len() + 1) * PASS1_RULES];
            }
            let idx = self.pos.min(self.toks.len()) * PASS1_RULES + slot;
            let state = self.memo1.slots[idx];
            if state == 2 {
                return None;
            }
            if state >= 3 {
                let (v, end) = &self.memo1.values[(state - 3) as usize];
                let r = T::unwrap(v.clone());
                self.pos = *end as usize;
                return Some(r);
            }
            let r = f(self);
            match &r {
                None => self.memo1.slots[idx] = 2,
                Some(v) => {
                    if state == 0 {
                        self.memo1.slots[idx] = 1;
                    } else {
                        self.memo1.values.push((v.clone().wrap(), self.pos as u32));
                        self.memo1.slots[idx] = self.memo1.values.len() as u32 + 2;
                    }
                }
            }
            return r;
        }
        let key = ((self.pos as u64) << 6) | rule as u64;
        match self.memo.get(&key) {
            Some(MemoEntry::Done(v, end)) => {
                let r = v.as_ref().map(|b| T::unwrap((**b).clone()));
                self.pos = *end as usize;
                r
            }
            _ => {
                let start = self.pos;
                let r = f(self);
                if r.is_none() {
                    self.memo.insert(key, MemoEntry::Done(None, start as u32));
                } else {
                    let stored = r.clone().map(|v| Box::new(v.wrap()));
                    self.memo
                        .insert(key, MemoEntry::Done(stored, self.pos as u32));
                }
                r
            }
        }
    }

    /// Enter a recursive rule; fails with a SyntaxError when nesting is too deep.
    #[inline]
    pub fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth + self.depth_base > MAX_DEPTH {
            self.raise_too_deep();
            return false;
        }
        true
    }

    /// A left-associative chain (`a.b.c`, `a + b + c`) of length `n` nests the AST `n` deep.
    #[inline]
    pub fn check_chain(&mut self, n: u32) -> bool {
        if self.depth + self.depth_base + n > MAX_DEPTH {
            self.raise_too_deep();
            return false;
        }
        true
    }

    fn raise_too_deep(&mut self) {
        if self.error.is_none() {
            let i = self.fetch(self.pos);
            let sp = Span::from(self.tok(i));
            self.raise_known_location(sp, TOO_DEEP);
            if let Some(e) = self.error.as_mut() {
                // Not subject to replacement by later tokenizer errors.
                e.from_lexer = true;
            }
        }
    }

    #[inline]
    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----------------------------------------------------------------------------------
    // Locations

    /// `_PyPegen_get_last_nonnwhitespace_token` before the current position.
    pub fn last_nonws(&self) -> usize {
        let mut m = self.pos;
        while m > 0 {
            m -= 1;
            match self.toks[m.min(self.toks.len() - 1)].kind {
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndMarker => continue,
                _ => return m,
            }
        }
        0
    }

    /// Location from token `start` to the last consumed non-whitespace token (EXTRA).
    pub fn loc_from(&self, start: usize) -> Loc {
        let s = self.tok(start);
        let e = self.tok(self.last_nonws());
        Loc {
            line: s.line,
            col: s.col.max(0) as u32,
            end_line: e.end_line,
            end_col: e.end_col.max(0) as u32,
        }
    }

    pub fn tok_loc(&self, i: usize) -> Loc {
        let t = self.tok(i);
        Loc {
            line: t.line,
            col: t.col.max(0) as u32,
            end_line: t.end_line,
            end_col: t.end_col.max(0) as u32,
        }
    }

    pub fn span(&self, i: usize) -> Span {
        Span::from(self.tok(i))
    }

    // ----------------------------------------------------------------------------------
    // Errors

    pub fn raise_raw(
        &mut self,
        kind: SyntaxErrorKind,
        msg: &str,
        line: u32,
        offset: i64,
        end_line: u32,
        end_offset: i64,
    ) {
        if self.error.is_some() {
            return;
        }
        let (msg, offset, end_offset) = if self.fstring_mode {
            (
                format!("f-string: {}", msg),
                offset - self.fstring_start_col,
                end_offset - self.fstring_start_col,
            )
        } else {
            (msg.to_string(), offset, end_offset)
        };
        let t = self.tok(self.fill.max(1) - 1);
        let (tok_line, tok_buf) = (t.state_line(), t.state_buf);
        self.error = Some(PErr {
            kind,
            msg,
            line,
            offset,
            end_line,
            end_offset,
            from_lexer: false,
            tok_line,
            tok_buf,
        });
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg)
    pub fn raise_known_location(&mut self, a: Span, msg: &str) {
        self.raise_raw(
            SyntaxErrorKind::SyntaxError,
            msg,
            a.line,
            a.col + 1,
            a.end_line,
            a.end_col + 1,
        );
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg)
    pub fn raise_known_range(&mut self, a: Span, b: Span, msg: &str) {
        self.raise_raw(
            SyntaxErrorKind::SyntaxError,
            msg,
            a.line,
            a.col + 1,
            b.end_line,
            b.end_col + 1,
        );
    }

    /// Current tokenizer position (line, col) after the furthest fetched token.
    fn tokenizer_state(&self) -> (u32, i64) {
        let t = self.tok(self.fill.max(1) - 1);
        (t.state_line(), t.state_col as i64)
    }

    /// RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg)
    pub fn raise_starting_from(&mut self, a: Span, msg: &str) {
        let (l, c) = self.tokenizer_state();
        self.raise_raw(SyntaxErrorKind::SyntaxError, msg, a.line, a.col + 1, l, c);
    }

    fn raise_at_token(&mut self, kind: SyntaxErrorKind, i: usize, msg: &str) {
        let t = *self.tok(i);
        let col = if t.col == -1 {
            self.tokenizer_state().1
        } else {
            t.col as i64 + 1
        };
        let end_col = if t.end_col != -1 {
            t.end_col as i64 + 1
        } else {
            -1
        };
        self.raise_raw(kind, msg, t.line, col, t.end_line, end_col);
    }

    /// RAISE_SYNTAX_ERROR(msg): at the last fetched token.
    pub fn raise_syntax_error(&mut self, msg: &str) {
        let i = self.fill.max(1) - 1;
        self.raise_at_token(SyntaxErrorKind::SyntaxError, i, msg);
    }

    /// RAISE_INDENTATION_ERROR(msg)
    pub fn raise_indentation_error(&mut self, msg: &str) {
        let i = self.fill.max(1) - 1;
        self.raise_at_token(SyntaxErrorKind::IndentationError, i, msg);
    }

    /// RAISE_SYNTAX_ERROR_INVALID_TARGET: returns false (no error) when no invalid target.
    pub fn raise_invalid_target(&mut self, tt: super::errors::TargetsType, e: &Expr) -> bool {
        if let Some(t) = super::errors::invalid_target(e, tt) {
            let name = super::errors::expr_name(t);
            let msg = match tt {
                super::errors::TargetsType::Del => format!("cannot delete {}", name),
                _ => format!("cannot assign to {}", name),
            };
            let sp = Span::from(t.loc);
            self.raise_known_location(sp, &msg);
            true
        } else {
            false
        }
    }

    fn unclosed_paren_error(&self) -> PErr {
        let (ch, line, col) = *self.lex_parens.last().unwrap();
        PErr {
            kind: SyntaxErrorKind::SyntaxError,
            msg: self.prefix(&format!("'{}' was never closed", ch)),
            line,
            offset: col as i64 + 1,
            end_line: line,
            end_offset: 0,
            from_lexer: true,
            tok_line: 0,
            tok_buf: 0,
        }
    }

    fn prefix(&self, msg: &str) -> String {
        if self.fstring_mode {
            format!("f-string: {}", msg)
        } else {
            msg.to_string()
        }
    }

    fn errpos_to_perr(&self, e: &ErrPos, prefixed: bool) -> PErr {
        PErr {
            kind: e.kind,
            msg: if prefixed {
                self.prefix(&e.msg)
            } else {
                e.msg.clone()
            },
            line: e.line,
            offset: e.offset,
            end_line: e.end_line,
            end_offset: e.end_offset,
            from_lexer: true,
            tok_line: 0,
            tok_buf: 0,
        }
    }

    fn raise_lex_error(&mut self) {
        let e = match self.lex_err.as_ref() {
            Some(LexErr::Direct(e)) => self.errpos_to_perr(e, false),
            Some(LexErr::Parser(e)) => self.errpos_to_perr(e, true),
            Some(LexErr::Eof(e)) => {
                if !self.lex_parens.is_empty() {
                    self.unclosed_paren_error()
                } else {
                    self.errpos_to_perr(e, true)
                }
            }
            None => return,
        };
        self.error = Some(e);
    }

    /// `_PyPegen_tokenize_full_source_to_check_for_errors`: a tokenizer error later in the
    /// source (or an unclosed bracket) replaces a parser error.
    fn override_with_tokenizer_error(&self, e: PErr) -> PErr {
        if e.from_lexer {
            return e;
        }
        // Tokenizer already finished (the parser reached the end): nothing more to check.
        if self.fill >= self.toks.len() {
            return e;
        }
        match &self.lex_err {
            None => e,
            Some(LexErr::Direct(d)) => self.errpos_to_perr(d, false),
            Some(_) => {
                if !self.lex_parens.is_empty() {
                    let cur_line = self.tok(self.fill.max(1) - 1).line;
                    let (_, pline, _) = *self.lex_parens.last().unwrap();
                    if cur_line > pline {
                        return self.unclosed_paren_error();
                    }
                }
                e
            }
        }
    }

    fn reset_for_error_pass(&mut self) {
        self.fast = false;
        self.memo.clear();
        self.memo1 = Memo1::default();
        self.pos = 0;
        self.call_invalid = true;
        self.error_pass = true;
        self.depth = 0;
    }

    /// `_PyPegen_run_parser`: first pass without invalid rules, then a second pass with them
    /// to find a specialised error message.
    pub fn run<T>(&mut self, start: fn(&mut Self) -> Option<T>) -> Result<T, PErr> {
        self.pos = 0;
        self.call_invalid = false;
        self.fast = true;
        if let Some(r) = start(self) {
            if self.error.is_none() {
                return Ok(r);
            }
        }
        // Redo the first pass without shortcuts.
        self.fast = false;
        self.pos = 0;
        self.fill = 0;
        self.depth = 0;
        self.error = None;
        self.memo.clear();
        self.memo1 = Memo1::default();
        if let Some(r) = start(self) {
            if self.error.is_none() {
                return Ok(r);
            }
        }
        if let Some(e) = self.error.take() {
            return Err(self.override_with_tokenizer_error(e));
        }
        let last_token = self.fill.max(1) - 1;
        self.reset_for_error_pass();
        let _ = start(self);
        if let Some(e) = self.error.take() {
            return Err(self.override_with_tokenizer_error(e));
        }
        // Generic error at the furthest token reached by the first pass.
        let t = *self.tok(last_token);
        match t.kind {
            Tok::Indent | Tok::Dedent => {
                let msg = if t.kind == Tok::Indent {
                    "unexpected indent"
                } else {
                    "unexpected unindent"
                };
                self.raise_indentation_error(msg);
                Err(self.error.take().unwrap())
            }
            _ => {
                self.raise_known_location(Span::from(&t), "invalid syntax");
                let e = self.error.take().unwrap();
                Err(self.override_with_tokenizer_error(e))
            }
        }
    }
}

impl Token {
    /// Tokenizer line after producing this token.
    pub fn state_line(&self) -> u32 {
        self.end_line
    }
}
