//! Attribution: for each quoted span, decide whether it is a statement
//! (direct quote, partial quote) or a scare quote / title, and find the
//! attribution that names its speaker, without a parser.
//!
//! Each quote has two windows of reporter's text in its paragraph: *before*
//! (back to the start of the sentence or the previous quote) and *after*
//! (up to the end of the sentence or the next quote). A window is searched
//! for a speech verb from `lexicons/speech_verbs.tsv` (`said`, `told`,
//! `according to`, `called`, ...). The speaker is the noun phrase after the
//! verb when the verb comes first (`“…,” said X`), else the noun phrase
//! before it (`X said`, `X, a former official, said`), with an apposition
//! between commas, or after the name, giving the role. A paragraph that
//! ends with `X said:` introduces the quote paragraph after it.
//!
//! Pronouns, surnames and continuation paragraphs are resolved later, in
//! [`super::extract_quotes`]. The windows and their word tests are in
//! `window.rs`, the speaker phrases (after a verb, before it, a sentence's
//! subject) in `phrase.rs`, the word lists the rules read (auxiliaries,
//! connectives, determiners, pronouns, time words, …) in `words.rs`;
//! DESIGN.md lists every rule with the error family it fixed.

use crate::lexicon::{Lexicon, VerbKind};
use crate::segment::{tokens, Span};

use super::extract::RawQuote;
use super::phrase::{np_after, np_before, np_before_inner, passive_agent, subject, Np, FINITE};
use super::window::{
    after_window, before_window, ends_sentence, is_time_phrase, sentence_before, Win,
};
use super::words::{
    is_aux, is_boundary, is_cap, is_cap_boundary, is_time_word, DETERMINERS, HEADLINE_LABELS,
    MEDIA_NOUNS, PREPOSITIONS, PRONOUNS, ROLE_NOUNS,
};

/// How a quote relates to the reporter's sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    /// A full statement in quote marks.
    Direct,
    /// A quoted phrase inside the reporter's sentence.
    Partial,
}

impl QuoteKind {
    /// The name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
        }
    }
}

/// What attribution text was found for a quote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attribution {
    /// The cue as written (`said`, `according to`, `:`).
    pub cue: Option<Span>,
    /// The speaker mention as written.
    pub mention: Option<Span>,
    /// The name inside the mention, when the mention is longer
    /// (`her lawyer, David E. Kendall`); `None` = the whole mention.
    pub name: Option<Span>,
    /// Apposition or trailing description of the speaker.
    pub role: Option<Span>,
    /// True when the cue characterises rather than reports speech.
    pub characterising: bool,
}

impl Attribution {
    /// A speaker mention with no name inside it, role or characterising
    /// verb: colon introductions, labels and bare reporting verbs.
    fn plain(cue: Option<Span>, mention: Option<Span>) -> Attribution {
        Attribution {
            cue,
            mention,
            name: None,
            role: None,
            characterising: false,
        }
    }

    /// A sentence's subject as the speaker, with no verb of speech.
    fn of_subject((mention, role, name): Np) -> Attribution {
        Attribution {
            cue: None,
            mention: Some(mention),
            name,
            role,
            characterising: false,
        }
    }

    /// `Mr Wilson, who was also involved with New Order, as well as the
    /// Happy Mondays, said`: a mention found inside a relative clause that
    /// opens with `, who` after a name, in the same sentence and before the
    /// cue, gives way to that name (the clause's commas had made `New
    /// Order` look like a speaker with an apposition). The name is one to
    /// three capitalised words, an honorific (`Mr`) included.
    pub fn subject_before_relative(self, text: &str) -> Attribution {
        let is_pronoun_word = |w: &str| PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(w));
        let (Some(mention), Some(cue)) = (&self.mention, &self.cue) else {
            return self;
        };
        if cue.start < mention.end {
            return self;
        }
        let before = text.get(..mention.start).unwrap_or("");
        // The sentence so far: back to a stop or a line break.
        let start = before
            .rfind(['.', '!', '?', '\n', '"', '“', '”'])
            .map_or(0, |i| i + 1);
        let Some(clause) = before.get(start..) else {
            return self;
        };
        let Some(who) = clause.rfind(", who ") else {
            return self;
        };
        // The clause's subject is `who` (`who was also involved with`), not
        // a pronoun or a name (`Bannon, who Beck called`, `Obama, who he
        // noted was`); the mention is a name, not a pronoun.
        let after_who = clause.get(who + 6..).unwrap_or("");
        let verb_next = after_who.split_whitespace().next().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase()) && !is_pronoun_word(w)
        });
        // (A possessive owner of speech is no subject: `Clinton, who has
        // been battered by James Comey's conclusion that …`.)
        let named = text.get(mention.clone()).is_some_and(|m| {
            m.starts_with(char::is_uppercase)
                && !is_pronoun_word(m)
                && !m.ends_with("'s")
                && !m.ends_with("’s")
        });
        if !verb_next || !named {
            return self;
        }
        // (The mention itself is no part of a longer name before `who`.)
        let head = clause.get(..who).unwrap_or("");
        let words: Vec<&str> = head.split_whitespace().rev().take(4).collect();
        let n = words.iter().take_while(|w| is_cap(w)).count();
        if n == 0 || n == words.len() && words.len() == 4 {
            return self;
        }
        // The start of the name's first word (any white space between).
        let mut from = head.len();
        for _ in 0..n {
            let h = head.get(..from).unwrap_or("").trim_end();
            from = h
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
        }
        let (name_start, end) = (start + from, start + who);
        if text.get(name_start..end).is_none() {
            return self;
        }
        Attribution {
            mention: Some(name_start..end),
            name: None,
            role: None,
            ..self
        }
    }

    /// `Beck, who has in the past described Trump as “…”`: when the
    /// relative `who` right after the speaker (or after its apposition)
    /// opens the clause of the cue, the mention as written is `who`; the
    /// speaker found (`Beck`) stays the name. The clause runs from `who` to
    /// the cue without punctuation or another past tense, or after a
    /// parenthetical right after `who` (`who, on a press call Friday,
    /// criticized`); `Smith, who heads the panel, said` and `Nate Silver,
    /// the polling guru who founded the site tweeted` keep the name.
    pub fn relative_subject(self, text: &str) -> Attribution {
        let (Some(mention), Some(cue)) = (&self.mention, &self.cue) else {
            return self;
        };
        // Right after the mention: a comma, the apposition, a comma.
        let mut at = mention.end;
        let skip = |at: usize| {
            let rest = text.get(at..).unwrap_or("");
            at + rest.len() - rest.trim_start_matches([' ', ',']).len()
        };
        at = skip(at);
        let is_who = |at: usize| text.get(at..at + 4) == Some("who ");
        // (An apposition may end in the `who`: "an economist at the bank
        // who".)
        if let Some(role) = self.role.as_ref().filter(|r| r.start == at && !is_who(at)) {
            at = if is_who(role.end.saturating_sub(3)) {
                role.end - 3
            } else {
                skip(role.end)
            };
        }
        if at >= cue.start || !is_who(at) {
            return self;
        }
        let who = at..at + 3;
        let rest = tokens(text, who.end..cue.start);
        let word = |t: &crate::segment::Token| text.get(t.span.clone()).unwrap_or("");
        let parenthetical = rest.first().is_some_and(|t| word(t) == ",");
        let clean = rest.iter().all(|t| {
            if t.word {
                let x = word(t);
                !x.ends_with("ed") || is_cap(x)
            } else {
                parenthetical && word(t) == ","
            }
        });
        if !clean || rest.iter().filter(|t| t.word).count() > 8 {
            return self;
        }
        Attribution {
            name: self.name.clone().or_else(|| self.mention.clone()),
            mention: Some(who),
            ..self
        }
    }
}

/// A characterising verb that names no speaker: a naming participle right
/// after a noun, either right before the quote (`links called “trackers”`,
/// `groups dubbed “pioneers”`, not `what critics called “…”`) or in an
/// earlier sentence than the quote (`this new thing called the internet.
/// “At a certain point …”`).
fn names_a_thing(w: &Win<'_>, v: usize) -> bool {
    let n = w.toks.len();
    let earlier_sentence = (v + 1..n).any(|k| ends_sentence(w.text, &w.toks, k));
    let naming = matches!(
        w.word(v),
        Some(
            "called"
                | "dubbed"
                | "named"
                | "nicknamed"
                | "termed"
                | "labelled"
                | "labeled"
                | "titled"
                | "entitled"
                | "branded"
        )
    );
    let after_noun = v > 0
        && w.word(v - 1).is_some_and(|x| {
            !is_cap(x)
                && !PRONOUNS.contains(&x)
                && !is_aux(x)
                && !ROLE_NOUNS.contains(&x)
                && !x.ends_with("ly")
                && x != "and"
        })
        && !(v.saturating_sub(4)..v).any(|k| {
            w.word(k)
                .is_some_and(|x| matches!(x, "what" | "which" | "that" | "whom"))
        });
    // (`the loophole called an “inversion,”`: an article between.)
    let before_quote = v + 1 == n
        || v + 2 == n
            && w.word(v + 1)
                .is_some_and(|x| matches!(x, "a" | "an" | "the"));
    naming && after_noun && (before_quote || earlier_sentence)
}

/// Nouns for something said, whose owner is its speaker ([`owned_speech`]).
const SPEECH_NOUNS: &[&str] = &[
    "aside",
    "assertion",
    "assertions",
    "comment",
    "comments",
    "remark",
    "remarks",
    "claim",
    "claims",
    "statement",
    "statements",
    "words",
    "testimony",
    "promise",
    "pledge",
    "warning",
    "insistence",
    "contention",
    "suggestion",
    "declaration",
    "vow",
    "boast",
    "admission",
    "complaint",
    "accusation",
    "tweet",
    "tweets",
    "response",
    "reply",
    "explanation",
    "prediction",
    "conclusion",
    "argument",
    "observation",
    "allegation",
    "charge",
    "quip",
    "retort",
];

/// "came under fire over her assertion during the debate that “…”",
/// "ads using her comments before a committee that “…”": a speech noun
/// owned by `his`/`her`/`their` or a name's `’s`, then `that`, at most
/// eight tokens before
/// a partial quote with no verb of speech or comma after it: the owner
/// speaks.
fn owned_speech(w: &Win<'_>, lex: &Lexicon) -> Option<Attribution> {
    let n = w.toks.len();
    for k in (n.saturating_sub(9)..n).rev() {
        if w.verb(k, lex).is_some() || matches!(w.punct(k), Some("," | ";" | ":" | "." | "?" | "!"))
        {
            return None;
        }
        if !w.word(k).is_some_and(|x| SPEECH_NOUNS.contains(&x)) || k == 0 {
            continue;
        }
        // (`his comments were “…”`, `found his explanation “…”`: a label
        // for what was said, not its words.)
        let that = (k + 1..n).any(|i| w.word(i) == Some("that"));
        // (One adjective may stand between: `Mr. Obama's patronizing
        // suggestion`.)
        let possessive = |x: &str| {
            matches!(x, "his" | "her" | "their") || x.ends_with("'s") || x.ends_with("’s")
        };
        let o = if k >= 2
            && w.word(k - 1).is_some_and(|x| !is_cap(x) && !possessive(x))
            && w.word(k - 2).is_some_and(possessive)
        {
            k - 2
        } else {
            k - 1
        };
        let owner = w.word(o)?;
        if !that {
            return None;
        }
        if matches!(owner, "his" | "her" | "their") {
            return Some(Attribution::plain(w.span(k, k), w.span(o, o)));
        }
        // `Bill O'Reilly's aside that …`: a name's.
        let named = is_cap(owner) && !is_cap_boundary(owner) && possessive(owner);
        if !named {
            return None;
        }
        // (`Mr. Berge's`: an honorific's stop within the name.)
        let start = (0..o)
            .rev()
            .take_while(|&i| {
                w.word(i).is_some_and(|x| is_cap(x) && !is_cap_boundary(x))
                    || w.is_punct(i, ".") && i > 0 && w.word(i - 1).is_some_and(is_cap)
            })
            .last()
            .unwrap_or(o);
        return Some(Attribution::plain(w.span(k, k), w.span(start, o)));
    }
    None
}

/// True when the verb at `v` stands in an aside that closes before the end
/// of `w`, between two dashes (`he does not have small hands - as Rubio
/// has said - and he can “guarantee” …`) or a relative clause between
/// commas: it reports no quote after it.
fn in_aside(w: &Win<'_>, v: usize) -> bool {
    let n = w.toks.len();
    let opened = (0..v).rev().find(|&k| w.is_dash(k));
    let closed = (v + 1..n).find(|&k| w.is_dash(k));
    if matches!((opened, closed), (Some(_), Some(c)) if c + 1 < n) {
        return true;
    }
    // (And a relative clause between commas: `the slaves, whom Michelle
    // Obama referred to in her address, were “well fed”`.)
    let relative = (0..v)
        .rev()
        .take_while(|&k| !w.is_punct(k, ","))
        .find(|&k| {
            w.word(k)
                .is_some_and(|x| matches!(x, "who" | "whom" | "which"))
        })
        .is_some_and(|k| k > 0 && w.is_punct(k - 1, ","));
    relative && (v + 1..n.saturating_sub(1)).any(|k| w.is_punct(k, ","))
}

fn attribution_in(w: &Win<'_>, v: usize, lex: &Lexicon, verb_first: bool) -> Option<Attribution> {
    let kind = w.verb(v, lex)?;
    if kind == VerbKind::Characterise && !verb_first && names_a_thing(w, v) {
        return None;
    }
    let according = matches!(w.word(v), Some("according" | "According" | "words"));
    let cue_end = if according { v + 1 } else { v };
    let verb = w.word(v).unwrap_or("");
    let participle = verb.ends_with("ing") && !according;
    // "the newspaper quoted him as saying": the one quoted speaks.
    if let Some(np) = quoted_as(w, v, lex) {
        return Some(Attribution {
            cue: w.span(v, v),
            mention: Some(np.0.clone()),
            name: np.2.clone(),
            role: np.1.clone(),
            characterising: false,
        });
    }
    let np = if according {
        // "according to its analysis" names a document, not a speaker;
        // "according to his longtime physician" names a person.
        let first = w.word(cue_end + 1)?;
        let role_noun = (cue_end + 2..cue_end + 6)
            .take_while(|&i| w.word(i).is_some())
            .find(|&i| w.word(i).is_some_and(|x| ROLE_NOUNS.contains(&x)));
        match role_noun {
            Some(r) if ["its", "his", "her", "their", "our", "a", "an"].contains(&first) => {
                (w.span(cue_end + 1, r)?, None, None)
            }
            None if ["its", "his", "her", "their", "our", "a", "an"].contains(&first) => {
                return None
            }
            _ => np_after(w, cue_end + 1, lex)?,
        }
    } else if verb_first && !participle {
        np_after(w, cue_end + 1, lex).or_else(|| np_before(w, v, 0, lex))?
    } else if participle {
        // "Mr. Manafort said, adding …": the earlier speech verb's speaker;
        // "with Senator John McCain telling reporters": the name right
        // before; "Trump issued a statement saying …": the subject.
        // Not a verb that names a thing ("a class called “Perception” on
        // his page, writing …").
        let earlier = (0..v).rev().find(|&i| {
            let Some(kind) = w.verb(i, lex) else {
                return false;
            };
            let names_a_thing = kind == VerbKind::Characterise
                && w.punct(i + 1)
                    .is_some_and(|p| matches!(p, "\"" | "“" | "'" | "‘" | "''"));
            // Nor a verb inside a relative clause ("paying an architect
            // who said he was stiffed, saying …").
            let relative = i > 0
                && w.word(i - 1)
                    .is_some_and(|x| matches!(x, "who" | "which" | "that"));
            !w.word(i).unwrap_or("").ends_with("ing") && !names_a_thing && !relative
        });
        // "with Trump reportedly yelling": after `with`, the subject of the
        // participle itself, not a phrase inside a description.
        // "with many marchers and spectators chanting": a coordinated
        // subject counts from `with`.
        let with_subject = np_before_inner(w, v, 0, lex).and_then(|np| {
            let i = w.toks.iter().position(|t| t.span.start == np.0.start)?;
            let k = (i.saturating_sub(4)..i)
                .rev()
                .find(|&k| w.word(k) == Some("with"))?;
            let coordinated = k + 1 == i
                || (k + 1..i).all(|m| {
                    w.word(m)
                        .is_some_and(|x| !is_cap(x) && !is_boundary(x) || x == "and")
                });
            coordinated.then(|| {
                (
                    w.span(k + 1, i).map_or(np.0.clone(), |s| s.start..np.0.end),
                    np.1,
                    np.2,
                )
            })
        });
        let named_before = with_subject
            .clone()
            .or_else(|| np_before(w, v, 0, lex))
            .filter(|np| {
                w.text
                    .get(np.0.clone())
                    .is_some_and(|m| m.chars().next().is_some_and(char::is_uppercase))
            });
        // A name right before the participle is its subject ("with Senator
        // John McCain telling reporters"), unless a preposition of place
        // governs it ("responded on Facebook writing").
        // Adverbs may stand between ("with Trump reportedly yelling").
        let adjacent = named_before.clone().filter(|np| {
            // (A name: not "Labour poster plans attacking Mr Howard".)
            let ends_named = w
                .text
                .get(np.0.clone())
                .and_then(|m| m.split_whitespace().next_back())
                .is_some_and(|x| x.starts_with(char::is_uppercase));
            if !ends_named {
                return false;
            }
            let start = w.toks.iter().position(|t| t.span.start == np.0.start);
            let end = (0..v)
                .rev()
                .find(|&i| !w.word(i).is_some_and(|x| is_aux(x) && x.ends_with("ly")));
            end.is_some_and(|e| {
                w.word(e).is_some() && w.toks.get(e).is_some_and(|t| t.span.end == np.0.end)
            }) && !start
                .and_then(|i| i.checked_sub(1))
                .and_then(|i| w.word(i))
                .is_some_and(|x| {
                    matches!(x, "on" | "in" | "at" | "via" | "from" | "through" | "to")
                })
        });
        // "…, pointing to bottles and telling viewers": a participle after
        // `and` continues the one before it.
        let after_comma = v > 0
            && (w.is_punct(v - 1, ",")
                || w.word(v - 1) == Some("and")
                    && (0..v - 1).any(|i| {
                        w.word(i).is_some_and(|x| x.ends_with("ing"))
                            && i > 0
                            && w.is_punct(i - 1, ",")
                    }));
        // "he began by saying": the subject of the verb before `by`.
        let by = (v >= 2
            && w.word(v - 1) == Some("by")
            && w.word(v - 2)
                .is_some_and(|x| x.ends_with("ed") || matches!(x, "began" | "begins")))
        .then(|| np_before(w, v - 2, 0, lex))
        .flatten()
        .filter(|np| {
            w.text.get(np.0.clone()).is_some_and(|m| {
                PRONOUNS.contains(&m) || m.starts_with(char::is_uppercase) && !m.starts_with("The")
            })
        });
        by.or(adjacent)
            .or_else(|| {
                // "with many marchers chanting": any subject after `with`.
                with_subject.filter(|np| {
                    w.toks.iter().position(|t| t.span.end == np.0.end) == v.checked_sub(1)
                })
            })
            .or_else(|| earlier.and_then(|e| np_before(w, e, 0, lex)))
            .or_else(|| {
                if !after_comma {
                    return None;
                }
                // "The first incident came when protesters interrupted her
                // speech, shouting …": when the sentence's subject is no
                // person, the subject of the `when` clause.
                let main = subject(w, lex, v);
                let person = main.as_ref().is_some_and(|np| {
                    w.text.get(np.0.clone()).is_some_and(|m| {
                        let first = m.split_whitespace().next().unwrap_or("");
                        // (`It was a potent punch, as Mrs. Clinton echoed
                        // the criticism, saying …`: `it` is no person.)
                        first != "It"
                            && (PRONOUNS.contains(&first)
                                || is_cap(first)
                                    && !DETERMINERS.contains(&first.to_lowercase().as_str()))
                    })
                });
                let opener = (0..v)
                    .rev()
                    .find(|&i| {
                        w.word(i)
                            .is_some_and(|x| matches!(x, "when" | "while" | "as"))
                    })
                    .filter(|_| !person);
                opener
                    .and_then(|o| {
                        let sub = Win {
                            text: w.text,
                            toks: w.toks.get(o + 1..v)?.to_vec(),
                        };
                        subject(&sub, lex, v - o - 1)
                    })
                    .or(main)
            })
            .or(named_before)
            .or_else(|| object_of_past_verb(w, v, lex))
            .or_else(|| subject(w, lex, v))
            .or_else(|| np_before(w, v, 0, lex))?
    } else if let Some(np) = infinitive_subject(w, v, lex) {
        np
    } else if coordinated(w, v) {
        // "Trump returned … and declared, “…”", "Massie used to support
        // Paul, but now said Trump had “…”": the sentence's subject.
        subject(w, lex, v)?
    } else if let Some(np) = claimant(w, v, lex) {
        // "shrugged off claims from Tory leader Michael Howard that …": the
        // claimant, not the subject who dismissed the claims.
        np
    } else if let Some(np) = passive_agent(w, v, lex) {
        // "Rubio was asked by moderator Gerard Baker whether …": the agent.
        np
    } else if passive(w, v) {
        // "graft was said to be “pervasive”", "has been much talked
        // about", "was told": a passive with no agent names no speaker.
        return None;
    } else {
        let prep_before = |np: &Np| {
            w.toks
                .iter()
                .position(|t| t.span.start == np.0.start)
                .and_then(|i| i.checked_sub(1))
                .filter(|&i| w.word(i).is_some_and(|x| PREPOSITIONS.contains(&x)))
        };
        // "a Law Commission report which branded the law “a mess”": the
        // speaker of a verb right after `which` is the phrase before it.
        let antecedent = (v >= 2 && w.word(v - 1) == Some("which"))
            .then(|| np_before(w, v - 1, 0, lex))
            .flatten()
            .filter(|np| {
                w.toks
                    .get(v - 2)
                    .is_some_and(|t| t.word && t.span.end == np.0.end)
            })
            // (Not `his remarks which likened …`: the owner speaks.)
            .filter(|np| {
                w.text
                    .get(np.0.clone())
                    .and_then(|m| m.split_whitespace().next())
                    .is_some_and(|f| {
                        !matches!(
                            f,
                            "his" | "her" | "its" | "their" | "His" | "Her" | "Its" | "Their"
                        )
                    })
            });
        // As written, the speaker is `which` (as `who` in
        // [`Attribution::relative_subject`]); the phrase is its name.
        if let Some(np) = antecedent {
            return Some(Attribution {
                cue: w.span(v, v),
                mention: w.span(v - 1, v - 1),
                name: np.2.or(Some(np.0)),
                role: np.1,
                characterising: kind == VerbKind::Characterise,
            });
        }
        match np_before(w, v, 0, lex) {
            // "Another source speaking to Fox News said": the phrase after a
            // preposition is not the speaker; a name right before the
            // preposition is ("Trump in his announcement speech called"),
            // else the sentence's subject.
            Some(np) if prep_before(&np).is_some() => {
                let p = prep_before(&np).unwrap_or(0);
                np_before_inner(w, p, 0, lex)
                    .filter(|n| {
                        let first = w
                            .text
                            .get(n.0.clone())
                            .and_then(|m| m.split_whitespace().next());
                        n.0.end + 1 >= w.toks.get(p).map_or(0, |t| t.span.start)
                            && first.is_some_and(|f| {
                                f.starts_with(char::is_uppercase)
                                    && !f.ends_with("ing")
                                    && !is_cap_boundary(f)
                                    // "“…?” a Democratic staffer in the room
                                    // wondered": an article opening the window.
                                    || matches!(f, "a" | "an")
                                        && w.toks.first().is_some_and(|t| t.span.start == n.0.start)
                            })
                            && !is_time_phrase(w, &n.0)
                    })
                    .map(|n| {
                        // "A source close to Ortega said": a description
                        // runs on through the preposition.
                        let det = w
                            .text
                            .get(n.0.clone())
                            .and_then(|m| m.split_whitespace().next())
                            .is_some_and(|x| DETERMINERS.contains(&x.to_lowercase().as_str()));
                        if det {
                            (n.0.start..np.0.end, None, None)
                        } else {
                            n
                        }
                    })
                    .or_else(|| subject(w, lex, v))
                    .unwrap_or(np)
            }
            Some(np) => np,
            // "… said Smith" with no subject before the verb: only a name or
            // a pronoun right after a speech verb.
            // "told Bill O’Reilly": the listener, never the speaker.
            None if kind == VerbKind::Speech
                && !matches!(w.word(v), Some("told" | "tells" | "telling")) =>
            {
                let np = np_after(w, v + 1, lex)?;
                // "… and said it “leaves questions”": a pronoun after the verb
                // is the subject of the reported clause, not the speaker; so
                // is a name a verb follows ("… who asked not to be
                // identified said Congress did not mean …").
                let first = w.text.get(np.0.clone()).and_then(|m| m.chars().next());
                let clause = w
                    .toks
                    .iter()
                    .position(|t| t.span.end == np.0.end)
                    .and_then(|e| w.word(e + 1))
                    .is_some_and(|x| FINITE.contains(&x) || x.ends_with("n't"));
                if !first.is_some_and(char::is_uppercase)
                    || w.word(v + 1).is_some_and(|x| PRONOUNS.contains(&x))
                    || clause
                {
                    return None;
                }
                np
            }
            None => return None,
        }
    };
    // "Murphy said she must reach voters in what he called a
    // ''revolutionary mood''": the pronoun of a relative clause is the
    // sentence's subject, named.
    let np = match w.toks.iter().position(|t| t.span.start == np.0.start) {
        Some(p)
            if p > 0
                && np.1.is_none()
                && w.word(p).is_some_and(|x| PRONOUNS.contains(&x))
                && w.word(p - 1).is_some_and(|x| matches!(x, "what" | "whom")) =>
        {
            subject(w, lex, p - 1)
                .filter(|s| {
                    w.text
                        .get(s.0.clone())
                        .and_then(|m| m.chars().next())
                        .is_some_and(char::is_uppercase)
                        && w.word(0).is_some_and(|x| !PRONOUNS.contains(&x))
                        // ("A week later, … what they call": no time.)
                        && !is_time_phrase(w, &s.0)
                        // ("what they call": `they` needs a plural.)
                        && !(w.word(p).is_some_and(|x| matches!(x, "they" | "we"))
                            && w.text.get(s.0.clone()).is_some_and(|m| !m.ends_with('s')))
                })
                .unwrap_or(np)
        }
        _ => np,
    };
    let (mention, role, name) = np;
    Some(Attribution {
        cue: w.span(v, cue_end),
        mention: Some(mention),
        name,
        role,
        characterising: kind == VerbKind::Characterise,
    })
}

/// `Mr. Trump was prompted to say, “…”`, `She went on to say:`, `went so
/// far as to say`: a speech verb after `to` is spoken by the subject of
/// the verb before `to` (its auxiliaries and particles between), when that
/// is a name or a pronoun. (`He urged voters to say` has an object between
/// and is not read.)
fn infinitive_subject(w: &Win<'_>, v: usize, lex: &Lexicon) -> Option<Np> {
    if v < 3 || w.word(v - 1) != Some("to") {
        return None;
    }
    let verbal = |x: &str| {
        !is_cap(x) && x.len() > 3 && x.ends_with("ed")
            || is_aux(x) && !is_cap(x)
            || matches!(
                x,
                "on" | "as" | "so" | "far" | "went" | "goes" | "go" | "quick" | "eager" | "used"
            )
    };
    // (`Gencorp failed to say how …`, `refused to say`: said nothing.)
    if w.word(v - 2).is_some_and(|x| {
        matches!(
            x,
            "failed" | "refused" | "declined" | "neglected" | "hesitated" | "unable" | "reluctant"
        )
    }) {
        return None;
    }
    let k = (v.saturating_sub(7)..v - 1)
        .rev()
        .take_while(|&k| w.word(k).is_some_and(verbal))
        .last()?;
    let np = np_before(w, k, 0, lex)?;
    // The phrase ends right before that verb.
    let adjacent = k
        .checked_sub(1)
        .and_then(|e| w.toks.get(e))
        .is_some_and(|t| t.span.end == np.0.end);
    let m = w.text.get(np.0.clone())?;
    (adjacent && (m.starts_with(char::is_uppercase) || PRONOUNS.contains(&m))).then_some(np)
}

/// A mention that names a person: `he` / `she`, or capitalised words that
/// end in a surname the article introduces (`known`).
fn is_person(mention: &str, known: &dyn Fn(&str) -> bool) -> bool {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let first = words.first().copied().unwrap_or("");
    ["he", "she", "He", "She"].contains(&first)
        || is_cap(first)
            && !is_cap_boundary(first)
            && !PRONOUNS.contains(&first)
            && words.iter().all(|x| is_cap(x))
            && known(words.last().copied().unwrap_or(""))
}

/// True when the verb at `v` is a passive (`was said`, `has been much
/// talked about`, `were told`): a form of `be`, adverbs between.
fn passive(w: &Win<'_>, v: usize) -> bool {
    let verb = w.word(v).unwrap_or("");
    if verb.ends_with("ing") {
        return false;
    }
    let aux = (0..v).rev().find(|&k| {
        !w.word(k).is_some_and(|x| {
            x.len() > 4 && x.ends_with("ly") && !is_cap(x)
                || matches!(
                    x,
                    "much" | "often" | "long" | "also" | "already" | "never" | "not"
                )
        })
    });
    aux.and_then(|k| w.word(k))
        .is_some_and(|x| matches!(x, "was" | "were" | "is" | "are" | "been" | "being" | "be"))
}

/// "His campaign protested that Clinton aides were being “disingenuous”",
/// "Politifact then ruled that … is “true”": a lower-case verb with a
/// `that` clause reports what its named subject holds, listed or not.
fn that_clause(w: &Win<'_>, lex: &Lexicon) -> Option<Attribution> {
    let v = (1..w.toks.len()).rev().find(|&k| {
        w.word(k) == Some("that")
            && w.word(k - 1).is_some_and(|x| {
                x.len() > 3 && !is_cap(x) && (x.ends_with("ed") || x.ends_with('s')) && !is_aux(x)
                    || matches!(x, "found" | "thought" | "felt" | "knew" | "held" | "saw")
            })
    })? - 1;
    // (`telling viewers that …`: the object of a verb before it, not a
    // verb.)
    if v > 0 && (w.verb(v - 1, lex).is_some() || w.word(v - 1).is_some_and(|x| x.ends_with("ing")))
    {
        return None;
    }
    let np = np_before(w, v, 0, lex)?;
    let m = w.text.get(np.0.clone())?;
    (m.starts_with(char::is_uppercase) && !PRONOUNS.contains(&m)).then(|| Attribution {
        cue: w.span(v, v),
        mention: Some(np.0),
        name: np.2,
        role: np.1,
        characterising: false,
    })
}

/// True when the verb at `v` is the second predicate of its sentence
/// (`… and declared`, `…, but now said`), adverbs between.
fn coordinated(w: &Win<'_>, v: usize) -> bool {
    let mut k = v;
    for _ in 0..3 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        match w.word(p) {
            Some("and" | "but") => {
                // "Ms. Sherry smiled and said" keeps its own subject
                // handling; a name right before "and" is a compound subject.
                return p > 0
                    && (w.is_punct(p - 1, ",")
                        || w.word(p - 1)
                            .is_some_and(|x| !is_cap(x) && !x.ends_with("ed")));
            }
            Some(x) if is_aux(x) && !is_cap(x) => k = p,
            _ => return false,
        }
    }
    false
}

/// Search the after-window: `“…,” said X` / `“…,” X said` / `X, a …, said`.
fn from_after(w: &Win<'_>, lex: &Lexicon, max_tokens: usize) -> Option<Attribution> {
    // (Not a negated verb: `…?" All the parties campaign, although Tony
    // Blair has not confirmed any timing.`)
    let negated = |i: usize| {
        (i.saturating_sub(2)..i).any(|k| {
            w.word(k)
                .is_some_and(|x| matches!(x, "not" | "never") || x.ends_with("n't"))
        })
    };
    // (Nor a clause that opens with a subordinator: `“That makes me
    // smart,” when Clinton blasted him` is no attribution; `“…” if she
    // didn't win by more, said Wasserman` is, after the clause's comma.)
    if w.word(0).is_some_and(|x| {
        matches!(
            x,
            "when" | "while" | "because" | "although" | "though" | "if" | "unless" | "whereas"
        )
    }) {
        let c = (1..w.toks.len()).find(|&k| w.is_punct(k, ","))?;
        let rest = Win {
            text: w.text,
            toks: w.toks.get(c + 1..)?.to_vec(),
        };
        return from_after(&rest, lex, max_tokens);
    }
    // "“Call the roll,” came shouts from the crowd": the ones after `from`.
    if w.word(0).is_some_and(|x| matches!(x, "came" | "comes")) {
        let f = (1..4).find(|&k| w.word(k) == Some("from"));
        let sound = (1..f.unwrap_or(1)).any(|k| {
            w.word(k).is_some_and(|x| {
                matches!(
                    x,
                    "shouts"
                        | "shout"
                        | "cries"
                        | "cry"
                        | "chants"
                        | "chant"
                        | "calls"
                        | "call"
                        | "reply"
                        | "response"
                        | "voice"
                        | "voices"
                        | "yells"
                )
            })
        });
        if let Some(f) = f.filter(|_| sound) {
            let np = np_after(w, f + 1, lex)?;
            return Some(Attribution::plain(w.span(0, f - 1), Some(np.0)));
        }
    }
    let v = (0..w.toks.len().min(max_tokens)).find(|&i| w.verb(i, lex).is_some())?;
    if negated(v) {
        return None;
    }
    // Verb first when only punctuation or adverbs come before it; a
    // characterising verb there (`“…,” described the impact as`) has its
    // object after it, not its speaker.
    let verb_first = (0..v).all(|i| w.word(i).is_none_or(is_aux) && !w.is_punct(i, "("))
        && w.verb(v, lex) == Some(VerbKind::Speech);
    // ", said Smith" inverts; ", told Smith" does not (Smith is the listener).
    let inverts = w
        .word(v)
        .is_some_and(|x| !matches!(x, "told" | "tells" | "telling"))
        && w.verb(v, lex) == Some(VerbKind::Speech);
    let verb_first = verb_first
        || (inverts
            && v > 0
            && w.is_punct(v - 1, ",")
            && w.word(v + 1).is_some_and(|x| {
                is_cap(x) && !PRONOUNS.contains(&x) && !super::names::is_stop(x)
                    || x == "the"
                    || x == "a"
                    || x == "an"
            }));
    attribution_in(w, v, lex, verb_first).or_else(|| {
        // "“…,” Kirsten Pfeifer from the Consumer Electronics Association,
        // told …": a stray comma between the speaker's phrase and the
        // verb; the name opens the window.
        let comma = v >= 3 && w.is_punct(v - 1, ",") && !(0..v - 1).any(|i| w.is_punct(i, ","));
        let n = (0..v)
            .take_while(|&k| w.word(k).is_some_and(|x| is_cap(x) && !is_cap_boundary(x)))
            .count();
        let from = w.word(n).is_some_and(|x| matches!(x, "from" | "of" | "at"));
        (comma && n >= 2 && from && w.verb(v, lex) == Some(VerbKind::Speech))
            .then(|| Attribution::plain(w.span(v, v), w.span(0, n - 1)))
    })
}

/// `“…,” he surmised.` / `“…?” Hannity pressed.`: a pronoun or a name
/// right after a quote, then a past tense that ends the clause, is an
/// attribution even when the verb is in no list.
fn implicit_speech(w: &Win<'_>) -> Option<Attribution> {
    let first = w.word(0)?;
    let v = if PRONOUNS.contains(&first) && first != "it" {
        1
    } else if matches!(first, "a" | "an" | "the") {
        // "“…,” an angry Hollande retaliated."
        let n = (1..4)
            .take_while(|&k| w.word(k).is_some_and(|x| !x.ends_with("ed") || is_cap(x)))
            .count();
        if n == 0 || !(1..=n).any(|k| w.word(k).is_some_and(is_cap)) {
            return None;
        }
        n + 1
    } else {
        let n = (0..4)
            .take_while(|&k| w.word(k).is_some_and(|x| is_cap(x) && !is_cap_boundary(x)))
            .count();
        if n == 0 || super::names::is_stop(first) {
            return None;
        }
        n
    };
    let verb = w.word(v)?;
    // Particle verbs of speech: "Trump went on", "Bennett shot back".
    let particle = matches!(
        (verb, w.word(v + 1)),
        ("went", Some("on"))
            | ("shot" | "fired", Some("back"))
            | ("chimed" | "cut" | "broke", Some("in"))
            | ("spoke" | "piped", Some("up"))
    );
    let v_end = if particle { v + 1 } else { v };
    let past = particle || verb.len() > 4 && verb.ends_with("ed") && !is_cap(verb);
    let ends = w
        .word(v_end + 1)
        .is_none_or(|x| x.len() > 4 && x.ends_with("ly") || PREPOSITIONS.contains(&x));
    (past && ends).then(|| Attribution::plain(w.span(v, v_end), w.span(0, v - 1)))
}

/// Search the before-window: `X said: “…”`, `According to X, “…”`,
/// `X called it a “…”`.
fn from_before(w: &Win<'_>, lex: &Lexicon) -> Option<Attribution> {
    // "When Trump suggested …, Rubio fired back: “…”": a verb inside an
    // opening subordinate clause does not introduce a quote after a colon.
    let n = w.toks.len();
    let opening_clause_end = (n >= 2
        && w.is_punct(n - 1, ":")
        && w.word(0).is_some_and(|x| {
            matches!(
                x,
                "When"
                    | "While"
                    | "After"
                    | "If"
                    | "Although"
                    | "Because"
                    | "Before"
                    | "Since"
                    | "Though"
                    | "Once"
                    | "Until"
            )
        }))
    .then(|| (0..n).find(|&k| w.is_punct(k, ",")))
    .flatten();
    // (`… though Comey and others haven't said the FBI is “reopening”
    // it`: a negated verb in an earlier sentence reports nothing; inside
    // the quote's own, `officials haven't said the dock is “closing”` is
    // theirs.)
    let last_stop = (0..n).rev().find(|&k| ends_sentence(w.text, &w.toks, k));
    let negation =
        |x: &str| matches!(x, "not" | "never") || x.ends_with("n't") || x.ends_with("n’t");
    let negated = |v: usize| {
        last_stop.is_some_and(|s| s > v)
            && (v > 0 && w.word(v - 1).is_some_and(negation)
                || v > 1
                    && w.word(v - 2).is_some_and(negation)
                    && w.word(v - 1)
                        .is_some_and(|x| matches!(x, "been" | "yet" | "ever" | "have" | "be")))
    };
    for v in (0..n).rev() {
        // (`a claim by Peter Hain that …`: the noun is no verb, but its
        // maker speaks; not past another quote, `… an "attack mongrel"
        // shows Labour is "rattled"`.)
        let quote_after = || {
            (v + 1..n).any(|k| {
                w.punct(k)
                    .is_some_and(|p| matches!(p, "\"" | "“" | "”" | "''"))
            })
        };
        let verb = w.verb(v, lex).is_some();
        if !verb {
            if let Some(np) = claimant(w, v, lex).filter(|_| !negated(v) && !quote_after()) {
                return Some(Attribution {
                    cue: w.span(v, v),
                    mention: Some(np.0),
                    name: np.2,
                    role: np.1,
                    characterising: false,
                });
            }
        }
        if !verb || opening_clause_end.is_some_and(|c| v < c) || in_aside(w, v) || negated(v) {
            continue;
        }
        if let Some(a) = attribution_in(w, v, lex, false) {
            return Some(a);
        }
    }
    let n = w.toks.len();
    // "More from Jones: “…”", "Pollsters agree - Carl Bialik: “…”": a name
    // right before the colon after `from` or a dash.
    if n >= 3 && w.is_punct(n - 1, ":") {
        let start = (0..n - 1)
            .rev()
            .take_while(|&i| {
                w.word(i).is_some_and(|x| is_cap(x) || x == "and") || w.is_punct(i, ".")
            })
            .last();
        if let Some(st) = start.filter(|&st| st > 0 && n - 1 - st <= 5) {
            let led = w.word(st - 1) == Some("from") || w.is_dash(st - 1);
            if led && w.word(st).is_some_and(|x| x != "and") {
                return Some(Attribution::plain(w.span(n - 1, n - 1), w.span(st, n - 2)));
            }
        }
    }
    // "Wexler returned the compliment: “…”": a sentence that opens with a
    // name (or pronoun) and ends with a colon introduces the quote.
    if n >= 3 && w.is_punct(n - 1, ":") {
        // "And Mr. Christie gloated: …": a leading connective is skipped.
        // … and an age before the name ("17-year-old Jared Potts echoed:").
        let s0 = usize::from(w.word(0).is_some_and(|x| {
            matches!(x, "And" | "But" | "So" | "Yet" | "Then" | "Still")
                || x.starts_with(|c: char| c.is_ascii_digit()) && x.ends_with("-old")
        }));
        if let Some(first) = w.word(s0) {
            if PRONOUNS.contains(&first) {
                return Some(Attribution::plain(w.span(n - 1, n - 1), w.span(s0, s0)));
            }
            // "When Trump suggested …, Rubio fired back: …": the subject
            // after the opening clause; "A diplomat commented: …": a
            // noun phrase after a determiner.
            let det = matches!(first, "A" | "An" | "The");
            if det || w.word(0).is_some_and(is_cap_boundary) {
                if let Some((mention, _, _)) = subject(w, lex, n - 1) {
                    let one_clause = w
                        .toks
                        .iter()
                        .position(|t| t.span.start == mention.start)
                        .is_some_and(|m| {
                            (m..n - 1).all(|k| !w.is_punct(k, ",") && !w.is_punct(k, ";"))
                        });
                    if one_clause {
                        return Some(Attribution::plain(w.span(n - 1, n - 1), Some(mention)));
                    }
                }
            }
            if is_cap(first) && !is_cap_boundary(first) || lex.is_title(first) {
                // A lower-case descriptor inside the run is kept when a
                // title or name follows it ("Former Republican presidential
                // candidate Jeb Bush").
                let name_word = |i: usize| w.word(i).is_some_and(|x| is_cap(x) || lex.is_title(x));
                let end = (s0..n - 1)
                    .take_while(|&i| {
                        name_word(i)
                            || w.is_punct(i, ".")
                            || i > s0
                                && w.word(i).is_some_and(|x| {
                                    !is_boundary(x) && !x.ends_with('s') && !x.ends_with("ed")
                                })
                                && (name_word(i + 1)
                                    || w.word(i + 1).is_some_and(|x| !is_cap(x))
                                        && name_word(i + 2))
                    })
                    .last();
                // A headline in capitals ("TURNOUT UP IN IOWA - Jones:")
                // is not a speaker.
                let shouting = end.is_some_and(|e| {
                    (s0..=e).filter_map(|i| w.word(i)).all(|x| {
                        x.chars().filter(|c| c.is_alphabetic()).count() >= 2
                            && !x.chars().any(char::is_lowercase)
                    })
                });
                if let Some(end) = end.filter(|_| !shouting) {
                    if end + 1 < n - 1
                        && (s0..=end).any(|i| w.word(i).is_some_and(|x| !lex.is_title(x)))
                    {
                        return Some(Attribution::plain(w.span(n - 1, n - 1), w.span(s0, end)));
                    }
                }
            }
        }
    }
    // A headline's label: "Cruz: Trump Would Put Liberals On Court, ‘I
    // Fear …’" — a name of one to five title-case words opening the
    // sentence, then a colon, then the text around the quote.
    if let Some(c) = (1..n.min(7)).find(|&k| w.is_punct(k, ":")) {
        let words: Vec<&str> = (0..c).filter_map(|k| w.word(k)).collect();
        let label = !words.is_empty()
            && (0..c).all(|k| w.word(k).is_some() || w.is_punct(k, "."))
            && words
                .iter()
                .all(|x| is_cap(x) && x.chars().any(char::is_lowercase) && !is_cap_boundary(x))
            && words.iter().any(|x| !lex.is_title(x))
            && !words.iter().any(|x| HEADLINE_LABELS.contains(x));
        if label && c + 1 < n {
            return Some(Attribution::plain(w.span(c, c), w.span(0, c - 1)));
        }
    }
    // "Smith: “…”" (interview transcripts): a name right before a colon.
    if n >= 2 && w.is_punct(n - 1, ":") {
        let start = (0..n - 1)
            .rev()
            .take_while(|&i| w.word(i).is_some_and(is_cap) || w.is_punct(i, "."))
            .last()?;
        // Not a time (`… in an interview on Tuesday: “…”`).
        let time = w.word(n - 2).is_some_and(is_time_word);
        if !time && (start..n - 1).any(|i| w.word(i).is_some()) && n - 1 - start <= 4 {
            return Some(Attribution::plain(
                w.span(n - 1, n - 1),
                w.span(start, n - 2),
            ));
        }
    }
    None
}

/// The speaker of the last reported speech in `w`, a stretch of reporter's
/// text before a quote, when that speech is subordinate to another in its
/// sentence: `Byrd said he was glad that Reagan had acknowledged his
/// mistakes. “…”` is Byrd's, not Reagan's. `None` when the last speech verb
/// heads its own sentence ([`from_before`] then decides).
fn main_clause_speaker(w: &Win<'_>, lex: &Lexicon) -> Option<Attribution> {
    let speech = |i: usize| w.verb(i, lex) == Some(VerbKind::Speech);
    let last = (0..w.toks.len()).rev().find(|&v| speech(v))?;
    // The sentence of that verb, and the speech verbs before it in it.
    let start = (0..last)
        .rev()
        .find(|&k| matches!(w.punct(k), Some("." | "?" | "!" | ";")))
        .map_or(0, |k| k + 1);
    let main = (start..last).find(|&u| {
        speech(u)
            // Subordinate: a `that` clause after the earlier verb, with no
            // `, and` / `, but` joining a second statement between them.
            && (u + 1..last).any(|k| w.word(k) == Some("that"))
            && !(u + 1..last).any(|k| {
                w.is_punct(k, ",") && matches!(w.word(k + 1), Some("and" | "but" | "while"))
            })
    })?;
    attribution_in(w, main, lex, false)
}

/// A transcript's speaker label at the start of a quote (`“PENCE: And
/// that’s why …`, `“Chris Matthews: Seriously …`): one to three words in
/// capitals, or a full name, then a colon.
fn transcript_label(text: &str, content: Span) -> Option<Attribution> {
    let end = content.end.min(content.start + 64);
    let w = Win {
        text,
        toks: tokens(text, content.start..end),
    };
    let colon = (1..w.toks.len().min(6)).find(|&i| w.is_punct(i, ":"))?;
    let words: Vec<&str> = (0..colon).filter_map(|i| w.word(i)).collect();
    let capitals = words.iter().all(|x| {
        x.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !x.chars().any(char::is_lowercase)
    });
    // "Chris Matthews: …": a full name in title case.
    let full_name = words.len() >= 2
        && words
            .iter()
            .all(|x| is_cap(x) && !is_cap_boundary(x) && !super::names::is_stop(x));
    let label = !words.is_empty()
        && words.len() <= 3
        && (0..colon).all(|i| w.word(i).is_some() || w.is_punct(i, "."))
        && (capitals || full_name);
    label.then(|| Attribution::plain(w.span(colon, colon), w.span(0, colon - 1)))
}

/// The speaker of reported speech without quote marks in the sentence
/// between bytes `from` and `to` (`A Home Office spokeswoman said the two
/// agreed.`): the subject of its first speech verb, as (mention, role,
/// name) spans. A pronoun subject gives none.
pub fn indirect_speaker(
    text: &str,
    from: usize,
    to: usize,
    lex: &Lexicon,
) -> Option<(Span, Option<Span>, Span)> {
    let w = sentence_before(text, from, to);
    let speech = |i: &usize| w.verb(*i, lex) == Some(VerbKind::Speech);
    // "…, the president would insist on reform, Miller said.": a speech
    // verb among the sentence's last words, with its subject after a
    // comma, is the attribution; else the first speech verb is the main
    // clause's.
    let n = w.toks.len();
    let tail = (n.saturating_sub(5)..n)
        .rev()
        .find(speech)
        .and_then(|v| Some(subject_after_comma(&w, v, lex)?.0));
    let (mention, role, name) = match tail {
        Some(np) => np,
        None => {
            // (Not the participle of an aside: `X, quoted in …, said`.)
            let v = (0..n).find(|&i| {
                speech(&i) && !(i + 2..n).any(|v| speech(&v) && participle_aside(&w, i, v))
            })?;
            // "Bob Andrew expressed confidence …, claiming …": a participle
            // after a comma is the sentence subject's.
            let participle =
                v > 0 && w.is_punct(v - 1, ",") && w.word(v).is_some_and(|x| x.ends_with("ing"));
            // (Only a name: the sentence may open with another phrase.)
            match participle.then(|| subject(&w, lex, v)).flatten() {
                Some(np) if is_named(&w, &np) => np,
                _ => {
                    // (Before an aside ending at the verb: `X, quoted in
                    // …, said`.)
                    let aside = (1..v).rev().find(|&p| participle_aside(&w, p, v));
                    match aside {
                        Some(p) => np_before(&w, p - 1, 0, lex)?,
                        None => np_before(&w, v, 0, lex)?,
                    }
                }
            }
        }
    };
    let first = text.get(mention.clone())?.split_whitespace().next()?;
    if super::names::pronoun(first).is_some() {
        return None;
    }
    let name = name.unwrap_or_else(|| mention.clone());
    Some((mention, role, name))
}

/// The subject of the verb at `v` when a comma sets it off before
/// (`…, Miller said`, `Since 1983, he said, …`), and the token it starts
/// at.
fn subject_after_comma(w: &Win<'_>, v: usize, lex: &Lexicon) -> Option<(Np, usize)> {
    let np = np_before(w, v, 0, lex)?;
    let k = w.toks.iter().position(|t| t.span.start == np.0.start)?;
    (k > 0 && w.is_punct(k - 1, ",")).then_some((np, k))
}

/// `Hazel Blears defended the move saying …`: a participle right after
/// the object of a verb in the past (a lower-case phrase that is no
/// person's, after a lower-case word ending in `ed`) is said by that
/// verb's subject, when that subject is capitalised (a name).
fn object_of_past_verb(w: &Win<'_>, v: usize, lex: &Lexicon) -> Option<Np> {
    let object = np_before(w, v, 0, lex)?;
    let phrase = w.text.get(object.0.clone())?;
    if !phrase.starts_with(char::is_lowercase)
        || phrase
            .split_whitespace()
            .any(|x| super::names::is_role_noun(x) || lex.is_title(x))
    {
        return None;
    }
    let i = w.toks.iter().position(|t| t.span.start == object.0.start)?;
    let verb = i.checked_sub(1)?;
    let past = w
        .word(verb)
        .is_some_and(|x| !is_cap(x) && x.len() > 4 && x.ends_with("ed"));
    if !past {
        return None;
    }
    np_before(w, verb, 0, lex).filter(|np| {
        w.text
            .get(np.0.clone())
            .is_some_and(|m| m.starts_with(char::is_uppercase) && !m.starts_with("The "))
    })
}

/// True when token `p` opens an aside after a comma with a participle
/// (`An Iranian spokesman, quoted in a broadcast monitored by the BBC,
/// said …`).
fn opens_participle_aside(w: &Win<'_>, p: usize) -> bool {
    p >= 2
        && w.is_punct(p - 1, ",")
        && matches!(
            w.word(p),
            Some("quoted" | "speaking" | "interviewed" | "writing" | "contacted")
        )
}

/// True when an aside opened at `p` ([`opens_participle_aside`]) closes
/// with a comma right before the verb at `v`: the speaker ends before it.
fn participle_aside(w: &Win<'_>, p: usize, v: usize) -> bool {
    opens_participle_aside(w, p) && v > p + 1 && v - p <= 16 && w.is_punct(v - 1, ",")
}

/// `X quoted Y as saying`, with `v` at `quoted` / `quotes` or at `saying`:
/// Y, the one quoted.
fn quoted_as(w: &Win<'_>, v: usize, lex: &Lexicon) -> Option<Np> {
    let is_quoted = |i: usize| matches!(w.word(i), Some("quoted" | "quotes"));
    let reports = |i: usize| matches!(w.word(i), Some("reported" | "cited"));
    let as_speaking = |i: usize| i > 0 && as_speaking(w, i - 1, lex);
    let q = if is_quoted(v) || reports(v) {
        v
    } else if as_speaking(v) {
        (v.saturating_sub(10)..v - 1)
            .rev()
            .find(|&i| is_quoted(i) || reports(i))?
    } else {
        return None;
    };
    // `X was quoted (by the paper) as saying`: X speaks.
    if let Some(np) = quoted_passive(w, q, lex) {
        return Some(np);
    }
    if !is_quoted(q) {
        return None;
    }
    let as_at = (q + 2..q + 12).find(|&i| as_speaking(i + 1))?;
    // (`him` / `her`: a pronoun, resolved as any other.)
    let pronoun = (as_at == q + 2)
        .then(|| w.span(q + 1, q + 1))
        .flatten()
        .filter(|_| matches!(w.word(q + 1), Some("him" | "her")));
    let np = match pronoun {
        Some(span) => (span, None, None),
        None => np_after(w, q + 1, lex)?,
    };
    // The phrase is all of what stands between (not `Saudi` out of
    // `authoritative Saudi sources`).
    let whole =
        w.toks.get(q + 1)?.span.start == np.0.start && w.toks.get(as_at - 1)?.span.end == np.0.end;
    (whole && !(q + 1..as_at).any(|i| w.is_punct(i, ",") || w.is_punct(i, "."))).then_some(np)
}

/// `as` at `i` and a speech verb's participle after it: `as saying`, `as
/// stressing`, `as adding`.
fn as_speaking(w: &Win<'_>, i: usize, lex: &Lexicon) -> bool {
    w.word(i) == Some("as")
        && w.word(i + 1).is_some_and(|x| x.ends_with("ing"))
        && w.verb(i + 1, lex).is_some()
}

/// `X was quoted as saying`, `X is reported by the paper as saying`, with
/// `q` at `quoted` (or `reported`, `cited`): the subject before the form
/// of `be` (and `has`/`had` before `been`) speaks.
fn quoted_passive(w: &Win<'_>, q: usize, lex: &Lexicon) -> Option<Np> {
    let be = q.checked_sub(1)?;
    if !matches!(
        w.word(be),
        Some("was" | "is" | "were" | "are" | "been" | "be")
    ) {
        return None;
    }
    // `as saying` (`as stressing`, …) follows, with at most a `by …`
    // phrase between.
    let as_at = (q + 1..q + 8).find(|&i| as_speaking(w, i, lex))?;
    if as_at > q + 1 && w.word(q + 1) != Some("by") {
        return None;
    }
    let mut k = be;
    if w.word(k) == Some("been") && k > 0 && matches!(w.word(k - 1), Some("has" | "have" | "had")) {
        k -= 1;
    }
    np_before(w, k, 0, lex)
}

/// The named maker of `claims` / `charges` at `v`, written after `from` or
/// `by` (`claims from Tory leader Michael Howard`).
fn claimant(w: &Win<'_>, v: usize, lex: &Lexicon) -> Option<Np> {
    if !matches!(
        w.word(v),
        Some(
            "claims"
                | "charges"
                | "warnings"
                | "accusations"
                | "claim"
                | "charge"
                | "warning"
                | "accusation"
        )
    ) || !matches!(w.word(v + 1), Some("from" | "by"))
    {
        return None;
    }
    np_after(w, v + 2, lex).filter(|np| is_named(w, np))
}

/// True when `np` opens with a capital, not `The` (a name, not a phrase).
fn is_named(w: &Win<'_>, np: &Np) -> bool {
    w.text
        .get(np.0.clone())
        .is_some_and(|m| is_cap(m) && !m.starts_with("The "))
}

/// True when `w`, the text before a quote, ends with a speech verb that
/// introduces it: the verb, at most [`LEAD_IN_TOKENS`] tokens of its
/// object or adverbials (words and parentheses), then a comma or colon
/// (`said,`, `fired back:`, `told reporters,`, `told the Associated Press
/// (AP),`, `said in a statement,`), or the verb right before the quote.
/// Not a `that` clause (`said that the plan,`).
fn lead_in(w: &Win<'_>, lex: &Lexicon) -> bool {
    let n = w.toks.len();
    // (`Feinstein said “…”`: the verb right before the quote.)
    if n >= 2 && w.verb(n - 1, lex) == Some(VerbKind::Speech) {
        return true;
    }
    if n < 2 || !matches!(w.punct(n - 1), Some("," | ":")) {
        return false;
    }
    (n.saturating_sub(LEAD_IN_TOKENS + 1)..n - 1)
        .rev()
        .take_while(|&k| {
            w.word(k)
                .is_some_and(|x| !matches!(x, "that" | "if" | "whether"))
                || matches!(w.punct(k), Some("(" | ")"))
        })
        .any(|v| w.verb(v, lex) == Some(VerbKind::Speech))
}

/// The text before quote `qi` of `raws`, back past the quote before it in
/// its paragraph (a short title or phrase) to the start of their sentence,
/// or of the paragraph at `par_start`: where a speaker is looked for when
/// that quote cut the usual window short.
fn window_past<'t>(text: &'t str, raws: &[RawQuote], qi: usize, par_start: usize) -> Win<'t> {
    let q = raws.get(qi);
    let paragraph = q.map(|q| q.paragraph);
    let open = q.map_or(par_start, |q| q.open.start);
    let from = qi
        .checked_sub(2)
        .and_then(|pp| raws.get(pp))
        .filter(|pp| Some(pp.paragraph) == paragraph)
        .and_then(|pp| pp.close.as_ref().map(|c| c.end))
        .unwrap_or(par_start);
    let from = qi
        .checked_sub(1)
        .and_then(|p| raws.get(p))
        .map_or(from, |p| from.min(p.open.start));
    before_window(text, from, open)
}

/// True when a quote's words end its sentence (`.`, `?`, `!`).
fn ends_with_stop(words: &str) -> bool {
    words.trim_end().ends_with(['.', '?', '!'])
}

/// Most tokens between a lead-in verb and its comma ([`lead_in`]).
const LEAD_IN_TOKENS: usize = 7;

/// Kind and attribution of quote `qi` of `raws`. `pars` are the paragraph
/// spans.
pub fn attribute(
    text: &str,
    pars: &[Span],
    known: &dyn Fn(&str) -> bool,
    raws: &[RawQuote],
    qi: usize,
    lex: &Lexicon,
) -> Option<(QuoteKind, Attribution)> {
    let q = raws.get(qi)?;
    let par = pars.get(q.paragraph)?;
    let prev_end = qi
        .checked_sub(1)
        .and_then(|p| raws.get(p))
        .filter(|p| p.paragraph == q.paragraph)
        .and_then(|p| p.close.as_ref().map(|c| c.end))
        .unwrap_or(par.start);
    let next_start = raws
        .get(qi + 1)
        .filter(|n| n.paragraph == q.paragraph)
        .map_or(par.end, |n| n.open.start);
    let before = before_window(text, prev_end, q.open.start);
    let after = match &q.close {
        Some(c) => after_window(text, c.end, next_start),
        None => Win {
            text,
            toks: Vec::new(),
        },
    };

    // Kind: what the quote follows in its sentence.
    let content = text.get(q.content.clone()).unwrap_or("");
    let starts_upper = content
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '.' || c == '…' || c == '[');
    let last_before = before.toks.last().and_then(|t| text.get(t.span.clone()));
    let direct = match last_before {
        None => true,
        Some(":") => true,
        // A quote that opens after a sentence's end (`Tchadinfos.com. “He …`).
        Some("." | "?" | "!") => starts_upper,
        Some(",") => {
            let n = before.toks.len();
            starts_upper || n >= 2 && before.verb(n - 2, lex).is_some()
        }
        Some("—" | "–" | "-" | "(") => starts_upper,
        Some(w) => {
            let n = before.toks.len();
            (lex.speech_verb(w).is_some()
                || w == "that" && n >= 2 && before.verb(n - 2, lex).is_some())
                && starts_upper
                && content.split_whitespace().count() >= 4
        }
    };
    let kind = if direct {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    };
    let content_words = content.split_whitespace().count();

    // "“Met accused of whitewashing baby Jesus,” by Post's Kathianne
    // Boniello: …": the headline of a story, credited to its writer, is
    // no statement.
    // A headline's writer ends with a colon; a book's title is in title
    // case (`''This Kind of War,'' by T.R. Fehrenbach`). Not "he was
    // “deeply troubled” by Republicans.".
    let title_case = || {
        content
            .split_whitespace()
            .filter(|x| x.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .all(|x| {
                x.chars()
                    .find(|c| c.is_alphabetic())
                    .is_some_and(char::is_uppercase)
            })
    };
    let byline = after.word(0) == Some("by")
        && after
            .word(1)
            .is_some_and(|x| is_cap(x) && !is_cap_boundary(x))
        && (title_case() || (2..after.toks.len().min(10)).any(|k| after.is_punct(k, ":")));
    if byline && q.close.is_some() {
        return None;
    }
    let attr = if direct {
        let trailing_comma = content.ends_with([',', '?', '!', '—']);
        // After a quote that ends its sentence, a capitalised word starts a
        // new sentence: only `“….” Smith said.` (verb within three words)
        // still attributes the quote.
        let ends_sentence = content.ends_with('.');
        let new_sentence = ends_sentence && after.word(0).is_some_and(is_cap);
        let near = if new_sentence {
            // "“….” Smith said (Tuesday | in a statement | , adding …)." — not
            // "“….” The star then recalled an incident …": a verb with its
            // own object starts the next statement.
            from_after(&after, lex, 4).filter(|a| {
                let v = a
                    .cue
                    .as_ref()
                    .and_then(|c| after.toks.iter().position(|t| t.span.start == c.start));
                let Some(v) = v else { return true };
                // "“….” Mike Hobday, of the league, said: “…”": a verb
                // before a colon introduces the next quote, not this one.
                if after.is_punct(v + 1, ":") {
                    return false;
                }
                // "“….” Perhaps, he said, this …": an attribution set off
                // by commas inside the next sentence is that sentence's.
                let m = a
                    .mention
                    .as_ref()
                    .and_then(|m| after.toks.iter().position(|t| t.span.start == m.start));
                if m.is_some_and(|m| m > 0 && m < v && after.is_punct(m - 1, ","))
                    && after.is_punct(v + 1, ",")
                {
                    return false;
                }
                let verb_first = a
                    .mention
                    .as_ref()
                    .is_some_and(|m| m.start > a.cue.as_ref().map_or(0, |c| c.start));
                // (`“….” He says not enacting laws … is “…”`: a negated
                // clause after the verb is its own statement.)
                verb_first
                    || after.word(v + 1).is_none_or(|x| {
                        (is_aux(x) || PREPOSITIONS.contains(&x)) && !matches!(x, "not" | "never")
                    })
            })
        } else {
            from_after(&after, lex, 25)
        };
        // A label only where a transcript line stands: at the start of its
        // sentence, not inside one (`his biography, ''Lost Tycoon: …''`).
        let label = if before.toks.is_empty() {
            transcript_label(text, q.content.clone())
        } else {
            None
        };
        let a = label.or_else(|| {
            // "“…,” Texas delegate Bill Eastland, wearing “Ted Cruz” pins,
            // said": a short quoted name inside the attribution does not end
            // the after-window.
            let across_title = || {
                let c = q.close.as_ref()?;
                let nq = raws.get(qi + 1).filter(|n| n.paragraph == q.paragraph)?;
                let words = text.get(nq.content.clone())?.split_whitespace().count();
                if words > 4 {
                    return None;
                }
                from_after(&after_window(text, c.end, par.end), lex, 25)
            };
            // "But, Mr. Hannity said, ''….'' And, he acknowledged, …": a
            // verb right before a quote that ends its sentence wins over
            // the next sentence's.
            // So does a name before it over a pronoun after it ("Fallon
            // fired back: “…,” he wrote").
            let pronoun_after = near.as_ref().is_some_and(|a| {
                a.mention
                    .as_ref()
                    .and_then(|m| text.get(m.clone()))
                    .is_some_and(|m| PRONOUNS.contains(&m))
            });
            // "When someone in the audience shouted, “Cruz,” Beck joked":
            // an opening clause that introduces the quote is its speaker's.
            let opening_clause = before
                .word(0)
                .is_some_and(|x| matches!(x, "When" | "As" | "After" | "While" | "Once" | "Until"));
            let introduced =
                (new_sentence || pronoun_after || opening_clause) && lead_in(&before, lex);
            if introduced {
                from_before(&before, lex).or(near)
            } else if trailing_comma || near.is_some() {
                near.or_else(|| implicit_speech(&after))
                    .or_else(across_title)
                    .or_else(|| from_before(&before, lex))
            } else {
                // After a quote that ends its sentence, a verb further on
                // (`“….” John Person, president of …, said the data …`)
                // starts the next statement.
                from_before(&before, lex).or_else(|| {
                    if new_sentence {
                        None
                    } else {
                        from_after(&after, lex, 25)
                    }
                })
            }
        });
        a.or_else(|| {
            // "Republicans have said so, including Mitt Romney -- ''It is
            // disqualifying'' -- and …", "Mr. Trump hardly clarified it,
            // treating her remark as a compliment -- ''That makes me
            // smart''": a quote set off by dashes is the name right before
            // the dash's, else the sentence subject's.
            let n = before.toks.len();
            if n < 3 || !before.is_dash(n - 1) || !after.is_dash(0) {
                return None;
            }
            let mut d = n - 1;
            while d > 0 && before.is_dash(d - 1) {
                d -= 1;
            }
            let named = np_before_inner(&before, d, 0, lex).filter(|np| {
                text.get(np.0.clone())
                    .and_then(|m| m.chars().next())
                    .is_some_and(char::is_uppercase)
                    && before
                        .toks
                        .get(d.saturating_sub(1))
                        .is_some_and(|t| t.span.end == np.0.end)
            });
            let (mention, role, name) = named.or_else(|| subject(&before, lex, d))?;
            Some(Attribution {
                cue: before.span(n - 1, n - 1),
                mention: Some(mention),
                name,
                role,
                characterising: false,
            })
        })
        .or_else(|| {
            // "Clinton stressed her support during a “Commander-in-Chief
            // Forum” and said she has the quality: “Steadiness …”": a
            // short quote earlier in the same sentence (a title, a phrase)
            // does not end the window the speaker is looked for in.
            let p = raws
                .get(qi.checked_sub(1)?)
                .filter(|p| p.paragraph == q.paragraph)?;
            let c = text.get(p.content.clone())?;
            let same_sentence = c.split_whitespace().count() <= 6
                && !ends_with_stop(c)
                && before.toks.len() == tokens(text, prev_end..q.open.start).len();
            if !same_sentence {
                return None;
            }
            from_before(&window_past(text, raws, qi, par.start), lex)
        })
        .or_else(|| {
            // "In response, she said she and Obama had made progress. “…”":
            // the last attribution earlier in the paragraph, when no other
            // quote in the paragraph has one of its own.
            // (Only an earlier quote, or a later one in the same sentence,
            // counts: `Coan argues that … . "The government is …" "His
            // intent …"` takes Coan; `''Family values people'' are ''not
            // out to bash gays,'' he said` does not look back.)
            let same_sentence_next = raws
                .get(qi + 1)
                .filter(|n| n.paragraph == q.paragraph)
                .and_then(|n| text.get(q.close.as_ref()?.end..n.open.start))
                .is_some_and(|gap| {
                    !gap.contains(['.', '?', '!'])
                        && !text.get(q.content.clone()).is_some_and(ends_with_stop)
                });
            let others = same_sentence_next
                || raws
                    .iter()
                    .any(|r| r.paragraph == q.paragraph && r.open.start < q.open.start);
            if !others && prev_end < q.open.start {
                let w = Win {
                    text,
                    toks: tokens(text, prev_end..q.open.start),
                };
                if let Some(a) = main_clause_speaker(&w, lex).or_else(|| from_before(&w, lex)) {
                    return Some(a);
                }
            }
            // "“…,” he said. Shadow sports minister Lord Moynihan said the
            // policy would help clubs. “We aim …”": with an earlier quote in
            // the paragraph, a whole sentence after it whose subject names
            // a person and reports speech.
            if others && prev_end < q.open.start {
                let w = sentence_before(text, prev_end, q.open.start);
                // (A new sentence: a stop between the earlier quote's
                // words and it.)
                let words_end = qi
                    .checked_sub(1)
                    .and_then(|p| raws.get(p))
                    .map_or(prev_end, |p| p.content.end);
                let starts_after = w.toks.first().is_some_and(|t| {
                    text.get(words_end.min(t.span.start)..t.span.start)
                        .is_some_and(|g| g.contains(['.', '?', '!']))
                });
                let first = w.word(0)?;
                let named = is_cap(first) && !is_cap_boundary(first) && !PRONOUNS.contains(&first);
                if starts_after && named {
                    if let Some(a) = main_clause_speaker(&w, lex).or_else(|| from_before(&w, lex)) {
                        let person = text.get(a.mention.clone()?).is_some_and(|m| {
                            is_person(m, known) || m.split_whitespace().count() >= 2 && is_cap(m)
                        });
                        if person {
                            return Some(a);
                        }
                    }
                }
            }
            None
        })
        .or_else(|| {
            // "Valastro praised the plan." then a quote paragraph: the last
            // attribution of a previous paragraph without quotes.
            if q.open.start != par.start || q.paragraph == 0 {
                return None;
            }
            let prev = pars.get(q.paragraph - 1)?;
            if raws.iter().any(|r| r.paragraph + 1 == q.paragraph) {
                return None;
            }
            let w = before_window(text, prev.start, prev.end.saturating_sub(1).max(prev.start));
            // `…, he said.` or `Since 1983, he said, stocks …`: the
            // reporter's clause of that sentence, set off by a comma, at its
            // end or as an aside.
            let n = w.toks.len();
            let clause = || {
                (0..n).rev().find_map(|v| {
                    if w.verb(v, lex) != Some(VerbKind::Speech)
                        || !(v + 3 >= n || w.is_punct(v + 1, ","))
                    {
                        return None;
                    }
                    let (np, k) = subject_after_comma(&w, v, lex)?;
                    (v == k + 1 || v == k + 2).then(|| Attribution {
                        cue: w.span(v, v),
                        ..Attribution::of_subject(np)
                    })
                })
            };
            let first = w.word(0)?;
            // A sentence that opens with its speaker (`Ward said …, the PA
            // reported.` is Ward's), else the reporter's clause.
            if !(is_cap(first) && !is_cap_boundary(first) || PRONOUNS.contains(&first)) {
                return clause();
            }
            // (Past an opening phrase and a relative clause: `Turning to
            // Brazil, whose growth rate he predicted will decline, Ortiz
            // Mena said …`.)
            let relative = |i: usize| {
                (0..i).rev().take_while(|&k| !w.is_punct(k, ",")).any(|k| {
                    w.word(k)
                        .is_some_and(|x| matches!(x, "who" | "whose" | "which"))
                })
            };
            let opening = w.word(0).is_some_and(|x| x.ends_with("ing"));
            let reach = if opening { 20 } else { 8 };
            if let Some(v) = (0..w.toks.len().min(reach))
                .find(|&i| w.verb(i, lex).is_some() && !(opening && relative(i)))
            {
                return attribution_in(&w, v, lex, false);
            }
            if let Some(a) = clause() {
                return Some(a);
            }
            // "Viguerie is upbeat about Cruz’s chances." then a quote
            // paragraph with nothing else: a named person opening the
            // paragraph before (the paragraph is one sentence).
            // (Not a paragraph that ends with a colon: `The New York Times
            // made these allegations …, and Breitbart News responded:` is
            // read for its own verb below.)
            let one_sentence = (0..w.toks.len().saturating_sub(1))
                .all(|k| !matches!(w.punct(k), Some("." | "?" | "!")))
                && !text
                    .get(prev.clone())
                    .is_some_and(|p| p.trim_end().ends_with(':'));
            let whole_quote = after.toks.is_empty();
            if !(one_sentence && whole_quote) {
                return None;
            }
            let end = w.name_run_end(0, w.toks.len(), lex)?;
            let last = w.word(end)?;
            (known(last) && !is_cap_boundary(first) && !PRONOUNS.contains(&first))
                .then(|| Attribution::plain(None, w.span(0, end)))
        })
        .or_else(|| {
            // A paragraph ending "X said:" introduces the quote paragraph.
            if before.toks.is_empty() && q.open.start == par.start {
                let prev = pars.get(q.paragraph.checked_sub(1)?)?;
                let ptext = text.get(prev.clone())?;
                if ptext.trim_end().ends_with(':')
                    && !raws.iter().any(|r| {
                        r.paragraph + 1 == q.paragraph
                            && r.close.as_ref().is_some_and(|c| c.end + 2 >= prev.end)
                    })
                {
                    let w = before_window(text, prev.start, prev.end);
                    return from_before(&w, lex);
                }
            }
            None
        })
        .or_else(|| {
            // A quote paragraph signed in the next one: "“…”\n\n-Michelle
            // Marks, Philadelphia." / "— President Obama, tweeting …".
            if before.toks.is_empty() && q.open.start == par.start && after.toks.is_empty() {
                let next = pars.get(q.paragraph + 1)?;
                let w = after_window(text, next.start, next.end);
                if !w.is_dash(0) {
                    return None;
                }
                let end = w.name_run_end(1, w.toks.len().min(8), lex)?;
                let closes =
                    end + 1 >= w.toks.len() || w.is_punct(end + 1, ",") || w.is_punct(end + 1, ".");
                let name = w.word(1).is_some_and(|x| !is_cap_boundary(x));
                return (closes && name).then(|| Attribution::plain(w.span(0, 0), w.span(1, end)));
            }
            None
        })
        .or_else(|| {
            // "Earlier this week, Clinton shared her anxiety with an
            // audience, “I do not know …”": a quote the sentence introduces
            // with a comma or colon, and no verb of speech, is its
            // subject's when that is a person.
            if !matches!(last_before, Some("," | ":")) {
                return None;
            }
            let np = subject(&before, lex, before.toks.len())?;
            let person = is_person(text.get(np.0.clone())?, known);
            person.then(|| Attribution::of_subject(np))
        })
    } else {
        // "… denies — “why wouldn’t you …?” asked Dunn": a partial quote
        // that ends with its own comma or question mark and a verb right
        // after it is attributed there.
        // Only when the verb comes first after it, or nothing before it
        // reports speech ("Although Weiner admitted that they had “been
        // friends,” he claimed …" stays with Weiner).
        let verb_right_after = after.verb(0, lex).is_some();
        let verb_before = (0..before.toks.len()).any(|k| before.verb(k, lex).is_some());
        // `… and “better reflect the nation,” Mook wrote.`: a name and a
        // verb that end the sentence right after the quote.
        // (`…,” the Florida senator said.` too.)
        let det = after
            .word(0)
            .is_some_and(|x| matches!(x, "the" | "a" | "an"));
        let closing = || {
            after
                .word(0)
                .is_some_and(|x| is_cap(x) && !is_cap_boundary(x) || det)
                && (1..5).any(|k| {
                    after.verb(k, lex) == Some(VerbKind::Speech)
                        && (after.is_punct(k + 1, ".") || k + 1 >= after.toks.len())
                        && (0..k).all(|m| after.word(m).is_some_and(|x| is_cap(x) || det))
                })
        };
        let near = if content.ends_with([',', '?', '!'])
            && (verb_right_after || !verb_before || closing())
        {
            from_after(&after, lex, 4)
        } else {
            None
        };
        // A quote that ends its sentence (`… for ''my inability.'' It was,
        // he said, …`) takes no attribution from the next one.
        let ends_sentence = content.ends_with('.') && after.word(0).is_some_and(is_cap);
        // "this argument was dismissed as “ridiculous” by Justice David
        // Souter": a passive before the quote, its agent after it.
        let agent_after = || {
            let n = before.toks.len();
            // The verb right before the quote (`was called “…”`, `was
            // dismissed as “…”`), not one further back (`was reported in a
            // “hit piece” by The New York Times`).
            let v = (n.saturating_sub(2)..n)
                .rev()
                .find(|&k| before.verb(k, lex).is_some())?;
            let next_to = v + 1 == n || v + 2 == n && before.word(v + 1) == Some("as");
            if !next_to || !passive(&before, v) {
                return None;
            }
            // (`described as “irresponsible” and “outrageous” by the
            // IHRC`: the agent after a second quote joined by `and`.)
            let joined = || {
                if !matches!(after.word(0), Some("and" | "or")) || after.toks.len() > 2 {
                    return None;
                }
                let next = raws.get(qi + 1).filter(|x| x.paragraph == q.paragraph)?;
                let end = next.close.as_ref()?.end;
                Some(after_window(text, end, par.end))
            };
            let further;
            let agent = if after.word(0) == Some("by") {
                &after
            } else {
                further = joined()?;
                &further
            };
            if agent.word(0) != Some("by") {
                return None;
            }
            let np = np_after(agent, 1, lex)?;
            // (A name, or `the` and a name: `the Islamic Human Rights
            // Commission`.)
            let m = text.get(np.0.clone())?;
            let named = m.starts_with(char::is_uppercase)
                || m.strip_prefix("the ")
                    .is_some_and(|r| r.starts_with(char::is_uppercase));
            named.then(|| Attribution {
                cue: before.span(v, v),
                mention: Some(np.0),
                name: np.2,
                role: np.1,
                characterising: before.verb(v, lex) == Some(VerbKind::Characterise),
            })
        };
        near.or_else(agent_after)
            .or_else(|| {
                // A speaker that is no person (`Monday`, `PAC`), or none:
                // the owner of a speech noun right before the quote, if
                // any.
                let found = from_before(&before, lex);
                let person = found
                    .as_ref()
                    .and_then(|a| text.get(a.mention.clone()?))
                    .is_some_and(|m| is_person(m, known));
                if person {
                    found
                } else {
                    owned_speech(&before, lex).or(found)
                }
            })
            .or_else(|| that_clause(&before, lex))
            .or_else(|| {
                if ends_sentence {
                    None
                } else {
                    from_after(&after, lex, 40)
                }
            })
            .or_else(|| {
                // `Fundraising was "stagnant …" as donors waited to see how
                // a "turbulent election cycle" played out, he said.`: past
                // the next quote of the sentence, an attribution that ends
                // it (`, he said.`).
                // (Not a lone term: `the "good" grade of meat`.)
                if ends_sentence || ends_with_stop(content) || content_words < 2 {
                    return None;
                }
                let next = raws.get(qi + 1).filter(|n| n.paragraph == q.paragraph)?;
                let gap = text.get(q.close.as_ref()?.end..next.open.start)?;
                if gap.contains(['.', '?', '!']) {
                    return None;
                }
                let w = after_window(text, next.close.as_ref()?.end, par.end);
                let c = (0..w.toks.len()).find(|&k| w.is_punct(k, ","))?;
                let tail = Win {
                    text,
                    toks: w.toks.get(c + 1..)?.to_vec(),
                };
                let a = from_after(&tail, lex, 4)?;
                let v = a
                    .cue
                    .as_ref()
                    .and_then(|cu| tail.toks.iter().position(|t| t.span.start == cu.start))?;
                let ends = tail.is_punct(v + 1, ".") || v + 1 >= tail.toks.len();
                ends.then_some(a)
            })
    };

    // A partial quote with no verb of its own: the sentence's subject when it
    // is a person ("Romney went after Trump, calling it “disqualifying”"),
    // else the speaker of an earlier quote in the same sentence.
    // A partial quote that shares its sentence with an earlier quote and has
    // no attribution of its own inherits the earlier one's.
    let mut inherit = false;
    let attr = match attr {
        Some(a) => Some(a),
        None if kind == QuoteKind::Partial => {
            let same_sentence_prev = qi
                .checked_sub(1)
                .and_then(|p| raws.get(p))
                .is_some_and(|p| {
                    p.paragraph == q.paragraph
                        && prev_end == p.close.as_ref().map_or(usize::MAX, |c| c.end)
                        && before.toks.len() == tokens(text, prev_end..q.open.start).len()
                });
            if same_sentence_prev {
                // "Podesta told NBC’s “Meet the Press” that … she “is going
                // to win”": when the earlier quote is a short title or phrase,
                // the attribution may stand before it.
                let earlier = raws.get(qi - 1).filter(|p| {
                    text.get(p.content.clone())
                        .is_some_and(|c| c.split_whitespace().count() <= 6)
                });
                if earlier.is_some() {
                    let wide = window_past(text, raws, qi, par.start);
                    if let Some(a) = from_before(&wide, lex) {
                        return Some((kind, a));
                    }
                    // "Bolton thought some of the “Neocons For Hillary”
                    // buzz was … a tribute to “…”": with no verb of speech,
                    // the subject of the whole sentence when a person.
                    // (Only for words of a statement: not a title, not a
                    // word or two.)
                    let statement = content_words >= 3 && !title_case();
                    let person = subject(&wide, lex, wide.toks.len()).filter(|np| {
                        statement && text.get(np.0.clone()).is_some_and(|m| is_person(m, known))
                    });
                    if let Some(np) = person {
                        return Some((kind, Attribution::of_subject(np)));
                    }
                }
                inherit = true;
            }
            // "Calling Mr. Burr's challenger, Deborah Ross, “exactly the
            // kind of partner I need,” Mrs. Clinton upbraided Mr. Burr": a
            // quote inside an opening participle phrase is the subject's
            // that follows it.
            let opening = || {
                let first = before.word(0)?;
                if inherit || !(is_cap(first) && first.ends_with("ing") && content.ends_with(',')) {
                    return None;
                }
                let end = after.name_run_end(0, after.toks.len().min(6), lex)?;
                let verb_next = after
                    .word(end + 1)
                    .is_some_and(|x| !is_cap(x) && (x.ends_with("ed") || x.ends_with('s')));
                let name = after.word(0).is_some_and(|x| !is_cap_boundary(x));
                (verb_next && name).then(|| Attribution::plain(None, after.span(0, end)))
            };
            if let Some(a) = opening() {
                return Some((kind, a));
            }
            // (`… to “a closed primary ….” He commanded the party to “…”`:
            // after an earlier quote that ends with a stop, a new sentence
            // whose subject is `He`, `She` or `They`.)
            let after_stop = qi
                .checked_sub(1)
                .and_then(|p| raws.get(p))
                .and_then(|p| text.get(p.content.clone()))
                .is_some_and(ends_with_stop);
            subject(&before, lex, before.toks.len())
                .filter(|np| {
                    !inherit
                        || after_stop
                            && text
                                .get(np.0.clone())
                                .is_some_and(|m| matches!(m, "He" | "She" | "They"))
                })
                .filter(|np| text.get(np.0.clone()).is_some_and(|m| is_person(m, known)))
                .map(Attribution::of_subject)
                .or_else(|| {
                    // "Gilbert said the boycott will not hurt. Fundraising was
                    // “stagnant for about a month”": a phrase of three or more
                    // words right after a sentence that reports someone's
                    // speech is theirs.
                    if inherit || content_words < 3 {
                        return None;
                    }
                    let cur = before.toks.first().map_or(q.open.start, |t| t.span.start);
                    let from = prev_end.max(par.start);
                    if cur <= from {
                        return None;
                    }
                    // The previous sentence, without its final stop.
                    let stop = tokens(text, from..cur)
                        .iter()
                        .rev()
                        .find(|t| t.word)
                        .map_or(from, |t| t.span.end);
                    let prev = before_window(text, from, stop);
                    // Its first reporting verb (`Gilbert said the boycott
                    // calls …`: `said`, not `calls`).
                    let a = (0..prev.toks.len())
                        .filter(|&v| prev.verb(v, lex) == Some(VerbKind::Speech))
                        .find_map(|v| attribution_in(&prev, v, lex, false))?;
                    let m = text.get(a.mention.clone()?)?;
                    let person =
                        PRONOUNS.contains(&m) && m != "it" || m.split_whitespace().all(is_cap);
                    person.then_some(Attribution { cue: None, ..a })
                })
        }
        None => None,
    };
    let n_before = before.toks.len();
    let after_media_noun = last_before.is_some_and(|w| MEDIA_NOUNS.contains(&w))
        || last_before == Some(",")
            && n_before >= 2
            && before
                .word(n_before - 2)
                .is_some_and(|w| MEDIA_NOUNS.contains(&w));
    let title_slot = after_media_noun
        || last_before
            .is_some_and(|w| PREPOSITIONS.contains(&w) || w.ends_with("’s") || w.ends_with("'s"));
    // Titles of shows, books and films: every content word capitalised
    // ("Meet the Press", “Weiner”), not introduced by a characterising verb.
    let small = [
        "the", "of", "a", "an", "and", "to", "in", "is", "on", "for", "at", "with", "or", "&",
    ];
    let title_case = (content_words <= 6 || content_words <= 9 && after_media_noun)
        && content.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || small.contains(&w)
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        });
    let introduced = last_before.is_some_and(|w| {
        [
            "it",
            "him",
            "her",
            "them",
            "as",
            "himself",
            "herself",
            "themselves",
            "me",
            "us",
        ]
        .contains(&w)
            || lex.speech_verb(w).is_some()
    });
    // Where a title stands: after a preposition, a possessive or a media
    // noun (`said on “Meet the Press.”`, `CNN’s “State of the Union,”`,
    // `the podcast “Here’s the Thing.”`), even with the sentence's
    // punctuation inside the marks.
    if title_case
        && !introduced
        && (kind == QuoteKind::Partial || attr.is_none() || after_media_noun)
        && (!content.ends_with([',', '.', '?', '!']) || title_slot)
    {
        return None;
    }
    if inherit && attr.as_ref().is_none_or(|a| a.mention.is_none()) {
        return Some((kind, Attribution::default()));
    }
    let attr = attr.unwrap_or_default();
    if kind == QuoteKind::Partial && attr.mention.is_none() {
        // A quoted phrase with no speech verb in its sentence is a scare
        // quote, a nickname or a title, not a statement.
        return None;
    }
    if kind == QuoteKind::Partial && content_words <= 5 {
        // Titles: "the “Access Hollywood” tape" (every word capitalised after
        // a determiner, no characterising verb).
        let all_caps = content
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
        let after_det =
            last_before.is_some_and(|w| ["the", "The", "his", "her", "their", "its"].contains(&w));
        if all_caps && after_det && !attr.characterising {
            return None;
        }
    }
    Some((kind, attr))
}
