//! `match` statement patterns (CPython 3.11 grammar).

use super::errors::expr_name;
use super::expr::{ex, parse_number};
use super::parser::{Parser, Span, R};
use super::token::{Kw, Op, Tok};
use crate::ast::*;

fn pat(kind: PatternKind, loc: Loc) -> Pattern {
    Pattern { kind, loc }
}

impl<'a> Parser<'a> {
    /// patterns: open_sequence_pattern | pattern
    pub fn patterns(&mut self) -> Option<Pattern> {
        let start = self.pos;
        if let Some(v) = self.alt(|p| p.open_sequence_pattern()) {
            return Some(pat(PatternKind::MatchSequence(v), self.loc_from(start)));
        }
        if self.failed() {
            return None;
        }
        self.pattern()
    }

    /// pattern: as_pattern | or_pattern
    fn pattern(&mut self) -> Option<Pattern> {
        if !self.enter() {
            self.leave();
            return None;
        }
        let r = self.pattern_inner();
        self.leave();
        r
    }

    fn pattern_inner(&mut self) -> Option<Pattern> {
        let start = self.pos;
        // as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
        if let Some(x) = self.alt(|p| {
            let pattern = p.or_pattern()?;
            p.expect_kw(Kw::As)?;
            let name = p.pattern_capture_target()?;
            Some(pat(
                PatternKind::MatchAs {
                    pattern: Some(Box::new(pattern)),
                    name: Some(name),
                },
                p.loc_from(start),
            ))
        }) {
            return Some(x);
        }
        if self.invalid(|p| p.invalid_as_pattern()) {
            return None;
        }
        self.or_pattern()
    }

    fn invalid_as_pattern(&mut self) -> Option<()> {
        // or_pattern 'as' a="_"
        self.alt(|p| {
            p.or_pattern()?;
            p.expect_kw(Kw::As)?;
            let a = p.expect_soft("_")?;
            let sa = p.span(a);
            p.raise_known_location(sa, "cannot use '_' as a target");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // or_pattern 'as' !NAME a=expression
        self.or_pattern()?;
        self.expect_kw(Kw::As)?;
        if self.peek() == Tok::Name {
            return None;
        }
        let a = self.expression()?;
        self.raise_known_location(Span::from(a.loc), "invalid pattern target");
        None
    }

    fn or_pattern(&mut self) -> Option<Pattern> {
        let start = self.pos;
        let first = self.closed_pattern()?;
        let mut pats = vec![first];
        while let Some(x) = self.alt(|p| {
            p.expect_op(Op::VBar)?;
            p.closed_pattern()
        }) {
            pats.push(x);
        }
        if self.failed() {
            return None;
        }
        if pats.len() == 1 {
            return pats.pop();
        }
        Some(pat(PatternKind::MatchOr(pats), self.loc_from(start)))
    }

    fn closed_pattern(&mut self) -> Option<Pattern> {
        self.memo(R::ClosedPattern, |p| {
            if let Some(x) = p.alt(|p| p.literal_pattern()) {
                return Some(x);
            }
            if p.failed() {
                return None;
            }
            let start = p.pos;
            // capture_pattern
            if let Some(name) = p.alt(|p| p.pattern_capture_target()) {
                return Some(pat(
                    PatternKind::MatchAs {
                        pattern: None,
                        name: Some(name),
                    },
                    p.loc_from(start),
                ));
            }
            // wildcard_pattern
            if p.expect_soft("_").is_some() {
                return Some(pat(
                    PatternKind::MatchAs {
                        pattern: None,
                        name: None,
                    },
                    p.loc_from(start),
                ));
            }
            if p.failed() {
                return None;
            }
            // value_pattern: attr !('.' | '(' | '=')
            if let Some(x) = p.alt(|p| {
                let a = p.attr()?;
                if p.at_op(Op::Dot) || p.at_op(Op::LPar) || p.at_op(Op::Equal) {
                    return None;
                }
                Some(pat(PatternKind::MatchValue(a), p.loc_from(start)))
            }) {
                return Some(x);
            }
            if p.failed() {
                return None;
            }
            // group_pattern: '(' pattern ')'
            if let Some(x) = p.alt(|p| {
                p.expect_op(Op::LPar)?;
                let x = p.pattern()?;
                p.expect_op(Op::RPar)?;
                Some(x)
            }) {
                return Some(x);
            }
            if p.failed() {
                return None;
            }
            if let Some(x) = p.alt(|p| p.sequence_pattern()) {
                return Some(x);
            }
            if p.failed() {
                return None;
            }
            if let Some(x) = p.alt(|p| p.mapping_pattern()) {
                return Some(x);
            }
            if p.failed() {
                return None;
            }
            p.class_pattern()
        })
    }

    fn literal_pattern(&mut self) -> Option<Pattern> {
        let start = self.pos;
        match self.peek() {
            Tok::Kw(Kw::None) => {
                self.pos += 1;
                return Some(pat(
                    PatternKind::MatchSingleton(Constant::None),
                    self.loc_from(start),
                ));
            }
            Tok::Kw(Kw::True) => {
                self.pos += 1;
                return Some(pat(
                    PatternKind::MatchSingleton(Constant::Bool(true)),
                    self.loc_from(start),
                ));
            }
            Tok::Kw(Kw::False) => {
                self.pos += 1;
                return Some(pat(
                    PatternKind::MatchSingleton(Constant::Bool(false)),
                    self.loc_from(start),
                ));
            }
            _ => {}
        }
        let e = self.literal_value()?;
        Some(pat(PatternKind::MatchValue(e), self.loc_from(start)))
    }

    /// signed_number !('+' | '-') | complex_number | strings
    fn literal_value(&mut self) -> Option<Expr> {
        if let Some(e) = self.alt(|p| {
            let e = p.signed_number()?;
            if p.at_op(Op::Plus) || p.at_op(Op::Minus) {
                return None;
            }
            Some(e)
        }) {
            return Some(e);
        }
        if self.failed() {
            return None;
        }
        if let Some(e) = self.alt(|p| p.complex_number()) {
            return Some(e);
        }
        if self.failed() {
            return None;
        }
        if self.peek() == Tok::Str {
            return self.strings();
        }
        None
    }

    /// literal_expr (mapping keys)
    fn literal_expr(&mut self) -> Option<Expr> {
        let start = self.pos;
        if let Some(e) = self.alt(|p| p.literal_value()) {
            return Some(e);
        }
        if self.failed() {
            return None;
        }
        let c = match self.peek() {
            Tok::Kw(Kw::None) => Constant::None,
            Tok::Kw(Kw::True) => Constant::Bool(true),
            Tok::Kw(Kw::False) => Constant::Bool(false),
            _ => return None,
        };
        self.pos += 1;
        Some(ex(ExprKind::Constant(c), self.loc_from(start)))
    }

    fn number_expr(&mut self) -> Option<Expr> {
        let i = self.expect(Tok::Number)?;
        let text = self.name_text(i);
        Some(ex(ExprKind::Constant(parse_number(&text)), self.tok_loc(i)))
    }

    fn signed_number(&mut self) -> Option<Expr> {
        let start = self.pos;
        if self.expect_op(Op::Minus).is_some() {
            let n = self.number_expr()?;
            return Some(ex(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(n),
                },
                self.loc_from(start),
            ));
        }
        self.number_expr()
    }

    fn complex_number(&mut self) -> Option<Expr> {
        let start = self.pos;
        let real = self.signed_real_number()?;
        let op = match self.peek() {
            Tok::Op(Op::Plus) => BinOp::Add,
            Tok::Op(Op::Minus) => BinOp::Sub,
            _ => return None,
        };
        self.pos += 1;
        let imag = self.number_expr()?;
        if !matches!(imag.kind, ExprKind::Constant(Constant::Complex { .. })) {
            self.raise_known_location(
                Span::from(imag.loc),
                "imaginary number required in complex literal",
            );
            return None;
        }
        Some(ex(
            ExprKind::BinOp {
                left: Box::new(real),
                op,
                right: Box::new(imag),
            },
            self.loc_from(start),
        ))
    }

    fn signed_real_number(&mut self) -> Option<Expr> {
        let start = self.pos;
        let neg = self.expect_op(Op::Minus).is_some();
        let n = self.number_expr()?;
        if matches!(n.kind, ExprKind::Constant(Constant::Complex { .. })) {
            self.raise_known_location(Span::from(n.loc), "real number required in complex literal");
            return None;
        }
        if neg {
            return Some(ex(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(n),
                },
                self.loc_from(start),
            ));
        }
        Some(n)
    }

    /// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    fn pattern_capture_target(&mut self) -> Option<String> {
        let i = self.pos;
        if self.peek() != Tok::Name || self.tok_text_is(i, "_") {
            return None;
        }
        self.pos += 1;
        if self.at_op(Op::Dot) || self.at_op(Op::LPar) || self.at_op(Op::Equal) {
            self.pos = i;
            return None;
        }
        Some(self.name_text(i))
    }

    /// attr: name_or_attr '.' NAME
    fn attr(&mut self) -> Option<Expr> {
        let e = self.name_or_attr()?;
        if matches!(e.kind, ExprKind::Attribute { .. }) {
            Some(e)
        } else {
            None
        }
    }

    /// name_or_attr: attr | NAME  (left-recursive: NAME ('.' NAME)*)
    fn name_or_attr(&mut self) -> Option<Expr> {
        let start = self.expect(Tok::Name)?;
        let mut cur = self.name_expr(start);
        while let Some(n) = self.alt(|p| {
            p.expect_op(Op::Dot)?;
            p.expect(Tok::Name)
        }) {
            cur = ex(
                ExprKind::Attribute {
                    value: Box::new(cur),
                    attr: self.name_text(n),
                },
                self.loc_from(start),
            );
        }
        Some(cur)
    }

    fn sequence_pattern(&mut self) -> Option<Pattern> {
        let start = self.pos;
        if self.expect_op(Op::LSqb).is_some() {
            let v = self.alt(|p| p.maybe_sequence_pattern());
            if self.failed() {
                return None;
            }
            self.expect_op(Op::RSqb)?;
            return Some(pat(
                PatternKind::MatchSequence(v.unwrap_or_default()),
                self.loc_from(start),
            ));
        }
        self.expect_op(Op::LPar)?;
        let v = self.alt(|p| p.open_sequence_pattern());
        if self.failed() {
            return None;
        }
        self.expect_op(Op::RPar)?;
        Some(pat(
            PatternKind::MatchSequence(v.unwrap_or_default()),
            self.loc_from(start),
        ))
    }

    /// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    fn open_sequence_pattern(&mut self) -> Option<Vec<Pattern>> {
        let first = self.maybe_star_pattern()?;
        self.expect_op(Op::Comma)?;
        let rest = self.alt(|p| p.maybe_sequence_pattern());
        if self.failed() {
            return None;
        }
        let mut v = vec![first];
        v.extend(rest.unwrap_or_default());
        Some(v)
    }

    fn maybe_sequence_pattern(&mut self) -> Option<Vec<Pattern>> {
        let v = self.sep_plus(|p| p.maybe_star_pattern())?;
        self.expect_op(Op::Comma);
        Some(v)
    }

    fn maybe_star_pattern(&mut self) -> Option<Pattern> {
        if let Some(x) = self.alt(|p| p.star_pattern()) {
            return Some(x);
        }
        if self.failed() {
            return None;
        }
        self.pattern()
    }

    fn star_pattern(&mut self) -> Option<Pattern> {
        self.memo(R::StarPattern, |p| {
            let start = p.expect_op(Op::Star)?;
            if let Some(name) = p.alt(|p| p.pattern_capture_target()) {
                return Some(pat(PatternKind::MatchStar(Some(name)), p.loc_from(start)));
            }
            p.expect_soft("_")?;
            Some(pat(PatternKind::MatchStar(None), p.loc_from(start)))
        })
    }

    fn mapping_pattern(&mut self) -> Option<Pattern> {
        let start = self.pos;
        // '{' '}'
        if let Some(x) = self.alt(|p| {
            p.expect_op(Op::LBrace)?;
            p.expect_op(Op::RBrace)?;
            Some(pat(
                PatternKind::MatchMapping {
                    keys: vec![],
                    patterns: vec![],
                    rest: None,
                },
                p.loc_from(start),
            ))
        }) {
            return Some(x);
        }
        // '{' double_star_pattern ','? '}'
        if let Some(x) = self.alt(|p| {
            p.expect_op(Op::LBrace)?;
            let rest = p.double_star_pattern()?;
            p.expect_op(Op::Comma);
            p.expect_op(Op::RBrace)?;
            Some(pat(
                PatternKind::MatchMapping {
                    keys: vec![],
                    patterns: vec![],
                    rest: Some(rest),
                },
                p.loc_from(start),
            ))
        }) {
            return Some(x);
        }
        if self.failed() {
            return None;
        }
        // '{' items_pattern ',' double_star_pattern ','? '}'
        if let Some(x) = self.alt(|p| {
            p.expect_op(Op::LBrace)?;
            let items = p.items_pattern()?;
            p.expect_op(Op::Comma)?;
            let rest = p.double_star_pattern()?;
            p.expect_op(Op::Comma);
            p.expect_op(Op::RBrace)?;
            let (keys, patterns) = items.into_iter().unzip();
            Some(pat(
                PatternKind::MatchMapping {
                    keys,
                    patterns,
                    rest: Some(rest),
                },
                p.loc_from(start),
            ))
        }) {
            return Some(x);
        }
        if self.failed() {
            return None;
        }
        // '{' items_pattern ','? '}'
        self.alt(|p| {
            p.expect_op(Op::LBrace)?;
            let items = p.items_pattern()?;
            p.expect_op(Op::Comma);
            p.expect_op(Op::RBrace)?;
            let (keys, patterns) = items.into_iter().unzip();
            Some(pat(
                PatternKind::MatchMapping {
                    keys,
                    patterns,
                    rest: None,
                },
                p.loc_from(start),
            ))
        })
    }

    fn items_pattern(&mut self) -> Option<Vec<(Expr, Pattern)>> {
        self.sep_plus(|p| {
            let key = match p.alt(|p| p.literal_expr()) {
                Some(k) => k,
                None => {
                    if p.failed() {
                        return None;
                    }
                    p.attr()?
                }
            };
            p.expect_op(Op::Colon)?;
            let v = p.pattern()?;
            Some((key, v))
        })
    }

    fn double_star_pattern(&mut self) -> Option<String> {
        self.expect_op(Op::DoubleStar)?;
        self.pattern_capture_target()
    }

    fn class_pattern(&mut self) -> Option<Pattern> {
        let start = self.pos;
        let cls = self.name_or_attr()?;
        self.expect_op(Op::LPar)?;
        let after_paren = self.pos;
        // ')'
        if self.expect_op(Op::RPar).is_some() {
            return Some(pat(
                PatternKind::MatchClass {
                    cls,
                    patterns: vec![],
                    kwd_attrs: vec![],
                    kwd_patterns: vec![],
                },
                self.loc_from(start),
            ));
        }
        // positional_patterns ','? ')'
        if let Some(x) = self.alt(|p| {
            let pats = p.sep_plus(|p| p.pattern())?;
            p.expect_op(Op::Comma);
            p.expect_op(Op::RPar)?;
            Some(pat(
                PatternKind::MatchClass {
                    cls: cls.clone(),
                    patterns: pats,
                    kwd_attrs: vec![],
                    kwd_patterns: vec![],
                },
                p.loc_from(start),
            ))
        }) {
            return Some(x);
        }
        if self.failed() {
            return None;
        }
        // keyword_patterns ','? ')'
        if let Some(x) = self.alt(|p| {
            let kws = p.sep_plus(|p| p.keyword_pattern())?;
            p.expect_op(Op::Comma);
            p.expect_op(Op::RPar)?;
            let (kwd_attrs, kwd_patterns) = kws.into_iter().unzip();
            Some(pat(
                PatternKind::MatchClass {
                    cls: cls.clone(),
                    patterns: vec![],
                    kwd_attrs,
                    kwd_patterns,
                },
                p.loc_from(start),
            ))
        }) {
            return Some(x);
        }
        if self.failed() {
            return None;
        }
        // positional_patterns ',' keyword_patterns ','? ')'
        if let Some(x) = self.alt(|p| {
            let pats = p.sep_plus(|p| p.pattern())?;
            p.expect_op(Op::Comma)?;
            let kws = p.sep_plus(|p| p.keyword_pattern())?;
            p.expect_op(Op::Comma);
            p.expect_op(Op::RPar)?;
            let (kwd_attrs, kwd_patterns) = kws.into_iter().unzip();
            Some(pat(
                PatternKind::MatchClass {
                    cls: cls.clone(),
                    patterns: pats,
                    kwd_attrs,
                    kwd_patterns,
                },
                p.loc_from(start),
            ))
        }) {
            return Some(x);
        }
        if self.failed() {
            return None;
        }
        // invalid_class_pattern:
        //   name_or_attr '(' a=invalid_class_argument_pattern
        //   invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' a=positional_patterns
        self.pos = after_paren;
        self.invalid(|p| {
            p.alt(|p| {
                p.sep_plus(|p| p.pattern())?;
                p.expect_op(Op::Comma)
            });
            if p.failed() {
                return None;
            }
            p.sep_plus(|p| p.keyword_pattern())?;
            p.expect_op(Op::Comma)?;
            let a = p.sep_plus(|p| p.pattern())?;
            let (f, l) = (a.first().unwrap().loc, a.last().unwrap().loc);
            p.raise_known_range(
                Span::from(f),
                Span::from(l),
                "positional patterns follow keyword patterns",
            );
            None
        });
        None
    }

    fn keyword_pattern(&mut self) -> Option<(String, Pattern)> {
        let n = self.expect(Tok::Name)?;
        self.expect_op(Op::Equal)?;
        let v = self.pattern()?;
        Some((self.name_text(n), v))
    }
}

#[allow(dead_code)]
fn _unused(e: &Expr) -> &'static str {
    expr_name(e)
}
