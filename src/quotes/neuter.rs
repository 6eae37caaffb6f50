//! The body an `it` or the people a `they` in an attribution stand for
//! when no speaker quoted before explains them: the subject of the
//! reported speech (or, for `it`, of a sentence about a named body) in the
//! sentences just before (`The China Daily said last month that …. It said
//! …. “…,” it said`; `…, trade sources said. They gave no details, but
//! said …`).

use crate::lexicon::Lexicon;

use super::extract::RawQuote;
use super::registry::Registry;
use super::{attribute, names, window, words};

/// Sentences read back for the body an `it` or `they` stands for.
const SENTENCES: usize = 3;

/// The body an `it` at byte `at` stands for when no quoted body explains
/// it (`The China Daily said last month that …. It said growing grain
/// should pay. “…,” it said`), or the people or bodies a `they` stands for
/// (`…, trade sources said. They gave no details, but said …`), when
/// `plural`: the subject of the reported speech in the nearest of the
/// [`SENTENCES`] sentences before the quote (before the mention, when
/// it comes first) whose subject is not that pronoun itself; none when
/// that subject is another pronoun, or for `it` a person (a name of known
/// gender, a role: `a spokesman`), or for `they` one person or body.
pub(super) fn antecedent(
    text: &str,
    at: usize,
    raw: Option<&RawQuote>,
    plural: bool,
    registry: &Registry,
    lex: &Lexicon,
) -> Option<(String, usize)> {
    let same = if plural { "they" } else { "it" };
    let mut to = raw.map_or(at, |r| if at > r.open.start { r.open.start } else { at });
    // (`China is the main supplier …, it said.`: the sentence the pronoun
    // ends is what was said; the one before it comes first.)
    let first_full =
        usize::from(to == at && text.get(..at).is_some_and(|b| b.trim_end().ends_with(',')));
    for read in 0..SENTENCES {
        let w = window::sentence_before(text, to.saturating_sub(1000), to);
        let first = w.toks.first()?;
        let start = first.span.start;
        let opener = text.get(first.span.clone()).unwrap_or("");
        if opener.eq_ignore_ascii_case(same) {
            to = start;
            continue;
        }
        if names::pronoun(opener).is_some() {
            return None;
        }
        let end = w.toks.last()?.span.end;
        let Some((mut span, role, _)) = attribute::indirect_speaker(text, start, end, lex) else {
            // (`The state news agency Tanjug was more optimistic. It said
            // …`: right before `it`, a body named as the subject of a
            // sentence with no verb of speech.)
            if read == first_full && !plural {
                if let Some(body) = body_subject(&w, registry, lex) {
                    return Some(body);
                }
            }
            to = start;
            continue;
        };
        // (`the independent Institute for Fiscal Studies (IFS) said`: the
        // name runs back over `for` or `of` to its capitalised start.)
        if let Some(s) = name_before_preposition(text, span.start) {
            span.start = s;
        }
        let np = text.get(span.clone())?;
        let head = np.rsplit(' ').next().unwrap_or(np);
        // (The object of an opening phrase, `In a rare move, the Tories …
        // tabled a motion …, saying`: the sentence is read wrong, and so
        // is no sentence before it; `according to` is no such phrase.)
        let before: Vec<&str> = text
            .get(..span.start)
            .unwrap_or("")
            .split_whitespace()
            .rev()
            .take(2)
            .collect();
        let governed = before.first().is_some_and(|p| {
            words::PREPOSITIONS.contains(&p.to_ascii_lowercase().as_str())
                && !(*p == "to"
                    && before
                        .get(1)
                        .is_some_and(|a| a.eq_ignore_ascii_case("according")))
        });
        if governed {
            return None;
        }
        // (A plural noun, not a surname: `Britney Spears`; `Sources`,
        // `Officials` opening a sentence.)
        let noun = head.starts_with(char::is_lowercase)
            || !np.contains(' ') && names::is_role_noun(head.trim_end_matches('s'));
        let several = noun && head.ends_with('s') && !head.ends_with("ss") || np.contains(" and ");
        if plural {
            return several.then(|| (np.to_string(), span.start));
        }
        // (`GATT experts`, `analysts`: not what `it` is; the body may be
        // named further back, `GATT also predicted …`.)
        if several && head.starts_with(char::is_lowercase) {
            to = start;
            continue;
        }
        // (A role set apart from the name tells a person too: `chairman
        // Yousef Shirawi, Bahrain's Development and Industry Minister,
        // told reporters`.)
        let role = role.and_then(|r| text.get(r)).unwrap_or("");
        let person = registry.gender_of_mention(np, lex).is_some()
            || names::is_role_noun(&head.to_ascii_lowercase())
            || names::is_person_description(np)
            || np
                .split_whitespace()
                .chain(role.split_whitespace())
                .any(|x| lex.is_title(x) || names::is_role_noun(&x.to_ascii_lowercase()));
        return (!person).then(|| (np.to_string(), span.start));
    }
    None
}

/// The subject of the sentence `w` when it names a body: the words before
/// its first `is`/`was`/`has`/`had`, at most six, the last one
/// capitalised, and no person (no gender, no role, no title).
fn body_subject(
    w: &window::Win<'_>,
    registry: &Registry,
    lex: &Lexicon,
) -> Option<(String, usize)> {
    // (Not a sentence of reported speech whose subject is a pronoun:
    // `China is the main supplier …, it said.`)
    if (0..w.toks.len()).any(|k| w.verb(k, lex).is_some()) {
        return None;
    }
    let verb = (1..w.toks.len().min(7)).find(|&k| {
        w.word(k)
            .is_some_and(|x| matches!(x, "is" | "was" | "has" | "had"))
    })?;
    if !(0..verb).all(|k| w.word(k).is_some()) {
        return None;
    }
    let last = w.word(verb - 1)?;
    let span = w.span(0, verb - 1)?;
    let np = w.text.get(span.clone())?;
    let person = registry.gender_of_mention(np, lex).is_some()
        || names::is_person_description(np)
        || np
            .split_whitespace()
            .any(|x| words::is_cap(x) && lex.is_title(x) || names::is_role_noun(x));
    // (A name: not `This was the pre-election message …`.)
    let named = words::is_cap(last) && !words::is_cap_boundary(last);
    (named && !person).then(|| (np.to_string(), span.start))
}

/// Where a name starts that runs on over `for` or `of` before byte `at`
/// (`Institute for` before `Fiscal Studies`): the start of the
/// capitalised words before that preposition.
fn name_before_preposition(text: &str, at: usize) -> Option<usize> {
    let before = text.get(..at)?.trim_end();
    let prep = before.rsplit(char::is_whitespace).next()?;
    if !matches!(prep, "for" | "of") {
        return None;
    }
    let mut start = None;
    let mut rest = before.get(..before.len() - prep.len())?.trim_end();
    while let Some(word) = rest.rsplit(char::is_whitespace).next() {
        if word.is_empty() || !word.chars().all(char::is_alphabetic) || !words::is_cap(word) {
            break;
        }
        start = Some(rest.len() - word.len());
        rest = rest.get(..rest.len() - word.len())?.trim_end();
    }
    start
}
