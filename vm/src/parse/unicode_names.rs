//! Lookup of Unicode character names for `\N{...}` escapes.

/// Find the character named `name` (case-insensitive, as CPython's `unicodedata.lookup`
/// used by the `unicodeescape` codec).
pub fn lookup_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if let Some(hex) = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        return algorithmic(hex, &[(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF), (0x2A700, 0x2EBE0), (0x30000, 0x3134A)]);
    }
    if let Some(hex) = upper.strip_prefix("CJK COMPATIBILITY IDEOGRAPH-") {
        return algorithmic(hex, &[(0xF900, 0xFAD9), (0x2F800, 0x2FA1D)]);
    }
    if let Some(rest) = upper.strip_prefix("HANGUL SYLLABLE ") {
        return hangul(rest);
    }
    None
}

fn algorithmic(hex: &str, ranges: &[(u32, u32)]) -> Option<char> {
    if hex.len() < 4 || hex.len() > 5 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let v = u32::from_str_radix(hex, 16).ok()?;
    if ranges.iter().any(|&(lo, hi)| v >= lo && v <= hi) {
        char::from_u32(v)
    } else {
        None
    }
}

const JAMO_L: [&str; 19] = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J",
    "C", "K", "T", "P", "H",
];

fn hangul(rest: &str) -> Option<char> {
    for (l, ls) in JAMO_L.iter().enumerate() {
        let Some(r1) = rest.strip_prefix(ls) else { continue };
        for (v, vs) in JAMO_V.iter().enumerate() {
            let Some(r2) = r1.strip_prefix(vs) else { continue };
            for (t, ts) in JAMO_T.iter().enumerate() {
                if r2 == *ts {
                    return char::from_u32(0xAC00 + ((l * 21 + v) * 28 + t) as u32);
                }
            }
        }
    }
    None
}
