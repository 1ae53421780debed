//! Differential and integration test support for weft.
