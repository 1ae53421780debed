//! Compiler state: code units, emission, labels, frame blocks, name resolution and
//! assembly (jump resolution and stack-depth analysis).

use super::symtable::{self, BlockType, Scope, SymbolTable, DEF_FREE_CLASS};
use super::{make_error, mangle, CError, CResult, FxHashMap, Mode};
use crate::ast::*;
use crate::bytecode::{code_flags, format_value, CodeObject, Const, Instr};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::borrow::Cow;
use std::sync::Arc;

/// CPython's STACK_USE_GUIDELINE: above this many items, displays/calls are built
/// incrementally instead of all on the stack.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;
/// CPython's CO_MAXBLOCKS.
const MAX_BLOCKS: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScopeType {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Label(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

/// A compile-time frame block (CPython's `fblockinfo`), used to unwind on
/// `return`/`break`/`continue`.
#[derive(Clone, Copy)]
pub(crate) enum FBlockKind<'a> {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    /// The `with` statement's location.
    With(Loc),
    /// Body of an except handler; the bound name if any.
    HandlerCleanup(Option<&'a str>),
    PopValue,
    ExceptionHandler,
}

#[derive(Clone, Copy)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    /// Loop start (`continue` target).
    pub block: Label,
    /// Loop exit (`break` target).
    pub exit: Label,
}

/// Hashable identity of a constant, for de-duplication (floats compared by bits so that
/// `0.0` and `-0.0` stay distinct; `1`, `1.0` and `True` are distinct).
#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Vec<ConstKey>),
    Code(usize),
}

fn const_key(c: &Const) -> ConstKey {
    match c {
        Const::None => ConstKey::None,
        Const::Bool(b) => ConstKey::Bool(*b),
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Int(i) => ConstKey::Int(*i),
        Const::BigInt(b) => ConstKey::BigInt((**b).clone()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Complex(r, i) => ConstKey::Complex(r.to_bits(), i.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Tuple(t) => ConstKey::Tuple(t.iter().map(const_key).collect()),
        Const::Code(c) => ConstKey::Code(Arc::as_ptr(c) as usize),
    }
}

pub(crate) fn const_from_ast(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(i) => Const::Int(*i),
        Constant::BigInt(b) => match b.to_i64() {
            Some(i) => Const::Int(i),
            None => Const::BigInt(Arc::new(b.clone())),
        },
        Constant::Float(f) => Const::Float(*f),
        Constant::Complex { real, imag } => Const::Complex(*real, *imag),
        Constant::Str(s) => Const::Str(Arc::from(s.as_str())),
        Constant::Bytes(b) => Const::Bytes(Arc::from(b.as_slice())),
    }
}

/// One code object being built.
pub(crate) struct Unit<'a> {
    pub ste: usize,
    pub scope_type: ScopeType,
    pub name: String,
    pub qualname: String,
    pub private: Option<String>,
    pub instrs: Vec<Instr>,
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    const_map: FxHashMap<ConstKey, u32>,
    /// `str` constants, looked up without allocating.
    str_map: FxHashMap<Arc<str>, u32>,
    pub names: Vec<Arc<str>>,
    name_map: FxHashMap<Arc<str>, u32>,
    pub varnames: Vec<Arc<str>>,
    varname_map: FxHashMap<Arc<str>, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    labels: Vec<u32>,
    pub fblocks: Vec<FBlock<'a>>,
    pub loc: Loc,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub first_line: u32,
}

impl<'a> Unit<'a> {
    fn new(ste: usize, scope_type: ScopeType, name: &str, first_line: u32, loc: Loc) -> Self {
        Unit {
            ste,
            scope_type,
            name: name.to_string(),
            qualname: name.to_string(),
            private: None,
            instrs: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            const_map: FxHashMap::default(),
            str_map: FxHashMap::default(),
            names: Vec::new(),
            name_map: FxHashMap::default(),
            varnames: Vec::new(),
            varname_map: FxHashMap::default(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            labels: Vec::new(),
            fblocks: Vec::new(),
            loc,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            first_line,
        }
    }

    fn add_varname(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.varname_map.get(name) {
            return i;
        }
        let i = self.varnames.len() as u32;
        let k: Arc<str> = Arc::from(name);
        self.varnames.push(k.clone());
        self.varname_map.insert(k, i);
        i
    }
}

pub(crate) struct Compiler<'a> {
    pub st: SymbolTable,
    pub filename: &'a str,
    pub source: &'a str,
    filename_arc: Arc<str>,
    source_arc: Arc<str>,
    pub cur: Unit<'a>,
    pub stack: Vec<Unit<'a>>,
    pub interactive: bool,
    pub future_annotations: bool,
    /// Line of the last `from __future__ import` at the top of the module (0 if none).
    pub future_lineno: u32,
    /// Current recursion depth (expressions, targets, patterns).
    pub depth: u32,
}

/// CPython's `_PyAST_GetDocString`.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        }) => Some(s.as_str()),
        _ => None,
    }
}

/// Does the body (not nested scopes) contain an annotated assignment? (Iterative: bodies
/// such as long `elif` chains can be deeply nested.)
pub(crate) fn find_ann(stmts: &[Stmt]) -> bool {
    let mut work: Vec<&[Stmt]> = vec![stmts];
    while let Some(body) = work.pop() {
        for s in body {
            match &s.kind {
                StmtKind::AnnAssign { .. } => return true,
                StmtKind::For { body, orelse, .. }
                | StmtKind::While { body, orelse, .. }
                | StmtKind::If { body, orelse, .. } => {
                    work.push(body);
                    work.push(orelse);
                }
                StmtKind::With { body, .. } => work.push(body),
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                    ..
                } => {
                    for h in handlers {
                        work.push(&h.body);
                    }
                    work.push(body);
                    work.push(finalbody);
                    work.push(orelse);
                }
                StmtKind::Match { cases, .. } => {
                    for c in cases {
                        work.push(&c.body);
                    }
                }
                _ => {}
            }
        }
    }
    false
}

/// CPython's `future_parse`: validates `from __future__ import ...` at the top of the
/// module; returns (annotations feature enabled, line of the last future import).
fn future_parse(module: &Module, filename: &str, source: &str) -> CResult<(bool, u32)> {
    let mut annotations = false;
    let mut ff_lineno = 0;
    let body = &module.body;
    let start = if docstring(body).is_some() { 1 } else { 0 };
    let mut done = false;
    let mut prev_line = 0;
    for s in body.iter().skip(start) {
        if done && s.loc.line > prev_line {
            break;
        }
        prev_line = s.loc.line;
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m == "__future__" => {
                if done {
                    let loc = Loc {
                        line: s.loc.line,
                        col: s.loc.col.saturating_sub(1),
                        end_line: 0,
                        end_col: 0,
                    };
                    return Err(make_error(
                        filename,
                        source,
                        loc,
                        "from __future__ imports must occur at the beginning of the file",
                    ));
                }
                for a in names {
                    match a.name.as_str() {
                        "nested_scopes" | "generators" | "division" | "absolute_import"
                        | "with_statement" | "print_function" | "unicode_literals"
                        | "generator_stop" | "barry_as_FLUFL" => {}
                        "annotations" => annotations = true,
                        "braces" => {
                            let loc = Loc {
                                end_line: 0,
                                ..s.loc
                            };
                            return Err(make_error(filename, source, loc, "not a chance"));
                        }
                        other => {
                            let loc = Loc {
                                end_line: 0,
                                ..s.loc
                            };
                            return Err(make_error(
                                filename,
                                source,
                                loc,
                                format!("future feature {} is not defined", other),
                            ));
                        }
                    }
                }
                ff_lineno = s.loc.line;
            }
            _ => done = true,
        }
    }
    Ok((annotations, ff_lineno))
}

pub(crate) fn compile_module(
    module: &Module,
    filename: &str,
    source: &str,
    mode: Mode,
) -> CResult<Arc<CodeObject>> {
    let (future_annotations, future_lineno) = if mode == Mode::Eval {
        (false, 0)
    } else {
        future_parse(module, filename, source)?
    };
    let st = symtable::build(module, filename, source, future_annotations)?;
    let first_loc = module.body.first().map(|s| s.loc).unwrap_or(Loc {
        line: 1,
        col: 0,
        end_line: 1,
        end_col: 0,
    });
    let mut c = Compiler {
        st,
        filename,
        source,
        filename_arc: Arc::from(filename),
        source_arc: Arc::from(source),
        cur: Unit::new(0, ScopeType::Module, "<module>", 1, first_loc),
        stack: Vec::new(),
        interactive: mode == Mode::Interactive,
        future_annotations,
        future_lineno,
        depth: 0,
    };
    match mode {
        Mode::Module => {
            c.compile_body(&module.body)?;
            c.assemble(true).map(Arc::new)
        }
        Mode::Interactive => {
            if find_ann(&module.body) {
                c.emit(Instr::SetupAnnotations);
            }
            for s in &module.body {
                c.compile_stmt(s)?;
            }
            c.assemble(true).map(Arc::new)
        }
        Mode::Eval => match module.body.as_slice() {
            [Stmt {
                kind: StmtKind::Expr(e),
                ..
            }] => {
                c.compile_expr(e)?;
                c.emit(Instr::ReturnValue);
                c.assemble(false).map(Arc::new)
            }
            _ => Err(c.error("eval mode expects a single expression")),
        },
    }
}

impl<'a> Compiler<'a> {
    // ------------------------------------------------------------------ errors

    pub(crate) fn error(&self, msg: impl Into<String>) -> CError {
        make_error(self.filename, self.source, self.cur.loc, msg)
    }

    pub(crate) fn error_at(&self, loc: Loc, msg: impl Into<String>) -> CError {
        make_error(self.filename, self.source, loc, msg)
    }

    /// Enter one level of recursion; errors out beyond `MAX_RECURSION`.
    pub(crate) fn enter_rec(&mut self) -> CResult<()> {
        if self.depth >= super::MAX_RECURSION {
            return self.too_deep();
        }
        self.depth += 1;
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn too_deep(&self) -> CResult<()> {
        Err(self.error(super::RECURSION_MSG))
    }

    pub(crate) fn exit_rec(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    pub(crate) fn internal(&self, msg: &str) -> CError {
        self.error(format!("internal compiler error: {}", msg))
    }

    // ------------------------------------------------------------------ emission

    pub(crate) fn emit(&mut self, i: Instr) {
        self.cur.instrs.push(i);
        self.cur.lines.push(self.cur.loc.line);
    }

    /// Emit with an explicit line number.
    pub(crate) fn emit_line(&mut self, i: Instr, line: u32) {
        self.cur.instrs.push(i);
        self.cur.lines.push(line);
    }

    pub(crate) fn emit_jump(&mut self, make: fn(u32) -> Instr, target: Label) {
        self.emit(make(target.0));
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.cur.labels.push(u32::MAX);
        Label(self.cur.labels.len() as u32 - 1)
    }

    pub(crate) fn place(&mut self, l: Label) {
        let pos = self.cur.instrs.len() as u32;
        if let Some(slot) = self.cur.labels.get_mut(l.0 as usize) {
            *slot = pos;
        }
    }

    pub(crate) fn add_const(&mut self, c: Const) -> u32 {
        if let Const::Str(s) = &c {
            if let Some(&i) = self.cur.str_map.get(&**s) {
                return i;
            }
            let i = self.cur.consts.len() as u32;
            self.cur.str_map.insert(s.clone(), i);
            self.cur.consts.push(c);
            return i;
        }
        let key = const_key(&c);
        if !matches!(c, Const::Code(_)) {
            if let Some(&i) = self.cur.const_map.get(&key) {
                return i;
            }
        }
        let i = self.cur.consts.len() as u32;
        self.cur.consts.push(c);
        self.cur.const_map.insert(key, i);
        i
    }

    pub(crate) fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    pub(crate) fn load_str(&mut self, s: &str) {
        let i = match self.cur.str_map.get(s) {
            Some(&i) => i,
            None => self.add_const(Const::Str(Arc::from(s))),
        };
        self.emit(Instr::LoadConst(i));
    }

    /// Index of `name` in `names` (no mangling).
    pub(crate) fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.cur.name_map.get(name) {
            return i;
        }
        let i = self.cur.names.len() as u32;
        let k: Arc<str> = Arc::from(name);
        self.cur.names.push(k.clone());
        self.cur.name_map.insert(k, i);
        i
    }

    /// Index of the mangled `name` in `names` (attributes, methods).
    pub(crate) fn add_mangled_name(&mut self, name: &str) -> u32 {
        let m = mangle(self.cur.private.as_deref(), name);
        self.add_name(&m)
    }

    pub(crate) fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        mangle(self.cur.private.as_deref(), name)
    }

    // ------------------------------------------------------------------ names

    pub(crate) fn check_forbidden(&self, name: &str, ctx: Ctx) -> CResult<()> {
        if name == "__debug__" {
            match ctx {
                Ctx::Store => return Err(self.error("cannot assign to __debug__")),
                Ctx::Del => return Err(self.error("cannot delete __debug__")),
                Ctx::Load => {}
            }
        }
        Ok(())
    }

    pub(crate) fn cur_entry(&self) -> &symtable::Entry {
        &self.st.entries[self.cur.ste]
    }

    fn free_index(&self, name: &str) -> Option<u32> {
        self.cur
            .freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (i + self.cur.cellvars.len()) as u32)
    }

    fn cell_index(&self, name: &str) -> Option<u32> {
        self.cur
            .cellvars
            .iter()
            .position(|n| n == name)
            .map(|i| i as u32)
    }

    /// CPython's `compiler_nameop`.
    pub(crate) fn nameop(&mut self, name: &str, ctx: Ctx) -> CResult<()> {
        self.check_forbidden(name, ctx)?;
        let mangled = self.mangle(name);
        let entry = self.cur_entry();
        let scope = entry.scope(&mangled);
        let typ = entry.typ;
        let is_func = typ == BlockType::Function;
        enum Op {
            Fast,
            Global,
            Deref(u32),
            Name,
        }
        let op = match scope {
            Some(Scope::Free) => match self.free_index(&mangled) {
                Some(i) => Op::Deref(i),
                None => return Err(self.internal("free variable without slot")),
            },
            Some(Scope::Cell) => match self.cell_index(&mangled) {
                Some(i) => Op::Deref(i),
                None => return Err(self.internal("cell variable without slot")),
            },
            Some(Scope::Local) if is_func => Op::Fast,
            Some(Scope::GlobalImplicit) if is_func => Op::Global,
            Some(Scope::GlobalExplicit) => Op::Global,
            _ => Op::Name,
        };
        let instr = match op {
            Op::Deref(i) => match ctx {
                Ctx::Load if typ == BlockType::Class => Instr::LoadClassDeref(i),
                Ctx::Load => Instr::LoadDeref(i),
                Ctx::Store => Instr::StoreDeref(i),
                Ctx::Del => Instr::DeleteDeref(i),
            },
            Op::Fast => {
                let i = self.cur.add_varname(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadFast(i),
                    Ctx::Store => Instr::StoreFast(i),
                    Ctx::Del => Instr::DeleteFast(i),
                }
            }
            Op::Global => {
                let i = self.add_name(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadGlobal(i),
                    Ctx::Store => Instr::StoreGlobal(i),
                    Ctx::Del => Instr::DeleteGlobal(i),
                }
            }
            Op::Name => {
                let i = self.add_name(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadName(i),
                    Ctx::Store => Instr::StoreName(i),
                    Ctx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    /// Index for `LoadClosure` of `name` in the current unit, when building a closure for a
    /// nested code object (CPython's `get_ref_type` + `compiler_lookup_arg`).
    fn closure_index(&self, name: &str) -> CResult<u32> {
        let is_cell = (self.cur.scope_type == ScopeType::Class && name == "__class__")
            || self.cur_entry().scope(name) == Some(Scope::Cell);
        let idx = if is_cell {
            self.cell_index(name)
        } else {
            self.free_index(name)
        };
        idx.ok_or_else(|| self.internal(&format!("no closure slot for '{}'", name)))
    }

    /// Push the function built from `code`: closure tuple (if any), code, qualname,
    /// `MakeFunction(flags)`. Optional items selected by `flags` must already be pushed.
    pub(crate) fn make_closure(
        &mut self,
        code: Arc<CodeObject>,
        mut flags: u32,
        qualname: &str,
    ) -> CResult<()> {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let i = self.closure_index(name)?;
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= crate::bytecode::make_function::CLOSURE;
        }
        self.load_const(Const::Code(code));
        self.load_str(qualname);
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    // ------------------------------------------------------------------ scopes

    pub(crate) fn enter_scope(
        &mut self,
        name: &str,
        scope_type: ScopeType,
        key: usize,
        first_line: u32,
        loc: Loc,
    ) -> CResult<()> {
        let Some(ste) = self.st.lookup(key) else {
            return Err(self.internal("missing symbol table entry"));
        };
        // A nested scope costs more native stack than an expression level.
        for _ in 0..super::SCOPE_DEPTH_COST {
            self.enter_rec()?;
        }
        let mut unit = Unit::new(ste, scope_type, name, first_line, loc);
        unit.private = self.cur.private.clone();
        let entry = &self.st.entries[ste];
        for v in &entry.varnames {
            unit.add_varname(v);
        }
        if entry.typ == BlockType::Class {
            if entry.needs_class_closure {
                unit.cellvars.push("__class__".to_string());
            }
        } else {
            unit.cellvars = entry.names_by_scope(Scope::Cell, 0);
        }
        unit.freevars = entry.names_by_scope(Scope::Free, DEF_FREE_CLASS);
        let parent = std::mem::replace(&mut self.cur, unit);
        self.stack.push(parent);
        self.set_qualname();
        Ok(())
    }

    fn set_qualname(&mut self) {
        let mut base = None;
        if self.stack.len() > 1 {
            if let Some(parent) = self.stack.last() {
                let mut force_global = false;
                if matches!(self.cur.scope_type, ScopeType::Function | ScopeType::Class) {
                    let mangled = mangle(parent.private.as_deref(), &self.cur.name);
                    if self.st.entries[parent.ste].scope(&mangled) == Some(Scope::GlobalExplicit) {
                        force_global = true;
                    }
                }
                if !force_global {
                    base = Some(
                        if matches!(parent.scope_type, ScopeType::Function | ScopeType::Lambda) {
                            format!("{}.<locals>", parent.qualname)
                        } else {
                            parent.qualname.clone()
                        },
                    );
                }
            }
        }
        self.cur.qualname = match base {
            Some(b) => format!("{}.{}", b, self.cur.name),
            None => self.cur.name.clone(),
        };
    }

    /// Finish the current unit and return to its parent.
    pub(crate) fn exit_scope(&mut self, add_return: bool) -> CResult<(Arc<CodeObject>, String)> {
        let code = self.assemble(add_return)?;
        let qualname = self.cur.qualname.clone();
        let Some(parent) = self.stack.pop() else {
            return Err(self.internal("scope stack underflow"));
        };
        self.cur = parent;
        for _ in 0..super::SCOPE_DEPTH_COST {
            self.exit_rec();
        }
        Ok((Arc::new(code), qualname))
    }

    // ------------------------------------------------------------------ frame blocks

    pub(crate) fn push_fblock(
        &mut self,
        kind: FBlockKind<'a>,
        block: Label,
        exit: Label,
    ) -> CResult<()> {
        if self.cur.fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks"));
        }
        self.cur.fblocks.push(FBlock { kind, block, exit });
        Ok(())
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.cur.fblocks.pop();
    }

    pub(crate) fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.emit(Instr::DupTop);
        self.emit(Instr::DupTop);
        self.emit(Instr::CallFunction(3));
    }

    /// CPython's `compiler_unwind_fblock`.
    pub(crate) fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match fb.kind {
            FBlockKind::WhileLoop | FBlockKind::ExceptionHandler => {}
            FBlockKind::ForLoop | FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::PopTop);
            }
            FBlockKind::TryExcept => self.emit(Instr::PopBlock),
            FBlockKind::FinallyTry(body) => {
                self.emit(Instr::PopBlock);
                let saved = self.cur.loc;
                if preserve_tos {
                    let l = self.new_label();
                    self.push_fblock(FBlockKind::PopValue, l, l)?;
                }
                for s in body {
                    self.compile_stmt(s)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
                self.cur.loc = saved;
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::PopTop);
                self.emit(Instr::PopExcept);
            }
            FBlockKind::With(loc) => {
                let saved = self.cur.loc;
                self.cur.loc = loc;
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.call_exit_with_nones();
                self.emit(Instr::PopTop);
                self.cur.loc = saved;
            }
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.nameop(n, Ctx::Store)?;
                    self.nameop(n, Ctx::Del)?;
                }
            }
        }
        Ok(())
    }

    /// CPython's `compiler_unwind_fblock_stack`: unwind all frame blocks (for `return`), or
    /// up to the innermost loop (for `break`/`continue`, `want_loop`), which is returned.
    pub(crate) fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        want_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.cur.fblocks.last().copied() else {
            return Ok(None);
        };
        if want_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.cur.fblocks.pop();
        let r = self
            .unwind_fblock(&top, preserve_tos)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, want_loop));
        self.cur.fblocks.push(top);
        r
    }

    pub(crate) fn in_loop(&self) -> bool {
        self.cur
            .fblocks
            .iter()
            .any(|f| matches!(f.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop))
    }

    // ------------------------------------------------------------------ assembly

    fn assemble(&mut self, add_return: bool) -> CResult<CodeObject> {
        if add_return {
            self.load_const(Const::None);
            self.emit(Instr::ReturnValue);
        }
        let mut instrs = std::mem::take(&mut self.cur.instrs);
        for ins in instrs.iter_mut() {
            if let Some(t) = jump_target(ins) {
                let pos = self.cur.labels.get(t as usize).copied().unwrap_or(u32::MAX);
                if pos == u32::MAX {
                    return Err(self.internal("jump to unplaced label"));
                }
                *ins = with_target(*ins, pos);
            }
        }
        let stacksize = match stack_depth(&instrs) {
            Some(d) => d,
            None => return Err(self.internal("inconsistent stack depth")),
        };
        let entry = self.cur_entry();
        let mut flags = 0;
        if entry.typ == BlockType::Function {
            flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
            if entry.nested {
                flags |= code_flags::NESTED;
            }
            if entry.generator && !entry.coroutine {
                flags |= code_flags::GENERATOR;
            }
            if entry.coroutine && !entry.generator {
                flags |= code_flags::COROUTINE;
            }
            if entry.varargs {
                flags |= code_flags::VARARGS;
            }
            if entry.varkeywords {
                flags |= code_flags::VARKEYWORDS;
            }
        }
        let u = &mut self.cur;
        Ok(CodeObject {
            name: Arc::from(u.name.as_str()),
            qualname: Arc::from(u.qualname.as_str()),
            filename: self.filename_arc.clone(),
            first_line: u.first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags,
            instructions: instrs,
            lines: std::mem::take(&mut u.lines),
            consts: std::mem::take(&mut u.consts),
            names: std::mem::take(&mut u.names),
            varnames: std::mem::take(&mut u.varnames),
            cellvars: u.cellvars.iter().map(|s| Arc::from(s.as_str())).collect(),
            freevars: u.freevars.iter().map(|s| Arc::from(s.as_str())).collect(),
            stacksize,
            source: self.source_arc.clone(),
        })
    }
}

pub(crate) fn jump_target(i: &Instr) -> Option<u32> {
    use Instr::*;
    match *i {
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
        | JumpIfTrueOrPop(t) | ForIter(t) | SetupFinally(t) | SetupWith(t)
        | JumpIfNotExcMatch(t) => Some(t),
        _ => None,
    }
}

fn with_target(i: Instr, t: u32) -> Instr {
    use Instr::*;
    match i {
        Jump(_) => Jump(t),
        PopJumpIfFalse(_) => PopJumpIfFalse(t),
        PopJumpIfTrue(_) => PopJumpIfTrue(t),
        JumpIfFalseOrPop(_) => JumpIfFalseOrPop(t),
        JumpIfTrueOrPop(_) => JumpIfTrueOrPop(t),
        ForIter(_) => ForIter(t),
        SetupFinally(_) => SetupFinally(t),
        SetupWith(_) => SetupWith(t),
        JumpIfNotExcMatch(_) => JumpIfNotExcMatch(t),
        other => other,
    }
}

fn is_terminal(i: &Instr) -> bool {
    matches!(
        i,
        Instr::Jump(_) | Instr::ReturnValue | Instr::Reraise | Instr::RaiseVarargs(_)
    )
}

/// Net stack effect of an instruction, on the fall-through path or (`jump`) when the jump
/// is taken (for `SetupFinally`/`SetupWith`: at the handler).
pub(crate) fn stack_effect(i: &Instr, jump: bool) -> i64 {
    use Instr::*;
    match *i {
        Nop => 0,
        PopTop => -1,
        RotTwo | RotThree | RotFour => 0,
        DupTop => 1,
        DupTopTwo => 2,
        Copy(_) => 1,
        Swap(_) => 0,
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_)
        | LoadGlobal(_) | LoadName(_) => 1,
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => -1,
        DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => 0,
        LoadAttr(_) => 0,
        StoreAttr(_) => -2,
        DeleteAttr(_) => -1,
        LoadMethod(_) => 1,
        CallMethod(n) => -(n as i64) - 1,
        BinarySubscr => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        BinaryOp(_) | InplaceOp(_) => -1,
        UnaryNegative | UnaryPositive | UnaryInvert | UnaryNot => 0,
        CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
        Jump(_) => 0,
        PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        GetIter => 0,
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) | BuildSlice(n) => 1 - n as i64,
        BuildMap(n) => 1 - 2 * n as i64,
        ListAppend(_) | SetAdd(_) => -1,
        MapAdd(_) => -2,
        ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => -1,
        ListToTuple => 0,
        UnpackSequence(n) => n as i64 - 1,
        UnpackEx(a) => (a & 0xff) as i64 + (a >> 8) as i64,
        CallFunction(n) => -(n as i64),
        CallFunctionKw(n) => -(n as i64) - 1,
        CallFunctionEx(f) => -1 - (f & 1) as i64,
        MakeFunction(f) => -1 - (f & 0xf).count_ones() as i64,
        ReturnValue => -1,
        YieldValue => 0,
        GetYieldFromIter => 0,
        YieldFrom => -1,
        LoadBuildClass | LoadAssertionError => 1,
        SetupAnnotations => 0,
        SetupFinally(_) => {
            if jump {
                1
            } else {
                0
            }
        }
        PopBlock | PopExcept => 0,
        Reraise => -1,
        JumpIfNotExcMatch(_) => -1,
        RaiseVarargs(n) => -(n as i64),
        SetupWith(_) => 1,
        WithExceptStart => 1,
        ImportName(_) => -1,
        ImportFrom(_) => 1,
        ImportStar => -1,
        FormatValue(f) => {
            if f & format_value::HAS_SPEC != 0 {
                -1
            } else {
                0
            }
        }
        GetLen | MatchMapping | MatchSequence | MatchKeys => 1,
        MatchClass(_) => -2,
        CopyDictWithoutKeys => 0,
        PrintExpr => -1,
    }
}

/// Maximum stack depth over all reachable paths; `None` if the code is inconsistent
/// (negative depth or runaway growth), which would be a compiler bug.
pub(crate) fn stack_depth(instrs: &[Instr]) -> Option<u32> {
    let n = instrs.len();
    let mut depth: Vec<i64> = vec![-1; n];
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
    let mut max = 0i64;
    while let Some((pos, d)) = work.pop() {
        if pos >= n {
            if d != 0 && pos > n {
                return None;
            }
            continue;
        }
        if !(0..=1_000_000).contains(&d) {
            return None;
        }
        if depth[pos] >= d {
            continue;
        }
        depth[pos] = d;
        max = max.max(d);
        let ins = &instrs[pos];
        if let Some(t) = jump_target(ins) {
            let jd = d + stack_effect(ins, true);
            max = max.max(jd);
            work.push((t as usize, jd));
        }
        if !is_terminal(ins) {
            let fd = d + stack_effect(ins, false);
            max = max.max(fd);
            work.push((pos + 1, fd));
        }
    }
    u32::try_from(max).ok()
}
