//! Expression unparsing (CPython's `Python/ast_unparse.c`), used to stringify annotations
//! under `from __future__ import annotations`, and Python `repr` of constants for error
//! messages.

use super::codegen::const_from_ast;
use crate::ast::*;
use crate::bytecode::Const;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Pr {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    Bor,
    Bxor,
    Band,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Pr {
    fn next(self) -> Pr {
        use Pr::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => Bor,
            Bor => Bxor,
            Bxor => Band,
            Band => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await => Atom,
            Atom => Atom,
        }
    }
}

/// Output buffer with a recursion guard.
struct Out {
    s: String,
    depth: u32,
    overflow: bool,
}

impl std::ops::Deref for Out {
    type Target = String;
    fn deref(&self) -> &String {
        &self.s
    }
}

impl std::ops::DerefMut for Out {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.s
    }
}

impl Out {
    fn new(depth: u32) -> Out {
        Out {
            s: String::new(),
            depth,
            overflow: false,
        }
    }
}

/// Unparse an expression the way `ast.unparse`/`from __future__ import annotations` does.
/// `None` if the expression is nested too deeply.
pub(crate) fn unparse(e: &Expr) -> Option<String> {
    let mut out = Out::new(0);
    expr(&mut out, e, Pr::Test);
    if out.overflow {
        None
    } else {
        Some(out.s)
    }
}

fn binop_info(op: BinOp) -> (&'static str, Pr) {
    match op {
        BinOp::Add => (" + ", Pr::Arith),
        BinOp::Sub => (" - ", Pr::Arith),
        BinOp::Mult => (" * ", Pr::Term),
        BinOp::MatMult => (" @ ", Pr::Term),
        BinOp::Div => (" / ", Pr::Term),
        BinOp::Mod => (" % ", Pr::Term),
        BinOp::FloorDiv => (" // ", Pr::Term),
        BinOp::LShift => (" << ", Pr::Shift),
        BinOp::RShift => (" >> ", Pr::Shift),
        BinOp::BitOr => (" | ", Pr::Bor),
        BinOp::BitXor => (" ^ ", Pr::Bxor),
        BinOp::BitAnd => (" & ", Pr::Band),
        BinOp::Pow => (" ** ", Pr::Power),
    }
}

fn cmp_str(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

fn join(out: &mut Out, items: &[Expr], level: Pr) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x, level);
    }
}

fn comprehensions(out: &mut Out, gens: &[Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, Pr::Tuple);
        out.push_str(" in ");
        expr(out, &g.iter, Pr::Test.next());
        for c in &g.ifs {
            out.push_str(" if ");
            expr(out, c, Pr::Test.next());
        }
    }
}

fn arguments(out: &mut Out, a: &Arguments) {
    let mut first = true;
    let mut sep = |out: &mut Out| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let npos = a.posonlyargs.len() + a.args.len();
    let ndef = a.defaults.len();
    for (i, arg) in a.posonlyargs.iter().chain(a.args.iter()).enumerate() {
        sep(out);
        out.push_str(&arg.name);
        if i + ndef >= npos {
            if let Some(d) = a.defaults.get(i + ndef - npos) {
                out.push('=');
                expr(out, d, Pr::Test);
            }
        }
        if i + 1 == a.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if let Some(v) = &a.vararg {
        sep(out);
        out.push('*');
        out.push_str(&v.name);
    } else if !a.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
    }
    for (i, arg) in a.kwonlyargs.iter().enumerate() {
        sep(out);
        out.push_str(&arg.name);
        if let Some(Some(d)) = a.kw_defaults.get(i) {
            out.push('=');
            expr(out, d, Pr::Test);
        }
    }
    if let Some(k) = &a.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.name);
    }
}

fn slice(out: &mut Out, e: &Expr) {
    match &e.kind {
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, Pr::Test);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, Pr::Test);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, Pr::Test);
            }
        }
        ExprKind::Tuple(elts) if !elts.is_empty() => {
            for (i, x) in elts.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                slice(out, x);
            }
            if elts.len() == 1 {
                out.push(',');
            }
        }
        _ => expr(out, e, Pr::Tuple),
    }
}

fn fstring_body(out: &mut Out, parts: &[Expr]) {
    for p in parts {
        match &p.kind {
            ExprKind::Constant(Constant::Str(s)) => {
                out.push_str(&s.replace('{', "{{").replace('}', "}}"));
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let mut inner = Out::new(out.depth);
                expr(&mut inner, value, Pr::Test.next());
                out.overflow |= inner.overflow;
                out.push('{');
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                if let Some(c) = conversion {
                    out.push('!');
                    out.push(*c);
                }
                if let Some(spec) = format_spec {
                    out.push(':');
                    match &spec.kind {
                        ExprKind::JoinedStr(sp) => fstring_body(out, sp),
                        _ => fstring_body(out, std::slice::from_ref(spec)),
                    }
                }
                out.push('}');
            }
            ExprKind::JoinedStr(inner) => fstring_body(out, inner),
            _ => {
                out.push('{');
                expr(out, p, Pr::Test.next());
                out.push('}');
            }
        }
    }
}

fn expr(out: &mut Out, e: &Expr, level: Pr) {
    if out.depth >= super::MAX_RECURSION {
        out.overflow = true;
        return;
    }
    out.depth += 1;
    expr_inner(out, e, level);
    out.depth -= 1;
}

fn expr_inner(out: &mut Out, e: &Expr, level: Pr) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (s, pr) = match op {
                BoolOp::And => (" and ", Pr::And),
                BoolOp::Or => (" or ", Pr::Or),
            };
            if level > pr {
                out.push('(');
            }
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(s);
                }
                expr(out, v, pr.next());
            }
            if level > pr {
                out.push(')');
            }
        }
        ExprKind::NamedExpr { target, value } => {
            if level > Pr::Tuple {
                out.push('(');
            }
            expr(out, target, Pr::Atom);
            out.push_str(" := ");
            expr(out, value, Pr::Atom);
            if level > Pr::Tuple {
                out.push(')');
            }
        }
        ExprKind::BinOp { left, op, right } => {
            let (s, pr) = binop_info(*op);
            let rassoc = *op == BinOp::Pow;
            if level > pr {
                out.push('(');
            }
            expr(out, left, if rassoc { pr.next() } else { pr });
            out.push_str(s);
            expr(out, right, if rassoc { pr } else { pr.next() });
            if level > pr {
                out.push(')');
            }
        }
        ExprKind::UnaryOp { op, operand } => {
            let (s, pr) = match op {
                UnaryOp::Not => ("not ", Pr::Not),
                UnaryOp::Invert => ("~", Pr::Factor),
                UnaryOp::UAdd => ("+", Pr::Factor),
                UnaryOp::USub => ("-", Pr::Factor),
            };
            if level > pr {
                out.push('(');
            }
            out.push_str(s);
            expr(out, operand, pr);
            if level > pr {
                out.push(')');
            }
        }
        ExprKind::Lambda { args, body } => {
            if level > Pr::Test {
                out.push('(');
            }
            let mut a = Out::new(out.depth);
            arguments(&mut a, args);
            out.overflow |= a.overflow;
            if a.is_empty() {
                out.push_str("lambda: ");
            } else {
                out.push_str("lambda ");
                out.push_str(&a.s);
                out.push_str(": ");
            }
            expr(out, body, Pr::Test);
            if level > Pr::Test {
                out.push(')');
            }
        }
        ExprKind::IfExp { test, body, orelse } => {
            if level > Pr::Test {
                out.push('(');
            }
            expr(out, body, Pr::Test.next());
            out.push_str(" if ");
            expr(out, test, Pr::Test.next());
            out.push_str(" else ");
            expr(out, orelse, Pr::Test);
            if level > Pr::Test {
                out.push(')');
            }
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values.iter()).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, Pr::Test);
                        out.push_str(": ");
                        expr(out, v, Pr::Test);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, Pr::Bor);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(elts) => {
            if elts.is_empty() {
                out.push_str("{*()}");
            } else {
                out.push('{');
                join(out, elts, Pr::Test);
                out.push('}');
            }
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, Pr::Test);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, Pr::Test);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, Pr::Test);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, Pr::Test);
            out.push_str(": ");
            expr(out, value, Pr::Test);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::Await(v) => {
            if level > Pr::Await {
                out.push('(');
            }
            out.push_str("await ");
            expr(out, v, Pr::Atom);
            if level > Pr::Await {
                out.push(')');
            }
        }
        ExprKind::Yield(v) => {
            out.push_str("(yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v, Pr::Test);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            expr(out, v, Pr::Test);
            out.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            if level > Pr::Cmp {
                out.push('(');
            }
            expr(out, left, Pr::Cmp.next());
            for (op, c) in ops.iter().zip(comparators.iter()) {
                out.push_str(cmp_str(*op));
                expr(out, c, Pr::Cmp.next());
            }
            if level > Pr::Cmp {
                out.push(')');
            }
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, Pr::Atom);
            if args.len() == 1
                && keywords.is_empty()
                && matches!(args[0].kind, ExprKind::GeneratorExp { .. })
            {
                expr(out, &args[0], Pr::Test);
                return;
            }
            out.push('(');
            let mut first = true;
            for a in args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(out, a, Pr::Test);
            }
            for k in keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                        expr(out, &k.value, Pr::Test);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, &k.value, Pr::Test);
                    }
                }
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } => {
            let mut body = Out::new(out.depth);
            fstring_body(&mut body, std::slice::from_ref(e));
            out.overflow |= body.overflow;
            out.push('f');
            out.push_str(&str_repr(&body.s));
        }
        ExprKind::JoinedStr(parts) => {
            let mut body = Out::new(out.depth);
            fstring_body(&mut body, parts);
            out.overflow |= body.overflow;
            out.push('f');
            out.push_str(&str_repr(&body.s));
        }
        ExprKind::Constant(c) => {
            let s = match c {
                Constant::Ellipsis => "...".to_string(),
                _ => const_repr(&const_from_ast(c)).replace("inf", "1e309"),
            };
            out.push_str(&s);
        }
        ExprKind::Attribute { value, attr } => {
            expr(out, value, Pr::Atom);
            let int_const = matches!(
                value.kind,
                ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_))
            );
            out.push_str(if int_const { " ." } else { "." });
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice: s } => {
            expr(out, value, Pr::Atom);
            out.push('[');
            slice(out, s);
            out.push(']');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            expr(out, v, Pr::Bor);
        }
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::List(elts) => {
            out.push('[');
            join(out, elts, Pr::Test);
            out.push(']');
        }
        ExprKind::Tuple(elts) => {
            if elts.is_empty() {
                out.push_str("()");
                return;
            }
            if level > Pr::Tuple {
                out.push('(');
            }
            join(out, elts, Pr::Test);
            if elts.len() == 1 {
                out.push(',');
            }
            if level > Pr::Tuple {
                out.push(')');
            }
        }
        ExprKind::Slice { .. } => slice(out, e),
    }
}

// ---------------------------------------------------------------------- repr

/// Python's `repr(float)`.
pub(crate) fn float_repr(f: f64) -> String {
    float_repr_impl(f, true)
}

fn float_repr_impl(f: f64, add_dot_zero: bool) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let s = format!("{:e}", f);
    let (mant, exp) = match s.split_once('e') {
        Some(p) => p,
        None => return s,
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let decpt = exp + 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if -4 < decpt && decpt <= 16 {
        if decpt <= 0 {
            out.push_str("0.");
            out.push_str(&"0".repeat((-decpt) as usize));
            out.push_str(&digits);
        } else if decpt as usize >= digits.len() {
            out.push_str(&digits);
            out.push_str(&"0".repeat(decpt as usize - digits.len()));
            if add_dot_zero {
                out.push_str(".0");
            }
        } else {
            out.push_str(&digits[..decpt as usize]);
            out.push('.');
            out.push_str(&digits[decpt as usize..]);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", e.abs()));
    }
    out
}

/// Python's `repr(complex)`.
pub(crate) fn complex_repr(r: f64, i: f64) -> String {
    let im = float_repr_impl(i, false);
    if r == 0.0 && r.is_sign_positive() {
        return format!("{}j", im);
    }
    let re = float_repr_impl(r, false);
    let sign = if i.is_sign_negative() || i.is_nan() && im.starts_with('-') {
        ""
    } else {
        "+"
    };
    format!("({}{}{}j)", re, sign, im)
}

/// Python's `repr(str)`.
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if (c as u32) >= 0x80 && (c.is_control() || c.is_whitespace() && c != ' ') => {
                let v = c as u32;
                if v <= 0xff {
                    out.push_str(&format!("\\x{:02x}", v));
                } else if v <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", v));
                } else {
                    out.push_str(&format!("\\U{:08x}", v));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(bytes)`.
pub(crate) fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr` of a constant.
pub(crate) fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".to_string(),
        Const::Bool(true) => "True".to_string(),
        Const::Bool(false) => "False".to_string(),
        Const::Ellipsis => "Ellipsis".to_string(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex(r, i) => complex_repr(*r, *i),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => bytes_repr(b),
        Const::Tuple(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Const::Code(code) => format!("<code object {}>", code.name),
    }
}
