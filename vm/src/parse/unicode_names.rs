//! Lookup of Unicode character names for `\N{...}` escapes (as CPython's
//! `unicodedata` `_getcode`: case-insensitive names and aliases, algorithmic names for
//! Hangul syllables and CJK ideographs).
//!
//! Encoding of `STREAM` (from `unicode_names_data.rs`): characters are digits 0..92 of the
//! alphabet `!`..`~` without `"` and `\`. Each record is: a header digit `2*k + e` (the name
//! shares its first `k` words with the previous name; `e == 1` means an explicit code point
//! gap follows as a base-46 number, digits >= 46 continuing), then word references (one digit
//! `< 60`, two digits starting with 60..85, three digits starting with 86..90) into `WORDS`,
//! and the terminator digit 91. Code points increase by one per record unless a gap is given.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::unicode_names_data::{ALGORITHMIC, ALIASES, STREAM, WORDS};

fn digit(b: u8) -> usize {
    let mut v = (b - 0x21) as usize;
    if b > b'"' {
        v -= 1;
    }
    if b > b'\\' {
        v -= 1;
    }
    v
}

fn table() -> &'static HashMap<String, u32> {
    static TABLE: OnceLock<HashMap<String, u32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let words: Vec<&str> = WORDS.split('|').collect();
        let s = STREAM.as_bytes();
        let mut map = HashMap::with_capacity(33000 + ALIASES.len());
        let mut pos = 0;
        let mut cp: i64 = -1;
        let mut prev: Vec<usize> = Vec::new();
        while pos < s.len() {
            let v = digit(s[pos]);
            pos += 1;
            let (k, explicit) = (v / 2, v % 2 == 1);
            if explicit {
                let mut d: i64 = 0;
                loop {
                    let x = digit(s[pos]) as i64;
                    pos += 1;
                    if x >= 46 {
                        d = d * 46 + (x - 46);
                    } else {
                        d = d * 46 + x;
                        break;
                    }
                }
                cp += 1 + d;
            } else {
                cp += 1;
            }
            prev.truncate(k);
            loop {
                let x = digit(s[pos]);
                pos += 1;
                let i = if x == 91 {
                    break;
                } else if x < 60 {
                    x
                } else if x < 86 {
                    let y = digit(s[pos]);
                    pos += 1;
                    60 + (x - 60) * 92 + y
                } else {
                    let y = digit(s[pos]);
                    let z = digit(s[pos + 1]);
                    pos += 2;
                    60 + 26 * 92 + (x - 86) * 92 * 92 + y * 92 + z
                };
                prev.push(i);
            }
            let name: Vec<&str> = prev.iter().map(|&i| words[i]).collect();
            map.insert(name.join(" "), cp as u32);
        }
        for &(name, cp) in ALIASES {
            map.insert(name.to_string(), cp);
        }
        map
    })
}

/// Find the character named `name`.
pub fn lookup_name(name: &str) -> Option<char> {
    // Algorithmic names are matched case-sensitively, as CPython does.
    for &(prefix, lo, hi) in ALGORITHMIC {
        if let Some(hex) = name.strip_prefix(prefix) {
            if (4..=5).contains(&hex.len())
                && hex
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
            {
                let v = u32::from_str_radix(hex, 16).ok()?;
                if v >= lo && v <= hi {
                    return char::from_u32(v);
                }
            }
        }
    }
    if name.len() > 16 && name[..16].eq_ignore_ascii_case("HANGUL SYLLABLE ") {
        if let Some(c) = name.get(16..).and_then(hangul) {
            return Some(c);
        }
    }
    let upper = name.to_ascii_uppercase();
    table().get(&upper).and_then(|&cp| char::from_u32(cp))
}

const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

/// CPython's `find_syllable`: longest match for each jamo part.
fn hangul(rest: &str) -> Option<char> {
    fn longest(s: &str, table: &[&str]) -> (usize, usize) {
        let mut best = (usize::MAX, 0usize);
        for (i, j) in table.iter().enumerate() {
            if s.starts_with(j) && (best.0 == usize::MAX || j.len() > best.1) {
                best = (i, j.len());
            }
        }
        best
    }
    let (l, ln) = longest(rest, &JAMO_L);
    if l == usize::MAX {
        return None;
    }
    let rest = &rest[ln..];
    let (v, vn) = longest(rest, &JAMO_V);
    if v == usize::MAX {
        return None;
    }
    let rest = &rest[vn..];
    let (t, tn) = longest(rest, &JAMO_T);
    if t == usize::MAX || tn != rest.len() {
        return None;
    }
    char::from_u32(0xAC00 + ((l * 21 + v) * 28 + t) as u32)
}
