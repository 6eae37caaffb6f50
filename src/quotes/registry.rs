//! The names of one article ([`Registry`]): built from one pass over the
//! article's words, every run of two or more capitalised words (after
//! titles are stripped) is a full name, indexed by its surname; a mention
//! (`Nadler`, `Mr. Nadler`, `he`) maps to the full name it refers to.
//! Gender comes from `Mr.`/`Ms.` titles, from the first-name list, and
//! from pronouns already resolved to a name. The name rules themselves
//! (titles, descriptors, surnames) are in [`super::names`].

use rustc_hash::FxHashMap as HashMap;

use crate::lexicon::{Gender, Lexicon};
use crate::segment::{next_token, Token};

use super::bodies::{lead_firm, marks_body, opens_as_subject};
use super::names::{
    clean_name, description_gender, descriptor_words, has_role_word, honorific, honorific_gender,
    hyphen_descriptor, is_arabic_article_name, is_firm_word, is_organisation, is_portfolio,
    is_possessive, is_role_noun, is_stop, qualified_title, single_spaced, sole, strip_possessive,
    surname_of, title_blocks, title_fits, PARTICLES,
};
use super::poll::is_poll;
use super::words::is_cap;

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

/// A lone surname after a person's title or an honorific.
#[derive(Clone, Debug)]
struct Single {
    name: String,
    gender: Option<Gender>,
    at: usize,
    /// A speech verb follows (`President Reagan said`).
    speaks: bool,
    /// The title written before it, lower case (`president`).
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
    /// Byte offset of the last speaker's mention, if any.
    last_speaker_at: Option<usize>,
    /// Byte offset of the mention of the last speaker that is no body.
    last_person_at: Option<usize>,
    /// Speakers a description showed to be bodies (`the magazine` →
    /// `Mobile PC`, `the ministry` → `Finance Ministry`): `it`, never
    /// `he` or `she`, whatever their names look like.
    noted_bodies: Vec<String>,
    /// Byte offset of the article's first word.
    lead: usize,
    /// Lone surnames written after a person's title or an honorific
    /// (`President Reagan`, `Indonesian Energy Minister Subroto`, `Mr
    /// Tanaka`): not full names, so not in `known` (a surname must map to
    /// the full name), but people a `he`/`she` may stand for.
    titled_singles: Vec<Single>,
    /// The capitalised name right before the first `said`/`says`/`has
    /// said` of the article's first sentence, when no person's.
    lead_firm: Option<String>,
    /// The article opens with a name and a verb (`Rainier Bancorp said
    /// …`, `Dart Group Corp <DARTA.O> has …`), not a headline.
    lead_subject: bool,
    /// The issuers found so far of the documents a mention names (`the
    /// report` → the Islamic Development Bank): (noun, issuer), the last
    /// one last.
    issuers: Vec<(String, String)>,
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
            // three words or more only; most are shorter); `… and Energy
            // Subroto`: a portfolio opening a two-word run leaves a lone
            // surname.
            // (One token: nothing to drop, no words to collect.)
            start += if end - start < 2 {
                0
            } else {
                let run = cursor.toks.get(start..end).unwrap_or(&[]);
                let words: Vec<&str> = words_of(text, run).collect();
                let drop = match words.as_slice() {
                    [first, second]
                        if is_portfolio(first)
                            && !second.ends_with('s')
                            && !is_organisation(second) =>
                    {
                        1
                    }
                    // `Understated Perez`, `Embattled Smith`: a participle
                    // before a surname (`-ated`, `-tled`, `-ered`, six
                    // letters or more, `-ing`, eight or more; not
                    // `Wilfred`, `Murshed`, `Irving`).
                    [first, _]
                        if (first.len() >= 6
                            && ["ated", "tled", "ered"].iter().any(|e| first.ends_with(e))
                            || first.len() >= 8 && first.ends_with("ing"))
                            && lex.first_name_gender(first).is_none() =>
                    {
                        1
                    }
                    [_, _, _, ..] => descriptor_words(&words, lex),
                    _ => 0,
                };
                // (The descriptor's words as tokens: a name run holds words
                // and the dots of initials, none of which it drops.)
                run.iter()
                    .enumerate()
                    .filter(|(_, t)| t.word)
                    .nth(drop)
                    .map_or(0, |(k, _)| k)
            };
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
            // (Only a lone surname needs to know whether a speech verb
            // follows it.)
            let next_speaks = end - start == 1
                && cursor
                    .get(end)
                    .filter(|t| t.word)
                    .and_then(|t| text.get(t.span.clone()))
                    .is_some_and(|v| lex.speech_verb(v).is_some());
            let run = cursor.toks.get(start..end).unwrap_or(&[]);
            let mut word_toks = run.iter().filter(|t| t.word);
            let first_word = word_toks.next().and_then(|t| text.get(t.span.clone()));
            let last_tok = word_toks.next_back();
            let slice = match (run.first(), last_tok) {
                (Some(a), Some(b)) => text.get(a.span.start..b.span.end).unwrap_or(""),
                _ => "",
            };
            // One word after a person's title or an honorific.
            if let (Some(w), None) = (first_word, last_tok) {
                // (Not `General Agreement on Tariffs`, `Chief Soviet
                // negotiator`: titles that are adjectives too.)
                let person_title = title.as_deref().is_some_and(|t| {
                    t.split(' ')
                        .any(|w| is_role_noun(w) && !matches!(w, "general" | "chief"))
                });
                if (person_title || gender.is_some())
                    && is_cap(w)
                    && !is_possessive(w)
                    && !is_organisation(w)
                {
                    reg.titled_singles.push(Single {
                        name: w.to_string(),
                        gender,
                        at: run.first().map_or(0, |t| t.span.start),
                        speaks: next_speaks,
                        title: title.clone(),
                    });
                }
            }
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
        reg.lead_subject = reg
            .known
            .first()
            .is_some_and(|k| k.at == reg.lead && opens_as_subject(text, &k.name, k.at));
        reg.lead_firm = lead_firm(text, reg.lead, lex);
        reg
    }

    /// The body whose statement opens the article (`Chemicals group Bayer
    /// AG <BAYG.F> said …`, `Microsoft has said …`), for `the company` and
    /// `it` when no name in the article marks itself as a firm.
    pub fn lead_firm(&self) -> Option<&str> {
        self.lead_firm.as_deref()
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
            } else if lex.first_name_gender(&name).is_some()
                && !self.titled_singles.iter().any(|t| t.name == name)
                // (Nor a word a known name has after its first: a surname.)
                && !self
                    .known
                    .iter()
                    .any(|k| k.name.split(' ').skip(1).any(|w| w == name))
            {
                // "Serena" → the one person of that first name in the
                // article (`Serena Williams`, beside `Venus Williams`);
                // not after a title (`Prince Charles`), nor a place, a
                // body, a firm word or a suffix (`Duncan Jr`). A firm
                // named like a person still passes (`Walter Oil`).
                let mut people = self.known.iter().filter(|k| {
                    let mut words = k.name.split(' ');
                    !k.place
                        && words.next() == Some(name.as_str())
                        && !is_organisation(&k.name)
                        && words.all(|w| {
                            !is_firm_word(w)
                                && !matches!(w, "Jr" | "Sr" | "Jr." | "Sr." | "II" | "III")
                        })
                });
                if let (Some(k), None) = (people.next(), people.next()) {
                    name = k.name.clone();
                }
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
            // the one known name that ends with it; so is a double surname
            // (`Mr Baez Silva` after `Carlos Baez Silva`), whose first word
            // is no first name, when the known name's is.
            let particle = matches!(
                first.to_ascii_lowercase().as_str(),
                "de" | "van" | "von" | "der" | "den" | "du" | "da" | "di" | "del" | "della"
            );
            let double = name == cleaned
                && lex.first_name_gender(&first).is_none()
                && !is_organisation(&name)
                && !name.split(' ').any(is_firm_word);
            if particle || double {
                let mut ends = self.known.iter().filter(|k| {
                    let cut = k.name.len().saturating_sub(name.len());
                    cut > 0
                        && k.name
                            .get(cut..)
                            .is_some_and(|t| t.eq_ignore_ascii_case(&name))
                        && k.name.get(..cut).is_some_and(|h| h.ends_with(' '))
                        // (Before a double surname, a first name: not the
                        // run `Transport Lee Marsh` of `Secretary of
                        // Transport Lee Marsh`.)
                        && (particle
                            || k.name
                                .split(' ')
                                .next()
                                .is_some_and(|f| lex.first_name_gender(f).is_some()))
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

    /// Remember that `the NOUN` (`the report`) was issued by `issuer`.
    pub fn note_issuer(&mut self, noun: &str, issuer: &str) {
        self.issuers.push((noun.to_string(), issuer.to_string()));
    }

    /// The issuer last found for a document called `the NOUN`.
    pub fn issuer_of(&self, noun: &str) -> Option<&str> {
        self.issuers
            .iter()
            .rev()
            .find(|(n, _)| n == noun)
            .map(|(_, i)| i.as_str())
    }

    /// Byte offset of the mention of the speaker noted last.
    pub fn last_speaker_at(&self) -> Option<usize> {
        self.last_speaker_at
    }

    /// Byte offset of the mention of the last speaker noted that is no
    /// body (not an organisation's name, not one a description showed to
    /// be a body).
    pub fn last_person_at(&self) -> Option<usize> {
        self.last_person_at
    }

    /// The speaker noted last, if any.
    pub fn last_speaker(&self) -> Option<&str> {
        self.speakers.last().map(|(n, _, _)| n.as_str())
    }

    /// True when speaker `i` of `speakers`, `name` of gender `gender`, is
    /// the one noted last and one capitalised word of no gender (`Busted`,
    /// `Deloitte`): a body or a band, not a person (people are named in
    /// full before their surname speaks).
    fn last_one_word(&self, i: usize, name: &str, gender: Option<Gender>) -> bool {
        i + 1 == self.speakers.len() && gender.is_none() && !name.contains(' ') && is_cap(name)
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
        description_gender(mention)
            .or_else(|| honorific_gender(mention))
            .or_else(|| {
                let canon = self.canonical(&clean_name(mention, lex), lex);
                self.gender_of(&canon, lex)
            })
    }

    /// The title written before the full name `mention` refers to
    /// (`prime minister` for `Mr Blair` after `Prime Minister Tony Blair`).
    pub fn title_of(&self, mention: &str, lex: &Lexicon) -> Option<&str> {
        let canon = self.canonical(&clean_name(mention, lex), lex);
        self.known
            .iter()
            .find(|k| k.name == canon)
            .and_then(|k| k.title.as_deref())
    }

    /// Note a resolved speaker (for pronoun resolution later), with the
    /// gender a pronoun showed, if any.
    pub fn note_speaker(
        &mut self,
        name: &str,
        pronoun_gender: Option<Gender>,
        group: bool,
        at: usize,
        lex: &Lexicon,
    ) {
        self.last_speaker_at = Some(at);
        if !is_organisation(name) && !self.is_body_speaker(name) {
            self.last_person_at = Some(at);
        }
        let g = pronoun_gender.or_else(|| self.gender_of(name, lex));
        if let Some(k) = self.known.iter_mut().find(|k| k.name == name) {
            if k.gender.is_none() {
                k.gender = pronoun_gender;
            }
        }
        self.speakers.push((name.to_string(), g, group));
    }

    /// Note a speaker a description showed to be a body (see
    /// `noted_bodies`).
    pub fn note_body_speaker(&mut self, name: &str, at: usize, lex: &Lexicon) {
        if !self.noted_bodies.iter().any(|b| b == name) {
            self.noted_bodies.push(name.to_string());
        }
        self.note_speaker(name, None, false, at, lex);
    }

    /// True when a speaker is a body: its name marks it as one
    /// ([`marks_body`]) or a description showed it (`noted_bodies`).
    fn is_body_speaker(&self, name: &str) -> bool {
        marks_body(name) || self.noted_bodies.iter().any(|b| b == name)
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
        if found.is_some() {
            return found.map(str::to_string);
        }
        // `the president` after `President Reagan said`: a lone titled
        // surname, when no full name holds the title.
        sole(
            self.titled_singles
                .iter()
                .filter(|s| s.at < at && s.title.as_deref().is_some_and(|t| title_fits(t, title)))
                .map(|s| s.name.as_str()),
        )
        .map(str::to_string)
    }

    /// `the finance minister` → Kiichi Miyazawa after `Finance Minister
    /// Kiichi Miyazawa`, `the Exxon chairman` → Lawrence Rawl after `Exxon
    /// Corp chairman Lawrence Rawl`: the one full name before byte `at`
    /// whose title ends with `head` and which has every qualifier word
    /// (lower case) in its title or in the three words written before it;
    /// none when two different people fit.
    pub fn resolve_office(
        &self,
        text: &str,
        qualifiers: &[String],
        head: &str,
        at: usize,
    ) -> Option<String> {
        let holds = |k: &&Known| {
            let Some(t) = k
                .title
                .as_deref()
                .filter(|t| k.at < at && title_fits(t, head))
            else {
                return false;
            };
            let before = text.get(k.at.saturating_sub(60)..k.at).unwrap_or("");
            let near: Vec<String> = before
                .split_whitespace()
                .rev()
                .take(3)
                .chain(t.split(' '))
                .map(|w| strip_possessive(w).to_lowercase())
                .collect();
            qualifiers.iter().all(|q| near.contains(q))
        };
        sole(self.known.iter().filter(holds).map(|k| k.name.as_str())).map(str::to_string)
    }

    /// `the company` / `the firm` / `the bank` → the one company (a name
    /// ending in `Inc`, `Corp`, `Ltd`, …; for `bank`, in `Bank`) the
    /// article named before byte `at`; none when it named two.
    pub fn resolve_company(&self, bank: bool, at: usize) -> Option<String> {
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
                is_firm_word(last)
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
        // (`people`, `police`, `staff` too: `when people asked "…"`.)
        let plural_description = |n: &str| {
            n.split_whitespace().last().is_some_and(|w| {
                w.ends_with('s') && !w.ends_with("ss") && w.chars().all(char::is_lowercase)
                    || matches!(w, "people" | "police" | "staff")
            })
        };
        // Nor a body (`the ministry`, `MITI`, `Foreign Ministry`), nor a
        // poll.
        let person = |n: &str| {
            !n.eq_ignore_ascii_case("who")
                && (gender.is_none()
                    || !is_organisation(n)
                        && !plural_description(n)
                        && !self.is_body_speaker(n)
                        && !is_poll(n))
        };
        // `they`: several speakers, a plural description (`dealers`) or a
        // body (`the Tories`), not one person (`an Ohio dealer`).
        // (`the MPs`, `the Tories`, `police`: a plural description; not
        // `Britney Spears`.)
        let several = |n: &str, group: bool| {
            let last = n.rsplit(' ').next().unwrap_or(n);
            let the = n.starts_with("the ") || n.starts_with("The ");
            group
                || plural_description(n)
                || the && last.len() > 2 && last.ends_with('s') && !last.ends_with("ss")
                || is_organisation(n)
                || self.is_body_speaker(n)
        };
        // (Or the speaker just before, of one word and no gender: a band
        // or a firm, `Busted`, as for `it`.)
        if let Some((_, (n, _, _))) =
            self.speakers
                .iter()
                .enumerate()
                .rev()
                .find(|(i, (n, g, group))| {
                    fits(*g)
                        && person(n)
                        && (!plural || several(n, *group) || self.last_one_word(*i, n, *g))
                })
        {
            return Some(n.clone());
        }
        if plural {
            return None;
        }
        // (A name broken over a line may be a firm's, `Merrill\nLynch`, but
        // not after a person's title: `Finance Minister Kiichi\nMiyazawa`.)
        let titled = |k: &Known| k.title.as_deref().is_some_and(has_role_word);
        let full = self
            .known
            .iter()
            .filter(|k| {
                k.at < at
                    && fits(k.gender)
                    && person(&k.name)
                    && (gender.is_none() || !k.place || k.gender.is_some() || titled(k))
            })
            .max_by_key(|k| k.at);
        if let Some(k) = full {
            return Some(k.name.clone());
        }
        // Else a lone titled surname, the last that spoke (`President
        // Reagan said …`, not `after meeting President Suharto`) or else
        // the last, as the full name when the article gives it later.
        self.titled_singles
            .iter()
            .filter(|s| s.at < at && fits(s.gender))
            .max_by_key(|s| (s.speaks, s.at))
            .map(|s| {
                self.by_last
                    .get(&s.name)
                    .and_then(|&i| self.known.get(i))
                    .map_or_else(|| s.name.clone(), |k| k.name.clone())
            })
    }

    /// The last speaker noted that is a named person (not a body, a
    /// group or a description) of a gender that fits, for a description
    /// that stands for someone already named (`the 31-year-old`, `the
    /// Arsenal boss`).
    pub fn last_named_person(&self, gender: Option<Gender>) -> Option<String> {
        self.speakers
            .iter()
            .rev()
            .find(|(n, _, group)| {
                !group
                    && n.split(' ').all(is_cap)
                    && !is_organisation(n)
                    && !self.is_body_speaker(n)
                    && !super::names::is_description(n)
            })
            .filter(|(_, g, _)| gender.is_none() || g.is_none() || *g == gender)
            .map(|(n, _, _)| n.clone())
    }

    /// The person first named last before byte `at`: a full name of
    /// known gender or with a title, no place (`in New Zealand`), no
    /// organisation. The one person a description right after can stand
    /// for (`… Howard Metzenbaum wants it shifted now. “…,” the Ohio
    /// Democrat said`).
    pub fn last_named_before(&self, at: usize) -> Option<&str> {
        self.known
            .iter()
            .filter(|k| {
                k.at < at
                    && !k.place
                    && (k.gender.is_some() || k.title.is_some())
                    && !is_organisation(&k.name)
            })
            .max_by_key(|k| k.at)
            .map(|k| k.name.as_str())
    }

    /// `it` at byte `at`: a body, never a person. The last speaker that is
    /// one, else the name that opens the article (`Rainier Bancorp said
    /// …`) when no person is known by it, else the last body named before
    /// `at`. A body is a name that marks itself as one (`… Corp`, `…
    /// Ministry`, `MITI`) or a description that is no person's (`the
    /// daily`, `the report`); a name of no known kind (`Middle East`,
    /// `Third World`) is none, so the quote keeps no speaker rather than
    /// a wrong one. Without `last_resort`, not that last body named: the
    /// caller looks at the reported speech before first.
    pub fn resolve_it(&self, at: usize, last_resort: bool) -> Option<String> {
        let lead = self
            .known
            .iter()
            .find(|k| {
                self.lead_subject
                    && k.at == self.lead
                    && k.at < at
                    && k.gender.is_none()
                    && k.title.is_none()
                    && (k.name.contains(' ') || marks_body(&k.name))
                    && (marks_body(&k.name) || !is_organisation(&k.name))
            })
            .map(|k| k.name.as_str());
        let body = |n: &str, g: Option<Gender>| {
            let titled = self
                .known
                .iter()
                .any(|k| k.name == n && k.title.is_some() && !marks_body(n));
            // (A firm may bear a man's name: `John Labatt Ltd`.)
            !titled && (self.is_body_speaker(n) || g.is_none() && Some(n) == lead)
        };
        // (The speaker just before, of one word and no gender, is a body
        // too: people are named in full before their surname speaks,
        // `Deloitte` is not.)
        if let Some((_, (n, _, _))) = self
            .speakers
            .iter()
            .enumerate()
            .rev()
            .find(|(i, (n, g, group))| !group && (body(n, *g) || self.last_one_word(*i, n, *g)))
        {
            return Some(n.clone());
        }
        if let Some(n) = lead.or(self.lead_firm.as_deref()) {
            return Some(n.to_string());
        }
        if !last_resort {
            return None;
        }
        self.known
            .iter()
            .filter(|k| k.at < at && body(&k.name, k.gender))
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

/// The words among `toks`, as written.
fn words_of<'t>(text: &'t str, toks: &'t [Token]) -> impl Iterator<Item = &'t str> {
    toks.iter()
        .filter(|t| t.word)
        .filter_map(|t| text.get(t.span.clone()))
}

/// A run of name words starting at token `i`: (first token, end token,
/// gender from a title). Titles before the name are skipped.
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
            if let Some(g) = honorific(w) {
                gender = Some(g);
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
        } else if end > start
            && (PARTICLES.contains(&w)
                // `Abdul Fattah al-Bader`, `Hosni el-Sayed`.
                || is_arabic_article_name(w))
        {
            end += 1;
        } else {
            break;
        }
        // A possessive ends the name.
        if is_possessive(w) {
            break;
        }
    }
    (end > start).then_some((start, end, gender))
}
