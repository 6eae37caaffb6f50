//! Names of speakers: strip titles and tags from a mention, split joint
//! mentions into people, and map every reference within an article to one
//! canonical name (`Rep. Jerrold Nadler (N.Y.)`, `Nadler` → `Jerrold
//! Nadler`); pronouns resolve to the last fitting named speaker.
//!
//! The registry is built from one pass over the article's words: every run
//! of two or more capitalised words (after titles are stripped) is a full
//! name, indexed by its last word. Gender comes from `Mr.`/`Ms.` titles,
//! from the first-name list, and from pronouns already resolved to a name.

use rustc_hash::FxHashMap as HashMap;

use crate::lexicon::{Gender, Lexicon};
use crate::segment::{next_token, Token};

use super::words::is_cap;

/// Capitalised words that start sentences or headlines and are never names.
const STOP: &[&str] = &[
    "The",
    "A",
    "An",
    "And",
    "But",
    "Or",
    "In",
    "On",
    "At",
    "Of",
    "For",
    "To",
    "From",
    "By",
    "With",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Its",
    "There",
    "Here",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "Yes",
    "No",
    "Not",
    "So",
    "Then",
    "Now",
    "Still",
    "Also",
    "Asked",
    "According",
    "Photo",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Meanwhile",
    "However",
    "Although",
    "Though",
    "Because",
    "Since",
    "Until",
    "Under",
    "Over",
    "Even",
    "Just",
    "Only",
    "Some",
    "Many",
    "Most",
    "All",
    "Each",
    "Every",
    "Both",
    "Other",
    "Another",
    "One",
    "Two",
    "Three",
    "Last",
    "Next",
    "First",
    "Basically",
    "Already",
    "Officials",
];

/// Capitalised words that never start a name (days, months, connectives).
pub(crate) fn is_stop(w: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| STOP.iter().copied().collect());
    w.len() <= 10 && SET.contains(w)
}

/// Lower-case words allowed inside a name (`Ludwig van Beethoven`).
const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "di", "del", "la", "le", "bin", "al", "du", "ibn",
];

/// A pronoun that can stand for a speaker.
pub fn pronoun(word: &str) -> Option<Option<Gender>> {
    match word.to_ascii_lowercase().as_str() {
        "he" | "him" | "his" => Some(Some(Gender::Male)),
        "she" | "her" => Some(Some(Gender::Female)),
        "they" | "we" | "i" | "it" => Some(None),
        _ => None,
    }
}

/// The surname of a full name: its last word, or its first for a Korean
/// or Taiwanese name written family name first with a hyphenated given
/// name (`Kim Mahn-je`, `Chang Chi-cheng`: a lower-case letter after the
/// hyphen, unlike `Jean-Pierre` or `Smith-Jones`; syllables of at most
/// five letters, unlike `Ivy League-trained`).
pub fn surname_of(name: &str) -> &str {
    let mut words = name.split(' ');
    let (Some(first), Some(last), None) = (words.next(), words.next_back(), words.next()) else {
        return name.rsplit(' ').next().unwrap_or(name);
    };
    let given = last.split_once('-').is_some_and(|(a, b)| {
        is_cap(a)
            && a.len() <= 5
            && a.bytes().all(|c| c.is_ascii_alphabetic())
            && (1..=5).contains(&b.len())
            && b.bytes().all(|c| c.is_ascii_lowercase())
    });
    let family =
        first.len() <= 5 && is_cap(first) && first.bytes().all(|c| c.is_ascii_alphabetic());
    if given && family {
        first
    } else {
        last
    }
}

/// True when `words` (a name run of three or more capitalised words)
/// opens with a descriptor rather than a name: a word that is no known
/// first name and ends like an English noun or adjective (`Guitarist
/// Brian May`, `Commerce Malcolm Baldrige`, `Defiant Matt Williams`),
/// before a known first name. Initials, firms (`… Corp`) and unknown
/// first names (`Iain Duncan Smith`, `Hanns Christian …`) keep it.
pub(crate) fn leading_descriptor(words: &[&str], lex: &Lexicon) -> bool {
    const ENDS: &[&str] = &[
        "er", "or", "ist", "ee", "man", "ce", "cy", "ry", "ure", "ment", "ing", "ive", "ian",
        "ant", "ent", "ate", "ine", "ore", "ers", "ors", "ists", "ies", "ges",
    ];
    let [first, second, .., last] = words else {
        return false;
    };
    first.len() >= 3
        && first.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
        && is_cap(first)
        && lex.first_name_gender(first).is_none()
        && lex.first_name_gender(second).is_some()
        && ENDS.iter().any(|e| first.ends_with(e))
        && !matches!(
            last.trim_end_matches('.'),
            "Inc" | "Corp" | "Co" | "Ltd" | "Plc" | "PLC" | "Group" | "Bank"
        )
        && !is_organisation(&words.join(" "))
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix('’'))
        .unwrap_or(word)
}

/// The person's name in one mention: parenthesised tags, titles before the
/// name (`U.S. President`, `Sen.`), possessives and trailing punctuation
/// removed. Organisations (`the Clinton campaign`, `The Washington Post`)
/// are kept as written, trimmed.
pub fn clean_name(mention: &str, lex: &Lexicon) -> String {
    // Drop parenthesised text.
    let mut s = String::with_capacity(mention.len());
    let mut depth = 0;
    for c in mention.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth as i32 - 1).max(0) as usize,
            _ if depth == 0 => s.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '"' | '“' | '”')))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return String::new();
    }
    // "finance minister Hans Eichel", "his coach Peter Stanley", "Fly-half
    // Charlie Hodgson": lower-case or hyphenated descriptors before a full
    // name are no part of it.
    let descriptor = |w: &str| {
        (!is_cap(w)
            && !matches!(
                w,
                "of" | "for"
                    | "the"
                    | "a"
                    | "an"
                    | "and"
                    | "at"
                    | "in"
                    | "one"
                    | "another"
                    | "some"
            ))
            || hyphen_descriptor(w)
    };
    let run = words
        .iter()
        .rev()
        .take_while(|w| is_cap(w) && !descriptor(w) && !lex.is_title(w))
        .count();
    if run >= 2 && run < words.len() {
        let (head, name) = words.split_at(words.len() - run);
        if head.iter().all(|w| descriptor(w)) {
            return name.join(" ").trim_end_matches('.').to_string();
        }
    }
    // `of` and the word after it belong to a title or an organisation
    // before a name (`Secretary of State George Shultz`, `Bank of Japan
    // chief Toshihiko Fukui`).
    // (Also `of the`: `Chancellor of the Exchequer Nigel Lawson`.)
    let the = |i: usize| words.get(i) == Some(&"the");
    let of_title = |i: usize| {
        words.get(i) == Some(&"of")
            && i > 0
            && words
                .get(i + 1 + usize::from(the(i + 1)))
                .is_some_and(|w| is_cap(w))
            && words
                .get(i - 1)
                .is_some_and(|w| is_cap(w) && (lex.is_title(w) || is_organisation(w)))
    };
    let titled: Vec<bool> = (0..words.len())
        .map(|i| {
            words
                .get(i)
                .is_some_and(|w| lex.is_title(w) || *w == "U.S." || *w == "U.S")
                || of_title(i)
                // "Deutsche Bank's Simon Champion": a possessive before a
                // full name (not "Schindler's List").
                || i + 2 < words.len()
                    && words
                        .get(i)
                        .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
                || i > 0 && of_title(i - 1)
                || i > 1 && the(i - 1) && of_title(i - 2)
        })
        .collect();
    // "Stefan Johannesson of Iceland": a place after a person's name.
    let cut = (2..words.len())
        .find(|&k| words.get(k) == Some(&"of") && !of_title(k))
        .filter(|&k| {
            k + 2 == words.len()
                && !matches!(words.first(), Some(&("The" | "A" | "An")))
                && words.get(..k).is_some_and(|b| {
                    b.iter()
                        .all(|w| is_cap(w) && !w.ends_with("'s") && !w.ends_with("’s"))
                })
                && !words.get(k - 1).is_some_and(|w| is_organisation(w))
        })
        .unwrap_or(words.len());
    let words: Vec<&str> = words.get(..cut).unwrap_or_default().to_vec();
    let lower_first = words.first().is_some_and(|w| !is_cap(w));
    // A lower-case title word before a name (`chief`) is part of the
    // title, not a sign of an organisation.
    let org_like = lower_first
        || words.first().is_some_and(|w| *w == "The")
        || words.iter().enumerate().any(|(i, w)| {
            let title_word = titled.get(i) == Some(&true)
                && (words.get(i + 1).is_some_and(|n| is_cap(n))
                    || titled.get(i + 1) == Some(&true));
            !(is_cap(w) || PARTICLES.contains(w) || title_word)
        });
    if org_like {
        // "the Liberal Democrats' President Simon Hughes": a title and a
        // full name after a possessive are the person (not "a spokesman
        // for Manchester's Trafford Centre").
        if let Some(p) = words
            .iter()
            .rposition(|w| w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'"))
        {
            let rest = words.get(p + 1..).unwrap_or(&[]);
            let name_from = rest
                .iter()
                .rposition(|w| lex.is_title(w))
                .map_or(0, |t| t + 1);
            let name = rest.get(name_from..).unwrap_or(&[]);
            if name.len() >= 2
                && name_from > 0
                && rest.iter().all(|w| is_cap(w))
                && name.iter().all(|w| !lex.is_title(w))
            {
                return name.join(" ").trim_end_matches('.').to_string();
            }
        }
        // "The company" and "the company" are one speaker; "The
        // Washington Post" keeps its capital.
        let mut out = words.join(" ").trim_end_matches('.').to_string();
        // (Not `A and P`, a name.)
        let second_lower = words.get(1).is_some_and(|w| !is_cap(w) && *w != "and");
        if second_lower {
            for det in ["The ", "A ", "An ", "One ", "Another "] {
                if out.starts_with(det) {
                    out.replace_range(..1, &det[..1].to_lowercase());
                    break;
                }
            }
        }
        return out;
    }
    // Names start after the last title word, and after a descriptor
    // (`Guitarist Brian May`).
    let mut start = titled.iter().rposition(|&t| t).map_or(0, |i| i + 1);
    if words
        .get(start..)
        .is_some_and(|n| n.len() >= 3 && leading_descriptor(n, lex))
    {
        start += 1;
    }
    let name: Vec<&str> = words.get(start..).unwrap_or(&[]).to_vec();
    if name.is_empty() {
        return words.join(" ");
    }
    // "Sir Howard", "Dame Kelly": a knight's first name, not a surname to
    // expand; the honour stays.
    if name.len() == 1
        && start > 0
        && words
            .get(start - 1)
            .is_some_and(|w| matches!(*w, "Sir" | "Dame"))
    {
        return format!(
            "{} {}",
            words.get(start - 1).copied().unwrap_or_default(),
            strip_possessive(name.first().copied().unwrap_or_default())
        );
    }
    let mut out: Vec<&str> = name;
    if let Some(last) = out.last_mut() {
        *last = strip_possessive(last);
    }
    let mut joined = out.join(" ");
    // "Jr." keeps its dot; a sentence dot does not belong to a name.
    if joined.ends_with('.') && !joined.ends_with("Jr.") && !joined.ends_with("Sr.") {
        let without = joined.trim_end_matches('.');
        // Keep initials like "A." only inside a name.
        joined = without.to_string();
    }
    joined
}

/// True for a speaker that describes rather than names (`the official`,
/// `a spokesman`, `one trader`, `bankers`, `Analysts`, `the Liberal
/// Democrat leader`): it may be another person in each article, so the
/// per-speaker tables leave it out. `the` before a name (`the Bundesbank`)
/// or a named body (`the Clinton campaign`, `the Labour party`) stays;
/// `the government` alone is a description.
pub fn is_description(speaker: &str) -> bool {
    let mut words = speaker.split(' ');
    let Some(first) = words.next() else {
        return true;
    };
    let lower = |w: &str| !w.chars().next().is_some_and(char::is_uppercase);
    match first {
        "a" | "an" | "one" | "another" | "some" | "two" | "three" | "A" | "An" | "One"
        | "Another" | "Some" | "Two" | "Three" => true,
        // `the Liberal Democrat leader`, `the Waterford man`; not `the
        // Clinton campaign` or `the Obama administration`, one body.
        "the" | "The" => {
            let rest: Vec<&str> = words.collect();
            rest.iter().all(|w| lower(w))
                || rest.last().is_some_and(|last| {
                    lower(last)
                        && !matches!(
                            *last,
                            "campaign"
                                | "administration"
                                | "party"
                                | "government"
                                | "council"
                                | "committee"
                                | "commission"
                                | "ministry"
                                | "department"
                                | "agency"
                                | "board"
                                | "court"
                                | "union"
                                | "federation"
                                | "association"
                                | "club"
                                | "team"
                        )
                })
        }
        _ if lower(first) => true,
        // A capitalised plural role opening a sentence (`Analysts said`).
        _ => {
            words.next().is_none()
                && first.strip_suffix('s').is_some_and(|stem| {
                    is_role_noun(stem)
                        || matches!(
                            stem.to_ascii_lowercase().as_str(),
                            "other"
                                | "critic"
                                | "expert"
                                | "source"
                                | "witness"
                                | "supporter"
                                | "resident"
                                | "consumer"
                                | "user"
                                | "prosecutor"
                                | "mp"
                                | "investor"
                                | "underwriter"
                                | "arbitrager"
                                | "observer"
                        )
                })
        }
    }
}

/// A noun that names a person by role (`spokesperson`, `official`,
/// `analyst`): the head of a description that can speak.
pub fn is_role_noun(word: &str) -> bool {
    matches!(
        word.trim_end_matches([',', '.'])
            .to_ascii_lowercase()
            .as_str(),
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "official"
            | "minister"
            | "secretary"
            | "analyst"
            | "economist"
            | "executive"
            | "director"
            | "chairman"
            | "chairwoman"
            | "president"
            | "chief"
            | "leader"
            | "manager"
            | "adviser"
            | "advisor"
            | "aide"
            | "lawyer"
            | "attorney"
            | "officer"
            | "commissioner"
            | "governor"
            | "senator"
            | "congressman"
            | "congresswoman"
            | "mayor"
            | "ambassador"
            | "general"
            | "admiral"
            | "coach"
            | "captain"
            | "player"
            | "striker"
            | "midfielder"
            | "candidate"
            | "delegate"
            | "superdelegate"
            | "dealer"
            | "trader"
            | "banker"
            | "broker"
            | "strategist"
            | "representative"
            | "chancellor"
            | "judge"
            | "professor"
            | "researcher"
            | "scientist"
            | "expert"
            | "activist"
            | "campaigner"
            | "organiser"
            | "organizer"
            | "founder"
            | "owner"
            | "correspondent"
            | "reporter"
            | "editor"
            | "columnist"
            | "host"
            | "source"
            | "diplomat"
            | "negotiator"
            | "consultant"
            | "pollster"
            | "historian"
            | "sheriff"
            | "prosecutor"
    )
}

/// The gender a description's noun gives (`spokeswoman`, `chairman`).
pub fn description_gender(mention: &str) -> Option<Gender> {
    mention.split_whitespace().rev().find_map(|w| {
        match w.to_ascii_lowercase().trim_end_matches(['.', ',']) {
            "spokeswoman" | "chairwoman" | "businesswoman" | "congresswoman" | "councilwoman"
            | "woman" | "mother" | "wife" | "daughter" | "sister" | "grandmother" | "widow"
            | "actress" => Some(Gender::Female),
            "spokesman" | "chairman" | "businessman" | "congressman" | "councilman" | "man"
            | "father" | "husband" | "son" | "brother" | "grandfather" | "widower" | "actor" => {
                Some(Gender::Male)
            }
            _ => None,
        }
    })
}

/// A peer written by title and one name (`Lord Falconer`, `Baroness
/// Boothroyd`) whose article gives no fuller name: the speaker keeps the
/// title, since the bare name would be anyone's (`Woolf`, `Browne`), with
/// the gender the title gives. `mention` is the mention as written,
/// `resolved` the name it resolved to.
pub fn peer_name(mention: &str, resolved: &str) -> Option<(String, Gender)> {
    if resolved.contains(' ') {
        return None;
    }
    let words: Vec<&str> = mention.split_whitespace().collect();
    let [.., title, name] = words.as_slice() else {
        return None;
    };
    if strip_possessive(name) != resolved {
        return None;
    }
    Some((format!("{title} {resolved}"), peer_gender(title)?))
}

/// The gender a peer's title gives; `None` for any other word.
fn peer_gender(title: &str) -> Option<Gender> {
    match title {
        "Lord" | "Baron" | "Viscount" => Some(Gender::Male),
        "Lady" | "Baroness" => Some(Gender::Female),
        _ => None,
    }
}

/// The name of a peer written as [`peer_name`] gives it (`Lord Falconer`
/// → `Falconer`), for the surname map across articles.
pub fn peer_surname(speaker: &str) -> Option<&str> {
    let (title, name) = speaker.split_once(' ')?;
    (peer_gender(title).is_some() && !name.contains(' ')).then_some(name)
}

/// The title words before the name in a mention (`Port Commissioner` in
/// `Port Commissioner Mei Lin`), used as the role when no apposition gives
/// one.
pub fn title_prefix(mention: &str, lex: &Lexicon) -> Option<String> {
    let words: Vec<&str> = mention.split_whitespace().collect();
    if words.first().is_none_or(|w| !is_cap(w) || *w == "The") {
        return None;
    }
    let end = words.iter().rposition(|w| lex.is_title(w))?;
    if end + 1 >= words.len() || words.get(end + 1).is_some_and(|w| w.starts_with('(')) {
        return None;
    }
    // Honorifics alone are not a role, nor do they end one (`Harrogate Mr
    // Kennedy` has none).
    const HONORIFICS: &[&str] = &[
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame", "Dr", "Lord", "Lady", "Baroness",
        "Viscount", "Prof",
    ];
    let honorific = |w: &&str| HONORIFICS.contains(&w.trim_end_matches('.'));
    let end = (0..=end)
        .rev()
        .find(|&i| words.get(i).is_some_and(|w| !honorific(w)))?;
    // "In January Secretary of State George Shultz": a time opens no role.
    let from = words
        .iter()
        .position(|w| !super::words::is_time_word(w))
        .unwrap_or(0);
    let prefix_words = words.get(from..=end)?;
    if !prefix_words.iter().any(|w| lex.is_title(w)) {
        return None;
    }
    let prefix = prefix_words.join(" ");
    (!prefix.is_empty()).then_some(prefix)
}

/// "Tory leader Michael Howard": lower-case title words right before a
/// name, after a capitalised qualifier (a party, a country), give the
/// title `tory leader`, so that `the Tory leader` finds him.
fn qualified_title(text: &str, at: usize, lex: &Lexicon) -> Option<String> {
    // The word right before the name must be a lower-case title: checked
    // first, without splitting anything.
    let before = text.get(..at)?.trim_end();
    let prev = before.get(before.rfind(char::is_whitespace).map_or(0, |i| i + 1)..)?;
    if prev.is_empty() || is_cap(prev) || !lex.is_title(prev) {
        return None;
    }
    // Only the few words before the name (a bounded look back).
    let mut from = at.saturating_sub(80);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut words = text.get(from..at)?.split_whitespace().rev();
    let mut titles = Vec::new();
    let qualifier = loop {
        let w = words.next()?;
        if !is_cap(w) && lex.is_title(w) && titles.len() < 3 {
            titles.push(w);
        } else {
            break w;
        }
    };
    let plain = qualifier.chars().all(char::is_alphabetic);
    if titles.is_empty() || !is_cap(qualifier) || !plain || lex.is_title(qualifier) {
        return None;
    }
    // A party's title is marked `@`: only `the Tory leader` itself finds
    // it, not `the leader` (a party's former chancellor is not the
    // chancellor); `London mayor` is the mayor.
    let mut t = format!(
        "{}{}",
        if is_party(qualifier) { "@" } else { "" },
        qualifier.to_lowercase()
    );
    for w in titles.iter().rev() {
        t.push(' ');
        t.push_str(w);
    }
    Some(t)
}

/// A party word that qualifies a title (`Tory leader`): such a title is
/// marked `@` and answers only its own description.
pub(super) fn is_party(w: &str) -> bool {
    matches!(
        w,
        "Tory"
            | "Conservative"
            | "Labour"
            | "Liberal"
            | "Democrat"
            | "Democratic"
            | "Republican"
            | "Green"
            | "SNP"
            | "Unionist"
    )
}

/// `s` with one space between words (hard-wrapped text: `Willy de\nClercq`);
/// usually single-spaced already, so no allocation to test it.
pub(crate) fn single_spaced(s: &str) -> std::borrow::Cow<'_, str> {
    // One pass over the bytes; other than ASCII, the char test.
    let b = s.as_bytes();
    let irregular = b
        .iter()
        .zip(b.iter().skip(1).chain(std::iter::once(&b'x')))
        .any(|(&x, &y)| x == b' ' && y == b' ' || x != b' ' && x.is_ascii_whitespace())
        || !s.is_ascii() && s.contains(|c: char| c.is_whitespace() && c != ' ');
    if irregular {
        s.split_whitespace().collect::<Vec<_>>().join(" ").into()
    } else {
        s.into()
    }
}

/// A capitalised word that describes, not names: `Fly-half`,
/// `Oscar-winner`, `Paris-based`, `Tunisian-born` (not `Mahn-je`).
fn hyphen_descriptor(w: &str) -> bool {
    // (Most words have no hyphen: one byte scan, no reverse search.)
    w.as_bytes().contains(&b'-')
        && w.rsplit_once('-').is_some_and(|(_, b)| {
            matches!(
                b,
                "based"
                    | "born"
                    | "made"
                    | "owned"
                    | "run"
                    | "led"
                    | "backed"
                    | "winner"
                    | "winning"
                    | "maker"
                    | "half"
                    | "language"
                    | "speaking"
                    | "old"
                    | "time"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
            )
        })
}

/// Whether a title written before a name (`justice minister`) makes its
/// holder `the {asked}` (`the minister`): the same title, or one that ends
/// with it, but not a deputy's, a former holder's, … (`deputy prime
/// minister` is not the prime minister).
pub(super) fn title_fits(held: &str, asked: &str) -> bool {
    if held.starts_with('@') || asked.starts_with('@') {
        return held == asked;
    }
    plain_fits(held, asked)
}

/// A party's title (`@tory leader`) that an unqualified description (`the
/// leader`) does not pick but that makes it ambiguous.
pub(super) fn title_blocks(held: &str, asked: &str) -> bool {
    !asked.starts_with('@') && held.strip_prefix('@').is_some_and(|h| plain_fits(h, asked))
}

fn plain_fits(held: &str, asked: &str) -> bool {
    held == asked
        || held
            .strip_suffix(asked)
            .and_then(|head| head.strip_suffix(' '))
            .is_some_and(|head| {
                !head.split(' ').next_back().is_some_and(|m| {
                    matches!(
                        m,
                        "deputy"
                            | "vice"
                            | "former"
                            | "acting"
                            | "shadow"
                            | "assistant"
                            | "associate"
                            | "junior"
                            | "interim"
                            | "co"
                            | "ex"
                            | "under"
                            | "lieutenant"
                            | "lt."
                    )
                })
            })
}

/// Split a joint mention (`Reps. A (Miss.), B (Pa.) and C`) into its names,
/// as written. A mention with one name gives itself.
pub fn split_joint(mention: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    let push = |cur: &mut String, parts: &mut Vec<String>| {
        let t = cur.trim().trim_start_matches("and ").trim().to_string();
        if !t.is_empty() {
            parts.push(t);
        }
        cur.clear();
    };
    let mut rest = mention;
    while let Some(c) = rest.chars().next() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth == 0 && c == ',' {
            push(&mut cur, &mut parts);
        } else if depth == 0 && (rest.starts_with(" and ") || rest.starts_with(" & ")) {
            push(&mut cur, &mut parts);
            cur.push(' ');
        } else {
            cur.push(c);
        }
        rest = rest.get(c.len_utf8()..).unwrap_or("");
    }
    push(&mut cur, &mut parts);
    // A joint mention only when every part looks like a name.
    // "Mark Serwotka, the leader of the Public and Commercial Services
    // Union" is one person: a part that opens in lower case describes the
    // name before it.
    let first_is_name = parts
        .first()
        .is_some_and(|p| p.split_whitespace().next().is_some_and(is_cap));
    // (Also "Mark LaNeve, GM's vice president", "Robert Ortner, Commerce
    // undersecretary": a part that ends in lower case is no name.)
    let described = mention.split(',').skip(1).any(|rest| {
        rest.split_whitespace()
            .next()
            .is_some_and(|w| !is_cap(w) && w != "and")
            || rest
                .split_whitespace()
                .next_back()
                .is_some_and(|w| !is_cap(w) && !PARTICLES.contains(&w))
    });
    if first_is_name && described && !mention.contains('(') {
        return parts.into_iter().take(1).collect();
    }
    // "S and P said", "AT and T": single letters are one organisation;
    // so is "Harris Upham and Co", and "Carroll McEntee and McGinley
    // analyst Denis Karnosky" is one person at one.
    let descriptor = |w: &str| {
        !is_cap(w)
            && !PARTICLES.contains(&w)
            && !matches!(w, "of" | "for" | "and" | "the" | "in" | "at" | "on" | "to")
    };
    // ("Donaldson, Lufkin and Jenrette Inc analyst William Marcus": commas
    // between one-word firm names too.)
    let firm_commas = !mention.contains(',')
        || parts
            .iter()
            .rev()
            .skip(1)
            .all(|p| p.split_whitespace().count() == 1);
    let described_firm = firm_commas
        && parts.len() > 1
        && parts
            .last()
            .is_some_and(|p| p.split_whitespace().skip(1).any(descriptor));
    if described_firm {
        // The person is the name after the last descriptor ("… analyst
        // Denis Karnosky"); with none, the whole phrase ("Democrats and
        // Republicans alike").
        let words: Vec<&str> = mention.split_whitespace().collect();
        let from = words
            .iter()
            .rposition(|w| descriptor(w))
            .map_or(0, |i| i + 1);
        let person = words.get(from..).unwrap_or(&[]);
        return if person.is_empty() {
            vec![mention.trim().to_string()]
        } else {
            vec![person.join(" ")]
        };
    }
    let joined = mention.contains(" and ") || mention.contains(" & ");
    // "Barry Maddams, Lloyds", "Helmut Panke, BMW's": a list without `and`
    // is a name and its description; "EEF chief economist, Steve Radley":
    // the name after a description.
    if !joined && parts.len() > 1 {
        // (A party tag in parentheses is part of a name.)
        let named = |p: &String| {
            p.split_whitespace().all(|w| {
                is_cap(w) || PARTICLES.contains(&w) || w.starts_with('(') || w.ends_with(')')
            })
        };
        let pick = match parts.first() {
            Some(f) if !named(f) => parts.iter().skip(1).find(|p| named(p)).unwrap_or(f),
            Some(f) => f,
            None => return parts,
        };
        return vec![pick.clone()];
    }
    // "The Securities and Exchange Commission", "Standard and Poor's",
    // "The Queen and Duke of Edinburgh": one organisation or description.
    let one_body = is_organisation(mention.trim())
        || mention.trim_end().ends_with("'s")
        || mention.trim_end().ends_with("’s")
        || parts
            .iter()
            .any(|p| p.split_whitespace().any(|w| matches!(w, "of" | "for")));
    let firm = one_body
        || parts
            .iter()
            .any(|p| matches!(p.as_str(), "Co" | "Co." | "Company" | "Sons" | "Partners"));
    if parts.len() > 1
        && !firm
        && parts
            .iter()
            .all(|p| p.split_whitespace().next().is_some_and(is_cap))
        && !parts.iter().any(|p| p.chars().count() == 1)
    {
        // Titles shared by the group ("Reps.", "Sens.") belong to all.
        parts
    } else {
        vec![mention.trim().to_string()]
    }
}

/// A full name seen in the article.
#[derive(Clone, Debug)]
struct Known {
    name: String,
    gender: Option<Gender>,
    /// Byte offset of its first occurrence.
    at: usize,
    /// First seen after `the`, `in`, `at`, … (`at the Nou Camp`, `in New
    /// Zealand`): a place or a thing, never `he` or `she`; or broken over a
    /// line (`Merrill\nLynch`), where a firm is as likely as a person: `he`
    /// or `she` only when its gender is known.
    place: bool,
    /// The title written before the name, lower case, honorifics left out
    /// (`prime minister` from `Prime Minister Tony Blair`), if any.
    title: Option<String>,
}

/// Names in one article, for mapping mentions to canonical names.
#[derive(Debug, Default)]
pub struct Registry {
    known: Vec<Known>,
    by_last: HashMap<String, usize>,
    seen: rustc_hash::FxHashSet<String>,
    /// Speakers resolved so far, in order: (name, gender, is_group).
    speakers: Vec<(String, Option<Gender>, bool)>,
    /// Byte offset of the article's first word.
    lead: usize,
}

impl Registry {
    /// Build the registry from the article's words.
    pub fn build(text: &str, lex: &Lexicon) -> Registry {
        let mut reg = Registry {
            lead: text.len() - text.trim_start().len(),
            ..Registry::default()
        };
        // Only capitalised words can start a name: jump from one to the
        // next and tokenise on demand from there, not the whole article.
        let mut cursor = Cursor {
            text,
            next: 0,
            toks: Vec::with_capacity(16),
        };
        let mut pos = 0;
        while let Some(at) = next_capital(text, pos) {
            cursor.reset(at);
            let i = 0;
            let Some((mut start, end, gender)) = name_run(text, &mut cursor, i, lex) else {
                pos = cursor.get(0).map_or(at + 1, |t| t.span.end.max(at + 1));
                continue;
            };
            // `Guitarist Brian May`: the descriptor is a title (runs of
            // three words or more only; most are shorter).
            let run = cursor.toks.get(start..end).unwrap_or(&[]);
            if words_of(text, run).nth(2).is_some()
                && leading_descriptor(&words_of(text, run).collect::<Vec<_>>(), lex)
            {
                start += 1;
            }
            // The title words skipped before the name (`Prime Minister`).
            let title = {
                let words: Vec<String> = words_of(text, cursor.toks.get(i..start).unwrap_or(&[]))
                    .filter(|w| {
                        !matches!(
                            *w,
                            "Mr" | "Mrs"
                                | "Ms"
                                | "Miss"
                                | "Dr"
                                | "Lord"
                                | "Lady"
                                | "Baroness"
                                | "Viscount"
                        )
                    })
                    .map(str::to_lowercase)
                    .collect();
                (!words.is_empty())
                    .then(|| words.join(" "))
                    .or_else(|| qualified_title(text, at, lex))
            };
            // "Deputy Foreign Trade Minister Janusz Kaczurba": capitalised
            // words right before a title are a portfolio, not a person.
            let portfolio = cursor
                .get(end)
                .filter(|t| t.word)
                .and_then(|t| text.get(t.span.clone()))
                .is_some_and(|w| is_cap(w) && lex.is_title(w));
            let run = cursor.toks.get(start..end).unwrap_or(&[]);
            let mut word_toks = run.iter().filter(|t| t.word);
            let first_word = word_toks.next().and_then(|t| text.get(t.span.clone()));
            let last_tok = word_toks.next_back();
            let slice = match (run.first(), last_tok) {
                (Some(a), Some(b)) => text.get(a.span.start..b.span.end).unwrap_or(""),
                _ => "",
            };
            // Two or more words (a last word distinct from the first).
            if let (Some(first), Some(_)) = (first_word, last_tok) {
                // A name may break over a line of hard-wrapped text
                // (`Janusz\nKaczurba`), not over a paragraph.
                let wrapped_only =
                    !slice.contains("\n\n") && !slice.contains("\n ") && !slice.contains(" \n");
                if wrapped_only && !portfolio {
                    let trimmed = strip_possessive(slice);
                    let name = single_spaced(trimmed);
                    let last = surname_of(&name).to_string();
                    if reg.seen.contains(name.as_ref()) {
                        // A later mention may give the title the first
                        // did not.
                        if let Some(k) = reg
                            .known
                            .iter_mut()
                            .find(|k| k.name == name.as_ref() && k.title.is_none())
                        {
                            k.title.clone_from(&title);
                        }
                    } else {
                        let name = name.into_owned();
                        let gender = gender.or_else(|| lex.first_name_gender(first));
                        let at = run.first().map_or(0, |t| t.span.start);
                        let place = text
                            .get(..at)
                            .and_then(|b| b.split_whitespace().next_back())
                            .is_some_and(|w| {
                                matches!(
                                    w,
                                    "the"
                                        | "The"
                                        | "in"
                                        | "at"
                                        | "near"
                                        | "across"
                                        | "outside"
                                        | "inside"
                                        | "into"
                                )
                            });
                        reg.seen.insert(name.clone());
                        reg.known.push(Known {
                            name,
                            gender,
                            at,
                            place: place || slice.contains('\n'),
                            title,
                        });
                        reg.by_last.entry(last).or_insert(reg.known.len() - 1);
                    }
                }
            }
            let last_tok = end.max(i + 1) - 1;
            pos = cursor
                .get(last_tok)
                .map_or(at + 1, |t| t.span.end.max(at + 1));
        }
        reg
    }

    /// True when a full name with this last word occurs in the article.
    pub fn knows_surname(&self, word: &str) -> bool {
        self.by_last.contains_key(strip_possessive(word))
    }

    /// Canonical name for a cleaned single-person mention: a surname maps
    /// to the full name seen in the article, then the user's alias file
    /// applies.
    pub fn canonical(&self, cleaned: &str, lex: &Lexicon) -> String {
        // "Sir Digby" → the one knight of that first name in the article
        // (`Sir Digby Jones`).
        if let Some(first) = cleaned
            .strip_prefix("Sir ")
            .or_else(|| cleaned.strip_prefix("Dame "))
        {
            let mut knights = self.known.iter().filter(|k| {
                k.name.split(' ').next() == Some(first)
                    && k.title
                        .as_deref()
                        .is_some_and(|t| t.ends_with("sir") || t.ends_with("dame"))
            });
            if let (Some(k), None) = (knights.next(), knights.next()) {
                return k.name.clone();
            }
        }
        let mut name = cleaned.to_string();
        if !name.contains(' ') {
            if let Some(k) = self.by_last.get(&name).and_then(|&i| self.known.get(i)) {
                name = k.name.clone();
            }
        } else if let Some(last) = name.split(' ').next_back() {
            // "Hillary Clinton" when the article said "Hillary Rodham Clinton":
            // same first and last word.
            let first = name.split(' ').next().unwrap_or_default().to_string();
            if let Some(k) = self.by_last.get(last).and_then(|&i| self.known.get(i)) {
                if k.name.starts_with(first.as_str()) && k.name.len() > name.len() {
                    name = k.name.clone();
                }
            }
            // "de Vabres" / "De la Dehesa": a surname with its particle is
            // the one known name that ends with it.
            let particle = matches!(
                first.to_ascii_lowercase().as_str(),
                "de" | "van" | "von" | "der" | "den" | "du" | "da" | "di" | "del" | "della"
            );
            if particle {
                let mut ends = self.known.iter().filter(|k| {
                    let cut = k.name.len().saturating_sub(name.len());
                    cut > 0
                        && k.name
                            .get(cut..)
                            .is_some_and(|t| t.eq_ignore_ascii_case(&name))
                        && k.name.get(..cut).is_some_and(|h| h.ends_with(' '))
                });
                if let (Some(k), None) = (ends.next(), ends.next()) {
                    name = k.name.clone();
                }
            }
        }
        match lex.speaker_alias(&name) {
            Some(c) => c.to_string(),
            None => name,
        }
    }

    fn gender_of(&self, name: &str, lex: &Lexicon) -> Option<Gender> {
        self.known
            .iter()
            .find(|k| k.name == name)
            .and_then(|k| k.gender)
            .or_else(|| {
                name.split(' ')
                    .next()
                    .and_then(|f| lex.first_name_gender(f))
            })
    }

    /// Give the speaker noted last the gender a pronoun showed for it, when
    /// it had none.
    pub fn set_last_speaker_gender(&mut self, gender: Gender) {
        if let Some((name, g, _)) = self.speakers.last_mut() {
            if g.is_none() {
                *g = Some(gender);
                if let Some(k) = self.known.iter_mut().find(|k| k.name == *name) {
                    k.gender.get_or_insert(gender);
                }
            }
        }
    }

    /// The gender of a speaker mention: from a gendered noun in a
    /// description (`a Home Office spokeswoman`), else from the person it
    /// names (a title or first name in the article, or the first-name list).
    pub fn gender_of_mention(&self, mention: &str, lex: &Lexicon) -> Option<Gender> {
        description_gender(mention).or_else(|| {
            let canon = self.canonical(&clean_name(mention, lex), lex);
            self.gender_of(&canon, lex)
        })
    }

    /// Note a resolved speaker (for pronoun resolution later), with the
    /// gender a pronoun showed, if any.
    pub fn note_speaker(
        &mut self,
        name: &str,
        pronoun_gender: Option<Gender>,
        group: bool,
        lex: &Lexicon,
    ) {
        let g = pronoun_gender.or_else(|| self.gender_of(name, lex));
        if let Some(k) = self.known.iter_mut().find(|k| k.name == name) {
            if k.gender.is_none() {
                k.gender = pronoun_gender;
            }
        }
        self.speakers.push((name.to_string(), g, group));
    }

    /// The person a definite description stands for (`the prime minister`
    /// → Tony Blair after `Prime Minister Tony Blair`): the one full name
    /// before byte `at` whose title ends with `title`; none when two
    /// different people fit.
    pub fn resolve_title(&self, title: &str, at: usize) -> Option<String> {
        let mut found: Option<&str> = None;
        for k in self.known.iter().filter(|k| k.at < at) {
            let Some(t) = k.title.as_deref() else {
                continue;
            };
            if title_fits(t, title) {
                match found {
                    Some(f) if f != k.name => return None,
                    _ => found = Some(&k.name),
                }
            } else if title_blocks(t, title) && found.is_none_or(|f| f != k.name) {
                // `the leader` with a `Tory leader` and another leader.
                return None;
            }
        }
        found.map(str::to_string)
    }

    /// `the company` / `the firm` / `the bank` → the one company (a name
    /// ending in `Inc`, `Corp`, `Ltd`, …; for `bank`, in `Bank`) the
    /// article named before byte `at`; none when it named two.
    pub fn resolve_company(&self, bank: bool, at: usize) -> Option<String> {
        const SUFFIX: &[&str] = &[
            "Inc",
            "Corp",
            "Co",
            "Ltd",
            "Plc",
            "PLC",
            "plc",
            "Group",
            "Corporation",
            "Company",
            "Holdings",
            "AG",
            "SA",
            "NV",
            "Industries",
            "Airlines",
            "LLC",
            "Limited",
        ];
        let fits = |k: &&Known| {
            let last = k
                .name
                .split_whitespace()
                .next_back()
                .unwrap_or("")
                .trim_end_matches('.');
            if bank {
                last == "Bank"
            } else {
                SUFFIX.contains(&last)
            }
        };
        let mut found: Option<&Known> = None;
        for k in self.known.iter().filter(|k| k.at < at).filter(fits) {
            match found {
                Some(f) if f.name != k.name => {
                    // Two companies: the one that opens the article ("USAir
                    // Group Inc said it rejected the TWA offer …") is the
                    // article's subject.
                    found = self
                        .known
                        .iter()
                        .filter(fits)
                        .find(|k| k.at == self.lead && k.at < at);
                    break;
                }
                _ => found = Some(k),
            }
        }
        // A title word opening a company name is part of it (`General
        // Motors Corp`); `The World Bank` is `World Bank`, as when quoted
        // by name.
        let k = found?;
        let mut name = String::with_capacity(k.name.len() + 16);
        for w in k.title.as_deref().unwrap_or("").split(' ') {
            let mut cs = w.chars();
            if w.contains('.') {
                // An abbreviation (`u.s` → `U.S.`).
                name.push_str(&w.to_uppercase());
                if !w.ends_with('.') {
                    name.push('.');
                }
                name.push(' ');
            } else if let Some(c) = cs.next() {
                name.push(c.to_ascii_uppercase());
                name.push_str(cs.as_str());
                name.push(' ');
            }
        }
        name.push_str(&k.name);
        Some(
            name.strip_prefix("The ")
                .map_or(name.clone(), str::to_string),
        )
    }

    /// The people the article names (not places): all of them, or only
    /// those with a title.
    pub fn people(&self, all: bool) -> Vec<super::Person> {
        self.known
            .iter()
            .filter(|k| !k.place && (all || k.title.is_some()))
            .map(|k| super::Person {
                name: k.name.clone(),
                title: k.title.clone(),
            })
            .collect()
    }

    /// The speaker a pronoun stands for: the last named speaker whose gender
    /// fits; failing that, the last full name before byte `at` that fits.
    pub fn resolve_pronoun(
        &self,
        gender: Option<Gender>,
        plural: bool,
        at: usize,
    ) -> Option<String> {
        let fits = |g: Option<Gender>| match (gender, g) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        // "he" / "she" is a person, never "Champions League" or "Six Nations".
        // Nor an unresolved `who`.
        // Nor a plural description (`the firms`, `critics`).
        let plural_description = |n: &str| {
            n.split_whitespace().last().is_some_and(|w| {
                w.ends_with('s') && !w.ends_with("ss") && w.chars().all(char::is_lowercase)
            })
        };
        let person = |n: &str| {
            !n.eq_ignore_ascii_case("who")
                && (gender.is_none() || !is_organisation(n) && !plural_description(n))
        };
        if let Some((n, _, _)) =
            self.speakers.iter().rev().find(|(n, g, group)| {
                fits(*g) && person(n) && (!plural || *group || gender.is_none())
            })
        {
            return Some(n.clone());
        }
        if plural {
            return None;
        }
        self.known
            .iter()
            .filter(|k| {
                k.at < at
                    && fits(k.gender)
                    && person(&k.name)
                    && (gender.is_none() || !k.place || k.gender.is_some())
            })
            .max_by_key(|k| k.at)
            .map(|k| k.name.clone())
    }
}

/// Tokens produced on demand from a byte offset.
struct Cursor<'t> {
    text: &'t str,
    next: usize,
    toks: Vec<Token>,
}

impl Cursor<'_> {
    fn reset(&mut self, at: usize) {
        self.next = at;
        self.toks.clear();
    }

    fn get(&mut self, j: usize) -> Option<&Token> {
        while self.toks.len() <= j {
            let t = next_token(self.text, self.next, self.text.len())?;
            self.next = t.span.end;
            self.toks.push(t);
        }
        self.toks.get(j)
    }
}

/// Byte offset of the next capital letter at or after `from` that starts a
/// word (the character before it is not a letter or digit).
fn next_capital(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        let cap = if b.is_ascii_uppercase() {
            true
        } else if b >= 0xC0 {
            text.get(i..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
        } else {
            false
        };
        if cap {
            let prev = text.get(..i).and_then(|r| r.chars().next_back());
            if !prev.is_some_and(char::is_alphanumeric) {
                // Inside a word joined by ' - . & (as the tokenizer joins
                // them) is not a word start either.
                let joined = prev
                    .is_some_and(|p| matches!(p, '\'' | '-' | '.' | '&' | '’' | '\u{2011}'))
                    && text
                        .get(..i.saturating_sub(prev.map_or(1, char::len_utf8)))
                        .and_then(|r| r.chars().next_back())
                        .is_some_and(char::is_alphanumeric);
                if !joined {
                    return Some(i);
                }
            }
        }
        i += 1;
    }
    None
}

/// A run of name words starting at token `i`: (first token, end token,
/// gender from a title). Titles before the name are skipped.
/// The words among `toks`, as written.
fn words_of<'t>(text: &'t str, toks: &'t [Token]) -> impl Iterator<Item = &'t str> {
    toks.iter()
        .filter(|t| t.word)
        .filter_map(|t| text.get(t.span.clone()))
}

fn name_run(
    text: &str,
    toks: &mut Cursor<'_>,
    i: usize,
    lex: &Lexicon,
) -> Option<(usize, usize, Option<Gender>)> {
    let word = |toks: &mut Cursor<'_>, j: usize| -> Option<&str> {
        toks.get(j)
            .filter(|t| t.word)
            .and_then(|t| text.get(t.span.clone()))
    };
    let first = word(toks, i)?;
    if !is_cap(first) {
        return None;
    }
    let mut gender = None;
    let mut j = i;
    // Skip titles ("Sen.", "President", "Mr.").
    while let Some(w) = word(toks, j) {
        if lex.is_title(w) || is_stop(w) || w == "U.S" {
            match w {
                "Mr" | "Lord" | "Viscount" => gender = Some(Gender::Male),
                "Mrs" | "Ms" | "Miss" | "Lady" | "Baroness" => gender = Some(Gender::Female),
                _ => {}
            }
            j += 1;
            if toks
                .get(j)
                .is_some_and(|t| !t.word && text.get(t.span.clone()) == Some("."))
            {
                j += 1;
            }
        } else {
            break;
        }
    }
    let start = j;
    let mut end = j;
    while let Some(w) = word(toks, end) {
        let initial = w.len() == 1 && is_cap(w);
        // (Not a hyphenated descriptor: `Fly-half`, `Oscar-winner`; `Kim
        // Mahn-je` is a name.)
        // A month after a known first name is a surname (`Brian May`).
        let month_surname = end > start
            && matches!(w, "April" | "May" | "June" | "August")
            && end
                .checked_sub(1)
                .and_then(|k| word(toks, k))
                .is_some_and(|p| lex.first_name_gender(p).is_some());
        if is_cap(w)
            && w.chars().any(char::is_lowercase)
            && (!is_stop(w) || month_surname)
            && !lex.is_title(w)
            && !hyphen_descriptor(w)
        {
            end += 1;
        } else if initial {
            end += 1;
            if toks
                .get(end)
                .is_some_and(|t| !t.word && text.get(t.span.clone()) == Some("."))
            {
                end += 1;
            }
        } else if PARTICLES.contains(&w) && end > start {
            end += 1;
        } else {
            break;
        }
        // A possessive ends the name.
        if w.ends_with("’s") || w.ends_with("'s") {
            break;
        }
    }
    (end > start).then_some((start, end, gender))
}

/// True for a name whose last word names an organisation, a competition or
/// a place rather than a person (`Champions League`, `Six Nations`, `New
/// Zealand`; `Bank of England` is caught by `Bank` only when it is last).
pub(crate) fn is_organisation(name: &str) -> bool {
    const LAST: &[&str] = &[
        "League",
        "Nations",
        "Cup",
        "Party",
        "Committee",
        "Council",
        "Union",
        "Association",
        "Federation",
        "Bank",
        "Group",
        "Office",
        "Department",
        "Ministry",
        "Commission",
        "Court",
        "Club",
        "Games",
        "Championship",
        "Championships",
        "Open",
        "Trophy",
        "Series",
        "Tour",
        "Festival",
        "Awards",
        "Street",
        "House",
        "Times",
        "Post",
        "News",
        "Stadium",
        "Park",
        "United",
        "City",
        "Rovers",
        "Institute",
        "University",
        "College",
        "School",
        "Inc",
        "Corp",
        "Ltd",
        "Agency",
        "Board",
        "Authority",
        "Service",
        "Organisation",
        "Organization",
        "Foundation",
        "Fund",
        "Exchange",
        "Reserve",
        "Parliament",
        "Senate",
        "Congress",
        "Assembly",
        "Government",
        "Administration",
        "Campaign",
        "Network",
        // Places of two or more words (`New Zealand`, `West Germany`).
        "Zealand",
        "Germany",
        "York",
        "Kingdom",
        "States",
        "Africa",
        "America",
        "Korea",
        "Arabia",
        "Ireland",
        "Emirates",
        "Lanka",
        "Guinea",
        "Kong",
        "Jersey",
        "Orleans",
        "Angeles",
        "Francisco",
        "Delhi",
        "Rica",
        "Coast",
        "Carolina",
        "Virginia",
        "Hampshire",
        "Dakota",
        "Mexico",
        "Europe",
        "Asia",
        "Republic",
        "County",
        "Province",
    ];
    name.split_whitespace()
        .last()
        .is_some_and(|w| LAST.contains(&w.trim_end_matches(['.', ',', '\'', '’'])))
}
