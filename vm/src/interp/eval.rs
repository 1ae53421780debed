//! The evaluation loop.

use std::rc::Rc;

use crate::bytecode::{format_value, make_function, BinaryOp, CompareOp, Instr};
use crate::objects::{PyCell, PyDict, PyFunction, PyStr, PyTuple, TraceEntry};
use crate::value::Value;

use super::frame::{Block, BlockKind, Frame, FrameExit};
use super::{AttrCache as AttrCacheHit, PyErr, PyResult, Vm};

impl Vm {
    /// Run `f` until it returns or yields. `pending` injects an exception at the current
    /// position first (generator `throw`).
    #[inline]
    pub fn run_frame(&mut self, f: &mut Frame, pending: Option<PyErr>) -> PyResult<FrameExit> {
        if !self.cross.stats.enabled {
            return self.run_frame_body(f, pending);
        }
        // `-X sharing-stats` attributes cross-thread traffic to the running line.
        self.stats_frames.push(f as *const Frame);
        let r = self.run_frame_body(f, pending);
        self.stats_frames.pop();
        r
    }

    /// `UNPACK_SEQUENCE`: push the `n` items of `v`, last first. A tuple of the right size
    /// (`a, b = t`, `for i, x in enumerate(...)`) needs no intermediate vector, and a sole
    /// owner gives its items up without copying them.
    #[inline(never)]
    fn unpack_onto(&mut self, f: &mut Frame, v: Value, n: usize) -> PyResult<()> {
        match v {
            Value::Tuple(t) if t.items.len() == n => {
                match Rc::try_unwrap(t) {
                    Ok(t) => t.items.into_iter().rev().for_each(|x| f.push(x)),
                    Err(t) => t.items.iter().rev().for_each(|x| f.push(x.clone())),
                }
                Ok(())
            }
            v => {
                let items = self.unpack(&v, n)?;
                f.stack.extend(items.into_iter().rev());
                Ok(())
            }
        }
    }

    /// `STORE_FAST i`: the old value is dropped, and pending finalizers run when it was a
    /// heap object. Only for frames of code whose `rt.operands_ok` holds (checked on entry
    /// to `execute`), so `i` is in range.
    #[inline(always)]
    fn store_local(&mut self, f: &mut Frame, i: u32, v: Value) {
        // SAFETY: see above.
        if let Some(old) = unsafe { f.store_fast(i as usize, v) } {
            let heap = old.tag() >= crate::value::FIRST_HEAP_TAG;
            crate::value::drop_value(old);
            if heap {
                self.finalize_pending();
            }
        }
    }

    /// "file:line" of the innermost running frame (for `-X sharing-stats`).
    pub fn current_line(&self) -> String {
        match self.stats_frames.last() {
            // SAFETY: frames are pushed by `run_frame` for exactly as long as it runs them,
            // and only this thread touches this interpreter.
            Some(&p) => {
                let f = unsafe { &*p };
                format!("{}:{} ({})", f.code.filename, f.line(), f.code.name)
            }
            None => "<no frame>".to_string(),
        }
    }

    #[inline(always)]
    fn run_frame_body(&mut self, f: &mut Frame, mut pending: Option<PyErr>) -> PyResult<FrameExit> {
        // Safe point on every call: other interpreters may be waiting on us.
        if self.interrupt_pending() {
            self.safepoint();
        }
        self.limits.ticks -= 1;
        if self.limits.ticks < 0 {
            if let Err(e) = self.limits_slow_path() {
                pending.get_or_insert(e);
            }
        }
        if pending.is_none() {
            match self.execute(f) {
                Ok(exit) => return Ok(exit),
                Err(e) => pending = Some(e),
            }
        }
        self.run_frame_raising(f, pending)
    }

    /// The rest of `run_frame_body` once an exception is raised: record the traceback
    /// entry, unwind to a handler and resume, until the frame exits.
    #[inline(never)]
    fn run_frame_raising(
        &mut self,
        f: &mut Frame,
        mut pending: Option<PyErr>,
    ) -> PyResult<FrameExit> {
        loop {
            let err = match pending.take() {
                Some(e) => e,
                None => match self.execute(f) {
                    Ok(exit) => return Ok(exit),
                    Err(e) => e,
                },
            };
            if self.reraising {
                self.reraising = false;
            } else {
                self.chain_context(&err);
                self.add_traceback(
                    &err,
                    TraceEntry {
                        filename: Rc::from(&*f.code.filename),
                        name: Rc::from(&*f.code.name),
                        line: f.line(),
                        source: Some(f.code.source.clone()),
                    },
                );
            }
            self.unwind(f, err)?;
        }
    }

    /// Set `__context__` of a freshly raised exception to the one being handled.
    fn chain_context(&mut self, err: &PyErr) {
        let Some(h) = self.handled.clone() else {
            return;
        };
        if let Value::Instance(hi) = &h {
            if Rc::ptr_eq(hi, &err.exc) {
                return;
            }
        }
        if let Some(st) = self.exc_state(&err.exc) {
            let mut s = st.borrow_mut();
            if s.context.is_none() {
                s.context = Some(h);
            }
        }
    }

    fn unwind(&mut self, f: &mut Frame, err: PyErr) -> PyResult<()> {
        while let Some(b) = f.blocks.pop() {
            match b.kind {
                BlockKind::ExceptHandler { prev } => {
                    self.handled = prev;
                    f.stack.truncate(b.level as usize);
                }
                BlockKind::Finally => {
                    f.stack.truncate(b.level as usize);
                    let v = err.value();
                    let prev = self.handled.replace(v.clone());
                    f.blocks.push(Block {
                        kind: BlockKind::ExceptHandler { prev },
                        handler: 0,
                        level: b.level,
                    });
                    f.push(v);
                    f.pc = b.handler as usize;
                    return Ok(());
                }
            }
        }
        Err(err)
    }

    fn stack_underflow(&self) -> PyErr {
        self.new_error("SystemError", "weft: value stack underflow (compiler bug)")
    }

    fn execute(&mut self, f: &mut Frame) -> PyResult<FrameExit> {
        // SAFETY: a frame's code and runtime data are never replaced while it executes, and
        // the frame (which owns strong references to both) outlives this call; borrowing
        // through raw pointers avoids an atomic refcount round-trip per frame entry.
        let code: &crate::bytecode::CodeObject = unsafe { &*std::sync::Arc::as_ptr(&f.code) };
        let instrs = &code.instructions[..];
        let rt: &super::CodeRt = unsafe { &*Rc::as_ptr(&f.rt) };
        if !rt.operands_ok {
            return Err(self.new_error("SystemError", "weft: malformed code object"));
        }
        macro_rules! pop {
            () => {
                match f.pop_value() {
                    Some(v) => v,
                    None => return Err(self.stack_underflow()),
                }
            };
        }
        macro_rules! top {
            () => {
                match f.stack.last() {
                    Some(v) => v,
                    None => return Err(self.stack_underflow()),
                }
            };
        }
        loop {
            let Some(&instr) = instrs.get(f.pc) else {
                return Ok(FrameExit::Return(Value::None));
            };
            f.pc += 1;
            match instr {
                Instr::Nop => {}
                Instr::PopTop => {
                    crate::value::drop_value(pop!());
                    self.finalize_pending();
                }
                Instr::RotTwo => {
                    let n = f.stack.len();
                    if n < 2 {
                        return Err(self.stack_underflow());
                    }
                    f.stack.swap(n - 1, n - 2);
                }
                Instr::RotThree => {
                    let n = f.stack.len();
                    if n < 3 {
                        return Err(self.stack_underflow());
                    }
                    // [a, b, c] -> [c, a, b] (no memmove: `x[i] op= v` runs this a lot).
                    f.stack.swap(n - 1, n - 2);
                    f.stack.swap(n - 2, n - 3);
                }
                Instr::DupTopTwo => {
                    let n = f.stack.len();
                    if n < 2 {
                        return Err(self.stack_underflow());
                    }
                    let a = f.stack[n - 2].clone();
                    let b = f.stack[n - 1].clone();
                    f.push(a);
                    f.push(b);
                }
                Instr::DupTop => {
                    let v = top!().clone();
                    f.push(v);
                }
                Instr::LoadConst(i) => {
                    let v = unsafe { rt.consts.get_unchecked(i as usize) }.clone();
                    f.push(v);
                }
                // SAFETY (this and the next two): `rt.operands_ok` was checked on entry, and
                // a frame has one local per `varnames` entry.
                Instr::LoadFast(i) => match unsafe { f.fast.get_unchecked(i as usize) } {
                    Some(v) => {
                        let v = v.clone();
                        f.push(v);
                    }
                    None => {
                        return Err(self.new_error(
                            "UnboundLocalError",
                            format!(
                                "cannot access local variable '{}' where it is not associated with a value",
                                code.varnames[i as usize]
                            ),
                        ))
                    }
                },
                Instr::StoreFast(i) => {
                    let v = pop!();
                    self.store_local(f, i, v);
                }
                Instr::LoadDeref(i) => {
                    if f.cells[i as usize].cross.get().is_some() {
                        let c = f.cells[i as usize].clone();
                        match self.load_cell(&c)? {
                            Some(v) => f.push(v),
                            None => return Err(self.unbound_deref(code, i as usize)),
                        }
                        continue;
                    }
                    let v = f.cells[i as usize].value.borrow().clone();
                    match v {
                        Some(v) => f.push(v),
                        None => return Err(self.unbound_deref(code, i as usize)),
                    }
                }
                Instr::StoreDeref(i) => {
                    let v = pop!();
                    if f.cells[i as usize].cross.get().is_some() {
                        let c = f.cells[i as usize].clone();
                        self.store_cell(&c, Some(v))?;
                        continue;
                    }
                    *f.cells[i as usize].value.borrow_mut() = Some(v);
                }
                Instr::LoadClosure(i) => {
                    let c = f.cells[i as usize].clone();
                    f.push(Value::Cell(c));
                }
                Instr::LoadGlobal(i) => {
                    let v = self.load_global(f, rt, i as usize, true)?;
                    f.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = pop!();
                    if f.globals.cross.get().is_some() {
                        let g = f.globals.clone();
                        if self.mirror_store_global(&g, &rt.names[i as usize], Some(v.clone()))? {
                            continue;
                        }
                    }
                    super::hashing::dict_set_str(&f.globals, rt.names[i as usize].clone(), v);
                    self.finalize_pending();
                }
                Instr::LoadAttr(i) => {
                    let obj = pop!();
                    let name = &rt.names[i as usize];
                    if let Value::Instance(inst) = &obj {
                        if let Some(v) = cached_load_attr(rt, f.pc - 1, inst, &obj, name) {
                            f.push(v);
                            crate::value::drop_value(obj);
                            continue;
                        }
                        let v = self.getattr(&obj, name)?;
                        if !cache_matches(rt, f.pc - 1, inst) {
                            self.fill_attr_cache(rt, f.pc - 1, inst, name, false);
                        }
                        f.push(v);
                        continue;
                    }
                    let v = self.getattr(&obj, name)?;
                    f.push(v);
                }
                Instr::StoreAttr(i) => {
                    let obj = pop!();
                    let v = pop!();
                    let name = &rt.names[i as usize];
                    if let Value::Instance(inst) = &obj {
                        let v = match cached_store_attr(rt, f.pc - 1, inst, name, v) {
                            Ok(()) => continue,
                            Err(v) => v,
                        };
                        let known = cache_matches(rt, f.pc - 1, inst);
                        self.setattr(&obj, name, v)?;
                        if !known {
                            self.fill_attr_cache(rt, f.pc - 1, inst, name, true);
                        }
                        continue;
                    }
                    self.setattr(&obj, name, v)?;
                }
                Instr::LoadMethod(i) => {
                    let obj = pop!();
                    let name = &rt.names[i as usize];
                    if let Value::Instance(inst) = &obj {
                        if let Some((m, s)) = cached_load_method(rt, f.pc - 1, inst, &obj, name) {
                            f.push(m);
                            f.push(s);
                            continue;
                        }
                        let (m, s) = self.load_method(&obj, name)?;
                        if !cache_matches(rt, f.pc - 1, inst) {
                            self.fill_attr_cache(rt, f.pc - 1, inst, name, false);
                        }
                        f.push(m);
                        f.push(s);
                        continue;
                    }
                    // Methods of builtin values (`lst.append`): builtin types never change,
                    // so the method found for a type is cached per instruction.
                    let cacheable = !matches!(
                        obj,
                        Value::Type(_) | Value::Module(_) | Value::Special(_)
                    );
                    if cacheable {
                        let t = self.type_of(&obj);
                        let hit = {
                            let cache = rt.attr_cache.borrow();
                            match cache.get(2 * (f.pc - 1)) {
                                Some(AttrCacheHit {
                                    class: Some(ct),
                                    descr: Some(d),
                                    slow: false,
                                    ..
                                }) if Rc::ptr_eq(ct, &t) => Some(d.clone()),
                                _ => None,
                            }
                        };
                        if let Some(m) = hit {
                            f.push(m);
                            f.push(obj);
                            continue;
                        }
                        let (m, s) = self.load_method(&obj, name)?;
                        if !matches!(s, Value::Null)
                            && matches!(m, Value::Builtin(_) | Value::Function(_))
                        {
                            if let Some(c) = rt.attr_cache.borrow_mut().get_mut(2 * (f.pc - 1)) {
                                *c = super::AttrCache {
                                    class: Some(t),
                                    epoch: 0,
                                    descr: Some(m.clone()),
                                    slow: false,
                                    ..Default::default()
                                };
                            }
                        }
                        f.push(m);
                        f.push(s);
                        continue;
                    }
                    let (m, s) = self.load_method(&obj, name)?;
                    f.push(m);
                    f.push(s);
                }
                Instr::CallMethod(n) => {
                    let n = n as usize;
                    let len = f.stack.len();
                    if len < n + 2 {
                        return Err(self.stack_underflow());
                    }
                    let base = len - n - 2;
                    if let Value::Function(func) = &f.stack[base] {
                        let (first, argc) = match f.stack[base + 1] {
                            Value::Null => (base + 2, n),
                            _ => (base + 1, n + 1),
                        };
                        if super::call::binds_simply(func, argc) {
                            let func = func.clone();
                            let r = self.call_simple(&func, f.take_from(first));
                            f.truncate_to(base);
                            f.push(r?);
                            continue;
                        }
                    }
                    let r = if let Value::Null = f.stack[base + 1] {
                        let func = f.stack[base].clone();
                        self.call(&func, &f.stack[base + 2..], &[])?
                    } else {
                        let func = f.stack[base].clone();
                        self.call(&func, &f.stack[base + 1..], &[])?
                    };
                    f.stack.truncate(base);
                    f.push(r);
                }
                Instr::BinarySubscr => {
                    let key = pop!();
                    let obj = pop!();
                    let v = match (&obj, &key) {
                        (Value::List(l), Value::Int(i)) => {
                            let items = l.items.borrow();
                            let idx = if *i < 0 { *i + items.len() as i64 } else { *i };
                            match items.get(idx as usize) {
                                Some(v) if idx >= 0 => {
                                    let v = v.clone();
                                    drop(items);
                                    f.push(v);
                                    crate::value::drop_value(obj);
                                    continue;
                                }
                                _ => {
                                    drop(items);
                                    return Err(self.index_error("list index out of range"));
                                }
                            }
                        }
                        _ => self.getitem(&obj, &key)?,
                    };
                    f.push(v);
                }
                Instr::StoreSubscr => {
                    let key = pop!();
                    let obj = pop!();
                    let v = pop!();
                    if let (Value::List(l), Value::Int(i)) = (&obj, &key) {
                        let mut items = l.items.borrow_mut();
                        let idx = if *i < 0 { *i + items.len() as i64 } else { *i };
                        if idx >= 0 && (idx as usize) < items.len() {
                            items[idx as usize] = v;
                            continue;
                        }
                        drop(items);
                        return Err(self.index_error("list assignment index out of range"));
                    }
                    self.setitem(&obj, key, v)?;
                }
                Instr::BinaryOp(op) => {
                    if let Some((a, b)) = f.top2() {
                        if let Some(r) = fast_binop(op, a, b) {
                            // SAFETY: `fast_binop` only succeeds on ints and floats.
                            unsafe { f.replace_top2_imm(r) };
                            continue;
                        }
                    }
                    let b = pop!();
                    let a = pop!();
                    let r = match fast_binop(op, &a, &b) {
                        Some(r) => r,
                        None => self.binary_op(&a, &b, op)?,
                    };
                    f.push(r);
                }
                Instr::InplaceOp(op) => {
                    if let Some((a, b)) = f.top2() {
                        if let Some(r) = fast_binop(op, a, b) {
                            // SAFETY: `fast_binop` only succeeds on ints and floats.
                            unsafe { f.replace_top2_imm(r) };
                            continue;
                        }
                    }
                    let b = pop!();
                    let a = pop!();
                    let r = match fast_binop(op, &a, &b) {
                        Some(r) => r,
                        None => self.inplace_op(&a, &b, op)?,
                    };
                    f.push(r);
                }
                Instr::UnaryNegative => {
                    let a = pop!();
                    let r = self.unary_neg(&a)?;
                    f.push(r);
                }
                Instr::UnaryNot => {
                    let a = pop!();
                    let r = !self.truthy(&a)?;
                    f.push(Value::Bool(r));
                }
                Instr::CompareOp(op) => {
                    if let Some((a, b)) = f.top2() {
                        if let Some(r) = fast_compare(op, a, b) {
                            // `if a < b:` is `CompareOp; PopJumpIfFalse`: branch directly.
                            let jump = match instrs.get(f.pc) {
                                Some(&Instr::PopJumpIfFalse(t)) => Some((!r, t)),
                                Some(&Instr::PopJumpIfTrue(t)) => Some((r, t)),
                                _ => None,
                            };
                            // SAFETY: `fast_compare` only succeeds on ints and floats, which
                            // need no drop.
                            unsafe {
                                match jump {
                                    Some((taken, t)) => {
                                        f.drop_top2_imm();
                                        f.pc = if taken { t as usize } else { f.pc + 1 };
                                    }
                                    None => f.replace_top2_imm(Value::Bool(r)),
                                }
                            }
                            continue;
                        }
                    }
                    let b = pop!();
                    let a = pop!();
                    // Ints and floats took the fast path above; `compare` tries two strs first.
                    let r = self.compare(&a, &b, op)?;
                    f.push(r);
                }
                Instr::IsOp(inv) => {
                    let b = pop!();
                    let a = pop!();
                    f.push(Value::Bool(a.is(&b) != (inv == 1)));
                }
                Instr::ContainsOp(inv) => {
                    let b = pop!();
                    let a = pop!();
                    let r = self.contains(&b, &a)?;
                    f.push(Value::Bool(r != (inv == 1)));
                }
                Instr::Jump(t) => {
                    if (t as usize) < f.pc {
                        // Safe point on backward jumps (loops).
                        if self.interrupt_pending() {
                            self.safepoint();
                        }
                        self.limits.ticks -= 1;
                        if self.limits.ticks < 0 {
                            self.limits_slow_path()?;
                        }
                    }
                    f.pc = t as usize;
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = pop!();
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if !b {
                        f.pc = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop!();
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if b {
                        f.pc = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    let v = top!().clone();
                    if !self.truthy(&v)? {
                        f.pc = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    let v = top!().clone();
                    if self.truthy(&v)? {
                        f.pc = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::GetIter => {
                    let v = pop!();
                    let it = self.get_iter(&v)?;
                    f.push(it);
                }
                Instr::ForIter(t) => {
                    // Fast paths: a range of machine ints, a list.
                    let fast = match f.stack.last() {
                        Some(Value::Iter(it)) => {
                            let mut st = it.state.borrow_mut();
                            match &mut *st {
                                crate::objects::IterState::Range { next, stop, step } => {
                                    let cur = *next;
                                    if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                                        match i64::try_from(cur) {
                                            Ok(v) => {
                                                *next = cur + *step;
                                                Some(Some(Value::Int(v)))
                                            }
                                            Err(_) => None,
                                        }
                                    } else {
                                        Some(None)
                                    }
                                }
                                crate::objects::IterState::Seq {
                                    seq: Value::List(l),
                                    idx,
                                } => {
                                    let item = l.items.borrow().get(*idx).cloned();
                                    match item {
                                        Some(v) => {
                                            *idx += 1;
                                            Some(Some(v))
                                        }
                                        None => None,
                                    }
                                }
                                _ => None,
                            }
                        }
                        _ => None,
                    };
                    // `for x in ...` is `ForIter; StoreFast x`: store the item directly.
                    macro_rules! push_item {
                        ($v:expr) => {{
                            let v = $v;
                            if let Some(&Instr::StoreFast(j)) = instrs.get(f.pc) {
                                f.pc += 1;
                                self.store_local(f, j, v);
                            } else {
                                f.push(v);
                            }
                        }};
                    }
                    match fast {
                        Some(Some(v)) => {
                            push_item!(v);
                            continue;
                        }
                        Some(None) => {
                            f.stack.pop();
                            f.pc = t as usize;
                            continue;
                        }
                        None => {}
                    }
                    // The iterator stays on the stack (and alive) while it runs.
                    let next = self.next(top!())?;
                    match next {
                        Some(v) => push_item!(v),
                        None => {
                            f.stack.pop();
                            f.pc = t as usize;
                        }
                    }
                }
                Instr::BuildTuple(n) => {
                    let items = f.stack.split_off(f.stack.len().saturating_sub(n as usize));
                    f.push(Value::Tuple(Rc::new(PyTuple::new(items))));
                }
                Instr::BuildList(n) => {
                    let items = f.stack.split_off(f.stack.len().saturating_sub(n as usize));
                    f.push(Value::list(items));
                }
                Instr::ListAppend(i) => {
                    let v = pop!();
                    let idx = f.stack.len() - i as usize;
                    if let Value::List(l) = &f.stack[idx] {
                        l.items.borrow_mut().push(v);
                    }
                }
                Instr::UnpackSequence(n) => {
                    let v = pop!();
                    self.unpack_onto(f, v, n as usize)?;
                }
                Instr::CallFunction(n) => {
                    let n = n as usize;
                    let len = f.stack.len();
                    if len < n + 1 {
                        return Err(self.stack_underflow());
                    }
                    let base = len - n - 1;
                    match &f.stack[base] {
                        Value::Function(func) if super::call::binds_simply(func, n) => {
                            let func = func.clone();
                            let r = self.call_simple(&func, f.take_from(base + 1));
                            f.truncate_to(base);
                            f.push(r?);
                            continue;
                        }
                        Value::Type(t) => {
                            let t = t.clone();
                            if let Some(init) = self.simple_init(&t) {
                                if super::call::binds_simply(&init, n + 1) {
                                    let obj = crate::builtins::classes::new_instance(
                                        self,
                                        &t,
                                        crate::objects::Payload::None,
                                    );
                                    let args = std::iter::once(obj.clone()).chain(f.take_from(base + 1));
                                    let r = self.call_simple(&init, args);
                                    f.stack.truncate(base);
                                    let r = r?;
                                    if !r.is_none() {
                                        return Err(self.type_error(format!(
                                            "__init__() should return None, not '{}'",
                                            self.type_name(&r)
                                        )));
                                    }
                                    f.push(obj);
                                    continue;
                                }
                            }
                        }
                        _ => {}
                    }
                    let func = f.stack[base].clone();
                    let r = match self.frame_builtin(f, &func, &f.stack[base + 1..]) {
                        Some(r) => r?,
                        None => self.call(&func, &f.stack[base + 1..], &[])?,
                    };
                    f.stack.truncate(base);
                    f.push(r);
                }
                Instr::ReturnValue => {
                    let v = pop!();
                    return Ok(FrameExit::Return(v));
                }
                Instr::YieldValue => {
                    let v = pop!();
                    return Ok(FrameExit::Yield(v));
                }
                Instr::YieldFrom => {
                    let sent = pop!();
                    let sub = top!().clone();
                    match self.delegate_send(&sub, sent)? {
                        Ok(yielded) => {
                            // Re-run this instruction when resumed with the next sent value.
                            f.pc -= 1;
                            return Ok(FrameExit::Yield(yielded));
                        }
                        Err(result) => {
                            f.stack.pop();
                            f.push(result);
                        }
                    }
                }
                Instr::SetupFinally(t) => {
                    f.blocks.push(Block {
                        kind: BlockKind::Finally,
                        handler: t,
                        level: f.stack.len() as u32,
                    });
                }
                Instr::PopBlock => {
                    f.blocks.pop();
                }
                Instr::PopExcept => {
                    if let Some(b) = f.blocks.pop() {
                        if let BlockKind::ExceptHandler { prev } = b.kind {
                            self.handled = prev;
                        }
                    }
                }
                other => {
                    if let Some(exit) = self.execute_cold(f, rt, other)? {
                        return Ok(exit);
                    }
                }
            }
        }
    }

    /// The less frequent instructions, kept out of `execute` so that the hot loop stays
    /// small (fewer spills, a smaller stack frame per Python call).
    #[inline(never)]
    fn execute_cold(
        &mut self,
        f: &mut Frame,
        rt: &super::CodeRt,
        instr: Instr,
    ) -> PyResult<Option<FrameExit>> {
        let code: &crate::bytecode::CodeObject = unsafe { &*std::sync::Arc::as_ptr(&f.code) };
        macro_rules! pop {
            () => {
                match f.pop_value() {
                    Some(v) => v,
                    None => return Err(self.stack_underflow()),
                }
            };
        }
        macro_rules! top {
            () => {
                match f.stack.last() {
                    Some(v) => v,
                    None => return Err(self.stack_underflow()),
                }
            };
        }
        let _ = code;
        match instr {
            Instr::RotFour => {
                let n = f.stack.len();
                if n < 4 {
                    return Err(self.stack_underflow());
                }
                let v = f.stack.remove(n - 1);
                f.stack.insert(n - 4, v);
            }
            Instr::Copy(n) => {
                let len = f.stack.len();
                let n = n as usize;
                if n == 0 || n > len {
                    return Err(self.stack_underflow());
                }
                let v = f.stack[len - n].clone();
                f.push(v);
            }
            Instr::Swap(n) => {
                let len = f.stack.len();
                let n = n as usize;
                if n == 0 || n > len {
                    return Err(self.stack_underflow());
                }
                f.stack.swap(len - 1, len - n);
            }
            Instr::DeleteFast(i) => {
                if f.fast[i as usize].take().is_none() {
                    return Err(self.new_error(
                            "UnboundLocalError",
                            format!(
                                "cannot access local variable '{}' where it is not associated with a value",
                                code.varnames[i as usize]
                            ),
                        ));
                }
                self.finalize_pending();
            }
            Instr::DeleteDeref(i) => {
                if f.cells[i as usize].cross.get().is_some() {
                    let c = f.cells[i as usize].clone();
                    if self.load_cell(&c)?.is_none() {
                        return Err(self.unbound_deref(code, i as usize));
                    }
                    self.store_cell(&c, None)?;
                    return Ok(None);
                }
                let was_set = f.cells[i as usize].value.borrow_mut().take().is_some();
                if !was_set {
                    return Err(self.unbound_deref(code, i as usize));
                }
            }
            Instr::LoadClassDeref(i) => {
                let ncell = code.cellvars.len();
                let idx = i as usize;
                let name = if idx < ncell {
                    &code.cellvars[idx]
                } else {
                    &code.freevars[idx - ncell]
                };
                let name = self.intern(name);
                let mut found = None;
                if let Some(locals) = &f.locals {
                    let locals = locals.clone();
                    found = self.mapping_get(&locals, &Value::Str(name.clone()))?;
                }
                match found {
                    Some(v) => f.push(v),
                    None => {
                        let v = f.cells[idx].value.borrow().clone();
                        match v {
                            Some(v) => f.push(v),
                            None => return Err(self.unbound_deref(code, idx)),
                        }
                    }
                }
            }
            Instr::DeleteGlobal(i) => {
                let name = &rt.names[i as usize];
                if f.globals.cross.get().is_some() {
                    let g = f.globals.clone();
                    if self.mirror_store_global(&g, name, None)? {
                        return Ok(None);
                    }
                }
                if super::hashing::dict_del_str(&f.globals, name).is_none() {
                    return Err(self.new_error(
                        "NameError",
                        format!("name '{}' is not defined", name.as_str()),
                    ));
                }
                self.finalize_pending();
            }
            Instr::LoadName(i) => {
                // Module-level code (locals are the globals): the cached global lookup.
                let v = match &f.locals {
                    Some(Value::Dict(d)) if Rc::ptr_eq(d, &f.globals) => {
                        self.load_global(f, rt, i as usize, false)?
                    }
                    _ => {
                        let name = rt.names[i as usize].clone();
                        self.load_name(f, &name)?
                    }
                };
                f.push(v);
            }
            Instr::StoreName(i) => {
                let v = pop!();
                let name = rt.names[i as usize].clone();
                match &f.locals {
                    Some(Value::Dict(d)) => super::hashing::dict_set_str(d, name, v),
                    Some(m) => {
                        let m = m.clone();
                        self.setitem(&m, Value::Str(name), v)?;
                    }
                    None => super::hashing::dict_set_str(&f.globals, name, v),
                }
                self.finalize_pending();
            }
            Instr::DeleteName(i) => {
                let name = rt.names[i as usize].clone();
                let ok = match &f.locals {
                    Some(Value::Dict(d)) => super::hashing::dict_del_str(d, &name).is_some(),
                    Some(m) => {
                        let m = m.clone();
                        self.delitem(&m, &Value::Str(name.clone())).is_ok()
                    }
                    None => super::hashing::dict_del_str(&f.globals, &name).is_some(),
                };
                if !ok {
                    return Err(self.new_error(
                        "NameError",
                        format!("name '{}' is not defined", name.as_str()),
                    ));
                }
                self.finalize_pending();
            }
            Instr::DeleteAttr(i) => {
                let obj = pop!();
                self.delattr(&obj, &rt.names[i as usize])?;
            }
            Instr::DeleteSubscr => {
                let key = pop!();
                let obj = pop!();
                self.delitem(&obj, &key)?;
            }
            Instr::UnaryPositive => {
                let a = pop!();
                let r = self.unary_pos(&a)?;
                f.push(r);
            }
            Instr::UnaryInvert => {
                let a = pop!();
                let r = self.unary_invert(&a)?;
                f.push(r);
            }
            Instr::BuildSet(n) => {
                let items = f.stack.split_off(f.stack.len().saturating_sub(n as usize));
                let s = self.new_set_from(items)?;
                f.push(Value::Set(Rc::new(s)));
            }
            Instr::BuildMap(n) => {
                let items = f
                    .stack
                    .split_off(f.stack.len().saturating_sub(2 * n as usize));
                let d = PyDict::new();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    self.dict_set(&d, k, v)?;
                }
                f.push(Value::Dict(Rc::new(d)));
            }
            Instr::BuildString(n) => {
                let items = f.stack.split_off(f.stack.len().saturating_sub(n as usize));
                let mut s = String::new();
                for it in &items {
                    if let Value::Str(p) = it {
                        s.push_str(p.as_str());
                    }
                }
                f.push(Value::string(s));
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { pop!() } else { Value::None };
                let stop = pop!();
                let start = pop!();
                f.push(Value::Slice(Rc::new(crate::objects::PySlice {
                    start,
                    stop,
                    step,
                })));
            }
            Instr::SetAdd(i) => {
                let v = pop!();
                let idx = f.stack.len() - i as usize;
                if let Value::Set(s) = f.stack[idx].clone() {
                    self.set_add(&s, v)?;
                }
            }
            Instr::MapAdd(i) => {
                let v = pop!();
                let k = pop!();
                let idx = f.stack.len() - i as usize;
                if let Value::Dict(d) = f.stack[idx].clone() {
                    self.dict_set(&d, k, v)?;
                }
            }
            Instr::ListExtend(i) => {
                let v = pop!();
                let idx = f.stack.len() - i as usize;
                let target = f.stack[idx].clone();
                if let Value::List(l) = &target {
                    let items = match self.iterate(&v) {
                        Ok(items) => items,
                        Err(e) => {
                            if self.err_is(&e, "TypeError") && !self.is_iterable(&v) {
                                return Err(self.type_error(format!(
                                    "Value after * must be an iterable, not {}",
                                    self.type_name(&v)
                                )));
                            }
                            return Err(e);
                        }
                    };
                    l.items.borrow_mut().extend(items);
                }
            }
            Instr::SetUpdate(i) => {
                let v = pop!();
                let idx = f.stack.len() - i as usize;
                if let Value::Set(s) = f.stack[idx].clone() {
                    for item in self.iterate(&v)? {
                        self.set_add(&s, item)?;
                    }
                }
            }
            Instr::DictUpdate(i) => {
                let v = pop!();
                let idx = f.stack.len() - i as usize;
                if let Value::Dict(d) = f.stack[idx].clone() {
                    if !self.is_mapping(&v) {
                        return Err(self.type_error(format!(
                            "'{}' object is not a mapping",
                            self.type_name(&v)
                        )));
                    }
                    self.dict_update_from(&d, &v)?;
                }
            }
            Instr::DictMerge(i) => {
                let v = pop!();
                let idx = f.stack.len() - i as usize;
                let func = if idx >= 2 {
                    f.stack[idx - 2].clone()
                } else {
                    Value::None
                };
                if let Value::Dict(d) = f.stack[idx].clone() {
                    if !self.is_mapping(&v) {
                        let fname = self.func_display_name(&func);
                        return Err(self.type_error(format!(
                            "{} argument after ** must be a mapping, not {}",
                            fname,
                            self.type_name(&v)
                        )));
                    }
                    let items = self.mapping_items(&v)?;
                    for (k, val) in items {
                        if self.dict_get(&d, &k)?.is_some() {
                            let fname = self.func_display_name(&func);
                            let ks = self.to_str(&k)?;
                            return Err(self.type_error(format!(
                                "{} got multiple values for keyword argument '{}'",
                                fname,
                                ks.as_str()
                            )));
                        }
                        self.dict_set(&d, k, val)?;
                    }
                }
            }
            Instr::ListToTuple => {
                let v = pop!();
                let t = match v {
                    Value::List(l) => Value::tuple(l.items.borrow().clone()),
                    other => other,
                };
                f.push(t);
            }
            Instr::UnpackEx(arg) => {
                let before = (arg & 0xff) as usize;
                let after = (arg >> 8) as usize;
                let v = pop!();
                let items = self.iterate(&v).map_err(|e| {
                    if self.err_is(&e, "TypeError") {
                        self.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            self.type_name(&v)
                        ))
                    } else {
                        e
                    }
                })?;
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mid_end = items.len() - after;
                for v in items[mid_end..].iter().rev() {
                    f.push(v.clone());
                }
                f.push(Value::list(items[before..mid_end].to_vec()));
                for v in items[..before].iter().rev() {
                    f.push(v.clone());
                }
            }
            Instr::CallFunctionKw(n) => {
                let names = pop!();
                let n = n as usize;
                let len = f.stack.len();
                if len < n + 1 {
                    return Err(self.stack_underflow());
                }
                let base = len - n - 1;
                let func = f.stack[base].clone();
                let names: Vec<Value> = match names {
                    Value::Tuple(t) => t.items.clone(),
                    _ => vec![],
                };
                let nkw = names.len();
                let npos = n - nkw;
                let mut kwargs = Vec::with_capacity(nkw);
                for (j, name) in names.into_iter().enumerate() {
                    if let Value::Str(s) = name {
                        kwargs.push((s, f.stack[base + 1 + npos + j].clone()));
                    }
                }
                let r = self.call(&func, &f.stack[base + 1..base + 1 + npos], &kwargs)?;
                f.stack.truncate(base);
                f.push(r);
            }
            Instr::CallFunctionEx(has_kw) => {
                let kw = if has_kw == 1 { Some(pop!()) } else { None };
                let args = pop!();
                let func = pop!();
                let args: Vec<Value> = match args {
                    Value::Tuple(t) => t.items.clone(),
                    Value::List(l) => l.items.borrow().clone(),
                    other => {
                        if !self.is_iterable(&other) {
                            let fname = self.func_display_name(&func);
                            return Err(self.type_error(format!(
                                "{} argument after * must be an iterable, not {}",
                                fname,
                                self.type_name(&other)
                            )));
                        }
                        self.iterate(&other)?
                    }
                };
                let mut kwargs = Vec::new();
                if let Some(kw) = kw {
                    let items = self.mapping_items(&kw)?;
                    for (k, v) in items {
                        match k {
                            Value::Str(s) => kwargs.push((s, v)),
                            _ => return Err(self.type_error("keywords must be strings")),
                        }
                    }
                }
                let r = self.call(&func, &args, &kwargs)?;
                f.push(r);
            }
            Instr::MakeFunction(flags) => {
                let qualname = pop!();
                let codev = pop!();
                let closure = if flags & make_function::CLOSURE != 0 {
                    Some(pop!())
                } else {
                    None
                };
                let annotations = if flags & make_function::ANNOTATIONS != 0 {
                    Some(pop!())
                } else {
                    None
                };
                let kwdefaults = if flags & make_function::KWDEFAULTS != 0 {
                    Some(pop!())
                } else {
                    None
                };
                let defaults = if flags & make_function::DEFAULTS != 0 {
                    Some(pop!())
                } else {
                    None
                };
                let func = self.make_function(
                    f,
                    codev,
                    qualname,
                    defaults,
                    kwdefaults,
                    annotations,
                    closure,
                )?;
                f.push(func);
            }
            Instr::GetYieldFromIter => {
                let v = pop!();
                let it = match &v {
                    Value::Generator(_) => v,
                    _ => self.get_iter(&v)?,
                };
                f.push(it);
            }
            Instr::LoadBuildClass => {
                let v = self
                    .builtins_lookup("__build_class__")
                    .ok_or_else(|| self.new_error("NameError", "__build_class__ not found"))?;
                f.push(v);
            }
            Instr::LoadAssertionError => {
                f.push(Value::Type(self.exc_type("AssertionError")));
            }
            Instr::SetupAnnotations => {
                let name = self.intern("__annotations__");
                let locals = f
                    .locals
                    .clone()
                    .unwrap_or_else(|| Value::Dict(f.globals.clone()));
                if self
                    .mapping_get(&locals, &Value::Str(name.clone()))?
                    .is_none()
                {
                    self.setitem(
                        &locals,
                        Value::Str(name),
                        Value::Dict(Rc::new(PyDict::new())),
                    )?;
                }
            }
            Instr::SetupWith(t) => {
                let mgr = pop!();
                let enter_name = self.intern("__enter__");
                let exit_name = self.intern("__exit__");
                let mt = self.type_of(&mgr);
                let Some(enter) = mt.lookup(&enter_name) else {
                    return Err(self.type_error(format!(
                        "'{}' object does not support the context manager protocol",
                        mt.name_str()
                    )));
                };
                let Some(exit) = mt.lookup(&exit_name) else {
                    return Err(self.type_error(format!(
                            "'{}' object does not support the context manager protocol (missed __exit__ method)",
                            mt.name_str()
                        )));
                };
                let exit_bound = self.bind_descriptor(&exit, &mgr, &mt)?;
                let enter_bound = self.bind_descriptor(&enter, &mgr, &mt)?;
                f.push(exit_bound);
                let r = self.call(&enter_bound, &[], &[])?;
                f.blocks.push(Block {
                    kind: BlockKind::Finally,
                    handler: t,
                    level: f.stack.len() as u32,
                });
                f.push(r);
            }
            Instr::WithExceptStart => {
                let n = f.stack.len();
                if n < 2 {
                    return Err(self.stack_underflow());
                }
                let exc = f.stack[n - 1].clone();
                let exit = f.stack[n - 2].clone();
                let t = Value::Type(self.type_of(&exc));
                let tb = self.traceback_of(&exc);
                let r = self.call(&exit, &[t, exc, tb], &[])?;
                f.push(r);
            }
            Instr::Reraise => {
                let v = pop!();
                self.reraising = true;
                return Err(self.value_to_err(v));
            }
            Instr::JumpIfNotExcMatch(t) => {
                let typ = pop!();
                let exc = top!().clone();
                if !self.exception_matches(&exc, &typ)? {
                    f.pc = t as usize;
                }
            }
            Instr::RaiseVarargs(n) => {
                return Err(self.do_raise(f, n)?);
            }
            Instr::ImportName(i) => {
                let fromlist = pop!();
                let level = pop!();
                let level = match level {
                    Value::Int(l) => l,
                    _ => 0,
                };
                let name = rt.names[i as usize].clone();
                let m = self.import_module_level(&name, &f.globals, &fromlist, level)?;
                f.push(m);
            }
            Instr::ImportFrom(i) => {
                let m = top!().clone();
                let name = rt.names[i as usize].clone();
                let v = self.import_from(&m, &name)?;
                f.push(v);
            }
            Instr::ImportStar => {
                let m = pop!();
                let locals = f
                    .locals
                    .clone()
                    .unwrap_or_else(|| Value::Dict(f.globals.clone()));
                self.import_star(&m, &locals)?;
            }
            Instr::FormatValue(flags) => {
                let spec = if flags & format_value::HAS_SPEC != 0 {
                    Some(pop!())
                } else {
                    None
                };
                let v = pop!();
                let v = match flags & format_value::CONV_MASK {
                    format_value::CONV_STR => Value::Str(self.to_str(&v)?),
                    format_value::CONV_REPR => Value::Str(self.repr(&v)?),
                    format_value::CONV_ASCII => {
                        let r = self.repr(&v)?;
                        Value::string(crate::builtins::ascii_escape(r.as_str()))
                    }
                    _ => v,
                };
                let r = match (&v, &spec) {
                    (Value::Str(_), None) => v,
                    _ => {
                        let spec = match spec {
                            Some(Value::Str(s)) => s,
                            _ => self.intern(""),
                        };
                        Value::Str(self.format(&v, &spec)?)
                    }
                };
                f.push(r);
            }
            Instr::GetLen => {
                let v = top!().clone();
                let n = self.len(&v)?;
                f.push(Value::Int(n as i64));
            }
            Instr::MatchMapping => {
                let v = top!().clone();
                let r = self.is_mapping_for_match(&v);
                f.push(Value::Bool(r));
            }
            Instr::MatchSequence => {
                let v = top!().clone();
                let r = self.is_sequence_for_match(&v);
                f.push(Value::Bool(r));
            }
            Instr::MatchKeys => {
                let n = f.stack.len();
                if n < 2 {
                    return Err(self.stack_underflow());
                }
                let keys = f.stack[n - 1].clone();
                let subject = f.stack[n - 2].clone();
                let r = self.match_keys(&subject, &keys)?;
                f.push(r);
            }
            Instr::MatchClass(count) => {
                let names = pop!();
                let cls = pop!();
                let subject = pop!();
                let r = self.match_class(&subject, &cls, count as usize, &names)?;
                f.push(r);
            }
            Instr::CopyDictWithoutKeys => {
                let keys = pop!();
                let subject = top!().clone();
                let d = PyDict::new();
                for (k, v) in self.mapping_items(&subject)? {
                    self.dict_set(&d, k, v)?;
                }
                for k in self.iterate(&keys)? {
                    self.dict_del(&d, &k)?;
                }
                f.push(Value::Dict(Rc::new(d)));
            }
            Instr::PrintExpr => {
                let v = pop!();
                if !v.is_none() {
                    let r = self.repr(&v)?;
                    self.write_stdout(r.as_str());
                    self.write_stdout("\n");
                    let name = self.intern("_");
                    super::hashing::dict_set_str(&self.builtins.clone(), name, v);
                }
            }
            _ => {}
        }
        Ok(None)
    }

    /// Builtins that need the calling frame: zero-argument `super()`, `locals()`,
    /// `globals()`, `vars()`, `dir()`, and `eval`/`exec` without namespaces.
    fn frame_builtin(
        &mut self,
        f: &Frame,
        func: &Value,
        args: &[Value],
    ) -> Option<PyResult<Value>> {
        match func {
            Value::Type(t) if args.is_empty() && Rc::ptr_eq(t, &self.types.super_) => {
                Some(self.zero_arg_super(f))
            }
            Value::Type(t) if args.len() == 3 && Rc::ptr_eq(t, &self.types.type_) => {
                // type(name, bases, ns) takes __module__ from the calling frame's globals.
                let r = self.call(func, args, &[]);
                if let Ok(Value::Type(c)) = &r {
                    let mk = self.intern("__module__");
                    if let Some(Value::Str(m)) = super::hashing::dict_get_str(&c.dict, &mk) {
                        if m.as_str() == "builtins" {
                            let nk = self.intern("__name__");
                            if let Some(n) = super::hashing::dict_get_str(&f.globals, &nk) {
                                super::hashing::dict_set_str(&c.dict, mk, n);
                            }
                        }
                    }
                }
                Some(r)
            }
            Value::Builtin(b) if b.owner.is_none() && b.bound.is_none() => {
                let name = &*b.name;
                match name {
                    "locals" | "globals" | "vars" | "dir" if args.is_empty() => {
                        let v = if name == "globals" {
                            Value::Dict(f.globals.clone())
                        } else {
                            self.frame_locals(f)
                        };
                        if name == "dir" {
                            let keys = match &v {
                                Value::Dict(d) => d.data.borrow().keys(),
                                _ => vec![],
                            };
                            let mut names: Vec<String> = keys
                                .iter()
                                .filter_map(|k| k.as_str().map(|s| s.as_str().to_string()))
                                .collect();
                            names.sort();
                            return Some(Ok(Value::list(
                                names.into_iter().map(Value::string).collect(),
                            )));
                        }
                        Some(Ok(v))
                    }
                    "eval" | "exec"
                        if args.len() == 1 || (args.len() >= 2 && args[1].is_none()) =>
                    {
                        let locals = match args.get(2) {
                            Some(l) if !l.is_none() => Some(l.clone()),
                            _ => Some(self.frame_locals(f)),
                        };
                        Some(crate::builtins::functions::eval_exec(
                            self,
                            args,
                            name == "eval",
                            f.globals.clone(),
                            locals,
                        ))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn frame_locals(&mut self, f: &Frame) -> Value {
        if let Some(l) = &f.locals {
            return l.clone();
        }
        let d = PyDict::new();
        for (i, v) in f.fast.iter().enumerate() {
            if let Some(v) = v {
                let k = self.intern(&f.code.varnames[i]);
                super::hashing::dict_set_str(&d, k, v.clone());
            }
        }
        let names: Vec<_> = f
            .code
            .cellvars
            .iter()
            .chain(f.code.freevars.iter())
            .cloned()
            .collect();
        for (i, n) in names.iter().enumerate() {
            if let Some(c) = f.cells.get(i) {
                if let Some(v) = c.value.borrow().clone() {
                    let k = self.intern(n);
                    super::hashing::dict_set_str(&d, k, v);
                }
            }
        }
        Value::Dict(Rc::new(d))
    }

    fn zero_arg_super(&mut self, f: &Frame) -> PyResult<Value> {
        let code = &f.code;
        if code.argcount == 0 && !code.has_flag(crate::bytecode::code_flags::VARARGS) {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let first = match f.fast.first().cloned().flatten() {
            Some(v) => v,
            None => {
                // The first argument may live in a cell.
                let name = code.varnames.first().cloned();
                let idx = name.and_then(|n| code.cellvars.iter().position(|c| *c == n));
                match idx
                    .and_then(|i| f.cells.get(i))
                    .and_then(|c| c.value.borrow().clone())
                {
                    Some(v) => v,
                    None => return Err(self.runtime_error("super(): arg[0] deleted")),
                }
            }
        };
        let ncell = code.cellvars.len();
        let cls = code
            .freevars
            .iter()
            .position(|n| &**n == "__class__")
            .and_then(|i| f.cells.get(ncell + i))
            .and_then(|c| c.value.borrow().clone());
        let Some(cls) = cls else {
            return Err(self.runtime_error("super(): __class__ cell not found"));
        };
        let st = Value::Type(self.types.super_.clone());
        let new = self.intern("__new__");
        let ctor = self.types.super_.lookup(&new).unwrap_or(Value::None);
        self.call(&ctor, &[st, cls, first], &[])
    }

    /// Record what an instance attribute access found, for the inline cache at `pc`.
    fn fill_attr_cache(
        &mut self,
        rt: &super::CodeRt,
        pc: usize,
        inst: &Rc<crate::objects::PyInstance>,
        name: &Rc<PyStr>,
        store: bool,
    ) {
        let t = inst.class.borrow().clone();
        let flags = t.flags();
        let hook = if store {
            crate::objects::typeobj::type_flags::CUSTOM_SETATTR
        } else {
            crate::objects::typeobj::type_flags::CUSTOM_GETATTRIBUTE
        };
        let descr = t.lookup(name);
        let is_slot = matches!(&descr, Some(Value::Special(s)) if matches!(&**s, crate::objects::Special::SlotMember { .. }));
        // Slot members are data descriptors too, but the cache reads slots directly.
        let data_descr = !is_slot
            && descr
                .as_ref()
                .is_some_and(|d| super::attr::is_data_descriptor(self, d));
        let slow = flags & hook != 0
            || data_descr
            || t.layout == crate::objects::typeobj::BaseLayout::Exception
            || (inst.dict.is_none() && !is_slot)
            || name.as_str() == "__class__"
            || name.as_str() == "__dict__";
        let epoch = crate::objects::typeobj::TYPE_EPOCH.with(|e| e.get());
        let mut cache = rt.attr_cache.borrow_mut();
        if cache.len() < 2 * pc + 2 {
            return;
        }
        // Keep the most recent class in way 0, the previous one in way 1.
        let same0 = matches!(&cache[2 * pc].class, Some(c) if Rc::ptr_eq(c, &t));
        if !same0 {
            cache[2 * pc + 1] = cache[2 * pc].clone();
        }
        let c = &mut cache[2 * pc];
        c.class = Some(t);
        c.epoch = epoch;
        c.slot = match &descr {
            Some(Value::Special(s)) => match &**s {
                crate::objects::Special::SlotMember { index, .. } => Some(*index),
                _ => None,
            },
            _ => None,
        };
        c.descr = descr;
        c.slow = slow;
    }

    fn unbound_deref(&self, code: &crate::bytecode::CodeObject, idx: usize) -> PyErr {
        let ncell = code.cellvars.len();
        if idx < ncell {
            self.new_error(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    code.cellvars[idx]
                ),
            )
        } else {
            self.new_error(
                "NameError",
                format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    code.freevars.get(idx - ncell).map(|s| &**s).unwrap_or("?")
                ),
            )
        }
    }

    /// `LOAD_GLOBAL` (and module-level `LOAD_NAME`, with `cache_values` false). The cache
    /// hit is a few instructions: keep it inside the loop.
    #[inline(always)]
    fn load_global(
        &mut self,
        f: &Frame,
        rt: &super::CodeRt,
        i: usize,
        cache_values: bool,
    ) -> PyResult<Value> {
        if f.globals.cross.get().is_some() {
            if let Some(crate::cross::DictCross::Mirror(m)) = f.globals.cross.get().map(|b| &**b) {
                crate::cross::validate_mirror(&f.globals, m);
            }
        }
        let pc = f.pc - 1;
        let gv = f.globals.version.get();
        let bv = self.builtins.version.get();
        {
            let cache = rt.global_cache.borrow();
            if let Some(c) = cache.get(pc) {
                if c.globals_ver == gv && c.builtins_ver == bv {
                    if let Some(v) = &c.value {
                        return Ok(v.clone());
                    }
                }
            }
        }
        self.load_global_miss(f, rt, i, cache_values, gv, bv)
    }

    /// `load_global` when the value cache does not answer.
    #[inline(never)]
    fn load_global_miss(
        &mut self,
        f: &Frame,
        rt: &super::CodeRt,
        i: usize,
        cache_values: bool,
        gv: u64,
        bv: u64,
    ) -> PyResult<Value> {
        let pc = f.pc - 1;
        let name = &rt.names[i];
        let v = if f.globals.cross.get().is_some() {
            let g = f.globals.clone();
            self.mirror_load_global(&g, name)?
        } else {
            // Look the name up from the entry index where it was last found (no hashing when
            // that entry still holds it).
            let h = rt
                .global_cache
                .borrow()
                .get(pc)
                .map_or(u32::MAX, |c| c.hint);
            let found = super::hashing::dict_get_str_hinted(&f.globals, name, h as usize);
            if let Some((v, at)) = found {
                if let Some(c) = rt.global_cache.borrow_mut().get_mut(pc) {
                    c.hint = at as u32;
                    // Module-level code does not cache values: `del x` there must free x.
                    if cache_values {
                        c.globals_ver = gv;
                        c.builtins_ver = bv;
                        c.value = Some(v.clone());
                    }
                }
                return Ok(v);
            }
            None
        };
        // Builtins (and mirrored globals) are cached by value until either dict changes.
        let v = match v {
            Some(v) => v,
            None => match super::hashing::dict_get_str(&self.builtins, name) {
                Some(v) => v,
                None => return Err(self.name_error(f, name)),
            },
        };
        if let Some(c) = rt.global_cache.borrow_mut().get_mut(pc) {
            c.globals_ver = gv;
            c.builtins_ver = bv;
            c.value = Some(v.clone());
        }
        Ok(v)
    }

    fn load_name(&mut self, f: &Frame, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(locals) = &f.locals {
            let found = match locals {
                Value::Dict(d) => super::hashing::dict_get_str(d, name),
                m => {
                    let m = m.clone();
                    self.mapping_get(&m, &Value::Str(name.clone()))?
                }
            };
            if let Some(v) = found {
                return Ok(v);
            }
        }
        if let Some(v) = super::hashing::dict_get_str(&f.globals, name) {
            return Ok(v);
        }
        if let Some(v) = super::hashing::dict_get_str(&self.builtins, name) {
            return Ok(v);
        }
        Err(self.name_error(f, name))
    }

    /// `NameError` carrying what the traceback printer needs for "Did you mean".
    fn name_error(&mut self, f: &Frame, name: &Rc<PyStr>) -> PyErr {
        let e = self.new_error(
            "NameError",
            format!("name '{}' is not defined", name.as_str()),
        );
        let locals: Vec<Rc<PyStr>> = match &f.locals {
            Some(Value::Dict(d)) => d
                .data
                .borrow()
                .keys()
                .into_iter()
                .filter_map(|k| match k {
                    Value::Str(s) => Some(s),
                    _ => None,
                })
                .collect(),
            Some(_) => vec![],
            None => f
                .fast
                .iter()
                .enumerate()
                .filter(|(_, v)| v.is_some())
                .map(|(i, _)| f.rt.varnames[i].clone())
                .collect(),
        };
        if let Some(d) = &e.exc.dict {
            let k = self.intern("name");
            super::hashing::dict_set_str(d, k, Value::Str(name.clone()));
        }
        if let Some(st) = self.exc_state(&e.exc) {
            st.borrow_mut().suggest = Some(crate::objects::SuggestCtx::Name {
                name: name.clone(),
                locals,
                globals: f.globals.clone(),
            });
        }
        e
    }

    pub fn builtins_lookup(&mut self, name: &str) -> Option<Value> {
        let n = self.intern(name);
        super::hashing::dict_get_str(&self.builtins, &n)
    }

    #[allow(clippy::too_many_arguments)]
    fn make_function(
        &mut self,
        f: &Frame,
        codev: Value,
        qualname: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        annotations: Option<Value>,
        closure: Option<Value>,
    ) -> PyResult<Value> {
        let Value::Code(code) = codev else {
            return Err(self.new_error("SystemError", "MakeFunction without code"));
        };
        let rt = self.code_rt(&code);
        let qualname = match qualname {
            Value::Str(s) => s,
            _ => self.intern(&code.qualname),
        };
        let name = self.intern(&code.name);
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.items.clone(),
            _ => vec![],
        };
        let kwdefaults = match kwdefaults {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        let annotations = match annotations {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        let closure: Vec<Rc<PyCell>> = match closure {
            Some(Value::Tuple(t)) => t
                .items
                .iter()
                .filter_map(|c| match c {
                    Value::Cell(c) => Some(c.clone()),
                    _ => None,
                })
                .collect(),
            _ => vec![],
        };
        let doc = match rt.consts.first() {
            Some(Value::Str(s)) if code.has_flag(crate::bytecode::code_flags::OPTIMIZED) => {
                Value::Str(s.clone())
            }
            _ => Value::None,
        };
        let modname = self.intern("__name__");
        let module = super::hashing::dict_get_str(&f.globals, &modname).unwrap_or(Value::None);
        Ok(Value::Function(Rc::new(PyFunction {
            code,
            rt,
            globals: f.globals.clone(),
            name: std::cell::RefCell::new(name),
            qualname: std::cell::RefCell::new(qualname),
            defaults: std::cell::RefCell::new(defaults),
            kwdefaults: std::cell::RefCell::new(kwdefaults),
            closure,
            doc: std::cell::RefCell::new(doc),
            annotations: std::cell::RefCell::new(annotations),
            module: std::cell::RefCell::new(module),
            dict: std::cell::RefCell::new(None),
        })))
    }

    /// Turn a raised value (an exception instance or class) into a `PyErr`.
    pub fn value_to_err(&mut self, v: Value) -> PyErr {
        match v {
            Value::Instance(i) if matches!(i.payload, crate::objects::Payload::Exception(_)) => {
                PyErr { exc: i }
            }
            other => self.type_error(format!(
                "exceptions must derive from BaseException (got {})",
                self.type_name(&other)
            )),
        }
    }

    /// Instantiate `raise X` operands: a class is called with no arguments.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Type(t) if t.is_subtype(&self.types.base_exception) => {
                let inst = self.call(&v, &[], &[])?;
                match inst {
                    Value::Instance(i)
                        if matches!(i.payload, crate::objects::Payload::Exception(_)) =>
                    {
                        Ok(PyErr { exc: i })
                    }
                    other => Err(self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        t.name_str(),
                        self.type_name(&other)
                    ))),
                }
            }
            Value::Instance(i) if matches!(i.payload, crate::objects::Payload::Exception(_)) => {
                Ok(PyErr { exc: i.clone() })
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    fn do_raise(&mut self, f: &mut Frame, n: u32) -> PyResult<PyErr> {
        match n {
            0 => match self.handled.clone() {
                Some(v) => {
                    self.reraising = true;
                    Ok(self.value_to_err(v))
                }
                None => Ok(self.runtime_error("No active exception to reraise")),
            },
            1 => {
                let v = f.pop();
                self.make_exception(v)
            }
            _ => {
                let cause = f.pop();
                let v = f.pop();
                let err = self.make_exception(v)?;
                let cause = match cause {
                    Value::None => None,
                    c @ Value::Type(_) => Some(self.make_exception(c)?.value()),
                    c @ Value::Instance(_)
                        if self.is_instance(&c, &self.types.base_exception.clone()) =>
                    {
                        Some(c)
                    }
                    _ => {
                        return Ok(
                            self.type_error("exception causes must derive from BaseException")
                        )
                    }
                };
                if let Some(st) = self.exc_state(&err.exc) {
                    let mut s = st.borrow_mut();
                    s.cause = cause;
                    s.suppress_context = true;
                }
                Ok(err)
            }
        }
    }

    /// `isinstance(exc, typ)` for `except typ:` (typ a class or tuple of classes).
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        match typ {
            Value::Type(t) => {
                if !t.is_subtype(&self.types.base_exception) {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(self.type_of(exc).is_subtype(t))
            }
            Value::Tuple(items) => {
                for it in items.items.iter() {
                    if self.exception_matches(exc, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    pub fn traceback_of(&self, exc: &Value) -> Value {
        if let Value::Instance(i) = exc {
            if let Some(st) = self.exc_state(i) {
                let tb = st.borrow().traceback.clone();
                if tb.is_empty() {
                    return Value::None;
                }
                return Value::Special(Rc::new(crate::objects::Special::Traceback(Rc::new(tb))));
            }
        }
        Value::None
    }
}

/// `a op b` for two machine ints or two floats; `None` for anything else.
#[inline(always)]
fn fast_compare(op: CompareOp, a: &Value, b: &Value) -> Option<bool> {
    fn cmp<T: PartialOrd>(op: CompareOp, x: T, y: T) -> bool {
        match op {
            CompareOp::Lt => x < y,
            CompareOp::Le => x <= y,
            CompareOp::Eq => x == y,
            CompareOp::Ne => x != y,
            CompareOp::Gt => x > y,
            CompareOp::Ge => x >= y,
        }
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(cmp(op, *x, *y)),
        (Value::Float(x), Value::Float(y)) => Some(cmp(op, *x, *y)),
        _ => None,
    }
}

/// Arithmetic on machine ints and floats that needs no allocation and cannot fail;
/// `None` sends the operation down the general path (overflow, division by zero, ...).
#[inline(always)]
fn fast_binop(op: BinaryOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            Some(Value::Int(match op {
                BinaryOp::Add => x.checked_add(y)?,
                BinaryOp::Sub => x.checked_sub(y)?,
                BinaryOp::Mul => x.checked_mul(y)?,
                BinaryOp::FloorDiv => {
                    if y == 0 || (x == i64::MIN && y == -1) {
                        return None;
                    }
                    let q = x / y;
                    if (x % y != 0) && ((x < 0) != (y < 0)) {
                        q - 1
                    } else {
                        q
                    }
                }
                BinaryOp::Mod => {
                    if y == 0 || (x == i64::MIN && y == -1) {
                        return None;
                    }
                    let r = x % y;
                    if r != 0 && ((r < 0) != (y < 0)) {
                        r + y
                    } else {
                        r
                    }
                }
                BinaryOp::And => x & y,
                BinaryOp::Or => x | y,
                BinaryOp::Xor => x ^ y,
                BinaryOp::RShift => {
                    if !(0..64).contains(&y) {
                        return None;
                    }
                    x >> y
                }
                BinaryOp::LShift => {
                    if !(0..63).contains(&y) {
                        return None;
                    }
                    let r = x << y;
                    if (r >> y) != x {
                        return None;
                    }
                    r
                }
                BinaryOp::TrueDiv => {
                    if y == 0 || x.unsigned_abs() >= (1 << 53) || y.unsigned_abs() >= (1 << 53) {
                        return None;
                    }
                    return Some(Value::Float(x as f64 / y as f64));
                }
                _ => return None,
            }))
        }
        (Value::Float(x), Value::Float(y)) => float_op(op, *x, *y),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
            float_op(op, *x, *y as f64)
        }
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
            float_op(op, *x as f64, *y)
        }
        _ => None,
    }
}

#[inline(always)]
fn float_op(op: BinaryOp, x: f64, y: f64) -> Option<Value> {
    Some(Value::Float(match op {
        BinaryOp::Add => x + y,
        BinaryOp::Sub => x - y,
        BinaryOp::Mul => x * y,
        BinaryOp::TrueDiv if y != 0.0 => x / y,
        _ => return None,
    }))
}

/// The inline-cache entry (2-way per instruction) that describes this instance's class:
/// `Some((entry, slow))`.
/// The valid cache entry of instruction `pc` for `inst`'s class, if any (two ways: the
/// most recent class and the one before).
#[inline(always)]
fn find_way<'c>(
    cache: &'c [super::AttrCache],
    pc: usize,
    inst: &crate::objects::PyInstance,
) -> Option<&'c super::AttrCache> {
    let cls = inst.class.borrow();
    let epoch = crate::objects::typeobj::TYPE_EPOCH.with(|e| e.get());
    for idx in [2 * pc, 2 * pc + 1] {
        if let Some(c) = cache.get(idx) {
            if let Some(t) = &c.class {
                if Rc::ptr_eq(t, &cls) && c.epoch == epoch {
                    return Some(c);
                }
            }
        }
    }
    None
}

/// Whether instruction `pc` has a cache entry for `inst`'s class (valid or marked slow).
#[inline(always)]
fn cache_matches(rt: &super::CodeRt, pc: usize, inst: &crate::objects::PyInstance) -> bool {
    find_way(&rt.attr_cache.borrow(), pc, inst).is_some()
}

/// Inline-cached `obj.name` for plain instances: a slot, the instance dict, then a
/// function or plain value found on the class. `None` means: take the general path.
#[inline(always)]
fn cached_load_attr(
    rt: &super::CodeRt,
    pc: usize,
    inst: &crate::objects::PyInstance,
    obj: &Value,
    name: &Rc<PyStr>,
) -> Option<Value> {
    let cache = rt.attr_cache.borrow();
    let c = find_way(&cache, pc, inst).filter(|c| !c.slow)?;
    if let Some(slot) = c.slot {
        return inst.slots.borrow().get(slot).cloned().flatten();
    }
    if let Some(d) = &inst.dict {
        let hinted = super::hashing::dict_get_str_hinted(d, name, c.hint.get() as usize);
        if let Some((v, at)) = hinted {
            c.hint.set(at as u32);
            return Some(v);
        }
    }
    match &c.descr {
        Some(f @ (Value::Function(_) | Value::Builtin(_))) => {
            Some(Value::Method(Rc::new(crate::objects::PyMethod {
                func: f.clone(),
                self_: obj.clone(),
            })))
        }
        Some(
            v @ (Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Type(_)),
        ) => Some(v.clone()),
        _ => None,
    }
}

/// Inline-cached `obj.name = v` for plain instances (slot or existing dict entry);
/// `Err(v)` means: take the general path.
#[inline(always)]
fn cached_store_attr(
    rt: &super::CodeRt,
    pc: usize,
    inst: &crate::objects::PyInstance,
    name: &Rc<PyStr>,
    v: Value,
) -> Result<(), Value> {
    let cache = rt.attr_cache.borrow();
    let Some(c) = find_way(&cache, pc, inst).filter(|c| !c.slow) else {
        return Err(v);
    };
    if let Some(slot) = c.slot {
        let mut slots = inst.slots.borrow_mut();
        return match slots.get_mut(slot) {
            Some(s) => {
                let old = s.replace(v);
                drop(slots);
                drop(old);
                Ok(())
            }
            None => Err(v),
        };
    }
    match &inst.dict {
        Some(d) => match super::hashing::dict_set_str_hinted(d, name, c.hint.get() as usize, v) {
            Ok(()) => Ok(()),
            Err(v) => {
                super::hashing::dict_set_str(d, name.clone(), v);
                Ok(())
            }
        },
        None => Err(v),
    }
}

#[inline(always)]
fn cached_load_method(
    rt: &super::CodeRt,
    pc: usize,
    inst: &crate::objects::PyInstance,
    obj: &Value,
    name: &Rc<PyStr>,
) -> Option<(Value, Value)> {
    let cache = rt.attr_cache.borrow();
    let c = find_way(&cache, pc, inst).filter(|c| !c.slow)?;
    if let Some(d) = &inst.dict {
        let hinted = super::hashing::dict_get_str_hinted(d, name, c.hint.get() as usize);
        if let Some((v, at)) = hinted {
            c.hint.set(at as u32);
            return Some((v, Value::Null));
        }
    }
    match &c.descr {
        Some(f @ (Value::Function(_) | Value::Builtin(_))) => Some((f.clone(), obj.clone())),
        _ => None,
    }
}
