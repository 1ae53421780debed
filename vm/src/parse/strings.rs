//! String literals: prefix handling, escape decoding, implicit concatenation and f-strings.
//! A port of CPython 3.11's `Parser/string_parser.c` (f-string replacement fields are parsed
//! by a sub-parser on the text `(expr)`, as CPython does).

use super::lexer::{lex, LexErr};
use super::parser::{Parser, R};
use super::token::Tok;
use super::unicode_names::lookup_name;
use crate::ast::*;

const MAXLEVEL: usize = 200;

/// Accumulates the pieces of an implicitly concatenated (f-)string.
struct FState {
    last_str: Option<String>,
    exprs: Vec<Expr>,
    fmode: bool,
}

impl FState {
    fn new() -> FState {
        FState {
            last_str: None,
            exprs: Vec::new(),
            fmode: false,
        }
    }

    fn concat(&mut self, s: String) {
        if s.is_empty() {
            return;
        }
        match &mut self.last_str {
            Some(l) => l.push_str(&s),
            None => self.last_str = Some(s),
        }
    }
}

/// Result of escape decoding.
enum DecodeErr {
    /// A UnicodeDecodeError from the 'unicodeescape' codec: (start, end, reason).
    Unicode(usize, usize, &'static str),
    /// A ValueError from bytes decoding.
    Value(String),
}

/// CPython's `decode_unicode_with_escapes`: non-ASCII characters are first rewritten as
/// `\UXXXXXXXX` escapes (so error positions match CPython's), then decoded.
fn decode_unicode_with_escapes(body: &[char]) -> Result<String, DecodeErr> {
    let mut buf: Vec<u8> = Vec::with_capacity(body.len() + 8);
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c == '\\' {
            buf.push(b'\\');
            i += 1;
            if i >= body.len() || !body[i].is_ascii() {
                buf.extend_from_slice(b"u005c");
                if i >= body.len() {
                    break;
                }
            }
        }
        let c = body[i];
        if !c.is_ascii() {
            buf.extend_from_slice(format!("\\U{:08x}", c as u32).as_bytes());
        } else {
            buf.push(c as u8);
        }
        i += 1;
    }
    decode_unicode_escape(&buf)
}

fn hexval(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// `_PyUnicode_DecodeUnicodeEscapeInternal` on an ASCII buffer.
fn decode_unicode_escape(s: &[u8]) -> Result<String, DecodeErr> {
    let mut out = String::with_capacity(s.len());
    let end = s.len();
    let mut i = 0;
    while i < end {
        let c = s[i];
        i += 1;
        if c != b'\\' {
            out.push(c as char);
            continue;
        }
        let startinpos = i - 1;
        if i >= end {
            return Err(DecodeErr::Unicode(startinpos, end, "\\ at end of string"));
        }
        let c = s[i];
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b't' => out.push('\t'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b'v' => out.push('\x0b'),
            b'a' => out.push('\x07'),
            b'0'..=b'7' => {
                let mut ch = (c - b'0') as u32;
                if i < end && (b'0'..=b'7').contains(&s[i]) {
                    ch = (ch << 3) + (s[i] - b'0') as u32;
                    i += 1;
                    if i < end && (b'0'..=b'7').contains(&s[i]) {
                        ch = (ch << 3) + (s[i] - b'0') as u32;
                        i += 1;
                    }
                }
                out.push(char::from_u32(ch).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (count, message) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut ch: u32 = 0;
                for _ in 0..count {
                    if i >= end {
                        return Err(DecodeErr::Unicode(startinpos, i, message));
                    }
                    match hexval(s[i]) {
                        Some(v) => ch = (ch << 4) + v,
                        None => return Err(DecodeErr::Unicode(startinpos, i, message)),
                    }
                    i += 1;
                }
                match char::from_u32(ch) {
                    Some(x) => out.push(x),
                    None => {
                        if ch > 0x10ffff {
                            return Err(DecodeErr::Unicode(
                                startinpos,
                                i,
                                "illegal Unicode character",
                            ));
                        }
                        // Lone surrogates cannot be represented in a Rust String.
                        out.push('\u{fffd}');
                    }
                }
            }
            b'N' => {
                let message = "malformed \\N character escape";
                if i >= end {
                    return Err(DecodeErr::Unicode(startinpos, i, message));
                }
                if s[i] == b'{' {
                    i += 1;
                    let name_start = i;
                    while i < end && s[i] != b'}' {
                        i += 1;
                    }
                    if i >= end {
                        return Err(DecodeErr::Unicode(startinpos, i, message));
                    }
                    let name_end = i;
                    if name_end > name_start {
                        i += 1;
                        let name = String::from_utf8_lossy(&s[name_start..name_end]).to_string();
                        match lookup_name(&name) {
                            Some(ch) => {
                                out.push(ch);
                                continue;
                            }
                            None => {
                                return Err(DecodeErr::Unicode(
                                    startinpos,
                                    i,
                                    "unknown Unicode character name",
                                ))
                            }
                        }
                    }
                }
                return Err(DecodeErr::Unicode(startinpos, i, message));
            }
            _ => {
                out.push('\\');
                out.push(c as char);
            }
        }
    }
    Ok(out)
}

/// `_PyBytes_DecodeEscape` (input is ASCII).
fn decode_bytes_with_escapes(body: &[char]) -> Result<Vec<u8>, DecodeErr> {
    let s: Vec<u8> = body.iter().map(|&c| c as u32 as u8).collect();
    let end = s.len();
    let mut out = Vec::with_capacity(end);
    let mut i = 0;
    while i < end {
        let c = s[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        if i >= end {
            return Err(DecodeErr::Value("Trailing \\ in string".into()));
        }
        let c = s[i];
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(0x0b),
            b'a' => out.push(0x07),
            b'0'..=b'7' => {
                let mut ch = (c - b'0') as u32;
                if i < end && (b'0'..=b'7').contains(&s[i]) {
                    ch = (ch << 3) + (s[i] - b'0') as u32;
                    i += 1;
                    if i < end && (b'0'..=b'7').contains(&s[i]) {
                        ch = (ch << 3) + (s[i] - b'0') as u32;
                        i += 1;
                    }
                }
                out.push(ch as u8);
            }
            b'x' => {
                if i + 1 < end {
                    if let (Some(d1), Some(d2)) = (hexval(s[i]), hexval(s[i + 1])) {
                        out.push((d1 * 16 + d2) as u8);
                        i += 2;
                        continue;
                    }
                }
                return Err(DecodeErr::Value(format!(
                    "invalid \\x escape at position {}",
                    i - 2
                )));
            }
            _ => {
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// Parsed string token: prefix flags and the body's char range.
struct StrTok {
    bytes: bool,
    raw: bool,
    fmode: bool,
    body: (usize, usize),
}

impl<'a> Parser<'a> {
    pub fn strings(&mut self) -> Option<Expr> {
        self.memo(R::Strings, |p| {
            let start = p.pos;
            while p.peek() == Tok::Str {
                p.pos += 1;
            }
            if p.failed() || p.pos == start {
                return None;
            }
            p.concatenate_strings(start, p.pos)
        })
    }

    fn parse_str_tok(&self, i: usize) -> StrTok {
        let t = self.tok(i);
        let s = &self.text[t.lo as usize..t.hi as usize];
        let mut k = 0;
        let (mut bytes, mut raw, mut fmode) = (false, false, false);
        while k < s.len() && s[k] != '\'' && s[k] != '"' {
            match s[k] {
                'b' | 'B' => bytes = true,
                'r' | 'R' => raw = true,
                'f' | 'F' => fmode = true,
                _ => {}
            }
            k += 1;
        }
        let quote = s[k];
        let mut lo = k + 1;
        let mut hi = s.len() - 1;
        if hi >= lo + 4 && s[lo] == quote && s[lo + 1] == quote {
            lo += 2;
            hi -= 2;
        }
        let base = t.lo as usize;
        StrTok {
            bytes,
            raw,
            fmode,
            body: (base + lo, base + hi),
        }
    }

    fn raise_decode_error(&mut self, e: DecodeErr) {
        let msg = match e {
            DecodeErr::Unicode(start, end, reason) => {
                if end - start == 1 {
                    format!(
                        "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {}: {}",
                        start, reason
                    )
                } else {
                    format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
                        start,
                        end - 1,
                        reason
                    )
                }
            }
            DecodeErr::Value(m) => format!("(value error) {}", m),
        };
        self.raise_syntax_error(&msg);
    }

    fn decode_str(&mut self, body: (usize, usize), raw: bool) -> Option<String> {
        let chars = &self.text[body.0..body.1];
        if raw || !chars.contains(&'\\') {
            return Some(chars.iter().collect());
        }
        match decode_unicode_with_escapes(chars) {
            Ok(s) => Some(s),
            Err(e) => {
                self.raise_decode_error(e);
                None
            }
        }
    }

    /// `_PyPegen_concatenate_strings` for tokens `first..end`.
    fn concatenate_strings(&mut self, first: usize, end: usize) -> Option<Expr> {
        let last = end - 1;
        let loc = Loc {
            line: self.tok(first).line,
            col: self.tok(first).col.max(0) as u32,
            end_line: self.tok(last).end_line,
            end_col: self.tok(last).end_col.max(0) as u32,
        };
        let mut bytesmode = false;
        let mut bytes_val: Vec<u8> = Vec::new();
        let mut state = FState::new();
        for i in first..end {
            let st = self.parse_str_tok(i);
            // _PyPegen_parsestr: decode plain strings (and check bytes) first.
            let mut plain: Option<String> = None;
            let mut plain_bytes: Option<Vec<u8>> = None;
            if !st.fmode {
                let raw = st.raw || !self.text[st.body.0..st.body.1].contains(&'\\');
                if st.bytes {
                    let t = *self.tok(i);
                    let tstart = t.lo as usize;
                    let tend = t.hi as usize;
                    if self.text[tstart..tend].iter().any(|c| !c.is_ascii()) {
                        let sp = self.span(i);
                        self.raise_known_location(
                            sp,
                            "bytes can only contain ASCII literal characters",
                        );
                        return None;
                    }
                    let body = &self.text[st.body.0..st.body.1];
                    if raw {
                        plain_bytes = Some(body.iter().map(|&c| c as u8).collect());
                    } else {
                        match decode_bytes_with_escapes(body) {
                            Ok(b) => plain_bytes = Some(b),
                            Err(e) => {
                                self.raise_decode_error(e);
                                return None;
                            }
                        }
                    }
                } else {
                    plain = Some(self.decode_str(st.body, raw)?);
                }
            }
            if i != first && bytesmode != st.bytes {
                self.raise_syntax_error("cannot mix bytes and nonbytes literals");
                return None;
            }
            bytesmode = st.bytes;
            if st.fmode {
                let mut s = st.body.0;
                self.fstring_concat(
                    &mut state, &mut s, st.body.1, st.raw, 0, first, i, last, &loc,
                )?;
            } else if let Some(b) = plain_bytes {
                bytes_val.extend(b);
            } else if let Some(s) = plain {
                state.concat(s);
            }
        }
        if bytesmode {
            return Some(Expr {
                kind: ExprKind::Constant(Constant::Bytes(bytes_val)),
                loc,
            });
        }
        Some(self.fstate_finish(state, loc))
    }

    fn fstate_finish(&mut self, mut state: FState, loc: Loc) -> Expr {
        if !state.fmode {
            let s = state.last_str.take().unwrap_or_default();
            return Expr {
                kind: ExprKind::Constant(Constant::Str(s)),
                loc,
            };
        }
        if let Some(s) = state.last_str.take() {
            state.exprs.push(Expr {
                kind: ExprKind::Constant(Constant::Str(s)),
                loc,
            });
        }
        Expr {
            kind: ExprKind::JoinedStr(state.exprs),
            loc,
        }
    }

    /// `_PyPegen_FstringParser_ConcatFstring`.
    #[allow(clippy::too_many_arguments)]
    fn fstring_concat(
        &mut self,
        state: &mut FState,
        s: &mut usize,
        end: usize,
        raw: bool,
        recurse_lvl: u32,
        first: usize,
        t: usize,
        last: usize,
        loc: &Loc,
    ) -> Option<()> {
        state.fmode = true;
        loop {
            // fstring_find_literal_and_expr
            let (literal, result) = self.fstring_find_literal(s, end, raw, recurse_lvl)?;
            if let Some(l) = literal {
                state.concat(l);
            }
            if result == 1 {
                continue;
            }
            if *s >= end || self.text[*s] == '}' {
                break;
            }
            let (expr_text, expression) =
                self.fstring_find_expr(s, end, raw, recurse_lvl, first, t, last, loc)?;
            if let Some(et) = expr_text {
                state.concat(et);
            }
            if let Some(ls) = state.last_str.take() {
                state.exprs.push(Expr {
                    kind: ExprKind::Constant(Constant::Str(ls)),
                    loc: *loc,
                });
            }
            state.exprs.push(expression);
        }
        if recurse_lvl == 0 && *s + 1 < end {
            self.raise_syntax_error("f-string: unexpected end of string");
            return None;
        }
        if recurse_lvl != 0 && (*s >= end || self.text[*s] != '}') {
            self.raise_syntax_error("f-string: expecting '}'");
            return None;
        }
        Some(())
    }

    /// `fstring_find_literal`: returns (decoded literal, 1 if a doubled brace was seen).
    fn fstring_find_literal(
        &mut self,
        str_pos: &mut usize,
        end: usize,
        raw: bool,
        recurse_lvl: u32,
    ) -> Option<(Option<String>, i32)> {
        let mut s = *str_pos;
        let literal_start = s;
        let mut result = 0;
        let text = self.text;
        let lit_end;
        loop {
            if s >= end {
                lit_end = s;
                *str_pos = s;
                break;
            }
            let mut ch = text[s];
            s += 1;
            if !raw && ch == '\\' && s < end {
                ch = text[s];
                s += 1;
                if ch == 'N' {
                    if s < end {
                        let c2 = text[s];
                        s += 1;
                        if c2 == '{' {
                            while s < end {
                                let c3 = text[s];
                                s += 1;
                                if c3 == '}' {
                                    break;
                                }
                            }
                            continue;
                        }
                    }
                    continue;
                }
            }
            if ch == '{' || ch == '}' {
                if recurse_lvl == 0 {
                    if s < end && text[s] == ch {
                        *str_pos = s + 1;
                        lit_end = s;
                        result = 1;
                        break;
                    }
                    if ch == '}' {
                        *str_pos = s - 1;
                        self.raise_syntax_error("f-string: single '}' is not allowed");
                        return None;
                    }
                }
                s -= 1;
                lit_end = s;
                *str_pos = s;
                break;
            }
        }
        if literal_start != lit_end {
            let lit = self.decode_str((literal_start, lit_end), raw)?;
            return Some((Some(lit), result));
        }
        Some((None, result))
    }

    /// `fstring_find_expr`: parses one `{...}` replacement field starting at '{'.
    #[allow(clippy::too_many_arguments)]
    fn fstring_find_expr(
        &mut self,
        str_pos: &mut usize,
        end: usize,
        raw: bool,
        recurse_lvl: u32,
        first: usize,
        t: usize,
        last: usize,
        loc: &Loc,
    ) -> Option<(Option<String>, Expr)> {
        let text = self.text;
        let _ = (first, last);
        if recurse_lvl >= 2 {
            self.raise_syntax_error("f-string: expressions nested too deeply");
            return None;
        }
        *str_pos += 1;
        let expr_start = *str_pos;
        let mut quote_char: Option<char> = None;
        let mut string_type = 0;
        let mut parenstack: Vec<char> = Vec::new();
        while *str_pos < end {
            let ch = text[*str_pos];
            if ch == '\\' {
                self.raise_syntax_error("f-string expression part cannot include a backslash");
                return None;
            }
            if let Some(q) = quote_char {
                if ch == q {
                    if string_type == 3 {
                        if *str_pos + 2 < end
                            && text[*str_pos + 1] == ch
                            && text[*str_pos + 2] == ch
                        {
                            *str_pos += 2;
                            string_type = 0;
                            quote_char = None;
                            *str_pos += 1;
                            continue;
                        }
                    } else {
                        quote_char = None;
                        string_type = 0;
                        *str_pos += 1;
                        continue;
                    }
                }
                *str_pos += 1;
                continue;
            }
            if ch == '\'' || ch == '"' {
                if *str_pos + 2 < end && text[*str_pos + 1] == ch && text[*str_pos + 2] == ch {
                    string_type = 3;
                    *str_pos += 2;
                } else {
                    string_type = 1;
                }
                quote_char = Some(ch);
            } else if ch == '[' || ch == '{' || ch == '(' {
                if parenstack.len() >= MAXLEVEL {
                    self.raise_syntax_error("f-string: too many nested parenthesis");
                    return None;
                }
                parenstack.push(ch);
            } else if ch == '#' {
                self.raise_syntax_error("f-string expression part cannot include '#'");
                return None;
            } else if parenstack.is_empty() && matches!(ch, '!' | ':' | '}' | '=' | '>' | '<') {
                if *str_pos + 1 < end {
                    let next = text[*str_pos + 1];
                    // '!=', '==', '<=', '>=' do not end the expression.
                    if next == '=' && matches!(ch, '!' | '=' | '<' | '>') {
                        *str_pos += 2;
                        continue;
                    }
                }
                if ch == '>' || ch == '<' {
                    *str_pos += 1;
                    continue;
                }
                break;
            } else if ch == ']' || ch == '}' || ch == ')' {
                let Some(opening) = parenstack.pop() else {
                    self.raise_syntax_error(&format!("f-string: unmatched '{}'", ch));
                    return None;
                };
                if !matches!((opening, ch), ('(', ')') | ('[', ']') | ('{', '}')) {
                    self.raise_syntax_error(&format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch, opening
                    ));
                    return None;
                }
            }
            *str_pos += 1;
        }
        let expr_end = *str_pos;
        if quote_char.is_some() {
            self.raise_syntax_error("f-string: unterminated string");
            return None;
        }
        if let Some(&opening) = parenstack.last() {
            self.raise_syntax_error(&format!("f-string: unmatched '{}'", opening));
            return None;
        }
        if *str_pos >= end {
            self.raise_syntax_error("f-string: expecting '}'");
            return None;
        }
        let simple = self.fstring_compile_expr(expr_start, expr_end, t)?;

        let mut expr_text = None;
        if text[*str_pos] == '=' {
            *str_pos += 1;
            while *str_pos < end
                && matches!(text[*str_pos], ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
            {
                *str_pos += 1;
            }
            if *str_pos >= end {
                self.raise_syntax_error("f-string: expecting '}'");
                return None;
            }
            expr_text = Some(text[expr_start..*str_pos].iter().collect::<String>());
        }
        let mut conversion: Option<char> = None;
        if text[*str_pos] == '!' {
            *str_pos += 1;
            if *str_pos >= end {
                self.raise_syntax_error("f-string: expecting '}'");
                return None;
            }
            let c = text[*str_pos];
            *str_pos += 1;
            if !(c == 's' || c == 'r' || c == 'a') {
                self.raise_syntax_error(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                );
                return None;
            }
            conversion = Some(c);
        }
        let mut format_spec = None;
        if *str_pos >= end {
            self.raise_syntax_error("f-string: expecting '}'");
            return None;
        }
        if text[*str_pos] == ':' {
            *str_pos += 1;
            if *str_pos >= end {
                self.raise_syntax_error("f-string: expecting '}'");
                return None;
            }
            // fstring_parse: a nested f-string up to the closing brace.
            let mut sub = FState::new();
            self.fstring_concat(
                &mut sub,
                str_pos,
                end,
                raw,
                recurse_lvl + 1,
                first,
                t,
                last,
                loc,
            )?;
            let spec_loc = self.tok_loc(t);
            format_spec = Some(Box::new(self.fstate_finish(sub, spec_loc)));
        }
        if *str_pos >= end || text[*str_pos] != '}' {
            self.raise_syntax_error("f-string: expecting '}'");
            return None;
        }
        *str_pos += 1;
        if expr_text.is_some() && format_spec.is_none() && conversion.is_none() {
            conversion = Some('r');
        }
        let fv = Expr {
            kind: ExprKind::FormattedValue {
                value: Box::new(simple),
                conversion,
                format_spec,
            },
            loc: *loc,
        };
        Some((expr_text, fv))
    }

    /// `fstring_compile_expr`: parse `(expr)` with a sub-parser.
    fn fstring_compile_expr(
        &mut self,
        expr_start: usize,
        expr_end: usize,
        t: usize,
    ) -> Option<Expr> {
        let text = self.text;
        let all_ws = text[expr_start..expr_end]
            .iter()
            .all(|&c| matches!(c, ' ' | '\t' | '\n' | '\x0c'));
        if all_ws {
            let c = if expr_end < text.len() {
                text[expr_end]
            } else {
                '}'
            };
            if c == '!' || c == ':' || c == '=' {
                self.raise_syntax_error(&format!("f-string: expression required before '{}'", c));
            } else {
                self.raise_syntax_error("f-string: empty expression not allowed");
            }
            return None;
        }
        if self.fstring_nesting >= 8 {
            self.raise_syntax_error("f-string: expressions nested too deeply");
            return None;
        }
        // fstring_find_expr_location
        let tok = *self.tok(t);
        let brace = expr_start - 1;
        let tok_start = tok.lo as usize;
        let mut newline_after_brace = true;
        let mut k = brace + 1;
        while k < text.len() && text[k] != '}' && text[k] != '\n' {
            if !matches!(text[k], ' ' | '\t' | '\x0c') {
                newline_after_brace = false;
                break;
            }
            k += 1;
        }
        // Lines/columns of the brace within the token (cached for long f-strings).
        let (lines, line_start) = {
            let (mut pos, mut lines, mut line_start) = match self.fstring_loc_cache {
                Some((ts, p, l, s)) if ts == tok_start && p <= brace => (p, l, s),
                _ => (tok_start, 0u32, tok_start),
            };
            while pos < brace {
                if text[pos] == '\n' {
                    lines += 1;
                    line_start = pos + 1;
                }
                pos += 1;
            }
            self.fstring_loc_cache = Some((tok_start, pos, lines, line_start));
            (lines, line_start)
        };
        let cols: i64 = if newline_after_brace {
            0
        } else {
            (brace - line_start) as i64
        };
        let starting_col = if lines != 0 {
            cols
        } else {
            tok.col as i64 + cols
        };
        let line_offset = tok.line + lines - 1;

        let mut sub_text: Vec<char> = Vec::with_capacity(expr_end - expr_start + 3);
        sub_text.push('(');
        sub_text.extend_from_slice(&text[expr_start..expr_end]);
        sub_text.push(')');
        sub_text.push('\n');
        let mut lexed = lex(&sub_text);
        for tk in lexed.toks.iter_mut() {
            // CPython shifts a token's columns only when the tokenizer is still on the first
            // line when the token is produced (i.e. the token ends on line 1).
            if tk.end_line == 1 {
                if tk.col != -1 {
                    tk.col += starting_col as i32;
                }
                if tk.end_col != -1 {
                    tk.end_col += starting_col as i32;
                }
            }
            tk.line += line_offset;
            tk.end_line += line_offset;
        }
        for pr in lexed.parens.iter_mut() {
            pr.1 += line_offset;
        }
        if let Some(e) = lexed.err.as_mut() {
            let ep = match e {
                LexErr::Direct(p) | LexErr::Parser(p) | LexErr::Eof(p) => p,
            };
            ep.line += line_offset;
            ep.end_line += line_offset;
        }
        let mut sub = Parser::new(&sub_text, lexed);
        sub.fstring_mode = true;
        sub.fstring_start_col = starting_col;
        sub.fstring_nesting = self.fstring_nesting + 1;
        sub.depth_base = self.depth + self.depth_base;
        match sub.run(Parser::fstring_rule) {
            Ok(e) => Some(e),
            Err(mut e) => {
                // Positions come from the sub-parser's own text: no `buf` adjustment.
                e.tok_line = 0;
                if self.error.is_none() {
                    self.error = Some(e);
                }
                None
            }
        }
    }
}
