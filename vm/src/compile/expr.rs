//! Code generation for expressions.

use super::codegen::{const_from_ast, Compiler, Ctx, Label, ScopeType, STACK_USE_GUIDELINE};
use super::stmt::binop;
use super::symtable::{node_key, BlockType, CompKind};
use super::CResult;
use crate::ast::*;
use crate::bytecode::{format_value, CompareOp, Const, Instr};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum SeqKind {
    List,
    Set,
}

fn normalize_big(b: BigInt) -> Const {
    match b.to_i64() {
        Some(i) => Const::Int(i),
        None => Const::BigInt(Arc::new(b)),
    }
}

fn as_complex(c: &Const) -> Option<(f64, f64)> {
    match c {
        Const::Int(i) => Some((*i as f64, 0.0)),
        Const::Float(f) => Some((*f, 0.0)),
        Const::Complex(r, i) => Some((*r, *i)),
        _ => None,
    }
}

/// Constant folding (a small subset of CPython's AST optimizer): literals, `-<number>`,
/// `+<number>`, `<real> ± <complex>` (complex literals), tuples of constants, `__debug__`.
pub(crate) fn fold(e: &Expr) -> Option<Const> {
    fold_depth(e, 0)
}

fn fold_depth(e: &Expr, depth: u32) -> Option<Const> {
    if depth > 100 {
        return None;
    }
    match &e.kind {
        ExprKind::Constant(c) => Some(const_from_ast(c)),
        ExprKind::Name(n) if n == "__debug__" => Some(Const::Bool(true)),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match fold_depth(operand, depth + 1)? {
            Const::Int(i) => Some(match i.checked_neg() {
                Some(n) => Const::Int(n),
                None => normalize_big(-BigInt::from(i)),
            }),
            Const::BigInt(b) => Some(normalize_big(-(*b).clone())),
            Const::Float(f) => Some(Const::Float(-f)),
            Const::Complex(r, i) => Some(Const::Complex(-r, -i)),
            _ => None,
        },
        ExprKind::UnaryOp {
            op: UnaryOp::UAdd,
            operand,
        } => match fold_depth(operand, depth + 1)? {
            c @ (Const::Int(_) | Const::BigInt(_) | Const::Float(_) | Const::Complex(..)) => {
                Some(c)
            }
            _ => None,
        },
        ExprKind::BinOp {
            left,
            op: op @ (BinOp::Add | BinOp::Sub),
            right,
        } => {
            // Only `<real literal> ± <imaginary literal>` (complex literals such as `1+2j`).
            if !matches!(right.kind, ExprKind::Constant(Constant::Complex { .. }))
                || matches!(left.kind, ExprKind::BinOp { .. })
            {
                return None;
            }
            let l = fold_depth(left, depth + 1)?;
            let r = fold_depth(right, depth + 1)?;
            let (a, b) = as_complex(&l)?;
            let (c, d) = as_complex(&r)?;
            Some(if *op == BinOp::Add {
                Const::Complex(a + c, b + d)
            } else {
                Const::Complex(a - c, b - d)
            })
        }
        ExprKind::Tuple(elts) => {
            let mut v = Vec::with_capacity(elts.len());
            for x in elts {
                if matches!(x.kind, ExprKind::Starred(_)) {
                    return None;
                }
                v.push(fold_depth(x, depth + 1)?);
            }
            Some(Const::Tuple(Arc::from(v)))
        }
        _ => None,
    }
}

/// Truthiness of a constant expression, if known at compile time.
pub(crate) fn const_truth(e: &Expr) -> Option<bool> {
    Some(match fold(e)? {
        Const::None => false,
        Const::Bool(b) => b,
        Const::Ellipsis => true,
        Const::Int(i) => i != 0,
        Const::BigInt(b) => !b.is_zero(),
        Const::Float(f) => f != 0.0,
        Const::Complex(r, i) => r != 0.0 || i != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) => !t.is_empty(),
        Const::Code(_) => true,
    })
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

/// `obj.attr(args)` compiled as `LoadMethod`/`CallMethod` (no keywords, no `*args`, fewer
/// than STACK_USE_GUIDELINE arguments): returns `(obj, attr)`.
fn method_call_target<'e>(
    func: &'e Expr,
    args: &[Expr],
    keywords: &[Keyword],
) -> Option<(&'e Expr, &'e str)> {
    match &func.kind {
        ExprKind::Attribute { value, attr }
            if keywords.is_empty()
                && args.len() < STACK_USE_GUIDELINE
                && !args.iter().any(is_starred) =>
        {
            Some((&**value, attr.as_str()))
        }
        _ => None,
    }
}

pub(crate) fn cmp_instr(op: CmpOp) -> Instr {
    match op {
        CmpOp::Eq => Instr::CompareOp(CompareOp::Eq),
        CmpOp::NotEq => Instr::CompareOp(CompareOp::Ne),
        CmpOp::Lt => Instr::CompareOp(CompareOp::Lt),
        CmpOp::LtE => Instr::CompareOp(CompareOp::Le),
        CmpOp::Gt => Instr::CompareOp(CompareOp::Gt),
        CmpOp::GtE => Instr::CompareOp(CompareOp::Ge),
        CmpOp::Is => Instr::IsOp(0),
        CmpOp::IsNot => Instr::IsOp(1),
        CmpOp::In => Instr::ContainsOp(0),
        CmpOp::NotIn => Instr::ContainsOp(1),
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_expr(&mut self, e: &'a Expr) -> CResult<()> {
        let saved = self.cur.loc;
        self.cur.loc = e.loc;
        self.enter_rec()?;
        let r = self.compile_expr_inner(e);
        self.exit_rec();
        self.cur.loc = saved;
        r
    }

    /// Line for an attribute access/method load (CPython 3.11 uses the attribute's end line).
    fn attr_line(&self, e: &Expr) -> u32 {
        if e.loc.end_line != 0 {
            e.loc.end_line
        } else {
            self.cur.loc.line
        }
    }

    /// Dispatcher; kept small because it is on the recursion path (each case lives in its
    /// own function so that debug-build stack frames stay small).
    fn compile_expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::BoolOp { .. } => self.compile_boolop(e),
            ExprKind::BinOp { .. }
            | ExprKind::Attribute { .. }
            | ExprKind::Subscript { .. }
            | ExprKind::Call { .. } => self.compile_chain(e),
            ExprKind::UnaryOp { .. } => self.compile_unaryop(e),
            ExprKind::Await(_) | ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                self.compile_yield_await(e)
            }
            ExprKind::FormattedValue { .. } => self.compile_formatted_value(e),
            ExprKind::Constant(c) => {
                self.load_const(const_from_ast(c));
                Ok(())
            }
            ExprKind::Starred(_) => self.starred_error(),
            _ => self.compile_expr_other(e),
        }
    }

    fn compile_expr_other(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::NamedExpr { .. } | ExprKind::IfExp { .. } | ExprKind::Lambda { .. } => {
                self.compile_expr_misc(e)
            }
            ExprKind::Dict { .. } | ExprKind::Set(_) | ExprKind::List(_) | ExprKind::Tuple(_) => {
                self.compile_display(e)
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::DictComp { .. } => self.compile_comprehension_expr(e),
            _ => self.compile_expr_misc2(e),
        }
    }

    fn compile_expr_misc(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => self.compile_named_expr(target, value),
            ExprKind::Lambda { args, body } => self.compile_lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => self.compile_ifexp(test, body, orelse),
            _ => Err(self.internal("unhandled expression kind")),
        }
    }

    fn compile_display(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values),
            ExprKind::Set(elts) => self.starunpack_helper(elts, 0, SeqKind::Set, false),
            ExprKind::List(elts) => self.starunpack_helper(elts, 0, SeqKind::List, false),
            ExprKind::Tuple(elts) => self.compile_tuple(e, elts),
            _ => Err(self.internal("unhandled expression kind")),
        }
    }

    fn compile_comprehension_expr(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::ListComp { elt, generators } => {
                self.compile_comprehension(e, CompKind::List, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.compile_comprehension(e, CompKind::Set, generators, elt, None)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.compile_comprehension(e, CompKind::Gen, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.compile_comprehension(e, CompKind::Dict, generators, key, Some(value)),
            _ => Err(self.internal("unhandled expression kind")),
        }
    }

    fn compile_expr_misc2(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(left, ops, comparators),
            ExprKind::JoinedStr(values) => self.compile_joined_str(values),
            ExprKind::Name(n) => self.compile_name(n),
            ExprKind::Slice { lower, upper, step } => self.compile_slice(lower, upper, step),
            _ => Err(self.internal("unhandled expression kind")),
        }
    }

    /// Left-deep chains of binary operators, attribute accesses, subscripts and calls
    /// (`a.b(c)[d] + e + ...`) are compiled iteratively: the parser builds them without
    /// nesting limits, so recursing on them could exhaust the native stack.
    fn compile_chain(&mut self, e: &'a Expr) -> CResult<()> {
        let mut spine: Vec<&'a Expr> = Vec::new();
        let mut cur = e;
        let base = loop {
            let next = match &cur.kind {
                ExprKind::BinOp { left, .. } if fold(cur).is_none() => Some(&**left),
                ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => {
                    Some(&**value)
                }
                ExprKind::Call {
                    func,
                    args,
                    keywords,
                } => match method_call_target(func, args, keywords) {
                    Some((obj, _)) => Some(obj),
                    None => Some(&**func),
                },
                _ => None,
            };
            match next {
                Some(n) => {
                    spine.push(cur);
                    cur = n;
                }
                None => break cur,
            }
        };
        if spine.is_empty() {
            // A folded constant.
            return self.compile_expr_other_const(e);
        }
        self.compile_expr(base)?;
        let saved = self.cur.loc;
        let mut r = Ok(());
        for node in spine.iter().rev() {
            self.cur.loc = node.loc;
            r = self.apply_chain_node(node);
            if r.is_err() {
                break;
            }
        }
        self.cur.loc = saved;
        r
    }

    /// `l ** (l2 ** (l3 ** r))` (right-associative, so nested on the right) with `l` on
    /// the stack: compiled iteratively, in the same order as the recursive compilation.
    fn apply_pow_chain(&mut self, e: &'a Expr, right: &'a Expr) -> CResult<()> {
        let mut rs: Vec<&'a Expr> = Vec::new();
        let mut cur = right;
        while let ExprKind::BinOp {
            op: BinOp::Pow,
            right: r2,
            ..
        } = &cur.kind
        {
            rs.push(cur);
            cur = r2;
        }
        for n in &rs {
            if let ExprKind::BinOp { left, .. } = &n.kind {
                self.cur.loc = n.loc;
                self.compile_expr(left)?;
            }
        }
        self.compile_expr(cur)?;
        for n in rs.iter().rev() {
            self.cur.loc = n.loc;
            self.emit(Instr::BinaryOp(crate::bytecode::BinaryOp::Pow));
        }
        self.cur.loc = e.loc;
        self.emit(Instr::BinaryOp(crate::bytecode::BinaryOp::Pow));
        Ok(())
    }

    fn compile_expr_other_const(&mut self, e: &'a Expr) -> CResult<()> {
        match fold(e) {
            Some(c) => {
                self.load_const(c);
                Ok(())
            }
            None => Err(self.internal("chain base")),
        }
    }

    /// Emit the code of one chain node, its left operand being on the stack.
    fn apply_chain_node(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::BinOp {
                op: BinOp::Pow,
                right,
                ..
            } => self.apply_pow_chain(e, right)?,
            ExprKind::BinOp { op, right, .. } => {
                self.compile_expr(right)?;
                self.emit(Instr::BinaryOp(binop(*op)));
            }
            ExprKind::Attribute { attr, .. } => {
                let i = self.add_mangled_name(attr);
                let line = self.attr_line(e);
                self.emit_line(Instr::LoadAttr(i), line);
            }
            ExprKind::Subscript { slice, .. } => {
                self.compile_expr(slice)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => match method_call_target(func, args, keywords) {
                Some((_, attr)) => {
                    let line = self.attr_line(func);
                    let i = self.add_mangled_name(attr);
                    self.emit_line(Instr::LoadMethod(i), line);
                    for a in args {
                        self.compile_expr(a)?;
                    }
                    self.emit_line(Instr::CallMethod(args.len() as u32), line);
                }
                None => self.call_helper(0, args, keywords)?,
            },
            _ => return Err(self.internal("chain node")),
        }
        Ok(())
    }

    fn compile_boolop(&mut self, e: &'a Expr) -> CResult<()> {
        let ExprKind::BoolOp { op, values } = &e.kind else {
            return Ok(());
        };
        let Some((last, init)) = values.split_last() else {
            return Err(self.internal("empty BoolOp"));
        };
        let end = self.new_label();
        let jump = match op {
            BoolOp::And => Instr::JumpIfFalseOrPop,
            BoolOp::Or => Instr::JumpIfTrueOrPop,
        };
        for v in init {
            self.compile_expr(v)?;
            self.emit_jump(jump, end);
        }
        self.compile_expr(last)?;
        self.place(end);
        Ok(())
    }

    fn compile_named_expr(&mut self, target: &'a Expr, value: &'a Expr) -> CResult<()> {
        self.compile_expr(value)?;
        self.emit(Instr::DupTop);
        self.compile_store(target)
    }

    fn compile_unaryop(&mut self, e: &'a Expr) -> CResult<()> {
        let ExprKind::UnaryOp { op, operand } = &e.kind else {
            return Ok(());
        };
        if let Some(c) = fold(e) {
            self.load_const(c);
            return Ok(());
        }
        self.compile_expr(operand)?;
        self.emit(match op {
            UnaryOp::Invert => Instr::UnaryInvert,
            UnaryOp::Not => Instr::UnaryNot,
            UnaryOp::UAdd => Instr::UnaryPositive,
            UnaryOp::USub => Instr::UnaryNegative,
        });
        Ok(())
    }

    fn compile_ifexp(&mut self, test: &'a Expr, body: &'a Expr, orelse: &'a Expr) -> CResult<()> {
        let next = self.new_label();
        let end = self.new_label();
        self.jump_if(test, next, false)?;
        self.compile_expr(body)?;
        self.emit_jump(Instr::Jump, end);
        self.place(next);
        self.compile_expr(orelse)?;
        self.place(end);
        Ok(())
    }

    fn compile_yield_await(&mut self, e: &'a Expr) -> CResult<()> {
        let in_function = self.cur_entry().typ == BlockType::Function;
        match &e.kind {
            ExprKind::Await(_) => {
                if !in_function {
                    Err(self.error("'await' outside function"))
                } else {
                    Err(self.error("'await' outside async function"))
                }
            }
            ExprKind::Yield(v) => {
                if !in_function {
                    return Err(self.error("'yield' outside function"));
                }
                match v {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Instr::YieldValue);
                Ok(())
            }
            ExprKind::YieldFrom(v) => {
                if !in_function {
                    return Err(self.error("'yield' outside function"));
                }
                self.compile_expr(v)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                self.emit(Instr::YieldFrom);
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn compile_formatted_value(&mut self, e: &'a Expr) -> CResult<()> {
        let ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } = &e.kind
        else {
            return Ok(());
        };
        self.compile_expr(value)?;
        let mut arg = match conversion {
            None => format_value::CONV_NONE,
            Some('s') => format_value::CONV_STR,
            Some('r') => format_value::CONV_REPR,
            Some('a') => format_value::CONV_ASCII,
            Some(c) => {
                return Err(self.error(format!(
                    "f-string: invalid conversion character '{}': expected 's', 'r', or 'a'",
                    c
                )))
            }
        };
        if let Some(spec) = format_spec {
            self.compile_expr(spec)?;
            arg |= format_value::HAS_SPEC;
        }
        self.emit(Instr::FormatValue(arg));
        Ok(())
    }

    fn compile_joined_str(&mut self, values: &'a [Expr]) -> CResult<()> {
        if values.len() > STACK_USE_GUIDELINE {
            self.load_str("");
            let i = self.add_name("join");
            self.emit(Instr::LoadMethod(i));
            self.emit(Instr::BuildList(0));
            for v in values {
                self.compile_expr(v)?;
                self.emit(Instr::ListAppend(1));
            }
            self.emit(Instr::CallMethod(1));
        } else {
            for v in values {
                self.compile_expr(v)?;
            }
            if values.len() != 1 {
                self.emit(Instr::BuildString(values.len() as u32));
            }
        }
        Ok(())
    }

    fn starred_error(&self) -> CResult<()> {
        Err(self.error("can't use starred expression here"))
    }

    fn compile_name(&mut self, n: &str) -> CResult<()> {
        if n == "__debug__" {
            self.load_const(Const::Bool(true));
            Ok(())
        } else {
            self.nameop(n, Ctx::Load)
        }
    }

    fn compile_tuple(&mut self, e: &'a Expr, elts: &'a [Expr]) -> CResult<()> {
        if let Some(c) = fold(e) {
            self.load_const(c);
            return Ok(());
        }
        self.starunpack_helper(elts, 0, SeqKind::List, true)
    }

    fn compile_slice(
        &mut self,
        lower: &'a Option<Box<Expr>>,
        upper: &'a Option<Box<Expr>>,
        step: &'a Option<Box<Expr>>,
    ) -> CResult<()> {
        match lower {
            Some(x) => self.compile_expr(x)?,
            None => self.load_const(Const::None),
        }
        match upper {
            Some(x) => self.compile_expr(x)?,
            None => self.load_const(Const::None),
        }
        let mut n = 2;
        if let Some(x) = step {
            self.compile_expr(x)?;
            n = 3;
        }
        self.emit(Instr::BuildSlice(n));
        Ok(())
    }

    /// Conditional jump on the truthiness of `e` (CPython's `compiler_jump_if`): jumps to
    /// `target` if `bool(e) == cond`.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult<()> {
        self.enter_rec()?;
        let r = self.jump_if_inner(e, target, cond);
        self.exit_rec();
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult<()> {
        if let Some(t) = const_truth(e) {
            if t == cond {
                let saved = self.cur.loc;
                self.cur.loc = e.loc;
                self.emit_jump(Instr::Jump, target);
                self.cur.loc = saved;
            }
            return Ok(());
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_label()
                } else {
                    target
                };
                let n = values.len() - 1;
                for v in &values[..n] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&values[n], target, cond)?;
                if next2 != target {
                    self.place(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                self.emit_jump(Instr::Jump, end);
                self.place(next2);
                self.jump_if(orelse, target, cond)?;
                self.place(end);
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(e)?;
        if cond {
            self.emit_jump(Instr::PopJumpIfTrue, target);
        } else {
            self.emit_jump(Instr::PopJumpIfFalse, target);
        }
        Ok(())
    }

    /// CPython's `starunpack_helper` for list/tuple/set displays and call arguments.
    /// `pushed` items are already on the stack and become the first elements.
    pub(crate) fn starunpack_helper(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        kind: SeqKind,
        tuple: bool,
    ) -> CResult<()> {
        let build = |n: u32| match kind {
            SeqKind::List => Instr::BuildList(n),
            SeqKind::Set => Instr::BuildSet(n),
        };
        let (add, extend) = match kind {
            SeqKind::List => (Instr::ListAppend(1), Instr::ListExtend(1)),
            SeqKind::Set => (Instr::SetAdd(1), Instr::SetUpdate(1)),
        };
        let n = elts.len();
        if n > 2 {
            let folded: Option<Vec<Const>> = elts
                .iter()
                .map(|x| if is_starred(x) { None } else { fold(x) })
                .collect();
            if let Some(items) = folded {
                let t = Const::Tuple(Arc::from(items));
                if tuple && pushed == 0 {
                    self.load_const(t);
                } else {
                    self.emit(build(pushed));
                    self.load_const(t);
                    self.emit(extend);
                    if tuple {
                        self.emit(Instr::ListToTuple);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(is_starred);
        if !seen_star && !big {
            for x in elts {
                self.compile_expr(x)?;
            }
            let total = n as u32 + pushed;
            self.emit(if tuple {
                Instr::BuildTuple(total)
            } else {
                build(total)
            });
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build(pushed));
            built = true;
        }
        for (i, x) in elts.iter().enumerate() {
            if let ExprKind::Starred(v) = &x.kind {
                if !built {
                    self.emit(build(i as u32 + pushed));
                    built = true;
                }
                let saved = self.cur.loc;
                self.cur.loc = x.loc;
                let r = self.compile_expr(v);
                self.cur.loc = saved;
                r?;
                self.emit(extend);
            } else {
                self.compile_expr(x)?;
                if built {
                    self.emit(add);
                }
            }
        }
        if !built {
            self.emit(build(pushed));
        }
        if tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn compile_subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult<()> {
        let n = values.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for (k, v) in keys.iter().zip(values.iter()) {
            let Some(k) = k else {
                return Err(self.internal("dict unpacking in subdict"));
            };
            self.compile_expr(k)?;
            self.compile_expr(v)?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }

    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult<()> {
        if keys.len() != values.len() {
            return Err(self.internal("dict keys/values length mismatch"));
        }
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.compile_subdict(&keys[i - elements..i], &values[i - elements..i])?;
                    if have_dict {
                        self.emit(Instr::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.compile_expr(&values[i])?;
                self.emit(Instr::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.compile_subdict(&keys[i - elements..i + 1], &values[i - elements..i + 1])?;
                if have_dict {
                    self.emit(Instr::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.compile_subdict(&keys[n - elements..n], &values[n - elements..n])?;
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    fn compile_compare(
        &mut self,
        left: &'a Expr,
        ops: &'a [CmpOp],
        comparators: &'a [Expr],
    ) -> CResult<()> {
        if ops.is_empty() || ops.len() != comparators.len() {
            return Err(self.internal("malformed comparison"));
        }
        self.compile_expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.compile_expr(&comparators[0])?;
            self.emit(cmp_instr(ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n {
            self.compile_expr(&comparators[i])?;
            self.emit(Instr::DupTop);
            self.emit(Instr::RotThree);
            self.emit(cmp_instr(ops[i]));
            self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.compile_expr(&comparators[n])?;
        self.emit(cmp_instr(ops[n]));
        let end = self.new_label();
        self.emit_jump(Instr::Jump, end);
        self.place(cleanup);
        self.emit(Instr::RotTwo);
        self.emit(Instr::PopTop);
        self.place(end);
        Ok(())
    }

    fn validate_keywords(&self, keywords: &[Keyword]) -> CResult<()> {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            self.check_forbidden(name, Ctx::Store)?;
            for other in &keywords[i + 1..] {
                if other.arg.as_deref() == Some(name.as_str()) {
                    return Err(
                        self.error_at(other.loc, format!("keyword argument repeated: {}", name))
                    );
                }
            }
        }
        Ok(())
    }

    fn compile_subkwargs(&mut self, kws: &'a [Keyword]) -> CResult<()> {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for k in kws {
            self.load_str(k.arg.as_deref().unwrap_or(""));
            self.compile_expr(&k.value)?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }

    /// CPython's `compiler_call_helper`: the callable and `n` leading positional arguments
    /// are already on the stack.
    pub(crate) fn call_helper(
        &mut self,
        n: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<()> {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let ex_call = nelts + nkw * 2 > STACK_USE_GUIDELINE
            || args.iter().any(is_starred)
            || keywords.iter().any(|k| k.arg.is_none());
        if !ex_call {
            for a in args {
                self.compile_expr(a)?;
            }
            if nkw > 0 {
                for k in keywords {
                    self.compile_expr(&k.value)?;
                }
                let names: Vec<Const> = keywords
                    .iter()
                    .map(|k| Const::Str(Arc::from(k.arg.as_deref().unwrap_or(""))))
                    .collect();
                self.load_const(Const::Tuple(Arc::from(names)));
                self.emit(Instr::CallFunctionKw(n + (nelts + nkw) as u32));
            } else {
                self.emit(Instr::CallFunction(n + nelts as u32));
            }
            return Ok(());
        }
        // Positional arguments: always a real tuple.
        self.starunpack_helper(args, n, SeqKind::List, true)?;
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.compile_subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Instr::DictMerge(1));
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.compile_expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.compile_subkwargs(&keywords[nkw - nseen..])?;
                if have_dict {
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallFunctionEx(if nkw > 0 { 1 } else { 0 }));
        Ok(())
    }

    fn compile_comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> CResult<()> {
        let Some(outermost) = generators.first() else {
            return Err(self.internal("comprehension without generators"));
        };
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        self.enter_scope(
            name,
            ScopeType::Comprehension,
            node_key(e),
            e.loc.line,
            e.loc,
        )?;
        if self.cur_entry().coroutine || generators.iter().any(|g| g.is_async) {
            return Err(if kind == CompKind::Gen {
                self.error("async functions are not supported by weft yet")
            } else {
                self.error("asynchronous comprehension outside of an asynchronous function")
            });
        }
        self.add_const(Const::None);
        self.cur.argcount = 1;
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Gen => {}
        }
        self.comprehension_generator(generators, 0, 0, elt, val, kind)?;
        if kind != CompKind::Gen {
            self.emit(Instr::ReturnValue);
        }
        let (code, qualname) = self.exit_scope(kind == CompKind::Gen)?;
        self.make_closure(code, 0, &qualname)?;
        self.compile_expr(&outermost.iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::CallFunction(1));
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        gen_index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult<()> {
        let Some(gen) = generators.get(gen_index) else {
            return Err(self.internal("comprehension generator index"));
        };
        let mut start = Some(self.new_label());
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if gen_index == 0 {
            // The outermost iterator is the implicit parameter `.0`.
            self.emit(Instr::LoadFast(0));
        } else {
            let single = match &gen.iter.kind {
                ExprKind::List(elts) | ExprKind::Tuple(elts)
                    if elts.len() == 1 && !is_starred(&elts[0]) =>
                {
                    Some(&elts[0])
                }
                _ => None,
            };
            match single {
                Some(x) => {
                    self.compile_expr(x)?;
                    start = None;
                }
                None => {
                    self.compile_expr(&gen.iter)?;
                    self.emit(Instr::GetIter);
                }
            }
        }
        if let Some(s) = start {
            depth += 1;
            self.place(s);
            self.emit_jump(Instr::ForIter, anchor);
        }
        self.compile_store(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if gen_index + 1 < generators.len() {
            self.comprehension_generator(generators, gen_index + 1, depth, elt, val, kind)?;
        } else {
            match kind {
                CompKind::Gen => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
                CompKind::List => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::ListAppend(depth + 1));
                }
                CompKind::Set => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::SetAdd(depth + 1));
                }
                CompKind::Dict => {
                    self.compile_expr(elt)?;
                    match val {
                        Some(v) => self.compile_expr(v)?,
                        None => return Err(self.internal("dict comprehension without value")),
                    }
                    self.emit(Instr::MapAdd(depth + 1));
                }
            }
        }
        self.place(if_cleanup);
        if let Some(s) = start {
            self.emit_jump(Instr::Jump, s);
            self.place(anchor);
        }
        Ok(())
    }
}
