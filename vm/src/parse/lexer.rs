//! The tokenizer: a close port of CPython 3.11's `Parser/tokenizer.c` (`tok_get`), working on
//! a `char` array so that every column is a character offset.
//!
//! The whole input is tokenized up front. When the tokenizer fails, the token list ends with a
//! `Tok::Error` sentinel and `Lexed::err` describes the error; the parser raises it only when it
//! reaches that token (CPython fetches tokens lazily), or uses it to override a parser error
//! found earlier (CPython's `_PyPegen_tokenize_full_source_to_check_for_errors`).

use super::token::{Kw, Op, Tok, Token};
use super::unicode_tables::{is_printable, is_xid_continue, is_xid_start};
use crate::syntax_error::SyntaxErrorKind;

const TABSIZE: i64 = 8;
const ALTTABSIZE: i64 = 1;
const MAXINDENT: usize = 100;
pub const MAXLEVEL: usize = 200;

/// A fully positioned error as CPython reports it (1-based offsets; -1 allowed).
#[derive(Clone, Debug)]
pub struct ErrPos {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub line: u32,
    pub offset: i64,
    pub end_line: u32,
    pub end_offset: i64,
}

#[derive(Clone, Debug)]
pub enum LexErr {
    /// Raised by the tokenizer itself (`syntaxerror()`); such errors override parser errors.
    Direct(ErrPos),
    /// Reported by the parser's `tokenizer_error` (line continuation, tabs, dedent, too deep).
    Parser(ErrPos),
    /// End of input inside brackets or after a backslash continuation. With open brackets
    /// this becomes "'(' was never closed"; otherwise "unexpected EOF while parsing" at `ErrPos`.
    Eof(ErrPos),
}

pub struct Lexed {
    pub toks: Vec<Token>,
    pub err: Option<LexErr>,
    /// Bracket stack (char, line, col) when tokenizing stopped.
    pub parens: Vec<(char, u32, u32)>,
}

struct Lexer<'a> {
    s: &'a [char],
    cur: usize,
    inp: usize,
    line_start: usize,
    lineno: u32,
    eof: bool,
    atbol: bool,
    pendin: i32,
    indstack: Vec<i64>,
    altindstack: Vec<i64>,
    parens: Vec<(char, u32, u32)>,
    cont_line: bool,
    /// CPython's `tok->buf`: start of the buffered line; not moved while a token (string,
    /// line continuation) spans lines.
    buf: usize,
    /// Whether `tok->start` is set (a token is in progress).
    start_set: bool,
    // start of the current token
    start: usize,
    start_line: u32,
    start_line_start: usize,
    toks: Vec<Token>,
}

fn is_potential_identifier_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || !c.is_ascii()
}

fn is_potential_identifier_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()
}

fn is_digit(c: Option<char>) -> bool {
    matches!(c, Some('0'..='9'))
}

fn is_xdigit(c: Option<char>) -> bool {
    matches!(c, Some(ch) if ch.is_ascii_hexdigit())
}

/// Result of one `tok_get` call.
enum Got {
    Tok(Tok, Option<(usize, usize)>),
    Err(LexErr),
}

impl<'a> Lexer<'a> {
    fn nextc(&mut self) -> Option<char> {
        loop {
            if self.cur != self.inp {
                let c = self.s[self.cur];
                self.cur += 1;
                return Some(c);
            }
            if self.eof {
                return None;
            }
            if self.inp >= self.s.len() {
                self.eof = true;
                self.cur = self.inp;
                return None;
            }
            // Load the next line.
            let mut end = self.inp;
            while end < self.s.len() && self.s[end] != '\n' {
                end += 1;
            }
            if end < self.s.len() {
                end += 1;
            }
            self.line_start = self.inp;
            if !self.start_set {
                self.buf = self.inp;
            }
            self.lineno += 1;
            self.inp = end;
        }
    }

    fn backup(&mut self, c: Option<char>) {
        if c.is_some() {
            self.cur -= 1;
        }
    }

    fn col_of(&self, idx: usize) -> i64 {
        (idx as i64) - (self.line_start as i64)
    }

    /// CPython's `syntaxerror()`: offset = characters from line start to `cur`.
    fn syntaxerror(&self, msg: String) -> Got {
        let col = self.col_of(self.cur);
        Got::Err(LexErr::Direct(ErrPos {
            kind: SyntaxErrorKind::SyntaxError,
            msg,
            line: self.lineno,
            offset: col,
            end_line: self.lineno,
            end_offset: col,
        }))
    }

    fn syntaxerror_range(&self, msg: String, col: i64, end_col: i64) -> Got {
        Got::Err(LexErr::Direct(ErrPos {
            kind: SyntaxErrorKind::SyntaxError,
            msg,
            line: self.lineno,
            offset: col,
            end_line: self.lineno,
            end_offset: end_col,
        }))
    }

    /// Errors reported through `_PyPegen_tokenizer_error` with `RAISE_ERROR_KNOWN_LOCATION`
    /// at (lineno, col_offset + 1) .. (lineno, 0).
    fn parser_err(&self, kind: SyntaxErrorKind, msg: &str, col_offset: i64) -> Got {
        Got::Err(LexErr::Parser(ErrPos {
            kind,
            msg: msg.to_string(),
            line: self.lineno,
            offset: col_offset.max(0) + 1,
            end_line: self.lineno,
            end_offset: 0,
        }))
    }

    fn indenterror(&mut self) -> Got {
        self.cur = self.inp;
        self.parser_err(
            SyntaxErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            -1,
        )
    }

    /// Errors raised with `_PyPegen_raise_error` on the position-less error token:
    /// offset = `cur - line_start` (no +1), end offset -1.
    fn positionless_err(&self, kind: SyntaxErrorKind, msg: &str) -> ErrPos {
        ErrPos {
            kind,
            msg: msg.to_string(),
            line: self.lineno,
            offset: self.col_of(self.cur),
            end_line: self.lineno,
            end_offset: -1,
        }
    }

    fn continuation_line(&mut self) -> Result<Option<char>, Got> {
        let c = self.nextc();
        if c != Some('\n') {
            let col = (self.cur as i64) - (self.buf as i64) - 1;
            return Err(self.parser_err(
                SyntaxErrorKind::SyntaxError,
                "unexpected character after line continuation character",
                col,
            ));
        }
        let c = self.nextc();
        if c.is_none() {
            self.cur = self.inp;
            return Err(Got::Err(LexErr::Eof(self.positionless_err(
                SyntaxErrorKind::SyntaxError,
                "unexpected EOF while parsing",
            ))));
        }
        self.backup(c);
        Ok(c)
    }

    fn lookahead(&mut self, test: &str) -> bool {
        let mut consumed = Vec::new();
        let mut ok = true;
        for t in test.chars() {
            let c = self.nextc();
            consumed.push(c);
            if c != Some(t) {
                ok = false;
                break;
            }
        }
        if ok {
            let c = self.nextc();
            consumed.push(c);
            ok = !matches!(c, Some(ch) if is_potential_identifier_char(ch));
        }
        for c in consumed.into_iter().rev() {
            self.backup(c);
        }
        ok
    }

    fn verify_end_of_number(&mut self, c: Option<char>, kind: &str) -> Result<(), Got> {
        let r = match c {
            Some('a') => self.lookahead("nd"),
            Some('e') => self.lookahead("lse"),
            Some('f') => self.lookahead("or"),
            Some('i') => {
                let c2 = self.nextc();
                let r = matches!(c2, Some('f') | Some('n') | Some('s'));
                self.backup(c2);
                r
            }
            Some('o') => self.lookahead("r"),
            Some('n') => self.lookahead("ot"),
            _ => false,
        };
        if r {
            // CPython emits a SyntaxWarning here; warnings are not reported.
            return Ok(());
        }
        if let Some(ch) = c {
            if ch.is_ascii() && is_potential_identifier_char(ch) {
                self.backup(c);
                return Err(self.syntaxerror(format!("invalid {} literal", kind)));
            }
        }
        Ok(())
    }

    fn decimal_tail(&mut self) -> Result<Option<char>, Got> {
        loop {
            let mut c;
            loop {
                c = self.nextc();
                if !is_digit(c) {
                    break;
                }
            }
            if c != Some('_') {
                return Ok(c);
            }
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.syntaxerror("invalid decimal literal".into()));
            }
        }
    }

    fn verify_identifier(&mut self) -> Result<(), Got> {
        let s = &self.s[self.start..self.cur];
        let mut invalid = s.len();
        for (i, &ch) in s.iter().enumerate() {
            let ok = if i == 0 {
                is_xid_start(ch)
            } else {
                is_xid_continue(ch)
            };
            if !ok {
                invalid = i;
                break;
            }
        }
        if invalid < s.len() {
            let ch = s[invalid];
            if invalid + 1 < s.len() {
                self.cur = self.start + invalid + 1;
            }
            let msg = if is_printable(ch) {
                format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", ch as u32)
            };
            return Err(self.syntaxerror(msg));
        }
        Ok(())
    }

    fn set_start(&mut self, idx: usize) {
        self.start_set = true;
        self.start = idx;
        self.start_line = self.lineno;
        self.start_line_start = self.line_start;
    }

    fn tok(&self, t: Tok) -> Got {
        Got::Tok(t, Some((self.start, self.cur)))
    }

    fn number(&mut self, first: char) -> Result<Got, Got> {
        let mut c: Option<char>;
        enum Next {
            Fraction,
            Exponent,
            Imaginary,
            Done,
        }
        let mut next;
        if first == '0' {
            c = self.nextc();
            if c == Some('x') || c == Some('X') {
                c = self.nextc();
                loop {
                    if c == Some('_') {
                        c = self.nextc();
                    }
                    if !is_xdigit(c) {
                        self.backup(c);
                        return Err(self.syntaxerror("invalid hexadecimal literal".into()));
                    }
                    loop {
                        c = self.nextc();
                        if !is_xdigit(c) {
                            break;
                        }
                    }
                    if c != Some('_') {
                        break;
                    }
                }
                self.verify_end_of_number(c, "hexadecimal")?;
                next = Next::Done;
            } else if c == Some('o') || c == Some('O') {
                c = self.nextc();
                loop {
                    if c == Some('_') {
                        c = self.nextc();
                    }
                    if !matches!(c, Some('0'..='7')) {
                        if is_digit(c) {
                            return Err(self.syntaxerror(format!(
                                "invalid digit '{}' in octal literal",
                                c.unwrap()
                            )));
                        }
                        self.backup(c);
                        return Err(self.syntaxerror("invalid octal literal".into()));
                    }
                    loop {
                        c = self.nextc();
                        if !matches!(c, Some('0'..='7')) {
                            break;
                        }
                    }
                    if c != Some('_') {
                        break;
                    }
                }
                if is_digit(c) {
                    return Err(self
                        .syntaxerror(format!("invalid digit '{}' in octal literal", c.unwrap())));
                }
                self.verify_end_of_number(c, "octal")?;
                next = Next::Done;
            } else if c == Some('b') || c == Some('B') {
                c = self.nextc();
                loop {
                    if c == Some('_') {
                        c = self.nextc();
                    }
                    if !matches!(c, Some('0') | Some('1')) {
                        if is_digit(c) {
                            return Err(self.syntaxerror(format!(
                                "invalid digit '{}' in binary literal",
                                c.unwrap()
                            )));
                        }
                        self.backup(c);
                        return Err(self.syntaxerror("invalid binary literal".into()));
                    }
                    loop {
                        c = self.nextc();
                        if !matches!(c, Some('0') | Some('1')) {
                            break;
                        }
                    }
                    if c != Some('_') {
                        break;
                    }
                }
                if is_digit(c) {
                    return Err(self
                        .syntaxerror(format!("invalid digit '{}' in binary literal", c.unwrap())));
                }
                self.verify_end_of_number(c, "binary")?;
                next = Next::Done;
            } else {
                let mut nonzero = false;
                loop {
                    if c == Some('_') {
                        c = self.nextc();
                        if !is_digit(c) {
                            self.backup(c);
                            return Err(self.syntaxerror("invalid decimal literal".into()));
                        }
                    }
                    if c != Some('0') {
                        break;
                    }
                    c = self.nextc();
                }
                let zeros_end = self.cur;
                if is_digit(c) {
                    nonzero = true;
                    c = self.decimal_tail()?;
                }
                if c == Some('.') {
                    c = self.nextc();
                    next = Next::Fraction;
                } else if c == Some('e') || c == Some('E') {
                    next = Next::Exponent;
                } else if c == Some('j') || c == Some('J') {
                    next = Next::Imaginary;
                } else if nonzero {
                    self.backup(c);
                    // CPython passes byte offsets here (syntaxerror_known_range).
                    let bytes = |a: usize, b: usize| -> i64 {
                        self.s[a..b].iter().map(|c| c.len_utf8() as i64).sum()
                    };
                    let col = bytes(self.line_start, self.start) + 1;
                    let end = bytes(self.line_start, zeros_end);
                    return Err(self.syntaxerror_range(
                        "leading zeros in decimal integer literals are not permitted; \
                         use an 0o prefix for octal integers"
                            .into(),
                        col,
                        end,
                    ));
                } else {
                    self.verify_end_of_number(c, "decimal")?;
                    next = Next::Done;
                }
            }
        } else {
            c = self.decimal_tail()?;
            if c == Some('.') {
                c = self.nextc();
                next = Next::Fraction;
            } else {
                next = Next::Fraction;
                // Fall through the fraction step without consuming digits.
                if !is_digit(c) {
                    // Not a fraction; continue with exponent check below.
                }
                // Use a marker: no '.' seen, so the fraction step must not consume digits.
                // (c cannot be a digit here since decimal_tail stopped on a non-digit.)
            }
        }
        loop {
            match next {
                Next::Fraction => {
                    if is_digit(c) {
                        c = self.decimal_tail()?;
                    }
                    if c == Some('e') || c == Some('E') {
                        next = Next::Exponent;
                        continue;
                    }
                    if c == Some('j') || c == Some('J') {
                        next = Next::Imaginary;
                        continue;
                    }
                    self.verify_end_of_number(c, "decimal")?;
                    break;
                }
                Next::Exponent => {
                    let e = c;
                    c = self.nextc();
                    if c == Some('+') || c == Some('-') {
                        c = self.nextc();
                        if !is_digit(c) {
                            self.backup(c);
                            return Err(self.syntaxerror("invalid decimal literal".into()));
                        }
                    } else if !is_digit(c) {
                        self.backup(c);
                        self.verify_end_of_number(e, "decimal")?;
                        self.backup(e);
                        return Ok(self.tok(Tok::Number));
                    }
                    c = self.decimal_tail()?;
                    if c == Some('j') || c == Some('J') {
                        next = Next::Imaginary;
                        continue;
                    }
                    self.verify_end_of_number(c, "decimal")?;
                    break;
                }
                Next::Imaginary => {
                    c = self.nextc();
                    self.verify_end_of_number(c, "imaginary")?;
                    break;
                }
                Next::Done => break,
            }
        }
        self.backup(c);
        Ok(self.tok(Tok::Number))
    }

    fn string(&mut self, quote: char) -> Got {
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        let first_lineno = self.start_line;
        let multi_line_start = self.start_line_start;
        let mut c = self.nextc();
        if c == Some(quote) {
            c = self.nextc();
            if c == Some(quote) {
                quote_size = 3;
            } else {
                end_quote_size = 1;
            }
        }
        if c != Some(quote) {
            self.backup(c);
        }
        while end_quote_size != quote_size {
            c = self.nextc();
            if c.is_none() || (quote_size == 1 && c == Some('\n')) {
                let detected = self.lineno;
                self.cur = self.start + 1;
                self.line_start = multi_line_start;
                self.lineno = first_lineno;
                let msg = if quote_size == 3 {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        detected
                    )
                } else {
                    format!(
                        "unterminated string literal (detected at line {})",
                        detected
                    )
                };
                return self.syntaxerror(msg);
            }
            if c == Some(quote) {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == Some('\\') {
                    self.nextc();
                }
            }
        }
        self.tok(Tok::Str)
    }

    fn get(&mut self) -> Got {
        let mut blankline;
        'nextline: loop {
            blankline = false;
            self.start_set = false;
            if self.atbol {
                let mut col: i64 = 0;
                let mut altcol: i64 = 0;
                self.atbol = false;
                let mut cont_line_col: i64 = 0;
                let mut c;
                loop {
                    c = self.nextc();
                    match c {
                        Some(' ') => {
                            col += 1;
                            altcol += 1;
                        }
                        Some('\t') => {
                            col = (col / TABSIZE + 1) * TABSIZE;
                            altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
                        }
                        Some('\x0c') => {
                            col = 0;
                            altcol = 0;
                        }
                        Some('\\') => {
                            if cont_line_col == 0 {
                                cont_line_col = col;
                            }
                            if let Err(g) = self.continuation_line() {
                                return g;
                            }
                        }
                        _ => break,
                    }
                }
                self.backup(c);
                if c == Some('#') || c == Some('\n') {
                    blankline = true;
                }
                if !blankline && self.parens.is_empty() {
                    if cont_line_col != 0 {
                        col = cont_line_col;
                        altcol = cont_line_col;
                    }
                    let top = *self.indstack.last().unwrap();
                    let alttop = *self.altindstack.last().unwrap();
                    if col == top {
                        if altcol != alttop {
                            return self.indenterror();
                        }
                    } else if col > top {
                        if self.indstack.len() >= MAXINDENT {
                            self.cur = self.inp;
                            return self.parser_err(
                                SyntaxErrorKind::IndentationError,
                                "too many levels of indentation",
                                -1,
                            );
                        }
                        if altcol <= alttop {
                            return self.indenterror();
                        }
                        self.pendin += 1;
                        self.indstack.push(col);
                        self.altindstack.push(altcol);
                    } else {
                        while self.indstack.len() > 1 && col < *self.indstack.last().unwrap() {
                            self.pendin -= 1;
                            self.indstack.pop();
                            self.altindstack.pop();
                        }
                        if col != *self.indstack.last().unwrap() {
                            self.cur = self.inp;
                            return Got::Err(LexErr::Parser(self.positionless_err(
                                SyntaxErrorKind::IndentationError,
                                "unindent does not match any outer indentation level",
                            )));
                        }
                        if altcol != *self.altindstack.last().unwrap() {
                            return self.indenterror();
                        }
                    }
                }
            }

            self.set_start(self.cur);
            if self.pendin != 0 {
                if self.pendin < 0 {
                    self.pendin += 1;
                    return Got::Tok(Tok::Dedent, None);
                } else {
                    self.pendin -= 1;
                    return Got::Tok(Tok::Indent, None);
                }
            }

            'again: loop {
                self.start_set = false;
                let mut c;
                loop {
                    c = self.nextc();
                    if !matches!(c, Some(' ') | Some('\t') | Some('\x0c')) {
                        break;
                    }
                }
                let st = if c.is_some() { self.cur - 1 } else { self.cur };
                self.set_start(st);

                if c == Some('#') {
                    while c.is_some() && c != Some('\n') {
                        c = self.nextc();
                    }
                }

                let ch = match c {
                    None => {
                        if !self.parens.is_empty() {
                            return Got::Err(LexErr::Eof(self.positionless_err(
                                SyntaxErrorKind::SyntaxError,
                                "unexpected EOF while parsing",
                            )));
                        }
                        return Got::Tok(Tok::EndMarker, None);
                    }
                    Some(ch) => ch,
                };

                // Identifier (or string prefix).
                if is_potential_identifier_start(ch) {
                    let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
                    let mut c = Some(ch);
                    loop {
                        let cc = c.unwrap_or('\0');
                        if !(saw_b || saw_u || saw_f) && (cc == 'b' || cc == 'B') {
                            saw_b = true;
                        } else if !(saw_b || saw_u || saw_r || saw_f) && (cc == 'u' || cc == 'U') {
                            saw_u = true;
                        } else if !(saw_r || saw_u) && (cc == 'r' || cc == 'R') {
                            saw_r = true;
                        } else if !(saw_f || saw_b || saw_u) && (cc == 'f' || cc == 'F') {
                            saw_f = true;
                        } else {
                            break;
                        }
                        c = self.nextc();
                        if c == Some('"') || c == Some('\'') {
                            return self.string(c.unwrap());
                        }
                    }
                    let mut nonascii = false;
                    while let Some(cc) = c {
                        if !is_potential_identifier_char(cc) {
                            break;
                        }
                        if !cc.is_ascii() {
                            nonascii = true;
                        }
                        c = self.nextc();
                    }
                    self.backup(c);
                    if nonascii {
                        if let Err(g) = self.verify_identifier() {
                            return g;
                        }
                    }
                    let kind = match keyword(&self.s[self.start..self.cur]) {
                        Some(k) => Tok::Kw(k),
                        None => Tok::Name,
                    };
                    return self.tok(kind);
                }

                if ch == '\n' {
                    self.atbol = true;
                    if blankline || !self.parens.is_empty() {
                        continue 'nextline;
                    }
                    self.cont_line = false;
                    return Got::Tok(Tok::Newline, Some((self.start, self.cur - 1)));
                }

                if ch == '.' {
                    let c2 = self.nextc();
                    if is_digit(c2) {
                        // fraction
                        let mut c = c2;
                        let r: Result<Got, Got> = (|| {
                            c = self.decimal_tail()?;
                            if c == Some('e') || c == Some('E') {
                                return self.exponent_from(c);
                            }
                            if c == Some('j') || c == Some('J') {
                                let c3 = self.nextc();
                                self.verify_end_of_number(c3, "imaginary")?;
                                self.backup(c3);
                                return Ok(self.tok(Tok::Number));
                            }
                            self.verify_end_of_number(c, "decimal")?;
                            self.backup(c);
                            Ok(self.tok(Tok::Number))
                        })();
                        return match r {
                            Ok(g) | Err(g) => g,
                        };
                    } else if c2 == Some('.') {
                        let c3 = self.nextc();
                        if c3 == Some('.') {
                            return self.tok(Tok::Op(Op::Ellipsis));
                        }
                        self.backup(c3);
                        self.backup(Some('.'));
                    } else {
                        self.backup(c2);
                    }
                    return self.tok(Tok::Op(Op::Dot));
                }

                if ch.is_ascii_digit() {
                    return match self.number(ch) {
                        Ok(g) | Err(g) => g,
                    };
                }

                if ch == '\'' || ch == '"' {
                    return self.string(ch);
                }

                if ch == '\\' {
                    if let Err(g) = self.continuation_line() {
                        return g;
                    }
                    self.cont_line = true;
                    continue 'again;
                }

                // Two- and three-character operators.
                {
                    let c2 = self.nextc();
                    if let Some(op2) = two_chars(ch, c2) {
                        let c3 = self.nextc();
                        if let Some(op3) = three_chars(ch, c2, c3) {
                            return self.tok(Tok::Op(op3));
                        }
                        self.backup(c3);
                        return self.tok(Tok::Op(op2));
                    }
                    self.backup(c2);
                }

                match ch {
                    '(' | '[' | '{' => {
                        if self.parens.len() >= MAXLEVEL {
                            return self.syntaxerror("too many nested parentheses".into());
                        }
                        let col = (self.start - self.line_start) as u32;
                        self.parens.push((ch, self.lineno, col));
                    }
                    ')' | ']' | '}' => {
                        let Some((opening, oline, _)) = self.parens.pop() else {
                            return self.syntaxerror(format!("unmatched '{}'", ch));
                        };
                        let ok = matches!((opening, ch), ('(', ')') | ('[', ']') | ('{', '}'));
                        if !ok {
                            let msg = if oline != self.lineno {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                    ch, opening, oline
                                )
                            } else {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                    ch, opening
                                )
                            };
                            return self.syntaxerror(msg);
                        }
                    }
                    _ => {}
                }

                if !is_printable(ch) {
                    return self.syntaxerror(format!(
                        "invalid non-printable character U+{:04X}",
                        ch as u32
                    ));
                }

                return self.tok(Tok::Op(one_char(ch)));
            }
        }
    }

    fn exponent_from(&mut self, e: Option<char>) -> Result<Got, Got> {
        let mut c = self.nextc();
        if c == Some('+') || c == Some('-') {
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.syntaxerror("invalid decimal literal".into()));
            }
        } else if !is_digit(c) {
            self.backup(c);
            self.verify_end_of_number(e, "decimal")?;
            self.backup(e);
            return Ok(self.tok(Tok::Number));
        }
        c = self.decimal_tail()?;
        if c == Some('j') || c == Some('J') {
            c = self.nextc();
            self.verify_end_of_number(c, "imaginary")?;
        } else {
            self.verify_end_of_number(c, "decimal")?;
        }
        self.backup(c);
        Ok(self.tok(Tok::Number))
    }
}

fn keyword(s: &[char]) -> Option<Kw> {
    if s.len() < 2 || s.len() > 8 || !s[0].is_ascii_alphabetic() {
        return None;
    }
    let mut buf = [0u8; 8];
    for (i, &c) in s.iter().enumerate() {
        if !c.is_ascii() {
            return None;
        }
        buf[i] = c as u8;
    }
    std::str::from_utf8(&buf[..s.len()])
        .ok()
        .and_then(Kw::from_str)
}

fn one_char(c: char) -> Op {
    match c {
        '(' => Op::LPar,
        ')' => Op::RPar,
        '[' => Op::LSqb,
        ']' => Op::RSqb,
        ':' => Op::Colon,
        ',' => Op::Comma,
        ';' => Op::Semi,
        '+' => Op::Plus,
        '-' => Op::Minus,
        '*' => Op::Star,
        '/' => Op::Slash,
        '|' => Op::VBar,
        '&' => Op::Amper,
        '<' => Op::Less,
        '>' => Op::Greater,
        '=' => Op::Equal,
        '.' => Op::Dot,
        '%' => Op::Percent,
        '{' => Op::LBrace,
        '}' => Op::RBrace,
        '~' => Op::Tilde,
        '^' => Op::Circumflex,
        '@' => Op::At,
        '!' => Op::Exclamation,
        _ => Op::Unknown,
    }
}

fn two_chars(c1: char, c2: Option<char>) -> Option<Op> {
    let c2 = c2?;
    Some(match (c1, c2) {
        ('!', '=') => Op::NotEqual,
        ('%', '=') => Op::PercentEqual,
        ('&', '=') => Op::AmperEqual,
        ('*', '*') => Op::DoubleStar,
        ('*', '=') => Op::StarEqual,
        ('+', '=') => Op::PlusEqual,
        ('-', '=') => Op::MinEqual,
        ('-', '>') => Op::RArrow,
        ('/', '/') => Op::DoubleSlash,
        ('/', '=') => Op::SlashEqual,
        (':', '=') => Op::ColonEqual,
        ('<', '<') => Op::LeftShift,
        ('<', '=') => Op::LessEqual,
        ('<', '>') => Op::LtGt,
        ('=', '=') => Op::EqEqual,
        ('>', '=') => Op::GreaterEqual,
        ('>', '>') => Op::RightShift,
        ('@', '=') => Op::AtEqual,
        ('^', '=') => Op::CircumflexEqual,
        ('|', '=') => Op::VBarEqual,
        _ => return None,
    })
}

fn three_chars(c1: char, c2: Option<char>, c3: Option<char>) -> Option<Op> {
    let (c2, c3) = (c2?, c3?);
    Some(match (c1, c2, c3) {
        ('*', '*', '=') => Op::DoubleStarEqual,
        ('.', '.', '.') => Op::Ellipsis,
        ('/', '/', '=') => Op::DoubleSlashEqual,
        ('<', '<', '=') => Op::LeftShiftEqual,
        ('>', '>', '=') => Op::RightShiftEqual,
        _ => return None,
    })
}

/// Tokenize `s` (newlines already normalized to `\n`).
pub fn lex(s: &[char]) -> Lexed {
    let mut lx = Lexer {
        s,
        cur: 0,
        inp: 0,
        line_start: 0,
        lineno: 0,
        eof: false,
        atbol: true,
        pendin: 0,
        indstack: vec![0],
        altindstack: vec![0],
        parens: Vec::new(),
        cont_line: false,
        buf: 0,
        start_set: false,
        start: 0,
        start_line: 0,
        start_line_start: 0,
        toks: Vec::with_capacity(s.len() / 3 + 8),
    };
    loop {
        let g = lx.get();
        match g {
            Got::Tok(kind, span) => {
                let level = lx.parens.len() as u32;
                let state_col = (lx.cur - lx.line_start) as u32;
                let tok = match span {
                    Some((a, b)) => {
                        // Start position is relative to where the token began (strings may
                        // span lines); the end is relative to the current line.
                        let col = (a as i64 - lx.start_line_start as i64) as i32;
                        let end_col = (b as i64 - lx.line_start as i64) as i32;
                        Token {
                            kind,
                            lo: a as u32,
                            hi: b as u32,
                            line: lx.start_line,
                            col,
                            end_line: lx.lineno,
                            end_col,
                            level,
                            state_col,
                            state_buf: lx.buf as u32,
                        }
                    }
                    None => Token {
                        kind,
                        lo: lx.cur as u32,
                        hi: lx.cur as u32,
                        line: lx.lineno,
                        col: -1,
                        end_line: lx.lineno,
                        end_col: -1,
                        level,
                        state_col,
                        state_buf: lx.buf as u32,
                    },
                };
                lx.toks.push(tok);
                if kind == Tok::EndMarker {
                    return Lexed {
                        toks: lx.toks,
                        err: None,
                        parens: lx.parens,
                    };
                }
            }
            Got::Err(e) => {
                let level = lx.parens.len() as u32;
                lx.toks.push(Token {
                    kind: Tok::Error,
                    lo: lx.cur as u32,
                    hi: lx.cur as u32,
                    line: lx.lineno,
                    col: -1,
                    end_line: lx.lineno,
                    end_col: -1,
                    level,
                    state_col: (lx.cur.saturating_sub(lx.line_start)) as u32,
                    state_buf: lx.buf as u32,
                });
                return Lexed {
                    toks: lx.toks,
                    err: Some(e),
                    parens: lx.parens,
                };
            }
        }
    }
}
