//! A poll as the source of its respondents' words: `In a CNN/ORC poll
//! released Monday, 31% of Republicans said they were “extremely
//! enthusiastic”`, `The Q poll finds that … 22 percent say he is “not at
//! all responsible.”`. The subject of the speech verb is a share of the
//! people asked, not a speaker a newsroom can count; the poll named
//! earlier in the sentence is (as PolNeAR's annotators read it, too).

use crate::segment::Span;

use super::window::{sentence_before, Win};
use super::words::DETERMINERS;

/// Nouns that name a poll.
const POLL_NOUNS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// Words that count a share of people before `of` (`half of voters`).
const SHARE_WORDS: &[&str] = &[
    "percent",
    "half",
    "most",
    "majority",
    "plurality",
    "third",
    "thirds",
    "quarter",
];

/// Number words that count people (`six in 10`, `one out of four`).
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// True when a speaker's name is a poll's (`a fresh CNN-ORC poll`): no
/// antecedent for `he` or `she`.
pub(super) fn is_poll(name: &str) -> bool {
    name.rsplit(' ')
        .next()
        .is_some_and(|w| POLL_NOUNS.contains(&w.to_lowercase().as_str()))
}

fn is_number(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) || NUMBER_WORDS.contains(&w)
}

/// The poll that speaks for the speaker `mention` (an offset into `text`,
/// in a paragraph that starts at `par_start`), when the mention is a share
/// of people (`percent`, `31% of Republicans`, `Six in 10 Republicans`,
/// `a majority of voters`) and its sentence names a poll before it: the
/// poll's phrase, from its determiner (`a national CNN/ORC poll`) or its
/// run of capitalised words to the poll noun.
pub(super) fn poll_source(text: &str, par_start: usize, mention: &Span) -> Option<Span> {
    // (Most speakers have no poll before them in their paragraph: a search
    // for the nouns before any tokenising.)
    let before = text.get(par_start.min(mention.start)..mention.start)?;
    if !["poll", "Poll", "survey", "Survey"]
        .iter()
        .any(|n| before.contains(n))
    {
        return None;
    }
    let m = text.get(mention.clone())?;
    let first = m.split_whitespace().next()?.to_lowercase();
    let w = sentence_before(text, par_start, mention.start);
    let n = w.toks.len();
    let lower = |i: usize| w.word(i).map(str::to_lowercase);
    // The share: in the mention itself, or right before it.
    let share_before = match lower(n.wrapping_sub(1)).as_deref() {
        // `31% of`, `8 percent of`, `half of`, `a majority of`.
        Some("of") => {
            n >= 2
                && (w.is_punct(n - 2, "%")
                    || lower(n - 2).is_some_and(|x| SHARE_WORDS.contains(&x.as_str())))
        }
        // `six in 10`, `one out of four`.
        Some(x) if is_number(x) => {
            n >= 3
                && lower(n - 2).is_some_and(|p| p == "in" || p == "of")
                && lower(n - 3).is_some_and(|c| is_number(&c) || c == "out")
        }
        _ => false,
    };
    let share = share_before
        || first == "percent"
        || first.starts_with(|c: char| c.is_ascii_digit())
            && (m.contains('%') || m.contains(" percent"));
    if !share {
        return None;
    }
    let k = (0..n)
        .rev()
        .find(|&i| lower(i).is_some_and(|x| POLL_NOUNS.contains(&x.as_str())))?;
    poll_phrase(&w, k)
}

/// The phrase that ends with the poll noun at `k`: back to its determiner
/// over the words and joining marks of its name (`a national CNN/ORC
/// poll`, `The Q poll`), else its run of capitalised words (`CNN polls`).
fn poll_phrase(w: &Win<'_>, k: usize) -> Option<Span> {
    let joins = |i: usize| w.word(i).is_some() || w.is_punct(i, "/") || w.is_punct(i, "-");
    let det = (k.saturating_sub(6)..k)
        .rev()
        .take_while(|&i| joins(i))
        .find(|&i| {
            w.word(i)
                .is_some_and(|x| DETERMINERS.contains(&x.to_lowercase().as_str()))
        });
    if let Some(d) = det {
        return w.span(d, k);
    }
    let start = (0..k)
        .rev()
        .take_while(|&i| {
            w.word(i).is_some_and(|x| x.starts_with(char::is_uppercase))
                || w.is_punct(i, "/")
                || w.is_punct(i, "-")
        })
        .last()?;
    w.span(start, k)
}
