//! Stage 2, segment: paragraphs and sentences as byte spans into the
//! article text. No copies: every span slices back into the text.
//!
//! Paragraphs: web text separates paragraphs with a blank line or a single
//! newline; wire text that is hard-wrapped (no blank lines, short lines)
//! starts a paragraph only at an indented line, and a lone newline inside a
//! paragraph is just a space. Sentences end at `.`, `!` or `?` (plus any
//! closing quote marks or brackets) before white space and an upper-case
//! letter, a digit or an opening mark, except after known abbreviations
//! (`Mr.`, `Sen.`, `U.S.`), initials (`Robert A. Brady`) and spaced ellipses
//! (`. . .`). This module does not know about quotes.

use std::ops::Range;

/// A byte range into the article text.
pub type Span = Range<usize>;

/// Abbreviations that end with a period but do not end a sentence
/// (compared case-sensitively, without the period).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col",
    "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Jr", "Sr", "St", "Rev", "Hon", "Pres", "Gov", "Atty",
    "Supt", "Insp", "Det", "No", "Nos", "vs", "v", "etc", "Inc", "Co", "Corp", "Ltd", "Bros",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt",
    "Ft", "approx", "Calif", "Fla", "Ill", "Mass", "Mich", "Minn", "Penn", "Tenn", "Tex", "Wash",
    "Wis", "Ariz", "Ark", "Colo", "Conn", "Del", "Ga", "Ind", "Kan", "Ky", "La", "Md", "Miss",
    "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Va", "Vt", "Wyo", "Ala",
];

/// True when the text is hard-wrapped wire copy: every line short, and no
/// blank line, or blank lines but most single line breaks inside a
/// sentence (a Reuters story with one empty line; web text with blank
/// lines ends its lines at sentence ends).
fn hard_wrapped(text: &str) -> bool {
    let mut lines = 0;
    for line in text.lines() {
        lines += 1;
        if line.chars().count() > 90 {
            return false;
        }
    }
    if !text.contains("\n\n") && !text.contains("\n\r\n") {
        return lines > 2;
    }
    // Line breaks followed by more of the same paragraph (not a blank
    // line, not an indent), and those of them inside a sentence.
    let (mut joins, mut inside) = (0usize, 0usize);
    let mut prev: Option<&str> = None;
    for line in text.lines() {
        if let Some(p) = prev.filter(|p| !p.trim().is_empty()) {
            if !line.trim().is_empty() && !line.starts_with([' ', '\t']) {
                joins += 1;
                if p.trim_end()
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '-'))
                {
                    inside += 1;
                }
            }
        }
        prev = Some(line);
    }
    joins >= 3 && inside * 2 >= joins
}

/// Paragraph spans, trimmed of surrounding white space, in order. Empty
/// paragraphs are left out.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let wrapped = hard_wrapped(text);
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(off) = bytes.get(i..).and_then(|b| memchr::memchr(b'\n', b)) {
        let nl = i + off;
        let next = bytes.get(nl + 1).copied();
        let breaks = !wrapped || matches!(next, Some(b' ' | b'\t' | b'\n' | b'\r') | None);
        if breaks {
            push_trimmed(text, start..nl, &mut out);
            start = nl + 1;
        }
        i = nl + 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let Some(s) = text.get(span.clone()) else {
        return;
    };
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        let b = span.start + lead;
        out.push(b..b + trimmed.len());
    }
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '`')
}

/// True when the period at byte `dot` of `text` ends an abbreviation, an
/// initial or part of an ellipsis rather than a sentence.
pub fn period_is_not_final(text: &str, dot: usize) -> bool {
    let before = text.get(..dot).unwrap_or("");
    // Spaced ellipsis ". . ." (also with thin or no-break spaces).
    let after = text.get(dot + 1..).unwrap_or("");
    let after_trim = after.trim_start_matches([' ', '\u{2009}', '\u{a0}', '\u{202f}']);
    if after_trim.starts_with('.') {
        return true;
    }
    let before_trim = before.trim_end_matches([' ', '\u{2009}', '\u{a0}', '\u{202f}']);
    if before_trim.len() < before.len() && before_trim.ends_with('.') {
        return true;
    }
    let word: &str = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    let bare = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if bare.is_empty() {
        return false;
    }
    // An initial: one upper-case letter ("A."), or dotted ("U.S").
    let mut chars = bare.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    if bare.contains('.') {
        return true;
    }
    if after_trim.starts_with(')') {
        // "(R-Fla.)": a period closing a parenthesised tag.
        return true;
    }
    let last_part = bare.rsplit('-').next().unwrap_or(bare);
    is_abbreviation(bare) || is_abbreviation(last_part)
}

fn is_abbreviation(w: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| ABBREVIATIONS.iter().copied().collect());
    w.len() <= 8 && SET.contains(w)
}

/// Sentence spans within `span` (usually one paragraph), trimmed, in order;
/// joined with the white space between them they give back the span.
pub fn sentences(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let Some(par) = text.get(span.clone()) else {
        return out;
    };
    let base = span.start;
    let mut start = 0;
    let mut it = par.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        if c == '.' && period_is_not_final(par, i) {
            continue;
        }
        // Swallow closing marks and further terminal punctuation.
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            if is_closer(d) || matches!(d, '.' | '!' | '?') {
                end = j + d.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        // Must be followed by white space and then a sentence opener.
        let rest = par.get(end..).unwrap_or("");
        let after_ws = rest.trim_start();
        if after_ws.len() == rest.len() && !rest.is_empty() {
            continue;
        }
        let next = after_ws.chars().next();
        let opens = match next {
            None => true,
            Some(n) => n.is_uppercase() || n.is_ascii_digit() || is_opener(n),
        };
        if opens {
            push_trimmed(text, base + start..base + end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, base + start..base + par.len(), &mut out);
    out
}

/// A word or a punctuation character, as a byte span into the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte span.
    pub span: Span,
    /// True for a word (letters/digits, with inner `'`, `’`, `-`, `.`, `&`).
    pub word: bool,
}

fn joins_word(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '\u{2011}')
}

/// The first char boundary of `text` at or after byte `i` (where a
/// window opened some bytes back may fall inside a character).
pub fn boundary_at_or_after(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The char starting at byte `i` (which must be a char boundary).
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|r| r.chars().next())
}

/// True when the char at byte `i` is a letter or digit.
#[inline]
fn alnum_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => char_at(text, i).is_some_and(char::is_alphanumeric),
        None => false,
    }
}

/// Tokens of `text[span]`: words and single punctuation characters (white
/// space dropped). Inner apostrophes, hyphens and dots stay inside a word
/// (`they’re`, `D-Va`, `U.S`); a final dot is its own token. ASCII bytes
/// are classified without decoding.
pub fn tokens(text: &str, span: Span) -> Vec<Token> {
    let mut out = Vec::with_capacity(span.len() / 4);
    tokens_into(text, span, &mut out);
    out
}

/// [`tokens`] into `out` (cleared first), reusing its room.
pub fn tokens_into(text: &str, span: Span, out: &mut Vec<Token>) {
    out.clear();
    let end = span.end.min(text.len());
    let mut i = span.start;
    while let Some(t) = next_token(text, i, end) {
        i = t.span.end;
        out.push(t);
    }
}

/// What a byte is to the tokenizer ([`class_of`]).
mod class {
    /// White space (as `char::is_whitespace` says for ASCII).
    pub const SPACE: u8 = 0;
    /// A letter or digit.
    pub const ALNUM: u8 = 1;
    /// `'`, `-`, `.`, `&`: inside a word between letters, else punctuation.
    pub const JOIN: u8 = 2;
    /// Any other ASCII byte: punctuation.
    pub const PUNCT: u8 = 3;
    /// A byte of a non-ASCII character: decoded.
    pub const HIGH: u8 = 4;
}

/// The [`class`] of every byte, sixteen to a row: `S`pace, `A`lnum,
/// `J`oin, `P`unct, `H`igh.
#[rustfmt::skip]
static CLASS: [u8; 256] = {
    use class::{ALNUM as A, HIGH as H, JOIN as J, PUNCT as P, SPACE as S};
    [
        P, P, P, P, P, P, P, P, P, S, S, S, S, S, P, P, // 0x00
        P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, // 0x10
        S, P, P, P, P, P, J, J, P, P, P, P, P, J, J, P, // 0x20
        A, A, A, A, A, A, A, A, A, A, P, P, P, P, P, P, // 0x30
        P, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, // 0x40
        A, A, A, A, A, A, A, A, A, A, A, P, P, P, P, P, // 0x50
        P, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, // 0x60
        A, A, A, A, A, A, A, A, A, A, A, P, P, P, P, P, // 0x70
        H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // 0x80
        H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // 0x90
        H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // 0xa0
        H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // 0xb0
        H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // 0xc0
        H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // 0xd0
        H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // 0xe0
        H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // 0xf0
    ]
};

/// The [`class`] of a byte.
#[inline(always)]
fn class_of(b: u8) -> u8 {
    CLASS.get(usize::from(b)).copied().unwrap_or(class::HIGH)
}

/// The first token at or after byte `i`, before byte `end`. ASCII bytes
/// are classified by [`class_of`], others decoded.
#[inline(always)]
pub fn next_token(text: &str, mut i: usize, end: usize) -> Option<Token> {
    let bytes = text.as_bytes();
    while i < end {
        let b = *bytes.get(i)?;
        let len = match class_of(b) {
            class::SPACE => {
                i += 1;
                continue;
            }
            class::ALNUM => 1,
            class::HIGH => {
                let c = char_at(text, i)?;
                let len = c.len_utf8();
                if c.is_whitespace() {
                    i += len;
                    continue;
                }
                if !c.is_alphanumeric() {
                    return Some(Token {
                        span: i..i + len,
                        word: false,
                    });
                }
                len
            }
            _ => {
                return Some(Token {
                    span: i..i + 1,
                    word: false,
                })
            }
        };
        let start = i;
        let mut j = i + len;
        while j < end {
            let Some(&d) = bytes.get(j) else { break };
            match class_of(d) {
                class::ALNUM => j += 1,
                class::JOIN if j + 1 < end && alnum_at(text, j + 1) => j += 1,
                class::HIGH => {
                    let Some(dc) = char_at(text, j) else { break };
                    let dl = dc.len_utf8();
                    if dc.is_alphanumeric()
                        || joins_word(dc) && j + dl < end && alnum_at(text, j + dl)
                    {
                        j += dl;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        return Some(Token {
            span: start..j,
            word: true,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer before byte classes, char by char: the
    /// reference the table must agree with.
    fn reference_token(text: &str, mut i: usize, end: usize) -> Option<Token> {
        let bytes = text.as_bytes();
        while i < end {
            let b = *bytes.get(i)?;
            let (c, len) = if b.is_ascii() {
                (b as char, 1)
            } else {
                let c = char_at(text, i)?;
                (c, c.len_utf8())
            };
            if c.is_whitespace() {
                i += len;
                continue;
            }
            if !c.is_alphanumeric() {
                return Some(Token {
                    span: i..i + len,
                    word: false,
                });
            }
            let start = i;
            let mut j = i + len;
            while j < end {
                let Some(&d) = bytes.get(j) else { break };
                if d.is_ascii() {
                    let joins = matches!(d, b'\'' | b'-' | b'.' | b'&')
                        && j + 1 < end
                        && alnum_at(text, j + 1);
                    if d.is_ascii_alphanumeric() || joins {
                        j += 1;
                    } else {
                        break;
                    }
                } else {
                    let Some(dc) = char_at(text, j) else { break };
                    let dl = dc.len_utf8();
                    if dc.is_alphanumeric()
                        || joins_word(dc) && j + dl < end && alnum_at(text, j + dl)
                    {
                        j += dl;
                    } else {
                        break;
                    }
                }
            }
            return Some(Token {
                span: start..j,
                word: true,
            });
        }
        None
    }

    #[test]
    fn byte_classes_tokenize_as_the_char_by_char_reference() {
        // Every ASCII byte and a few characters around letters, in strings
        // from a fixed pseudo-random sequence.
        let pieces: Vec<String> = (0u8..128)
            .map(|b| char::from(b).to_string())
            .chain(["é", "’", "—", "\u{2011}", "\u{a0}", "日本", "Ab", "x1"].map(String::from))
            .collect();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..12 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(&pieces[(seed % pieces.len() as u64) as usize]);
            }
            let (mut i, mut j) = (0, 0);
            loop {
                let a = next_token(&text, i, text.len());
                let b = reference_token(&text, j, text.len());
                assert_eq!(a, b, "{text:?}");
                match a {
                    Some(t) => {
                        i = t.span.end;
                        j = t.span.end;
                    }
                    None => break,
                }
            }
        }
    }

    fn slices<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
        spans.iter().map(|s| &text[s.clone()]).collect()
    }

    #[test]
    fn paragraphs_split_on_newlines_in_web_text() {
        let t = "One.\n\nTwo a.\nTwo b.\n\n\n  Three.  ";
        assert_eq!(
            slices(t, &paragraphs(t)),
            vec!["One.", "Two a.", "Two b.", "Three."]
        );
    }

    #[test]
    fn wire_copy_with_one_blank_line_is_still_hard_wrapped() {
        let t = "Acme Corp said it\nwould sell the unit.\n\n    The deal, it said, is\nworth 10 mln dlrs and\nwill close in May.\n    \"It is a good\nprice,\" it said.";
        assert_eq!(
            slices(t, &paragraphs(t)),
            vec![
                "Acme Corp said it\nwould sell the unit.",
                "The deal, it said, is\nworth 10 mln dlrs and\nwill close in May.",
                "\"It is a good\nprice,\" it said."
            ]
        );
    }

    #[test]
    fn hard_wrapped_text_breaks_only_at_indents() {
        let t = "Standard Oil said it\nwould sell the unit.\n    The deal is\nworth 10 mln dlrs.";
        assert_eq!(
            slices(t, &paragraphs(t)),
            vec![
                "Standard Oil said it\nwould sell the unit.",
                "The deal is\nworth 10 mln dlrs."
            ]
        );
    }

    #[test]
    fn sentences_respect_abbreviations_initials_and_ellipses() {
        let t = "Sen. Tim Kaine (D-Va.) spoke. Robert A. Brady agreed . . . by his oath. “Yes,” he said. U.S. officials left!";
        let s = sentences(t, 0..t.len());
        assert_eq!(
            slices(t, &s),
            vec![
                "Sen. Tim Kaine (D-Va.) spoke.",
                "Robert A. Brady agreed . . . by his oath.",
                "“Yes,” he said.",
                "U.S. officials left!"
            ]
        );
    }

    #[test]
    fn tokens_keep_inner_joiners() {
        let t = "Sen. Kaine (D-Va.) said they’re “fine.”";
        let words: Vec<&str> = tokens(t, 0..t.len())
            .iter()
            .map(|k| &t[k.span.clone()])
            .collect();
        assert_eq!(
            words,
            vec![
                "Sen",
                ".",
                "Kaine",
                "(",
                "D-Va",
                ".",
                ")",
                "said",
                "they’re",
                "“",
                "fine",
                ".",
                "”"
            ]
        );
    }

    #[test]
    fn quoted_sentence_end_swallows_the_closing_mark() {
        let t = "He said “We won.” Then he left.";
        let s = sentences(t, 0..t.len());
        assert_eq!(slices(t, &s), vec!["He said “We won.”", "Then he left."]);
    }
}
