//! Bodies as speakers: firms, ministries, papers and reports speak as
//! `it`, `the company`, `the daily`, never as `he` or `she`. What marks a
//! name or a description as a body ([`marks_body`]), and the body whose
//! statement an article's first sentence reports ([`lead_firm`],
//! [`opens_as_subject`]), for the registry's `it` and `the company`.

use crate::lexicon::Lexicon;
use crate::segment::Token;

use super::names::{
    honorific, hyphen_descriptor, is_body, is_firm_word, is_nationality_adjective, is_party,
    is_possessive, is_stop, pronoun, single_spaced, sole, strip_possessive,
};
use super::words::is_cap;

/// True when `name`, written at byte `at` of `text` where the article
/// opens, is followed by a verb (after a ticker such as `<DARTA.O>`): the
/// article's first sentence is about it.
pub(super) fn opens_as_subject(text: &str, name: &str, at: usize) -> bool {
    let head: String = text
        .get(at..)
        .unwrap_or("")
        .chars()
        .take(name.len() + 40)
        .collect();
    let head = single_spaced(&head);
    let Some(rest) = head.strip_prefix(name) else {
        return false;
    };
    let rest = rest.trim_start();
    let rest = match rest.strip_prefix('<').and_then(|r| r.split_once('>')) {
        Some((_, after)) => after.trim_start(),
        None => rest,
    };
    matches!(
        rest.split([' ', ',']).next().unwrap_or(""),
        "said" | "says" | "has" | "have" | "is" | "will" | "announced" | "reported" | "agreed"
    )
}

/// The name of the body the article's first sentence reports (see
/// [`super::registry::Registry::lead_firm`]): capitalised words (and `and`, `&`, a firm
/// word in lower case) right before `said`, `says`, `has said` or `said
/// it`, a ticker in angle brackets skipped; not a person's name (a known
/// first name, a title, an honorific) nor a pronoun.
pub(super) fn lead_firm(text: &str, lead: usize, lex: &Lexicon) -> Option<String> {
    let first = text.get(lead..)?;
    let end = first
        .find(". ")
        .into_iter()
        .chain(first.find(".\n"))
        .min()
        .unwrap_or(first.len())
        .min(400);
    let sentence = first.get(..end)?;
    // (Most first sentences hold no `said`: no tokens needed.)
    if !sentence.contains(" said") && !sentence.contains(" says") {
        return None;
    }
    let toks: Vec<Token> = crate::segment::tokens(sentence, 0..sentence.len());
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.word)
            .and_then(|t| sentence.get(t.span.clone()))
    };
    let verb = (0..toks.len()).find(|&k| matches!(word(k), Some("said" | "says")))?;
    // Back over `has`, a ticker `<BAYG.F>`, then the name.
    let mut k = verb;
    if k > 0 && word(k - 1) == Some("has") {
        k -= 1;
    }
    if k > 0
        && toks
            .get(k - 1)
            .is_some_and(|t| sentence.get(t.span.clone()) == Some(">"))
    {
        k = (0..k - 1).rev().find(|&j| {
            toks.get(j)
                .is_some_and(|t| sentence.get(t.span.clone()) == Some("<"))
        })?;
    }
    let end_k = k;
    while k > 0 {
        let w = word(k - 1).unwrap_or("");
        let joins = matches!(w, "and" | "corp" | "inc" | "co")
            || toks
                .get(k - 1)
                .is_some_and(|t| sentence.get(t.span.clone()) == Some("&"));
        if is_cap(w)
            || joins
            || toks
                .get(k - 1)
                .is_some_and(|t| sentence.get(t.span.clone()) == Some("."))
                && k >= 2
                && word(k - 2).is_some_and(is_cap)
        {
            k -= 1;
        } else {
            break;
        }
    }
    // (Not starting on `and`: `… and Co said`.)
    while k < end_k && matches!(word(k), Some("and" | "corp" | "inc" | "co") | None) {
        k += 1;
    }
    if k >= end_k {
        return None;
    }
    let span = toks.get(k)?.span.start..toks.get(end_k - 1)?.span.end;
    let name = single_spaced(sentence.get(span)?).into_owned();
    let words: Vec<&str> = name.split(' ').collect();
    let first_word = words.first().copied().unwrap_or("");
    let person = words
        .iter()
        .any(|w| lex.first_name_gender(w).is_some() || lex.is_title(w) || honorific(w).is_some())
        || pronoun(first_word).is_some();
    // One word (`Microsoft`, `IBM`), or words a firm or body ends with
    // (`Bayer AG`, `Key Tronic corp`): not `Friedhelm Ost`.
    let body = match words.as_slice() {
        [one] => one.chars().count() >= 2,
        [.., last] => marks_body(&name) || matches!(*last, "corp" | "inc" | "co"),
        [] => false,
    };
    (!person && body && !is_stop(first_word)).then_some(name)
}

/// Nouns that make `the …` a body, a publication or a text, never a person.
const BODY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "bank",
    "group",
    "ministry",
    "department",
    "government",
    "administration",
    "committee",
    "commission",
    "council",
    "board",
    "agency",
    "office",
    "authority",
    "party",
    "union",
    "court",
    "police",
    "report",
    "statement",
    "study",
    "survey",
    "letter",
    "document",
    "memo",
    "newsletter",
    "paper",
    "newspaper",
    "daily",
    "weekly",
    "magazine",
    "journal",
    "network",
    "station",
    "broadcaster",
    "utility",
    "carrier",
    "airline",
    "automaker",
    "carmaker",
    "insurer",
    "lender",
    "retailer",
    "club",
    "team",
    "exchange",
    "institute",
    "fund",
    "trust",
    "association",
    "federation",
    "league",
    "organisation",
    "organization",
    "panel",
    "regulator",
    "watchdog",
    "subsidiary",
    "division",
    "unit",
    "country",
    "state",
    "city",
    "bill",
    "plan",
    "proposal",
    "communique",
    "declaration",
    "release",
    "filing",
    "prospectus",
    "website",
    "editorial",
    "article",
    "commentary",
    "broadcast",
    "radio",
    "television",
    "programme",
];

/// True when a name or description marks itself as a body rather than a
/// person or a place: a body's word last ([`is_body`]), a firm
/// word (`Inc`, `Bancorp`), an acronym (`MITI`, `OECD`), or `the` before
/// words that name no person (`the daily`, `the OECD`, not `the official`).
pub(super) fn marks_body(n: &str) -> bool {
    let acronym = |w: &str| {
        !w.contains(' ') && (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    let named_body = |w: &str| {
        let last = w.rsplit(' ').next().unwrap_or(w);
        is_body(w) || is_firm_word(last) || acronym(w)
    };
    // (`the` + a body's noun: most `the` descriptions are people, `the
    // cardinal`, `the Game`, `the second arbitrageur`.)
    match n.strip_prefix("the ").or_else(|| n.strip_prefix("The ")) {
        Some(rest) => {
            let head = rest.rsplit(' ').next().unwrap_or(rest);
            BODY_NOUNS.contains(&head.trim_end_matches(['.', ','])) || named_body(rest)
        }
        // `a statement issued by the Treasury`, not `a spokesman for
        // Midland Bank Plc`.
        None => match n.split_once(' ') {
            Some(("a" | "an" | "A" | "An", rest)) => {
                BODY_NOUNS.contains(&rest.split(' ').next().unwrap_or(rest))
            }
            _ => n.starts_with(char::is_uppercase) && named_body(n),
        },
    }
}

/// Nouns that head the names of bodies (`the ministry`, `the commission`).
const BODY_HEADS: &[&str] = &[
    "bank",
    "ministry",
    "commission",
    "committee",
    "council",
    "agency",
    "department",
    "union",
    "club",
    "party",
    "association",
    "federation",
    "institute",
    "board",
    "bureau",
    "authority",
    "organisation",
    "organization",
    "foundation",
    "fund",
    "tribunal",
];

/// `the ministry said` → the one body named before byte `at` whose name
/// has that noun capitalised (`the Ministry of International Trade and
/// Industry`, `the European Commission`, `the UK Independence Party`),
/// as written there; none when two different bodies fit, or only the bare
/// noun is written.
pub(super) fn named_body(text: &str, description: &str, at: usize) -> Option<String> {
    let noun = description.to_ascii_lowercase();
    // (`the central bank` → `Bank of Spain`.)
    let noun = match noun.strip_prefix("central ") {
        Some("bank") => "bank".to_string(),
        _ => noun,
    };
    if !BODY_HEADS.contains(&noun.as_str()) {
        return None;
    }
    let mut cap = noun.clone();
    if let Some(f) = cap.get_mut(..1) {
        f.make_ascii_uppercase();
    }
    let before = text.get(..at)?;
    let words: Vec<&str> = before.split_whitespace().collect();
    sole(
        words
            .iter()
            .enumerate()
            .filter(|(_, w)| bare(w) == cap)
            .filter_map(|(k, _)| body_name_around(&words, k)),
    )
}

/// `the firm said` after `copy protection firm Macrovision`: the one name
/// written right after a lower-case `firm` or `company` before byte `at`
/// (one to three capitalised words, to the first punctuation); none when
/// two different ones are, or when the name never speaks before `at`
/// (`Macrovision says`, `Umbro announced`; not `Netcraft found`, where
/// `the company` is another).
pub(super) fn firm_after_noun(text: &str, at: usize) -> Option<String> {
    let before = text.get(..at)?;
    let words: Vec<&str> = before.split_whitespace().collect();
    let speaks = |name: &str| {
        let short = name.rsplit_once(' ').map_or(name, |(a, _)| a);
        [name, short].iter().any(|n| {
            ["said", "says", "told", "added", "announced"]
                .iter()
                .any(|v| before.contains(&format!("{n} {v}")))
        })
    };
    let found = sole(
        words
            .iter()
            .enumerate()
            .filter(|(_, w)| matches!(**w, "firm" | "company"))
            .filter_map(|(k, _)| {
                let mut name = Vec::new();
                for w in words.get(k + 1..(k + 4).min(words.len()))? {
                    let b = bare(w);
                    if !is_cap(&b) || b == "The" {
                        break;
                    }
                    name.push(b);
                    if w.ends_with([',', '.', ';', ':', ')']) || is_possessive(w) {
                        break;
                    }
                }
                (!name.is_empty()).then(|| strip_possessive(&name.join(" ")).to_string())
            }),
    )?;
    speaks(&found).then_some(found)
}

/// A word as it counts in a name: without the punctuation around it.
fn bare(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&')
        .to_string()
}

/// The body name around its head noun at word `k` of `words`: capitalised
/// words before it (and `and`, `&`, `for` between them: `Securities and
/// Exchange Commission`), `of` and capitalised words after it (`Ministry
/// of Finance`); none for the bare noun.
fn body_name_around(words: &[&str], k: usize) -> Option<String> {
    let w = words.get(k)?;
    let mut s = k;
    while s > 0 {
        let Some(p) = words.get(s - 1) else {
            break;
        };
        let pb = bare(p);
        // (Not a place's adjective: `Washington-based`.)
        let ends_clause = p.ends_with([',', '.', ';', ':', ')'])
            || p.ends_with("'s")
            || p.ends_with("’s")
            || pb.ends_with("-based");
        let joins = matches!(pb.as_str(), "and" | "&" | "for") && s >= 2;
        if ends_clause || pb.is_empty() || !(is_cap(&pb) || joins) || pb == "The" {
            break;
        }
        s -= 1;
    }
    while words
        .get(s)
        .is_some_and(|w| matches!(bare(w).as_str(), "and" | "&" | "for"))
    {
        s += 1;
    }
    // `of` and capitalised words after it (`Ministry of Finance`).
    let mut e = k;
    if !w.ends_with([',', '.', ';', ':']) {
        let mut j = k + 1;
        while let Some(x) = words.get(j) {
            let xb = bare(x);
            // (Not an acronym in brackets: `(MITI)`.)
            if x.starts_with('(') {
                break;
            }
            let ok = if j == k + 1 {
                xb == "of"
            } else {
                is_cap(&xb) || matches!(xb.as_str(), "and" | "the") && j > k + 2
            };
            if !ok || xb.is_empty() {
                break;
            }
            if is_cap(&xb) {
                e = j;
            }
            if x.ends_with([',', '.', ';', ':']) {
                break;
            }
            j += 1;
        }
    }
    if s == k && e == k {
        return None;
    }
    Some(join_bare(words.get(s..=e).unwrap_or_default()))
}

/// Nouns that make `the …` a publication (an editorial is its paper's).
const PUBLICATION_NOUNS: &[&str] = &[
    "newspaper",
    "paper",
    "daily",
    "weekly",
    "magazine",
    "journal",
    "newsletter",
    "tabloid",
    "editorial",
];

/// Last words of the names of papers (`the Jakarta Post`, `China Daily`).
const PUBLICATION_NAMES: &[&str] = &[
    "Daily",
    "Times",
    "Post",
    "Telegraph",
    "Journal",
    "Review",
    "Herald",
    "Gazette",
    "Tribune",
    "Observer",
    "Guardian",
    "Chronicle",
    "Izvestia",
    "Pravda",
    "Economist",
    "News",
];

/// Lower-case words inside a paper's name (`Welt am Sonntag`).
fn name_particle(w: &str) -> bool {
    matches!(
        w,
        "am" | "de" | "del" | "der" | "di" | "du" | "la" | "le" | "of"
    )
}

/// `the magazine said` → the publication named last before byte `at`:
/// a name after its noun (`US magazine Mobile PC`, `the newspaper Welt
/// am Sonntag`, `The financial newsletter, Platow,`), before it (`The
/// official International Business newspaper`, `Euromoney magazine`), or
/// a paper's name (`the Jakarta Post`, `China Daily`). None when the
/// article names none (`a Chinese newspaper said … The paper said`).
pub(super) fn publication(text: &str, description: &str, at: usize) -> Option<String> {
    let noun = description.to_ascii_lowercase();
    if !PUBLICATION_NOUNS.contains(&noun.as_str()) {
        return None;
    }
    let before = text.get(..at)?;
    let words: Vec<&str> = before.split_whitespace().collect();
    // (Not `English-language`, nor the possessive of `Rolling Stone's`.)
    let cap = |w: &str| {
        let b = bare(w);
        is_cap(&b) && b != "The" && !hyphen_descriptor(&b)
    };
    let ends = |w: &str| w.ends_with([',', '.', ';', ':', ')']) || w.ends_with('"');
    // Capitalised words from `k` on (particles between), to a stop.
    let run_after = |mut k: usize| {
        let from = k;
        while let Some(w) = words.get(k) {
            let inner = k > from && name_particle(w) && words.get(k + 1).is_some_and(|n| cap(n));
            if !(cap(w) || inner) || k - from >= 5 {
                break;
            }
            k += 1;
            if ends(w) {
                break;
            }
        }
        (k > from).then(|| join(words.get(from..k).unwrap_or_default()))
    };
    // The first of the capitalised words right before word `k`.
    let run_start = |k: usize| {
        let mut s = k;
        while s > 0 && words.get(s - 1).is_some_and(|p| cap(p) && !ends(p)) {
            s -= 1;
        }
        s
    };
    let mut best: Option<String> = None;
    for (k, w) in words.iter().enumerate() {
        let b = bare(w);
        if PUBLICATION_NOUNS.contains(&b.as_str()) {
            // A name after the noun (`magazine Mobile PC`, `newsletter,
            // Platow,`), else before it (`Euromoney magazine`).
            let after = (!w.ends_with('.')).then(|| run_after(k + 1)).flatten();
            let before_noun = || {
                let s = run_start(k);
                // (`A Chinese newspaper`: a paper left unnamed.)
                let unnamed = words
                    .get(s)
                    .is_some_and(|f| matches!(bare(f).as_str(), "A" | "An"));
                (s < k && !unnamed).then(|| join(words.get(s..k).unwrap_or_default()))
            };
            if let Some(name) = after.or_else(before_noun) {
                best = Some(name);
            }
        } else if PUBLICATION_NAMES.contains(&b.as_str()) {
            // A paper's name: capitalised words ending in `Post`, `Daily`
            // (one word after `the`: `the Times`).
            let s = run_start(k);
            let after_the = s > 0
                && words
                    .get(s - 1)
                    .is_some_and(|p| bare(p).eq_ignore_ascii_case("the"));
            if s < k || after_the {
                // (And the capitalised words after it: `Daily News`.)
                let tail = (!ends(w)).then(|| run_after(k + 1)).flatten();
                let name = join(words.get(s..=k).unwrap_or_default());
                best = Some(match tail {
                    Some(t) => format!("{name} {t}"),
                    None => name,
                });
            }
        }
    }
    best
}

/// Words joined with one space, each without the punctuation around it.
fn join_bare(words: &[&str]) -> String {
    words.iter().map(|w| bare(w)).collect::<Vec<_>>().join(" ")
}

/// A paper's name from its words: [`join_bare`] without a possessive at
/// the end (`Rolling Stone's`).
fn join(words: &[&str]) -> String {
    strip_possessive(&join_bare(words)).to_string()
}

/// A word that dates or ranks a document before its noun (`an annual
/// report`, `its latest monthly report`); not `prepared`, `written`,
/// `joint`, `field`: the first try of the statement rule read `The Times
/// said Cook provided a written statement` as the paper's.
pub(super) fn dates_document(word: &str) -> bool {
    matches!(
        word,
        "annual"
            | "monthly"
            | "weekly"
            | "quarterly"
            | "half-yearly"
            | "semi-annual"
            | "latest"
            | "new"
    )
}

/// The name a document is called by before its noun (`World Bank` in `a
/// World Bank report`, `Tower Commission` in `the Tower Commission's
/// report`, `Hawkeye` in `Hawkeye's annual report`): the capitalised
/// words, at most four, between a determiner (none before a possessive
/// name and words that date the document, [`dates_document`]) and `noun`
/// in `phrase`; none when a word is a title or a word that
/// opens sentences or tells the time (`the March report`), a
/// nationality (or another people's adjective) or a party.
pub(super) fn document_name(phrase: &str, noun: &str, lex: &Lexicon) -> Option<String> {
    let head = phrase.strip_suffix(noun)?.trim_end();
    let mut words: Vec<&str> = head.split_whitespace().collect();
    // (A possessive name needs no determiner, and words that date the
    // document may follow it: `in Hawkeye's annual report`.)
    let possessive = words.iter().rposition(|w| is_possessive(w));
    if let Some(p) = possessive.filter(|&p| {
        words
            .get(p + 1..)
            .is_some_and(|r| r.iter().all(|w| dates_document(w)))
    }) {
        words.truncate(p + 1);
    }
    let owned = possessive.is_some_and(|p| p + 1 == words.len());
    let (det, rest) = words.split_first()?;
    let run = if matches!(*det, "a" | "an" | "the" | "A" | "An" | "The") {
        rest
    } else if owned {
        words.as_slice()
    } else {
        return None;
    };
    if run.is_empty() || run.len() > 4 {
        return None;
    }
    let last = strip_possessive(run.last()?);
    // (Nor a nationality or a party: `the French statement`, `the
    // Democrat report`.)
    let ok = |w: &str| {
        is_cap(w)
            && !is_stop(w)
            && !lex.is_title(w)
            && pronoun(w).is_none()
            && !is_nationality_adjective(w)
            && !is_party(w)
    };
    if !run.split_last()?.1.iter().all(|w| ok(w)) || !ok(last) {
        return None;
    }
    // (One adjective of a people, any people: `the Greek statement`, `the
    // Soviet report`, `the Japanese statement`.)
    let people = |w: &str| {
        ["ese", "ian", "ean", "ish"].iter().any(|e| w.ends_with(e))
            || matches!(
                w,
                "Greek"
                    | "Soviet"
                    | "Israeli"
                    | "Iraqi"
                    | "Saudi"
                    | "Pakistani"
                    | "Thai"
                    | "Arab"
                    | "Afghan"
                    | "Kuwaiti"
                    | "Qatari"
                    | "Omani"
                    | "Yemeni"
                    | "Cypriot"
            )
    };
    if run.len() == 1 && people(last) {
        return None;
    }
    let mut name = run.split_last()?.1.join(" ");
    if !name.is_empty() {
        name.push(' ');
    }
    name.push_str(last);
    Some(name)
}

/// The name of the nearest document called `noun` before byte `at`
/// (`according to a World Bank report`), by [`document_name`], that
/// `accept` takes (a body's, not `the Tower report` of Senator Tower).
pub(super) fn named_document(
    text: &str,
    noun: &str,
    at: usize,
    lex: &Lexicon,
    accept: impl Fn(&str) -> bool,
) -> Option<String> {
    let before = text.get(..at)?;
    before.rmatch_indices(noun).find_map(|(i, _)| {
        // (The noun as a word.)
        let after = before.get(i + noun.len()..)?;
        if after.starts_with(char::is_alphanumeric)
            || !before.get(..i)?.ends_with(char::is_whitespace)
        {
            return None;
        }
        // The six words before it, as one line of text.
        let head = before.get(..i)?.trim_end();
        let from = head
            .char_indices()
            .rev()
            .filter(|(_, c)| c.is_whitespace())
            .nth(5)
            .map_or(0, |(k, _)| k + 1);
        let phrase = single_spaced(before.get(from..i + noun.len())?);
        // (The shortest phrase from a determiner.)
        let words: Vec<&str> = phrase.split_whitespace().collect();
        (0..words.len()).rev().find_map(|k| {
            let tail = words.get(k..)?.join(" ");
            document_name(&tail, noun, lex).filter(|n| accept(n))
        })
    })
}
