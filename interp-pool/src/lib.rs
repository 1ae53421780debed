//! Runs weft interpreters on OS threads.
