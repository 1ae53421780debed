//! Execution frames.

use std::mem::MaybeUninit;
use std::rc::Rc;
use std::sync::Arc;

use crate::bytecode::CodeObject;
use crate::objects::{PyCell, PyDict};
use crate::value::Value;

use super::CodeRt;

#[derive(Clone)]
pub enum BlockKind {
    /// `SetupFinally` / `SetupWith`: jump to `handler` on exception.
    Finally,
    /// Active except handler; restores the previously handled exception when left.
    ExceptHandler { prev: Option<Value> },
}

#[derive(Clone)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    pub level: u32,
}

pub struct Frame {
    pub code: Arc<CodeObject>,
    pub rt: Rc<CodeRt>,
    pub pc: usize,
    pub stack: Vec<Value>,
    pub fast: Vec<Option<Value>>,
    /// Cell variables followed by free variables.
    pub cells: Vec<Rc<PyCell>>,
    pub blocks: Vec<Block>,
    pub globals: Rc<PyDict>,
    /// The locals mapping of module and class bodies (`None` for functions).
    pub locals: Option<Value>,
}

impl Frame {
    pub fn new(
        code: Arc<CodeObject>,
        rt: Rc<CodeRt>,
        globals: Rc<PyDict>,
        locals: Option<Value>,
    ) -> Frame {
        let nfast = code.varnames.len();
        Frame {
            stack: Vec::with_capacity(code.stacksize as usize + 2),
            fast: vec![None; nfast],
            cells: Vec::new(),
            blocks: Vec::new(),
            code,
            rt,
            pc: 0,
            globals,
            locals,
        }
    }

    /// Current source line (of the instruction last executed).
    pub fn line(&self) -> u32 {
        let i = self.pc.saturating_sub(1);
        self.code
            .lines
            .get(i)
            .copied()
            .unwrap_or(self.code.first_line)
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        self.pop_value().unwrap_or(Value::None)
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }

    /// Push onto the value stack. The compiler sizes each frame's stack (`stacksize`), so
    /// growing is rare; `Vec::push` is not reliably inlined, and keeping the write after
    /// the (cold) growth lets the value be stored straight from registers.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        let len = self.stack.len();
        if len == self.stack.capacity() {
            self.grow_stack();
        }
        // SAFETY: `len < capacity` now, so the slot is allocated and uninitialised; the
        // length is bumped right after the write.
        unsafe {
            write_value(self.stack.as_mut_ptr().add(len), v);
            self.stack.set_len(len + 1);
        }
    }

    /// Pop the top of the value stack.
    #[inline(always)]
    pub fn pop_value(&mut self) -> Option<Value> {
        let len = self.stack.len();
        if len == 0 {
            return None;
        }
        // SAFETY: slot `len - 1` holds an initialised value, which is moved out as the
        // length shrinks past it.
        unsafe {
            self.stack.set_len(len - 1);
            Some(read_value(self.stack.as_ptr().add(len - 1)))
        }
    }

    /// Store local `i`, returning the old value (word-wise, see `write_value`).
    ///
    /// # Safety
    /// `i < self.fast.len()` (the code's `CodeRt::operands_ok`: a frame has one slot per
    /// `varnames` entry).
    #[inline(always)]
    pub unsafe fn store_fast(&mut self, i: usize, v: Value) -> Option<Value> {
        debug_assert!(i < self.fast.len());
        let slot: *mut Option<Value> = self.fast.as_mut_ptr().add(i);
        // SAFETY: `slot` is a valid, initialised local; the old value is moved out before
        // the new one is written over it.
        unsafe {
            let old = read_words(slot);
            write_words(slot, Some(v));
            old
        }
    }

    /// Move the values from `start` to the top off the stack, for a call.
    #[inline(always)]
    pub fn take_from(&mut self, start: usize) -> MovedArgs<'_> {
        let end = self.stack.len();
        let start = start.min(end);
        // SAFETY: the values in `start..end` now belong to the iterator, which moves each
        // out exactly once and drops whatever it did not yield.
        unsafe { self.stack.set_len(start) };
        MovedArgs {
            base: self.stack.as_ptr(),
            next: start,
            end,
            _stack: std::marker::PhantomData,
        }
    }

    /// Drop the values above `n` (see `value::drop_value`).
    #[inline(always)]
    pub fn truncate_to(&mut self, n: usize) {
        while self.stack.len() > n {
            if let Some(v) = self.pop_value() {
                crate::value::drop_value(v);
            }
        }
    }

    /// The top two values (`[.., a, b]` gives `(a, b)`), if there are two.
    #[inline(always)]
    pub fn top2(&self) -> Option<(&Value, &Value)> {
        let n = self.stack.len();
        if n < 2 {
            return None;
        }
        Some((&self.stack[n - 2], &self.stack[n - 1]))
    }

    /// Replace the top two values by `r`.
    ///
    /// # Safety
    /// Both values must be immediates (no heap reference: `Value::tag() < 7`), since
    /// they are overwritten without being dropped, and there must be two of them.
    #[inline(always)]
    pub unsafe fn replace_top2_imm(&mut self, r: Value) {
        let n = self.stack.len();
        debug_assert!(n >= 2);
        self.stack.set_len(n - 1);
        write_value(self.stack.as_mut_ptr().add(n - 2), r);
    }

    /// Remove the top two values.
    ///
    /// # Safety
    /// As for `replace_top2_imm`.
    #[inline(always)]
    pub unsafe fn drop_top2_imm(&mut self) {
        let n = self.stack.len();
        debug_assert!(n >= 2);
        self.stack.set_len(n - 2);
    }

    #[cold]
    #[inline(never)]
    fn grow_stack(&mut self) {
        self.stack.reserve(self.stack.len() + 1);
    }
}

/// Move `v` into `dst` as two 8-byte words.
///
/// Values are built by two 8-byte stores (tag, payload). LLVM copies a `Value` with one
/// 16-byte vector move, and a 16-byte load of something stored as two halves cannot be
/// store-forwarded: the pipeline stalls for ~12 cycles. The evaluator's stack and fast
/// locals are therefore written and read in words, never as a whole.
///
/// # Safety
/// `dst` must be valid for writing a `Value` (it is overwritten without dropping).
#[inline(always)]
pub unsafe fn write_value(dst: *mut Value, v: Value) {
    write_words(dst, v)
}

/// Read the value at `src` in two words (see `write_value`), leaving `src` logically moved.
///
/// # Safety
/// `src` must hold an initialised `Value` that is not used again.
#[inline(always)]
pub unsafe fn read_value(src: *const Value) -> Value {
    read_words(src)
}

/// `Value` and `Option<Value>` are both two words (the option uses a spare tag).
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

#[inline(always)]
unsafe fn write_words<T>(dst: *mut T, v: T) {
    const { assert!(std::mem::size_of::<T>() == 16) };
    // Volatile reads keep LLVM from merging the two words back into one vector copy.
    let v = std::mem::ManuallyDrop::new(v);
    let src = &*v as *const T as *const MaybeUninit<u64>;
    let dst = dst as *mut MaybeUninit<u64>;
    dst.write(std::ptr::read_volatile(src));
    dst.add(1).write(std::ptr::read_volatile(src.add(1)));
}

#[inline(always)]
unsafe fn read_words<T>(src: *const T) -> T {
    const { assert!(std::mem::size_of::<T>() == 16) };
    let s = src as *const MaybeUninit<u64>;
    let w = [
        std::ptr::read_volatile(s),
        std::ptr::read_volatile(s.add(1)),
    ];
    std::mem::transmute_copy::<[MaybeUninit<u64>; 2], T>(&w)
}

/// Values moved off a frame's stack (see `Frame::take_from`).
pub struct MovedArgs<'a> {
    base: *const Value,
    next: usize,
    end: usize,
    _stack: std::marker::PhantomData<&'a mut Vec<Value>>,
}

impl Iterator for MovedArgs<'_> {
    type Item = Value;

    #[inline(always)]
    fn next(&mut self) -> Option<Value> {
        if self.next == self.end {
            return None;
        }
        // SAFETY: slots `next..end` are initialised and owned by this iterator.
        let v = unsafe { read_value(self.base.add(self.next)) };
        self.next += 1;
        Some(v)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.next;
        (n, Some(n))
    }
}

impl ExactSizeIterator for MovedArgs<'_> {}

impl Drop for MovedArgs<'_> {
    fn drop(&mut self) {
        for v in self.by_ref() {
            drop(v);
        }
    }
}

/// Why a frame stopped running.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interp::{Config, Vm};
    use crate::objects::PyList;

    fn frame(vm: &mut Vm) -> Frame {
        let code = vm
            .compile_source("pass", "<test>", crate::interp::import::SourceMode::Exec)
            .unwrap_or_else(|_| panic!("compiles"));
        let rt = vm.code_rt(&code);
        Frame::new(code, rt, Rc::new(PyDict::new()), None)
    }

    /// The word-wise stack primitives keep reference counts exact: pushes, pops, moved
    /// call arguments (taken or dropped unconsumed), truncation and local stores.
    #[test]
    fn stack_primitives_keep_counts() {
        let mut vm = Vm::new(Config::default());
        let mut f = frame(&mut vm);
        let l = Rc::new(PyList::new(vec![]));
        for _ in 0..100 {
            f.push(Value::List(l.clone()));
            f.push(Value::Int(7));
        }
        assert_eq!(Rc::strong_count(&l), 101);
        assert!(matches!(f.pop_value(), Some(Value::Int(7))));
        assert!(matches!(f.top2(), Some((Value::Int(7), Value::List(_)))));
        f.truncate_to(150);
        assert_eq!(f.stack.len(), 150);
        assert_eq!(Rc::strong_count(&l), 76);
        {
            let mut moved = f.take_from(140);
            assert_eq!(moved.len(), 10);
            let first = moved.next();
            assert!(matches!(first, Some(Value::List(_))));
            // The other nine are dropped with the iterator.
        }
        assert_eq!(f.stack.len(), 140);
        assert_eq!(Rc::strong_count(&l), 71);
        f.truncate_to(0);
        assert_eq!(Rc::strong_count(&l), 1);
        assert!(f.pop_value().is_none());
        f.fast = vec![None; 2];
        // SAFETY: index 1 < fast.len().
        let old = unsafe { f.store_fast(1, Value::List(l.clone())) };
        assert!(old.is_none());
        let old = unsafe { f.store_fast(1, Value::Int(1)) };
        assert!(matches!(old, Some(Value::List(_))));
        drop(old);
        assert_eq!(Rc::strong_count(&l), 1);
        f.push(Value::Float(1.5));
        f.push(Value::Float(2.5));
        // SAFETY: two immediates on top.
        unsafe { f.replace_top2_imm(Value::Bool(true)) };
        assert!(matches!(f.pop_value(), Some(Value::Bool(true))));
    }
}
