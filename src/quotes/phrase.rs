//! Speaker phrases in an attribution window, without a parser: the noun
//! phrase after a verb (`said Reps. A (Miss.), B and C, the ranking …`),
//! before it (`X, a former official, said`, read backwards over
//! auxiliaries, appositions, names and short descriptions), the subject of
//! a sentence after its opening phrases, and the agent of a passive verb
//! (`was asked by X`).

use crate::lexicon::{Lexicon, VerbKind};
use crate::segment::Span;

use super::window::{is_time_phrase, Win};
use super::words::{
    is_aux, is_boundary, is_cap, is_cap_boundary, is_day, is_small_count, is_time_word,
    DETERMINERS, PREPOSITIONS, PRONOUNS, ROLE_NOUNS,
};

/// A speaker phrase: (mention as written, role, the name inside the
/// mention when the mention is longer than the name).
pub(super) type Np = (Span, Option<Span>, Option<Span>);

/// Index just past a parenthesised group starting at `i` (`(D-N.Y.)`).
pub(super) fn skip_parens(w: &Win<'_>, i: usize) -> Option<usize> {
    if !w.is_punct(i, "(") {
        return None;
    }
    (i + 1..(i + 10).min(w.toks.len()))
        .find(|&j| w.is_punct(j, ")"))
        .map(|j| j + 1)
}

/// The speaker phrase after a verb (`said Reps. A (Miss.), B and C, the
/// ranking Democrats`): (mention, role).
/// Finite verbs that show a phrase after `said` opens a reported clause.
pub(super) const FINITE: &[&str] = &[
    "could", "would", "should", "will", "can", "may", "might", "must", "is", "was", "are", "were",
    "has", "had", "have", "did", "does", "do",
];

pub(super) fn np_after(w: &Win<'_>, i: usize, lex: &Lexicon) -> Option<Np> {
    let first = w.word(i)?;
    if PRONOUNS.contains(&first) {
        return Some((w.span(i, i)?, None, None));
    }
    if DETERMINERS.contains(&first.to_lowercase().as_str()) && !is_cap(first) || first == "The" {
        // "said a spokesman for the campaign", "said one source who ...":
        // up to a relative pronoun, a clause word or punctuation.
        const STOPS: &[&str] = &[
            "who", "whose", "which", "that", "because", "but", "and", "on", "in", "at", "after",
            "when", "while", "during", "as", "to", "with",
        ];
        // (The stop of an abbreviation inside it: `one U.S. Spokesman`.)
        let abbreviation_stop = |j: usize| {
            w.is_punct(j, ".")
                && j > i
                && w.word(j - 1).is_some_and(|p| p.contains('.'))
                && w.word(j + 1).is_some()
        };
        let end = (i..w.toks.len())
            .take_while(|&j| {
                (w.word(j).is_some_and(|x| j == i || !STOPS.contains(&x)))
                    || w.is_punct(j, "'")
                    || w.is_punct(j, "’")
                    || abbreviation_stop(j)
            })
            .last()?;
        // "said the authors of the (report)": a phrase cut at its length
        // limit does not end on a function word.
        let end = (i..=end.min(i + 7))
            .rev()
            .find(|&j| {
                j == i
                    || !w.word(j).is_some_and(|x| {
                        matches!(x, "the" | "a" | "an" | "of" | "to" | "and" | "by")
                    })
            })
            .unwrap_or(i);
        // "said the candidate could be …" reports a clause: no speaker.
        if (i + 1..=end).any(|j| w.word(j).is_some_and(|x| FINITE.contains(&x))) {
            return None;
        }
        // "said the bureau's director, James B. Comey, on Monday": the
        // name after the description is the speaker.
        if w.is_punct(end + 1, ",")
            && w.word(end + 2)
                .is_some_and(|x| is_cap(x) && !is_cap_boundary(x))
        {
            let name_end = (end + 2..w.toks.len())
                .take_while(|&k| {
                    w.word(k).is_some_and(|x| is_cap(x) || lex.is_title(x)) || w.is_punct(k, ".")
                })
                .last();
            if let Some(ne) = name_end {
                let ne = (end + 2..=ne)
                    .rev()
                    .find(|&k| w.word(k).is_some())
                    .unwrap_or(ne);
                let closes = ne + 1 >= w.toks.len() || w.is_punct(ne + 1, ",");
                if closes {
                    return Some((w.span(i, ne)?, w.span(i, end), w.span(end + 2, ne)));
                }
            }
        }
        return Some((w.span(i, end)?, None, None));
    }
    // "said economist Sarah Okafor", "said union leader Tom Reyes", "said
    // former secretary of state Hillary Clinton", "said 9/11 widow Terry
    // Strada": up to five lower-case descriptor words (an inner `of`, a
    // date with a slash) before a name.
    // `said al-Chalabi`: an Arabic name's article in lower case.
    let al_name = super::names::is_arabic_article_name;
    let i = if is_cap(first) || al_name(first) {
        i
    } else {
        let k = (i..i + 6).find(|&k| w.word(k).is_some_and(is_cap))?;
        if (i..k).any(|m| match w.word(m) {
            Some("of") => m == i || w.word(m + 1).is_none_or(is_cap),
            Some(x) => is_boundary(x) || DETERMINERS.contains(&x),
            None => !w.is_punct(m, "/"),
        }) {
            return None;
        }
        k
    };
    let mut j = i;
    let mut last = None;
    // Where the person's name starts after descriptors inside the mention.
    let mut name_from = None;
    // The name after up to three lower-case descriptor words from `j`.
    let descriptors_to = |j: usize| {
        (j + 1..j + 4)
            .take_while(|&k| w.word(k).is_some())
            .find(|&k| w.word(k).is_some_and(is_cap))
            .filter(|&k| {
                (j..k).all(|m| {
                    w.word(m).is_some_and(|x| {
                        !is_cap(x)
                            && !is_boundary(x)
                            && !DETERMINERS.contains(&x)
                            && !matches!(x, "who" | "whom" | "whose" | "which" | "that")
                            && !x.ends_with("ed")
                    })
                }) && w.word(k).is_some_and(|x| !is_cap_boundary(x))
            })
    };
    loop {
        if let Some(next) = skip_parens(w, j) {
            last = Some(next - 1);
            j = next;
            continue;
        }
        match (w.word(j), w.punct(j)) {
            (Some(word), _) if is_cap(word) || lex.is_title(word) || j == i && al_name(word) => {
                last = Some(j);
                j += 1;
            }
            (Some("and"), _) | (None, Some("&")) if w.word(j + 1).is_some_and(is_cap) => j += 1,
            // "said Kansas City Southern president and chief executive
            // officer Landon H. Rowland": a second title after `and`.
            (Some("and"), _)
                if last == Some(j.wrapping_sub(1))
                    && w.word(j.wrapping_sub(1)).is_some_and(|x| lex.is_title(x))
                    && descriptors_to(j + 1).is_some() =>
            {
                last = Some(j);
                j += 1;
            }
            // "said Bank of Japan chief Toshihiko Fukui".
            (Some("of"), _) if last == Some(j.wrapping_sub(1)) && w.of_joins(j, lex) => j += 1,
            // "Chancellor of the Exchequer Nigel Lawson".
            (Some("the"), _) if w.of_the_joins(j, lex) => j += 1,
            // "said DZ bank economist Bernd Weidensteiner": lower-case
            // descriptors between a name and a name.
            (Some(word), _)
                if last == Some(j.wrapping_sub(1))
                    && !is_cap(word)
                    && !is_boundary(word)
                    && !DETERMINERS.contains(&word)
                    && descriptors_to(j).is_some() =>
            {
                name_from = Some(j + 1);
                // (All of them: "Tory shadow local government secretary
                // Caroline Spelman".)
                j = descriptors_to(j).unwrap_or(j + 1);
            }
            (Some(word), _)
                if last.is_some() && ["de", "van", "von", "bin", "al", "da"].contains(&word) =>
            {
                j += 1
            }
            (None, Some(".")) if last == Some(j.wrapping_sub(1)) => {
                last = Some(j);
                j += 1;
            }
            (None, Some(","))
                if w.word(j + 1).is_some_and(is_cap)
                    && !w
                        .word(j + 1)
                        .is_some_and(|x| DETERMINERS.contains(&x.to_lowercase().as_str())) =>
            {
                j += 1
            }
            _ => break,
        }
    }
    let last = last?;
    // A sentence dot after the name is not part of it.
    let mut end = last;
    while end > i
        && w.is_punct(end, ".")
        && !w
            .word(end - 1)
            .is_some_and(|x| x.len() <= 2 || lex.is_title(x) || x == "Jr")
    {
        end -= 1;
    }
    // "said President Reagan's decision to impose sanctions might …": a
    // possessive opening a phrase that a finite verb follows is the
    // subject of a reported clause, not a speaker; "said Mr Blair's
    // spokesman": the role after it is the speaker.
    if w.word(end).is_some_and(super::names::is_possessive) && !(i..end).any(|k| w.is_punct(k, ","))
    {
        let clause = (end + 1..end + 9)
            .take_while(|&k| w.word(k).is_some())
            .any(|k| w.word(k).is_some_and(|x| FINITE.contains(&x)));
        match w.word(end + 1) {
            Some(x) if ROLE_NOUNS.contains(&x) => end += 1,
            Some(x) if !is_cap(x) && clause => return None,
            _ => {}
        }
    }
    let mention = w.span(i, end)?;
    // ", a former official who ..." → role.
    let role = if w.is_punct(end + 1, ",") {
        w.span(end + 2, w.toks.len().checked_sub(1)?)
    } else {
        None
    };
    let name = name_from
        .and_then(|n| (n..=end).find(|&k| w.word(k).is_some_and(is_cap)))
        .and_then(|n| w.span(n, end));
    Some((mention, role, name))
}

/// The noun phrase before verb `v` (not before token `lo`): the speaker of
/// `X said`. When it is a description or a place (`the president of …`,
/// `N.C.`) that follows a chain of appositions, the name that opens the
/// chain is the speaker (`Tom Fitton, the president of Judicial Watch, a
/// conservative group, said`; `Harry Bond, 30, of Raleigh, N.C., said`).
pub(super) fn np_before(w: &Win<'_>, v: usize, lo: usize, lex: &Lexicon) -> Option<Np> {
    np_before_plain(w, v, lo, lex).map(|np| with_particles(w, np, v))
}

/// Lower-case name particles (`Gerhard de Kock`, `Ludwig van Beethoven`).
fn is_particle(x: &str) -> bool {
    matches!(
        x,
        "de" | "van"
            | "von"
            | "der"
            | "den"
            | "du"
            | "da"
            | "di"
            | "del"
            | "della"
            | "la"
            | "le"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "dos"
            | "das"
            | "ter"
            | "ten"
    )
}

/// A speaker phrase widened over the name particles it was cut at: `Kock`
/// → `Gerhard de Kock`, `Reserve Bank governor Gerhard` → `… Gerhard de
/// Kock` (never to token `stop` or beyond).
pub(super) fn with_particles(w: &Win<'_>, np: Np, stop: usize) -> Np {
    let Some(mut s) = w.toks.iter().position(|t| t.span.start == np.0.start) else {
        return np;
    };
    let Some(mut e) = w.toks.iter().position(|t| t.span.end == np.0.end) else {
        return np;
    };
    // (An honorific or pronoun before the particle is no first name: `Mr
    // de Vabres` stays `de Vabres`'s.)
    let cap = |i: usize| {
        w.word(i).is_some_and(|x| {
            is_cap(x)
                && !is_cap_boundary(x)
                && !matches!(
                    x.trim_end_matches('.'),
                    "Mr" | "Mrs"
                        | "Ms"
                        | "Miss"
                        | "Dr"
                        | "Me"
                        | "Mme"
                        | "M"
                        | "Sir"
                        | "Lord"
                        | "Lady"
                )
        })
    };
    let part = |i: usize| w.word(i).is_some_and(is_particle);
    // Forward: "Gerhard" + "de Kock", "van der Berg".
    loop {
        let k = (e + 1..e + 3).take_while(|&i| part(i)).last();
        match k {
            Some(k) if cap(e) && k + 1 < stop && cap(k + 1) => {
                e = k + 1;
                // "de Los Angeles".
                while e + 1 < stop && cap(e + 1) {
                    e += 1;
                }
            }
            _ => break,
        }
    }
    // Backward: "de Kock" after "Gerhard".
    loop {
        let k = (s.saturating_sub(2)..s)
            .rev()
            .take_while(|&i| part(i))
            .last();
        match k {
            Some(k) if k >= 1 && cap(s) && cap(k - 1) => {
                s = k - 1;
                while s >= 1 && cap(s - 1) {
                    s -= 1;
                }
            }
            _ => break,
        }
    }
    // Not inside an organisation's name after `of` (`President of
    // Petroleos de Venezuela`).
    if s > 0 && w.word(s - 1) == Some("of") {
        return np;
    }
    let (Some(first), Some(last)) = (w.toks.get(s), w.toks.get(e)) else {
        return np;
    };
    let (start, end) = (first.span.start, last.span.end);
    if (start, end) == (np.0.start, np.0.end) {
        return np;
    }
    let widen = |x: Span| {
        let a = if x.start == np.0.start {
            start
        } else {
            x.start
        };
        let b = if x.end == np.0.end { end } else { x.end };
        a..b
    };
    (start..end, np.1, np.2.clone().map(widen))
}

fn np_before_plain(w: &Win<'_>, v: usize, lo: usize, lex: &Lexicon) -> Option<Np> {
    let np = np_before_inner(w, v, lo, lex)?;
    if is_time_phrase(w, &np.0) {
        return None;
    }
    // "425 mln dlrs previously reported": an amount of money is no speaker;
    // a share of people is, when it says something ("63 percent said", not
    // "a fee of .06 pct charged to issuers").
    let says = matches!(w.word(v), Some("said" | "say" | "says" | "told"));
    if w.text
        .get(np.0.clone())
        .and_then(|m| m.split_whitespace().last())
        .is_some_and(|x| {
            matches!(
                x,
                "dlrs" | "million" | "billion" | "mln" | "cents" | "dollars"
            ) || matches!(x, "pct" | "percent") && !says
        })
    {
        return None;
    }
    // The token the phrase starts at.
    let start_tok = w.toks.iter().position(|t| t.span.start == np.0.start);
    // "had moved to play down reports …": a lower-case phrase after `to`
    // is a verb, not a speaker.
    if let Some(p) = start_tok {
        let lower = w
            .text
            .get(np.0.clone())
            .is_some_and(|m| !m.chars().any(char::is_uppercase));
        // (After a verb or an amount: "moved to", "used to", "will do
        // little to"; not "a letter to platform committee members".)
        let infinitive = p > 1
            && w.word(p - 2).is_some_and(|x| {
                x.ends_with("ed")
                    || matches!(
                        x,
                        "want"
                            | "wants"
                            | "try"
                            | "tries"
                            | "trying"
                            | "going"
                            | "able"
                            | "has"
                            | "have"
                            | "need"
                            | "needs"
                            | "plans"
                            | "hopes"
                            | "little"
                            | "much"
                            | "can"
                            | "seeks"
                            | "aims"
                            | "began"
                            | "continue"
                            | "continues"
                            | "help"
                            | "helps"
                    )
            });
        let det = w
            .word(p)
            .is_some_and(|x| DETERMINERS.contains(&x.to_lowercase().as_str()));
        if lower && !det && infinitive && w.word(p - 1) == Some("to") {
            return None;
        }
    }
    // "a swiftly called meeting": a lone determiner is no speaker.
    if w.text
        .get(np.0.clone())
        .is_some_and(|m| DETERMINERS.contains(&m.to_lowercase().as_str()))
    {
        return None;
    }
    // "the areas that were hacked suggested": a phrase ending in a
    // lower-case past tense is a clause, not a speaker; "after being
    // asked": a lone participle neither.
    if np.1.is_none()
        && np.2.is_none()
        && w.text.get(np.0.clone()).is_some_and(|m| {
            m.split_whitespace()
                .last()
                .is_some_and(|x| x.ends_with("ed") && !is_cap(x))
                || !m.contains(' ') && m.ends_with("ing") && !is_cap(m)
        })
    {
        return None;
    }
    let Some(mut s) = start_tok else {
        return Some(np);
    };
    // "Marco Rubio, whose hometown, Miami, is projected …, argues": a
    // relative clause after a name, closed by the comma right before the
    // verb, holds no subject; the name before it is.
    // The last token before the verb, past its auxiliaries and adverbs.
    let before_verb = (lo..v)
        .rev()
        .find(|&i| !w.word(i).is_some_and(|x| is_aux(x) && !is_cap(x)));
    let closed = before_verb.is_some_and(|i| w.is_punct(i, ","));
    if closed {
        let opener = (lo.max(v.saturating_sub(40))..s)
            .rev()
            .take_while(|&i| !w.is_punct(i, ".") && !w.is_punct(i, ";"))
            .find(|&i| {
                w.word(i).is_some_and(|x| matches!(x, "whose" | "who"))
                    && i >= lo + 2
                    && w.is_punct(i - 1, ",")
            });
        if let Some(r) = opener {
            let named = np_before_inner(w, r - 1, lo, lex).filter(|n| {
                w.toks.get(r - 2).is_some_and(|t| t.span.end == n.0.end)
                    && w.text
                        .get(n.0.clone())
                        .is_some_and(|m| m.starts_with(char::is_uppercase))
            });
            if let Some(n) = named {
                return Some(n);
            }
        }
    }
    let first = w.word(s).unwrap_or("");
    let mention = w.text.get(np.0.clone()).unwrap_or("");
    let place = mention.len() <= 5 && mention.ends_with('.');
    // "Tom Fitton, the president of Judicial Watch, a conservative group,
    // said": a name after a preposition is inside a description.
    // (Also over a name's particles: `President of Petroleos de
    // Venezuela`.)
    let mut b = s;
    while b >= lo + 2 && w.word(b - 1).is_some_and(is_particle) && w.word(b - 2).is_some_and(is_cap)
    {
        b -= 2;
    }
    let after_prep = b > lo && w.word(b - 1).is_some_and(|x| PREPOSITIONS.contains(&x));
    // "Jack Beedle, President of In-Stat, an electronics firm, called": a
    // title of something after a comma is a description too.
    let described = !is_cap(first) && !PRONOUNS.contains(&first)
        || lex.is_title(first) && mention.contains(" of ");
    if !(place || after_prep || described) {
        return Some(np);
    }
    // "Clinton, a top aide said, “is very confident …”": a description
    // with no comma before the verb is the subject itself, not an
    // apposition of the name before it.
    let unclosed = before_verb.is_some_and(|i| w.word(i).is_some())
        && w.word(s).is_some_and(|x| matches!(x, "a" | "an"));
    if described && !place && !after_prep && unclosed {
        return Some(np);
    }
    if after_prep {
        s = (lo..s)
            .rev()
            .take_while(|&i| !w.is_punct(i, ","))
            .last()
            .unwrap_or(s);
    }
    // "the Alabama Republican who heads the Senate Banking Committee, …,
    // said": a phrase inside a relative clause is not the subject; read on
    // from the start of the clause's comma segment.
    let seg = (lo..s).rev().take_while(|&i| !w.is_punct(i, ",")).last();
    if let Some(seg) = seg {
        if (seg..s).any(|i| {
            w.word(i)
                .is_some_and(|x| matches!(x, "who" | "which" | "whose" | "that"))
        }) {
            s = seg;
        }
    }
    for _ in 0..4 {
        if s < lo + 2 || !w.is_punct(s - 1, ",") {
            break;
        }
        let seg_end = s - 2;
        let seg_start = (lo..=seg_end)
            .rev()
            .take_while(|&i| !w.is_punct(i, ","))
            .last()
            .unwrap_or(seg_end);
        let words: Vec<&str> = (seg_start..=seg_end).filter_map(|i| w.word(i)).collect();
        let Some(&lead) = words.first() else { break };
        // Leading connectives are not part of the name ("But Tom Fitton").
        let name: Vec<&str> = words
            .iter()
            .copied()
            .skip_while(|x| is_cap_boundary(x))
            .collect();
        let name_like = !name.is_empty()
            && name.len() <= 5
            && !name.last().is_some_and(|x| is_time_word(x))
            && name.first().is_some_and(|x| {
                is_cap(x) && !super::names::is_stop(x) && !x.ends_with("ing")
            })
            // (`In Tokyo, the analyst said`: an opening phrase of place,
            // not a name.)
            && !PREPOSITIONS.contains(&lead.to_lowercase().as_str())
            && name.iter().all(|x| {
                is_cap(x)
                    || lex.is_title(x)
                    || matches!(
                        *x,
                        "de" | "van" | "von" | "bin" | "al" | "da" | "la" | "le" | "del" | "der"
                    )
            });
        // "Just last week, J.J. Goldberg, editor at large of …, wrote": a
        // name after an opening phrase also opens the clause.
        let after_opening = seg_start > lo
            && w.is_punct(seg_start - 1, ",")
            && w.word(lo).is_some_and(is_cap_boundary)
            && !(lo..seg_start - 1).any(|i| w.is_punct(i, ","));
        let at_clause_start =
            seg_start == lo || seg_start > lo && !w.is_punct(seg_start - 1, ",") || after_opening;
        if name_like && (at_clause_start || name.len() < words.len()) {
            let skip = words.len() - name.len();
            let start = (seg_start..=seg_end)
                .filter(|&i| w.word(i).is_some())
                .nth(skip)
                .unwrap_or(seg_start);
            let role_end = np.1.as_ref().map_or(np.0.end, |r| r.end.max(np.0.end));
            let role = w.toks.get(seg_end + 2).map(|t| t.span.start..role_end);
            return Some((w.span(start, seg_end)?, role, None));
        }
        // Keep walking back over appositions: descriptions, ages, places.
        let apposition = !is_cap(lead)
            || lead.chars().any(|c| c.is_ascii_digit())
            || words.len() <= 2 && words.iter().all(|x| x.len() <= 4);
        if !apposition {
            break;
        }
        s = seg_start;
    }
    Some(np)
}

/// "an aide to undersecretary [Daniel Amstutz]", "a spokesman for
/// agriculture secretary [Richard Lyng]": when the lower-case descriptors
/// ending at token `j` (before a name) follow `to` or `for` after a
/// determiner and a role noun (spokesman, aide, lawyer: [`ROLE_NOUNS`]),
/// the determiner's token: the phrase from there is the speaker, a
/// description. ("The minister for civil aviation Praful Patel" is Patel.)
fn description_owning(w: &Win<'_>, j: usize, lo: usize) -> Option<usize> {
    let descriptor = |k: usize| {
        w.word(k).is_some_and(|x| {
            (!is_cap(x) || x.len() > 1 && x.bytes().all(|b| b.is_ascii_uppercase()))
                && !is_boundary(x)
                && !DETERMINERS.contains(&x)
        })
    };
    let mut k = j;
    while k > lo && descriptor(k) && j - k < 4 {
        k -= 1;
    }
    w.word(k).filter(|x| matches!(*x, "to" | "for"))?;
    let noun = k.checked_sub(1).filter(|&n| n >= lo)?;
    let det = noun.checked_sub(1).filter(|&d| d >= lo)?;
    let is_noun = w.word(noun).is_some_and(|x| ROLE_NOUNS.contains(&x));
    let is_det = w
        .word(det)
        .is_some_and(|x| matches!(x.to_lowercase().as_str(), "a" | "an" | "the"));
    (is_noun && is_det).then_some(det)
}

/// The speaker phrase before the verb at `v`, reading back to `lo`:
/// (mention, role).
/// `Richard Jacob, Day chairman and chief executive officer said`: an
/// apposition of titles joined by `and` (token `and`, the last title
/// word `end`) that no comma closes before the verb; the name before its
/// comma is the speaker, the titles its role.
fn unclosed_apposition(
    w: &Win<'_>,
    and: usize,
    end: usize,
    lo: usize,
    lex: &Lexicon,
) -> Option<Np> {
    let title = |k: usize| {
        w.word(k)
            .is_some_and(|x| !is_cap(x) && (lex.is_title(x) || ROLE_NOUNS.contains(&x)))
    };
    if !(and + 1..=end).all(title) {
        return None;
    }
    // Before `and`: lower-case titles, then at most three capitalised
    // words (the body: `Day`), then the comma.
    let mut k = and.checked_sub(1)?;
    let titles_end = k;
    while k > lo && title(k) {
        k -= 1;
    }
    if k == titles_end {
        return None;
    }
    let mut caps = 0;
    while k > lo && caps < 3 && w.word(k).is_some_and(is_cap) {
        k -= 1;
        caps += 1;
    }
    if !w.is_punct(k, ",") || k <= lo {
        return None;
    }
    // The name: two to five capitalised words right before the comma.
    let (first, last) = caps_before(w, k, lo, 5)?;
    let named = is_name(w, first, last);
    if !named {
        return None;
    }
    let name = w.span(first, last)?;
    Some((w.span(first, end)?, w.span(k + 1, end), Some(name)))
}

/// `Rabbi Marvin Hier, founder of Jewish human rights group the Simon
/// Wiesenthal Center said`, `Hiromitsu Sunada, manager of Meiji Mutual
/// Life Insurance Co's international investment department said`: a
/// role of a body (a lower-case title or person's noun, then `of`, `at`
/// or `for` within two words) after a name and its comma, that no comma
/// closes before the verb; the name is the speaker, the role its role.
/// `j` is the last token before the verb.
fn unclosed_role(w: &Win<'_>, j: usize, lo: usize, lex: &Lexicon) -> Option<Np> {
    // The comma, at most 16 tokens back, with words and possessives only
    // between it and the verb.
    let k = (lo..j)
        .rev()
        .take(16)
        .take_while(|&i| {
            w.word(i).is_some() || w.is_punct(i, ",") || w.is_punct(i, "’") || w.is_punct(i, "'")
        })
        .find(|&i| w.is_punct(i, ","))?;
    let role_word = w.word(k + 1)?;
    let role = !is_cap(role_word)
        && (lex.is_title(role_word) || ROLE_NOUNS.contains(&role_word) || names_role(role_word));
    let of = (k + 2..=(k + 3).min(j))
        .any(|i| w.word(i).is_some_and(|x| matches!(x, "of" | "at" | "for")));
    // (No verb in the role: `Smith, who runs the firm, said` has a comma.)
    let verbless = (k + 1..=j).all(|i| {
        w.word(i)
            .is_none_or(|x| is_cap(x) || !(x.ends_with("ed") || is_aux(x) || x == "who"))
    });
    if !role || !of || !verbless {
        return None;
    }
    // (Not a role before its own name: `…, chairman of both Michael Miles
    // said`; a body may bear a first name: `the Simon Wiesenthal
    // Center`.)
    let mut run = j;
    while run > k + 1 && w.word(run - 1).is_some_and(is_cap) {
        run -= 1;
    }
    let tail = w.span(run, j).and_then(|sp| w.text.get(sp)).unwrap_or("");
    let person = run < j
        && w.word(run)
            .is_some_and(|x| lex.first_name_gender(x).is_some())
        && !super::names::is_organisation(tail);
    if person {
        return None;
    }
    // The name: two to four capitalised words right before the comma.
    let (from, last) = caps_before(w, k, lo, 4)?;
    // (Titles before the name belong to the mention: `Rabbi Marvin Hier`.)
    let mut first = from;
    while first < last && w.word(first).is_some_and(|x| lex.is_title(x)) {
        first += 1;
    }
    if !is_name(w, first, last) {
        return None;
    }
    Some((
        w.span(from, j)?,
        w.span(k + 1, j),
        Some(w.span(first, last)?),
    ))
}

/// The run of capitalised words, at most `most`, that ends right before
/// token `comma` (an apposition's name): its first and last token.
fn caps_before(w: &Win<'_>, comma: usize, lo: usize, most: usize) -> Option<(usize, usize)> {
    let last = comma.checked_sub(1)?;
    let mut first = last;
    while first > lo && first + most > last + 1 && w.word(first - 1).is_some_and(is_cap) {
        first -= 1;
    }
    Some((first, last))
}

/// True when tokens `first..=last`, two or more, are capitalised words
/// none of which opens a sentence: a name.
fn is_name(w: &Win<'_>, first: usize, last: usize) -> bool {
    first < last
        && (first..=last).all(|i| w.word(i).is_some_and(|x| is_cap(x) && !is_cap_boundary(x)))
}

/// A person's noun that may head a role of a body (`founder of`,
/// `manager of`).
fn names_role(word: &str) -> bool {
    matches!(
        word,
        "founder"
            | "co-founder"
            | "manager"
            | "head"
            | "director"
            | "chairman"
            | "president"
            | "chief"
            | "member"
            | "partner"
            | "editor"
            | "professor"
            | "economist"
            | "analyst"
    )
}

pub(super) fn np_before_inner(w: &Win<'_>, v: usize, lo: usize, lex: &Lexicon) -> Option<Np> {
    let mut j = v.checked_sub(1)?;
    // "leading Trump to counter that": the name before `to` does it.
    if j > lo + 1 && w.word(j) == Some("to") && w.caused(j - 1) {
        j -= 1;
    }
    // "Gingrich — mentioned by Newsmax as the leading choice — told": a
    // phrase between dashes stands between the speaker and the verb.
    // (A dash may be written `--`, two tokens.)
    if w.is_dash(j) {
        let mut close = j;
        while close > lo && w.is_dash(close - 1) {
            close -= 1;
        }
        if let Some(mut open) = (lo..close).rev().find(|&k| w.is_dash(k)) {
            while open > lo && w.is_dash(open - 1) {
                open -= 1;
            }
            if open > lo && w.word(open - 1).is_some() {
                j = open - 1;
            }
        }
    }
    let mut skipped_and = false;
    loop {
        if j < lo {
            return None;
        }
        match w.word(j) {
            Some(x) if is_aux(x) => j = j.checked_sub(1)?,
            // "a reporter can be heard asking".
            Some("heard") if j >= lo + 2 && w.word(j - 1) == Some("be") => {
                j -= 2;
                if w.word(j)
                    .is_some_and(|x| matches!(x, "can" | "could" | "will" | "would"))
                {
                    j = j.checked_sub(1)?;
                }
            }
            // "Sanders during a Sunday thanked": the rest of a day phrase.
            Some("a" | "on" | "during" | "last" | "this" | "late" | "early")
                if w.word(j + 1).is_some_and(is_day) =>
            {
                j = j.checked_sub(1)?
            }
            // "Tony Blair had in 1997 complained": a year phrase.
            Some(y)
                if j >= lo + 2
                    && w.word(j - 1) == Some("in")
                    && y.len() == 4
                    && y.starts_with(['1', '2'])
                    && y.bytes().all(|b| b.is_ascii_digit()) =>
            {
                j -= 2;
            }
            // "Ms. Sherry smiled and said": skip the other verb.
            Some("and")
                if !skipped_and
                    && j >= lo + 2
                    && w.word(j - 1)
                        .is_some_and(|x| !is_cap(x) && x.ends_with("ed")) =>
            {
                skipped_and = true;
                j = j.checked_sub(2)?;
            }
            _ => break,
        }
    }
    // "Gov. John Kasich (R-OH), said": a party tag in parentheses, then
    // a comma, ends the name.
    // (Not "Scott's niece, state Del. Marcia Price (D-Newport News),":
    // only when the comma segment opens with a name.)
    if w.is_punct(j, ",") && j > lo && w.is_punct(j - 1, ")") {
        let seg = (lo..j - 1)
            .rev()
            .find(|&k| w.is_punct(k, ","))
            .map_or(lo, |k| k + 1);
        let named = w
            .word(seg)
            .is_some_and(|x| is_cap(x) && !is_cap_boundary(x));
        if named {
            j -= 1;
        }
    }
    if !w.is_punct(j, ",") {
        if let Some(np) = unclosed_role(w, j, lo, lex) {
            return Some(np);
        }
    }
    let mut role = None;
    // Apposition: "X, a former official, said" (role), "Ryan's
    // spokeswoman, AshLee Strong, said" (the name is the speaker) and
    // "McConnell, R-Ky., said" (a party tag).
    if w.is_punct(j, ",") {
        // The apposition starts at the nearest comma followed by a
        // description (lower case); commas inside place names ("Cambridge,
        // Mass.,") are skipped.
        // A comma inside quote marks (`the co-author of "Going Viral,"
        // about …`) ends a title, not the apposition.
        let nearest = (lo..j).rev().find(|&k| {
            w.is_punct(k, ",")
                && !w
                    .punct(k + 1)
                    .is_some_and(|p| matches!(p, "\"" | "”" | "'" | "’" | "''"))
        })?;
        let described = (lo..j)
            .rev()
            .take(30)
            .filter(|&k| w.is_punct(k, ","))
            .find(|&k| {
                // (Or a title that opens a role: `Mr Johnson, MP for
                // Henley-on-Thames, Oxfordshire, said`.)
                w.word(k + 1).is_some_and(|x| {
                    !is_cap(x) || lex.is_title(x) && w.word(k + 2).is_some_and(|y| !is_cap(y))
                }) && k > lo
                    && w.word(k - 1).is_some_and(is_cap)
            });
        let k = match described {
            Some(d) if w.word(nearest + 1).is_some_and(is_cap) => d,
            _ => nearest,
        };
        if k + 1 >= j {
            return None;
        }
        let app_words: Vec<&str> = (k + 1..j).filter_map(|i| w.word(i)).collect();
        let app_first = app_words.first().copied().unwrap_or("");
        let all_caps = app_words.iter().all(|x| is_cap(x) || x.len() <= 2);
        let is_tag =
            app_words.len() <= 2 && app_words.iter().all(|x| x.contains('-') || x.len() <= 3);
        if is_tag {
            j = k.checked_sub(1)?;
        } else if all_caps
            && app_first != "The"
            // (Not `John McCain, a Republican Senator, said`: `a` is short,
            // not a name.)
            && !DETERMINERS.contains(&app_first)
            && !PRONOUNS.contains(&app_first)
            // "David Rose, Chief Executive of Hereford Hospitals, said": a
            // title of something is a role, not a name ("Ambassador Stefan
            // Johannesson of Iceland" is one).
            && !(lex.is_title(app_first)
                && app_words.iter().find(|x| !lex.is_title(x)) == Some(&"of"))
        {
            let mut desc_start = (lo..k)
                .rev()
                .take_while(|&i| !w.is_punct(i, ",") && !w.is_dash(i) && !w.is_punct(i, "--"))
                .last();
            // "But the chairman of …, Sir Andrew Green": not the connective.
            if let Some(a) = desc_start {
                // … nor a relative pronoun ("which Apple's chief
                // executive, Tim Cook, called").
                if a + 1 < k
                    && w.word(a).is_some_and(|x| {
                        is_cap_boundary(x)
                            || matches!(x, "and" | "but" | "which" | "who" | "whom" | "that")
                    })
                {
                    desc_start = Some(a + 1);
                }
                // "… claimed he was a leader but his lawyer, Antony
                // Townsden": from the last `but` or relative pronoun on
                // (not `and`: "Energy and mines minister").
                if let Some(c) = (a + 1..k).rev().find(|&i| {
                    w.word(i)
                        .is_some_and(|x| matches!(x, "but" | "which" | "who" | "whom" | "that"))
                }) {
                    if c + 1 < k {
                        desc_start = Some(c + 1);
                    }
                }
            }
            // Only a description, not a clause or another sentence ("When
            // NYMEX announced its rule, NYMEX President Rosemary McFadden",
            // "… his decision. The woman's lawyer, Dolores Troiani").
            let description = desc_start.is_some_and(|a| {
                let words: Vec<&str> = (a..k).filter_map(|i| w.word(i)).collect();
                words.len() <= 10
                    && !words.iter().any(|x| {
                        is_cap_boundary(x)
                            || matches!(
                                *x,
                                "was"
                                    | "were"
                                    | "is"
                                    | "are"
                                    | "had"
                                    | "has"
                                    | "whose"
                                    | "which"
                                    | "who"
                            )
                            || x.len() > 4 && x.ends_with("ed") && !is_cap(x) && !x.contains('-')
                    })
                    && !(a..k).any(|i| {
                        w.is_punct(i, ".")
                            && i > a
                            && w.word(i - 1)
                                .is_some_and(|x| x.len() > 3 && !x.contains('.'))
                            && w.word(i + 1).is_some_and(is_cap)
                    })
            });
            let name = w.span(k + 1, j - 1)?;
            if !description {
                return Some((name.clone(), None, Some(name)));
            }
            let role = desc_start.and_then(|a| w.span(a, k - 1));
            // The mention as written covers "her lawyer, David Kendall".
            let mention = desc_start
                .and_then(|a| w.span(a, j - 1))
                .unwrap_or_else(|| name.clone());
            return Some((mention, role, Some(name)));
        } else {
            role = w.span(k + 1, j - 1);
            j = k.checked_sub(1)?;
        }
    }
    if j < lo {
        return None;
    }
    let end = j;
    let mut start = None;
    let mut n = 0;
    let mut lower_run = false;
    // Set for "a spokesman for … Name" (see `description_owning`).
    let mut owning = false;
    loop {
        if j < lo || n > 12 {
            break;
        }
        // Closing parenthesis: take the group.
        if w.is_punct(j, ")") {
            let Some(open) = (lo..j).rev().find(|&k| w.is_punct(k, "(")) else {
                break;
            };
            start = Some(open);
            n += 1;
            match open.checked_sub(1) {
                Some(p) => j = p,
                None => break,
            }
            continue;
        }
        match (w.word(j), w.punct(j)) {
            (Some(word), _) => {
                let lw = word.to_lowercase();
                if PRONOUNS.contains(&word) {
                    if start.is_none() {
                        start = Some(j);
                    }
                    break;
                }
                if is_cap(word) {
                    if is_cap_boundary(word) {
                        break;
                    }
                    start = Some(j);
                } else if w.of_the_joins(j, lex) {
                    // "Chancellor of the Exchequer Nigel Lawson said".
                } else if is_small_count(&lw)
                    && j >= lo + 2
                    && w.word(j - 1) == Some("of")
                    && w.word(j - 2)
                        .is_some_and(|x| !is_cap(x) && !is_boundary(x) && !DETERMINERS.contains(&x))
                {
                    // "a mother of three said": `of` and a count end the
                    // phrase; read on before them.
                    lower_run = true;
                    start = Some(j);
                    n += 1;
                    j -= 1;
                } else if DETERMINERS.contains(&lw.as_str()) {
                    start = Some(j);
                    break;
                } else if w.of_joins(j, lex) {
                    // "Bank of Spain officials said".
                } else if w.of_joins(j + 1, lex) {
                    // "Shadow leader of the Commons Oliver Heald said": a
                    // lower-case title that `of` joins to the name.
                    start = Some(j);
                } else if j == end
                    && j > lo
                    && word.bytes().all(|b| b.is_ascii_digit())
                    && !(word.len() == 4 && (word.starts_with("19") || word.starts_with("20")))
                    && w.word(j - 1).is_some_and(|x| {
                        x.chars().all(char::is_alphabetic)
                            && !is_boundary(&x.to_lowercase())
                            && !DETERMINERS.contains(&x.to_lowercase().as_str())
                            && !is_time_word(x)
                            && x != "May"
                    })
                {
                    // "executive officer of local 174 said": a number that
                    // ends a name (`Local 174`, `Channel 4`, `Radio 1`);
                    // not a date (`December 17`, `May 2012`).
                    start = Some(j);
                } else if is_boundary(&lw)
                    // (An age is an adjective: "the 34-year-old mother".)
                    || word.chars().any(|c| c.is_ascii_digit()) && !word.ends_with("-old")
                {
                    if lw == "and" && start.is_some() && j > lo && w.word(j - 1).is_some_and(is_cap)
                    {
                        // "Smith and Jones said"
                        n += 1;
                        j -= 1;
                        continue;
                    }
                    if lw == "and" && lower_run {
                        if let Some(np) = unclosed_apposition(w, j, end, lo, lex) {
                            return Some(np);
                        }
                    }
                    break;
                } else {
                    // A lower-case noun ("officials", "spokesman"); a run of
                    // them must end at a determiner or a name.
                    if start.is_some_and(|s| w.word(s).is_some_and(is_cap)) && !lower_run {
                        // "UAW president Owen Bieber and vice president Marc
                        // Stepp said": lower-case titles after `and` and a
                        // name, a joint statement: read on before `and`.
                        let mut k = j;
                        while k > lo && w.word(k).is_some_and(|x| lex.is_title(x) && !is_cap(x)) {
                            k -= 1;
                        }
                        // (Only between two titled names: not `Duff sustained
                        // an injury at Newcastle and manager Jose Mourinho
                        // said`.)
                        let titled_before = k > lo + 1 && {
                            let mut m = k - 1;
                            while m > lo && w.word(m).is_some_and(is_cap) {
                                m -= 1;
                            }
                            m + 1 < k && w.word(m).is_some_and(|x| lex.is_title(x) && !is_cap(x))
                        };
                        if k < j
                            && k > lo
                            && w.word(k) == Some("and")
                            && w.word(k - 1).is_some_and(is_cap)
                            && titled_before
                        {
                            n += 1;
                            j = k - 1;
                            continue;
                        }
                        // lower word before a name: "campaign manager John Smith";
                        // but "a spokesman for agriculture secretary Richard
                        // Lyng": the name is the object, the speaker the
                        // description.
                        if let Some(d) = description_owning(w, j, lo) {
                            start = Some(d);
                            lower_run = true;
                            owning = true;
                        }
                        break;
                    }
                    lower_run = true;
                    start = Some(j);
                }
            }
            (None, Some("."))
                if j > lo
                    && w.word(j - 1)
                        .is_some_and(|x| x.len() <= 3 || lex.is_title(x)) => {}
            (None, Some("’" | "'")) => {}
            _ => break,
        }
        n += 1;
        match j.checked_sub(1) {
            Some(p) => j = p,
            None => break,
        }
    }
    let mut start = start?;
    // "the secretary of state said", "the head of the agency said": a
    // determiner, a lower-case noun and `of` before a lower-case phrase
    // belong to it.
    if lower_run || w.word(start).is_some_and(|x| DETERMINERS.contains(&x)) {
        for _ in 0..2 {
            let head = |k: usize| {
                w.word(k).is_some_and(|x| {
                    !is_cap(x) && !is_boundary(x) && !DETERMINERS.contains(&x) && !is_aux(x)
                })
            };
            let det = |k: usize| {
                w.word(k)
                    .is_some_and(|x| DETERMINERS.contains(&x.to_lowercase().as_str()))
            };
            // Not the object of a participle or a preposition ("In addition
            // to requesting a guarantee of borrower stock, Beesley …").
            let object = start > lo + 3
                && w.word(start - 4).is_some_and(|x| {
                    x.ends_with("ing") || PREPOSITIONS.contains(&x.to_lowercase().as_str())
                });
            if start >= lo + 3
                && w.word(start - 1) == Some("of")
                && head(start - 2)
                && det(start - 3)
                && !object
            {
                start -= 3;
            } else {
                break;
            }
        }
    }
    // "Sens. Tom Carper, Dianne Feinstein, Patrick Leahy and Ben Cardin
    // said": a list of names is one mention, from its first name.
    let names_only = |a: usize, b: usize| {
        w.word(a).is_some_and(|x| is_cap(x) && !is_cap_boundary(x))
            && (a..b).all(|i| {
                w.word(i).is_some_and(|x| is_cap(x) && !is_cap_boundary(x)) || w.is_punct(i, ".")
            })
    };
    if !lower_run && (start..end).any(|i| w.word(i) == Some("and")) {
        while start > lo + 1 && w.is_punct(start - 1, ",") {
            let c = start - 1;
            let seg = (lo..c)
                .rev()
                .take_while(|&i| !w.is_punct(i, ","))
                .last()
                .unwrap_or(c);
            if seg >= c || c - seg > 4 || !names_only(seg, c) {
                break;
            }
            start = seg;
        }
    }
    // "Nate Silver, the polling guru who founded X, tweeted": a name, a
    // comma, then a description.
    if lower_run
        && start > lo + 1
        && w.is_punct(start - 1, ",")
        && w.word(start - 2)
            .is_some_and(|x| is_cap(x) && !is_cap_boundary(x) && !is_time_word(x))
    {
        let name_end = start - 2;
        let name_start = (lo..=name_end)
            .rev()
            .take_while(|&i| {
                w.word(i).is_some_and(|x| is_cap(x) || lex.is_title(x)) || w.is_punct(i, ".")
            })
            .last()
            .unwrap_or(name_end);
        let name_start = (name_start..=name_end)
            .find(|&i| w.word(i).is_some())
            .unwrap_or(name_end);
        // "Appearing on TV, the GOP front-runner said": a name after a
        // preposition is no speaker; the description is.
        let after_prep = name_start > lo
            && w.word(name_start - 1)
                .is_some_and(|x| PREPOSITIONS.contains(&x));
        // "Appearing on CBS' Face the Nation, the GOP front-runner said":
        // nor is a name inside an opening phrase.
        let seg = (lo..name_start)
            .rev()
            .take_while(|&i| !w.is_punct(i, ","))
            .last()
            .unwrap_or(name_start);
        let in_opening = seg == lo
            && seg < name_start
            && w.word(seg).is_some_and(|x| {
                x.ends_with("ing") || PREPOSITIONS.contains(&x.to_lowercase().as_str())
            });
        // (`In Tokyo, the analyst said`: the run itself opens with a
        // preposition.)
        let opens_with_prep = w
            .word(name_start)
            .is_some_and(|x| PREPOSITIONS.contains(&x.to_lowercase().as_str()));
        let after_prep = after_prep || in_opening || opens_with_prep;
        // "… who are likely to vote Democratic, the lawsuit says": a name
        // after a lower-case word is an object, not a subject.
        let object = name_start > lo
            && w.word(name_start - 1).is_some_and(|x| {
                !is_cap(x) && !matches!(x, "and" | "but" | "while" | "as" | "when")
            });
        let after_prep = after_prep || object;
        if !after_prep {
            return Some((w.span(name_start, name_end)?, w.span(start, end), None));
        }
    }
    // A lower-case run must be short and not a clause ("the plan would").
    let mention = w.span(start, end)?;
    if lower_run {
        let words = (start..=end).filter(|&k| w.word(k).is_some()).count();
        if words > if owning { 10 } else { 6 } {
            return None;
        }
    }
    Some((mention, role, None))
}

/// The subject at the start of a sentence window: after an opening phrase
/// that ends with a comma ("On Saturday, Trump issued a statement saying").
pub(super) fn subject(w: &Win<'_>, lex: &Lexicon, before: usize) -> Option<Np> {
    subject_plain(w, lex, before).map(|np| with_particles(w, np, before))
}

fn subject_plain(w: &Win<'_>, lex: &Lexicon, before: usize) -> Option<Np> {
    // A dateline ("WASHINGTON (AP) —") ends at its dash.
    let start = (0..before.min(8))
        .find(|&k| w.is_punct(k, "—") || w.is_punct(k, "–"))
        .map_or(0, |k| k + 1);
    let mut i = start;
    // "Said a foreign lawyer, referring to …": an inverted attribution; the
    // subject follows the verb.
    if w.word(i).is_some_and(|x| matches!(x, "Said" | "Says")) {
        return np_after(w, i + 1, lex);
    }
    // "76-year-old Morton Blackwell, founder of …, endorsed": an age
    // before the name.
    if w.word(i)
        .is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()) && x.ends_with("-old"))
        && w.word(i + 1).is_some_and(is_cap)
    {
        i += 1;
    }
    // "On Thursday, after remaining neutral, Warren appeared": opening
    // phrases, each ending at a comma, before the subject.
    for round in 0..3 {
        let first = w.word(i)?;
        // "Hastily, …", "By then, …", "Already, …": adverbs and
        // prepositions open a phrase, never a subject.
        let adverb = first.len() > 4 && first.ends_with("ly")
            || PREPOSITIONS.contains(&first.to_lowercase().as_str())
            || first == "Already"
            // "Minutes later, she sent an email saying": a time phrase.
            || matches!(
                first,
                "Seconds" | "Minutes" | "Moments" | "Hours" | "Days" | "Weeks" | "Months" | "Years"
            ) && w
                .word(i + 1)
                .is_some_and(|x| matches!(x, "later" | "earlier" | "ago" | "after" | "before"));
        let lower = adverb
            || !is_cap(first)
                && !PRONOUNS.contains(&first)
                && (round == 0 || !DETERMINERS.contains(&first));
        if !(is_cap_boundary(first) || first.ends_with("ing") || lower) {
            break;
        }
        // "…, conservative commentator Jonah Goldberg imagined": after an
        // opening phrase, lower-case descriptors then a name are the subject.
        if round > 0 && !adverb && !first.ends_with("ing") {
            let name = (i + 1..(i + 4).min(before)).find(|&k| w.word(k).is_some_and(is_cap));
            let descriptors = name.is_some_and(|n| {
                (i..n).all(|k| {
                    w.word(k)
                        .is_some_and(|x| !is_cap(x) && !is_boundary(x) && !DETERMINERS.contains(&x))
                })
            });
            if let (true, Some(n)) = (descriptors, name) {
                let end = (n..before)
                    .take_while(|&k| w.word(k).is_some_and(is_cap))
                    .last()?;
                return Some((w.span(i, end)?, None, w.span(n, end)));
            }
        }
        i = (i..before).find(|&k| w.is_punct(k, ","))? + 1;
        // "Speaking in Salem, New Hampshire, Trump went after Bush": the
        // opening phrase ends after the place's second part.
        let run_end = (i..before)
            .take_while(|&k| w.word(k).is_some_and(is_cap) || w.is_punct(k, "."))
            .last();
        if let Some(e) = run_end {
            // "At a conference in Aspen, Colo., the graduate ended": so does
            // an abbreviated state before a description.
            let next = w.word(e + 2).is_some_and(|x| {
                is_cap(x) || w.is_punct(e, ".") && DETERMINERS.contains(&x.to_lowercase().as_str())
            });
            if e + 2 < before && w.is_punct(e + 1, ",") && next {
                i = e + 2;
            }
        }
    }
    if w.word(i)
        .is_some_and(|x| x.len() > 1 && !x.chars().any(char::is_lowercase))
    {
        return None;
    }
    let word = w.word(i)?;
    if PRONOUNS.contains(&word) {
        return Some((w.span(i, i)?, None, None));
    }
    let lw = word.to_lowercase();
    if DETERMINERS.contains(&lw.as_str()) {
        // A word followed by a determiner is a verb ("The Trump campaign
        // sent a …"), and so is a past tense after the noun ("the
        // commissioner pushed back").
        // (`The Actors' Equity Association`: a plural's possessive mark
        // between capitalised words stays inside the name.)
        let mark = |k: usize| {
            (w.is_punct(k, "'") || w.is_punct(k, "’"))
                && w.word(k.wrapping_sub(1)).is_some_and(is_cap)
                && w.word(k + 1).is_some_and(is_cap)
        };
        let end = (i + 1..(i + 5).min(before))
            .take_while(|&k| {
                mark(k)
                    || w.word(k).is_some_and(|x| {
                        !is_boundary(x)
                        // A subject stops before its auxiliary ("The party
                        // will now use …").
                        && (!is_aux(x) || matches!(x, "first" | "long"))
                        && x != "must"
                        && !x.ends_with("ing")
                        && lex.speech_verb(x).is_none()
                        && (k < i + 2 || !x.ends_with("ed") || is_cap(x))
                        // "the Daily News focuses on": a present tense in
                        // `-es` after the name, before a preposition.
                        && !(x.ends_with("es")
                            && !x.ends_with("ies")
                            && !is_cap(x)
                            && w.word(k - 1).is_some_and(is_cap)
                            && w.word(k + 1).is_some_and(|n| PREPOSITIONS.contains(&n)))
                        // "The Q poll finds that": a present tense before
                        // `that`.
                        && !(k >= i + 2
                            && !is_cap(x)
                            && x.ends_with('s')
                            && !x.ends_with("ss")
                            && w.word(k + 1) == Some("that"))
                    }) && !w
                        .word(k + 1)
                        .is_some_and(|x| DETERMINERS.contains(&x.to_lowercase().as_str()))
            })
            .last()?;
        return Some((w.span(i, end)?, None, None));
    }
    if !is_cap(word) {
        return None;
    }
    let end = w.name_run_end(i, before, lex)?;
    Some((w.span(i, end)?, None, None))
}

/// The agent of a passive speech verb: `was asked by X`, `were told by X`,
/// and of a participle after a noun: `“poison pill” measures added by
/// Republicans`.
pub(super) fn passive_agent(w: &Win<'_>, v: usize, lex: &Lexicon) -> Option<Np> {
    let aux = v.checked_sub(1).and_then(|k| w.word(k))?;
    // (The participle right after the quote's noun, `“…” measures added
    // by`, or a characterising one, `a sapphire for their daughters
    // described by Sharon as “…”`; not `the arguments cited by Hughes`.)
    let after_noun = (v == 1 || w.verb(v, lex) == Some(VerbKind::Characterise))
        && w.word(v).is_some_and(|x| x.ends_with("ed"))
        && !is_cap(aux)
        && !is_aux(aux)
        && !is_boundary(aux)
        && !PRONOUNS.contains(&aux)
        && !DETERMINERS.contains(&aux);
    if !(matches!(aux, "was" | "were" | "been" | "being") || after_noun)
        || w.word(v + 1) != Some("by")
    {
        return None;
    }
    let np = np_after(w, v + 2, lex)?;
    w.text
        .get(np.0.clone())
        .and_then(|m| m.chars().next())
        .is_some_and(char::is_uppercase)
        .then_some(np)
}
