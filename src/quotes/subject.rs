//! The person a recent sentence is about, for `he` / `she`: news text
//! names a person as a sentence's subject, then goes on with a pronoun
//! (`Harkin acknowledged …, but he said …`, `Mr Milburn told Today …
//! Pressed on benefits, he said …`). [`recent_subject`] finds that subject
//! in the sentences before a pronoun, so that it can win over a speaker
//! quoted before it.

use crate::lexicon::{Gender, Lexicon};
use crate::segment::{boundary_at_or_after, tokens, Token};

use super::extract::RawQuote;
use super::names;
use super::registry::Registry;
use super::window::ends_sentence;
use super::words::{is_cap, is_time_word, PREPOSITIONS};

/// Most bytes read back from the pronoun.
const LOOK_BACK: usize = 1000;
/// Bytes read before the last speaker's mention, for its sentence's start.
const SPEAKER_SENTENCE: usize = 300;
/// Most sentences read back.
const SENTENCES: usize = 4;
/// Tokens of a sentence's opening phrase (before a comma) read for the
/// subject after it.
const OPENING_TOKENS: usize = 8;
/// Tokens of an opening phrase that starts with a preposition or a
/// subordinating word (`But despite the danger of Japanese firms taking
/// their trade elsewhere in Europe, Howard said …`).
const ADVERBIAL_OPENING_TOKENS: usize = 16;
/// Conjunctions that may open a clause before its subject (`But he
/// added …`, `And Jarek Kujda says …`).
const CONJUNCTIONS: &[&str] = &["But", "And", "Yet", "So"];
/// Words that open an adverbial phrase (after a conjunction).
const ADVERBIAL_WORDS: &[&str] = &[
    "despite",
    "although",
    "though",
    "while",
    "whilst",
    "when",
    "after",
    "before",
    "since",
    "because",
    "unlike",
    "like",
    "during",
    "in",
    "on",
    "at",
    "for",
    "with",
    "without",
    "from",
    "under",
    "amid",
    "following",
];
/// Words that open a second opening phrase.
const OPENING_WORDS: &[&str] = &[
    "according",
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "speaking",
    "asked",
    "writing",
];
/// The subject starts within this many words of its sentence.
const SUBJECT_WORDS: usize = 6;

/// The subject of the nearest sentence before byte `at` that has a
/// person of `gender` as its subject (a capitalised name among the first
/// words of the sentence, before any verb; a `he`/`she` of the same
/// gender as subject passes on to the sentence before), skipping text
/// inside quotes. Returns the name as written and its offset.
pub(super) fn recent_subject(
    text: &str,
    at: usize,
    raws: &[RawQuote],
    registry: &Registry,
    lex: &Lexicon,
    gender: Option<Gender>,
) -> Option<(String, usize)> {
    // Only a subject after the last speaker's mention can win over that
    // speaker: nothing is read before the sentence of that mention (taken
    // to start at most SPEAKER_SENTENCE bytes before it).
    let look = registry.last_speaker_at().map_or(LOOK_BACK, |l| {
        at.saturating_sub(l.saturating_sub(SPEAKER_SENTENCE))
            .min(LOOK_BACK)
    });
    subject_within(text, at, look, raws, registry, lex, gender).flatten()
}

/// [`recent_subject`] over the `look` bytes before `at`; `None` when a
/// sentence needed runs past their start (read further back).
fn subject_within(
    text: &str,
    at: usize,
    look: usize,
    raws: &[RawQuote],
    registry: &Registry,
    lex: &Lexicon,
    gender: Option<Gender>,
) -> Option<Option<(String, usize)>> {
    let from = boundary_at_or_after(text, at.saturating_sub(look));
    // The quotes in the window, as byte spans.
    let spans: Vec<(usize, usize)> = raws
        .iter()
        .map(|r| {
            (
                r.open.start,
                r.close.as_ref().map_or(r.content.end, |c| c.end),
            )
        })
        .filter(|&(s, e)| e > from && s < at)
        .collect();
    let quoted = |t: &Token| {
        spans
            .iter()
            .any(|&(s, e)| t.span.start >= s && t.span.start < e)
    };
    let all = tokens(text, from..at);
    let is_mark = |t: &Token| {
        !t.word
            && matches!(
                text.get(t.span.clone()),
                Some("\"" | "“" | "”" | "'" | "’" | "‘")
            )
    };
    // Quoted text is skipped, but the stop that ends a quoted sentence
    // (`Kuznetsova said: “… the way it did.” Eerdekens said …`) still ends
    // the sentence around it.
    let toks: Vec<Token> = all
        .iter()
        .enumerate()
        .filter(|&(k, t)| {
            !quoted(t)
                || ends_sentence(text, &all, k)
                    && all
                        .get(k + 1..)
                        .unwrap_or(&[])
                        .iter()
                        .find(|n| !is_mark(n))
                        .is_none_or(|n| !quoted(n))
        })
        .map(|(_, t)| t.clone())
        .collect();
    // `…, he said`: the sentence before the pronoun is what he said, its
    // subject not his antecedent.
    let tail = text.get(..at).is_some_and(|b| b.trim_end().ends_with(','));
    // Sentence starts, last first.
    let mut end = toks.len();
    let mut through_pronoun = false;
    let mut n = 0;
    while n < SENTENCES {
        if end == 0 {
            return Some(None);
        }
        let start = (0..end.saturating_sub(1))
            .rev()
            .find(|&i| ends_sentence(text, &toks, i))
            .map_or(0, |i| i + 1);
        // (A sentence cut by the window's start: give up.)
        if start == 0 && from > 0 {
            return Some(None);
        }
        let sentence = toks.get(start..end).unwrap_or(&[]);
        // (All in quotes, but for its stop: not a sentence of the
        // reporter's.)
        if n > 0 && !sentence.iter().any(|t| t.word) {
            end = start;
            continue;
        }
        n += 1;
        if n == 1 && tail {
            end = start;
            continue;
        }
        // `Jardine decided …, Keswick said.`: the sentence is Keswick's.
        let reported = reporter_at_end(text, sentence);
        // (`…, an ONGC spokesman said.`: an unnamed description.)
        let described = reported
            .is_none()
            .then(|| described_at_end(text, sentence))
            .flatten()
            .filter(|(d, _)| {
                names::description_gender(d).is_none_or(|g| gender.is_none_or(|want| want == g))
            });
        let reported = reported.or(described.as_ref().map(|_| sentence.len()));
        let mut found = match described {
            Some(d) => Subject::Described(d),
            None => subject_of(
                text,
                sentence.get(reported.unwrap_or(0)..).unwrap_or(&[]),
                registry,
                lex,
                gender,
            ),
        };
        // A phrase before a comma opens the sentence (`Last week, the
        // F.B.I. director, James B. Comey, recommended …`): the subject
        // follows it.
        // (A second opening phrase after it when it starts with a
        // preposition: `But later on Saturday, according to The
        // Independent, Wenger spoke …`.)
        let comma_in = |from: usize| {
            // (The first word, past a conjunction, says how long the
            // phrase may be.)
            let mut words = sentence
                .get(from..)
                .unwrap_or(&[])
                .iter()
                .filter(|t| t.word)
                .filter_map(|t| text.get(t.span.clone()));
            let first = words.next().filter(|w| !CONJUNCTIONS.contains(w));
            let opener = first.or_else(|| words.next()).unwrap_or("");
            let adverbial = ADVERBIAL_WORDS.contains(&opener.to_ascii_lowercase().as_str());
            sentence
                .iter()
                .enumerate()
                .skip(from)
                .take(if adverbial {
                    ADVERBIAL_OPENING_TOKENS
                } else {
                    OPENING_TOKENS
                })
                .find(|(_, t)| !t.word && text.get(t.span.clone()) == Some(","))
                .map(|(c, _)| c)
        };
        let mut from = 0;
        for round in 0..2 {
            if reported.is_some() || !matches!(found, Subject::None) {
                break;
            }
            let Some(c) = comma_in(from) else { break };
            let opens_phrase = sentence
                .get(from)
                .and_then(|t| text.get(t.span.clone()))
                .is_some_and(|w| OPENING_WORDS.contains(&w.to_ascii_lowercase().as_str()));
            if round == 1 && !opens_phrase {
                break;
            }
            found = subject_of(
                text,
                sentence.get(c + 1..).unwrap_or(&[]),
                registry,
                lex,
                gender,
            );
            from = c + 1;
        }
        // `Ireland have been boosted by the return of star skipper Brian
        // O'Driscoll who missed the Scotland game …. “…,” he said`: with no
        // subject of its own, the sentence before the pronoun's is about a
        // named person it gives a `who` clause, of the pronoun's gender.
        if matches!(found, Subject::None) && n == 1 + usize::from(tail) {
            if let Some(p) = named_with_who(text, sentence, registry, lex, gender) {
                found = Subject::Person(p);
            }
        }
        match found {
            Subject::Person(found) => return Some(Some(found)),
            Subject::Unknown(found) | Subject::Opening(found) if through_pronoun => {
                return Some(Some(found))
            }
            // (A name that opens the sentence right before the pronoun's, or
            // its own: its person, whatever the gender.)
            Subject::Opening(found) if n <= 1 + usize::from(tail) => return Some(Some(found)),
            // For a description of no gender, the surname of a person the
            // article names in full (`Matchwinner Keane was …. “…,” said
            // the Tottenham striker`), not any capitalised run (`Double
            // Olympic`).
            Subject::Unknown((run, at)) | Subject::Opening((run, at)) if gender.is_none() => {
                let last = run.rsplit(' ').next().unwrap_or(&run);
                let known = registry.knows_surname(last);
                return Some(known.then(|| (last.to_string(), at + run.len() - last.len())));
            }
            Subject::Described(found) if n <= 2 + usize::from(tail) || through_pronoun => {
                return Some(Some(found))
            }
            Subject::Other | Subject::Unknown(_) | Subject::Opening(_) | Subject::Described(_) => {
                return Some(None)
            }
            Subject::Pronoun => through_pronoun = true,
            // (The chain of pronouns holds from one sentence to the next.)
            Subject::None | Subject::Several => through_pronoun = false,
        }
        end = start;
    }
    Some(None)
}

/// True when the text before byte `at` introduces someone by the person's
/// noun `noun` after an indefinite determiner (`a board spokesman`, `One
/// trader`), at most two words between.
fn introduced_indefinitely(text: &str, at: usize, noun: &str) -> bool {
    let words: Vec<&str> = text
        .get(..at)
        .unwrap_or("")
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        *w == noun
            && (i.saturating_sub(3)..i).any(|k| {
                words
                    .get(k)
                    .is_some_and(|d| matches!(*d, "a" | "an" | "A" | "An" | "one" | "One"))
            })
    })
}

enum Subject {
    /// A person of the pronoun's gender: the name and its offset.
    Person((String, usize)),
    /// Another person: the pronoun is not about an earlier one.
    Other,
    /// A description of someone unnamed (`A Western banker`, `An
    /// official`, or `The spokesman` after `a board spokesman`) and its
    /// offset: the antecedent when its sentence is one of the two before
    /// the pronoun's (`A leading Spanish broker said …. The consumer price
    /// index rose …. “…,” he said`) or the pronouns since lead to it
    /// (`One foreign analyst said …. He said …. “…,” he added`), else as
    /// [`Subject::Other`].
    Described((String, usize)),
    /// A name of no known gender and no title (`Imelda Staunton`): the
    /// sentence is about it; the pronoun's only after a sentence whose
    /// subject was the same pronoun (`Eerdekens said …. He conceded ….
    /// “…,” he said`).
    Unknown((String, usize)),
    /// Such a name, or the surname of one the article gave in full, that
    /// opens its clause (`Shami Chakrabarti, director of …, said ….
    /// She said …`, `Hal Richards …. Richards declined …, but he said
    /// …`; [`opening_person`]): as
    /// [`Subject::Unknown`], and the pronoun's when its sentence is the
    /// one right before the pronoun's, or the pronoun's own.
    Opening((String, usize)),
    /// The same pronoun: look further back.
    Pronoun,
    /// Several people (a list of names): look further back, not after a
    /// comma in the list.
    Several,
    /// No person as subject.
    None,
}

/// A run of capitalised words that reads as a person's full name: two
/// words or more, each with a lower-case letter (not `FRN`, `U.K.`), none
/// a title or a capitalised person noun (`U.S. Secretary`, `U.K.
/// Chancellor`), not ending in a nationality (`West German`).
fn person_like(run: &str, lex: &Lexicon) -> bool {
    const NATIONALITIES: &[&str] = &[
        "German",
        "French",
        "Dutch",
        "Swiss",
        "Soviet",
        "Russian",
        "Italian",
        "European",
        "Canadian",
        "Mexican",
        "Israeli",
        "Arab",
        "Indian",
        "Iranian",
        "Iraqi",
        "Korean",
        "African",
        "Asian",
        "American",
        "Brazilian",
        "Australian",
    ];
    let words: Vec<&str> = run.split_whitespace().collect();
    words.len() >= 2
        && words.iter().all(|w| {
            is_cap(w)
                && w.len() >= 2
                && w.bytes().any(|b| b.is_ascii_lowercase())
                && !w.contains('.')
                && !lex.is_title(w)
                && !names::is_capitalised_person_noun(w)
        })
        && words.last().is_some_and(|l| {
            !NATIONALITIES.contains(l) && !l.ends_with("ese") && !l.ends_with("ish")
        })
}

/// The person an indefinite description of a person (`a leading
/// industry figure`, `a Labour backbencher`) at byte `at` of the
/// article's first paragraph stands for, when the sentence after it
/// opens with that person's full name and then a comma or a verb of
/// speech (`Tim Renner, the head of …, told …`, `Derek Wyatt said …`),
/// its first word a first name: the name and its offset.
pub(super) fn named_next(text: &str, m: &str, at: usize, lex: &Lexicon) -> Option<(String, usize)> {
    let words: Vec<&str> = m.split_whitespace().collect();
    let indefinite = matches!(words.first(), Some(&"a" | &"an" | &"A" | &"An"))
        && words.last().is_some_and(|w| {
            let w = w.to_ascii_lowercase();
            names::is_role_noun(&w)
                || matches!(
                    w.as_str(),
                    "figure" | "insider" | "source" | "mp" | "mep" | "msp"
                )
        });
    // (The first paragraph: no blank line, no indented line before.)
    let before = text.get(..at)?;
    if !indefinite || before.contains("\n\n") || before.contains("\n ") {
        return None;
    }
    // The sentence after the mention's.
    let after = at + m.len();
    let stop = after + text.get(after..)?.find(['.', '!', '?'])? + 1;
    let rest = text.get(stop..)?;
    let start = stop + (rest.len() - rest.trim_start().len());
    let next = text.get(start..)?;
    // Up to four capitalised words, to a comma or the first other word.
    let (mut end, mut from, mut n) = (start, start, 0);
    for w in next.split(' ') {
        let bare = w.trim_end_matches(',');
        if n == 4 || !is_cap(bare) || lex.is_title(bare) || names::is_stop(bare) {
            break;
        }
        n += 1;
        end = from + bare.len();
        from += w.len() + 1;
        if bare.len() < w.len() {
            break;
        }
    }
    let name = text.get(start..end)?;
    let after_name = text.get(end..)?.trim_start();
    let follows = after_name.starts_with(',')
        || after_name
            .split_whitespace()
            .next()
            .is_some_and(|v| lex.speech_verb(v).is_some());
    // (A person's name: its first word a first name, not `Nihon Keizai
    // Shinbun` or `Rowe Price Associates`.)
    let first_name = name
        .split(' ')
        .next()
        .is_some_and(|f| lex.first_name_gender(f).is_some());
    (n >= 2 && follows && first_name && person_like(name, lex)).then(|| (name.to_string(), start))
}

/// True when word `k` of `words` opens its clause: the first word, or
/// the second after a conjunction (`But he added …`).
fn opens_clause(words: &[(&str, usize, usize)], k: usize) -> bool {
    k == 0
        || k == 1
            && words
                .first()
                .is_some_and(|(x, _, _)| CONJUNCTIONS.contains(x))
}

/// True when `run` (at `span` of `text`), a name of no known gender that
/// opens its clause, is a person's ([`Subject::Opening`]): a surname of a
/// full name the article gave (`Hal Richards …. Richards declined …`;
/// not `The Olympic champion` after the junk name `Double Olympic`), or a
/// full name (`person`: [`person_like`]) that opens the sentence itself,
/// not a part after a comma (`said William Raftery of Smith Barney,
/// Harris Upham and Co.`), with an apposition or a verb of speech after
/// it, not a role it qualifies (`Great Ormond Street Hospital professor
/// of child health, Al Aynsley-Green`) nor a verb of a firm (`Atlantic
/// Richfield rose`).
fn opening_person(
    text: &str,
    run: &str,
    span: std::ops::Range<usize>,
    person: bool,
    registry: &Registry,
    lex: &Lexicon,
) -> bool {
    if !run.contains(' ') {
        let full = registry.canonical(run, lex);
        let first_word = full.split(' ').next().unwrap_or("");
        return full.contains(' ')
            && person_like(&full, lex)
            && !names::is_stop(first_word)
            && !is_time_word(first_word)
            && !matches!(first_word, "Today" | "Yesterday" | "Tonight");
    }
    person
        // (Not `Like Makaeff, …, Roffman doesn't …`.)
        && !run
            .split(' ')
            .next()
            .is_some_and(|f| ADVERBIAL_WORDS.contains(&f.to_ascii_lowercase().as_str()))
        && text.get(..span.start).is_some_and(|b| {
            let b = b.trim_end();
            b.is_empty()
                || b.ends_with(['.', '!', '?', '"', '”', '\''])
                || CONJUNCTIONS.iter().any(|c| b.ends_with(c))
        })
        && text.get(span.end..).is_some_and(|a| {
            let a = a.trim_start();
            a.starts_with(',')
                || a.split_whitespace()
                    .next()
                    .is_some_and(|x| lex.speech_verb(x.trim_end_matches(',')).is_some())
        })
}

/// True when the name that ends at word `j` opens a list of three names
/// or more (`Hudell, Keenan and Tillen`): the subject is several people.
/// (Not two, `Tony Blair and Gordon Brown …. As he told journalists`:
/// the first is often the one the article goes on about.)
fn coordinated(text: &str, words: &[(&str, usize, usize)], j: usize) -> bool {
    let mut listed = false;
    for i in j + 1..j + 12 {
        let (Some(prev), Some(&(w, start, _))) = (words.get(i - 1), words.get(i)) else {
            return false;
        };
        let gap = text.get(prev.2..start).unwrap_or("");
        if !gap.chars().all(|c| c.is_whitespace() || c == ',') {
            return false;
        }
        if matches!(w, "and" | "or") {
            return listed && words.get(i + 1).is_some_and(|(x, _, _)| is_cap(x));
        }
        if !is_cap(w) || !(listed || gap.contains(',')) {
            return false;
        }
        listed = true;
    }
    false
}

/// The token where the speaker of a sentence of reported speech starts,
/// when the sentence ends with its attribution after a comma (`…, Keswick
/// said.`): one to four capitalised words, a speech verb, the stop.
fn reporter_at_end(text: &str, sentence: &[Token]) -> Option<usize> {
    let word = |t: &Token| text.get(t.span.clone()).unwrap_or("");
    // (A person's verbs: not `Tehran Radio reported`.)
    let end = verb_at_end(
        text,
        sentence,
        &[
            "said",
            "says",
            "added",
            "adds",
            "noted",
            "explained",
            "insisted",
            "argued",
        ],
    )?;
    let names = (1..=4)
        .take_while(|&n| {
            end > n + 1
                && sentence
                    .get(end - 1 - n)
                    .is_some_and(|t| t.word && is_cap(word(t)))
        })
        .last()?;
    let start = end - 1 - names;
    let comma = sentence.get(start.checked_sub(1)?)?;
    (!comma.word && word(comma) == ",").then_some(start)
}

/// The end of `sentence` without its stop, when the word before that end
/// is one of `verbs` (`…, Keswick said.`).
fn verb_at_end(text: &str, sentence: &[Token], verbs: &[&str]) -> Option<usize> {
    let mut end = sentence.len();
    if sentence.last().is_some_and(|t| !t.word) {
        end -= 1;
    }
    let verb = sentence.get(end.checked_sub(1)?)?;
    let said = text
        .get(verb.span.clone())
        .is_some_and(|w| verbs.contains(&w));
    (verb.word && said).then_some(end)
}

/// `…, an ONGC spokesman said.` / `…, one trader added.`: a sentence
/// that ends with a comma, an indefinite description of a person (`a`,
/// `an`, `one`, at most three words, a role noun last) and a verb of
/// speech; the description and its offset. (Only at the sentence's end:
/// `Ian Fogg, an analyst at Jupiter, said …` is an apposition.)
fn described_at_end(text: &str, sentence: &[Token]) -> Option<(String, usize)> {
    let word = |t: &Token| text.get(t.span.clone()).unwrap_or("");
    let end = verb_at_end(text, sentence, &["said", "says", "added", "adds", "noted"])?;
    let noun = sentence.get(end.checked_sub(2)?)?;
    if !noun.word || !names::is_role_noun(word(noun)) || is_cap(word(noun)) {
        return None;
    }
    let det = (end.saturating_sub(6)..end - 2).rev().find(|&k| {
        sentence
            .get(k)
            .is_some_and(|t| t.word && matches!(word(t), "a" | "an" | "one"))
    })?;
    // (Words between: a body's name or adjectives, no punctuation.)
    if !(det + 1..end - 2).all(|k| sentence.get(k).is_some_and(|t| t.word)) {
        return None;
    }
    let comma = sentence.get(det.checked_sub(1)?)?;
    if comma.word || word(comma) != "," {
        return None;
    }
    let (from, to) = (sentence.get(det)?.span.start, noun.span.end);
    Some((text.get(from..to)?.to_string(), from))
}

/// The last full name written right after one of `adjectives` before
/// byte `at` (`Argentine David Nalbandian`): two capitalised words or
/// more, and the offset of the name.
pub(super) fn named_after_adjective(
    text: &str,
    at: usize,
    adjectives: &[&str],
) -> Option<(String, usize)> {
    let before = text.get(..at)?;
    let mut found = None;
    for adjective in adjectives {
        for (i, _) in before.match_indices(adjective) {
            let open = before
                .get(..i)
                .is_some_and(|b| b.is_empty() || b.ends_with([' ', '\n']));
            let rest = before.get(i + adjective.len()..).unwrap_or("");
            if !open || !rest.starts_with(' ') {
                continue;
            }
            let from = i + adjective.len() + 1;
            let name: Vec<&str> = rest
                .split_whitespace()
                .take_while(|w| is_cap(w) && w.chars().all(|c| c.is_alphabetic() || c == '\''))
                .collect();
            if name.len() >= 2 && found.as_ref().is_none_or(|(_, f)| from > *f) {
                found = Some((name.join(" "), from));
            }
        }
    }
    found
}

/// True when the article gives the person `name` a nationality not among
/// `adjectives`: such an adjective within four words before or after the
/// name's last word (`Swiss star Federer`, `Federer himself, the Swiss
/// star`), anywhere in the text.
pub(super) fn other_nationality(text: &str, name: &str, adjectives: &[&str]) -> bool {
    let Some(last) = name.split_whitespace().next_back() else {
        return false;
    };
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        *w == last
            && (i.saturating_sub(4)..(i + 5).min(words.len())).any(|k| {
                words
                    .get(k)
                    .is_some_and(|x| names::is_nationality_adjective(x) && !adjectives.contains(x))
            })
    })
}

/// The one person named right before a `who` in `toks` (`Brian O'Driscoll
/// who missed …`, `Tom Smith, who …`): a run of capitalised words of two
/// or more, whose surname the article knows, of gender `gender` (which
/// the article or the first-name list gives it): the name and its offset.
fn named_with_who(
    text: &str,
    toks: &[Token],
    registry: &Registry,
    lex: &Lexicon,
    gender: Option<Gender>,
) -> Option<(String, usize)> {
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.word)
            .and_then(|t| text.get(t.span.clone()))
    };
    let mut found: Option<(String, usize)> = None;
    for (k, t) in toks.iter().enumerate() {
        if !t.word || text.get(t.span.clone()) != Some("who") || k == 0 {
            continue;
        }
        // (A `who` with no name before it is passed over, not the end of
        // the search.)
        let comma = toks
            .get(k - 1)
            .is_some_and(|p| !p.word && text.get(p.span.clone()) == Some(","));
        let Some(end) = k.checked_sub(1 + usize::from(comma)) else {
            continue;
        };
        let Some(start) = (0..=end)
            .rev()
            .take_while(|&i| word(i).is_some_and(|x| is_cap(x) && !lex.is_title(x)))
            .last()
        else {
            continue;
        };
        // (Not a name after a preposition: `a longtime adviser to Barack
        // Obama who`, `on Fox News who`; nor a body.)
        let after_prep = start
            .checked_sub(1)
            .and_then(word)
            .is_some_and(|x| PREPOSITIONS.contains(&x));
        if end < start + 1 || after_prep {
            continue;
        }
        let (a, b) = (toks.get(start)?.span.start, toks.get(end)?.span.end);
        let name = text.get(a..b)?;
        let last = word(end)?;
        if !registry.knows_surname(last) || names::is_organisation(name) {
            continue;
        }
        // (A person the article or the first-name list gives the
        // pronoun's gender: not `Mexican outfit Red Sharks Veracruz, who`.)
        if gender.is_none() || registry.gender_of_mention(name, lex) != gender {
            continue;
        }
        if found.is_some() {
            return None;
        }
        found = Some((name.to_string(), a));
    }
    found
}

/// The subject of one sentence's tokens.
fn subject_of(
    text: &str,
    toks: &[Token],
    registry: &Registry,
    lex: &Lexicon,
    gender: Option<Gender>,
) -> Subject {
    let words: Vec<(&str, usize, usize)> = toks
        .iter()
        .filter(|t| t.word)
        .filter_map(|t| Some((text.get(t.span.clone())?, t.span.start, t.span.end)))
        .collect();
    // (`Under My Ask Jeeves users can search …`: a preposition and a name
    // open the sentence with no comma after them; the subject comes after
    // them, and is no person this reading can tell. With a comma the
    // opening phrase is read apart: `For Rick Dean, …, a high-definition
    // future is …`.)
    let comma = toks
        .iter()
        .take(OPENING_TOKENS)
        .any(|t| !t.word && text.get(t.span.clone()) == Some(","));
    if !comma
        && words.first().is_some_and(|(w, _, _)| {
            matches!(
                *w,
                "Under" | "In" | "On" | "At" | "For" | "With" | "From" | "Through"
            )
        })
        && words.get(1).is_some_and(|(w, _, _)| is_cap(w))
    {
        return Subject::None;
    }
    // A description as subject (`One bank official said …`, `The
    // spokesman added …`): someone else.
    let described = words.first().is_some_and(|(w, _, _)| {
        matches!(
            *w,
            "One" | "A" | "An" | "Another" | "The" | "Some" | "Two" | "Three"
        )
    }) && (1..4).any(|i| {
        words.get(i).is_some_and(|(w, _, _)| names::is_role_noun(w))
            && !words.get(i + 1).is_some_and(|(x, _, _)| is_cap(x))
    });
    if described {
        // `The mayor said …` after `Mayor Jiang Zemin`: the one person the
        // article gave that title, else someone else.
        let role = (1..4).find(|&i| words.get(i).is_some_and(|(w, _, _)| names::is_role_noun(w)));
        let titled = role
            .filter(|_| words.first().is_some_and(|(w, _, _)| *w == "The"))
            .and_then(|i| {
                let title: Vec<String> = words
                    .get(1..=i)?
                    .iter()
                    .map(|(w, _, _)| w.to_lowercase())
                    .collect();
                // (A party's title is marked as the registry marks it:
                // `The Tory leader` is `@tory leader`.)
                let party = i > 1 && words.get(1).is_some_and(|(w, _, _)| names::is_party(w));
                let title = title.join(" ");
                let title = if party { format!("@{title}") } else { title };
                let at = words.first()?.1;
                Some((registry.resolve_title(&title, at)?, at))
            });
        return match titled {
            Some((name, at)) => match registry.gender_of_mention(&name, lex) {
                Some(g) if gender.is_some_and(|want| want != g) => Subject::Other,
                _ => Subject::Person((name, at)),
            },
            // (`A Western banker said …. "…," he said`: the description
            // itself, when its noun has no other gender.)
            None => {
                let desc = role.and_then(|i| {
                    let (first, at, _) = words.first()?;
                    let (noun, _, end) = words.get(i)?;
                    // (Only an indefinite one, `A Western banker`, `One
                    // dealer`: `The TV host` is someone the article named.)
                    // (And a lower-case noun: not `A U.S. Banker`.)
                    // (A definite one the article introduced as an
                    // indefinite one: `a board spokesman said …. The
                    // spokesman declined …`.)
                    let d = text.get(*at..*end)?;
                    let indefinite = *first != "The" || introduced_indefinitely(text, *at, noun);
                    (indefinite && !is_cap(noun)).then(|| (d.to_string(), *at))
                });
                match desc {
                    Some((d, at))
                        if names::description_gender(&d)
                            .is_none_or(|g| gender.is_none_or(|want| want == g)) =>
                    {
                        Subject::Described((d, at))
                    }
                    _ => Subject::Other,
                }
            }
        };
    }
    // A lower-case person's noun at word `i`, a name after it.
    let noun_before_name = |i: usize| {
        words.get(i).is_some_and(|(x, _, _)| {
            !is_cap(x) && (lex.is_title(x) || names::is_person_description(x))
        }) && words.get(i + 1).is_some_and(|(x, _, _)| is_cap(x))
    };
    let mut k = 0;
    // Start of the capitalised titles just before the current word (`Sir`,
    // `Prof`), which the name keeps for its resolution (`Sir Ian`).
    let mut titles_from: Option<usize> = None;
    let mut titled = false;
    // The gender of a person's noun right before the name (`Scissor
    // Sisters frontwoman Ana Matronic`).
    let mut noun_gender = None;
    while let Some(&(w, start, _)) = words.get(k) {
        if k >= SUBJECT_WORDS {
            return Subject::None;
        }
        if let Some(g) = names::pronoun(w) {
            // (Either pronoun, for a description of no gender.)
            let fits = g.is_some() && (gender.is_none() || g == gender);
            // (After a conjunction too: `But he added that …`.)
            return if fits && opens_clause(&words, k) {
                Subject::Pronoun
            } else {
                Subject::None
            };
        }
        if is_cap(w) && !lex.is_title(w) && !names::is_stop(w) {
            // A run of capitalised words (and initials): a name? A
            // possessive inside it ends a firm's part (`Kidder Peabody's
            // Kirnan`).
            let mut first = k;
            let mut j = k;
            loop {
                // (A name does not cross punctuation: not `Ultimately, Mr.
                // Clarke`.)
                let joined = match (words.get(j), words.get(j + 1)) {
                    (Some(a), Some(b)) => text
                        .get(a.2..b.1)
                        .is_some_and(|gap| gap.chars().all(|c| c.is_whitespace() || c == '.')),
                    _ => false,
                };
                if !joined {
                    break;
                }
                let next = words.get(j + 1).map(|w| w.0);
                let step = if next.is_some_and(|x| is_cap(x) || names::is_arabic_article_name(x)) {
                    1
                } else if next.is_some_and(|x| names::PARTICLES.contains(&x))
                    && words.get(j + 2).is_some_and(|(x, _, _)| is_cap(x))
                {
                    // `Jan de Vries`.
                    2
                } else {
                    break;
                };
                if words
                    .get(j)
                    .is_some_and(|(x, _, _)| names::is_possessive(x))
                {
                    first = j + 1;
                }
                j += step;
            }
            // A run before a person's noun and a name describes that name
            // (`Real Madrid midfielder David Beckham`, `Double Olympic
            // champion Hicham El Guerrouj`).
            if noun_before_name(j + 1) {
                k = j + 1;
                titles_from = None;
                titled = false;
                noun_gender = None;
                continue;
            }
            let start = words.get(first).map_or(start, |w| w.1);
            let end = words.get(j).map_or(start, |w| w.2);
            let run = text.get(start..end).unwrap_or("");
            let last = run.rsplit(' ').next().unwrap_or(run);
            let found = registry.gender_of_mention(run, lex).or(noun_gender);
            let body = names::is_organisation(run)
                || names::is_party(last)
                || matches!(last, "Dems" | "Tories")
                || names::is_possessive(last);
            let role = titled
                || registry
                    .title_of(run, lex)
                    .is_some_and(names::has_role_word);
            // One of several people (`Youngsters Ben Hudell, Joe Keenan
            // and Sam Tillen would be options`): no `he` or `she`; look
            // further back.
            if !body && gender.is_some() && coordinated(text, &words, j) {
                return Subject::Several;
            }
            if !body && (found.is_some() || role) {
                return match found {
                    Some(g) if gender.is_some_and(|want| want != g) => Subject::Other,
                    _ => {
                        // (Titles right before the name only: not `Director,
                        // David Caldwell`.)
                        let from = titles_from
                            .filter(|&f| {
                                first == k
                                    && text.get(f..start).is_some_and(|t| {
                                        t.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '.')
                                    })
                            })
                            .unwrap_or(start);
                        let named = text.get(from..end).unwrap_or(run);
                        Subject::Person((named.to_string(), from))
                    }
                };
            }
            // A name of no known gender and no title (`Imelda Staunton`,
            // `Consumer Electronics Show`): not this pronoun's, and the
            // sentence is about it.
            if !body && (run.contains(' ') || registry.knows_surname(run)) {
                let person = person_like(run, lex);
                let opening = opens_clause(&words, first)
                    && opening_person(text, run, start..end, person, registry, lex);
                return if opening {
                    Subject::Opening((run.to_string(), start))
                } else if person {
                    Subject::Unknown((run.to_string(), start))
                } else {
                    Subject::Other
                };
            }
            k = j + 1;
            titles_from = None;
            titled = false;
            noun_gender = None;
            continue;
        }
        let lower = w.to_ascii_lowercase();
        if is_cap(w) && lex.is_title(w) {
            titles_from.get_or_insert(start);
        } else {
            titles_from = None;
        }
        // (A role noun may be a verb, `Sale host Bath`: only titles tell
        // that a name follows.)
        // (Nor `Chief` or `General`, adjectives too: `Chief Soviet
        // negotiator`.)
        // (So does a person's noun before a name after a run that it
        // describes: `Franz Ferdinand frontman Alex Kapranos`.)
        // (A full name after it, two capitalised words: not `Bolton host
        // Arsenal`, `chief US economist`.)
        let described_name = noun_before_name(k)
            && words.get(k + 2).is_some_and(|(x, _, _)| is_cap(x))
            && w.chars().all(|c| c.is_ascii_lowercase())
            && names::is_person_description(w);
        titled = lex.is_title(w) && !matches!(lower.as_str(), "chief" | "general" | "former")
            || described_name;
        noun_gender = described_name
            .then(|| names::description_gender(w))
            .flatten();
        // Before the subject: titles, roles and a few descriptors only (a
        // verb or other word ends the search).
        // (And lower-case words of a portfolio before one: `sports
        // minister Claude Eerdekens`.)
        let portfolio = !is_cap(w)
            && w.chars().all(char::is_alphabetic)
            && !w.ends_with("ing")
            && !w.ends_with("ed")
            && (1..3).any(|d| {
                words.get(k + d).is_some_and(|(x, _, _)| {
                    (lex.is_title(x) || names::is_role_noun(x)) && !matches!(*x, "former" | "ex")
                }) && words.get(k + d + 1).is_some_and(|(x, _, _)| is_cap(x))
            });
        let descriptor = lex.is_title(w)
            || portfolio
            || noun_before_name(k)
            || names::is_role_noun(w)
            || names::is_stop(w)
            || matches!(
                lower.as_str(),
                "the" | "a" | "an" | "of" | "and" | "former" | "campaign" | "party" | "shadow"
            );
        if !descriptor {
            return Subject::None;
        }
        // A role not followed by a name is the subject (`One bank official
        // said …`): someone else.
        if names::is_role_noun(w) && !words.get(k + 1).is_some_and(|(x, _, _)| is_cap(x)) {
            return Subject::Other;
        }
        k += 1;
    }
    Subject::None
}
