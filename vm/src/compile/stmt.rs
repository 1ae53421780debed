//! Code generation for statements.

use super::codegen::{docstring, find_ann, Compiler, Ctx, FBlockKind, ScopeType};
use super::symtable::{node_key, BlockType};
use super::CResult;
use crate::ast::*;
use crate::bytecode::{make_function, BinaryOp, Const, Instr};
use std::sync::Arc;

pub(crate) fn binop(op: crate::ast::BinOp) -> BinaryOp {
    use crate::ast::BinOp as B;
    match op {
        B::Add => BinaryOp::Add,
        B::Sub => BinaryOp::Sub,
        B::Mult => BinaryOp::Mul,
        B::MatMult => BinaryOp::MatMul,
        B::Div => BinaryOp::TrueDiv,
        B::Mod => BinaryOp::Mod,
        B::Pow => BinaryOp::Pow,
        B::LShift => BinaryOp::LShift,
        B::RShift => BinaryOp::RShift,
        B::BitOr => BinaryOp::Or,
        B::BitXor => BinaryOp::Xor,
        B::BitAnd => BinaryOp::And,
        B::FloorDiv => BinaryOp::FloorDiv,
    }
}

/// CPython's `_PyPegen_get_expr_name`.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
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

impl<'a> Compiler<'a> {
    /// Module or class body: annotations setup, docstring, statements.
    pub(crate) fn compile_body(&mut self, stmts: &'a [Stmt]) -> CResult<()> {
        if self.cur.scope_type == ScopeType::Module {
            if let Some(s) = stmts.first() {
                self.cur.loc = s.loc;
            }
        }
        if find_ann(stmts) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut rest = stmts;
        if let Some(doc) = docstring(stmts) {
            self.cur.loc = stmts[0].loc;
            self.load_str(doc);
            self.nameop("__doc__", Ctx::Store)?;
            rest = &stmts[1..];
        }
        self.compile_stmts(rest)
    }

    pub(crate) fn compile_stmts(&mut self, stmts: &'a [Stmt]) -> CResult<()> {
        for s in stmts {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn compile_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.cur.loc = s.loc;
        self.enter_rec()?;
        let r = self.compile_stmt_inner(s);
        self.exit_rec();
        r
    }

    /// Dispatcher; kept small because it is on the recursion path.
    fn compile_stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.compile_function_def(s, f),
            StmtKind::ClassDef(c) => self.compile_class_def(s, c),
            StmtKind::If { .. } => self.compile_if(s),
            StmtKind::For { .. } | StmtKind::While { .. } => self.compile_loop(s),
            StmtKind::Try { .. } => self.compile_try(s),
            StmtKind::With { .. } => self.compile_with_stmt(s),
            StmtKind::Match { subject, cases } => self.compile_match(subject, cases),
            _ => self.compile_simple_stmt(s),
        }
    }

    /// `if`/`elif` chains are compiled iteratively (long `elif` chains are common in
    /// generated code and are not limited by the parser's nesting limits).
    fn compile_if(&mut self, s: &'a Stmt) -> CResult<()> {
        let end = self.new_label();
        let mut cur = s;
        while let StmtKind::If { test, body, orelse } = &cur.kind {
            self.cur.loc = cur.loc;
            let next = if orelse.is_empty() {
                end
            } else {
                self.new_label()
            };
            self.jump_if(test, next, false)?;
            self.compile_stmts(body)?;
            if orelse.is_empty() {
                break;
            }
            self.emit_jump(Instr::Jump, end);
            self.place(next);
            match orelse.as_slice() {
                [inner @ Stmt {
                    kind: StmtKind::If { .. },
                    ..
                }] => cur = inner,
                _ => {
                    self.compile_stmts(orelse)?;
                    break;
                }
            }
        }
        self.place(end);
        Ok(())
    }

    fn compile_loop(&mut self, s: &'a Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    return Err(self.error("async functions are not supported by weft yet"));
                }
                self.compile_for(target, iter, body, orelse)
            }
            StmtKind::While { test, body, orelse } => self.compile_while(test, body, orelse),
            _ => Err(self.internal("not a loop")),
        }
    }

    fn compile_try(&mut self, s: &'a Stmt) -> CResult<()> {
        let StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        } = &s.kind
        else {
            return Err(self.internal("not a try"));
        };
        if *is_star {
            return Err(self.error("except* is not supported by weft yet"));
        }
        if !finalbody.is_empty() {
            self.compile_try_finally(body, handlers, orelse, finalbody)
        } else if !handlers.is_empty() {
            self.compile_try_except(body, handlers, orelse)
        } else {
            // `try:` with neither handlers nor finally (invalid; be lenient).
            self.compile_stmts(body)?;
            self.compile_stmts(orelse)
        }
    }

    fn compile_with_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        let StmtKind::With {
            items,
            body,
            is_async,
        } = &s.kind
        else {
            return Err(self.internal("not a with"));
        };
        if *is_async {
            return Err(self.error("async functions are not supported by weft yet"));
        }
        if items.is_empty() {
            return Err(self.internal("with statement without items"));
        }
        self.compile_with(s, items, body, 0)
    }

    /// Statements without nested statement bodies.
    fn compile_simple_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::Return(v) => self.compile_return(v.as_ref()),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.compile_del(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.compile_expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Instr::DupTop);
                    }
                    self.compile_store(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.compile_augassign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.compile_annassign(target, annotation, value.as_ref(), *simple),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.compile_expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.compile_expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Instr::RaiseVarargs(n));
                Ok(())
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.compile_expr(m)?;
                    self.emit(Instr::CallFunction(1));
                }
                self.emit(Instr::RaiseVarargs(1));
                self.place(end);
                Ok(())
            }
            StmtKind::Import(names) => self.compile_import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.compile_import_from(s, module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Expr(e) => {
                if self.interactive && self.stack.is_empty() {
                    self.compile_expr(e)?;
                    self.emit(Instr::PrintExpr);
                } else if matches!(e.kind, ExprKind::Constant(_)) {
                    self.emit(Instr::Nop);
                } else {
                    self.compile_expr(e)?;
                    self.emit(Instr::PopTop);
                }
                Ok(())
            }
            StmtKind::Pass => {
                self.emit(Instr::Nop);
                Ok(())
            }
            StmtKind::Break => {
                if !self.in_loop() {
                    return Err(self.error("'break' outside loop"));
                }
                self.emit(Instr::Nop);
                let Some(lp) = self.unwind_fblock_stack(false, true)? else {
                    return Err(self.error("'break' outside loop"));
                };
                self.unwind_fblock(&lp, false)?;
                self.emit_jump(Instr::Jump, lp.exit);
                Ok(())
            }
            StmtKind::Continue => {
                if !self.in_loop() {
                    return Err(self.error("'continue' not properly in loop"));
                }
                self.emit(Instr::Nop);
                let Some(lp) = self.unwind_fblock_stack(false, true)? else {
                    return Err(self.error("'continue' not properly in loop"));
                };
                self.emit_jump(Instr::Jump, lp.block);
                Ok(())
            }
            _ => Err(self.internal("unexpected compound statement")),
        }
    }

    // ------------------------------------------------------------------ functions, classes

    fn check_debug_args(&self, args: &Arguments) -> CResult<()> {
        let all = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .chain(args.vararg.iter())
            .chain(args.kwonlyargs.iter())
            .chain(args.kwarg.iter());
        for a in all {
            self.check_forbidden(&a.name, Ctx::Store)?;
        }
        Ok(())
    }

    /// Push defaults tuple / kw-defaults dict; returns the `MakeFunction` flags.
    pub(crate) fn compile_default_arguments(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.compile_expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= make_function::DEFAULTS;
        }
        let mut n = 0;
        for (arg, d) in args.kwonlyargs.iter().zip(args.kw_defaults.iter()) {
            if let Some(d) = d {
                let m = self.mangle(&arg.name);
                self.load_str(&m);
                self.compile_expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
            flags |= make_function::KWDEFAULTS;
        }
        Ok(flags)
    }

    fn compile_annotation_value(&mut self, ann: &'a Expr) -> CResult<()> {
        if self.future_annotations {
            match super::unparse::unparse(ann) {
                Some(s) => {
                    self.load_str(&s);
                    Ok(())
                }
                None => Err(self.error_at(ann.loc, super::RECURSION_MSG)),
            }
        } else if let ExprKind::Starred(v) = &ann.kind {
            // `*args: *Ts`
            self.compile_expr(v)?;
            self.emit(Instr::UnpackSequence(1));
            Ok(())
        } else {
            self.compile_expr(ann)
        }
    }

    /// Push the annotations dict if there are any annotations; returns whether it did.
    fn compile_function_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        let mut n = 0u32;
        let mut one = |c: &mut Self, a: &'a Arg| -> CResult<()> {
            if let Some(ann) = &a.annotation {
                let m = c.mangle(&a.name);
                c.load_str(&m);
                c.compile_annotation_value(ann)?;
                n += 1;
            }
            Ok(())
        };
        // CPython's order: args, posonlyargs, *vararg, kwonlyargs, **kwarg, return.
        for a in &args.args {
            one(self, a)?;
        }
        for a in &args.posonlyargs {
            one(self, a)?;
        }
        if let Some(a) = &args.vararg {
            one(self, a)?;
        }
        for a in &args.kwonlyargs {
            one(self, a)?;
        }
        if let Some(a) = &args.kwarg {
            one(self, a)?;
        }
        if let Some(r) = returns {
            self.load_str("return");
            self.compile_annotation_value(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
        }
        Ok(n > 0)
    }

    fn set_argcounts(&mut self, args: &Arguments) {
        self.cur.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        self.cur.posonlyargcount = args.posonlyargs.len() as u32;
        self.cur.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        for d in decorators.iter().rev() {
            let saved = self.cur.loc;
            self.cur.loc = d.loc;
            self.emit(Instr::CallFunction(1));
            self.cur.loc = saved;
        }
    }

    fn compile_function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> CResult<()> {
        if f.is_async {
            return Err(self.error("async functions are not supported by weft yet"));
        }
        self.check_debug_args(&f.args)?;
        for d in &f.decorators {
            self.compile_expr(d)?;
        }
        let first_line = f
            .decorators
            .first()
            .map(|d| d.loc.line)
            .unwrap_or(s.loc.line);
        let mut flags = self.compile_default_arguments(&f.args)?;
        if self.compile_function_annotations(&f.args, f.returns.as_ref())? {
            flags |= make_function::ANNOTATIONS;
        }
        self.enter_scope(&f.name, ScopeType::Function, node_key(s), first_line, s.loc)?;
        let doc = docstring(&f.body);
        match doc {
            Some(d) => self.add_const(Const::Str(Arc::from(d))),
            None => self.add_const(Const::None),
        };
        self.set_argcounts(&f.args);
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        self.compile_stmts(body)?;
        let (code, qualname) = self.exit_scope(true)?;
        self.make_closure(code, flags, &qualname)?;
        self.apply_decorators(&f.decorators);
        self.nameop(&f.name, Ctx::Store)
    }

    pub(crate) fn compile_lambda(
        &mut self,
        e: &'a Expr,
        args: &'a Arguments,
        body: &'a Expr,
    ) -> CResult<()> {
        // Split in three so that only a small frame stays on the stack while the body is
        // compiled (nested lambdas recurse through here).
        let flags = self.lambda_prologue(e, args)?;
        self.compile_expr(body)?;
        self.lambda_epilogue(flags)
    }

    fn lambda_prologue(&mut self, e: &'a Expr, args: &'a Arguments) -> CResult<u32> {
        self.check_debug_args(args)?;
        let flags = self.compile_default_arguments(args)?;
        self.enter_scope(
            "<lambda>",
            ScopeType::Lambda,
            node_key(e),
            e.loc.line,
            e.loc,
        )?;
        self.add_const(Const::None);
        self.set_argcounts(args);
        Ok(flags)
    }

    fn lambda_epilogue(&mut self, flags: u32) -> CResult<()> {
        self.emit(Instr::ReturnValue);
        let (code, qualname) = self.exit_scope(false)?;
        self.make_closure(code, flags, &qualname)
    }

    fn compile_class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CResult<()> {
        for d in &c.decorators {
            self.compile_expr(d)?;
        }
        let first_line = c
            .decorators
            .first()
            .map(|d| d.loc.line)
            .unwrap_or(s.loc.line);
        self.enter_scope(&c.name, ScopeType::Class, node_key(s), first_line, s.loc)?;
        self.cur.private = Some(c.name.clone());
        // consts[0] is None so that the body function has no docstring (the evaluator reads a
        // str consts[0] as `__doc__`); the class docstring is stored to `__doc__` by the body.
        self.add_const(Const::None);
        self.nameop("__name__", Ctx::Load)?;
        self.nameop("__module__", Ctx::Store)?;
        let q = self.cur.qualname.clone();
        self.load_str(&q);
        self.nameop("__qualname__", Ctx::Store)?;
        self.compile_body(&c.body)?;
        if self.cur_entry().needs_class_closure {
            // The `__class__` cell is cellvars[0].
            self.emit(Instr::LoadClosure(0));
            self.emit(Instr::DupTop);
            self.nameop("__classcell__", Ctx::Store)?;
        } else {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let (code, _qualname) = self.exit_scope(false)?;
        self.emit(Instr::LoadBuildClass);
        self.make_closure(code, 0, &c.name)?;
        self.load_str(&c.name);
        self.call_helper(2, &c.bases, &c.keywords)?;
        self.apply_decorators(&c.decorators);
        self.nameop(&c.name, Ctx::Store)
    }

    // ------------------------------------------------------------------ return / assignment

    fn compile_return(&mut self, value: Option<&'a Expr>) -> CResult<()> {
        if self.cur_entry().typ != BlockType::Function {
            return Err(self.error("'return' outside function"));
        }
        let preserve_tos = matches!(value, Some(v) if !matches!(v.kind, ExprKind::Constant(_)));
        if preserve_tos {
            if let Some(v) = value {
                self.compile_expr(v)?;
            }
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match value {
            None => self.load_const(Const::None),
            Some(v) if !preserve_tos => self.compile_expr(v)?,
            _ => {}
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// Store TOS into an assignment target.
    pub(crate) fn compile_store(&mut self, t: &'a Expr) -> CResult<()> {
        let saved = self.cur.loc;
        self.cur.loc = t.loc;
        self.enter_rec()?;
        let r = self.compile_store_inner(t);
        self.exit_rec();
        self.cur.loc = saved;
        r
    }

    fn compile_store_inner(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.nameop(n, Ctx::Store),
            ExprKind::Attribute { value, attr } => {
                self.check_forbidden(attr, Ctx::Store)?;
                self.compile_expr(value)?;
                let i = self.add_mangled_name(attr);
                self.emit(Instr::StoreAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                self.unpack_helper(elts)?;
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred(v) => self.compile_store(v)?,
                        _ => self.compile_store(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => {
                Err(self.error("starred assignment target must be in a list or tuple"))
            }
            _ => Err(self.error(format!("cannot assign to {}", expr_name(t)))),
        }
    }

    fn unpack_helper(&mut self, elts: &'a [Expr]) -> CResult<()> {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred(_) = e.kind {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= (1 << 8) || n - i > (i32::MAX as usize >> 8) {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit(Instr::UnpackEx((i + ((n - i - 1) << 8)) as u32));
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Instr::UnpackSequence(n as u32));
        }
        Ok(())
    }

    fn compile_del(&mut self, t: &'a Expr) -> CResult<()> {
        let saved = self.cur.loc;
        self.cur.loc = t.loc;
        let r = match &t.kind {
            ExprKind::Name(n) => self.nameop(n, Ctx::Del),
            ExprKind::Attribute { value, attr } => {
                self.check_forbidden(attr, Ctx::Del).and_then(|_| {
                    self.compile_expr(value)?;
                    let i = self.add_mangled_name(attr);
                    self.emit(Instr::DeleteAttr(i));
                    Ok(())
                })
            }
            ExprKind::Subscript { value, slice } => self.compile_expr(value).and_then(|_| {
                self.compile_expr(slice)?;
                self.emit(Instr::DeleteSubscr);
                Ok(())
            }),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let mut r = Ok(());
                for e in elts {
                    r = self.compile_del(e);
                    if r.is_err() {
                        break;
                    }
                }
                r
            }
            _ => Err(self.error(format!("cannot delete {}", expr_name(t)))),
        };
        self.cur.loc = saved;
        r
    }

    fn compile_augassign(
        &mut self,
        target: &'a Expr,
        op: crate::ast::BinOp,
        value: &'a Expr,
    ) -> CResult<()> {
        let stmt_loc = self.cur.loc;
        self.cur.loc = target.loc;
        enum Kind {
            Name,
            Attr(u32),
            Subscr,
        }
        let kind = match &target.kind {
            ExprKind::Name(n) => {
                self.nameop(n, Ctx::Load)?;
                Kind::Name
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.check_forbidden(attr, Ctx::Store)?;
                self.compile_expr(obj)?;
                self.emit(Instr::DupTop);
                let i = self.add_mangled_name(attr);
                self.emit(Instr::LoadAttr(i));
                Kind::Attr(i)
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.compile_expr(obj)?;
                self.compile_expr(slice)?;
                self.emit(Instr::DupTopTwo);
                self.emit(Instr::BinarySubscr);
                Kind::Subscr
            }
            _ => {
                return Err(self.error(format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(target)
                )))
            }
        };
        self.cur.loc = stmt_loc;
        self.compile_expr(value)?;
        self.emit(Instr::InplaceOp(binop(op)));
        self.cur.loc = target.loc;
        match kind {
            Kind::Name => {
                if let ExprKind::Name(n) = &target.kind {
                    self.nameop(n, Ctx::Store)?;
                }
            }
            Kind::Attr(i) => {
                self.emit(Instr::RotTwo);
                self.emit(Instr::StoreAttr(i));
            }
            Kind::Subscr => {
                self.emit(Instr::RotThree);
                self.emit(Instr::StoreSubscr);
            }
        }
        self.cur.loc = stmt_loc;
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.compile_expr(e)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            ExprKind::Tuple(elts) => {
                for x in elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    fn compile_annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult<()> {
        if let Some(v) = value {
            self.compile_expr(v)?;
            self.compile_store(target)?;
        }
        let module_or_class = matches!(self.cur.scope_type, ScopeType::Module | ScopeType::Class);
        match &target.kind {
            ExprKind::Name(n) => {
                let saved = self.cur.loc;
                self.cur.loc = target.loc;
                self.check_forbidden(n, Ctx::Store)?;
                self.cur.loc = saved;
                if simple && module_or_class {
                    self.compile_annotation_value(annotation)?;
                    let i = self.add_name("__annotations__");
                    self.emit(Instr::LoadName(i));
                    let m = self.mangle(n);
                    self.load_str(&m);
                    self.emit(Instr::StoreSubscr);
                }
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.check_forbidden(attr, Ctx::Store)?;
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript { value: obj, slice } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => return Err(self.error_at(target.loc, "illegal target for annotation")),
        }
        if !simple && !self.future_annotations && module_or_class {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    // ------------------------------------------------------------------ loops

    fn compile_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(FBlockKind::ForLoop, start, end)?;
        self.compile_expr(iter)?;
        self.emit(Instr::GetIter);
        self.place(start);
        self.emit_jump(Instr::ForIter, cleanup);
        self.compile_store(target)?;
        self.compile_stmts(body)?;
        self.emit_jump(Instr::Jump, start);
        self.place(cleanup);
        self.pop_fblock();
        self.compile_stmts(orelse)?;
        self.place(end);
        Ok(())
    }

    fn compile_while(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let lp = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.place(lp);
        self.push_fblock(FBlockKind::WhileLoop, lp, end)?;
        self.jump_if(test, anchor, false)?;
        self.compile_stmts(body)?;
        self.emit_jump(Instr::Jump, lp);
        self.pop_fblock();
        self.place(anchor);
        self.compile_stmts(orelse)?;
        self.place(end);
        Ok(())
    }

    // ------------------------------------------------------------------ exceptions

    fn compile_try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let except = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupFinally, except);
        self.push_fblock(FBlockKind::TryExcept, except, except)?;
        self.compile_stmts(body)?;
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.compile_stmts(orelse)?;
        self.emit_jump(Instr::Jump, end);
        self.place(except);
        self.push_fblock(FBlockKind::ExceptionHandler, except, except)?;
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            self.cur.loc = h.loc;
            if h.typ.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            let next = self.new_label();
            if let Some(t) = &h.typ {
                // `JumpIfNotExcMatch` pops only the type: `[exc, type] -> [exc]`.
                self.compile_expr(t)?;
                self.emit_jump(Instr::JumpIfNotExcMatch, next);
            }
            if let Some(name) = &h.name {
                self.nameop(name, Ctx::Store)?;
                let cleanup_end = self.new_label();
                self.emit_jump(Instr::SetupFinally, cleanup_end);
                self.push_fblock(
                    FBlockKind::HandlerCleanup(Some(name.as_str())),
                    cleanup_end,
                    cleanup_end,
                )?;
                self.compile_stmts(&h.body)?;
                self.pop_fblock();
                self.cur.loc = h.loc;
                self.emit(Instr::PopBlock);
                self.load_const(Const::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
                self.emit(Instr::PopExcept);
                self.emit_jump(Instr::Jump, end);
                self.place(cleanup_end);
                self.load_const(Const::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
                self.emit(Instr::Reraise);
            } else {
                self.emit(Instr::PopTop);
                self.push_fblock(FBlockKind::HandlerCleanup(None), next, next)?;
                self.compile_stmts(&h.body)?;
                self.pop_fblock();
                self.cur.loc = h.loc;
                self.emit(Instr::PopExcept);
                self.emit_jump(Instr::Jump, end);
            }
            self.place(next);
        }
        self.pop_fblock();
        self.emit(Instr::Reraise);
        self.place(end);
        Ok(())
    }

    fn compile_try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult<()> {
        let stmt_loc = self.cur.loc;
        let fin = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupFinally, fin);
        self.push_fblock(FBlockKind::FinallyTry(finalbody), fin, fin)?;
        if !handlers.is_empty() {
            self.compile_try_except(body, handlers, orelse)?;
        } else {
            self.compile_stmts(body)?;
        }
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.compile_stmts(finalbody)?;
        self.emit_jump(Instr::Jump, end);
        self.cur.loc = stmt_loc;
        self.place(fin);
        self.push_fblock(FBlockKind::FinallyEnd, fin, fin)?;
        self.compile_stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise);
        self.place(end);
        Ok(())
    }

    fn compile_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> CResult<()> {
        let Some(item) = items.get(pos) else {
            return Err(self.internal("with item index"));
        };
        let handler = self.new_label();
        let end = self.new_label();
        self.compile_expr(&item.context_expr)?;
        self.emit_jump(Instr::SetupWith, handler);
        self.push_fblock(FBlockKind::With(s.loc), handler, handler)?;
        match &item.optional_vars {
            Some(v) => self.compile_store(v)?,
            None => self.emit(Instr::PopTop),
        }
        if pos + 1 == items.len() {
            self.compile_stmts(body)?;
        } else {
            self.compile_with(s, items, body, pos + 1)?;
        }
        self.pop_fblock();
        self.cur.loc = s.loc;
        self.emit(Instr::PopBlock);
        self.call_exit_with_nones();
        self.emit(Instr::PopTop);
        self.emit_jump(Instr::Jump, end);
        self.place(handler);
        self.emit(Instr::WithExceptStart);
        let suppress = self.new_label();
        self.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.place(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.place(end);
        Ok(())
    }

    // ------------------------------------------------------------------ imports

    fn compile_import(&mut self, names: &'a [Alias]) -> CResult<()> {
        for a in names {
            self.load_const(Const::Int(0));
            self.load_const(Const::None);
            let i = self.add_name(&a.name);
            self.emit(Instr::ImportName(i));
            match &a.asname {
                Some(asname) => {
                    let mut parts = a.name.split('.');
                    parts.next();
                    let rest: Vec<&str> = parts.collect();
                    if rest.is_empty() {
                        self.nameop(asname, Ctx::Store)?;
                    } else {
                        for (k, attr) in rest.iter().enumerate() {
                            let i = self.add_name(attr);
                            self.emit(Instr::ImportFrom(i));
                            if k + 1 < rest.len() {
                                self.emit(Instr::RotTwo);
                                self.emit(Instr::PopTop);
                            }
                        }
                        self.nameop(asname, Ctx::Store)?;
                        self.emit(Instr::PopTop);
                    }
                }
                None => {
                    let store = match a.name.find('.') {
                        Some(i) => &a.name[..i],
                        None => a.name.as_str(),
                    };
                    self.nameop(store, Ctx::Store)?;
                }
            }
        }
        Ok(())
    }

    fn compile_import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&'a str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult<()> {
        self.load_const(Const::Int(level as i64));
        if s.loc.line > self.future_lineno && module == Some("__future__") {
            return Err(
                self.error("from __future__ imports must occur at the beginning of the file")
            );
        }
        let tuple: Vec<Const> = names
            .iter()
            .map(|a| Const::Str(Arc::from(a.name.as_str())))
            .collect();
        self.load_const(Const::Tuple(Arc::from(tuple)));
        let i = self.add_name(module.unwrap_or(""));
        self.emit(Instr::ImportName(i));
        for (k, a) in names.iter().enumerate() {
            if k == 0 && a.name.starts_with('*') {
                self.emit(Instr::ImportStar);
                return Ok(());
            }
            let i = self.add_name(&a.name);
            self.emit(Instr::ImportFrom(i));
            let store = a.asname.as_deref().unwrap_or(&a.name);
            self.nameop(store, Ctx::Store)?;
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}
