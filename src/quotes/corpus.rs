//! Speakers across articles, in input order (so the result does not
//! depend on threads): lone surnames mapped to the dominant full name
//! ([`CorpusNames`]), and title descriptions an article leaves open
//! resolved to the person written with that title ([`CorpusTitles`]).
//! The driver applies both as each batch comes back in order; the
//! aggregator merges, at the end of the run, the surnames seen before
//! their full name.

use rustc_hash::FxHashMap as HashMap;

use crate::lexicon::Lexicon;

use super::bodies::marks_body;
use super::names::{
    is_description, is_organisation, peer_surname, surname_of, title_blocks, title_fits,
};
use super::words::is_cap;
use super::Person;

/// Speakers across articles: a surname used alone in an article that
/// never gave the full name maps to the full name with that surname seen
/// in earlier articles (in input order, so the result does not depend on
/// threads). When several full names share the surname, it maps to the one
/// quoted at least `DOMINANT` times as often as all the others together
/// (`Reagan` → Ronald Reagan, not Nancy Reagan), else it stays as it is.
#[derive(Debug, Default)]
pub struct CorpusNames {
    /// Surname → (full name, quotes so far), in first-seen order.
    by_last: HashMap<String, Vec<(String, u32)>>,
    /// Spelling key ([`CorpusNames::spelling_key`]) → the spelling seen
    /// first, which every later spelling of the same name takes.
    spellings: HashMap<String, String>,
    /// Scratch space for a spelling key.
    key_buf: String,
}

/// How many times more quotes the chosen full name needs than the other
/// full names with its surname together.
const DOMINANT: u32 = 4;

impl CorpusNames {
    /// Learn the full names among `speakers`, then expand lone surnames.
    pub fn learn_and_apply(&mut self, speakers: &mut [String], lex: &Lexicon) {
        for s in speakers.iter() {
            let words: Vec<&str> = s.split(' ').collect();
            if words.len() < 2
                || words.len() > 4
                || !words.iter().all(|w| is_cap(w) || w.len() <= 2)
            {
                continue;
            }
            let last = surname_of(s);
            // A name seen before passed `person_like` then.
            if let Some((_, c)) = self
                .by_last
                .get_mut(last)
                .and_then(|names| names.iter_mut().find(|(n, _)| n == s))
            {
                *c += 1;
            } else if person_like(&words, lex) {
                self.by_last
                    .entry(last.to_string())
                    .or_default()
                    .push((s.clone(), 1));
            }
        }
        for s in speakers.iter_mut() {
            // A lone surname, or a peer's (`Lord Goldsmith`): not a full
            // name of the other gender (`Baroness Kennedy` is not Charles
            // Kennedy).
            let (last, gender) = match peer_surname(s) {
                Some((name, gender)) => (name, Some(gender)),
                None if !s.contains(' ') => (s.as_str(), None),
                None => continue,
            };
            if let Some(full) = self.by_last.get(last).and_then(|n| dominant(n)) {
                let first_gender = full
                    .split(' ')
                    .next()
                    .and_then(|f| lex.first_name_gender(f));
                if gender.is_none() || first_gender.is_none() || gender == first_gender {
                    *s = full.to_string();
                }
            }
        }
        // One spelling per name across the corpus (`the Bundesbank` and
        // `Bundesbank`, `Gerhard de Kock` and `Gerhard De Kock`): the first
        // seen, so that per-speaker counts add up.
        for s in speakers.iter_mut() {
            if is_description(s) {
                continue;
            }
            let mut key = std::mem::take(&mut self.key_buf);
            self.spelling_key(s, &mut key);
            match self.spellings.get(key.as_str()) {
                Some(first) => {
                    if first != s {
                        s.clone_from(first);
                    }
                }
                None => {
                    self.spellings.insert(key.clone(), s.clone());
                }
            }
            self.key_buf = key;
        }
    }

    /// The key under which spellings of one name meet, into `key`: lower
    /// case, no `the` before a name of several words, an acronym or a body
    /// (`the Finance Ministry`, `the EC`, `the Bundesbank`); `the` stays
    /// before any other one word (`the King` is not a Mr King). Speakers
    /// are single-spaced already.
    fn spelling_key(&self, name: &str, key: &mut String) {
        key.clear();
        let rest = name
            .strip_prefix("the ")
            .or_else(|| name.strip_prefix("The "))
            .filter(|rest| {
                // (One word only when it marks a body: an acronym, a firm,
                // a plural, a bank, a seat of government.)
                let body = marks_body(rest)
                    || rest.ends_with('s') && !rest.ends_with("ss")
                    || rest.to_ascii_lowercase().ends_with("bank")
                    || matches!(
                        *rest,
                        "Treasury" | "Pentagon" | "Kremlin" | "Vatican" | "Fed"
                    );
                rest.contains(' ') || body && !self.by_last.contains_key(*rest)
            })
            .unwrap_or(name);
        key.extend(rest.chars().flat_map(char::to_lowercase));
    }

    /// Every lone surname that now maps to a full name, with that name: at
    /// the end of a run, the surnames quoted before their full name first
    /// appeared (in input order) are merged into it in the aggregate
    /// tables.
    pub fn surname_aliases(&self) -> HashMap<String, String> {
        self.by_last
            .iter()
            .filter_map(|(last, names)| Some((last.clone(), dominant(names)?.to_string())))
            .collect()
    }
}

/// Titles across articles: who has been written with which title, in
/// input order. A title description an article leaves unresolved (`the
/// prime minister` where the article only says `Tony Blair`) resolves to
/// the one person named in that article who was written with a fitting
/// title in this or an earlier article (`Prime Minister Tony Blair`).
#[derive(Debug, Default)]
pub struct CorpusTitles {
    /// Title → the people written with it.
    holders: HashMap<String, Vec<String>>,
}

impl CorpusTitles {
    /// Learn the titled people of one article.
    pub fn learn(&mut self, people: &[Person]) {
        for p in people {
            if let Some(t) = &p.title {
                let names = self.holders.entry(t.clone()).or_default();
                if !names.contains(&p.name) {
                    names.push(p.name.clone());
                }
            }
        }
    }

    /// The one person of `people` who has held a title that fits `title`.
    pub fn resolve(&self, title: &str, people: &[Person]) -> Option<String> {
        // One pass over the titles: who in the article fits, who blocks
        // (a party's holder of an unqualified title).
        let mut fitting: Vec<&str> = Vec::new();
        let mut blocking: Vec<&str> = Vec::new();
        for (t, names) in &self.holders {
            let list = if title_fits(t, title) {
                &mut fitting
            } else if title_blocks(t, title) {
                &mut blocking
            } else {
                continue;
            };
            for n in names {
                if people.iter().any(|p| p.name == *n) && !list.contains(&n.as_str()) {
                    list.push(n);
                }
            }
        }
        let found = match (
            fitting.as_slice(),
            blocking.iter().all(|b| fitting.contains(b)),
        ) {
            ([one], true) => Some(*one),
            _ => None,
        };
        found.map(str::to_string)
    }
}

/// A full name that may be a person's, for the surname map: no title word
/// (`Vice Chairman`, `Asian Director`), possessive (`Industrial Bank's
/// Taketomi`), organisation, party or country (`Texaco Canada`, `New York
/// Fed`, `Scottish Labour`),
/// participle (`Addressing Argentine`), place or function word first
/// (`East European`, `In Tokyo`) or origin (`Paris-based Euronext`).
fn person_like(words: &[&str], lex: &Lexicon) -> bool {
    const NO_SURNAME: &[&str] = &[
        "Canada",
        "Japan",
        "China",
        "France",
        "Britain",
        "Italy",
        "Spain",
        "Brazil",
        "India",
        "Australia",
        "Russia",
        "Germany",
        "Fed",
        "Labour",
        "Tories",
        "Conservatives",
        "Democrats",
        "Republicans",
        "Liberals",
        "Greens",
    ];
    const COMPASS: &[&str] = &[
        "East", "West", "North", "South", "Central", "Eastern", "Western", "Northern", "Southern",
        "New", "Greater",
    ];
    const FUNCTION: &[&str] = &[
        "In", "At", "On", "The", "A", "An", "For", "From", "By", "With", "As", "After", "Before",
        "During", "Under", "Over", "To", "Of", "And", "But", "If", "When", "While", "Since",
    ];
    let first = words.first().copied().unwrap_or("");
    let last = words.last().copied().unwrap_or("");
    !words.iter().any(|w| {
        lex.is_title(w)
            || w.ends_with("'s")
            || w.ends_with("’s")
            || w.ends_with("-based")
            || w.ends_with("-born")
    }) && !FUNCTION.contains(&first)
        && !is_organisation(&words.join(" "))
        && !NO_SURNAME.contains(&last)
        && !COMPASS.contains(&first)
        && (!first.ends_with("ing") || lex.first_name_gender(first).is_some())
}

/// The full name quoted at least `DOMINANT` times as often as the others
/// with its surname together (the first seen on a tie), if any.
fn dominant(names: &[(String, u32)]) -> Option<&str> {
    let total: u32 = names.iter().map(|(_, c)| c).sum();
    let best = names.iter().fold(None::<&(String, u32)>, |b, x| match b {
        Some(b) if b.1 >= x.1 => Some(b),
        _ => Some(x),
    })?;
    (best.1 >= DOMINANT * (total - best.1)).then_some(best.0.as_str())
}
