//! Execution frames.

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
        self.stack.pop().unwrap_or(Value::None)
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }
}

/// Why a frame stopped running.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}
