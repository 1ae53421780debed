//! Bytecode: the contract between `compile` and `eval`.
//!
//! Code objects are immutable and `Send + Sync` so they can be shared between interpreters
//! behind `Arc` (DESIGN.md §1). The instruction set is a stack machine modelled on CPython
//! 3.10 with a simplified exception-handling protocol (one value per exception, see
//! `SetupFinally`). Stack effects are written `[before] -> [after]` with the top of the
//! stack on the right. Jump targets are absolute instruction indices.

use num_bigint::BigInt;
use std::sync::Arc;

/// A compile-time constant. Converted once per code object into interpreter values.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(Arc<BigInt>),
    Float(f64),
    Complex(f64, f64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Arc<[Const]>),
    Code(Arc<CodeObject>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinaryOp {
    /// The operator symbol as CPython prints it in `TypeError: unsupported operand type(s)`.
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::MatMul => "@",
            BinaryOp::TrueDiv => "/",
            BinaryOp::FloorDiv => "//",
            BinaryOp::Mod => "%",
            BinaryOp::Pow => "** or pow()",
            BinaryOp::LShift => "<<",
            BinaryOp::RShift => ">>",
            BinaryOp::And => "&",
            BinaryOp::Or => "|",
            BinaryOp::Xor => "^",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

/// Flags of `MakeFunction`: which optional items are on the stack.
pub mod make_function {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

/// `FormatValue` argument: low 2 bits are the conversion, bit 2 says a spec is on the stack.
pub mod format_value {
    pub const CONV_MASK: u32 = 0x03;
    pub const CONV_NONE: u32 = 0;
    pub const CONV_STR: u32 = 1;
    pub const CONV_REPR: u32 = 2;
    pub const CONV_ASCII: u32 = 3;
    pub const HAS_SPEC: u32 = 0x04;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Instr {
    Nop,
    // ---- stack manipulation
    /// `[a] -> []`
    PopTop,
    /// `[a, b] -> [b, a]`
    RotTwo,
    /// `[a, b, c] -> [c, a, b]` (TOS moves down two)
    RotThree,
    /// `[a, b, c, d] -> [d, a, b, c]`
    RotFour,
    /// `[a] -> [a, a]`
    DupTop,
    /// `[a, b] -> [a, b, a, b]`
    DupTopTwo,
    /// Push a copy of the n-th item (1 = TOS): `[x, ...(n-1 items)] -> [x, ..., x]`
    Copy(u32),
    /// Swap TOS with the n-th item (n >= 2).
    Swap(u32),

    // ---- loads and stores. Indices: consts → `consts`, Fast → `varnames`,
    // Global/Name/Attr/Method/Import → `names`, Deref/Closure → cells then frees
    // (i < cellvars.len() names cellvars[i], else freevars[i - cellvars.len()]).
    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Load the value in a cell; unbound → `NameError`/`UnboundLocalError` as CPython.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (for building closures and `__classcell__`).
    LoadClosure(u32),
    /// In a class body: look the free variable's name up in the class namespace first,
    /// then in the cell.
    LoadClassDeref(u32),
    /// Module globals, then builtins.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Locals mapping (module/class body/exec), then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// `[obj] -> [obj.name]`
    LoadAttr(u32),
    /// `[value, obj] -> []` performs `obj.name = value`
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// `[obj] -> [meth, self]` or `[attr, NULL]`: pair consumed by `CallMethod`.
    LoadMethod(u32),
    /// `[meth_or_attr, self_or_null, arg1..argN] -> [result]`
    CallMethod(u32),

    // ---- operators
    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[value, container, key] -> []`
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,
    /// `[a, b] -> [a op b]`
    BinaryOp(BinaryOp),
    /// `[a, b] -> [a op= b]` (tries `__iop__` first)
    InplaceOp(BinaryOp),
    UnaryNegative,
    UnaryPositive,
    UnaryInvert,
    UnaryNot,
    /// `[a, b] -> [a cmp b]`
    CompareOp(CompareOp),
    /// `[a, b] -> [a is b]`, or `is not` when the argument is 1.
    IsOp(u32),
    /// `[a, b] -> [a in b]`, or `not in` when the argument is 1.
    ContainsOp(u32),

    // ---- control flow
    Jump(u32),
    /// `[x] -> []`, jump if falsy.
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// If TOS is falsy jump and keep it, else pop it.
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// `[x] -> [iter(x)]`
    GetIter,
    /// `[it] -> [it, next(it)]`, or on exhaustion `[it] -> []` and jump.
    ForIter(u32),

    // ---- building
    /// `[a1..an] -> [(a1..an)]`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `[k1, v1, .. kn, vn] -> [{k1: v1, ..}]`
    BuildMap(u32),
    /// `[s1..sn] -> ["".join(s)]` (all items are str)
    BuildString(u32),
    /// `[lower, upper] -> [slice]` (n = 2) or `[lower, upper, step] -> [slice]` (n = 3)
    BuildSlice(u32),
    /// `[list, ...(i-1 items), x] -> [list, ...]` appends x to the list at depth i after the pop.
    ListAppend(u32),
    SetAdd(u32),
    /// `[dict, ..., key, value] -> [dict, ...]`, dict at depth i after popping both.
    MapAdd(u32),
    /// `[list, ..., iterable] -> [list, ...]` extends the list at depth i after the pop.
    ListExtend(u32),
    SetUpdate(u32),
    /// `dict.update(mapping)` for `{**m}`.
    DictUpdate(u32),
    /// Like `DictUpdate` but a repeated key raises
    /// `TypeError: f() got multiple values for keyword argument 'k'` (for `f(**a, **b)`;
    /// the function is the item just below the dict being merged into).
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[iterable] -> [xn .. x1]` (first item on top); wrong length raises ValueError.
    UnpackSequence(u32),
    /// `a, *b, c = it`: argument is `before | (after << 8)`; pushes after-items, the list,
    /// then before-items so that the first target is on top.
    UnpackEx(u32),

    // ---- calls and functions
    /// `[f, a1..an] -> [f(a1..an)]`
    CallFunction(u32),
    /// `[f, a1..an, kwnames] -> [result]` where `kwnames` is a tuple constant naming the
    /// last `len(kwnames)` of the n arguments.
    CallFunctionKw(u32),
    /// `[f, args_tuple] -> [f(*args)]`, or with argument 1
    /// `[f, args_tuple, kwargs_dict] -> [f(*args, **kwargs)]`.
    CallFunctionEx(u32),
    /// `[defaults?, kwdefaults?, annotations?, closure?, code, qualname] -> [function]`;
    /// the argument says (bits of `make_function`) which optional items are present.
    /// defaults: tuple; kwdefaults: dict; annotations: dict name → value; closure: tuple
    /// of cells (from `LoadClosure`, in `freevars` order of the new code).
    MakeFunction(u32),
    /// Return TOS from the frame.
    ReturnValue,
    /// `[x] -> [sent]`: suspend the generator yielding x; resumes with the sent value pushed.
    YieldValue,
    /// `[iter] -> [iter]`: `iter(x)`, except that generators and coroutines are left as is.
    GetYieldFromIter,
    /// `[subiter, v] -> [result]`: delegate to `subiter` (send v) until it finishes; `result`
    /// is its return value. Emitted as `GetYieldFromIter, LoadConst None, YieldFrom`.
    YieldFrom,
    /// `[] -> [__build_class__]`
    LoadBuildClass,
    /// `[] -> [AssertionError]`
    LoadAssertionError,
    /// Create `__annotations__` in the locals mapping if missing (module and class bodies).
    SetupAnnotations,

    // ---- exceptions and blocks
    /// Push a block: if an exception is raised before the matching `PopBlock`, the value
    /// stack is cut back to its depth at this instruction, an *except-handler* block is
    /// pushed in its place (it remembers the exception being handled before, to restore it
    /// when the handler is left), the exception becomes the one being handled
    /// (`sys.exc_info()`), the exception is pushed, and execution jumps to the handler:
    /// `[...] -> [..., exc]`.
    SetupFinally(u32),
    /// Pop the innermost `SetupFinally`/`SetupWith` block (normal exit of its body).
    PopBlock,
    /// Pop the innermost except-handler block and restore the previously handled exception.
    /// The stack is not touched (the handler has already consumed `exc`).
    PopExcept,
    /// `[exc] -> (raise)`: re-raise keeping the traceback. Unwinding pops except-handler blocks,
    /// restoring the previously handled exception as it goes.
    Reraise,
    /// `[exc, type] -> [exc]`: pops `type`; jumps if `exc` does not match it (as `except type:`,
    /// type may be a tuple; a non-class raises TypeError like CPython).
    JumpIfNotExcMatch(u32),
    /// `raise` (0), `raise x` (1: `[x]`), `raise x from y` (2: `[x, y]`).
    RaiseVarargs(u32),
    /// `[mgr] -> [exit, enter_result]`: binds `mgr.__exit__`, calls `mgr.__enter__()`, and pushes
    /// a block like `SetupFinally(handler)` whose depth includes `exit`.
    SetupWith(u32),
    /// In a with-handler: `[exit, exc] -> [exit, exc, exit(type(exc), exc, tb)]`.
    WithExceptStart,

    // ---- imports
    /// `[level, fromlist] -> [module]` (`__import__(name, globals, None, fromlist, level)`).
    ImportName(u32),
    /// `[module] -> [module, module.name]` (falls back to importing submodule `module.name`).
    ImportFrom(u32),
    /// `[module] -> []` copies public names into the locals mapping.
    ImportStar,

    // ---- f-strings
    /// `[value, spec?] -> [str]`; see `format_value`.
    FormatValue(u32),

    // ---- pattern matching (semantics of CPython 3.11's opcodes of the same names)
    /// `[x] -> [x, len(x)]`
    GetLen,
    /// `[x] -> [x, bool]` is x a mapping (dict or collections.abc.Mapping)
    MatchMapping,
    /// `[x] -> [x, bool]` is x a sequence (list, tuple, range, ... but not str/bytes/bytearray)
    MatchSequence,
    /// `[subject, keys] -> [subject, keys, values_tuple_or_None]`
    MatchKeys,
    /// `[subject, cls, kwnames] -> [attrs_tuple_or_None]`; argument = number of positional
    /// sub-patterns (uses `__match_args__`).
    MatchClass(u32),
    /// `[subject, keys] -> [subject, rest_dict]` copy of subject without `keys`.
    CopyDictWithoutKeys,

    /// Interactive mode: print repr of TOS (if not None) and set `builtins._`. `[x] -> []`
    PrintExpr,
}

/// Bits of `CodeObject::flags` (CPython's values).
pub mod code_flags {
    /// Fast locals (function scope).
    pub const OPTIMIZED: u32 = 0x0001;
    /// A fresh locals namespace per call (function scope).
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const COROUTINE: u32 = 0x0080;
}

/// An immutable, shareable compiled code unit (module, class body, function, lambda,
/// comprehension).
#[derive(Debug, Clone, PartialEq)]
pub struct CodeObject {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub filename: Arc<str>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instructions: Vec<Instr>,
    /// Source line of each instruction (parallel to `instructions`).
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    pub names: Vec<Arc<str>>,
    /// Parameters first (positional, keyword-only, *args, **kwargs, in that order), then the
    /// other locals.
    pub varnames: Vec<Arc<str>>,
    /// Locals captured by inner scopes. A parameter that is captured appears in both
    /// `varnames` and `cellvars`; the evaluator copies the argument into the cell on entry.
    pub cellvars: Vec<Arc<str>>,
    pub freevars: Vec<Arc<str>>,
    /// Maximum value-stack depth, computed by the compiler (may be an over-estimate).
    pub stacksize: u32,
    /// The whole source text, for traceback lines.
    pub source: Arc<str>,
}

impl CodeObject {
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
}
