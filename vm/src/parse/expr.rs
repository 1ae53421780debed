//! Expression rules (CPython 3.11 grammar), targets, call arguments, comprehensions and lambda
//! parameters, with the expression-related `invalid_*` rules.

use num_bigint::BigInt;
use num_traits::Num;

use super::errors::expr_name;
use super::parser::{CallArgs, Parser, Span, R};
use super::token::{Kw, Op, Tok};
use crate::ast::*;

pub fn ex(kind: ExprKind, loc: Loc) -> Expr {
    Expr { kind, loc }
}

fn is_legacy_name(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Name(n) if n == "print" || n == "exec")
}

/// A suffix of `primary`: attribute, subscript, generator argument or call arguments.
enum Suffix {
    Attr(String),
    Sub(Expr),
    GenCall(Expr),
    Call(CallArgs),
}

enum KwOrStarred {
    Kw(Keyword),
    Starred(Expr),
}

/// Parameter-list flavour: `def` (annotations, closed by ')') or `lambda` (closed by ':').
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    Def,
    Lambda,
}

/// Parse a NUMBER token's text.
pub fn parse_number(text: &str) -> Constant {
    let s: String = text.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    if lower.ends_with('j') {
        let v = lower[..lower.len() - 1]
            .parse::<f64>()
            .unwrap_or(f64::INFINITY);
        return Constant::Complex { real: 0.0, imag: v };
    }
    let radix = if lower.starts_with("0x") {
        16
    } else if lower.starts_with("0o") {
        8
    } else if lower.starts_with("0b") {
        2
    } else {
        10
    };
    if radix != 10 {
        let digits = &lower[2..];
        return match i64::from_str_radix(digits, radix) {
            Ok(v) => Constant::Int(v),
            Err(_) => match BigInt::from_str_radix(digits, radix) {
                Ok(b) => Constant::BigInt(b),
                Err(_) => Constant::Int(0),
            },
        };
    }
    if lower.contains('.') || lower.contains('e') {
        let v = lower.parse::<f64>().unwrap_or(f64::INFINITY);
        return Constant::Float(v);
    }
    match lower.parse::<i64>() {
        Ok(v) => Constant::Int(v),
        Err(_) => match lower.parse::<BigInt>() {
            Ok(b) => Constant::BigInt(b),
            Err(_) => Constant::Int(0),
        },
    }
}

fn last_comprehension_item(c: &Comprehension) -> &Expr {
    c.ifs.last().unwrap_or(&c.iter)
}

impl<'a> Parser<'a> {
    pub fn name_expr(&self, i: usize) -> Expr {
        ex(ExprKind::Name(self.name_text(i)), self.tok_loc(i))
    }

    // ------------------------------------------------------------------------------
    // Expression lists

    /// expressions: expression (',' expression)+ [','] | expression ',' | expression
    pub fn expressions(&mut self) -> Option<Expr> {
        let start = self.pos;
        let first = self.expression()?;
        let mut elts = vec![first];
        while let Some(e) = self.alt(|p| {
            p.expect_op(Op::Comma)?;
            p.expression()
        }) {
            elts.push(e);
        }
        if self.failed() {
            return None;
        }
        let trailing = self.expect_op(Op::Comma).is_some();
        if elts.len() == 1 && !trailing {
            return elts.pop();
        }
        Some(ex(ExprKind::Tuple(elts), self.loc_from(start)))
    }

    /// star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' |
    /// star_expression
    pub fn star_expressions(&mut self) -> Option<Expr> {
        let start = self.pos;
        let first = self.star_expression()?;
        let mut elts = vec![first];
        while let Some(e) = self.alt(|p| {
            p.expect_op(Op::Comma)?;
            p.star_expression()
        }) {
            elts.push(e);
        }
        if self.failed() {
            return None;
        }
        let trailing = self.expect_op(Op::Comma).is_some();
        if elts.len() == 1 && !trailing {
            return elts.pop();
        }
        Some(ex(ExprKind::Tuple(elts), self.loc_from(start)))
    }

    pub fn star_expression(&mut self) -> Option<Expr> {
        self.memo(R::StarExpression, |p| {
            let start = p.pos;
            if let Some(e) = p.alt(|p| {
                p.expect_op(Op::Star)?;
                let v = p.bitwise_or()?;
                Some(ex(ExprKind::Starred(Box::new(v)), p.loc_from(start)))
            }) {
                return Some(e);
            }
            p.expression()
        })
    }

    pub fn star_named_expressions(&mut self) -> Option<Vec<Expr>> {
        let v = self.sep_plus(|p| p.star_named_expression())?;
        self.expect_op(Op::Comma);
        Some(v)
    }

    pub fn star_named_expression(&mut self) -> Option<Expr> {
        let start = self.pos;
        if let Some(e) = self.alt(|p| {
            p.expect_op(Op::Star)?;
            let v = p.bitwise_or()?;
            Some(ex(ExprKind::Starred(Box::new(v)), p.loc_from(start)))
        }) {
            return Some(e);
        }
        self.named_expression()
    }

    /// assignment_expression: NAME ':=' ~ expression
    fn assignment_expression(&mut self) -> Option<Expr> {
        let start = self.pos;
        let n = self.expect(Tok::Name)?;
        self.expect_op(Op::ColonEqual)?;
        let value = self.expression()?;
        let target = self.name_expr(n);
        Some(ex(
            ExprKind::NamedExpr {
                target: Box::new(target),
                value: Box::new(value),
            },
            self.loc_from(start),
        ))
    }

    pub fn named_expression(&mut self) -> Option<Expr> {
        if let Some(e) = self.alt(|p| p.assignment_expression()) {
            return Some(e);
        }
        if self.invalid(|p| p.memo(R::InvalidNamedExpression, |p| p.invalid_named_expression())) {
            return None;
        }
        self.alt(|p| {
            let e = p.expression()?;
            if p.at_op(Op::ColonEqual) {
                return None;
            }
            Some(e)
        })
    }

    // ------------------------------------------------------------------------------
    // expression

    pub fn expression(&mut self) -> Option<Expr> {
        self.memo(R::Expression, |p| {
            if !p.enter() {
                p.leave();
                return None;
            }
            let r = p.expression_raw();
            p.leave();
            r
        })
    }

    fn expression_raw(&mut self) -> Option<Expr> {
        if self.invalid(|p| p.invalid_expression()) {
            return None;
        }
        if self.invalid(|p| p.invalid_legacy_expression()) {
            return None;
        }
        self.expression_valid()
    }

    /// The valid alternatives of `expression` (also `expression_without_invalid`).
    fn expression_valid(&mut self) -> Option<Expr> {
        let start = self.pos;
        if self.at_kw(Kw::Lambda) {
            return self.lambdef();
        }
        let d = self.disjunction()?;
        let after = self.pos;
        if let Some(e) = self.alt(|p| {
            p.expect_kw(Kw::If)?;
            let test = p.disjunction()?;
            p.expect_kw(Kw::Else)?;
            let orelse = p.expression()?;
            Some((test, orelse))
        }) {
            let (test, orelse) = e;
            return Some(ex(
                ExprKind::IfExp {
                    test: Box::new(test),
                    body: Box::new(d),
                    orelse: Box::new(orelse),
                },
                self.loc_from(start),
            ));
        }
        if self.failed() {
            return None;
        }
        self.pos = after;
        Some(d)
    }

    /// expression_without_invalid: the valid alternatives with invalid rules disabled.
    fn expression_without_invalid(&mut self) -> Option<Expr> {
        let prev = self.call_invalid;
        self.call_invalid = false;
        let r = self.alt(|p| p.expression_valid());
        self.call_invalid = prev;
        r
    }

    fn invalid_expression(&mut self) -> Option<()> {
        // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
        self.alt(|p| {
            let i = p.pos;
            if p.peek() == Tok::Name && (p.peek_at(i + 1) == Tok::Str || p.at_soft_keyword()) {
                return None;
            }
            let a = p.disjunction()?;
            let b = p.expression_without_invalid()?;
            if is_legacy_name(&a) {
                return None;
            }
            if p.tok(p.pos - 1).level == 0 {
                return None;
            }
            p.raise_known_range(
                Span::from(a.loc),
                Span::from(b.loc),
                "invalid syntax. Perhaps you forgot a comma?",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=disjunction 'if' b=disjunction !('else'|':')
        self.alt(|p| {
            let a = p.disjunction()?;
            p.expect_kw(Kw::If)?;
            let b = p.disjunction()?;
            if p.at_kw(Kw::Else) || p.at_op(Op::Colon) {
                return None;
            }
            p.raise_known_range(
                Span::from(a.loc),
                Span::from(b.loc),
                "expected 'else' after 'if' expression",
            );
            None::<()>
        });
        None
    }

    fn invalid_legacy_expression(&mut self) -> Option<()> {
        let n = self.expect(Tok::Name)?;
        if self.at_op(Op::LPar) {
            return None;
        }
        let b = self.star_expressions()?;
        let a = self.name_expr(n);
        if is_legacy_name(&a) {
            let name = self.name_text(n);
            let msg = format!(
                "Missing parentheses in call to '{}'. Did you mean {}(...)?",
                name, name
            );
            self.raise_known_range(Span::from(a.loc), Span::from(b.loc), &msg);
        }
        None
    }

    fn invalid_named_expression(&mut self) -> Option<()> {
        // memoized in CPython; the result is always "fail" so memoizing only matters for speed
        // a=expression ':=' expression
        self.alt(|p| {
            let a = p.expression()?;
            p.expect_op(Op::ColonEqual)?;
            p.expression()?;
            let msg = format!("cannot use assignment expressions with {}", expr_name(&a));
            p.raise_known_location(Span::from(a.loc), &msg);
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=NAME '=' b=bitwise_or !('='|':=')
        self.alt(|p| {
            let n = p.expect(Tok::Name)?;
            p.expect_op(Op::Equal)?;
            let b = p.bitwise_or()?;
            if p.at_op(Op::Equal) || p.at_op(Op::ColonEqual) {
                return None;
            }
            let sa = p.span(n);
            p.raise_known_range(
                sa,
                Span::from(b.loc),
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
        self.alt(|p| {
            let bad = p.lookahead(|p| {
                if p.alt(|p| p.list()).is_some() {
                    return Some(());
                }
                if p.alt(|p| p.tuple()).is_some() {
                    return Some(());
                }
                if p.alt(|p| p.genexp()).is_some() {
                    return Some(());
                }
                match p.peek() {
                    Tok::Kw(Kw::True) | Tok::Kw(Kw::None) | Tok::Kw(Kw::False) => Some(()),
                    _ => None,
                }
            });
            if bad || p.failed() {
                return None;
            }
            let a = p.bitwise_or()?;
            p.expect_op(Op::Equal)?;
            p.bitwise_or()?;
            if p.at_op(Op::Equal) || p.at_op(Op::ColonEqual) {
                return None;
            }
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(&a)
            );
            p.raise_known_location(Span::from(a.loc), &msg);
            None::<()>
        });
        None
    }

    // ------------------------------------------------------------------------------
    // Boolean / comparison / arithmetic

    pub fn disjunction(&mut self) -> Option<Expr> {
        self.memo(R::Disjunction, |p| {
            let start = p.pos;
            let first = p.conjunction()?;
            let mut values = vec![first];
            while let Some(e) = p.alt(|p| {
                p.expect_kw(Kw::Or)?;
                p.conjunction()
            }) {
                values.push(e);
            }
            if p.failed() {
                return None;
            }
            if values.len() == 1 {
                return values.pop();
            }
            Some(ex(
                ExprKind::BoolOp {
                    op: BoolOp::Or,
                    values,
                },
                p.loc_from(start),
            ))
        })
    }

    fn conjunction(&mut self) -> Option<Expr> {
        self.memo(R::Conjunction, |p| {
            let start = p.pos;
            let first = p.inversion()?;
            let mut values = vec![first];
            while let Some(e) = p.alt(|p| {
                p.expect_kw(Kw::And)?;
                p.inversion()
            }) {
                values.push(e);
            }
            if p.failed() {
                return None;
            }
            if values.len() == 1 {
                return values.pop();
            }
            Some(ex(
                ExprKind::BoolOp {
                    op: BoolOp::And,
                    values,
                },
                p.loc_from(start),
            ))
        })
    }

    fn inversion(&mut self) -> Option<Expr> {
        self.memo(R::Inversion, |p| {
            let start = p.pos;
            if p.at_kw(Kw::Not) {
                if let Some(e) = p.alt(|p| {
                    p.expect_kw(Kw::Not)?;
                    if !p.enter() {
                        p.leave();
                        return None;
                    }
                    let a = p.inversion();
                    p.leave();
                    let a = a?;
                    Some(ex(
                        ExprKind::UnaryOp {
                            op: UnaryOp::Not,
                            operand: Box::new(a),
                        },
                        p.loc_from(start),
                    ))
                }) {
                    return Some(e);
                }
                if p.failed() {
                    return None;
                }
            }
            p.comparison()
        })
    }

    fn comparison(&mut self) -> Option<Expr> {
        let start = self.pos;
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, e)) = self.alt(|p| p.compare_op_pair()) {
            ops.push(op);
            comparators.push(e);
        }
        if self.failed() {
            return None;
        }
        if ops.is_empty() {
            return Some(left);
        }
        Some(ex(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            self.loc_from(start),
        ))
    }

    fn compare_op_pair(&mut self) -> Option<(CmpOp, Expr)> {
        let op = match self.peek() {
            Tok::Op(Op::EqEqual) => CmpOp::Eq,
            Tok::Op(Op::NotEqual) => CmpOp::NotEq,
            Tok::Op(Op::LessEqual) => CmpOp::LtE,
            Tok::Op(Op::Less) => CmpOp::Lt,
            Tok::Op(Op::GreaterEqual) => CmpOp::GtE,
            Tok::Op(Op::Greater) => CmpOp::Gt,
            Tok::Kw(Kw::Not) => {
                self.pos += 1;
                self.expect_kw(Kw::In)?;
                let e = self.bitwise_or()?;
                return Some((CmpOp::NotIn, e));
            }
            Tok::Kw(Kw::In) => CmpOp::In,
            Tok::Kw(Kw::Is) => {
                self.pos += 1;
                if let Some(e) = self.alt(|p| {
                    p.expect_kw(Kw::Not)?;
                    p.bitwise_or()
                }) {
                    return Some((CmpOp::IsNot, e));
                }
                if self.failed() {
                    return None;
                }
                let e = self.bitwise_or()?;
                return Some((CmpOp::Is, e));
            }
            _ => return None,
        };
        self.pos += 1;
        let e = self.bitwise_or()?;
        Some((op, e))
    }

    pub fn bitwise_or(&mut self) -> Option<Expr> {
        self.memo(R::BitwiseOr, |p| {
            let start = p.pos;
            let mut left = p.bitwise_xor()?;
            let mut n = 0;
            while let Some(r) = p.alt(|p| {
                p.expect_op(Op::VBar)?;
                p.bitwise_xor()
            }) {
                n += 1;
                if !p.check_chain(n) {
                    return None;
                }
                left = ex(
                    ExprKind::BinOp {
                        left: Box::new(left),
                        op: BinOp::BitOr,
                        right: Box::new(r),
                    },
                    p.loc_from(start),
                );
            }
            if p.failed() {
                return None;
            }
            Some(left)
        })
    }

    fn bitwise_xor(&mut self) -> Option<Expr> {
        self.memo(R::BitwiseXor, |p| p.bitwise_xor_raw())
    }

    fn bitwise_xor_raw(&mut self) -> Option<Expr> {
        let start = self.pos;
        let mut left = self.bitwise_and()?;
        let mut n = 0;
        while let Some(r) = self.alt(|p| {
            p.expect_op(Op::Circumflex)?;
            p.bitwise_and()
        }) {
            n += 1;
            if !self.check_chain(n) {
                return None;
            }
            left = ex(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op: BinOp::BitXor,
                    right: Box::new(r),
                },
                self.loc_from(start),
            );
        }
        if self.failed() {
            return None;
        }
        Some(left)
    }

    fn bitwise_and(&mut self) -> Option<Expr> {
        self.memo(R::BitwiseAnd, |p| p.bitwise_and_raw())
    }

    fn bitwise_and_raw(&mut self) -> Option<Expr> {
        let start = self.pos;
        let mut left = self.shift_expr()?;
        let mut n = 0;
        while let Some(r) = self.alt(|p| {
            p.expect_op(Op::Amper)?;
            p.shift_expr()
        }) {
            n += 1;
            if !self.check_chain(n) {
                return None;
            }
            left = ex(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op: BinOp::BitAnd,
                    right: Box::new(r),
                },
                self.loc_from(start),
            );
        }
        if self.failed() {
            return None;
        }
        Some(left)
    }

    fn shift_expr(&mut self) -> Option<Expr> {
        self.memo(R::ShiftExpr, |p| p.shift_expr_raw())
    }

    fn shift_expr_raw(&mut self) -> Option<Expr> {
        let start = self.pos;
        let mut left = self.sum()?;
        let mut n = 0;
        while let Some((op, r)) = self.alt(|p| {
            let op = match p.peek() {
                Tok::Op(Op::LeftShift) => BinOp::LShift,
                Tok::Op(Op::RightShift) => BinOp::RShift,
                _ => return None,
            };
            p.pos += 1;
            Some((op, p.sum()?))
        }) {
            n += 1;
            if !self.check_chain(n) {
                return None;
            }
            left = ex(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(r),
                },
                self.loc_from(start),
            );
        }
        if self.failed() {
            return None;
        }
        Some(left)
    }

    fn sum(&mut self) -> Option<Expr> {
        self.memo(R::Sum, |p| p.sum_raw())
    }

    fn sum_raw(&mut self) -> Option<Expr> {
        let start = self.pos;
        let mut left = self.term()?;
        let mut n = 0;
        while let Some((op, r)) = self.alt(|p| {
            let op = match p.peek() {
                Tok::Op(Op::Plus) => BinOp::Add,
                Tok::Op(Op::Minus) => BinOp::Sub,
                _ => return None,
            };
            p.pos += 1;
            Some((op, p.term()?))
        }) {
            n += 1;
            if !self.check_chain(n) {
                return None;
            }
            left = ex(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(r),
                },
                self.loc_from(start),
            );
        }
        if self.failed() {
            return None;
        }
        Some(left)
    }

    fn term(&mut self) -> Option<Expr> {
        self.memo(R::Term, |p| p.term_raw())
    }

    fn term_raw(&mut self) -> Option<Expr> {
        let start = self.pos;
        let mut left = self.factor()?;
        let mut n = 0;
        while let Some((op, r)) = self.alt(|p| {
            let op = match p.peek() {
                Tok::Op(Op::Star) => BinOp::Mult,
                Tok::Op(Op::Slash) => BinOp::Div,
                Tok::Op(Op::DoubleSlash) => BinOp::FloorDiv,
                Tok::Op(Op::Percent) => BinOp::Mod,
                Tok::Op(Op::At) => BinOp::MatMult,
                _ => return None,
            };
            p.pos += 1;
            Some((op, p.factor()?))
        }) {
            n += 1;
            if !self.check_chain(n) {
                return None;
            }
            left = ex(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(r),
                },
                self.loc_from(start),
            );
        }
        if self.failed() {
            return None;
        }
        Some(left)
    }

    fn factor(&mut self) -> Option<Expr> {
        self.memo(R::Factor, |p| {
            let start = p.pos;
            let op = match p.peek() {
                Tok::Op(Op::Plus) => Some(UnaryOp::UAdd),
                Tok::Op(Op::Minus) => Some(UnaryOp::USub),
                Tok::Op(Op::Tilde) => Some(UnaryOp::Invert),
                _ => None,
            };
            if let Some(op) = op {
                if let Some(e) = p.alt(|p| {
                    p.pos += 1;
                    if !p.enter() {
                        p.leave();
                        return None;
                    }
                    let a = p.factor();
                    p.leave();
                    let a = a?;
                    Some(ex(
                        ExprKind::UnaryOp {
                            op,
                            operand: Box::new(a),
                        },
                        p.loc_from(start),
                    ))
                }) {
                    return Some(e);
                }
                if p.failed() {
                    return None;
                }
            }
            p.power()
        })
    }

    fn power(&mut self) -> Option<Expr> {
        let start = self.pos;
        let a = self.await_primary()?;
        let after = self.pos;
        if let Some(b) = self.alt(|p| {
            p.expect_op(Op::DoubleStar)?;
            if !p.enter() {
                p.leave();
                return None;
            }
            let b = p.factor();
            p.leave();
            b
        }) {
            return Some(ex(
                ExprKind::BinOp {
                    left: Box::new(a),
                    op: BinOp::Pow,
                    right: Box::new(b),
                },
                self.loc_from(start),
            ));
        }
        if self.failed() {
            return None;
        }
        self.pos = after;
        Some(a)
    }

    fn await_primary(&mut self) -> Option<Expr> {
        self.memo(R::AwaitPrimary, |p| {
            let start = p.pos;
            if p.at_kw(Kw::Await) {
                if let Some(e) = p.alt(|p| {
                    p.pos += 1;
                    let a = p.primary()?;
                    Some(ex(ExprKind::Await(Box::new(a)), p.loc_from(start)))
                }) {
                    return Some(e);
                }
                if p.failed() {
                    return None;
                }
            }
            p.primary()
        })
    }

    // ------------------------------------------------------------------------------
    // Primary

    fn primary(&mut self) -> Option<Expr> {
        self.memo(R::Primary, |p| {
            let start = p.pos;
            let cur = p.atom()?;
            p.grow_primary(start, cur, false)
        })
    }

    /// The left-recursive growth of `primary` / `t_primary` as a loop.
    fn grow_primary(&mut self, start: usize, mut cur: Expr, tp: bool) -> Option<Expr> {
        let mut n = 0u32;
        loop {
            if self.failed() {
                return None;
            }
            match self.primary_suffix(tp) {
                Some(sfx) => {
                    n += 1;
                    if !self.check_chain(n) {
                        return None;
                    }
                    let loc = self.loc_from(start);
                    let kind = match sfx {
                        Suffix::Attr(attr) => ExprKind::Attribute {
                            value: Box::new(cur),
                            attr,
                        },
                        Suffix::Sub(s) => ExprKind::Subscript {
                            value: Box::new(cur),
                            slice: Box::new(s),
                        },
                        Suffix::GenCall(g) => ExprKind::Call {
                            func: Box::new(cur),
                            args: vec![g],
                            keywords: vec![],
                        },
                        Suffix::Call(a) => ExprKind::Call {
                            func: Box::new(cur),
                            args: a.args,
                            keywords: a.keywords,
                        },
                    };
                    cur = ex(kind, loc);
                }
                None => break,
            }
        }
        if self.failed() {
            return None;
        }
        Some(cur)
    }

    /// One growth step of `primary` (`tp == false`: '.' NAME | genexp | '(' [arguments] ')' |
    /// '[' slices ']') or of `t_primary` (`tp == true`: the same suffixes in the order
    /// '.', '[', genexp, '(' and each followed by &t_lookahead). `genexp` is tried at any
    /// token, so its `invalid_comprehension` alternative also runs before '[' and '{'.
    fn primary_suffix(&mut self, tp: bool) -> Option<Suffix> {
        let k = self.peek();
        let attr = |p: &mut Self| {
            p.expect_op(Op::Dot)?;
            let n = p.expect(Tok::Name)?;
            if tp && !p.t_lookahead() {
                return None;
            }
            Some(Suffix::Attr(p.name_text(n)))
        };
        let subscript = |p: &mut Self| {
            p.expect_op(Op::LSqb)?;
            let s = p.slices()?;
            p.expect_op(Op::RSqb)?;
            if tp && !p.t_lookahead() {
                return None;
            }
            Some(Suffix::Sub(s))
        };
        let genexp_call = |p: &mut Self| {
            let g = p.genexp()?;
            if tp && !p.t_lookahead() {
                return None;
            }
            Some(Suffix::GenCall(g))
        };
        let call = |p: &mut Self| {
            p.expect_op(Op::LPar)?;
            let args = p.alt(|p| p.arguments());
            if p.failed() {
                return None;
            }
            p.expect_op(Op::RPar)?;
            if tp && !p.t_lookahead() {
                return None;
            }
            Some(Suffix::Call(args.unwrap_or_default()))
        };
        if k == Tok::Op(Op::Dot) {
            return self.alt(attr);
        }
        if tp && k == Tok::Op(Op::LSqb) {
            if let Some(e) = self.alt(subscript) {
                return Some(e);
            }
            if self.failed() {
                return None;
            }
        }
        // Fast mode: a call and a generator argument cannot both match, so try the (common)
        // call first.
        if self.fast && !tp && k == Tok::Op(Op::LPar) {
            if let Some(e) = self.alt(call) {
                return Some(e);
            }
            if self.failed() {
                return None;
            }
            return self.alt(genexp_call);
        }
        // genexp (its invalid_comprehension alternative matches '(' '[' '{')
        if k == Tok::Op(Op::LPar) {
            if let Some(e) = self.alt(genexp_call) {
                return Some(e);
            }
        } else if k == Tok::Op(Op::LSqb) || k == Tok::Op(Op::LBrace) {
            self.invalid(|p| p.invalid_comprehension());
        }
        if self.failed() {
            return None;
        }
        if k == Tok::Op(Op::LPar) {
            return self.alt(call);
        }
        if !tp && k == Tok::Op(Op::LSqb) {
            return self.alt(subscript);
        }
        None
    }

    /// slices: slice !',' | ','.(slice | starred_expression)+ [',']
    pub fn slices(&mut self) -> Option<Expr> {
        let start = self.pos;
        if let Some(s) = self.alt(|p| {
            let s = p.slice()?;
            if p.at_op(Op::Comma) {
                return None;
            }
            Some(s)
        }) {
            return Some(s);
        }
        if self.failed() {
            return None;
        }
        let elts = self.sep_plus(|p| {
            if let Some(s) = p.alt(|p| p.slice()) {
                return Some(s);
            }
            if p.failed() {
                return None;
            }
            p.starred_expression()
        })?;
        self.expect_op(Op::Comma);
        Some(ex(ExprKind::Tuple(elts), self.loc_from(start)))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression
    fn slice(&mut self) -> Option<Expr> {
        let start = self.pos;
        if let Some(s) = self.alt(|p| {
            let lower = p.alt(|p| p.expression());
            if p.failed() {
                return None;
            }
            p.expect_op(Op::Colon)?;
            let upper = p.alt(|p| p.expression());
            if p.failed() {
                return None;
            }
            let step = p.alt(|p| {
                p.expect_op(Op::Colon)?;
                let s = p.alt(|p| p.expression());
                if p.failed() {
                    return None;
                }
                Some(s)
            });
            if p.failed() {
                return None;
            }
            Some(ex(
                ExprKind::Slice {
                    lower: lower.map(Box::new),
                    upper: upper.map(Box::new),
                    step: step.flatten().map(Box::new),
                },
                p.loc_from(start),
            ))
        }) {
            return Some(s);
        }
        if self.failed() {
            return None;
        }
        self.named_expression()
    }

    fn atom(&mut self) -> Option<Expr> {
        let start = self.pos;
        match self.peek() {
            Tok::Name => {
                self.pos += 1;
                Some(self.name_expr(start))
            }
            Tok::Kw(Kw::True) => {
                self.pos += 1;
                Some(ex(
                    ExprKind::Constant(Constant::Bool(true)),
                    self.tok_loc(start),
                ))
            }
            Tok::Kw(Kw::False) => {
                self.pos += 1;
                Some(ex(
                    ExprKind::Constant(Constant::Bool(false)),
                    self.tok_loc(start),
                ))
            }
            Tok::Kw(Kw::None) => {
                self.pos += 1;
                Some(ex(ExprKind::Constant(Constant::None), self.tok_loc(start)))
            }
            Tok::Str => self.strings(),
            Tok::Number => {
                self.pos += 1;
                let text = self.name_text(start);
                Some(ex(
                    ExprKind::Constant(parse_number(&text)),
                    self.tok_loc(start),
                ))
            }
            Tok::Op(Op::LPar) => {
                if let Some(e) = self.alt(|p| p.tuple()) {
                    return Some(e);
                }
                if self.failed() {
                    return None;
                }
                if let Some(e) = self.alt(|p| p.group()) {
                    return Some(e);
                }
                if self.failed() {
                    return None;
                }
                self.alt(|p| p.genexp())
            }
            Tok::Op(Op::LSqb) => {
                if let Some(e) = self.alt(|p| p.list()) {
                    return Some(e);
                }
                if self.failed() {
                    return None;
                }
                self.alt(|p| p.listcomp())
            }
            Tok::Op(Op::LBrace) => {
                if let Some(e) = self.alt(|p| p.dict()) {
                    return Some(e);
                }
                if self.failed() {
                    return None;
                }
                if let Some(e) = self.alt(|p| p.set()) {
                    return Some(e);
                }
                if self.failed() {
                    return None;
                }
                if let Some(e) = self.alt(|p| p.dictcomp()) {
                    return Some(e);
                }
                if self.failed() {
                    return None;
                }
                self.alt(|p| p.setcomp())
            }
            Tok::Op(Op::Ellipsis) => {
                self.pos += 1;
                Some(ex(
                    ExprKind::Constant(Constant::Ellipsis),
                    self.tok_loc(start),
                ))
            }
            _ => None,
        }
    }

    fn group(&mut self) -> Option<Expr> {
        if let Some(e) = self.alt(|p| {
            p.expect_op(Op::LPar)?;
            let e = if p.at_kw(Kw::Yield) {
                p.yield_expr()?
            } else {
                p.named_expression()?
            };
            p.expect_op(Op::RPar)?;
            Some(e)
        }) {
            return Some(e);
        }
        // invalid_group
        self.invalid(|p| {
            p.alt(|p| {
                p.expect_op(Op::LPar)?;
                let a = p.starred_expression()?;
                p.expect_op(Op::RPar)?;
                p.raise_known_location(Span::from(a.loc), "cannot use starred expression here");
                None::<()>
            });
            if p.failed() {
                return None;
            }
            p.expect_op(Op::LPar)?;
            let a = p.expect_op(Op::DoubleStar)?;
            p.expression()?;
            p.expect_op(Op::RPar)?;
            let sa = p.span(a);
            p.raise_known_location(sa, "cannot use double starred expression here");
            None
        });
        None
    }

    pub fn tuple(&mut self) -> Option<Expr> {
        let start = self.expect_op(Op::LPar)?;
        let elts = self.alt(|p| {
            let first = p.star_named_expression()?;
            p.expect_op(Op::Comma)?;
            let rest = p.alt(|p| p.star_named_expressions());
            if p.failed() {
                return None;
            }
            let mut v = vec![first];
            v.extend(rest.unwrap_or_default());
            Some(v)
        });
        if self.failed() {
            return None;
        }
        self.expect_op(Op::RPar)?;
        Some(ex(
            ExprKind::Tuple(elts.unwrap_or_default()),
            self.loc_from(start),
        ))
    }

    pub fn list(&mut self) -> Option<Expr> {
        let start = self.expect_op(Op::LSqb)?;
        let elts = self.alt(|p| p.star_named_expressions());
        if self.failed() {
            return None;
        }
        self.expect_op(Op::RSqb)?;
        Some(ex(
            ExprKind::List(elts.unwrap_or_default()),
            self.loc_from(start),
        ))
    }

    fn set(&mut self) -> Option<Expr> {
        let start = self.expect_op(Op::LBrace)?;
        let elts = self.star_named_expressions()?;
        self.expect_op(Op::RBrace)?;
        Some(ex(ExprKind::Set(elts), self.loc_from(start)))
    }

    fn dict(&mut self) -> Option<Expr> {
        let start = self.pos;
        if let Some(e) = self.alt(|p| {
            p.expect_op(Op::LBrace)?;
            let pairs = p.alt(|p| p.double_starred_kvpairs());
            if p.failed() {
                return None;
            }
            p.expect_op(Op::RBrace)?;
            let (keys, values) = pairs.unwrap_or_default().into_iter().unzip();
            Some(ex(ExprKind::Dict { keys, values }, p.loc_from(start)))
        }) {
            return Some(e);
        }
        if self.failed() {
            return None;
        }
        // '{' invalid_double_starred_kvpairs '}': a multi-item alternative, so CPython runs it
        // in both passes (only single-item `invalid_*` alternatives are guarded).
        self.alt(|p| {
            p.expect_op(Op::LBrace)?;
            p.invalid_double_starred_kvpairs()?;
            p.expect_op(Op::RBrace)?;
            None::<()>
        });
        None
    }

    fn double_starred_kvpairs(&mut self) -> Option<Vec<(Option<Expr>, Expr)>> {
        let v = self.sep_plus(|p| p.double_starred_kvpair())?;
        self.expect_op(Op::Comma);
        Some(v)
    }

    fn double_starred_kvpair(&mut self) -> Option<(Option<Expr>, Expr)> {
        if let Some(v) = self.alt(|p| {
            p.expect_op(Op::DoubleStar)?;
            p.bitwise_or()
        }) {
            return Some((None, v));
        }
        if self.failed() {
            return None;
        }
        let (k, v) = self.kvpair()?;
        Some((Some(k), v))
    }

    fn kvpair(&mut self) -> Option<(Expr, Expr)> {
        let k = self.expression()?;
        self.expect_op(Op::Colon)?;
        let v = self.expression()?;
        Some((k, v))
    }

    fn invalid_double_starred_kvpairs(&mut self) -> Option<()> {
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        self.alt(|p| {
            p.sep_plus(|p| p.double_starred_kvpair())?;
            p.expect_op(Op::Comma)?;
            p.invalid_kvpair()
        });
        if self.failed() {
            return None;
        }
        // expression ':' a='*' bitwise_or
        self.alt(|p| {
            p.expression()?;
            p.expect_op(Op::Colon)?;
            let a = p.expect_op(Op::Star)?;
            p.bitwise_or()?;
            let sa = p.span(a);
            p.raise_starting_from(sa, "cannot use a starred expression in a dictionary value");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // expression a=':' &('}'|',')
        self.alt(|p| {
            p.expression()?;
            let a = p.expect_op(Op::Colon)?;
            if !(p.at_op(Op::RBrace) || p.at_op(Op::Comma)) {
                return None;
            }
            let sa = p.span(a);
            p.raise_known_location(sa, "expression expected after dictionary key and ':'");
            None::<()>
        });
        None
    }

    fn invalid_kvpair(&mut self) -> Option<()> {
        // a=expression !(':')
        self.alt(|p| {
            let a = p.expression()?;
            if p.at_op(Op::Colon) {
                return None;
            }
            let l = a.loc;
            p.raise_raw(
                crate::syntax_error::SyntaxErrorKind::SyntaxError,
                "':' expected after dictionary key",
                l.line,
                l.end_col as i64,
                l.end_line,
                0,
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        self.alt(|p| {
            p.expression()?;
            p.expect_op(Op::Colon)?;
            let a = p.expect_op(Op::Star)?;
            p.bitwise_or()?;
            let sa = p.span(a);
            p.raise_starting_from(sa, "cannot use a starred expression in a dictionary value");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        self.alt(|p| {
            p.expression()?;
            let a = p.expect_op(Op::Colon)?;
            if !(p.at_op(Op::RBrace) || p.at_op(Op::Comma)) {
                return None;
            }
            let sa = p.span(a);
            p.raise_known_location(sa, "expression expected after dictionary key and ':'");
            None::<()>
        });
        None
    }

    // ------------------------------------------------------------------------------
    // Comprehensions

    pub fn for_if_clauses(&mut self) -> Option<Vec<Comprehension>> {
        let v = self.many(|p| p.for_if_clause());
        if v.is_empty() || self.failed() {
            return None;
        }
        Some(v)
    }

    fn for_if_clause(&mut self) -> Option<Comprehension> {
        let m = self.pos;
        let is_async = self.expect_kw(Kw::Async).is_some();
        if self.expect_kw(Kw::For).is_some() {
            if let Some(target) = self.star_targets() {
                if self.expect_kw(Kw::In).is_some() {
                    // cut
                    let iter = self.disjunction()?;
                    let ifs = self.many(|p| {
                        p.expect_kw(Kw::If)?;
                        p.disjunction()
                    });
                    if self.failed() {
                        return None;
                    }
                    return Some(Comprehension {
                        target,
                        iter,
                        ifs,
                        is_async,
                    });
                }
            }
        }
        self.pos = m;
        if self.failed() {
            return None;
        }
        self.invalid(|p| p.invalid_for_target());
        None
    }

    fn listcomp(&mut self) -> Option<Expr> {
        let start = self.pos;
        if let Some(e) = self.alt(|p| {
            p.expect_op(Op::LSqb)?;
            let elt = p.named_expression()?;
            let generators = p.for_if_clauses()?;
            p.expect_op(Op::RSqb)?;
            Some(ex(
                ExprKind::ListComp {
                    elt: Box::new(elt),
                    generators,
                },
                p.loc_from(start),
            ))
        }) {
            return Some(e);
        }
        self.invalid(|p| p.invalid_comprehension());
        None
    }

    fn setcomp(&mut self) -> Option<Expr> {
        let start = self.pos;
        if let Some(e) = self.alt(|p| {
            p.expect_op(Op::LBrace)?;
            let elt = p.named_expression()?;
            let generators = p.for_if_clauses()?;
            p.expect_op(Op::RBrace)?;
            Some(ex(
                ExprKind::SetComp {
                    elt: Box::new(elt),
                    generators,
                },
                p.loc_from(start),
            ))
        }) {
            return Some(e);
        }
        self.invalid(|p| p.invalid_comprehension());
        None
    }

    pub fn genexp(&mut self) -> Option<Expr> {
        let start = self.pos;
        if let Some(e) = self.alt(|p| {
            p.expect_op(Op::LPar)?;
            let elt = match p.alt(|p| p.assignment_expression()) {
                Some(e) => e,
                None => {
                    let e = p.expression()?;
                    if p.at_op(Op::ColonEqual) {
                        return None;
                    }
                    e
                }
            };
            let generators = p.for_if_clauses()?;
            p.expect_op(Op::RPar)?;
            Some(ex(
                ExprKind::GeneratorExp {
                    elt: Box::new(elt),
                    generators,
                },
                p.loc_from(start),
            ))
        }) {
            return Some(e);
        }
        self.invalid(|p| p.invalid_comprehension());
        None
    }

    fn dictcomp(&mut self) -> Option<Expr> {
        let start = self.pos;
        if let Some(e) = self.alt(|p| {
            p.expect_op(Op::LBrace)?;
            let (k, v) = p.kvpair()?;
            let generators = p.for_if_clauses()?;
            p.expect_op(Op::RBrace)?;
            Some(ex(
                ExprKind::DictComp {
                    key: Box::new(k),
                    value: Box::new(v),
                    generators,
                },
                p.loc_from(start),
            ))
        }) {
            return Some(e);
        }
        // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
        self.invalid(|p| {
            p.expect_op(Op::LBrace)?;
            let a = p.expect_op(Op::DoubleStar)?;
            p.bitwise_or()?;
            p.for_if_clauses()?;
            p.expect_op(Op::RBrace)?;
            let sa = p.span(a);
            p.raise_known_location(sa, "dict unpacking cannot be used in dict comprehension");
            None
        });
        None
    }

    fn invalid_comprehension(&mut self) -> Option<()> {
        // ('[' | '(' | '{') a=starred_expression for_if_clauses
        self.alt(|p| {
            match p.peek() {
                Tok::Op(Op::LSqb) | Tok::Op(Op::LPar) | Tok::Op(Op::LBrace) => p.pos += 1,
                _ => return None,
            }
            let a = p.starred_expression()?;
            p.for_if_clauses()?;
            p.raise_known_location(
                Span::from(a.loc),
                "iterable unpacking cannot be used in comprehension",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
        self.alt(|p| {
            match p.peek() {
                Tok::Op(Op::LSqb) | Tok::Op(Op::LBrace) => p.pos += 1,
                _ => return None,
            }
            let a = p.star_named_expression()?;
            p.expect_op(Op::Comma)?;
            let b = p.star_named_expressions()?;
            p.for_if_clauses()?;
            let last = b.last().unwrap().loc;
            p.raise_known_range(
                Span::from(a.loc),
                Span::from(last),
                "did you forget parentheses around the comprehension target?",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // ('[' | '{') a=star_named_expression b=',' for_if_clauses
        self.alt(|p| {
            match p.peek() {
                Tok::Op(Op::LSqb) | Tok::Op(Op::LBrace) => p.pos += 1,
                _ => return None,
            }
            let a = p.star_named_expression()?;
            let b = p.expect_op(Op::Comma)?;
            p.for_if_clauses()?;
            let sb = p.span(b);
            p.raise_known_range(
                Span::from(a.loc),
                sb,
                "did you forget parentheses around the comprehension target?",
            );
            None::<()>
        });
        None
    }

    // ------------------------------------------------------------------------------
    // Call arguments

    pub fn arguments(&mut self) -> Option<CallArgs> {
        self.memo(R::Arguments, |p| {
            if let Some(a) = p.alt(|p| {
                let a = p.args()?;
                p.expect_op(Op::Comma);
                if !p.at_op(Op::RPar) {
                    return None;
                }
                Some(a)
            }) {
                return Some(a);
            }
            p.invalid(|p| p.invalid_arguments());
            None
        })
    }

    fn args(&mut self) -> Option<CallArgs> {
        if let Some(a) = self.alt(|p| {
            let mut args = p.positional_args()?;
            let kw = p.alt(|p| {
                p.expect_op(Op::Comma)?;
                p.kwargs()
            });
            if p.failed() {
                return None;
            }
            let mut keywords = Vec::new();
            for item in kw.unwrap_or_default() {
                match item {
                    KwOrStarred::Kw(k) => keywords.push(k),
                    KwOrStarred::Starred(e) => args.push(e),
                }
            }
            Some(CallArgs { args, keywords })
        }) {
            return Some(a);
        }
        if self.failed() {
            return None;
        }
        let items = self.kwargs()?;
        let mut args = Vec::new();
        let mut keywords = Vec::new();
        for item in items {
            match item {
                KwOrStarred::Kw(k) => keywords.push(k),
                KwOrStarred::Starred(e) => args.push(e),
            }
        }
        Some(CallArgs { args, keywords })
    }

    /// ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
    fn positional_args(&mut self) -> Option<Vec<Expr>> {
        self.sep_plus(|p| {
            if let Some(e) = p.alt(|p| p.starred_expression()) {
                return Some(e);
            }
            if p.failed() {
                return None;
            }
            let e = match p.alt(|p| p.assignment_expression()) {
                Some(e) => e,
                None => {
                    if p.failed() {
                        return None;
                    }
                    let e = p.expression()?;
                    if p.at_op(Op::ColonEqual) {
                        return None;
                    }
                    e
                }
            };
            if p.at_op(Op::Equal) {
                return None;
            }
            Some(e)
        })
    }

    fn kwargs(&mut self) -> Option<Vec<KwOrStarred>> {
        if let Some(mut a) = self.alt(|p| p.sep_plus(|p| p.kwarg_or_starred())) {
            if let Some(b) = self.alt(|p| {
                p.expect_op(Op::Comma)?;
                p.sep_plus(|p| p.kwarg_or_double_starred())
            }) {
                a.extend(b);
            }
            if self.failed() {
                return None;
            }
            return Some(a);
        }
        if self.failed() {
            return None;
        }
        self.sep_plus(|p| p.kwarg_or_double_starred())
    }

    pub fn starred_expression(&mut self) -> Option<Expr> {
        let start = self.expect_op(Op::Star)?;
        let e = self.expression()?;
        Some(ex(ExprKind::Starred(Box::new(e)), self.loc_from(start)))
    }

    fn kwarg_or_starred(&mut self) -> Option<KwOrStarred> {
        if self.invalid(|p| p.invalid_kwarg()) {
            return None;
        }
        if let Some(k) = self.alt(|p| p.kwarg_named()) {
            return Some(KwOrStarred::Kw(k));
        }
        if self.failed() {
            return None;
        }
        Some(KwOrStarred::Starred(self.starred_expression()?))
    }

    fn kwarg_or_double_starred(&mut self) -> Option<KwOrStarred> {
        if self.invalid(|p| p.invalid_kwarg()) {
            return None;
        }
        if let Some(k) = self.alt(|p| p.kwarg_named()) {
            return Some(KwOrStarred::Kw(k));
        }
        if self.failed() {
            return None;
        }
        let start = self.expect_op(Op::DoubleStar)?;
        let e = self.expression()?;
        Some(KwOrStarred::Kw(Keyword {
            arg: None,
            value: e,
            loc: self.loc_from(start),
        }))
    }

    fn kwarg_named(&mut self) -> Option<Keyword> {
        let n = self.expect(Tok::Name)?;
        self.expect_op(Op::Equal)?;
        let e = self.expression()?;
        Some(Keyword {
            arg: Some(self.name_text(n)),
            value: e,
            loc: self.loc_from(n),
        })
    }

    fn invalid_kwarg(&mut self) -> Option<()> {
        // a=('True'|'False'|'None') b='='
        self.alt(|p| {
            let a = p.pos;
            match p.peek() {
                Tok::Kw(Kw::True) | Tok::Kw(Kw::False) | Tok::Kw(Kw::None) => p.pos += 1,
                _ => return None,
            }
            let b = p.expect_op(Op::Equal)?;
            let msg = format!("cannot assign to {}", p.name_text(a));
            let (sa, sb) = (p.span(a), p.span(b));
            p.raise_known_range(sa, sb, &msg);
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=NAME b='=' expression for_if_clauses
        self.alt(|p| {
            let a = p.expect(Tok::Name)?;
            let b = p.expect_op(Op::Equal)?;
            p.expression()?;
            p.for_if_clauses()?;
            let (sa, sb) = (p.span(a), p.span(b));
            p.raise_known_range(
                sa,
                sb,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // !(NAME '=') a=expression b='='
        self.alt(|p| {
            let i = p.pos;
            if p.peek() == Tok::Name && p.peek_at(i + 1) == Tok::Op(Op::Equal) {
                return None;
            }
            let a = p.expression()?;
            let b = p.expect_op(Op::Equal)?;
            let sb = p.span(b);
            p.raise_known_range(
                Span::from(a.loc),
                sb,
                "expression cannot contain assignment, perhaps you meant \"==\"?",
            );
            None::<()>
        });
        None
    }

    fn invalid_arguments(&mut self) -> Option<()> {
        // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs)
        //  | kwargs) ',' b='*'
        self.alt(|p| {
            if p.alt(|p| {
                p.positional_args()?;
                p.expect_op(Op::Comma)?;
                p.kwargs()
            })
            .is_none()
            {
                if p.failed() {
                    return None;
                }
                p.kwargs()?;
            }
            p.expect_op(Op::Comma)?;
            let b = p.expect_op(Op::Star)?;
            let sb = p.span(b);
            p.raise_known_location(
                sb,
                "iterable argument unpacking follows keyword argument unpacking",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        self.alt(|p| {
            let a = p.expression()?;
            let b = p.for_if_clauses()?;
            p.expect_op(Op::Comma)?;
            if p.alt(|p| p.args()).is_none() {
                p.alt(|p| {
                    p.expression()?;
                    p.for_if_clauses()
                });
            }
            if p.failed() {
                return None;
            }
            let last = last_comprehension_item(b.last().unwrap()).loc;
            p.raise_known_range(
                Span::from(a.loc),
                Span::from(last),
                "Generator expression must be parenthesized",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=NAME b='=' expression for_if_clauses
        self.alt(|p| {
            let a = p.expect(Tok::Name)?;
            let b = p.expect_op(Op::Equal)?;
            p.expression()?;
            p.for_if_clauses()?;
            let (sa, sb) = (p.span(a), p.span(b));
            p.raise_known_range(
                sa,
                sb,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=args b=for_if_clauses
        self.alt(|p| {
            let a = p.args()?;
            let b = p.for_if_clauses()?;
            if a.args.len() <= 1 {
                return None;
            }
            let last_arg = a.args.last().unwrap().loc;
            let last = last_comprehension_item(b.last().unwrap()).loc;
            p.raise_known_range(
                Span::from(last_arg),
                Span::from(last),
                "Generator expression must be parenthesized",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // args ',' a=expression b=for_if_clauses
        self.alt(|p| {
            p.args()?;
            p.expect_op(Op::Comma)?;
            let a = p.expression()?;
            let b = p.for_if_clauses()?;
            let last = last_comprehension_item(b.last().unwrap()).loc;
            p.raise_known_range(
                Span::from(a.loc),
                Span::from(last),
                "Generator expression must be parenthesized",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=args ',' args
        self.alt(|p| {
            let a = p.args()?;
            p.expect_op(Op::Comma)?;
            p.args()?;
            let unpacking = a.keywords.iter().any(|k| k.arg.is_none());
            let msg = if unpacking {
                "positional argument follows keyword argument unpacking"
            } else {
                "positional argument follows keyword argument"
            };
            p.raise_syntax_error(msg);
            None::<()>
        });
        None
    }

    // ------------------------------------------------------------------------------
    // yield / lambda

    pub fn yield_expr(&mut self) -> Option<Expr> {
        let start = self.expect_kw(Kw::Yield)?;
        if let Some(e) = self.alt(|p| {
            p.expect_kw(Kw::From)?;
            p.expression()
        }) {
            return Some(ex(ExprKind::YieldFrom(Box::new(e)), self.loc_from(start)));
        }
        if self.failed() {
            return None;
        }
        let v = self.alt(|p| p.star_expressions());
        if self.failed() {
            return None;
        }
        Some(ex(ExprKind::Yield(v.map(Box::new)), self.loc_from(start)))
    }

    fn lambdef(&mut self) -> Option<Expr> {
        let start = self.expect_kw(Kw::Lambda)?;
        let params = self.alt(|p| p.lambda_params());
        if self.failed() {
            return None;
        }
        self.expect_op(Op::Colon)?;
        let body = self.expression()?;
        Some(ex(
            ExprKind::Lambda {
                args: Box::new(params.unwrap_or_default()),
                body: Box::new(body),
            },
            self.loc_from(start),
        ))
    }

    fn lambda_params(&mut self) -> Option<Arguments> {
        if self.invalid(|p| p.invalid_params(ParamKind::Lambda)) {
            return None;
        }
        self.parameters(ParamKind::Lambda)
    }

    // ------------------------------------------------------------------------------
    // Targets

    /// star_targets: star_target !',' | star_target (',' star_target)* [',']
    pub fn star_targets(&mut self) -> Option<Expr> {
        let start = self.pos;
        let first = self.star_target()?;
        if !self.at_op(Op::Comma) {
            return Some(first);
        }
        let mut elts = vec![first];
        while let Some(e) = self.alt(|p| {
            p.expect_op(Op::Comma)?;
            p.star_target()
        }) {
            elts.push(e);
        }
        if self.failed() {
            return None;
        }
        self.expect_op(Op::Comma);
        Some(ex(ExprKind::Tuple(elts), self.loc_from(start)))
    }

    fn star_targets_list_seq(&mut self) -> Option<Vec<Expr>> {
        let v = self.sep_plus(|p| p.star_target())?;
        self.expect_op(Op::Comma);
        Some(v)
    }

    fn star_targets_tuple_seq(&mut self) -> Option<Vec<Expr>> {
        let first = self.star_target()?;
        let mut v = vec![first];
        while let Some(e) = self.alt(|p| {
            p.expect_op(Op::Comma)?;
            p.star_target()
        }) {
            v.push(e);
        }
        if self.failed() {
            return None;
        }
        if v.len() > 1 {
            self.expect_op(Op::Comma);
            return Some(v);
        }
        self.expect_op(Op::Comma)?;
        Some(v)
    }

    pub fn star_target(&mut self) -> Option<Expr> {
        self.memo(R::StarTarget, |p| {
            if !p.enter() {
                p.leave();
                return None;
            }
            let r = p.star_target_raw();
            p.leave();
            r
        })
    }

    fn star_target_raw(&mut self) -> Option<Expr> {
        let start = self.pos;
        if let Some(e) = self.alt(|p| {
            p.expect_op(Op::Star)?;
            if p.at_op(Op::Star) {
                return None;
            }
            let a = p.star_target()?;
            Some(ex(ExprKind::Starred(Box::new(a)), p.loc_from(start)))
        }) {
            return Some(e);
        }
        if self.failed() {
            return None;
        }
        self.target_with_star_atom()
    }

    fn target_with_star_atom(&mut self) -> Option<Expr> {
        self.memo(R::TargetWithStarAtom, |p| {
            if let Some(e) = p.alt(|p| p.subscript_attribute_target()) {
                return Some(e);
            }
            if p.failed() {
                return None;
            }
            p.star_atom()
        })
    }

    /// t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
    fn subscript_attribute_target(&mut self) -> Option<Expr> {
        let start = self.pos;
        let tp = self.t_primary()?;
        if let Some(e) = self.alt(|p| {
            p.expect_op(Op::Dot)?;
            let n = p.expect(Tok::Name)?;
            if p.t_lookahead() {
                return None;
            }
            Some(ex(
                ExprKind::Attribute {
                    value: Box::new(tp.clone()),
                    attr: p.name_text(n),
                },
                p.loc_from(start),
            ))
        }) {
            return Some(e);
        }
        if self.failed() {
            return None;
        }
        self.alt(|p| {
            p.expect_op(Op::LSqb)?;
            let s = p.slices()?;
            p.expect_op(Op::RSqb)?;
            if p.t_lookahead() {
                return None;
            }
            Some(ex(
                ExprKind::Subscript {
                    value: Box::new(tp),
                    slice: Box::new(s),
                },
                p.loc_from(start),
            ))
        })
    }

    fn t_lookahead(&mut self) -> bool {
        matches!(
            self.peek(),
            Tok::Op(Op::LPar) | Tok::Op(Op::LSqb) | Tok::Op(Op::Dot)
        )
    }

    fn t_primary(&mut self) -> Option<Expr> {
        self.memo(R::TPrimary, |p| {
            let start = p.pos;
            let cur = p.atom()?;
            if !p.t_lookahead() {
                return None;
            }
            p.grow_primary(start, cur, true)
        })
    }

    fn star_atom(&mut self) -> Option<Expr> {
        let start = self.pos;
        match self.peek() {
            Tok::Name => {
                self.pos += 1;
                Some(self.name_expr(start))
            }
            Tok::Op(Op::LPar) => {
                if let Some(e) = self.alt(|p| {
                    p.pos += 1;
                    let a = p.target_with_star_atom()?;
                    p.expect_op(Op::RPar)?;
                    Some(a)
                }) {
                    return Some(e);
                }
                if self.failed() {
                    return None;
                }
                self.alt(|p| {
                    p.pos += 1;
                    let elts = p.alt(|p| p.star_targets_tuple_seq());
                    if p.failed() {
                        return None;
                    }
                    p.expect_op(Op::RPar)?;
                    Some(ex(
                        ExprKind::Tuple(elts.unwrap_or_default()),
                        p.loc_from(start),
                    ))
                })
            }
            Tok::Op(Op::LSqb) => self.alt(|p| {
                p.pos += 1;
                let elts = p.alt(|p| p.star_targets_list_seq());
                if p.failed() {
                    return None;
                }
                p.expect_op(Op::RSqb)?;
                Some(ex(
                    ExprKind::List(elts.unwrap_or_default()),
                    p.loc_from(start),
                ))
            }),
            _ => None,
        }
    }

    /// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
    pub fn single_target(&mut self) -> Option<Expr> {
        if let Some(e) = self.alt(|p| p.subscript_attribute_target()) {
            return Some(e);
        }
        if self.failed() {
            return None;
        }
        if let Some(n) = self.expect(Tok::Name) {
            return Some(self.name_expr(n));
        }
        self.alt(|p| {
            p.expect_op(Op::LPar)?;
            if !p.enter() {
                p.leave();
                return None;
            }
            let a = p.single_target();
            p.leave();
            let a = a?;
            p.expect_op(Op::RPar)?;
            Some(a)
        })
    }

    pub fn single_subscript_attribute_target(&mut self) -> Option<Expr> {
        self.subscript_attribute_target()
    }

    pub fn del_targets(&mut self) -> Option<Vec<Expr>> {
        let v = self.sep_plus(|p| p.del_target())?;
        self.expect_op(Op::Comma);
        Some(v)
    }

    fn del_target(&mut self) -> Option<Expr> {
        self.memo(R::DelTarget, |p| {
            if let Some(e) = p.alt(|p| p.subscript_attribute_target()) {
                return Some(e);
            }
            if p.failed() {
                return None;
            }
            if !p.enter() {
                p.leave();
                return None;
            }
            let r = p.del_t_atom();
            p.leave();
            r
        })
    }

    fn del_t_atom(&mut self) -> Option<Expr> {
        let start = self.pos;
        match self.peek() {
            Tok::Name => {
                self.pos += 1;
                Some(self.name_expr(start))
            }
            Tok::Op(Op::LPar) => {
                if let Some(e) = self.alt(|p| {
                    p.pos += 1;
                    let a = p.del_target()?;
                    p.expect_op(Op::RPar)?;
                    Some(a)
                }) {
                    return Some(e);
                }
                if self.failed() {
                    return None;
                }
                self.alt(|p| {
                    p.pos += 1;
                    let elts = p.alt(|p| p.del_targets());
                    if p.failed() {
                        return None;
                    }
                    p.expect_op(Op::RPar)?;
                    Some(ex(
                        ExprKind::Tuple(elts.unwrap_or_default()),
                        p.loc_from(start),
                    ))
                })
            }
            Tok::Op(Op::LSqb) => self.alt(|p| {
                p.pos += 1;
                let elts = p.alt(|p| p.del_targets());
                if p.failed() {
                    return None;
                }
                p.expect_op(Op::RSqb)?;
                Some(ex(
                    ExprKind::List(elts.unwrap_or_default()),
                    p.loc_from(start),
                ))
            }),
            _ => None,
        }
    }
}
