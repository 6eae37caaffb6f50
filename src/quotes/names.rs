//! Names of speakers: strip titles and tags from a mention (`Rep. Jerrold
//! Nadler (N.Y.)` → `Jerrold Nadler`), split joint mentions into people,
//! tell descriptions (`the official`) and organisations from names, and
//! the word rules a name is read by (titles, descriptors, surnames,
//! pronouns, gendered nouns). Mapping the mentions of one article to its
//! full names is [`super::registry`].

use crate::lexicon::{Gender, Lexicon};

use super::words::is_cap;

/// Capitalised words that start sentences or headlines and are never names.
const STOP: &[&str] = &[
    // Auxiliaries opening a question (`Is Sanders Ready?`): no first
    // names (unlike `Will`).
    "Is",
    "Are",
    "Was",
    "Were",
    "Has",
    "Have",
    "Does",
    "Did",
    "Can",
    "Could",
    "Should",
    "Would",
    "Said",
    "Says",
    "About",
    "Into",
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
    // Sentence adverbs (`Specifically, the team led by Dr. Howard Ory
    // found that …`).
    "Specifically",
    "Similarly",
    "Separately",
    "Additionally",
    "Finally",
    "Ultimately",
    "Initially",
    "Consequently",
    "Currently",
    "Recently",
    "Previously",
    "Originally",
    "Earlier",
    "Later",
    "Instead",
    "Likewise",
    "Indeed",
    "Nonetheless",
    "Nevertheless",
    "Furthermore",
    "Moreover",
    "Otherwise",
    "Overall",
    "Apparently",
    "Clearly",
    "Obviously",
    "Unfortunately",
    "Fortunately",
    "Interestingly",
    "Notably",
    "Importantly",
    "Privately",
    "Publicly",
    "Personally",
    "Generally",
    "Typically",
    "Eventually",
];

/// Capitalised words that never start a name (days, months, connectives).
pub(crate) fn is_stop(w: &str) -> bool {
    // (The set, and the length of its longest word: a longer word is
    // known not to be in it without hashing.)
    static SET: std::sync::LazyLock<(rustc_hash::FxHashSet<&'static str>, usize)> =
        std::sync::LazyLock::new(|| {
            let longest = STOP.iter().map(|w| w.len()).max().unwrap_or(0);
            (STOP.iter().copied().collect(), longest)
        });
    let (set, longest) = &*SET;
    w.len() <= *longest && set.contains(w)
}

/// Lower-case words allowed inside a name (`Ludwig van Beethoven`).
pub(crate) const PARTICLES: &[&str] = &[
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

/// A word that ends a firm's name (`Inc`, `Corp`, `Holdings`, `AG`, …).
pub(crate) fn is_firm_word(word: &str) -> bool {
    matches!(
        word.trim_end_matches(['.', ',']),
        "Inc"
            | "Corp"
            | "Co"
            | "Ltd"
            | "Plc"
            | "PLC"
            | "plc"
            | "Group"
            | "Corporation"
            | "Company"
            | "Holdings"
            | "AG"
            | "SA"
            | "NV"
            | "Industries"
            | "Airlines"
            | "LLC"
            | "Limited"
            | "Bancorp"
            | "Bancorporation"
            | "Bancshares"
    )
}

/// True for the words after `the` of a firm's description: up to three
/// lower-case or `-based` modifiers, then a noun that only a firm is
/// (`packaged goods distributor`, `Dallas-based airline`, `automaker`);
/// not another firm than the one named (`the new company`, `the parent
/// company`).
pub(crate) fn is_firm_description(words: &[&str]) -> bool {
    let Some((head, mods)) = words.split_last() else {
        return false;
    };
    mods.len() <= 3
        && mods.iter().all(|w| {
            (w.chars().all(|c| c.is_lowercase() || c == '-') || w.ends_with("-based"))
                && !matches!(
                    *w,
                    "new" | "other" | "former" | "combined" | "merged" | "parent" | "acquiring"
                )
        })
        && matches!(
            *head,
            "company"
                | "firm"
                | "distributor"
                | "automaker"
                | "carmaker"
                | "airline"
                | "carrier"
                | "utility"
                | "insurer"
                | "retailer"
                | "lender"
                | "manufacturer"
                | "conglomerate"
                | "brokerage"
                | "refiner"
                | "chipmaker"
                | "corporation"
        )
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
    if given && family || chinese_name(first, last) {
        first
    } else {
        last
    }
}

/// Common Chinese family names in pinyin (not `He`, a pronoun too).
const CHINESE_FAMILY_NAMES: &[&str] = &[
    "Cao", "Chen", "Deng", "Ding", "Dong", "Du", "Feng", "Gao", "Guo", "Han", "Hu", "Huang", "Jia",
    "Jiang", "Li", "Liang", "Liu", "Luo", "Ma", "Peng", "Qian", "Qiao", "Song", "Sun", "Tang",
    "Tian", "Wang", "Wei", "Wen", "Wu", "Xie", "Xu", "Yang", "Yao", "Zeng", "Zhang", "Zhao",
    "Zheng", "Zhou", "Zhu", "Zou",
];

/// `Deng Xiaoping`, `Li Peng`, `Wen Jiabao`: a Chinese name, family name
/// first, with a given name of one or two pinyin syllables (not `Lin
/// Wood`, `Song Smith`).
fn chinese_name(first: &str, last: &str) -> bool {
    // (The list is sorted: a binary search, as most names are no such.)
    first.len() <= 5
        && CHINESE_FAMILY_NAMES.binary_search(&first).is_ok()
        && is_cap(last)
        && last.len() <= 9
        && last
            .get(1..)
            .is_some_and(|r| r.bytes().all(|b| b.is_ascii_lowercase()))
        && pinyin_syllables(&last.to_ascii_lowercase()).is_some_and(|n| n <= 2)
}

/// The number of pinyin syllables `s` (lower case) splits into, if it
/// splits into syllables at all.
fn pinyin_syllables(s: &str) -> Option<usize> {
    const INITIALS: &[&str] = &[
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
        "r", "z", "c", "s", "y", "w", "",
    ];
    const FINALS: &[&str] = &[
        "iang", "iong", "uang", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai", "ei",
        "ao", "ou", "an", "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui", "er", "a", "o",
        "e", "i", "u",
    ];
    // Fewest syllables to cover s[..k], for each k.
    let n = s.len();
    let mut best: Vec<Option<usize>> = vec![None; n + 1];
    if let Some(b) = best.get_mut(0) {
        *b = Some(0);
    }
    for k in 0..n {
        let Some(here) = best.get(k).copied().flatten() else {
            continue;
        };
        let rest = s.get(k..).unwrap_or("");
        for i in INITIALS {
            let Some(after) = rest.strip_prefix(i) else {
                continue;
            };
            for f in FINALS {
                if after.starts_with(f) {
                    let end = k + i.len() + f.len();
                    if let Some(b) = best.get_mut(end) {
                        if b.is_none_or(|x| here + 1 < x) {
                            *b = Some(here + 1);
                        }
                    }
                }
            }
        }
    }
    best.get(n).copied().flatten()
}

/// How many words of `words` (a name run of three or more capitalised
/// words) are a descriptor before the name: one word that is no known
/// first name and ends like an English noun or adjective (`Guitarist
/// Brian May`, `Commerce Malcolm Baldrige`, `Defiant Matt Williams`),
/// before a known first name; or two words or more, none a known first
/// name, before a known first name and a surname or two (`Credit Suisse
/// Paul Hofer`, `Fellow Lib Dem Norman Baker`). Initials, firms (`… Corp`)
/// and unknown first names (`Iain Duncan Smith`, `Hanns Christian …`,
/// `Tunku Abdul Rahman`) keep it: 0.
pub(crate) fn descriptor_words(words: &[&str], lex: &Lexicon) -> usize {
    // (One word: also a party member, nationality or role, or `From`:
    // `Democrat Hillary Clinton`, `Adviser Sidney Blumenthal`.)
    let before_first_name = words
        .get(1)
        .is_some_and(|w| lex.first_name_gender(w).is_some());
    // (Checked lazily: most runs need neither.)
    let one_word = || {
        words.first().is_some_and(|w| {
            is_capitalised_person_noun(w)
                || is_role_noun(w)
                || is_portfolio(w)
                || matches!(*w, "From" | "By" | "Via")
                || is_person_description(&w.to_lowercase())
                // (A person's noun by its ending, no first name:
                // `Billionaire Mark Cuban`, `Teenager Sania Mirza`,
                // `Magistrate Lee Gilmore`.)
                || ["aire", "ager", "ate", "ist", "eer"].iter().any(|e| w.ends_with(e))
                    && w.len() >= 7
                    && lex.first_name_gender(w).is_none()
        })
    };
    let last = words.last().copied().unwrap_or_default();
    let firm = || is_firm_word(last) || last == "Bank" || is_organisation(&words.join(" "));
    if leading_descriptor(words, lex)
        || before_first_name && words.len() <= 4 && one_word() && !firm()
    {
        return 1;
    }
    let Some(k) = words
        .iter()
        .position(|w| lex.first_name_gender(w).is_some())
    else {
        return 0;
    };
    let tail = words.len().saturating_sub(k);
    if k >= 2
        && (2..=3).contains(&tail)
        && words
            .iter()
            .all(|w| is_cap(w) && w.chars().all(|c| c.is_alphabetic() || c == '-'))
        && !firm()
    {
        k
    } else {
        0
    }
}

/// A minister's portfolio, capitalised (`Energy` in `Minister of Mines and
/// Energy Subroto`, `Budget` in `Office of Management and Budget James
/// Miller`): never a first name.
pub(crate) fn is_portfolio(word: &str) -> bool {
    matches!(
        word,
        "Energy"
            | "Finance"
            | "Trade"
            | "Industry"
            | "Commerce"
            | "Agriculture"
            | "Defence"
            | "Defense"
            | "Economy"
            | "Health"
            | "Education"
            | "Justice"
            | "Interior"
            | "Transport"
            | "Environment"
            | "Planning"
            | "Budget"
            | "Treasury"
            | "Petroleum"
            | "Mines"
            | "Development"
            | "Affairs"
    )
}

fn leading_descriptor(words: &[&str], lex: &Lexicon) -> bool {
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
        && !is_firm_word(last)
        && last.trim_end_matches('.') != "Bank"
        && !is_organisation(&words.join(" "))
}

/// The one value all of `candidates` share: none when there are none or
/// two differ (a description fits one person, or tells no one).
pub(super) fn sole<T: PartialEq>(mut candidates: impl Iterator<Item = T>) -> Option<T> {
    let first = candidates.next()?;
    candidates.all(|c| c == first).then_some(first)
}

/// True for a word with a possessive `'s` or `’s`.
pub(crate) fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// True for an Arabic name written with its article in lower case
/// (`al-Bader`, `el-Sayed`).
pub(crate) fn is_arabic_article_name(word: &str) -> bool {
    ["al-", "el-"].iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    })
}

pub(crate) fn strip_possessive(word: &str) -> &str {
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
    // `Brian Monteith MSP`, `Jane Doe QC`: letters after a full name.
    // (Not a description: `the Salford MP`, `A UK Independence Party MEP`.)
    let mut words = words;
    let described = words
        .first()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"));
    while !described
        && words.len() > 2
        && words.last().is_some_and(|w| {
            matches!(
                *w,
                "MP" | "MSP" | "MEP" | "MLA" | "QC" | "OBE" | "MBE" | "CBE"
            )
        })
    {
        words.pop();
    }
    // `Analysts said` at a sentence's start: the same people as `…,
    // analysts said`, a description, not a name (`MPs` keeps its
    // capitals).
    if let [w] = words.as_slice() {
        let mut chars = w.chars();
        let rest_lower = chars.next().is_some_and(char::is_uppercase)
            && chars.clone().count() > 1
            && chars.all(char::is_lowercase);
        if rest_lower && w.ends_with('s') && is_role_or_plural(w) {
            return w.to_lowercase();
        }
    }
    // "The Post’s Chris Cillizza", "Cominco's Townson": a body's possessive
    // before a name; the person is the name.
    if let Some(p) = words.iter().rposition(|w| is_cap(w) && is_possessive(w)) {
        let name = words.get(p + 1..).unwrap_or_default();
        // (Not a description, `a spokesman for Manchester's Trafford
        // Centre`, nor a title, `the People's Daily`, `Schindler's List`.)
        let described = words
            .first()
            .is_some_and(|w| !is_cap(w) && !matches!(*w, "the"));
        let title = matches!(
            name,
            [w] if matches!(*w, "Daily" | "List" | "Centre" | "Center" | "Weekly" | "Magazine")
        );
        if !name.is_empty()
            && name.len() <= 3
            && !described
            && !title
            && name.iter().all(|w| is_cap(w) && !lex.is_title(w))
            && !is_organisation(&name.join(" "))
        {
            return clean_name(&name.join(" "), lex);
        }
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
    if run >= 1 && run < words.len() {
        let (head, name) = words.split_at(words.len() - run);
        // (A lone surname only after hyphenated descriptors:
        // `Man-of-the-match Duff`.)
        let ok = if run >= 2 {
            head.iter().all(|w| descriptor(w))
        } else {
            head.iter().all(|w| hyphen_descriptor(w))
        };
        if ok {
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
            && words.get(i - 1).is_some_and(|w| {
                is_cap(w) && (lex.is_title(w) || is_organisation(w))
                    // (`Shadow leader of the Commons Oliver Heald`.)
                    || !is_cap(w) && lex.is_title(w) && i >= 2
            })
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
                        .is_some_and(|w| is_possessive(w))
                || i > 0 && of_title(i - 1)
                || i > 1 && the(i - 1) && of_title(i - 2)
        })
        .collect();
    // `Minister of Mines and Energy Subroto`: `and` and the word after it
    // go on the portfolio, when a name follows.
    let mut titled = titled;
    for i in 1..words.len().saturating_sub(2) {
        // (And a second title: `president and chief executive officer
        // Landon H. Rowland`.)
        if words.get(i) == Some(&"and")
            && titled.get(i - 1) == Some(&true)
            && words
                .get(i + 1)
                .is_some_and(|w| is_cap(w) || lex.is_title(w))
        {
            for k in [i, i + 1] {
                if let Some(t) = titled.get_mut(k) {
                    *t = true;
                }
            }
        }
    }
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
        // "The company" and "the company" are one speaker, as are "The
        // Tories" at a sentence's start and "the Tories" inside one; a
        // publication keeps the capital of its name ("The Washington
        // Post", "The Daily Telegraph").
        let mut out = words.join(" ").trim_end_matches('.').to_string();
        // (Not `A and P`, a name.)
        let second_lower = words.get(1).is_some_and(|w| !is_cap(w) && *w != "and");
        let publication = words.iter().any(|w| {
            matches!(
                strip_possessive(w.trim_end_matches(['.', ','])),
                "Post"
                    | "Times"
                    | "Journal"
                    | "Telegraph"
                    | "Guardian"
                    | "Independent"
                    | "Economist"
                    | "Observer"
                    | "Herald"
                    | "Tribune"
                    | "Globe"
                    | "Mirror"
                    | "Express"
                    | "Sun"
                    | "Press"
                    | "Daily"
                    | "Magazine"
                    | "Atlantic"
                    | "Hill"
                    | "Yorker"
                    | "Republic"
            )
        });
        if second_lower || !publication && words.len() >= 2 {
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
    if let Some(n) = words.get(start..).filter(|n| n.len() >= 3) {
        start += descriptor_words(n, lex);
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
/// Democrat leader`, `Mr Blair's spokesman`): it may be another person in each article, so the
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
                // `the Illinois Democrat`, `the American`, `the Treasury
                // Secretary`, `the MPs`: a capitalised person's noun last.
                || rest.last().is_some_and(|last| is_capitalised_person_noun(last))
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
        // A role, not a name: a lone capitalised one (`Analysts said`,
        // `Official` from `U.S. Official`), or a lower-case head after
        // capitalised words (`Mr Blair's spokesman`, `U.S. officials`).
        _ => {
            let last = speaker.rsplit(' ').next().unwrap_or(speaker);
            (words.next().is_none() || lower(last)) && is_role_or_plural(last)
        }
    }
}

/// True when a title text (`canadian trade minister`) holds a role noun,
/// so that the name after it is a person's.
pub(crate) fn has_role_word(title: &str) -> bool {
    title.split(' ').any(is_role_noun)
}

/// True for a capitalised noun that names a kind of person, not a body:
/// a party member, a nationality, a title or role (`Democrat`, `Tory`,
/// `American`, `Argentine`, `Secretary`, `Bishop`, `MPs`), not a party
/// (`Democrats`).
pub(crate) fn is_capitalised_person_noun(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']);
    // (Not a body: `the Scottish Executive`, `the Liberal Democrats`.)
    w.starts_with(char::is_uppercase)
        && (is_role_noun(w) && w != "Executive"
            || matches!(
                w,
                "Democrat"
                    | "Republican"
                    | "Tory"
                    | "Socialist"
                    | "MP"
                    | "MPs"
                    | "MSP"
                    | "MEP"
                    | "Bishop"
                    | "Archbishop"
                    | "Cardinal"
                    | "Senator"
                    | "Congressman"
                    | "American"
                    | "Americans"
                    | "Australian"
                    | "Argentine"
                    | "Briton"
                    | "Britons"
                    | "Canadian"
                    | "Frenchman"
                    | "German"
                    | "Brazilian"
                    | "Mexican"
                    | "Italian"
                    | "Spaniard"
                    | "Scot"
                    | "Welshman"
                    | "Irishman"
                    | "Englishman"
                    | "Dutchman"
                    | "Japanese"
                    | "Chinese"
                    | "Russian"
                    | "Indian"
                    | "Swede"
                    | "Dane"
                    | "Norwegian"
                    | "Kenyan"
                    | "Ethiopian"
                    | "Nigerian"
            ))
}

/// True for a description of one person (`the singer`, `the 31-year-old`,
/// `the Warriors chief`): its last word is a role noun, a gendered noun or
/// an age; not `the report`, `the radio`, `the agency`.
pub fn is_person_description(description: &str) -> bool {
    let last = description.rsplit(' ').next().unwrap_or(description);
    // (`the source` is unnamed by definition.)
    !matches!(last, "source" | "sources")
        && (is_role_noun(last)
            || is_capitalised_person_noun(last) && !last.ends_with('s')
            || description_gender(last).is_some()
            || last.ends_with("-year-old")
            || matches!(
                last,
                "singer"
                    | "athlete"
                    | "champion"
                    | "star"
                    | "actor"
                    | "actress"
                    | "winger"
                    | "forward"
                    | "defender"
                    | "goalkeeper"
                    | "veteran"
                    | "agent"
                    | "boss"
                    | "author"
                    | "writer"
                    | "journalist"
                    | "producer"
                    | "frontman"
                    | "frontwoman"
                    | "guitarist"
                    | "drummer"
                    | "bassist"
                    | "keyboardist"
                    | "rapper"
                    | "winner"
                    | "nominee"
            ))
}

/// A player's position: on its own a description of a named player (`the
/// defender`).
const POSITIONS: &[&str] = &["striker", "midfielder", "defender", "goalkeeper", "winger"];

/// Nationality nouns (`Dutchman`) and the adjectives written before a
/// name for the same nationality (`Dutch`).
const NATIONALS: &[(&str, &[&str])] = &[
    ("American", &["American", "US"]),
    ("Argentine", &["Argentine", "Argentinian"]),
    ("Australian", &["Australian"]),
    ("Austrian", &["Austrian"]),
    ("Belgian", &["Belgian"]),
    ("Brazilian", &["Brazilian"]),
    ("Briton", &["British"]),
    ("Canadian", &["Canadian"]),
    ("Croat", &["Croatian"]),
    ("Dane", &["Danish"]),
    ("Dutchman", &["Dutch"]),
    ("Dutchwoman", &["Dutch"]),
    ("Englishman", &["English"]),
    ("Ethiopian", &["Ethiopian"]),
    ("Frenchman", &["French"]),
    ("Frenchwoman", &["French"]),
    ("German", &["German"]),
    ("Irishman", &["Irish"]),
    ("Italian", &["Italian"]),
    ("Jamaican", &["Jamaican"]),
    ("Kenyan", &["Kenyan"]),
    ("Moroccan", &["Moroccan"]),
    ("New Zealander", &["New Zealand"]),
    ("Nigerian", &["Nigerian"]),
    ("Norwegian", &["Norwegian"]),
    ("Russian", &["Russian"]),
    ("Scot", &["Scottish", "Scots"]),
    ("Scotsman", &["Scottish", "Scots"]),
    ("Serb", &["Serbian"]),
    ("South African", &["South African"]),
    ("Spaniard", &["Spanish"]),
    ("Swede", &["Swedish"]),
    ("Welshman", &["Welsh"]),
];

/// `the American`, `The Dutchman`, `the New Zealander`: a person named
/// by nationality alone; the adjectives of that nationality.
pub fn nationality_description(mention: &str) -> Option<&'static [&'static str]> {
    let rest = mention
        .strip_prefix("the ")
        .or_else(|| mention.strip_prefix("The "))?;
    NATIONALS
        .iter()
        .find(|(noun, _)| *noun == rest)
        .map(|(_, adjectives)| *adjectives)
}

/// True when `word` is an adjective of some nationality
/// ([`nationality_description`]), or `Swiss`.
pub fn is_nationality_adjective(word: &str) -> bool {
    word == "Swiss" || NATIONALS.iter().any(|(_, a)| a.contains(&word))
}

/// True for a definite description that stands for a person the article
/// has named, never for one it has not: an age (`the 31-year-old`, `the
/// 28-year-old striker`), a capitalised qualifier and a person's noun
/// (`the Arsenal boss`, `the Waterford man`), a performer's noun after a
/// lower-case word (`the pop star`), a player's position, alone or after
/// a lower-case word (`the defender`, `the giant winger`), a person's noun
/// after two words of which the second is capitalised (`the double
/// Olympic champion`). Not `the official` or `the spokesman`, which follow
/// `an official said` as often as a name.
pub fn is_anaphoric_description(mention: &str) -> bool {
    let Some(rest) = mention
        .strip_prefix("the ")
        .or_else(|| mention.strip_prefix("The "))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let person_noun = |w: &str| {
        POSITIONS.contains(&w)
            || matches!(
                w,
                "boss"
                    | "chief"
                    | "manager"
                    | "coach"
                    | "player"
                    | "forward"
                    | "captain"
                    | "skipper"
                    | "star"
                    | "man"
                    | "woman"
                    | "veteran"
                    | "champion"
                    | "singer"
                    | "actor"
                    | "actress"
            )
    };
    let age = |w: &str| {
        w.strip_suffix("-year-old")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    match words.as_slice() {
        // (`the mother-of-nine`, `the father-of-two`.)
        [a] => {
            age(a)
                || POSITIONS.contains(a)
                || a.split_once("-of-").is_some_and(|(head, _)| {
                    matches!(head, "mother" | "father" | "grandmother" | "grandfather")
                })
        }
        [a, noun] => {
            // (A player's position too: `the giant winger`, `the veteran
            // defender`.)
            let performer = matches!(
                *noun,
                "star" | "singer" | "actor" | "actress" | "player" | "champion"
            ) || POSITIONS.contains(noun);
            age(a) && noun.chars().all(|c| c.is_lowercase() || c == '-')
                || is_cap(a) && a.chars().all(char::is_alphabetic) && person_noun(noun)
                // (`the Illinois Democrat`, `the Labour MP`: one member.)
                || is_cap(a)
                    && a.chars().all(char::is_alphabetic)
                    && is_capitalised_person_noun(noun)
                    && !noun.ends_with('s')
                // (`the pop star`, `the tennis player`; not `the young man`.)
                || performer && a.chars().all(|c| c.is_ascii_lowercase())
        }
        // (`the double Olympic champion`, `the former England captain`,
        // `the Old Trafford boss`: a capitalised qualifier right before the
        // person's noun; not `the Metropolitan police chief`, a post.)
        [a, b, noun] => {
            person_noun(noun)
                && [a, b].iter().all(|w| w.chars().all(char::is_alphabetic))
                && is_cap(b)
        }
        _ => false,
    }
}

/// A role noun ([`is_role_noun`]), or the plural of one or of a few more
/// words for groups that speak (`critics`, `sources`, `witnesses`).
fn is_role_or_plural(word: &str) -> bool {
    is_role_noun(word)
        || word.strip_suffix('s').is_some_and(|stem| {
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
        // (`the mother-of-nine`: the head before `-of-`.)
        let w = w.split_once("-of-").map_or(w, |(head, _)| head);
        match w.to_ascii_lowercase().trim_end_matches(['.', ',']) {
            "spokeswoman" | "chairwoman" | "businesswoman" | "congresswoman" | "councilwoman"
            | "woman" | "mother" | "wife" | "daughter" | "sister" | "grandmother" | "widow"
            | "actress" | "frontwoman" => Some(Gender::Female),
            "spokesman" | "chairman" | "businessman" | "congressman" | "councilman" | "man"
            | "father" | "husband" | "son" | "brother" | "grandfather" | "widower" | "actor"
            | "frontman" => Some(Gender::Male),
            _ => None,
        }
    })
}

/// The gender an honorific gives (`Mr`, `Sir`, `Lord` / `Mrs`, `Ms`,
/// `Dame`, `Baroness`, with or without a dot); `None` for any other word.
pub(crate) fn honorific(word: &str) -> Option<Gender> {
    match word.trim_end_matches('.') {
        "Mr" | "Sir" | "Lord" | "Viscount" | "Prince" | "King" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" | "Baroness" | "Princess" | "Queen" => {
            Some(Gender::Female)
        }
        _ => None,
    }
}

/// The gender of an honorific right before a name in `mention` (`Mr.
/// Manafort`, `Labour peer Baroness Kennedy`, `Sir Digby Jones`), if any;
/// not before a possessive (`Ms Jowell's deputy, Richard Caborn`).
pub fn honorific_gender(mention: &str) -> Option<Gender> {
    let mut words = mention.split_whitespace().peekable();
    while let Some(w) = words.next() {
        let next_is_name = words.peek().is_some_and(|n| {
            is_cap(n) && !n.trim_end_matches(',').ends_with("'s") && !n.ends_with("’s")
        });
        let g = honorific(w);
        if g.is_some() && next_is_name {
            return g;
        }
    }
    None
}

/// A peer written by title and one name (`Lord Falconer`, `Baroness
/// Boothroyd`) whose article gives no fuller name: the speaker keeps the
/// title, since the bare name would be anyone's (`Woolf`, `Browne`), with
/// the gender the title gives. `mention` is the mention as written,
/// `resolved` the name it resolved to.
///
/// `cleaned` is the bare name of the mention and `resolved` what the
/// article's names made of it, with `resolved_gender` if known: a full name
/// of the other gender is another person (`Labour peer Baroness Kennedy`
/// is not the article's Charles Kennedy), so the peer keeps the title.
pub fn peer_name(
    mention: &str,
    cleaned: &str,
    resolved: &str,
    resolved_gender: Option<Gender>,
) -> Option<(String, Gender)> {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let [.., title, name] = words.as_slice() else {
        return None;
    };
    let gender = peer_gender(title)?;
    let bare = strip_possessive(name);
    if resolved.contains(' ') {
        let other = bare == cleaned && resolved_gender.is_some_and(|g| g != gender);
        return other.then(|| (format!("{title} {bare}"), gender));
    }
    (bare == resolved).then(|| (format!("{title} {resolved}"), gender))
}

/// True when `mention` ends with a peer's title and one name (`Labour peer
/// Baroness Kennedy`), the mentions [`peer_name`] reads.
pub fn is_peer_mention(mention: &str) -> bool {
    let mut words = mention.split_whitespace().rev();
    words.next().is_some() && words.next().and_then(peer_gender).is_some()
}

/// The gender a peer's title gives; `None` for any other word.
pub(crate) fn peer_gender(title: &str) -> Option<Gender> {
    match title {
        "Lord" | "Baron" | "Viscount" => Some(Gender::Male),
        "Lady" | "Baroness" => Some(Gender::Female),
        _ => None,
    }
}

/// The name of a peer written as [`peer_name`] gives it (`Lord Falconer`
/// → `Falconer`) and the gender its title gives, for the surname map
/// across articles.
pub fn peer_surname(speaker: &str) -> Option<(&str, Gender)> {
    let (title, name) = speaker.split_once(' ')?;
    let gender = peer_gender(title)?;
    (!name.contains(' ')).then_some((name, gender))
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
pub(crate) fn qualified_title(text: &str, at: usize, lex: &Lexicon) -> Option<String> {
    // The word right before the name must be a lower-case title: checked
    // first, without splitting anything.
    let before = text.get(..at)?.trim_end();
    let prev = before.get(before.rfind(char::is_whitespace).map_or(0, |i| i + 1)..)?;
    if prev.is_empty() || is_cap(prev) || !lex.is_title(prev) {
        return None;
    }
    // Only the few words before the name (a bounded look back).
    let from = crate::segment::boundary_at_or_after(text, at.saturating_sub(80));
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
pub(crate) fn hyphen_descriptor(w: &str) -> bool {
    // (Most words have no hyphen: one byte scan, no reverse search.)
    w.as_bytes().contains(&b'-')
        // (`Man-of-the-match Duff`.)
        && (w.contains("-of-") || w.rsplit_once('-').is_some_and(|(_, b)| {
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
        }))
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
    // "Nortel president and chief executive Bill Owens": two titles joined
    // by `and` before one name: that person.
    if let [a, b] = parts.as_slice() {
        let ends_lower = a.split_whitespace().next_back().is_some_and(|w| !is_cap(w));
        let opens_lower = b.split_whitespace().next().is_some_and(|w| !is_cap(w));
        let words: Vec<&str> = b.split_whitespace().collect();
        let run = words.iter().rev().take_while(|w| is_cap(w)).count();
        if ends_lower && opens_lower && run >= 2 && run < words.len() && !mention.contains(',') {
            return vec![words.get(words.len() - run..).unwrap_or(&[]).join(" ")];
        }
    }
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
        && parts.last().is_some_and(|p| {
            // (A part that opens with a title is a person's: `… and
            // vice president Marc Stepp`.)
            p.split_whitespace().next().is_some_and(is_cap)
                && p.split_whitespace().skip(1).any(descriptor)
        });
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
    // (A part may open with lower-case title words before its name: `…
    // and vice president Marc Stepp`.)
    let title_word = |w: &str| {
        matches!(
            w,
            "vice"
                | "president"
                | "chairman"
                | "chairwoman"
                | "chief"
                | "executive"
                | "deputy"
                | "secretary"
                | "director"
                | "general"
                | "managing"
                | "senior"
                | "treasurer"
                | "counsel"
                | "governor"
                | "minister"
        )
    };
    let named_part = |p: &String| {
        p.split_whitespace()
            .find(|w| !title_word(w))
            .is_some_and(is_cap)
    };
    if parts.len() > 1
        && !firm
        && parts.iter().all(named_part)
        && !parts.iter().any(|p| p.chars().count() == 1)
    {
        // Titles shared by the group ("Reps.", "Sens.") belong to all.
        parts
    } else {
        vec![mention.trim().to_string()]
    }
}

/// True for a name whose last word names an organisation, a competition or
/// a place rather than a person (`Champions League`, `Six Nations`, `New
/// Zealand`; `Bank of England` is caught by `Bank` only when it is last).
pub(crate) fn is_organisation(name: &str) -> bool {
    is_body(name) || {
        // Places of two or more words (`New Zealand`, `West Germany`).
        const PLACES: &[&str] = &[
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
        last_word_in(name, PLACES)
    }
}

/// True for a name whose last word names a body, a competition or an
/// event rather than a person or a place (`Champions League`, `Foreign
/// Ministry`, `Ex-Cell-O Corp`).
pub(crate) fn is_body(name: &str) -> bool {
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
        "Center",
        "Centre",
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
        "Community",
        "Affairs",
        "Relations",
    ];
    last_word_in(name, LAST)
}

/// True when the last word of `name`, trailing punctuation left out, is
/// one of `words`.
fn last_word_in(name: &str, words: &[&str]) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| words.contains(&w.trim_end_matches(['.', ',', '\'', '’'])))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_family_names_are_sorted_for_binary_search() {
        assert!(CHINESE_FAMILY_NAMES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn pinyin_given_names_split_into_syllables() {
        assert_eq!(pinyin_syllables("xiaoping"), Some(2));
        assert_eq!(pinyin_syllables("peng"), Some(1));
        assert_eq!(pinyin_syllables("jiabao"), Some(2));
        assert_eq!(pinyin_syllables("wood"), None);
        assert_eq!(pinyin_syllables("bradley"), None);
        assert_eq!(surname_of("Deng Xiaoping"), "Deng");
        assert_eq!(surname_of("Lin Wood"), "Wood");
        assert_eq!(surname_of("Li Ka-shing"), "Li");
    }
}
