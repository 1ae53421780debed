//! Calling: argument binding for Python functions, native calls, bound methods,
//! class instantiation, and generators.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::code_flags;
use crate::objects::{KwArgsExt, PyCell, PyDict, PyFunction, PyGenerator, PyStr, TypeRef};
use crate::value::Value;

use super::frame::{Frame, FrameExit};
use super::{PyErr, PyResult, Vm};

impl Vm {
    /// Call any callable.
    pub fn call(
        &mut self,
        func: &Value,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        match func {
            Value::Function(f) => self.call_function(f, None, args, kwargs),
            Value::Builtin(b) => match &b.bound {
                None => (b.func)(self, args, kwargs),
                Some(s) => {
                    let mut v = Vec::with_capacity(args.len() + 1);
                    v.push(s.clone());
                    v.extend_from_slice(args);
                    (b.func)(self, &v, kwargs)
                }
            },
            Value::Method(m) => {
                if let Value::Function(f) = &m.func {
                    return self.call_function(f, Some(&m.self_), args, kwargs);
                }
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(m.self_.clone());
                v.extend_from_slice(args);
                let f = m.func.clone();
                self.call(&f, &v, kwargs)
            }
            Value::Type(t) => self.call_type(t, args, kwargs),
            Value::Special(s) => match &**s {
                crate::objects::Special::StaticMethod(f) => {
                    let f = f.clone();
                    self.call(&f, args, kwargs)
                }
                _ => self.call_via_dunder(func, args, kwargs),
            },
            _ => self.call_via_dunder(func, args, kwargs),
        }
    }

    fn call_via_dunder(
        &mut self,
        func: &Value,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        let t = self.type_of(func);
        let name = self.intern("__call__");
        if matches!(func, Value::Instance(_)) {
            if let Some(c) = t.lookup(&name) {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(func.clone());
                v.extend_from_slice(args);
                return self.call(&c, &v, kwargs);
            }
        }
        Err(self.type_error(format!("'{}' object is not callable", t.name_str())))
    }

    pub fn call0(&mut self, func: &Value) -> PyResult<Value> {
        self.call(func, &[], &[])
    }

    /// Call method `name` of `obj` (looked up on the type, like implicit dunder calls).
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        let (m, s) = self.load_method(obj, &n)?;
        if let Value::Null = s {
            self.call(&m, args, &[])
        } else {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(s);
            v.extend_from_slice(args);
            self.call(&m, &v, &[])
        }
    }

    /// Look up a special method on the type and call it with `obj` first; `None` if absent.
    pub fn call_dunder(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        let n = self.intern(name);
        let Some(f) = t.lookup(&n) else {
            return Ok(None);
        };
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(obj.clone());
        v.extend_from_slice(args);
        match &f {
            Value::Function(func) => Ok(Some(self.call_function(func, None, &v, &[])?)),
            Value::Builtin(_) => Ok(Some(self.call(&f, &v, &[])?)),
            _ => {
                let bound = self.bind_descriptor(&f, obj, &t)?;
                Ok(Some(self.call(&bound, args, &[])?))
            }
        }
    }

    /// A frame for `code`, reusing a pooled allocation (its vectors keep their capacity).
    #[inline]
    pub fn alloc_frame(
        &mut self,
        code: &std::sync::Arc<crate::bytecode::CodeObject>,
        rt: &Rc<super::CodeRt>,
        globals: &Rc<PyDict>,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                if !std::sync::Arc::ptr_eq(&f.code, code) {
                    f.code = code.clone();
                    f.rt = rt.clone();
                }
                if !Rc::ptr_eq(&f.globals, globals) {
                    f.globals = globals.clone();
                }
                f.pc = 0;
                let n = code.varnames.len();
                if f.fast.len() != n {
                    f.fast.resize(n, None);
                }
                f
            }
            None => Box::new(Frame::new(code.clone(), rt.clone(), globals.clone(), None)),
        }
    }

    /// Return a finished frame to the pool, dropping its values now.
    #[inline]
    pub fn free_frame(&mut self, mut f: Box<Frame>) {
        f.stack.clear();
        // Leave the slots in place (all None) so a same-shaped frame needs no resize.
        for slot in f.fast.iter_mut() {
            if let Some(v) = slot.take() {
                crate::value::drop_value(v);
            }
        }
        if !f.cells.is_empty() {
            f.cells.clear();
        }
        f.blocks.clear();
        f.locals = None;
        if self.frame_pool.len() < 64 {
            self.frame_pool.push(f);
        }
    }

    pub fn enter_call(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.recursion_limit {
            self.depth -= 1;
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    pub fn call_function(
        &mut self,
        func: &Rc<PyFunction>,
        self_: Option<&Value>,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        let frame = self.bind_frame(func, self_, args, kwargs)?;
        if func.code.has_flag(code_flags::GENERATOR) {
            return Ok(Value::Generator(Rc::new(PyGenerator {
                frame: RefCell::new(Some(frame)),
                running: Cell::new(false),
                started: Cell::new(false),
                name: func.name.borrow().clone(),
                qualname: func.qualname.borrow().clone(),
            })));
        }
        self.run_bound_frame(frame)
    }

    /// Run a frame whose arguments are bound, to its return value (recursion-checked; the
    /// frame goes back to the pool).
    #[inline(always)]
    fn run_bound_frame(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        if let Err(e) = self.enter_call() {
            self.free_frame(frame);
            return Err(e);
        }
        let r = self.run_frame(&mut frame, None);
        self.depth -= 1;
        self.free_frame(frame);
        self.finalize_pending();
        match r? {
            FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
        }
    }

    fn bind_frame(
        &mut self,
        func: &Rc<PyFunction>,
        self_: Option<&Value>,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Box<Frame>> {
        let code = &func.code;
        let mut frame = self.alloc_frame(code, &func.rt, &func.globals);
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.has_flag(code_flags::VARARGS);
        let has_varkw = code.has_flag(code_flags::VARKEYWORDS);
        let nself = usize::from(self_.is_some());
        let npos = args.len() + nself;

        // Fast path: exact positional call, no defaults/kwargs needed.
        let simple =
            kwargs.is_empty() && npos == argcount && kwonly == 0 && !has_varargs && !has_varkw;
        if simple {
            if let Some(s) = self_ {
                frame.fast[0] = Some(s.clone());
            }
            for (i, a) in args.iter().enumerate() {
                frame.fast[i + nself] = Some(a.clone());
            }
        } else {
            self.bind_args_slow(func, &mut frame, self_, args, kwargs)?;
        }
        if code.cellvars.len() + func.closure.len() > 0 {
            Self::init_cells(func, &mut frame);
        }
        Ok(frame)
    }

    /// Cells: fresh cells for cellvars (seeded from arguments), then the closure.
    fn init_cells(func: &PyFunction, frame: &mut Frame) {
        let ncell = func.code.cellvars.len();
        let mut cells = Vec::with_capacity(ncell + func.closure.len());
        for i in 0..ncell {
            let init = match func.rt.cell2arg.get(i).copied().flatten() {
                Some(a) => frame.fast[a].clone(),
                None => None,
            };
            cells.push(Rc::new(PyCell::new(init)));
        }
        cells.extend(func.closure.iter().cloned());
        frame.cells = cells;
    }

    /// Call a Python function for which `binds_simply(func, args.count())` holds, taking the
    /// arguments by value: the evaluator moves them off its stack straight into the new
    /// frame's locals, with no clone, no argument checks and no keyword handling.
    #[inline]
    pub fn call_simple(
        &mut self,
        func: &PyFunction,
        args: impl Iterator<Item = Value>,
    ) -> PyResult<Value> {
        let mut frame = self.alloc_frame(&func.code, &func.rt, &func.globals);
        let mut placed = 0;
        for (slot, a) in frame.fast.iter_mut().zip(args) {
            *slot = Some(a);
            placed += 1;
        }
        let argc = func.code.argcount as usize;
        if placed < argc {
            // Trailing parameters take their defaults (`binds_simply` checked there are).
            let defaults = func.defaults.borrow();
            let first = defaults.len().saturating_sub(argc - placed);
            for (slot, d) in frame.fast[placed..argc].iter_mut().zip(&defaults[first..]) {
                *slot = Some(d.clone());
            }
        }
        if !func.closure.is_empty() || !func.code.cellvars.is_empty() {
            Self::init_cells(func, &mut frame);
        }
        self.run_bound_frame(frame)
    }

    fn bind_args_slow(
        &mut self,
        func: &Rc<PyFunction>,
        frame: &mut Frame,
        self_: Option<&Value>,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<()> {
        let code = func.code.clone();
        let qual = func.qualname.borrow().as_str().to_string();
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.has_flag(code_flags::VARARGS);
        let has_varkw = code.has_flag(code_flags::VARKEYWORDS);
        let all: Vec<&Value> = self_.into_iter().chain(args.iter()).collect();
        let npos = all.len();
        for (i, a) in all.iter().take(argcount).enumerate() {
            frame.fast[i] = Some((*a).clone());
        }
        let mut slot = argcount + kwonly;
        if has_varargs {
            let extra: Vec<Value> = if npos > argcount {
                all[argcount..].iter().map(|v| (*v).clone()).collect()
            } else {
                vec![]
            };
            frame.fast[slot] = Some(Value::tuple(extra));
            slot += 1;
        } else if npos > argcount {
            let defaults = func.defaults.borrow().len();
            let kw_given = kwargs
                .iter()
                .filter(|(k, _)| {
                    code.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|n| &**n == k.as_str())
                })
                .count();
            let takes = if defaults > 0 {
                format!("from {} to {}", argcount - defaults.min(argcount), argcount)
            } else {
                argcount.to_string()
            };
            let plural = if argcount == 1 && defaults == 0 {
                ""
            } else {
                "s"
            };
            let msg = if kw_given > 0 {
                format!(
                    "{}() takes {} positional argument{} but {} positional argument{} (and {} keyword-only argument{}) were given",
                    qual,
                    takes,
                    plural,
                    npos,
                    if npos == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{}() takes {} positional argument{} but {} {} given",
                    qual,
                    takes,
                    plural,
                    npos,
                    if npos == 1 { "was" } else { "were" }
                )
            };
            return Err(self.type_error(msg));
        }
        let kwdict = if has_varkw {
            let d = Rc::new(PyDict::new());
            frame.fast[slot] = Some(Value::Dict(d.clone()));
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw = Vec::new();
        for (k, v) in kwargs {
            let ks = k.as_str();
            let pos = code.varnames[..argcount + kwonly]
                .iter()
                .position(|n| &**n == ks);
            match pos {
                Some(i) if i >= posonly => {
                    if frame.fast[i].is_some() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qual, ks
                        )));
                    }
                    frame.fast[i] = Some(v.clone());
                }
                _ => {
                    if let Some(d) = &kwdict {
                        self.dict_set(d, Value::Str(k.clone()), v.clone())?;
                    } else if pos.is_some() {
                        posonly_as_kw.push(ks.to_string());
                    } else {
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qual, ks
                        )));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qual,
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for positional parameters.
        let defaults = func.defaults.borrow().clone();
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in 0..argcount {
            if frame.fast[i].is_none() {
                if i >= first_default {
                    frame.fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qual,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let kwdefaults = func.kwdefaults.borrow().clone();
        for i in argcount..argcount + kwonly {
            if frame.fast[i].is_none() {
                let name = self.intern(&code.varnames[i]);
                let d = kwdefaults
                    .as_ref()
                    .and_then(|d| super::hashing::dict_get_str(d, &name));
                match d {
                    Some(v) => frame.fast[i] = Some(v),
                    None => missing.push(code.varnames[i].to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qual,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(())
    }

    /// Instantiate a class: `type.__call__`.
    pub fn call_type(
        &mut self,
        t: &TypeRef,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        // A metaclass with its own __call__.
        if let Some(meta) = t.metaclass.borrow().clone() {
            let name = self.intern("__call__");
            if let Some(c) = meta.lookup(&name) {
                if !matches!(&c, Value::Builtin(b) if b.owner.as_deref() == Some("type")) {
                    let mut v = Vec::with_capacity(args.len() + 1);
                    v.push(Value::Type(t.clone()));
                    v.extend_from_slice(args);
                    return self.call(&c, &v, kwargs);
                }
            }
        }
        self.type_call_default(t, args, kwargs)
    }

    /// For a plain class (no metaclass, `object.__new__`, a Python `__init__`), its
    /// `__init__`: `C(args)` can then create the instance and call it directly.
    /// Cached on the class until any class changes.
    pub fn simple_init(&mut self, t: &TypeRef) -> Option<Rc<PyFunction>> {
        let epoch = crate::objects::typeobj::TYPE_EPOCH.with(|e| e.get());
        {
            let c = t.cache.borrow();
            if c.init_epoch == epoch {
                return match &c.init {
                    Some(Value::Function(f)) => Some(f.clone()),
                    _ => None,
                };
            }
        }
        let mut init = None;
        if t.heap
            && t.layout == crate::objects::typeobj::BaseLayout::Object
            && t.metaclass.borrow().is_none()
        {
            let new_name = self.intern("__new__");
            let is_object_new = matches!(
                t.lookup(&new_name),
                Some(Value::Builtin(b)) if b.owner.as_deref() == Some("object")
            );
            if is_object_new {
                let init_name = self.intern("__init__");
                init = t
                    .lookup(&init_name)
                    .filter(|v| matches!(v, Value::Function(_)));
            }
        }
        let mut c = t.cache.borrow_mut();
        c.init_epoch = epoch;
        c.init = init;
        match &c.init {
            Some(Value::Function(f)) => Some(f.clone()),
            _ => None,
        }
    }

    /// The default `type.__call__`: `__new__` then `__init__`.
    pub fn type_call_default(
        &mut self,
        t: &TypeRef,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        if Rc::ptr_eq(t, &self.types.type_) && args.len() == 1 && kwargs.is_empty() {
            return Ok(Value::Type(self.visible_type(&args[0])));
        }
        let new_name = self.intern("__new__");
        let new = t.lookup(&new_name).unwrap_or(Value::None);
        // Fast path: a plain class whose __new__ is object's and whose __init__ is a
        // Python function (the common `C(args)`).
        if t.heap && t.layout == crate::objects::typeobj::BaseLayout::Object {
            if let Value::Builtin(b) = &new {
                if b.owner.as_deref() == Some("object") {
                    let init_name = self.intern("__init__");
                    if let Some(Value::Function(init)) = t.lookup(&init_name) {
                        let obj = crate::builtins::classes::new_instance(
                            self,
                            t,
                            crate::objects::Payload::None,
                        );
                        let r = self.call_function(&init, Some(&obj), args, kwargs)?;
                        if !r.is_none() {
                            return Err(self.type_error(format!(
                                "__init__() should return None, not '{}'",
                                self.type_name(&r)
                            )));
                        }
                        return Ok(obj);
                    }
                }
            }
        }
        let new = crate::objects::Special::unwrap_static(new);
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(Value::Type(t.clone()));
        v.extend_from_slice(args);
        let obj = self.call(&new, &v, kwargs)?;
        if !t.heap && t.layout != crate::objects::typeobj::BaseLayout::Exception {
            // Builtin constructors do all their work in __new__.
            return Ok(obj);
        }
        if !self.type_of(&obj).is_subtype(t) {
            return Ok(obj);
        }
        let init_name = self.intern("__init__");
        if let Some(init) = t.lookup(&init_name) {
            let is_object_init = crate::objects::PyBuiltin::is_object_method(&init);
            if !is_object_init || !args.is_empty() || !kwargs.is_empty() {
                v[0] = obj.clone();
                let r = match &init {
                    Value::Function(f) => self.call_function(f, None, &v, kwargs)?,
                    _ => self.call(&init, &v, kwargs)?,
                };
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            }
        }
        Ok(obj)
    }

    // ---- generators

    /// Resume a generator with `sent` (or an exception to throw in). Returns
    /// `Ok(Ok(yielded))` or `Ok(Err(return_value))` when it finished.
    pub fn gen_resume(
        &mut self,
        g: &Rc<PyGenerator>,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Result<Value, Value>> {
        if g.running.get() {
            return Err(self.new_error("ValueError", "generator already executing"));
        }
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            if let Some(e) = throw {
                return Err(e);
            }
            return Ok(Err(Value::None));
        };
        if !g.started.get() && throw.is_none() && !sent.is_none() {
            *g.frame.borrow_mut() = Some(frame);
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        let was_started = g.started.get();
        g.started.set(true);
        g.running.set(true);
        if let Err(e) = self.enter_call() {
            g.running.set(false);
            *g.frame.borrow_mut() = Some(frame);
            return Err(e);
        }
        let saved_handled = self.handled.take();
        let r = match throw {
            Some(e) => {
                // Delegate into a `yield from` in progress first.
                if was_started
                    && matches!(
                        frame.code.instructions.get(frame.pc),
                        Some(crate::bytecode::Instr::YieldFrom)
                    )
                {
                    let sub = frame.top().clone();
                    match self.delegate_throw(&sub, e) {
                        Ok(Ok(y)) => Ok(FrameExit::Yield(y)),
                        Ok(Err(ret)) => {
                            frame.pop();
                            frame.push(ret);
                            frame.pc += 1;
                            self.run_frame(&mut frame, None)
                        }
                        Err(e2) => self.run_frame(&mut frame, Some(e2)),
                    }
                } else {
                    if was_started {
                        // The throw happens at the yield: it is the current position.
                    }
                    self.run_frame(&mut frame, Some(e))
                }
            }
            None => {
                if was_started {
                    frame.push(sent);
                }
                self.run_frame(&mut frame, None)
            }
        };
        self.handled = saved_handled;
        self.depth -= 1;
        g.running.set(false);
        match r {
            Ok(FrameExit::Yield(v)) => {
                *g.frame.borrow_mut() = Some(frame);
                Ok(Ok(v))
            }
            Ok(FrameExit::Return(v)) => Ok(Err(v)),
            Err(e) => {
                if self.err_is(&e, "StopIteration") {
                    let msg = "generator raised StopIteration";
                    let new = self.runtime_error(msg);
                    if let Some(st) = self.exc_state(&new.exc) {
                        let mut s = st.borrow_mut();
                        s.cause = Some(e.value());
                        s.context = Some(e.value());
                        s.suppress_context = true;
                    }
                    return Err(new);
                }
                Err(e)
            }
        }
    }

    /// One step of `yield from`: send `v` into `sub`.
    pub fn delegate_send(&mut self, sub: &Value, v: Value) -> PyResult<Result<Value, Value>> {
        match sub {
            Value::Generator(g) => self.gen_resume(g, v, None),
            _ => {
                if v.is_none() {
                    match self.next(sub)? {
                        Some(y) => Ok(Ok(y)),
                        None => Ok(Err(self.take_stop_value())),
                    }
                } else {
                    match self.call_method(sub, "send", &[v]) {
                        Ok(y) => Ok(Ok(y)),
                        Err(e) if self.err_is(&e, "StopIteration") => {
                            let args = self.exc_args(&e.exc);
                            Ok(Err(args.into_iter().next().unwrap_or(Value::None)))
                        }
                        Err(e) => Err(e),
                    }
                }
            }
        }
    }

    fn delegate_throw(&mut self, sub: &Value, e: PyErr) -> PyResult<Result<Value, Value>> {
        match sub {
            Value::Generator(g) => {
                if self.err_is(&e, "GeneratorExit") {
                    self.gen_close(g)?;
                    return Err(e);
                }
                self.gen_resume(g, Value::None, Some(e))
            }
            _ => Err(e),
        }
    }

    /// Value of the most recent native `StopIteration` (native iterators return `None` so
    /// there is none: `None`).
    pub fn take_stop_value(&mut self) -> Value {
        Value::None
    }

    pub fn gen_close(&mut self, g: &Rc<PyGenerator>) -> PyResult<()> {
        if g.frame.borrow().is_none() {
            return Ok(());
        }
        if !g.started.get() {
            *g.frame.borrow_mut() = None;
            return Ok(());
        }
        let exit = self.exc_with_args("GeneratorExit", vec![]);
        match self.gen_resume(g, Value::None, Some(exit)) {
            Ok(Ok(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(Err(_)) => Ok(()),
            Err(e) if self.err_is(&e, "GeneratorExit") || self.err_is(&e, "StopIteration") => {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Run finalizers queued by objects that died since the last check (cheap when none).
    #[inline]
    pub fn finalize_pending(&mut self) {
        if crate::objects::function::HAS_PENDING.with(|h| h.get()) {
            self.run_pending_finalizers();
        }
    }

    /// Close generators that were dropped while suspended inside a `try`, and call the
    /// `__del__` of instances that died.
    #[inline(never)]
    pub fn run_pending_finalizers(&mut self) {
        use crate::objects::function::{HAS_PENDING, PENDING_FINALIZERS};
        while HAS_PENDING.with(|h| h.get()) {
            let batch: Vec<_> = PENDING_FINALIZERS.with(|p| std::mem::take(&mut *p.borrow_mut()));
            let dels: Vec<_> =
                crate::objects::PENDING_DEL.with(|p| std::mem::take(&mut *p.borrow_mut()));
            HAS_PENDING.with(|h| h.set(false));
            for inst in dels {
                let obj = Value::Instance(inst);
                let saved = self.handled.take();
                if let Err(e) = self.call_dunder(&obj, "__del__", &[]) {
                    self.flush_stdout();
                    let t = self.type_of(&obj);
                    let text = self.format_exception(&e.value());
                    eprintln!(
                        "Exception ignored in: <function {}.__del__>",
                        t.qualname.borrow().as_str()
                    );
                    eprint!("{}", text);
                }
                self.handled = saved;
            }
            for (frame, qualname) in batch {
                let g = Rc::new(PyGenerator {
                    frame: RefCell::new(Some(frame)),
                    running: Cell::new(false),
                    started: Cell::new(true),
                    name: qualname.clone(),
                    qualname,
                });
                let saved = self.handled.take();
                if let Err(e) = self.gen_close(&g) {
                    self.flush_stdout();
                    let r = self
                        .repr_string(&Value::Generator(g.clone()))
                        .unwrap_or_default();
                    let text = self.format_exception(&e.value());
                    eprintln!("Exception ignored in: {}", r);
                    eprint!("{}", text);
                }
                self.handled = saved;
                // Closed now: dropping `g` queues nothing.
                *g.frame.borrow_mut() = None;
            }
        }
    }

    /// Name used in call-related error messages (`f()`, `C.m()`).
    pub fn func_display_name(&self, f: &Value) -> String {
        match f {
            Value::Function(func) => match &*func.module.borrow() {
                Value::Str(m) if m.as_str() != "builtins" => {
                    format!("{}.{}()", m.as_str(), func.qualname.borrow().as_str())
                }
                _ => format!("{}()", func.qualname.borrow().as_str()),
            },
            Value::Builtin(b) => format!("{}()", b.name),
            Value::Method(m) => self.func_display_name(&m.func),
            Value::Type(t) => format!("{}()", t.name_str()),
            other => format!("{} object", self.type_name(other)),
        }
    }
}

/// Whether `n` positional arguments bind to `func` by position alone: all its parameters
/// are positional (`rt.simple_argc`), and any it is not given have defaults.
#[inline(always)]
pub fn binds_simply(func: &PyFunction, n: usize) -> bool {
    match func.rt.simple_argc {
        Some(k) => n == k || (n < k && n + func.defaults.borrow().len() >= k),
        None => false,
    }
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

impl KwArgsExt for &[(Rc<PyStr>, Value)] {
    fn get_kw(&self, name: &str) -> Option<Value> {
        self.iter()
            .find(|(k, _)| k.as_str() == name)
            .map(|(_, v)| v.clone())
    }
}
