//! Stage 3, quotes: every quotation in an article with its speaker.
//!
//! 1. [`extract`] finds quoted spans per paragraph (all mark styles,
//!    multi-paragraph quotes);
//! 2. [`attribute`] classifies each span (direct, partial, or a scare
//!    quote that is dropped) and finds its attribution text;
//! 3. this module resolves speakers: joint mentions are split, titles and
//!    tags stripped, surnames mapped to the full name seen in the article
//!    ([`names`]), pronouns bound to the last fitting named speaker, and a
//!    quote with no attribution of its own takes the speaker of its
//!    multi-paragraph chain, of its paragraph, or of the quote paragraph
//!    just before it;
//! 4. [`corpus`] carries speakers across articles, in input order (lone
//!    surnames, title descriptions), for the driver.
//!
//! Output spans are byte ranges into the article text; char offsets are
//! computed for the JSON output.

pub mod attribute;
mod bodies;
pub mod corpus;
pub mod extract;
pub mod names;
mod neuter;
mod phrase;
mod poll;
pub mod registry;
mod subject;
mod window;
mod words;

use crate::lexicon::{Gender, Lexicon};
use crate::segment::{paragraphs, Span};

pub use attribute::QuoteKind;

/// One quotation with its speaker.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Byte span of the quoted words (without the marks).
    pub span: Span,
    /// Index of the paragraph.
    pub paragraph: usize,
    /// Direct or partial.
    pub kind: QuoteKind,
    /// False when the quote runs on into the next paragraph.
    pub closed: bool,
    /// The attribution cue as written (`said`, `according to`), if any.
    pub cue: Option<String>,
    /// Canonical speaker (the first, for a joint statement).
    pub speaker: Option<String>,
    /// Every canonical speaker of a joint statement (one for most quotes).
    pub speakers: Vec<String>,
    /// The attribution text that names the speaker, as written.
    pub speaker_mention: Option<String>,
    /// Byte span of the mention (in this quote's own attribution or the one
    /// it inherited).
    pub speaker_span: Option<Span>,
    /// Role from an apposition (`former Justice Department official`).
    pub speaker_role: Option<String>,
    /// The title of a title description the article did not resolve
    /// (`prime minister` when the speaker is `the prime minister`); the
    /// run resolves it across articles ([`corpus::CorpusTitles`]).
    pub speaker_title: Option<String>,
}

/// A person an article names (a name of two or more words), with the
/// title written before the name, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// The name as the article's registry holds it (`Tony Blair`).
    pub name: String,
    /// Lower case (`prime minister`).
    pub title: Option<String>,
}

fn clean_role(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches(['.', ',', ';', ':']).trim();
    // "who is a former official" / "who heads the center" describe the
    // speaker; "whose members ..." or "who wrote the bill" do not.
    let s = if let Some(rest) = s
        .strip_prefix("who ")
        .or_else(|| s.strip_prefix("who now "))
    {
        let keep = [
            "is ",
            "was ",
            "heads ",
            "leads ",
            "chairs ",
            "runs ",
            "directs ",
            "represents ",
            "manages ",
            "serves as ",
        ];
        let k = keep.iter().find(|k| rest.starts_with(*k))?;
        if *k == "is " || *k == "was " {
            rest.get(k.len()..).unwrap_or("")
        } else {
            rest
        }
    } else if s.starts_with("whose ") || s.starts_with("which ") || s.starts_with("that ") {
        return None;
    } else {
        s
    };
    // "(D-Kans.), chairman of …": a party tag opens no role.
    let s = match s.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((_, rest)) => rest.trim_start_matches([',', ' ']),
        None => s,
    };
    let s = ["a ", "an ", "the ", "also ", "A ", "An ", "The "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s);
    // Not a role: a bare honorific or `who`, a place or occasion
    // (`in Huddersfield`, `speaking at Queen's Club`), another clause
    // (`adding that …`, `not at the meeting`).
    let first = s.split_whitespace().next().unwrap_or("");
    let bare = !s.contains(' ')
        && matches!(
            s.trim_end_matches('.'),
            "Dr" | "Lord"
                | "Lady"
                | "Baroness"
                | "Prof"
                | "Mr"
                | "Mrs"
                | "Ms"
                | "Sir"
                | "Dame"
                | "Rev"
                | "who"
        );
    let occasion = matches!(
        first,
        "in" | "on"
            | "at"
            | "of"
            | "for"
            | "to"
            | "by"
            | "with"
            | "not"
            | "however"
            | "when"
            | "while"
            | "after"
            | "before"
            | "during"
            | "according"
            | "said"
            | "says"
    ) || first.len() > 4
        && first.ends_with("ing")
        && first.chars().all(|c| c.is_ascii_lowercase())
        || matches!(
            first,
            "asked"
                | "quoted"
                | "cited"
                | "interviewed"
                | "writing"
                | "written"
                | "published"
                | "signed"
                | "released"
                | "issued"
                | "obtained"
                | "nicknamed"
                | "dubbed"
                | "known"
        );
    if bare || occasion {
        return None;
    }
    // "… at IBM, it was not": a clause after a comma is no part of it.
    let s = [
        ", it ", ", he ", ", she ", ", they ", ", we ", ", I ", ", who ", ", which ",
    ]
    .iter()
    .filter_map(|p| s.find(p))
    .min()
    .and_then(|i| s.get(..i))
    .unwrap_or(s);
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// Extract every quote of an article, in text order, with speakers.
pub fn extract_quotes(text: &str, lex: &Lexicon) -> Vec<Quote> {
    extract_article(text, lex).0
}

/// [`extract_quotes`], and the people the article names: all of them when
/// a quote's speaker is a title description left unresolved, else only
/// those with a title (what the run learns titles from).
pub fn extract_article(text: &str, lex: &Lexicon) -> (Vec<Quote>, Vec<Person>) {
    let pars = paragraphs(text);
    let raws = extract::find_quotes(text, &pars);
    if raws.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let mut registry = registry::Registry::build(text, lex);
    let mut out: Vec<Quote> = Vec::with_capacity(raws.len());
    // Index into `out` of the quote each raw quote became.
    let mut kept: Vec<Option<usize>> = Vec::with_capacity(raws.len());
    let mut chain_head: Option<usize> = None;
    let mut heads: Vec<Option<usize>> = Vec::with_capacity(raws.len());
    for (qi, raw) in raws.iter().enumerate() {
        if !raw.continues_previous {
            chain_head = None;
        }
        let known = |w: &str| registry.knows_surname(w);
        let Some((kind, attr)) = attribute::attribute(text, &pars, &known, &raws, qi, lex) else {
            kept.push(None);
            heads.push(None);
            continue;
        };
        let attr = attr.subject_before_relative(text).relative_subject(text);
        // `In a CNN poll …, 31% of Republicans said …`: the poll speaks.
        let par_start = pars.get(raw.paragraph).map_or(0, |p| p.start);
        let attr = match attr
            .mention
            .as_ref()
            .and_then(|m| poll::poll_source(text, par_start, m))
        {
            Some(p) => attribute::Attribution {
                mention: Some(p),
                name: None,
                role: None,
                ..attr
            },
            None => attr,
        };
        let slice = |s: &Option<Span>| {
            s.as_ref()
                .and_then(|s| text.get(s.clone()))
                .map(str::to_string)
        };
        let mention = slice(&attr.mention);
        let name_span = attr
            .mention
            .clone()
            .and_then(|m| {
                name_before_role(text, m.clone(), lex).or_else(|| name_after_role(text, m, lex))
            })
            .or_else(|| attr.name.clone())
            .or_else(|| attr.mention.clone());
        // "Chicago Alderman Jason C. Ervin, who thinks …": the mention stays
        // `who` as written; the speaker is the name before it.
        let name_span = match slice(&name_span).as_deref() {
            Some("who" | "Who") => name_span
                .as_ref()
                .and_then(|s| antecedent(text, s.start))
                .or(name_span),
            // (`said one official who claimed …`, `actor George C Scott
            // who said`: the phrase before its relative pronoun.)
            Some(m) if m.len() > 4 && m.ends_with("who") => {
                let head = m.get(..m.len() - 3).unwrap_or(m);
                let kept = head.trim_end().len();
                match (&name_span, head.ends_with(char::is_whitespace)) {
                    (Some(s), true) => Some(s.start..s.start + kept),
                    _ => name_span,
                }
            }
            _ => name_span,
        };
        let (speaker, speakers, speaker_title) = match slice(&name_span) {
            Some(m) => {
                let at = name_span.as_ref().map_or(0, |s| s.start);
                resolve_attributed(text, &m, at, &raws, qi, &mut registry, lex)
            }
            None => (None, Vec::new(), None),
        };
        let role = attr
            .role
            .as_ref()
            .and_then(|r| text.get(r.clone()))
            .and_then(clean_role)
            .or_else(|| {
                let m = mention.as_deref()?;
                if names::split_joint(m).len() == 1 {
                    names::title_prefix(m, lex)
                } else {
                    None
                }
            });
        let idx = out.len();
        out.push(Quote {
            span: raw.content.clone(),
            paragraph: raw.paragraph,
            kind,
            closed: raw.close.is_some(),
            cue: slice(&attr.cue),
            speaker,
            speakers,
            speaker_mention: mention,
            speaker_span: attr.mention.clone(),
            speaker_role: role,
            speaker_title,
        });
        kept.push(Some(idx));
        let head = if raw.continues_previous {
            chain_head.or(Some(idx))
        } else {
            Some(idx)
        };
        if raw.close.is_none() && !raw.continues_previous {
            chain_head = Some(idx);
        } else if raw.close.is_none() {
            chain_head = head;
        }
        heads.push(head);
    }
    fill_lists(text, &mut out);
    // Quotes of a multi-paragraph chain share the first attribution found.
    fill_chains(&mut out, &heads, &kept);
    fill_from_neighbours(text, &mut out);
    let everyone = out.iter().any(|q| q.speaker_title.is_some());
    let people = registry.people(everyone);
    (out, people)
}

/// `Edward J. Pinto, FNMA's Senior Vice President`, `Tony Martin, of
/// Burnley`: in a mention of a full name, a comma and a role ending in a
/// title (or a place after `of`/`from`), the name's span.
fn name_before_role(text: &str, mention: Span, lex: &Lexicon) -> Option<Span> {
    let m = text.get(mention.clone())?;
    let (name, role) = m.split_once(", ")?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let person = words.len() >= 2
        && words.iter().all(|w| words::is_cap(w) && !lex.is_title(w))
        && !names::is_organisation(name);
    // (Or a place: `Tony Martin, of Burnley`.)
    let place = role
        .strip_prefix("of ")
        .or_else(|| role.strip_prefix("from "))
        .is_some_and(|p| p.split_whitespace().all(words::is_cap));
    let titled = place
        || role
            .split_whitespace()
            .last()
            .is_some_and(|l| lex.is_title(l) || names::is_role_noun(l));
    (person && titled && !role.contains(',')).then(|| mention.start..mention.start + name.len())
}

/// `One senior political commentator, Fernando Pedreira of the Jornal do
/// Brasil, wrote`: an indefinite description ending in a lower-case noun,
/// then a comma and a full name that opens with a known first name: the
/// name's span.
fn name_after_role(text: &str, mention: Span, lex: &Lexicon) -> Option<Span> {
    let m = text.get(mention.clone())?;
    let first = m.split_whitespace().next()?;
    let last = m.split_whitespace().last()?;
    // (Any lower-case noun: `commentator`, `analyst`; a known first name
    // must open the name after it.)
    if !matches!(first, "One" | "one" | "A" | "a" | "An" | "an")
        || !last.chars().all(|c| c.is_ascii_lowercase())
    {
        return None;
    }
    let after = text.get(mention.end..)?.strip_prefix(", ")?;
    let start = mention.end + 2;
    let words: Vec<&str> = after
        .split([' ', '\n'])
        .take_while(|w| words::is_cap(w) && !lex.is_title(w))
        .collect();
    let name = words.join(" ");
    let name = name.trim_end_matches([',', '.']);
    let person = words.len() >= 2
        && !names::is_organisation(name)
        && words
            .first()
            .is_some_and(|f| lex.first_name_gender(f).is_some());
    person.then(|| start..start + name.len())
}

/// The capitalised name right before `, who` at byte `at` (up to five
/// words), if any.
fn antecedent(text: &str, at: usize) -> Option<Span> {
    let before = text.get(..at)?.trim_end();
    let mut before = before.strip_suffix(',')?.trim_end();
    // "Howard Metzenbaum (D-Ohio), who", "King, 30, who": a tag or an age
    // between the name and `who`.
    if before.ends_with(')') {
        before = before.get(..before.rfind('(')?)?.trim_end();
    } else if let Some((head, age)) = before.rsplit_once(", ") {
        if !age.is_empty() && age.len() <= 3 && age.bytes().all(|b| b.is_ascii_digit()) {
            before = head.trim_end();
        }
    }
    let end = before.len();
    let mut start = end;
    // "said an REM spokesman, who": a lower-case noun phrase back to its
    // article (a, an, the), when no name ends it.
    let mut lower = false;
    for _ in 0..5 {
        let head = before.get(..start)?.trim_end();
        let ws = head.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let word = head.get(ws..)?;
        let cap = word.starts_with(char::is_uppercase) && !words::is_cap_boundary(word);
        if word.is_empty() {
            break;
        }
        if matches!(word, "a" | "an" | "the" | "A" | "An" | "The") {
            if start < end {
                start = ws;
            }
            break;
        }
        if !cap {
            // Lower-case words only before a name's end ("an REM
            // spokesman"), never after a name.
            if start < end && !lower {
                break;
            }
            if word
                .chars()
                .any(|c| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
            {
                return None;
            }
            lower = true;
        }
        start = ws;
        if ws == 0 {
            break;
        }
    }
    // A lower-case phrase needs its article ("the critics"): a bare noun
    // is too often a clause's object.
    let first = before.get(start..)?.split_whitespace().next().unwrap_or("");
    if lower && !matches!(first, "a" | "an" | "the" | "A" | "An" | "The") {
        return None;
    }
    if start >= end
        || before
            .get(start..end)
            .is_some_and(|m| m.contains(['<', '>']))
    {
        return None;
    }
    // Inside a description, the name before it: "David Lomax, Group
    // Economics Adviser at National Westminster Bank Plc, who" and "his son
    // Nick, a trainee vicar, who".
    let lead = before.get(..start)?.trim_end();
    let prev = lead.rsplit(char::is_whitespace).next().unwrap_or("");
    let inside = matches!(prev, "at" | "of" | "for" | "in" | "with" | "from");
    let indefinite = matches!(first, "a" | "an" | "A" | "An");
    // "White House Chief of Staff Howard Baker, who": no description, a
    // title of something; the whole run, which names the person.
    if prev == "of" && !lead.contains(", ") {
        let title = lead.get(..lead.len() - prev.len())?.trim_end();
        let mut from = title.len();
        for _ in 0..4 {
            let head = title.get(..from)?.trim_end();
            let ws = head.rfind(char::is_whitespace).map_or(0, |i| i + 1);
            let word = head.get(ws..)?;
            if word.is_empty() || !word.starts_with(char::is_uppercase) {
                break;
            }
            from = ws;
        }
        if from < title.len() {
            return Some(from..end);
        }
    }
    if inside || lower && indefinite && lead.ends_with(',') {
        let comma = if inside {
            lead.rfind(", ")? + 1
        } else {
            lead.len()
        };
        // Only within one description: no sentence end or quote mark
        // between the comma and the phrase, and no more than ten words.
        let between = lead.get(comma..).unwrap_or("");
        let one_description =
            !between.contains(['.', '"', '“', '”', '\'', '‘', '’', '\n']) || !inside;
        let short = between.split_whitespace().count() <= 10;
        if let Some(name) = antecedent(text, comma).filter(|_| one_description && short) {
            if text
                .get(name.clone())
                .is_some_and(|n| n.starts_with(char::is_uppercase))
            {
                return Some(name);
            }
        }
    }
    Some(start..end)
}

/// Resolve a mention to (canonical speaker, all speakers).
/// (speaker, speakers, the title of a title description left unresolved).
fn resolve_mention(
    text: &str,
    mention: &str,
    at: usize,
    registry: &mut registry::Registry,
    lex: &Lexicon,
) -> (Option<String>, Vec<String>, Option<String>) {
    // Hard-wrapped text: one space between words.
    let spaced = names::single_spaced(mention);
    let trimmed = spaced.trim();
    // "Harris Upham and Co" is Harris Upham.
    let trimmed = [" and Co.", " and Co", " & Co.", " & Co"]
        .iter()
        .find_map(|s| trimmed.strip_suffix(s))
        .unwrap_or(trimmed);
    if let Some(gender) = names::pronoun(trimmed) {
        let lower = trimmed.to_ascii_lowercase();
        let plural = lower == "they" || lower == "we";
        let name = if lower == "it" {
            registry.resolve_it(at, true)
        } else {
            registry.resolve_pronoun(gender, plural, at)
        };
        if let Some(n) = &name {
            registry.note_speaker(n, gender, plural, at, lex);
        }
        return (name.clone(), name.into_iter().collect(), None);
    }
    // "the prime minister" → the one person the article gave that title.
    let mut unresolved = None;
    if let Some(rest) = trimmed
        .strip_prefix("the ")
        .or_else(|| trimmed.strip_prefix("The "))
    {
        let words: Vec<&str> = rest.split_whitespace().collect();
        // ("the Tory leader": a capitalised qualifier, then titles.)
        let qualified = words.len() >= 2
            && words.first().is_some_and(|w| {
                w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
            })
            && words
                .iter()
                .skip(1)
                .all(|w| lex.is_title(w) && !w.starts_with(char::is_uppercase));
        // ("the finance minister", "the Home Secretary": a qualifier of the
        // office, then a title, written as the registry keeps titles.)
        let office = words.len() == 2
            && !qualified
            && words.first().is_some_and(|w| {
                w.chars().all(char::is_alphabetic)
                    && !lex.is_title(w)
                    && !names::is_party(w)
                    && (w.starts_with(char::is_lowercase)
                        || words
                            .get(1)
                            .is_some_and(|t| t.starts_with(char::is_uppercase)))
            })
            && words.get(1).is_some_and(|w| lex.is_title(w));
        if !words.is_empty()
            && words.len() <= 3
            && (words.iter().all(|w| lex.is_title(w)) || qualified || office)
        {
            let title = words.join(" ").to_lowercase();
            // (A qualified title is marked as the registry marks it.)
            let party = words.first().is_some_and(|w| names::is_party(w));
            let title = if qualified && party {
                format!("@{title}")
            } else {
                title
            };
            let office_holder = || {
                let (head, qualifiers) = words.split_last()?;
                let qualifiers: Vec<String> = qualifiers.iter().map(|q| q.to_lowercase()).collect();
                registry.resolve_office(text, &qualifiers, &head.to_lowercase(), at)
            };
            let holder = registry.resolve_title(&title, at).or_else(|| {
                (office || qualified && !party)
                    .then(office_holder)
                    .flatten()
            });
            if let Some(name) = holder {
                registry.note_speaker(&name, None, false, at, lex);
                return (Some(name.clone()), vec![name], None);
            }
            unresolved = Some(title);
        }
        // "the company said" → the one company the article named before;
        // so too a firm's description (`the packaged goods distributor`,
        // `the Dallas-based airline`).
        let bank = rest.eq_ignore_ascii_case("bank");
        if bank || matches!(rest, "company" | "firm") || names::is_firm_description(&words) {
            let lead = (!bank)
                .then(|| registry.lead_firm().map(str::to_string))
                .flatten();
            // (Else the one name written right after `firm` or `company`:
            // `copy protection firm Macrovision`.)
            let after_noun = || {
                matches!(rest, "company" | "firm")
                    .then(|| bodies::firm_after_noun(text, at))
                    .flatten()
            };
            if let Some(name) = registry
                .resolve_company(bank, at)
                .or(lead)
                .or_else(after_noun)
            {
                registry.note_speaker(&name, None, false, at, lex);
                return (Some(name.clone()), vec![name], None);
            }
        }
        // "the statement said" after "the bank said in a statement": the
        // speaker of that sentence, when it resolves to a name.
        // (So too `the prospectus`, `the filing`, `the memo`, `the letter`
        // after `… said in a prospectus`.)
        // (And `the World Bank report said` → the World Bank; `the
        // report` later in that article → the same issuer, or the name of
        // the nearest such document: `according to a World Bank report`.)
        let noun = rest.rsplit(' ').next().unwrap_or(rest);
        if matches!(
            noun,
            "statement" | "communique" | "report" | "prospectus" | "filing" | "memo" | "letter"
        ) {
            // (A name of a person's gender is no body's: not `the Warren
            // report`.)
            let issuer = if noun == rest {
                statement_issuer(text, rest, at, registry, lex)
                    .or_else(|| registry.issuer_of(noun).map(str::to_string))
                    .or_else(|| {
                        bodies::named_document(text, noun, at, lex, |n| {
                            registry.gender_of_mention(n, lex).is_none()
                        })
                    })
            } else {
                bodies::document_name(trimmed, noun, lex)
                    .filter(|n| registry.gender_of_mention(n, lex).is_none())
            };
            if let Some(name) = issuer {
                registry.note_issuer(noun, &name);
                // (An issuer no gender marks as a person is a body: `it`
                // after `the statement said` is the statement's.)
                if registry.gender_of_mention(&name, lex).is_none() {
                    registry.note_body_speaker(&name, at, lex);
                } else {
                    registry.note_speaker(&name, None, false, at, lex);
                }
                return (Some(name.clone()), vec![name], None);
            }
        }
        // "the ministry said" → the one ministry the article named before;
        // "the magazine said" → the publication named last.
        if let Some(name) =
            bodies::named_body(text, rest, at).or_else(|| bodies::publication(text, rest, at))
        {
            registry.note_body_speaker(&name, at, lex);
            return (Some(name.clone()), vec![name], None);
        }
    }
    let mut parts = names::split_joint(trimmed);
    // "Chairman and Chief Executive Officer Anthony O'Reilly": a part of
    // titles only is the next person's, not a speaker.
    if parts.len() > 1 {
        parts.retain(|p| !p.split_whitespace().all(|w| lex.is_title(w)));
    }
    // "Economy and Labour Minister Wolfgang Clement": the last part names
    // a portfolio, then a title and a name (not "Jones and Sen. Pat Lin",
    // where the title opens the part); the parts before it are the
    // portfolio's too.
    // (Not a role after a name: `Edward J. Pinto, FNMA's Senior Vice
    // President`.)
    let portfolio = parts.last().is_some_and(|p| {
        let ws: Vec<&str> = p.split_whitespace().collect();
        ws.first().is_some_and(|f| !lex.is_title(f))
            && ws.last().is_some_and(|l| !lex.is_title(l))
            && ws.windows(2).any(
                |w| matches!(w, [a, b] if lex.is_title(a) && b.starts_with(char::is_uppercase)),
            )
    });
    if parts.len() > 1 && portfolio {
        parts.drain(..parts.len() - 1);
    }
    let group = parts.len() > 1;
    let mut speakers: Vec<(String, Option<Gender>)> = Vec::new();
    for p in &parts {
        let cleaned = names::clean_name(p, lex);
        if cleaned.is_empty() {
            continue;
        }
        let canon = registry.canonical(&cleaned, lex);
        // (Only a peer's mention needs the gender of what it resolved to.)
        let resolved_gender = (canon.contains(' ') && names::is_peer_mention(p))
            .then(|| registry.gender_of_mention(&canon, lex))
            .flatten();
        let (canon, gender) = match names::peer_name(p, &cleaned, &canon, resolved_gender) {
            Some((peer, gender)) => (peer, Some(gender)),
            None => (canon, None),
        };
        if !speakers.iter().any(|(s, _)| *s == canon) {
            speakers.push((canon, gender));
        }
    }
    for (s, gender) in &speakers {
        registry.note_speaker(s, *gender, group, at, lex);
    }
    let speakers: Vec<String> = speakers.into_iter().map(|(s, _)| s).collect();
    (speakers.first().cloned(), speakers, unresolved)
}

/// Who issued the statement that `the statement` (or `the communique`,
/// `the report`, `the prospectus`, `the filing`, `the memo`, `the
/// letter`) at byte `at` refers to: the speaker of the last sentence
/// before it, within 800 bytes, that names `a statement` (`the bank said
/// in a statement …`, `In a statement, the party said …`, `Oxfam says in
/// a report`), resolved; none when that sentence reports no speaker or
/// its speaker stays a description.
fn statement_issuer(
    text: &str,
    noun: &str,
    at: usize,
    registry: &mut registry::Registry,
    lex: &Lexicon,
) -> Option<String> {
    let from = crate::segment::boundary_at_or_after(text, at.saturating_sub(800));
    let before = text.get(from..at)?;
    // (`a statement` as words: not the end of `data statement`; also `an
    // annual report`, `its latest monthly report`: a determiner, at most
    // two words that date the document, the noun.)
    let (occ, noun_end) = before
        .rmatch_indices(noun)
        .filter(|&(i, _)| {
            before
                .get(i + noun.len()..)
                .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
                && before.get(..i).is_some_and(|h| h.ends_with(' '))
        })
        .find_map(|(i, _)| {
            // Words back from the noun: a determiner after at most two
            // dating words.
            let mut end = i;
            for _ in 0..3 {
                let head = before.get(..end)?.trim_end();
                let start = head.rfind(char::is_whitespace).map_or(0, |k| k + 1);
                let word = head.get(start..)?;
                if matches!(word, "a" | "an" | "its" | "their") {
                    return Some((from + start, from + i + noun.len()));
                }
                if !bodies::dates_document(word) {
                    return None;
                }
                end = start;
            }
            None
        })?;
    // (`X will grow, according to a report by …`: the sentence's subject
    // is what the report is about, not its author.)
    let before_occ = text.get(..occ).unwrap_or("").trim_end();
    let tail = before_occ
        .len()
        .checked_sub("according to".len())
        .and_then(|i| before_occ.get(i..));
    if tail.is_some_and(|t| t.eq_ignore_ascii_case("according to")) {
        return None;
    }
    // The end of that sentence (its stop), before the mention.
    let end = occ + text.get(occ..at)?.find(['.', '!', '?'])? + 1;
    let (span, _, name) = attribute::indirect_speaker(text, from, end, lex)?;
    // (A span that holds the statement itself is no issuer, nor one inside
    // quote marks: `"The United States has …," a spokesman said in a
    // statement`.)
    // (Only `In a statement …, the bank said …` has its issuer after
    // it; not `… distributed a statement after the news conference`.)
    let opens_in = text
        .get(..occ)
        .is_some_and(|b| b.ends_with("In ") || b.ends_with("in "));
    if span.end > occ && !(opens_in && span.start >= noun_end) {
        return None;
    }
    let lead = text.get(from..span.start)?;
    let straight = lead.matches('"').count();
    let (open, close) = (lead.matches('“').count(), lead.matches('”').count());
    if straight % 2 == 1 || open > close {
        return None;
    }
    let m = text.get(name.clone()).or_else(|| text.get(span))?;
    if m.to_ascii_lowercase().ends_with(noun) {
        return None;
    }
    let (speaker, _, _) = resolve_mention(text, m, name.start, registry, lex);
    speaker.filter(|s| !names::is_description(s))
}

/// The speaker of mention `m` at byte `at` of quote `qi`: a `he`/`she` or
/// an unexplained definite description (`the singer`) after reported
/// speech is that sentence's speaker ([`reported_antecedent`]); any other
/// mention resolves as written ([`resolve_mention`]).
fn resolve_attributed(
    text: &str,
    m: &str,
    at: usize,
    raws: &[extract::RawQuote],
    qi: usize,
    registry: &mut registry::Registry,
    lex: &Lexicon,
) -> (Option<String>, Vec<String>, Option<String>) {
    let pronoun = match names::pronoun(m.trim()) {
        Some(Some(g)) => Some(g),
        _ => None,
    };
    let back =
        |r: BackRef, reg: &registry::Registry| reported_antecedent(text, r, at, raws, qi, reg, lex);
    // `it` or `they` that names no one the article quoted: the body or
    // people a sentence of reported speech just before names
    // ([`neuter::antecedent`]).
    let it = m.trim().eq_ignore_ascii_case("it");
    let they = m.trim().eq_ignore_ascii_case("they");
    if it || they {
        // (Only a pronoun that opens its clause: `It said`, `“…,” it
        // added`, `They gave no details, but said`; not `allow it to
        // ignore`, `any measures it disagrees with`.)
        let opens = text
            .get(..at)
            .and_then(|b| b.trim_end().chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric())
            || text
                .get(..at)
                .and_then(|b| b.split_whitespace().next_back())
                .is_some_and(|p| matches!(p, "and" | "but" | "But" | "And"));
        // (An `it` no quoted body and no lead explains: the body of the
        // reported speech just before wins over the last body named, `The
        // Fed said that …. It said …` after `Sears Savings Bank`.)
        if it && opens && registry.resolve_it(at, false).is_none() {
            if let Some((np, np_at)) =
                neuter::antecedent(text, at, raws.get(qi), false, registry, lex)
            {
                let r = resolve_mention(text, &np, np_at, registry, lex);
                if r.0.is_some() {
                    return r;
                }
            }
        }
        let resolved = resolve_mention(text, m, at, registry, lex);
        if resolved.0.is_some() || !opens {
            return resolved;
        }
        return match neuter::antecedent(text, at, raws.get(qi), they, registry, lex) {
            Some((np, np_at)) => resolve_mention(text, &np, np_at, registry, lex),
            None => resolved,
        };
    }
    // (A description that is the last speaker's own mention is that
    // speaker as resolved then: `"…," the British actor said. "…," he
    // continued` after `Irons …` is Jeremy Irons, not `the British actor`.)
    // (Its mention follows the quote before right after its close.)
    let prev_close = qi
        .checked_sub(1)
        .and_then(|p| raws.get(p))
        .and_then(|p| p.close.as_ref().map(|c| c.end));
    let attributes_prev = |np_at: usize| {
        prev_close.is_some_and(|c| {
            c <= np_at
                && text.get(c..np_at).is_some_and(|gap| {
                    // (`," the actor said` or `," said the actor`.)
                    gap.split([' ', '\n', ','])
                        .all(|w| w.is_empty() || lex.speech_verb(w).is_some())
                })
        })
    };
    let as_resolved = |np: &str, np_at: usize, registry: &mut registry::Registry| {
        let last = registry.last_speaker().map(str::to_string);
        match last {
            Some(name)
                if attributes_prev(np_at)
                    && registry.last_speaker_at().is_some_and(|l| l <= np_at)
                    && np.starts_with("the ")
                    && !name.starts_with(char::is_lowercase) =>
            {
                (Some(name.clone()), vec![name], None)
            }
            _ => resolve_mention(text, np, np_at, registry, lex),
        }
    };
    match pronoun.and_then(|g| Some((back(BackRef::Pronoun(g), registry)?, g))) {
        Some(((np, np_at), gender)) => {
            let resolved = as_resolved(&np, np_at, registry);
            if resolved.0.is_some() {
                registry.set_last_speaker_gender(gender);
            }
            resolved
        }
        None => {
            // `he`/`she` after a sentence about a person named since the
            // last speaker (`Harkin acknowledged …, but he said`): that
            // person.
            let subject = pronoun.and_then(|g| {
                let (np, np_at) = subject::recent_subject(text, at, raws, registry, lex, Some(g))?;
                registry
                    .last_speaker_at()
                    .is_none_or(|l| np_at > l)
                    .then_some((np, np_at, g))
            });
            if let Some((np, np_at, g)) = subject {
                let resolved = as_resolved(&np, np_at, registry);
                if resolved.0.is_some() {
                    registry.set_last_speaker_gender(g);
                    return resolved;
                }
            }
            // `Molik grew in confidence. “…,” said the 23-year-old`: the
            // person a sentence since the last speaker is about (looked up
            // before the description itself is noted as a speaker).
            let anaphoric = names::is_anaphoric_description(m.trim());
            // (A body quoted since does not stand between: `“…,” the
            // Salford MP told …` after `described as “outrageous” by the
            // Islamic Human Rights Commission`.)
            let last_before = registry.last_person_at();
            let previous = registry.last_speaker().map(str::to_string);
            let gender = names::description_gender(m);
            let about = anaphoric
                .then(|| {
                    subject::recent_subject(text, at, raws, registry, lex, gender)
                        .filter(|(_, np_at)| last_before.is_none_or(|l| *np_at > l))
                })
                .flatten();
            // `Agassi was delighted with victory …. “…,” said the
            // American`: a nationality is the person the sentences since
            // the last speaker are about, and no one else (not the
            // speaker quoted last: `the German` after Martinez is
            // Groenefeld).
            if let Some(adjectives) = names::nationality_description(m.trim()) {
                // (The article may say so: `Argentine David Nalbandian`;
                // else the subject, unless the article gives that person
                // another nationality: `Federer …, the Swiss star`.)
                let about = subject::named_after_adjective(text, at, adjectives).or_else(|| {
                    subject::recent_subject(text, at, raws, registry, lex, None)
                        .filter(|(_, np_at)| last_before.is_none_or(|l| *np_at > l))
                        .filter(|(np, _)| !subject::other_nationality(text, np, adjectives))
                });
                // (A full name: not `Oscar` of `The Oscar winner said`.)
                let full = |np: &str| registry.canonical(np, lex).contains(' ');
                if let Some((np, np_at)) = about.filter(|(np, _)| full(np)) {
                    let resolved = resolve_mention(text, &np, np_at, registry, lex);
                    if resolved.0.is_some() {
                        return resolved;
                    }
                }
            }
            // `… is "in the state of a zombie", a leading industry figure
            // has said. Tim Renner, the head of …, told …`: the person the
            // article's first paragraph describes, then names.
            if let Some((name, name_at)) = subject::named_next(text, m, at, lex) {
                let resolved = resolve_mention(text, &name, name_at, registry, lex);
                if resolved.0.is_some() {
                    return resolved;
                }
            }
            let resolved = resolve_mention(text, m, at, registry, lex);
            // `“…,” the singer said` after `Simon Le Bon said
            // …`: a definite description no name explains is
            // that sentence's speaker.
            let definite = resolved.0.as_deref().is_some_and(|s| {
                s.starts_with("the ") && names::is_description(s) && names::is_person_description(s)
            });
            let head = m.rsplit(char::is_whitespace).next().unwrap_or_default();
            // `“…,” said producer Nora Field. “…,” added the British
            // producer`: a description that goes on speaking is the
            // speaker quoted just before.
            let goes_on = |w: &str| {
                matches!(
                    w.trim_end_matches([',', ':', '.']),
                    "added" | "adds" | "continued" | "continues"
                )
            };
            let continues = || {
                text.get(at + m.len()..)
                    .and_then(|r| r.split_whitespace().next())
                    .is_some_and(goes_on)
                    || text
                        .get(..at)
                        .and_then(|b| b.split_whitespace().next_back())
                        .is_some_and(goes_on)
            };
            match definite
                .then(|| back(BackRef::Description(gender, head), registry))
                .flatten()
            {
                Some((np, np_at)) => resolve_mention(text, &np, np_at, registry, lex),
                // `“…,” Umaga said. The 31-year-old admitted …`: that
                // person ([`names::is_anaphoric_description`]), else the
                // last named speaker.
                None if definite && (anaphoric || continues()) => {
                    // (`the Harbor coach` is no one titled otherwise: not
                    // `Tory leader Lee Marsh`.)
                    let noun = head.to_ascii_lowercase();
                    // (A party is no title the person must hold: `the
                    // Texas Republican` after `Senator Jo Lind`.)
                    let party = names::is_party(head);
                    let role = !party && (lex.is_title(&noun) || names::is_role_noun(&noun));
                    let fits = |name: &str, registry: &registry::Registry| {
                        !role
                            || registry
                                .title_of(name, lex)
                                .is_none_or(|t| names_role(t, &noun))
                    };
                    // A party's member (`the Ohio Democrat`) is the person
                    // named last, no one named before that.
                    // (Looked up for a party's member only.)
                    let last_named = party
                        .then(|| registry.last_named_before(at).map(str::to_string))
                        .flatten();
                    // (By surname: a mention is not resolved before it
                    // is taken, which notes it as a speaker.)
                    let surname = |n: &str| n.split_whitespace().next_back().map(str::to_string);
                    let member_fits = |name: &str| {
                        !party || last_named.as_deref().and_then(surname) == surname(name)
                    };
                    let about = about.filter(|(np, _)| fits(np, registry) && member_fits(np));
                    if let Some((np, np_at)) = about {
                        let resolved = resolve_mention(text, &np, np_at, registry, lex);
                        if resolved.0.is_some() {
                            return resolved;
                        }
                    }
                    // (Only the speaker quoted just before: `“…,” Umaga
                    // said. The 31-year-old admitted …`; not after `a
                    // Finance Ministry spokesman said`, someone unnamed.)
                    let near = last_before.is_some_and(|l| at.saturating_sub(l) <= NEAR_SPEAKER);
                    match registry.last_named_person(gender).filter(|n| {
                        near && previous.as_ref() == Some(n) && fits(n, registry) && member_fits(n)
                    }) {
                        Some(name) => {
                            registry.note_speaker(&name, gender, false, at, lex);
                            (Some(name.clone()), vec![name], None)
                        }
                        None => resolved,
                    }
                }
                None => resolved,
            }
        }
    }
}

/// Most bytes between a speaker's mention and a description that stands
/// for that speaker with no sentence about someone else between.
const NEAR_SPEAKER: usize = 400;

/// A back-reference in an attribution after a quote's opening mark.
#[derive(Clone, Copy)]
enum BackRef<'m> {
    /// `he` / `she`: the antecedent's gender must fit.
    Pronoun(Gender),
    /// A definite description no name in the article explains (`the
    /// singer`, head word `singer`): the antecedent must be named, of the
    /// description's gender when it has one, and of its role when the
    /// article gives the antecedent one (`the aide` is not Agriculture
    /// Secretary Richard Lyng).
    Description(Option<Gender>, &'m str),
}

/// True when a role or title text names `head` (`senator` in `Sen.`,
/// `governor` in `New Jersey Gov.`).
fn names_role(text: &str, head: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_ascii_lowercase)
        .any(|w| {
            w == head
                || matches!(
                    (w.as_str(), head),
                    ("gov", "governor")
                        | ("sen", "senator")
                        | ("rep", "representative")
                        | ("gen", "general")
                        | ("pres", "president")
                        // (`the executive` is any of a firm's officers:
                        // `Mangan, director of corporate financing`.)
                        | (
                            "director"
                                | "president"
                                | "chairman"
                                | "chairwoman"
                                | "officer"
                                | "manager"
                                | "treasurer"
                                | "head",
                            "executive"
                        )
                        // (`the UAW chief` after `UAW president Owen
                        // Bieber`.)
                        | (
                            "president"
                                | "chairman"
                                | "chairwoman"
                                | "director"
                                | "head"
                                | "leader"
                                | "executive",
                            "chief"
                        )
                )
        })
}

/// `“…,” she said` or `“…,” the singer said` after a sentence of reported
/// speech without quote marks (`A Home Office spokeswoman said the two
/// agreed.`, `Simon Le Bon said …`): the back-reference is that sentence's
/// speaker when it fits ([`BackRef`]), rather than a speaker quoted before
/// it. Returns the speaker phrase and its offset.
fn reported_antecedent(
    text: &str,
    back: BackRef,
    at: usize,
    raws: &[extract::RawQuote],
    qi: usize,
    registry: &registry::Registry,
    lex: &Lexicon,
) -> Option<(String, usize)> {
    let raw = raws.get(qi)?;
    if at < raw.open.end {
        return None;
    }
    let from = qi
        .checked_sub(1)
        .and_then(|p| raws.get(p))
        .map_or(0, |p| p.close.as_ref().map_or(p.content.end, |c| c.end));
    let (span, role, name) = attribute::indirect_speaker(text, from, raw.open.start, lex)?;
    let phrase = text.get(span.clone())?;
    // A person: a name, or a description ending in a role (`the only major
    // party promising …` is neither).
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let named = words
        .iter()
        .skip_while(|w| matches!(**w, "The" | "A" | "An"))
        .any(|w| w.starts_with(char::is_uppercase))
        && !names::is_organisation(phrase);
    let described = words.last().is_some_and(|w| names::is_role_noun(w))
        || names::description_gender(phrase).is_some();
    if !named && !described {
        return None;
    }
    let role = role.and_then(|r| text.get(r)).unwrap_or("");
    // A title or role word in a text (`Vice Premier`, `a former minister`).
    let has_title = |t: &str| {
        t.split_whitespace()
            .any(|w| lex.is_title(w) || names::is_role_noun(w))
    };
    let gender_found =
        names::description_gender(role).or_else(|| registry.gender_of_mention(phrase, lex));
    let fits = match (back, gender_found) {
        (BackRef::Pronoun(gender), Some(g)) => g == gender,
        // A role with no gender (`a spokesperson`, `a senior official`).
        // A titled full name of no known gender (`Vice Premier Yao Yilin,
        // a former Commerce Minister, told …`): the pronoun's.
        (BackRef::Pronoun(_), None) => {
            !named && described || {
                let name: Vec<&str> = text
                    .get(name.clone())
                    .unwrap_or_default()
                    .split_whitespace()
                    .collect();
                let titled = words.iter().any(|w| lex.is_title(w)) || has_title(role);
                // (A name, not titles only: `the Finance Minister`; not a
                // force: `Thames Valley Police`.)
                named
                    && titled
                    && name.len() >= 2
                    && name.iter().all(|w| words::is_cap(w) && *w != "The")
                    && name.iter().any(|w| !lex.is_title(w))
                    && !name
                        .iter()
                        .any(|w| matches!(*w, "Police" | "Radio" | "Agency"))
                    && !names::is_organisation(phrase)
            }
        }
        // A person's name: of known gender, or two capitalised words or
        // more (not `Peking`, `Washington`, `a KLM spokesman`).
        (BackRef::Description(gender, head), found) => {
            let titles = [Some(phrase), Some(role), registry.title_of(phrase, lex)];
            let titled = titles.iter().flatten().any(|t| has_title(t));
            // (A party or a nationality is no title: `the Illinois
            // Democrat` may be Rep. Dan Rostenkowski.)
            let same_role = titles.iter().flatten().any(|t| names_role(t, head))
                || names::is_capitalised_person_noun(head) && !names::is_role_noun(head);
            // A firm, or a firm's national arm (`Reebok Japan`).
            let firm = words
                .last()
                .is_some_and(|w| names::is_firm_word(w) || *w == "Japan");
            let full_name = words.len() >= 2
                && words.iter().all(|w| words::is_cap(w))
                && !matches!(words.first(), Some(&"The"))
                && !firm;
            // (Not `an aide to Lyng`: the phrase itself must be the name.)
            let name_first = words
                .first()
                .is_some_and(|w| words::is_cap(w) && !matches!(*w, "The" | "A" | "An"));
            // Not the attribution of the quote before (`“…?” Borger asked.
            // “…,” the senator said`: an interview's two sides).
            let own_sentence = qi == 0
                || text
                    .get(from..span.start)
                    .is_some_and(|t| t.contains(['.', '?', '!']));
            named
                && name_first
                && own_sentence
                && (found.is_some() || full_name)
                && (!titled || same_role)
                && (gender.is_none() || found.is_none() || gender == found)
        }
    };
    if !fits {
        return None;
    }
    let np = text.get(name.clone())?.to_string();
    Some((np, name.start))
}

fn inherit(to: &mut Quote, from: &Quote) {
    to.speaker = from.speaker.clone();
    to.speakers = from.speakers.clone();
    to.speaker_mention = from.speaker_mention.clone();
    to.speaker_span = from.speaker_span.clone();
    to.speaker_title = from.speaker_title.clone();
    if to.speaker_role.is_none() {
        to.speaker_role = from.speaker_role.clone();
    }
}

/// `calling him a "train wreck" and "outsourcer in chief," and …`: a
/// partial quote joined to the partial quote before it by nothing but
/// `and`, `or` or a comma is the same speaker's, whatever a later clause
/// names (`… whom he described as "volatile"`).
fn fill_lists(text: &str, out: &mut [Quote]) {
    for i in 1..out.len() {
        let (Some(prev), Some(q)) = (out.get(i - 1), out.get(i)) else {
            continue;
        };
        if prev.paragraph != q.paragraph
            || prev.kind != QuoteKind::Partial
            || q.kind != QuoteKind::Partial
            || prev.speaker_mention.is_none()
            || prev.speaker_mention == q.speaker_mention
        {
            continue;
        }
        let Some(gap) = text.get(prev.span.end..q.span.start) else {
            continue;
        };
        let words: Vec<&str> = gap
            .split(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '"' | '“' | '”' | '\'' | '‘' | '’')
            })
            .filter(|x| !x.is_empty())
            .collect();
        let joined = match words.as_slice() {
            [] => gap.contains(','),
            [x] => matches!(*x, "and" | "or"),
            _ => false,
        };
        if joined {
            let from = prev.clone();
            if let Some(q) = out.get_mut(i) {
                inherit(q, &from);
            }
        }
    }
}

fn fill_chains(out: &mut [Quote], heads: &[Option<usize>], kept: &[Option<usize>]) {
    // Group quotes by chain head; the first attributed quote of a chain
    // gives the speaker to the others.
    let mut chains: Vec<(usize, Vec<usize>)> = Vec::new();
    for (k, h) in kept.iter().zip(heads) {
        if let (Some(k), Some(h)) = (k, h) {
            match chains.iter_mut().find(|(head, _)| head == h) {
                Some((_, members)) => members.push(*k),
                None => chains.push((*h, vec![*k])),
            }
        }
    }
    for (_, members) in chains.iter().filter(|(_, m)| m.len() > 1) {
        let Some(src) = members
            .iter()
            .find(|&&m| out.get(m).is_some_and(|q| q.speaker_mention.is_some()))
        else {
            continue;
        };
        let Some(from) = out.get(*src).cloned() else {
            continue;
        };
        for &m in members {
            // "“…,” Rubio said. “But presidents … (open)" then “…,” he
            // continued: a chain's first quote after an attributed quote of
            // its own paragraph is that one's ([`fill_from_neighbours`]).
            let par = out.get(m).map(|q| q.paragraph);
            let attributed_before = (0..m)
                .rev()
                .take_while(|&j| out.get(j).map(|p| p.paragraph) == par)
                .any(|j| out.get(j).is_some_and(|p| p.speaker_mention.is_some()));
            if Some(&m) == members.first() && attributed_before {
                continue;
            }
            if let Some(q) = out.get_mut(m) {
                if q.speaker_mention.is_none() {
                    inherit(q, &from);
                }
            }
        }
    }
}

/// A quote with no attribution takes the speaker of the nearest attributed
/// quote in its paragraph (before it, else after it), else of the last
/// quote of the previous paragraph when it opens its own paragraph.
fn fill_from_neighbours(text: &str, out: &mut [Quote]) {
    for i in 0..out.len() {
        if out.get(i).is_none_or(|q| q.speaker_mention.is_some()) {
            continue;
        }
        let Some(q) = out.get(i) else { continue };
        let par = q.paragraph;
        let before = (0..i)
            .rev()
            .take_while(|&j| out.get(j).is_some_and(|p| p.paragraph == par))
            .find(|&j| out.get(j).is_some_and(|p| p.speaker_mention.is_some()));
        // (A quote opening its paragraph after a paragraph of quotes does
        // not take the next quote's speaker across a sentence of the
        // reporter's: `“….” Ljubicic was at a loss to explain his poor
        // showing. “…,” he said` after `“…,” Federer said.`)
        let reporter_sentence_between = |j: usize| {
            let to = out.get(j).map_or(q.span.end, |n| n.span.start);
            text.get(q.span.end..to).is_some_and(|gap| {
                gap.trim_start_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | ',' | '.')
                })
                .contains(['.', '?', '!'])
            })
        };
        let after = (i + 1..out.len())
            .take_while(|&j| out.get(j).is_some_and(|p| p.paragraph == par))
            .find(|&j| out.get(j).is_some_and(|p| p.speaker_mention.is_some()));
        let prev_par = if q.kind == QuoteKind::Direct && par > 0 {
            (0..i).rev().find(|&j| {
                out.get(j)
                    .is_some_and(|p| p.paragraph + 1 == par && p.speaker_mention.is_some())
            })
        } else {
            None
        };
        // "“….” Lukas Berg, of the union, said: “…”" after a paragraph of
        // quotes: a lead that brings in a new speaker (not named before
        // this quote) introduces the next quote, and this one, opening its
        // paragraph, continues the previous paragraph's. (Not `“….”
        // Harris added: “…”`: the same speaker goes on.)
        let introduces_next = |j: usize| {
            out.get(j).is_some_and(|n| {
                let new_person = n
                    .speaker
                    .as_deref()
                    .and_then(|s| s.split_whitespace().last())
                    .is_some_and(|last| {
                        last.starts_with(char::is_uppercase)
                            && !text.get(..q.span.start).unwrap_or("").contains(last)
                    });
                new_person
                    && n.speaker_span
                        .as_ref()
                        .is_some_and(|s| s.start < n.span.start && s.start >= q.span.end)
            })
        };
        let after = after.filter(|&j| {
            before.is_some()
                || prev_par.is_none()
                || !introduces_next(j) && !reporter_sentence_between(j)
        });
        let src = before.or(after).or(prev_par);
        if let Some(from) = src.and_then(|s| out.get(s)).cloned() {
            // "Feinstein said “…,” she said. “…”": the speaker goes on, as
            // written nearest, the pronoun between the two quotes.
            let between = (src == before && before == i.checked_sub(1))
                .then(|| pronoun_between(text, from.span.end, q.span.start))
                .flatten();
            if let Some(q) = out.get_mut(i) {
                inherit(q, &from);
                if let Some(p) = between {
                    q.speaker_mention = text.get(p.clone()).map(str::to_string);
                    q.speaker_span = Some(p);
                }
            }
        }
    }
}

/// The pronoun of `“…,” she said. “…”` between two quotes (bytes `from`
/// to `to`, quote marks included): a subject pronoun and one lower-case
/// word, then a full stop, and nothing else.
fn pronoun_between(text: &str, from: usize, to: usize) -> Option<Span> {
    let gap = text.get(from..to)?;
    let mark = |c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'');
    let inner = gap.trim_start_matches(|c: char| mark(c) || c == ',');
    let start = from + gap.len() - inner.len();
    let inner = inner.trim_end_matches(mark);
    let (pronoun, verb) = inner.split_once(' ')?;
    let verb = verb.strip_suffix('.')?;
    let ok = matches!(pronoun, "he" | "she" | "they")
        && !verb.is_empty()
        && verb.bytes().all(|b| b.is_ascii_lowercase());
    ok.then(|| start..start + pronoun.len())
}

/// Char (Unicode scalar) offsets for a sorted list of byte offsets, in one
/// pass over the text.
pub fn char_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_by_key(|&i| byte_offsets.get(i).copied().unwrap_or(0));
    let mut out = vec![0; byte_offsets.len()];
    let mut chars = 0usize;
    let mut pos = 0usize;
    for i in order {
        let target = byte_offsets.get(i).copied().unwrap_or(0).min(text.len());
        if target > pos {
            chars += text.get(pos..target).map_or(0, |s| {
                if s.is_ascii() {
                    s.len()
                } else {
                    s.chars().count()
                }
            });
            pos = target;
        }
        if let Some(o) = out.get_mut(i) {
            *o = chars;
        }
    }
    out
}
