//! Attribution windows: the reporter's words before and after a quote
//! ([`Win`]), with the word tests every attribution rule reads (`word`,
//! `punct`, `verb`: a speech verb from `lexicons/speech_verbs.tsv` and the
//! multi-word cues `according to`, `in the words of`, `pointed out`,
//! particle verbs).

use crate::lexicon::{Lexicon, VerbKind};
use crate::segment::{boundary_at_or_after, period_is_not_final, tokens, Span, Token};

use super::words::{
    is_aux_word, is_cap, is_cap_boundary, is_small_count, is_time_word, DETERMINERS, PRONOUNS,
};

/// True when the phrase at `span` ends in a time word.
pub(super) fn is_time_phrase(w: &Win<'_>, span: &Span) -> bool {
    w.text
        .get(span.clone())
        .and_then(|m| m.split_whitespace().last())
        .is_some_and(is_time_word)
}

/// A verb that makes someone do something: `leading X to`, `prompted X
/// to` (not `went to Iowa to`).
pub(super) fn causes_to(w: &str) -> bool {
    matches!(
        w,
        "leading"
            | "led"
            | "prompting"
            | "prompted"
            | "forcing"
            | "forced"
            | "causing"
            | "caused"
            | "urging"
            | "urged"
            | "pressing"
            | "pressed"
            | "pushing"
            | "pushed"
            | "inviting"
            | "invited"
            | "allowing"
            | "allowed"
            | "encouraging"
            | "encouraged"
            | "spurring"
            | "spurred"
            | "asking"
            | "asked"
            | "challenging"
            | "challenged"
            | "daring"
            | "dared"
            | "getting"
            | "got"
            | "compelling"
            | "compelled"
    )
}

pub(super) struct Win<'t> {
    pub(super) text: &'t str,
    pub(super) toks: Vec<Token>,
}

impl<'t> Win<'t> {
    pub(super) fn word(&self, i: usize) -> Option<&'t str> {
        self.toks
            .get(i)
            .filter(|t| t.word)
            .and_then(|t| self.text.get(t.span.clone()))
    }
    pub(super) fn punct(&self, i: usize) -> Option<&'t str> {
        self.toks
            .get(i)
            .filter(|t| !t.word)
            .and_then(|t| self.text.get(t.span.clone()))
    }
    pub(super) fn is_punct(&self, i: usize, p: &str) -> bool {
        self.punct(i) == Some(p)
    }
    /// A hyphen or dash standing alone (`-`, `–`, `—`).
    pub(super) fn is_dash(&self, i: usize) -> bool {
        matches!(self.punct(i), Some("-" | "–" | "—"))
    }
    /// The last word of a run of capitalised words and titles (dots after
    /// its first word, for initials) from token `from`, before token `to`.
    pub(super) fn name_run_end(&self, from: usize, to: usize, lex: &Lexicon) -> Option<usize> {
        let end = (from..to)
            .take_while(|&k| {
                self.word(k).is_some_and(|x| is_cap(x) || lex.is_title(x))
                    || k > from
                        && (self.is_punct(k, ".")
                            || self.of_joins(k, lex)
                            || self.of_the_joins(k, lex))
            })
            .last()?;
        (from..=end).rev().find(|&k| self.word(k).is_some())
    }
    /// True when token `k` is an `of` inside a name: after a title or an
    /// organisation word and before a capitalised word (`Bank of Japan`,
    /// `Secretary of State`), not `said Trump of Clinton`.
    pub(super) fn of_joins(&self, k: usize, lex: &Lexicon) -> bool {
        // (`Chancellor of the Exchequer`; a lower-case title after a
        // capitalised word too: `Shadow leader of the Commons`.)
        let the = usize::from(self.word(k + 1) == Some("the"));
        self.word(k) == Some("of")
            && k > 0
            && self.word(k - 1).is_some_and(|x| {
                is_cap(x) && (lex.is_title(x) || super::names::is_organisation(x))
                    || !is_cap(x)
                        && lex.is_title(x)
                        && k >= 2
                        && self
                            .word(k - 2)
                            .is_some_and(|p| is_cap(p) && !is_cap_boundary(p))
            })
            && self
                .word(k + 1 + the)
                .is_some_and(|x| is_cap(x) && !is_cap_boundary(x))
    }
    /// True when token `k` is the `the` of an `of the` inside a name.
    pub(super) fn of_the_joins(&self, k: usize, lex: &Lexicon) -> bool {
        k > 0 && self.word(k) == Some("the") && self.of_joins(k - 1, lex)
    }
    /// True when token `k` ends a name that a causing verb governs
    /// (`prompted Lee Marsh`, `leading Okafor`).
    pub(super) fn caused(&self, k: usize) -> bool {
        let name = |j: usize| {
            self.word(j)
                .is_some_and(|x| is_cap(x) && !is_cap_boundary(x))
        };
        if !name(k) {
            return false;
        }
        let first = (k.saturating_sub(3)..=k)
            .rev()
            .take_while(|&j| name(j))
            .last()
            .unwrap_or(k);
        first > 0 && self.word(first - 1).is_some_and(causes_to)
    }
    pub(super) fn span(&self, a: usize, b: usize) -> Option<Span> {
        Some(self.toks.get(a)?.span.start..self.toks.get(b)?.span.end)
    }
    pub(super) fn verb(&self, i: usize, lex: &Lexicon) -> Option<VerbKind> {
        let w = self.word(i)?;
        // "what they call the ''fraudulent'' nomination": a base form
        // after a plural subject or in `what … call`.
        if matches!(w, "call" | "describe" | "term" | "dub" | "label")
            && i >= 1
            && (self.word(i - 1).is_some_and(|p| {
                matches!(
                    p,
                    "they" | "we" | "I" | "you" | "critics" | "supporters" | "opponents"
                )
            }) || i >= 2 && self.word(i - 2) == Some("what"))
        {
            return Some(VerbKind::Characterise);
        }
        // "leading Trump to counter that …", "prompted Okafor to admit":
        // a base form after a name and `to` is a verb, whatever else the
        // word can be.
        if i >= 3 && self.word(i - 1) == Some("to") && self.caused(i - 2) {
            match w {
                "say" | "counter" | "argue" | "insist" | "admit" | "respond" | "reply"
                | "claim" | "acknowledge" | "concede" | "warn" | "suggest" | "note" | "explain"
                | "declare" | "answer" | "add" | "tell" | "ask" | "tweet" | "write" | "retort"
                | "complain" | "boast" | "quip" => return Some(VerbKind::Speech),
                "call" | "describe" | "label" | "dub" | "brand" => {
                    return Some(VerbKind::Characterise)
                }
                _ => {}
            }
        }
        if (w == "according" || w == "According") && self.word(i + 1) == Some("to") {
            return Some(VerbKind::Speech);
        }
        // "in the words of a senior adviser, ''…''": like `according to`.
        if w == "words"
            && i >= 2
            && self.word(i - 1) == Some("the")
            && self
                .word(i - 2)
                .is_some_and(|x| x.eq_ignore_ascii_case("in"))
            && self.word(i + 1) == Some("of")
        {
            return Some(VerbKind::Speech);
        }
        // "the Saudis state in the paper" reports speech; "state and local
        // officials", "the state said" do not.
        if w == "state" {
            let subject = i > 0
                && self.word(i - 1).is_some_and(|p| {
                    is_cap(p) && !is_cap_boundary(p)
                        || matches!(p, "they" | "we" | "I" | "you")
                        || p.len() > 3 && p.ends_with('s') && !is_cap(p) && !is_aux_word(p)
                });
            // (What a verb takes next: `that`, a determiner, a preposition,
            // a pronoun, an adverb; not a noun: `in Illinois state court`.)
            let next_ok = self.word(i + 1).is_none_or(|n| {
                matches!(
                    n,
                    "that"
                        | "the"
                        | "a"
                        | "an"
                        | "their"
                        | "its"
                        | "his"
                        | "her"
                        | "in"
                        | "on"
                        | "at"
                        | "to"
                        | "for"
                        | "it"
                        | "they"
                        | "we"
                        | "this"
                        | "clearly"
                        | "explicitly"
                        | "simply"
                        | "plainly"
                        | "flatly"
                )
            });
            return (subject && next_ok).then_some(VerbKind::Speech);
        }
        // "Trump refers to the governor as “Chris.”" names; "The Inland
        // Empire refers to those communities" does not.
        if w == "refers" && !(i + 2..i + 16).any(|k| self.word(k) == Some("as")) {
            return None;
        }
        // "bellwether states and counties", "states like Ohio": a noun.
        if w == "states"
            && self.word(i + 1).is_some_and(|n| {
                matches!(
                    n,
                    "and"
                        | "or"
                        | "of"
                        | "like"
                        | "such"
                        | "where"
                        | "with"
                        | "have"
                        | "are"
                        | "were"
                        | "had"
                        | "will"
                        | "would"
                        | "across"
                        | "in"
                        | "to"
                        | "from"
                )
            })
        {
            return None;
        }
        // "a biography written by X": a passive participle, not a report.
        if w == "written" && self.word(i + 1) == Some("by") {
            return None;
        }
        // "as Vulture put it, “…”".
        if w == "put" || w == "puts" {
            return (self.word(i + 1) == Some("it")).then_some(VerbKind::Speech);
        }
        // Particle verbs: "Sanders shot back, “…”", "Trump went on: “…”"
        // (not "went on to work").
        if self.word(i + 2).is_none_or(|n| n != "to")
            && matches!(
                (w, self.word(i + 1)),
                ("shot" | "fired" | "hit", Some("back"))
                    | ("went", Some("on"))
                    | ("chimed", Some("in"))
                    | ("spoke", Some("up"))
            )
        {
            return Some(VerbKind::Speech);
        }
        // "Colombia continues to be “the best house …,” he said": not a
        // report before `to` and a verb that is none either (`continued
        // to warn` still is).
        if matches!(w, "continues" | "continued")
            && self.word(i + 1) == Some("to")
            && self
                .word(i + 2)
                .is_none_or(|x| lex.speech_verb(x).is_none() && !matches!(x, "call" | "press"))
        {
            return None;
        }
        // "pointed out" reports speech; "pointed to" does not.
        if w == "pointed" || w == "points" {
            return (self.word(i + 1) == Some("out")).then_some(VerbKind::Speech);
        }
        // "Said" at the start of a sentence is still a verb; any other
        // capitalised word is a name.
        if w.chars().next().is_some_and(char::is_uppercase) && w != "Said" && w != "Says" {
            return None;
        }
        // A plural noun, not a verb: "the two lengthy investigative
        // reports", "news reports", "in key states" (after a number or an
        // adjective); "some industry reports" (after a quantifier and a
        // noun); "two-year notes" (after a hyphenated modifier, not a
        // hyphenated name, `Jean-Marie`).
        if w.len() > 4 && w.ends_with('s') && !matches!(w, "says" | "tells") && i > 0 {
            let modifier = self.word(i - 1).is_some_and(|p| {
                matches!(
                    p,
                    "two"
                        | "three"
                        | "four"
                        | "several"
                        | "many"
                        | "multiple"
                        | "numerous"
                        | "news"
                        | "media"
                        | "press"
                        | "police"
                        | "recent"
                        | "earlier"
                        | "previous"
                        | "conflicting"
                        | "initial"
                        | "other"
                        | "key"
                        | "swing"
                        | "battleground"
                        | "both"
                        | "all"
                        | "some"
                        | "most"
                        | "few"
                        | "southern"
                        | "northern"
                        | "western"
                        | "eastern"
                        | "red"
                        | "blue"
                        | "member"
                        | "border"
                        | "individual"
                ) || !is_cap(p) && (p.ends_with("ive") || p.ends_with("al") || p.ends_with("ing"))
                    || p.starts_with(|c: char| c.is_ascii_digit())
            });
            let quantified = || {
                i > 1
                    && self.word(i - 2).is_some_and(|q| {
                        matches!(
                            q,
                            "some"
                                | "many"
                                | "several"
                                | "few"
                                | "no"
                                | "other"
                                | "these"
                                | "those"
                        )
                    })
                    && self
                        .word(i - 1)
                        .is_some_and(|p| !is_cap(p) && !is_aux_word(p) && !PRONOUNS.contains(&p))
            };
            let hyphenated = || {
                self.word(i - 1).is_some_and(|p| {
                    p.rsplit_once('-').is_some_and(|(_, tail)| {
                        !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_lowercase())
                    })
                })
            };
            if modifier || quantified() || hyphenated() {
                return None;
            }
        }
        // "the reports", "his claims": a noun after a determiner; "amid
        // claims": a plural after a preposition. (Not after a count that
        // ends a phrase: "a mother of three said".)
        let count_of =
            i > 1 && self.word(i - 2) == Some("of") && self.word(i - 1).is_some_and(is_small_count);
        if i > 0
            && !count_of
            && self.word(i - 1).is_some_and(|p| {
                DETERMINERS.contains(&p)
                    || matches!(p, "these" | "those" | "our" | "my")
                    || w.ends_with('s')
                        && matches!(p, "amid" | "of" | "about" | "over" | "despite" | "against")
            })
        {
            return None;
        }
        lex.speech_verb(w)
    }
}

pub(super) fn ends_sentence(text: &str, toks: &[Token], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if t.word {
        return false;
    }
    match text.get(t.span.clone()) {
        Some("!" | "?") => true,
        Some(".") => !period_is_not_final(text, t.span.start),
        _ => false,
    }
}

/// Tokens of the reporter's text before a quote, back to the start of its
/// sentence (exclusive of any earlier quote).
pub(super) fn before_window<'t>(text: &'t str, from: usize, to: usize) -> Win<'t> {
    let all = tokens(text, from..to);
    let start = sentence_start(text, &all, all.len());
    Win {
        text,
        toks: all.get(start..).unwrap_or(&[]).to_vec(),
    }
}

/// Index of the first token of the sentence that `toks[..end]` ends in.
fn sentence_start(text: &str, toks: &[Token], end: usize) -> usize {
    (0..end)
        .rev()
        .find(|&i| ends_sentence(text, toks, i))
        .map_or(0, |i| i + 1)
}

/// Most bytes [`sentence_before`] reads back from its end.
const SENTENCE_BYTES: usize = 1500;

/// Tokens of the last whole sentence that ends before byte `to` (not
/// before `from`): the reporter's sentence before a quote that opens its
/// own sentence.
pub(super) fn sentence_before<'t>(text: &'t str, from: usize, to: usize) -> Win<'t> {
    // Only the last stretch before `to` is read: a sentence is shorter,
    // and an article's first quote must not tokenise all the text before it.
    let from = boundary_at_or_after(text, from.max(to.saturating_sub(SENTENCE_BYTES)));
    let all = tokens(text, from..to);
    let mut end = all.len();
    while end > 0 && ends_sentence(text, &all, end - 1) {
        end -= 1;
    }
    let start = sentence_start(text, &all, end);
    Win {
        text,
        toks: all.get(start..end).unwrap_or(&[]).to_vec(),
    }
}

/// Tokens of the reporter's text after a quote, up to the end of its
/// sentence.
pub(super) fn after_window<'t>(text: &'t str, from: usize, to: usize) -> Win<'t> {
    let all = tokens(text, from..to);
    let end = (0..all.len())
        .find(|&i| ends_sentence(text, &all, i))
        .unwrap_or(all.len());
    Win {
        text,
        toks: all.get(..end).unwrap_or(&[]).to_vec(),
    }
}
