//! Runs the differential suite (`tests/py`) against the `weft` binary; see `weft_tests`.

#[test]
fn differential() {
    weft_tests::run_differential(std::path::Path::new(env!("CARGO_BIN_EXE_weft")))
}
