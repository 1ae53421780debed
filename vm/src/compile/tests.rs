//! Unit tests (hand-built ASTs).
#![allow(dead_code)]

use super::*;
use crate::ast::*;

#[test]
fn empty_module() {
    let m = Module { body: vec![] };
    let code = compile(&m, "t.py", "", Mode::Module).unwrap();
    assert_eq!(code.instructions.len(), 2);
}
