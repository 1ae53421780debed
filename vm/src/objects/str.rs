//! `str` storage: UTF-8 with a cached code-point count so ASCII strings index in O(1).

use std::cell::Cell;

pub struct PyStr {
    s: Box<str>,
    chars: usize,
    hash: Cell<Option<i64>>,
}

/// Code points in `s`. Most strings are ASCII, where the word-at-a-time `is_ascii` check
/// is cheaper than counting (notably for the short strings most operations create).
#[inline]
fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

impl PyStr {
    pub fn new(s: &str) -> Self {
        PyStr {
            chars: char_count(s),
            s: s.into(),
            hash: Cell::new(None),
        }
    }

    pub fn from_string(s: String) -> Self {
        PyStr {
            chars: char_count(&s),
            s: s.into_boxed_str(),
            hash: Cell::new(None),
        }
    }

    /// `self * n`; the caller bounds the size. The code-point count is known, not recounted.
    pub fn repeat(&self, n: usize) -> PyStr {
        PyStr {
            s: self.s.repeat(n).into_boxed_str(),
            chars: self.chars * n,
            hash: Cell::new(None),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Number of code points (`len()`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// Substring by code-point indices `[start, end)`.
    pub fn substr(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.s[a..b]
    }

    /// Python-visible hash (randomization is not needed for correctness; stable FNV-1a).
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let mut h: u64 = 0xcbf29ce484222325;
        for b in self.s.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        let mut h = (h >> 1) as i64;
        if h == -1 {
            h = -2;
        }
        self.hash.set(Some(h));
        h
    }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", &*self.s)
    }
}
