//! Parser error values and the helpers CPython's pegen uses to word them.

use crate::ast::{CmpOp, Constant, Expr, ExprKind};
use crate::syntax_error::SyntaxErrorKind;

/// An error with CPython's raw position numbers (1-based offsets, possibly 0 or -1).
#[derive(Clone, Debug)]
pub struct PErr {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub line: u32,
    pub offset: i64,
    pub end_line: u32,
    pub end_offset: i64,
    /// Raised by the tokenizer (never overridden by a later tokenizer error).
    pub from_lexer: bool,
    /// Tokenizer state when the error was raised: current line and `buf` (char index). CPython
    /// converts byte columns to characters using the text starting at `buf` when the error is
    /// on the tokenizer's current line.
    pub tok_line: u32,
    pub tok_buf: u32,
}

/// `_PyPegen_get_expr_name`.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::Bool(false) => "False",
            Constant::Bool(true) => "True",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetsType {
    Star,
    Del,
    For,
}

/// `_PyPegen_get_invalid_target`.
pub fn invalid_target(e: &Expr, tt: TargetsType) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            elts.iter().find_map(|x| invalid_target(x, tt))
        }
        ExprKind::Starred(v) => {
            if tt == TargetsType::Del {
                Some(e)
            } else {
                invalid_target(v, tt)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if tt == TargetsType::For {
                if ops.first() == Some(&CmpOp::In) {
                    return invalid_target(left, tt);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}
