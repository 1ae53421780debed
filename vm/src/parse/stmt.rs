//! Statement rules (CPython 3.11 grammar: statements, compound statements, imports,
//! function and class definitions, parameters).

use super::errors::{expr_name, TargetsType};
use super::expr::ParamKind;
use super::parser::{Parser, Span, R};
use super::token::{Kw, Op, Tok};
use crate::ast::*;

fn stmt(kind: StmtKind, loc: Loc) -> Stmt {
    Stmt { kind, loc }
}

/// `slash_with_default`: parameters without and with defaults before '/'.
type SlashWithDefault = (Vec<Arg>, Vec<(Arg, Expr)>);

/// Pieces of a parameter list before assembly (`_PyPegen_make_arguments`).
#[derive(Default)]
struct StarEtc {
    vararg: Option<Arg>,
    kwonly: Vec<(Arg, Option<Expr>)>,
    kwarg: Option<Arg>,
}

impl<'a> Parser<'a> {
    // ------------------------------------------------------------------------------
    // Start rules

    pub fn file_rule(&mut self) -> Option<Vec<Stmt>> {
        let body = self.alt(|p| p.statements());
        if self.failed() {
            return None;
        }
        self.expect(Tok::EndMarker)?;
        Some(body.unwrap_or_default())
    }

    /// `interactive: statement_newline`
    pub fn interactive_rule(&mut self) -> Option<Vec<Stmt>> {
        // compound_stmt NEWLINE
        if let Some(s) = self.alt(|p| {
            let s = p.compound_stmt()?;
            p.expect(Tok::Newline)?;
            Some(vec![s])
        }) {
            return Some(s);
        }
        if let Some(s) = self.alt(|p| p.simple_stmts()) {
            return Some(s);
        }
        if self.failed() {
            return None;
        }
        if let Some(i) = self.expect(Tok::Newline) {
            return Some(vec![stmt(StmtKind::Pass, self.tok_loc(i))]);
        }
        // ENDMARKER: `_PyPegen_interactive_exit` fails without an error.
        None
    }

    /// `eval: expressions NEWLINE* ENDMARKER`
    pub fn eval_rule(&mut self) -> Option<Expr> {
        let e = self.expressions()?;
        while self.expect(Tok::Newline).is_some() {}
        self.expect(Tok::EndMarker)?;
        Some(e)
    }

    /// `fstring: star_expressions` (sub-parser for f-string replacement fields).
    pub fn fstring_rule(&mut self) -> Option<Expr> {
        self.star_expressions()
    }

    // ------------------------------------------------------------------------------
    // Statements

    pub fn statements(&mut self) -> Option<Vec<Stmt>> {
        let mut out = Vec::new();
        let mut n = 0;
        while let Some(mut v) = self.alt(|p| p.statement()) {
            out.append(&mut v);
            n += 1;
        }
        if self.failed() || n == 0 {
            return None;
        }
        Some(out)
    }

    fn statement(&mut self) -> Option<Vec<Stmt>> {
        if let Some(s) = self.alt(|p| p.compound_stmt()) {
            return Some(vec![s]);
        }
        self.alt(|p| p.simple_stmts())
    }

    fn simple_stmts(&mut self) -> Option<Vec<Stmt>> {
        let first = self.simple_stmt()?;
        let mut out = vec![first];
        loop {
            let r = self.alt(|p| {
                p.expect_op(Op::Semi)?;
                p.simple_stmt()
            });
            match r {
                Some(s) => out.push(s),
                None => break,
            }
        }
        if self.failed() {
            return None;
        }
        self.expect_op(Op::Semi);
        self.expect(Tok::Newline)?;
        Some(out)
    }

    fn simple_stmt(&mut self) -> Option<Stmt> {
        self.memo(R::SimpleStmt, |p| p.simple_stmt_raw())
    }

    fn simple_stmt_raw(&mut self) -> Option<Stmt> {
        let start = self.pos;
        let k = self.peek();
        match k {
            Tok::Kw(Kw::Return) => return self.return_stmt(),
            Tok::Kw(Kw::Import) | Tok::Kw(Kw::From) => return self.import_stmt(),
            Tok::Kw(Kw::Raise) => return self.raise_stmt(),
            Tok::Kw(Kw::Pass) => {
                self.pos += 1;
                return Some(stmt(StmtKind::Pass, self.loc_from(start)));
            }
            Tok::Kw(Kw::Del) => return self.del_stmt(),
            Tok::Kw(Kw::Assert) => return self.assert_stmt(),
            Tok::Kw(Kw::Break) => {
                self.pos += 1;
                return Some(stmt(StmtKind::Break, self.loc_from(start)));
            }
            Tok::Kw(Kw::Continue) => {
                self.pos += 1;
                return Some(stmt(StmtKind::Continue, self.loc_from(start)));
            }
            Tok::Kw(Kw::Global) => return self.global_stmt(),
            Tok::Kw(Kw::Nonlocal) => return self.nonlocal_stmt(),
            _ => {}
        }
        if !self.fast || self.may_be_assignment() {
            if let Some(s) = self.alt(|p| p.assignment()) {
                return Some(s);
            }
        }
        if self.failed() {
            return None;
        }
        if let Some(e) = self.alt(|p| p.star_expressions()) {
            return Some(stmt(StmtKind::Expr(e), self.loc_from(start)));
        }
        if self.failed() {
            return None;
        }
        if self.at_kw(Kw::Yield) {
            let e = self.yield_expr()?;
            return Some(stmt(StmtKind::Expr(e), self.loc_from(start)));
        }
        None
    }

    fn compound_stmt(&mut self) -> Option<Stmt> {
        let k = self.peek();
        match k {
            Tok::Kw(Kw::Def) => self.function_def(),
            Tok::Op(Op::At) => {
                if let Some(s) = self.alt(|p| p.function_def()) {
                    return Some(s);
                }
                self.alt(|p| p.class_def())
            }
            Tok::Kw(Kw::Async) => {
                if let Some(s) = self.alt(|p| p.function_def()) {
                    return Some(s);
                }
                if let Some(s) = self.alt(|p| p.with_stmt()) {
                    return Some(s);
                }
                self.alt(|p| p.for_stmt())
            }
            Tok::Kw(Kw::If) => self.if_stmt(),
            Tok::Kw(Kw::Class) => self.class_def(),
            Tok::Kw(Kw::With) => self.with_stmt(),
            Tok::Kw(Kw::For) => self.for_stmt(),
            Tok::Kw(Kw::Try) => self.try_stmt(),
            Tok::Kw(Kw::While) => self.while_stmt(),
            _ => self.match_stmt(),
        }
    }

    // ------------------------------------------------------------------------------
    // Simple statements

    fn assignment(&mut self) -> Option<Stmt> {
        let start = self.pos;
        // NAME ':' expression ['=' annotated_rhs]
        if let Some(s) = self.alt(|p| {
            let n = p.expect(Tok::Name)?;
            p.expect_op(Op::Colon)?;
            let ann = p.expression()?;
            let value = p.alt(|p| {
                p.expect_op(Op::Equal)?;
                p.annotated_rhs()
            });
            if p.failed() {
                return None;
            }
            let target = p.name_expr(n);
            Some(stmt(
                StmtKind::AnnAssign {
                    target,
                    annotation: ann,
                    value,
                    simple: true,
                },
                p.loc_from(start),
            ))
        }) {
            return Some(s);
        }
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' rhs]
        if let Some(s) = self.alt(|p| {
            let target = match p.alt(|p| {
                p.expect_op(Op::LPar)?;
                let t = p.single_target()?;
                p.expect_op(Op::RPar)?;
                Some(t)
            }) {
                Some(t) => t,
                None => p.single_subscript_attribute_target()?,
            };
            p.expect_op(Op::Colon)?;
            let ann = p.expression()?;
            let value = p.alt(|p| {
                p.expect_op(Op::Equal)?;
                p.annotated_rhs()
            });
            if p.failed() {
                return None;
            }
            Some(stmt(
                StmtKind::AnnAssign {
                    target,
                    annotation: ann,
                    value,
                    simple: false,
                },
                p.loc_from(start),
            ))
        }) {
            return Some(s);
        }
        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        if let Some(s) = self.alt(|p| {
            let mut targets = Vec::new();
            while let Some(t) = p.alt(|p| {
                let t = p.star_targets()?;
                p.expect_op(Op::Equal)?;
                Some(t)
            }) {
                targets.push(t);
            }
            if targets.is_empty() || p.failed() {
                return None;
            }
            let value = p.annotated_rhs()?;
            if p.at_op(Op::Equal) {
                return None;
            }
            Some(stmt(StmtKind::Assign { targets, value }, p.loc_from(start)))
        }) {
            return Some(s);
        }
        if self.failed() {
            return None;
        }
        // single_target augassign ~ (yield_expr | star_expressions)
        let m = self.pos;
        if let Some(target) = self.single_target() {
            if let Some(op) = self.augassign() {
                // cut: failure here fails the whole rule
                let value = self.annotated_rhs()?;
                return Some(stmt(
                    StmtKind::AugAssign { target, op, value },
                    self.loc_from(start),
                ));
            }
        }
        self.pos = m;
        if self.failed() {
            return None;
        }
        self.invalid(|p| p.invalid_assignment());
        None
    }

    fn annotated_rhs(&mut self) -> Option<Expr> {
        if self.at_kw(Kw::Yield) {
            return self.yield_expr();
        }
        self.star_expressions()
    }

    fn augassign(&mut self) -> Option<BinOp> {
        let op = match self.peek() {
            Tok::Op(Op::PlusEqual) => BinOp::Add,
            Tok::Op(Op::MinEqual) => BinOp::Sub,
            Tok::Op(Op::StarEqual) => BinOp::Mult,
            Tok::Op(Op::AtEqual) => BinOp::MatMult,
            Tok::Op(Op::SlashEqual) => BinOp::Div,
            Tok::Op(Op::PercentEqual) => BinOp::Mod,
            Tok::Op(Op::AmperEqual) => BinOp::BitAnd,
            Tok::Op(Op::VBarEqual) => BinOp::BitOr,
            Tok::Op(Op::CircumflexEqual) => BinOp::BitXor,
            Tok::Op(Op::LeftShiftEqual) => BinOp::LShift,
            Tok::Op(Op::RightShiftEqual) => BinOp::RShift,
            Tok::Op(Op::DoubleStarEqual) => BinOp::Pow,
            Tok::Op(Op::DoubleSlashEqual) => BinOp::FloorDiv,
            _ => return None,
        };
        self.pos += 1;
        Some(op)
    }

    fn return_stmt(&mut self) -> Option<Stmt> {
        let start = self.expect_kw(Kw::Return)?;
        let v = self.alt(|p| p.star_expressions());
        if self.failed() {
            return None;
        }
        Some(stmt(StmtKind::Return(v), self.loc_from(start)))
    }

    fn raise_stmt(&mut self) -> Option<Stmt> {
        let start = self.pos;
        if let Some(s) = self.alt(|p| {
            p.expect_kw(Kw::Raise)?;
            let exc = p.expression()?;
            let cause = p.alt(|p| {
                p.expect_kw(Kw::From)?;
                p.expression()
            });
            if p.failed() {
                return None;
            }
            Some(stmt(
                StmtKind::Raise {
                    exc: Some(exc),
                    cause,
                },
                p.loc_from(start),
            ))
        }) {
            return Some(s);
        }
        if self.failed() {
            return None;
        }
        self.expect_kw(Kw::Raise)?;
        Some(stmt(
            StmtKind::Raise {
                exc: None,
                cause: None,
            },
            self.loc_from(start),
        ))
    }

    fn name_list(&mut self) -> Option<Vec<String>> {
        let first = self.expect(Tok::Name)?;
        let mut names = vec![self.name_text(first)];
        while let Some(n) = self.alt(|p| {
            p.expect_op(Op::Comma)?;
            p.expect(Tok::Name)
        }) {
            names.push(self.name_text(n));
        }
        Some(names)
    }

    fn global_stmt(&mut self) -> Option<Stmt> {
        let start = self.expect_kw(Kw::Global)?;
        let names = self.name_list()?;
        Some(stmt(StmtKind::Global(names), self.loc_from(start)))
    }

    fn nonlocal_stmt(&mut self) -> Option<Stmt> {
        let start = self.expect_kw(Kw::Nonlocal)?;
        let names = self.name_list()?;
        Some(stmt(StmtKind::Nonlocal(names), self.loc_from(start)))
    }

    fn del_stmt(&mut self) -> Option<Stmt> {
        let start = self.pos;
        if let Some(s) = self.alt(|p| {
            p.expect_kw(Kw::Del)?;
            let targets = p.del_targets()?;
            let k = p.peek();
            if k != Tok::Op(Op::Semi) && k != Tok::Newline {
                return None;
            }
            Some(stmt(StmtKind::Delete(targets), p.loc_from(start)))
        }) {
            return Some(s);
        }
        // invalid_del_stmt: 'del' star_expressions
        self.invalid(|p| {
            p.expect_kw(Kw::Del)?;
            let a = p.star_expressions()?;
            p.raise_invalid_target(TargetsType::Del, &a);
            None
        });
        None
    }

    fn assert_stmt(&mut self) -> Option<Stmt> {
        let start = self.expect_kw(Kw::Assert)?;
        let test = self.expression()?;
        let msg = self.alt(|p| {
            p.expect_op(Op::Comma)?;
            p.expression()
        });
        if self.failed() {
            return None;
        }
        Some(stmt(StmtKind::Assert { test, msg }, self.loc_from(start)))
    }

    fn import_stmt(&mut self) -> Option<Stmt> {
        if self.at_kw(Kw::Import) {
            self.import_name()
        } else {
            self.import_from()
        }
    }

    fn import_name(&mut self) -> Option<Stmt> {
        let start = self.expect_kw(Kw::Import)?;
        let names = self.dotted_as_names()?;
        Some(stmt(StmtKind::Import(names), self.loc_from(start)))
    }

    fn import_from(&mut self) -> Option<Stmt> {
        let start = self.expect_kw(Kw::From)?;
        let mut level = 0;
        loop {
            match self.peek() {
                Tok::Op(Op::Dot) => level += 1,
                Tok::Op(Op::Ellipsis) => level += 3,
                _ => break,
            }
            self.pos += 1;
        }
        let module = self.alt(|p| p.dotted_name());
        if self.failed() {
            return None;
        }
        if module.is_none() && level == 0 {
            return None;
        }
        self.expect_kw(Kw::Import)?;
        let names = self.import_from_targets()?;
        Some(stmt(
            StmtKind::ImportFrom {
                module,
                names,
                level,
            },
            self.loc_from(start),
        ))
    }

    fn import_from_targets(&mut self) -> Option<Vec<Alias>> {
        if let Some(v) = self.alt(|p| {
            p.expect_op(Op::LPar)?;
            let names = p.import_from_as_names()?;
            p.expect_op(Op::Comma);
            p.expect_op(Op::RPar)?;
            Some(names)
        }) {
            return Some(v);
        }
        if let Some(v) = self.alt(|p| {
            let names = p.import_from_as_names()?;
            if p.at_op(Op::Comma) {
                return None;
            }
            Some(names)
        }) {
            return Some(v);
        }
        if let Some(i) = self.expect_op(Op::Star) {
            return Some(vec![Alias {
                name: "*".into(),
                asname: None,
                loc: self.tok_loc(i),
            }]);
        }
        // invalid_import_from_targets: import_from_as_names ',' NEWLINE
        self.invalid(|p| {
            p.import_from_as_names()?;
            p.expect_op(Op::Comma)?;
            p.expect(Tok::Newline)?;
            p.raise_syntax_error("trailing comma not allowed without surrounding parentheses");
            None
        });
        None
    }

    fn import_from_as_names(&mut self) -> Option<Vec<Alias>> {
        let first = self.import_from_as_name()?;
        let mut out = vec![first];
        while let Some(a) = self.alt(|p| {
            p.expect_op(Op::Comma)?;
            p.import_from_as_name()
        }) {
            out.push(a);
        }
        if self.failed() {
            return None;
        }
        Some(out)
    }

    fn import_from_as_name(&mut self) -> Option<Alias> {
        let start = self.expect(Tok::Name)?;
        let asname = self.alt(|p| {
            p.expect_kw(Kw::As)?;
            p.expect(Tok::Name)
        });
        Some(Alias {
            name: self.name_text(start),
            asname: asname.map(|i| self.name_text(i)),
            loc: self.loc_from(start),
        })
    }

    fn dotted_as_names(&mut self) -> Option<Vec<Alias>> {
        let first = self.dotted_as_name()?;
        let mut out = vec![first];
        while let Some(a) = self.alt(|p| {
            p.expect_op(Op::Comma)?;
            p.dotted_as_name()
        }) {
            out.push(a);
        }
        if self.failed() {
            return None;
        }
        Some(out)
    }

    fn dotted_as_name(&mut self) -> Option<Alias> {
        let start = self.pos;
        let name = self.dotted_name()?;
        let asname = self.alt(|p| {
            p.expect_kw(Kw::As)?;
            p.expect(Tok::Name)
        });
        Some(Alias {
            name,
            asname: asname.map(|i| self.name_text(i)),
            loc: self.loc_from(start),
        })
    }

    fn dotted_name(&mut self) -> Option<String> {
        let first = self.expect(Tok::Name)?;
        let mut s = self.name_text(first);
        while let Some(n) = self.alt(|p| {
            p.expect_op(Op::Dot)?;
            p.expect(Tok::Name)
        }) {
            s.push('.');
            s.push_str(&self.name_text(n));
        }
        Some(s)
    }

    // ------------------------------------------------------------------------------
    // Blocks

    pub fn block(&mut self) -> Option<Vec<Stmt>> {
        self.memo(R::Block, |p| p.block_raw())
    }

    fn block_raw(&mut self) -> Option<Vec<Stmt>> {
        if !self.enter() {
            self.leave();
            return None;
        }
        let r = self.block_inner();
        self.leave();
        r
    }

    fn block_inner(&mut self) -> Option<Vec<Stmt>> {
        if let Some(b) = self.alt(|p| {
            p.expect(Tok::Newline)?;
            p.expect(Tok::Indent)?;
            let s = p.statements()?;
            p.expect(Tok::Dedent)?;
            Some(s)
        }) {
            return Some(b);
        }
        if let Some(b) = self.alt(|p| p.simple_stmts()) {
            return Some(b);
        }
        // invalid_block: NEWLINE !INDENT
        self.invalid(|p| {
            p.expect(Tok::Newline)?;
            if p.peek() == Tok::Indent {
                return None;
            }
            p.raise_indentation_error("expected an indented block");
            None
        });
        None
    }

    /// NEWLINE !INDENT, used by the `invalid_*_indent` rules.
    fn newline_no_indent(&mut self) -> Option<()> {
        self.expect(Tok::Newline)?;
        if self.peek() == Tok::Indent {
            return None;
        }
        Some(())
    }

    fn decorators(&mut self) -> Option<Vec<Expr>> {
        let mut out = Vec::new();
        while let Some(e) = self.alt(|p| {
            p.expect_op(Op::At)?;
            let e = p.named_expression()?;
            p.expect(Tok::Newline)?;
            Some(e)
        }) {
            out.push(e);
        }
        if out.is_empty() || self.failed() {
            return None;
        }
        Some(out)
    }

    // ------------------------------------------------------------------------------
    // Class and function definitions

    fn class_def(&mut self) -> Option<Stmt> {
        let decorators = self.alt(|p| p.decorators());
        if self.failed() {
            return None;
        }
        let mut s = self.class_def_raw()?;
        if let StmtKind::ClassDef(c) = &mut s.kind {
            c.decorators = decorators.unwrap_or_default();
        }
        Some(s)
    }

    fn class_def_raw(&mut self) -> Option<Stmt> {
        if self.invalid(|p| p.invalid_class_def_raw()) {
            return None;
        }
        let start = self.expect_kw(Kw::Class)?;
        let n = self.expect(Tok::Name)?;
        let args = self.alt(|p| {
            p.expect_op(Op::LPar)?;
            let a = p.alt(|p| p.arguments());
            if p.failed() {
                return None;
            }
            p.expect_op(Op::RPar)?;
            Some(a.unwrap_or_default())
        });
        if self.failed() {
            return None;
        }
        self.expect_op(Op::Colon)?;
        let body = self.block()?;
        let args = args.unwrap_or_default();
        Some(stmt(
            StmtKind::ClassDef(Box::new(ClassDef {
                name: self.name_text(n),
                bases: args.args,
                keywords: args.keywords,
                body,
                decorators: vec![],
            })),
            self.loc_from(start),
        ))
    }

    fn invalid_class_def_raw(&mut self) -> Option<()> {
        if let Some(()) = self.alt(|p| {
            p.expect_kw(Kw::Class)?;
            p.expect(Tok::Name)?;
            p.alt(|p| {
                p.expect_op(Op::LPar)?;
                p.alt(|p| p.arguments());
                if p.failed() {
                    return None;
                }
                p.expect_op(Op::RPar)
            });
            if p.failed() {
                return None;
            }
            p.expect(Tok::Newline)?;
            p.raise_syntax_error("expected ':'");
            None
        }) {
            return None;
        }
        if self.failed() {
            return None;
        }
        let a = self.expect_kw(Kw::Class)?;
        self.expect(Tok::Name)?;
        self.alt(|p| {
            p.expect_op(Op::LPar)?;
            p.alt(|p| p.arguments());
            if p.failed() {
                return None;
            }
            p.expect_op(Op::RPar)
        });
        if self.failed() {
            return None;
        }
        self.expect_op(Op::Colon)?;
        self.newline_no_indent()?;
        let line = self.tok(a).line;
        self.raise_indentation_error(&format!(
            "expected an indented block after class definition on line {}",
            line
        ));
        None
    }

    fn function_def(&mut self) -> Option<Stmt> {
        let decorators = self.alt(|p| p.decorators());
        if self.failed() {
            return None;
        }
        let mut s = self.function_def_raw()?;
        if let StmtKind::FunctionDef(f) = &mut s.kind {
            f.decorators = decorators.unwrap_or_default();
        }
        Some(s)
    }

    fn function_def_raw(&mut self) -> Option<Stmt> {
        if self.invalid(|p| p.invalid_def_raw()) {
            return None;
        }
        let start = self.pos;
        let is_async = self.expect_kw(Kw::Async).is_some();
        self.expect_kw(Kw::Def)?;
        let n = self.expect(Tok::Name)?;
        self.expect_forced(Op::LPar, "(")?;
        let params = self.alt(|p| p.params());
        if self.failed() {
            return None;
        }
        self.expect_op(Op::RPar)?;
        let returns = self.alt(|p| {
            p.expect_op(Op::RArrow)?;
            p.expression()
        });
        if self.failed() {
            return None;
        }
        self.expect_forced(Op::Colon, ":")?;
        let body = self.block()?;
        Some(stmt(
            StmtKind::FunctionDef(Box::new(FunctionDef {
                name: self.name_text(n),
                args: params.unwrap_or_default(),
                body,
                decorators: vec![],
                returns,
                is_async,
            })),
            self.loc_from(start),
        ))
    }

    fn invalid_def_raw(&mut self) -> Option<()> {
        self.expect_kw(Kw::Async);
        let a = self.expect_kw(Kw::Def)?;
        self.expect(Tok::Name)?;
        self.expect_op(Op::LPar)?;
        self.alt(|p| p.params());
        if self.failed() {
            return None;
        }
        self.expect_op(Op::RPar)?;
        self.alt(|p| {
            p.expect_op(Op::RArrow)?;
            p.expression()
        });
        if self.failed() {
            return None;
        }
        self.expect_op(Op::Colon)?;
        self.newline_no_indent()?;
        let line = self.tok(a).line;
        self.raise_indentation_error(&format!(
            "expected an indented block after function definition on line {}",
            line
        ));
        None
    }

    // ------------------------------------------------------------------------------
    // Parameters

    fn params(&mut self) -> Option<Arguments> {
        if self.invalid(|p| p.invalid_params(ParamKind::Def)) {
            return None;
        }
        self.parameters(ParamKind::Def)
    }

    fn make_arguments(
        &self,
        slash_no_default: Vec<Arg>,
        slash_with_default: Option<SlashWithDefault>,
        plain_no_default: Vec<Arg>,
        plain_with_default: Vec<(Arg, Expr)>,
        star: Option<StarEtc>,
    ) -> Arguments {
        let mut a = Arguments::default();
        let mut defaults = Vec::new();
        if let Some((nd, wd)) = slash_with_default {
            a.posonlyargs = nd;
            for (arg, d) in wd {
                a.posonlyargs.push(arg);
                defaults.push(d);
            }
        } else {
            a.posonlyargs = slash_no_default;
        }
        a.args = plain_no_default;
        for (arg, d) in plain_with_default {
            a.args.push(arg);
            defaults.push(d);
        }
        a.defaults = defaults;
        if let Some(s) = star {
            a.vararg = s.vararg;
            for (arg, d) in s.kwonly {
                a.kwonlyargs.push(arg);
                a.kw_defaults.push(d);
            }
            a.kwarg = s.kwarg;
        }
        a
    }

    pub fn parameters(&mut self, k: ParamKind) -> Option<Arguments> {
        // slash_no_default param_no_default* param_with_default* [star_etc]
        if let Some(r) = self.alt(|p| {
            let a = p.slash_no_default(k)?;
            let b = p.many(|p| p.param_no_default(k));
            let c = p.many(|p| p.param_with_default(k));
            let d = p.alt(|p| p.star_etc(k));
            if p.failed() {
                return None;
            }
            Some(p.make_arguments(a, None, b, c, d))
        }) {
            return Some(r);
        }
        // slash_with_default param_with_default* [star_etc]
        if let Some(r) = self.alt(|p| {
            let a = p.slash_with_default(k)?;
            let b = p.many(|p| p.param_with_default(k));
            let c = p.alt(|p| p.star_etc(k));
            if p.failed() {
                return None;
            }
            Some(p.make_arguments(vec![], Some(a), vec![], b, c))
        }) {
            return Some(r);
        }
        // param_no_default+ param_with_default* [star_etc]
        if let Some(r) = self.alt(|p| {
            let a = p.many(|p| p.param_no_default(k));
            if a.is_empty() {
                return None;
            }
            let b = p.many(|p| p.param_with_default(k));
            let c = p.alt(|p| p.star_etc(k));
            if p.failed() {
                return None;
            }
            Some(p.make_arguments(vec![], None, a, b, c))
        }) {
            return Some(r);
        }
        // param_with_default+ [star_etc]
        if let Some(r) = self.alt(|p| {
            let a = p.many(|p| p.param_with_default(k));
            if a.is_empty() {
                return None;
            }
            let b = p.alt(|p| p.star_etc(k));
            if p.failed() {
                return None;
            }
            Some(p.make_arguments(vec![], None, vec![], a, b))
        }) {
            return Some(r);
        }
        if self.failed() {
            return None;
        }
        let s = self.star_etc(k)?;
        Some(self.make_arguments(vec![], None, vec![], vec![], Some(s)))
    }

    /// `x*`: zero or more (never fails unless an error was raised).
    pub fn many<T>(&mut self, mut f: impl FnMut(&mut Self) -> Option<T>) -> Vec<T> {
        let mut out = Vec::new();
        loop {
            if self.failed() {
                break;
            }
            let m = self.pos;
            match f(self) {
                Some(x) => {
                    if self.pos == m {
                        out.push(x);
                        break;
                    }
                    out.push(x)
                }
                None => {
                    self.pos = m;
                    break;
                }
            }
        }
        out
    }

    /// ',' | &')' (or &':' for lambda)
    fn param_end(&mut self, k: ParamKind) -> bool {
        if self.expect_op(Op::Comma).is_some() {
            return true;
        }
        match k {
            ParamKind::Def => self.at_op(Op::RPar),
            ParamKind::Lambda => self.at_op(Op::Colon),
        }
    }

    fn slash_no_default(&mut self, k: ParamKind) -> Option<Vec<Arg>> {
        let a = self.many(|p| p.param_no_default(k));
        if a.is_empty() {
            return None;
        }
        self.expect_op(Op::Slash)?;
        if !self.param_end(k) {
            return None;
        }
        Some(a)
    }

    fn slash_with_default(&mut self, k: ParamKind) -> Option<SlashWithDefault> {
        let a = self.many(|p| p.param_no_default(k));
        let b = self.many(|p| p.param_with_default(k));
        if b.is_empty() {
            return None;
        }
        self.expect_op(Op::Slash)?;
        if !self.param_end(k) {
            return None;
        }
        Some((a, b))
    }

    fn star_etc(&mut self, k: ParamKind) -> Option<StarEtc> {
        if self.invalid(|p| p.invalid_star_etc(k)) {
            return None;
        }
        // '*' param_no_default param_maybe_default* [kwds]
        if let Some(r) = self.alt(|p| {
            p.expect_op(Op::Star)?;
            let a = p.param_no_default(k)?;
            let b = p.many(|p| p.param_maybe_default(k));
            let c = p.alt(|p| p.kwds(k));
            if p.failed() {
                return None;
            }
            Some(StarEtc {
                vararg: Some(a),
                kwonly: b,
                kwarg: c,
            })
        }) {
            return Some(r);
        }
        // '*' param_no_default_star_annotation param_maybe_default* [kwds]
        if k == ParamKind::Def {
            if let Some(r) = self.alt(|p| {
                p.expect_op(Op::Star)?;
                let a = p.param_no_default_star_annotation()?;
                let b = p.many(|p| p.param_maybe_default(k));
                let c = p.alt(|p| p.kwds(k));
                if p.failed() {
                    return None;
                }
                Some(StarEtc {
                    vararg: Some(a),
                    kwonly: b,
                    kwarg: c,
                })
            }) {
                return Some(r);
            }
        }
        // '*' ',' param_maybe_default+ [kwds]
        if let Some(r) = self.alt(|p| {
            p.expect_op(Op::Star)?;
            p.expect_op(Op::Comma)?;
            let b = p.many(|p| p.param_maybe_default(k));
            if b.is_empty() {
                return None;
            }
            let c = p.alt(|p| p.kwds(k));
            if p.failed() {
                return None;
            }
            Some(StarEtc {
                vararg: None,
                kwonly: b,
                kwarg: c,
            })
        }) {
            return Some(r);
        }
        if self.failed() {
            return None;
        }
        let kw = self.kwds(k)?;
        Some(StarEtc {
            vararg: None,
            kwonly: vec![],
            kwarg: Some(kw),
        })
    }

    fn kwds(&mut self, k: ParamKind) -> Option<Arg> {
        if self.invalid(|p| p.invalid_kwds(k)) {
            return None;
        }
        self.expect_op(Op::DoubleStar)?;
        self.param_no_default(k)
    }

    fn param_no_default(&mut self, k: ParamKind) -> Option<Arg> {
        let a = self.param(k)?;
        if self.param_end(k) {
            return Some(a);
        }
        None
    }

    fn param_no_default_star_annotation(&mut self) -> Option<Arg> {
        let start = self.expect(Tok::Name)?;
        self.expect_op(Op::Colon)?;
        let ann = self.star_expression()?;
        let a = Arg {
            name: self.name_text(start),
            annotation: Some(Box::new(ann)),
            loc: self.loc_from(start),
        };
        if self.param_end(ParamKind::Def) {
            return Some(a);
        }
        None
    }

    fn param_with_default(&mut self, k: ParamKind) -> Option<(Arg, Expr)> {
        let a = self.param(k)?;
        let d = self.default()?;
        if self.param_end(k) {
            return Some((a, d));
        }
        None
    }

    fn param_maybe_default(&mut self, k: ParamKind) -> Option<(Arg, Option<Expr>)> {
        let a = self.param(k)?;
        let d = self.alt(|p| p.default());
        if self.failed() {
            return None;
        }
        if self.param_end(k) {
            return Some((a, d));
        }
        None
    }

    fn param(&mut self, k: ParamKind) -> Option<Arg> {
        let start = self.expect(Tok::Name)?;
        let ann = if k == ParamKind::Def {
            let ann = self.alt(|p| {
                p.expect_op(Op::Colon)?;
                p.expression()
            });
            if self.failed() {
                return None;
            }
            ann
        } else {
            None
        };
        Some(Arg {
            name: self.name_text(start),
            annotation: ann.map(Box::new),
            loc: self.loc_from(start),
        })
    }

    pub fn default(&mut self) -> Option<Expr> {
        if let Some(e) = self.alt(|p| {
            p.expect_op(Op::Equal)?;
            p.expression()
        }) {
            return Some(e);
        }
        // invalid_default: '=' &(')'|',')
        self.invalid(|p| {
            let a = p.expect_op(Op::Equal)?;
            if !(p.at_op(Op::RPar) || p.at_op(Op::Comma)) {
                return None;
            }
            let sp = p.span(a);
            p.raise_known_location(sp, "expected default value expression");
            None
        });
        None
    }

    /// invalid_parameters / invalid_lambda_parameters
    pub fn invalid_params(&mut self, k: ParamKind) -> Option<()> {
        // param_no_default* invalid_parameters_helper a=param_no_default
        self.alt(|p| {
            p.many(|p| p.param_no_default(k));
            p.invalid_parameters_helper(k)?;
            let start = p.pos;
            let a = p.param(k)?;
            if !p.param_end(k) {
                return None;
            }
            let _ = start;
            p.raise_known_location(
                Span::from(a.loc),
                "non-default argument follows default argument",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // param_no_default* '(' param_no_default+ ','? ')'   (lambda: ','.lambda_param+)
        self.alt(|p| {
            p.many(|p| p.param_no_default(k));
            let a = p.expect_op(Op::LPar)?;
            match k {
                ParamKind::Def => {
                    let n = p.many(|p| p.param_no_default(k));
                    if n.is_empty() {
                        return None;
                    }
                }
                ParamKind::Lambda => {
                    p.sep_plus(|p| p.param(k))?;
                }
            }
            p.expect_op(Op::Comma);
            let b = p.expect_op(Op::RPar)?;
            let (sa, sb) = (p.span(a), p.span(b));
            let msg = match k {
                ParamKind::Def => "Function parameters cannot be parenthesized",
                ParamKind::Lambda => "Lambda expression parameters cannot be parenthesized",
            };
            p.raise_known_range(sa, sb, msg);
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // "/" ','
        self.alt(|p| {
            let a = p.expect_op(Op::Slash)?;
            p.expect_op(Op::Comma)?;
            let sa = p.span(a);
            p.raise_known_location(sa, "at least one argument must precede /");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // (slash_no_default | slash_with_default) param_maybe_default* '/'
        self.alt(|p| {
            if p.alt(|p| p.slash_no_default(k)).is_none() {
                p.slash_with_default(k)?;
            }
            p.many(|p| p.param_maybe_default(k));
            let a = p.expect_op(Op::Slash)?;
            let sa = p.span(a);
            p.raise_known_location(sa, "/ may appear only once");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
        //     param_maybe_default* '/'
        self.alt(|p| {
            if p.alt(|p| p.slash_no_default(k)).is_none() {
                p.alt(|p| p.slash_with_default(k));
            }
            p.many(|p| p.param_maybe_default(k));
            p.expect_op(Op::Star)?;
            if p.expect_op(Op::Comma).is_none() {
                p.param_no_default(k)?;
            }
            p.many(|p| p.param_maybe_default(k));
            let a = p.expect_op(Op::Slash)?;
            let sa = p.span(a);
            p.raise_known_location(sa, "/ must be ahead of *");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // param_maybe_default+ '/' '*'
        self.alt(|p| {
            let n = p.many(|p| p.param_maybe_default(k));
            if n.is_empty() {
                return None;
            }
            p.expect_op(Op::Slash)?;
            let a = p.expect_op(Op::Star)?;
            let sa = p.span(a);
            p.raise_known_location(sa, "expected comma between / and *");
            None::<()>
        });
        None
    }

    fn invalid_parameters_helper(&mut self, k: ParamKind) -> Option<()> {
        if self.alt(|p| p.slash_with_default(k)).is_some() {
            return Some(());
        }
        if self.failed() {
            return None;
        }
        let n = self.many(|p| p.param_with_default(k));
        if n.is_empty() {
            return None;
        }
        Some(())
    }

    fn invalid_star_etc(&mut self, k: ParamKind) -> Option<()> {
        // '*' (')' | ',' (')' | '**'))      (lambda: ':' instead of ')')
        self.alt(|p| {
            let a = p.expect_op(Op::Star)?;
            let close = if k == ParamKind::Def {
                Op::RPar
            } else {
                Op::Colon
            };
            if p.expect_op(close).is_none() {
                p.expect_op(Op::Comma)?;
                if p.expect_op(close).is_none() {
                    p.expect_op(Op::DoubleStar)?;
                }
            }
            if k == ParamKind::Def {
                let sa = p.span(a);
                p.raise_known_location(sa, "named arguments must follow bare *");
            } else {
                p.raise_syntax_error("named arguments must follow bare *");
            }
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // '*' param '='
        self.alt(|p| {
            p.expect_op(Op::Star)?;
            p.param(k)?;
            let a = p.expect_op(Op::Equal)?;
            let sa = p.span(a);
            p.raise_known_location(sa, "var-positional argument cannot have default value");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
        self.alt(|p| {
            p.expect_op(Op::Star)?;
            if p.alt(|p| p.param_no_default(k)).is_none() {
                p.expect_op(Op::Comma)?;
            }
            p.many(|p| p.param_maybe_default(k));
            let a = p.expect_op(Op::Star)?;
            if p.alt(|p| p.param_no_default(k)).is_none() {
                p.expect_op(Op::Comma)?;
            }
            let sa = p.span(a);
            p.raise_known_location(sa, "* argument may appear only once");
            None::<()>
        });
        None
    }

    fn invalid_kwds(&mut self, k: ParamKind) -> Option<()> {
        // '**' param a='='
        self.alt(|p| {
            p.expect_op(Op::DoubleStar)?;
            p.param(k)?;
            let a = p.expect_op(Op::Equal)?;
            let sa = p.span(a);
            p.raise_known_location(sa, "var-keyword argument cannot have default value");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // '**' param ',' a=param
        self.alt(|p| {
            p.expect_op(Op::DoubleStar)?;
            p.param(k)?;
            p.expect_op(Op::Comma)?;
            let a = p.param(k)?;
            p.raise_known_location(
                Span::from(a.loc),
                "arguments cannot follow var-keyword argument",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // '**' param ',' a=('*'|'**'|'/')
        self.alt(|p| {
            p.expect_op(Op::DoubleStar)?;
            p.param(k)?;
            p.expect_op(Op::Comma)?;
            let a = p.pos;
            match p.peek() {
                Tok::Op(Op::Star) | Tok::Op(Op::DoubleStar) | Tok::Op(Op::Slash) => {}
                _ => return None,
            }
            p.pos += 1;
            let sa = p.span(a);
            p.raise_known_location(sa, "arguments cannot follow var-keyword argument");
            None::<()>
        });
        None
    }

    // ------------------------------------------------------------------------------
    // if / while / for / with / try

    fn if_stmt(&mut self) -> Option<Stmt> {
        if self.invalid(|p| p.invalid_if_stmt(Kw::If, "if")) {
            return None;
        }
        let start = self.expect_kw(Kw::If)?;
        self.if_rest(start)
    }

    /// After 'if'/'elif': named_expression ':' block (elif_stmt | [else_block])
    fn if_rest(&mut self, start: usize) -> Option<Stmt> {
        let test = self.named_expression()?;
        self.expect_op(Op::Colon)?;
        let body = self.block()?;
        let orelse = if let Some(e) = self.alt(|p| p.elif_stmt()) {
            vec![e]
        } else {
            if self.failed() {
                return None;
            }
            let e = self.alt(|p| p.else_block());
            if self.failed() {
                return None;
            }
            e.unwrap_or_default()
        };
        Some(stmt(
            StmtKind::If { test, body, orelse },
            self.loc_from(start),
        ))
    }

    fn elif_stmt(&mut self) -> Option<Stmt> {
        if self.invalid(|p| p.invalid_if_stmt(Kw::Elif, "elif")) {
            return None;
        }
        let start = self.expect_kw(Kw::Elif)?;
        self.if_rest(start)
    }

    /// invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt
    fn invalid_if_stmt(&mut self, kw: Kw, what: &str) -> Option<()> {
        self.alt(|p| {
            p.expect_kw(kw)?;
            p.named_expression()?;
            p.expect(Tok::Newline)?;
            p.raise_syntax_error("expected ':'");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        let a = self.expect_kw(kw)?;
        self.named_expression()?;
        self.expect_op(Op::Colon)?;
        self.newline_no_indent()?;
        let line = self.tok(a).line;
        self.raise_indentation_error(&format!(
            "expected an indented block after '{}' statement on line {}",
            what, line
        ));
        None
    }

    fn else_block(&mut self) -> Option<Vec<Stmt>> {
        if self.invalid(|p| {
            let a = p.expect_kw(Kw::Else)?;
            p.expect_op(Op::Colon)?;
            p.newline_no_indent()?;
            let line = p.tok(a).line;
            p.raise_indentation_error(&format!(
                "expected an indented block after 'else' statement on line {}",
                line
            ));
            None
        }) {
            return None;
        }
        self.expect_kw(Kw::Else)?;
        self.expect_forced(Op::Colon, ":")?;
        self.block()
    }

    fn while_stmt(&mut self) -> Option<Stmt> {
        if self.invalid(|p| p.invalid_if_stmt(Kw::While, "while")) {
            return None;
        }
        let start = self.expect_kw(Kw::While)?;
        let test = self.named_expression()?;
        self.expect_op(Op::Colon)?;
        let body = self.block()?;
        let orelse = self.alt(|p| p.else_block());
        if self.failed() {
            return None;
        }
        Some(stmt(
            StmtKind::While {
                test,
                body,
                orelse: orelse.unwrap_or_default(),
            },
            self.loc_from(start),
        ))
    }

    fn for_stmt(&mut self) -> Option<Stmt> {
        if self.invalid(|p| p.invalid_for_stmt()) {
            return None;
        }
        let start = self.pos;
        let m = self.pos;
        let is_async = self.expect_kw(Kw::Async).is_some();
        if self.expect_kw(Kw::For).is_some() {
            if let Some(target) = self.star_targets() {
                if self.expect_kw(Kw::In).is_some() {
                    // cut
                    let iter = self.star_expressions()?;
                    self.expect_op(Op::Colon)?;
                    let body = self.block()?;
                    let orelse = self.alt(|p| p.else_block());
                    if self.failed() {
                        return None;
                    }
                    return Some(stmt(
                        StmtKind::For {
                            target,
                            iter,
                            body,
                            orelse: orelse.unwrap_or_default(),
                            is_async,
                        },
                        self.loc_from(start),
                    ));
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

    fn invalid_for_stmt(&mut self) -> Option<()> {
        self.alt(|p| {
            p.expect_kw(Kw::Async);
            p.expect_kw(Kw::For)?;
            p.star_targets()?;
            p.expect_kw(Kw::In)?;
            p.star_expressions()?;
            p.expect(Tok::Newline)?;
            p.raise_syntax_error("expected ':'");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        self.expect_kw(Kw::Async);
        let a = self.expect_kw(Kw::For)?;
        self.star_targets()?;
        self.expect_kw(Kw::In)?;
        self.star_expressions()?;
        self.expect_op(Op::Colon)?;
        self.newline_no_indent()?;
        let line = self.tok(a).line;
        self.raise_indentation_error(&format!(
            "expected an indented block after 'for' statement on line {}",
            line
        ));
        None
    }

    /// invalid_for_target: ASYNC? 'for' star_expressions
    pub fn invalid_for_target(&mut self) -> Option<()> {
        self.expect_kw(Kw::Async);
        self.expect_kw(Kw::For)?;
        let a = self.star_expressions()?;
        self.raise_invalid_target(TargetsType::For, &a);
        None
    }

    fn with_stmt(&mut self) -> Option<Stmt> {
        if self.invalid(|p| p.invalid_with_stmt_indent()) {
            return None;
        }
        let start = self.pos;
        let is_async = self.expect_kw(Kw::Async).is_some();
        let after_async = self.pos;
        self.expect_kw(Kw::With)?;
        // 'with' '(' ','.with_item+ ','? ')' ':' block
        if let Some(s) = self.alt(|p| {
            p.expect_op(Op::LPar)?;
            let items = p.with_items()?;
            p.expect_op(Op::Comma);
            p.expect_op(Op::RPar)?;
            p.expect_op(Op::Colon)?;
            let body = p.block()?;
            Some(stmt(
                StmtKind::With {
                    items,
                    body,
                    is_async,
                },
                p.loc_from(start),
            ))
        }) {
            return Some(s);
        }
        if self.failed() {
            return None;
        }
        // 'with' ','.with_item+ ':' block
        if let Some(s) = self.alt(|p| {
            let items = p.with_items()?;
            p.expect_op(Op::Colon)?;
            let body = p.block()?;
            Some(stmt(
                StmtKind::With {
                    items,
                    body,
                    is_async,
                },
                p.loc_from(start),
            ))
        }) {
            return Some(s);
        }
        if self.failed() {
            return None;
        }
        self.pos = if is_async { start } else { after_async };
        self.pos = start;
        self.invalid(|p| p.invalid_with_stmt());
        None
    }

    fn with_items(&mut self) -> Option<Vec<WithItem>> {
        let first = self.with_item()?;
        let mut out = vec![first];
        while let Some(w) = self.alt(|p| {
            p.expect_op(Op::Comma)?;
            p.with_item()
        }) {
            out.push(w);
        }
        if self.failed() {
            return None;
        }
        Some(out)
    }

    fn with_item(&mut self) -> Option<WithItem> {
        let start = self.pos;
        let e = self.expression()?;
        let after = self.pos;
        if let Some(t) = self.alt(|p| {
            p.expect_kw(Kw::As)?;
            let t = p.star_target()?;
            match p.peek() {
                Tok::Op(Op::Comma) | Tok::Op(Op::RPar) | Tok::Op(Op::Colon) => Some(t),
                _ => None,
            }
        }) {
            return Some(WithItem {
                context_expr: e,
                optional_vars: Some(t),
            });
        }
        if self.failed() {
            return None;
        }
        // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
        self.pos = start;
        if self.invalid(|p| {
            p.expression()?;
            p.expect_kw(Kw::As)?;
            let a = p.expression()?;
            match p.peek() {
                Tok::Op(Op::Comma) | Tok::Op(Op::RPar) | Tok::Op(Op::Colon) => {}
                _ => return None,
            }
            p.raise_invalid_target(TargetsType::Star, &a);
            None
        }) {
            return None;
        }
        self.pos = after;
        Some(WithItem {
            context_expr: e,
            optional_vars: None,
        })
    }

    fn invalid_with_stmt(&mut self) -> Option<()> {
        // [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
        self.alt(|p| {
            p.expect_kw(Kw::Async);
            p.expect_kw(Kw::With)?;
            p.sep_plus(|p| {
                p.expression()?;
                p.alt(|p| {
                    p.expect_kw(Kw::As)?;
                    p.star_target()
                });
                if p.failed() {
                    None
                } else {
                    Some(())
                }
            })?;
            p.expect(Tok::Newline)?;
            p.raise_syntax_error("expected ':'");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
        self.alt(|p| {
            p.expect_kw(Kw::Async);
            p.expect_kw(Kw::With)?;
            p.expect_op(Op::LPar)?;
            p.sep_plus(|p| {
                p.expressions()?;
                p.alt(|p| {
                    p.expect_kw(Kw::As)?;
                    p.star_target()
                });
                if p.failed() {
                    None
                } else {
                    Some(())
                }
            })?;
            p.expect_op(Op::Comma);
            p.expect_op(Op::RPar)?;
            p.expect(Tok::Newline)?;
            p.raise_syntax_error("expected ':'");
            None::<()>
        });
        None
    }

    fn invalid_with_stmt_indent(&mut self) -> Option<()> {
        self.alt(|p| {
            p.expect_kw(Kw::Async);
            let a = p.expect_kw(Kw::With)?;
            p.sep_plus(|p| {
                p.expression()?;
                p.alt(|p| {
                    p.expect_kw(Kw::As)?;
                    p.star_target()
                });
                if p.failed() {
                    None
                } else {
                    Some(())
                }
            })?;
            p.expect_op(Op::Colon)?;
            p.newline_no_indent()?;
            let line = p.tok(a).line;
            p.raise_indentation_error(&format!(
                "expected an indented block after 'with' statement on line {}",
                line
            ));
            None::<()>
        });
        if self.failed() {
            return None;
        }
        self.alt(|p| {
            p.expect_kw(Kw::Async);
            let a = p.expect_kw(Kw::With)?;
            p.expect_op(Op::LPar)?;
            p.sep_plus(|p| {
                p.expressions()?;
                p.alt(|p| {
                    p.expect_kw(Kw::As)?;
                    p.star_target()
                });
                if p.failed() {
                    None
                } else {
                    Some(())
                }
            })?;
            p.expect_op(Op::Comma);
            p.expect_op(Op::RPar)?;
            p.expect_op(Op::Colon)?;
            p.newline_no_indent()?;
            let line = p.tok(a).line;
            p.raise_indentation_error(&format!(
                "expected an indented block after 'with' statement on line {}",
                line
            ));
            None::<()>
        });
        None
    }

    /// `','.x+`
    pub fn sep_plus<T>(&mut self, mut f: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let first = f(self)?;
        let mut out = vec![first];
        loop {
            if self.failed() {
                return None;
            }
            let m = self.pos;
            if self.expect_op(Op::Comma).is_none() {
                break;
            }
            match f(self) {
                Some(x) => out.push(x),
                None => {
                    self.pos = m;
                    break;
                }
            }
        }
        if self.failed() {
            return None;
        }
        Some(out)
    }

    fn try_stmt(&mut self) -> Option<Stmt> {
        if self.invalid(|p| p.invalid_try_stmt()) {
            return None;
        }
        let start = self.expect_kw(Kw::Try)?;
        self.expect_forced(Op::Colon, ":")?;
        let body = self.block()?;
        if let Some(f) = self.alt(|p| p.finally_block()) {
            return Some(stmt(
                StmtKind::Try {
                    body,
                    handlers: vec![],
                    orelse: vec![],
                    finalbody: f,
                    is_star: false,
                },
                self.loc_from(start),
            ));
        }
        if self.failed() {
            return None;
        }
        for is_star in [false, true] {
            let m = self.pos;
            let handlers = self.many(|p| {
                if is_star {
                    p.except_star_block()
                } else {
                    p.except_block()
                }
            });
            if self.failed() {
                return None;
            }
            if handlers.is_empty() {
                self.pos = m;
                continue;
            }
            let orelse = self.alt(|p| p.else_block());
            if self.failed() {
                return None;
            }
            let finalbody = self.alt(|p| p.finally_block());
            if self.failed() {
                return None;
            }
            return Some(stmt(
                StmtKind::Try {
                    body,
                    handlers,
                    orelse: orelse.unwrap_or_default(),
                    finalbody: finalbody.unwrap_or_default(),
                    is_star,
                },
                self.loc_from(start),
            ));
        }
        None
    }

    fn invalid_try_stmt(&mut self) -> Option<()> {
        // a='try' ':' NEWLINE !INDENT
        self.alt(|p| {
            let a = p.expect_kw(Kw::Try)?;
            p.expect_op(Op::Colon)?;
            p.newline_no_indent()?;
            let line = p.tok(a).line;
            p.raise_indentation_error(&format!(
                "expected an indented block after 'try' statement on line {}",
                line
            ));
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // 'try' ':' block !('except' | 'finally')
        self.alt(|p| {
            p.expect_kw(Kw::Try)?;
            p.expect_op(Op::Colon)?;
            p.block()?;
            if p.at_kw(Kw::Except) || p.at_kw(Kw::Finally) {
                return None;
            }
            p.raise_syntax_error("expected 'except' or 'finally' block");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
        self.alt(|p| {
            p.expect_kw(Kw::Try)?;
            p.expect_op(Op::Colon)?;
            p.many(|p| p.block());
            let h = p.many(|p| p.except_block());
            if h.is_empty() {
                return None;
            }
            let a = p.expect_kw(Kw::Except)?;
            let b = p.expect_op(Op::Star)?;
            p.expression()?;
            p.alt(|p| {
                p.expect_kw(Kw::As)?;
                p.expect(Tok::Name)
            });
            p.expect_op(Op::Colon)?;
            let (sa, sb) = (p.span(a), p.span(b));
            p.raise_known_range(
                sa,
                sb,
                "cannot have both 'except' and 'except*' on the same 'try'",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
        self.alt(|p| {
            p.expect_kw(Kw::Try)?;
            p.expect_op(Op::Colon)?;
            p.many(|p| p.block());
            let h = p.many(|p| p.except_star_block());
            if h.is_empty() {
                return None;
            }
            let a = p.expect_kw(Kw::Except)?;
            p.alt(|p| {
                p.expression()?;
                p.alt(|p| {
                    p.expect_kw(Kw::As)?;
                    p.expect(Tok::Name)
                });
                Some(())
            });
            p.expect_op(Op::Colon)?;
            let sa = p.span(a);
            p.raise_known_location(
                sa,
                "cannot have both 'except' and 'except*' on the same 'try'",
            );
            None::<()>
        });
        None
    }

    fn except_block(&mut self) -> Option<ExceptHandler> {
        if self.invalid(|p| p.invalid_except_stmt_indent()) {
            return None;
        }
        let start = self.pos;
        if let Some(h) = self.alt(|p| {
            p.expect_kw(Kw::Except)?;
            let e = p.expression()?;
            let name = p.alt(|p| {
                p.expect_kw(Kw::As)?;
                p.expect(Tok::Name)
            });
            if p.failed() {
                return None;
            }
            p.expect_op(Op::Colon)?;
            let body = p.block()?;
            Some(ExceptHandler {
                typ: Some(e),
                name: name.map(|i| p.name_text(i)),
                body,
                loc: p.loc_from(start),
            })
        }) {
            return Some(h);
        }
        if let Some(h) = self.alt(|p| {
            p.expect_kw(Kw::Except)?;
            p.expect_op(Op::Colon)?;
            let body = p.block()?;
            Some(ExceptHandler {
                typ: None,
                name: None,
                body,
                loc: p.loc_from(start),
            })
        }) {
            return Some(h);
        }
        self.invalid(|p| p.invalid_except_stmt());
        None
    }

    fn except_star_block(&mut self) -> Option<ExceptHandler> {
        if self.invalid(|p| {
            let a = p.expect_kw(Kw::Except)?;
            p.expect_op(Op::Star)?;
            p.expression()?;
            p.alt(|p| {
                p.expect_kw(Kw::As)?;
                p.expect(Tok::Name)
            });
            p.expect_op(Op::Colon)?;
            p.newline_no_indent()?;
            let line = p.tok(a).line;
            p.raise_indentation_error(&format!(
                "expected an indented block after 'except*' statement on line {}",
                line
            ));
            None
        }) {
            return None;
        }
        let start = self.pos;
        if let Some(h) = self.alt(|p| {
            p.expect_kw(Kw::Except)?;
            p.expect_op(Op::Star)?;
            let e = p.expression()?;
            let name = p.alt(|p| {
                p.expect_kw(Kw::As)?;
                p.expect(Tok::Name)
            });
            if p.failed() {
                return None;
            }
            p.expect_op(Op::Colon)?;
            let body = p.block()?;
            Some(ExceptHandler {
                typ: Some(e),
                name: name.map(|i| p.name_text(i)),
                body,
                loc: p.loc_from(start),
            })
        }) {
            return Some(h);
        }
        self.invalid(|p| p.invalid_except_stmt());
        None
    }

    fn invalid_except_stmt(&mut self) -> Option<()> {
        // 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
        self.alt(|p| {
            p.expect_kw(Kw::Except)?;
            p.expect_op(Op::Star);
            let a = p.expression()?;
            p.expect_op(Op::Comma)?;
            p.expressions()?;
            p.alt(|p| {
                p.expect_kw(Kw::As)?;
                p.expect(Tok::Name)
            });
            p.expect_op(Op::Colon)?;
            p.raise_starting_from(
                Span::from(a.loc),
                "multiple exception types must be parenthesized",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a='except' '*'? expression ['as' NAME ] NEWLINE
        self.alt(|p| {
            p.expect_kw(Kw::Except)?;
            p.expect_op(Op::Star);
            p.expression()?;
            p.alt(|p| {
                p.expect_kw(Kw::As)?;
                p.expect(Tok::Name)
            });
            p.expect(Tok::Newline)?;
            p.raise_syntax_error("expected ':'");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a='except' NEWLINE
        self.alt(|p| {
            p.expect_kw(Kw::Except)?;
            p.expect(Tok::Newline)?;
            p.raise_syntax_error("expected ':'");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a='except' '*' (NEWLINE | ':')
        self.alt(|p| {
            p.expect_kw(Kw::Except)?;
            p.expect_op(Op::Star)?;
            if p.expect(Tok::Newline).is_none() {
                p.expect_op(Op::Colon)?;
            }
            p.raise_syntax_error("expected one or more exception types");
            None::<()>
        });
        None
    }

    fn invalid_except_stmt_indent(&mut self) -> Option<()> {
        self.alt(|p| {
            let a = p.expect_kw(Kw::Except)?;
            p.expression()?;
            p.alt(|p| {
                p.expect_kw(Kw::As)?;
                p.expect(Tok::Name)
            });
            p.expect_op(Op::Colon)?;
            p.newline_no_indent()?;
            let line = p.tok(a).line;
            p.raise_indentation_error(&format!(
                "expected an indented block after 'except' statement on line {}",
                line
            ));
            None::<()>
        });
        if self.failed() {
            return None;
        }
        let a = self.expect_kw(Kw::Except)?;
        self.expect_op(Op::Colon)?;
        self.newline_no_indent()?;
        let line = self.tok(a).line;
        self.raise_indentation_error(&format!(
            "expected an indented block after 'except' statement on line {}",
            line
        ));
        None
    }

    fn finally_block(&mut self) -> Option<Vec<Stmt>> {
        if self.invalid(|p| {
            let a = p.expect_kw(Kw::Finally)?;
            p.expect_op(Op::Colon)?;
            p.newline_no_indent()?;
            let line = p.tok(a).line;
            p.raise_indentation_error(&format!(
                "expected an indented block after 'finally' statement on line {}",
                line
            ));
            None
        }) {
            return None;
        }
        self.expect_kw(Kw::Finally)?;
        self.expect_forced(Op::Colon, ":")?;
        self.block()
    }

    // ------------------------------------------------------------------------------
    // match statement

    fn match_stmt(&mut self) -> Option<Stmt> {
        let start = self.pos;
        if let Some(s) = self.alt(|p| {
            p.expect_soft("match")?;
            let subject = p.subject_expr()?;
            p.expect_op(Op::Colon)?;
            p.expect(Tok::Newline)?;
            p.expect(Tok::Indent)?;
            let cases = p.many(|p| p.case_block());
            if cases.is_empty() || p.failed() {
                return None;
            }
            p.expect(Tok::Dedent)?;
            Some(stmt(StmtKind::Match { subject, cases }, p.loc_from(start)))
        }) {
            return Some(s);
        }
        // invalid_match_stmt
        self.invalid(|p| {
            p.alt(|p| {
                p.expect_soft("match")?;
                p.subject_expr()?;
                p.expect(Tok::Newline)?;
                p.raise_syntax_error("expected ':'");
                None::<()>
            });
            if p.failed() {
                return None;
            }
            let a = p.expect_soft("match")?;
            p.subject_expr()?;
            p.expect_op(Op::Colon)?;
            p.newline_no_indent()?;
            let line = p.tok(a).line;
            p.raise_indentation_error(&format!(
                "expected an indented block after 'match' statement on line {}",
                line
            ));
            None
        });
        None
    }

    fn subject_expr(&mut self) -> Option<Expr> {
        let start = self.pos;
        if let Some(e) = self.alt(|p| {
            let first = p.star_named_expression()?;
            p.expect_op(Op::Comma)?;
            let rest = p.alt(|p| p.star_named_expressions());
            if p.failed() {
                return None;
            }
            let mut elts = vec![first];
            elts.extend(rest.unwrap_or_default());
            Some(Expr {
                kind: ExprKind::Tuple(elts),
                loc: p.loc_from(start),
            })
        }) {
            return Some(e);
        }
        if self.failed() {
            return None;
        }
        self.named_expression()
    }

    fn case_block(&mut self) -> Option<MatchCase> {
        if self.invalid(|p| {
            p.alt(|p| {
                p.expect_soft("case")?;
                p.patterns()?;
                p.alt(|p| p.guard());
                if p.failed() {
                    return None;
                }
                p.expect(Tok::Newline)?;
                p.raise_syntax_error("expected ':'");
                None::<()>
            });
            if p.failed() {
                return None;
            }
            let a = p.expect_soft("case")?;
            p.patterns()?;
            p.alt(|p| p.guard());
            if p.failed() {
                return None;
            }
            p.expect_op(Op::Colon)?;
            p.newline_no_indent()?;
            let line = p.tok(a).line;
            p.raise_indentation_error(&format!(
                "expected an indented block after 'case' statement on line {}",
                line
            ));
            None
        }) {
            return None;
        }
        self.expect_soft("case")?;
        let pattern = self.patterns()?;
        let guard = self.alt(|p| p.guard());
        if self.failed() {
            return None;
        }
        self.expect_op(Op::Colon)?;
        let body = self.block()?;
        Some(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    fn guard(&mut self) -> Option<Expr> {
        self.expect_kw(Kw::If)?;
        self.named_expression()
    }

    // ------------------------------------------------------------------------------
    // invalid_assignment

    fn invalid_assignment(&mut self) -> Option<()> {
        // a=invalid_ann_assign_target ':' expression
        self.alt(|p| {
            let a = p.invalid_ann_assign_target()?;
            p.expect_op(Op::Colon)?;
            p.expression()?;
            let msg = format!(
                "only single target (not {}) can be annotated",
                expr_name(&a)
            );
            p.raise_known_location(Span::from(a.loc), &msg);
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=star_named_expression ',' star_named_expressions* ':' expression
        self.alt(|p| {
            let a = p.star_named_expression()?;
            p.expect_op(Op::Comma)?;
            p.many(|p| p.star_named_expressions());
            p.expect_op(Op::Colon)?;
            p.expression()?;
            p.raise_known_location(
                Span::from(a.loc),
                "only single target (not tuple) can be annotated",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=expression ':' expression
        self.alt(|p| {
            let a = p.expression()?;
            p.expect_op(Op::Colon)?;
            p.expression()?;
            p.raise_known_location(Span::from(a.loc), "illegal target for annotation");
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // (star_targets '=')* a=star_expressions '='
        self.alt(|p| {
            p.many(|p| {
                p.star_targets()?;
                p.expect_op(Op::Equal)
            });
            let a = p.star_expressions()?;
            p.expect_op(Op::Equal)?;
            p.raise_invalid_target(TargetsType::Star, &a);
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // (star_targets '=')* a=yield_expr '='
        self.alt(|p| {
            p.many(|p| {
                p.star_targets()?;
                p.expect_op(Op::Equal)
            });
            let a = p.yield_expr()?;
            p.expect_op(Op::Equal)?;
            p.raise_known_location(
                Span::from(a.loc),
                "assignment to yield expression not possible",
            );
            None::<()>
        });
        if self.failed() {
            return None;
        }
        // a=star_expressions augassign (yield_expr | star_expressions)
        self.alt(|p| {
            let a = p.star_expressions()?;
            p.augassign()?;
            p.annotated_rhs()?;
            let msg = format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&a)
            );
            p.raise_known_location(Span::from(a.loc), &msg);
            None::<()>
        });
        None
    }

    fn invalid_ann_assign_target(&mut self) -> Option<Expr> {
        if let Some(e) = self.alt(|p| p.list()) {
            return Some(e);
        }
        if let Some(e) = self.alt(|p| p.tuple()) {
            return Some(e);
        }
        if self.failed() {
            return None;
        }
        self.alt(|p| {
            p.expect_op(Op::LPar)?;
            let a = p.invalid_ann_assign_target()?;
            p.expect_op(Op::RPar)?;
            Some(a)
        })
    }
}
