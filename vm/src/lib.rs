//! weft's single-threaded Python interpreter: front end, compiler, evaluator, object model.

pub mod ast;
pub mod bytecode;
pub mod syntax_error;
