//! Unit tests for the tokenizer and parser.
