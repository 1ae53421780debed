//! Token kinds produced by the lexer.

/// Operators and delimiters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    /// `<>`: a NOTEQUAL token that never matches `!=` (Barry-as-FLUFL only).
    LtGt,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
    /// `!` alone (only meaningful inside f-string replacement fields).
    Exclamation,
    /// Any other single character CPython tokenizes as a generic OP (`$`, `?`, `` ` ``).
    Unknown,
}

/// Hard keywords.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kw {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl Kw {
    pub fn from_str(s: &str) -> Option<Kw> {
        Some(match s {
            "False" => Kw::False,
            "None" => Kw::None,
            "True" => Kw::True,
            "and" => Kw::And,
            "as" => Kw::As,
            "assert" => Kw::Assert,
            "async" => Kw::Async,
            "await" => Kw::Await,
            "break" => Kw::Break,
            "class" => Kw::Class,
            "continue" => Kw::Continue,
            "def" => Kw::Def,
            "del" => Kw::Del,
            "elif" => Kw::Elif,
            "else" => Kw::Else,
            "except" => Kw::Except,
            "finally" => Kw::Finally,
            "for" => Kw::For,
            "from" => Kw::From,
            "global" => Kw::Global,
            "if" => Kw::If,
            "import" => Kw::Import,
            "in" => Kw::In,
            "is" => Kw::Is,
            "lambda" => Kw::Lambda,
            "nonlocal" => Kw::Nonlocal,
            "not" => Kw::Not,
            "or" => Kw::Or,
            "pass" => Kw::Pass,
            "raise" => Kw::Raise,
            "return" => Kw::Return,
            "try" => Kw::Try,
            "while" => Kw::While,
            "with" => Kw::With,
            "yield" => Kw::Yield,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Name,
    Number,
    Str,
    Newline,
    Indent,
    Dedent,
    EndMarker,
    Op(Op),
    Kw(Kw),
    /// Sentinel for a tokenizer error; always the last token when present.
    Error,
}

/// One token. Columns are 0-based character offsets; `col == -1` means "no position"
/// (INDENT, DEDENT, ENDMARKER and the error sentinel, as in CPython).
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub kind: Tok,
    /// Character index range in the lexed text.
    pub lo: u32,
    pub hi: u32,
    pub line: u32,
    pub col: i32,
    pub end_line: u32,
    pub end_col: i32,
    /// Bracket nesting level after this token.
    pub level: u32,
    /// Tokenizer column (`cur - line_start`) right after producing this token; CPython uses
    /// it to place errors reported on position-less tokens.
    pub state_col: u32,
    /// Tokenizer `buf` (char index of the start of the buffered line; lags behind when the
    /// current line was entered inside a multi-line token) after producing this token.
    pub state_buf: u32,
}
