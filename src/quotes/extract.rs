//! Quote marks: find the quoted spans of each paragraph, in one left-to-right
//! scan per paragraph.
//!
//! Marks: curly `“…”` and `‘…’`, straight `"…"` and `'…'`, and the New York
//! Times' ``` ``…'' ```. A straight mark opens after white space or an opening
//! bracket and closes after a word or punctuation. `’` followed by a letter
//! is an apostrophe (`they’re`); `’` after a word with no single quote open
//! is a possessive (`agencies’`). Marks of the other kind inside an open
//! quote are nested quotes and belong to it. A double quote still open at
//! the end of its paragraph runs to the paragraph end (`closed = false`), and
//! when the next paragraph opens with a mark, that paragraph continues it; a
//! single quote never crosses a paragraph (it was an apostrophe).
//!
//! This module only finds spans: whether a span is a statement, and whose,
//! is decided in [`super::attribute`].

use crate::segment::Span;

/// Which family of marks a quote uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marks {
    /// `“”`, `"`, ``` `` '' ```.
    Double,
    /// `‘’`, `'`.
    Single,
}

/// A quoted span found in a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawQuote {
    /// Index of the paragraph.
    pub paragraph: usize,
    /// Byte span of the opening mark.
    pub open: Span,
    /// Byte span of the closing mark; `None` when the quote runs to the end
    /// of the paragraph.
    pub close: Option<Span>,
    /// The quoted words, without marks, trimmed of white space.
    pub content: Span,
    /// Mark family.
    pub marks: Marks,
    /// True when this paragraph continues a quote left open at the end of the
    /// previous paragraph.
    pub continues_previous: bool,
}

fn opens_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '"' | '\'' | '>'
                )
        }
    }
}

fn trimmed(text: &str, span: Span) -> Option<Span> {
    let s = text.get(span.clone())?;
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if t.is_empty() || !t.chars().any(char::is_alphanumeric) {
        return None;
    }
    Some(span.start + lead..span.start + lead + t.len())
}

/// The next candidate quote mark at or after byte `from` of `bytes`:
/// `"`, `'`, a backtick, or the lead byte of `“ ” ‘ ’` (U+201C, U+201D,
/// U+2018, U+2019, all `E2 80 xx`). One `memchr3` pass skips everything
/// else; backticks are only looked for when the text has any.
fn next_mark(bytes: &[u8], from: usize, backticks: bool) -> Option<usize> {
    let mut pos = from;
    loop {
        let rest = bytes.get(pos..)?;
        let found = memchr::memchr3(b'"', b'\'', 0xE2, rest).map(|i| pos + i);
        let tick = if backticks {
            memchr::memchr(b'`', rest).map(|i| pos + i)
        } else {
            None
        };
        let at = match (found, tick) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => a.or(b)?,
        };
        if bytes.get(at) == Some(&0xE2) {
            match (bytes.get(at + 1), bytes.get(at + 2)) {
                (Some(0x80), Some(0x98 | 0x99 | 0x9C | 0x9D)) => return Some(at),
                _ => {
                    pos = at + 1;
                    continue;
                }
            }
        }
        return Some(at);
    }
}

/// Find the quotes of every paragraph. `paragraphs` are byte spans into
/// `text` in order (from [`crate::segment::paragraphs`]).
pub fn find_quotes(text: &str, paragraphs: &[Span]) -> Vec<RawQuote> {
    let mut out: Vec<RawQuote> = Vec::new();
    let bytes = text.as_bytes();
    let backticks = memchr::memchr(b'`', bytes).is_some();
    let mut left_open = false;
    for (pi, par) in paragraphs.iter().enumerate() {
        let Some(ptext) = text.get(par.clone()) else {
            continue;
        };
        let first_is_mark = ptext
            .chars()
            .next()
            .is_some_and(|c| matches!(c, '“' | '"' | '`' | '‘' | '\''));
        let continues = left_open && first_is_mark;
        left_open = false;
        // (open mark span, marks)
        let mut open: Option<(Span, Marks)> = None;
        let mut pos = par.start;
        while let Some(at) = next_mark(bytes, pos, backticks).filter(|&a| a < par.end) {
            let Some(c) = text.get(at..).and_then(|r| r.chars().next()) else {
                break;
            };
            let mark_end = at + c.len_utf8();
            pos = mark_end;
            let prev = if at > par.start {
                text.get(par.start..at).and_then(|r| r.chars().next_back())
            } else {
                None
            };
            let next = text.get(mark_end..par.end).and_then(|r| r.chars().next());
            let next_is_space = next.is_none_or(|n| n.is_whitespace());
            let next_is_alnum = next.is_some_and(char::is_alphanumeric);
            let prev_is_alnum = prev.is_some_and(char::is_alphanumeric);
            let double_open = matches!(open, Some((_, Marks::Double)));
            let single_open = matches!(open, Some((_, Marks::Single)));
            match c {
                '“' if open.is_none() => open = Some((at..mark_end, Marks::Double)),
                '“' if single_open => {
                    // A single quote left dangling: it was an apostrophe.
                    open = Some((at..mark_end, Marks::Double));
                }
                '”' if double_open => {
                    close(&mut out, text, pi, &mut open, at..mark_end, continues);
                }
                // A typo'd closing mark (`“It's unusual,“ said Noble`): an
                // opening mark after the quote's punctuation, before a space.
                '“' if double_open
                    && prev.is_some_and(|p| matches!(p, ',' | '.' | '?' | '!'))
                    && next_is_space =>
                {
                    close(&mut out, text, pi, &mut open, at..mark_end, continues);
                }
                '"' if double_open
                    && !(next_is_alnum
                        && !prev_is_alnum
                        && prev.is_some_and(char::is_whitespace)) =>
                {
                    close(&mut out, text, pi, &mut open, at..mark_end, continues);
                }
                '"' if (open.is_none() || single_open) && opens_context(prev) && !next_is_space => {
                    open = Some((at..mark_end, Marks::Double));
                }
                '`' if next == Some('`') && open.is_none() => {
                    open = Some((at..mark_end + 1, Marks::Double));
                    pos = mark_end + 1;
                }
                '\'' if next == Some('\'') && double_open => {
                    close(&mut out, text, pi, &mut open, at..mark_end + 1, continues);
                    pos = mark_end + 1;
                }
                '\'' if next == Some('\'') && open.is_none() && opens_context(prev) => {
                    open = Some((at..mark_end + 1, Marks::Double));
                    pos = mark_end + 1;
                }
                '‘' if open.is_none() && opens_context(prev) && !next_is_space => {
                    open = Some((at..mark_end, Marks::Single));
                }
                '’' if single_open && !next_is_alnum => {
                    close(&mut out, text, pi, &mut open, at..mark_end, continues);
                }
                '\'' if open.is_none() && opens_context(prev) && next_is_alnum => {
                    open = Some((at..mark_end, Marks::Single));
                }
                '\'' if single_open && !prev.is_some_and(char::is_whitespace) && !next_is_alnum => {
                    close(&mut out, text, pi, &mut open, at..mark_end, continues);
                }
                _ => {}
            }
        }
        if let Some((o, Marks::Double)) = open {
            if let Some(content) = trimmed(text, o.end..par.end) {
                out.push(RawQuote {
                    paragraph: pi,
                    continues_previous: continues && o.start == par.start,
                    open: o,
                    close: None,
                    content,
                    marks: Marks::Double,
                });
                left_open = true;
            }
        }
    }
    out
}

fn close(
    out: &mut Vec<RawQuote>,
    text: &str,
    paragraph: usize,
    open: &mut Option<(Span, Marks)>,
    close: Span,
    continues: bool,
) {
    if let Some((o, marks)) = open.take() {
        if let Some(content) = trimmed(text, o.end..close.start) {
            let first_in_par = !out.iter().any(|q| q.paragraph == paragraph);
            out.push(RawQuote {
                paragraph,
                continues_previous: continues && first_in_par,
                open: o,
                close: Some(close),
                content,
                marks,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    fn quotes(t: &str) -> Vec<(String, bool, bool)> {
        find_quotes(t, &paragraphs(t))
            .into_iter()
            .map(|q| {
                (
                    t[q.content.clone()].to_string(),
                    q.close.is_some(),
                    q.continues_previous,
                )
            })
            .collect()
    }

    fn texts(t: &str) -> Vec<String> {
        quotes(t).into_iter().map(|q| q.0).collect()
    }

    #[test]
    fn curly_straight_and_nyt_marks() {
        assert_eq!(texts("“We won,” she said."), vec!["We won,"]);
        assert_eq!(
            texts("He said: \"We won.\" Then \"lost.\""),
            vec!["We won.", "lost."]
        );
        assert_eq!(texts("``We won,'' he said."), vec!["We won,"]);
        assert_eq!(texts("a ‘disaster’ on Monday"), vec!["disaster"]);
        assert_eq!(texts("called it a 'hoax' again"), vec!["hoax"]);
        // A typo'd closing mark after the quote's punctuation still closes.
        assert_eq!(
            texts("“It's unusual,“ said Noble. “It's hard to do.”"),
            vec!["It's unusual,", "It's hard to do."]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            texts("“They’re doing what the agencies’ staff can,” he said."),
            vec!["They’re doing what the agencies’ staff can,"]
        );
        assert_eq!(
            texts("the agencies’ assessments and Clinton's plan"),
            Vec::<String>::new()
        );
        assert_eq!(
            texts("It's the players' union's view"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            texts("“He called it ‘fake,’ and left,” she said."),
            vec!["He called it ‘fake,’ and left,"]
        );
    }

    #[test]
    fn quotes_left_open_continue_in_the_next_paragraph() {
        let t = "“First part of it.\n\n“Second part,” she said.\n\nNot a quote.";
        assert_eq!(
            quotes(t),
            vec![
                ("First part of it.".to_string(), false, false),
                ("Second part,".to_string(), true, true)
            ]
        );
    }

    #[test]
    fn single_quote_never_crosses_a_paragraph() {
        assert_eq!(texts("Rock 'n roll\n\nis 'fine' here"), vec!["fine"]);
    }
}
