//! Lexicons: load every user-edited file under `lexicons/` once, validate
//! it (a bad line is a fatal `file:line: what is wrong`), and build the
//! matchers that the quote and score stages share across threads.
//!
//! Files (formats in `lexicons/README.md`):
//! - `sentiment.tsv`: `term<TAB>weight`, weight in [-4, 4];
//! - `rules.tsv`: `term<TAB>negator|booster|dampener|contrast|counter[<TAB>value]`;
//! - `stance_cues.tsv`: `phrase<TAB>critique|support<TAB>weight`, weight in (0, 4];
//! - `targets.tsv`: `id<TAB>display name<TAB>alias|alias|...`;
//! - `speech_verbs.tsv`: `form<TAB>speech|characterise`;
//! - `titles.txt`, `first_names.tsv` (`name<TAB>m|f`), `speaker_aliases.tsv`
//!   (`alias<TAB>canonical name`);
//! - `stance_model.tsv` (optional, fitted): `cue<TAB>neg<TAB>neu<TAB>pos`.
//!
//! Extra sentiment lexicons in VADER's (`word<TAB>mean<TAB>sd<TAB>ratings`)
//! or AFINN's (`word<TAB>integer`) format can be added with `--lexicon`.
//! Phrase matching works on tokens (the same tokenizer as every stage): one
//! hash look-up per token, longest multi-word phrase first, case-insensitive,
//! `’` matching `'`.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::{Path, PathBuf};

use crate::segment::{tokens, Token};
use sha2::{Digest, Sha256};

use crate::error::Error;
use crate::stance::StanceModel;

pub(crate) mod first_tokens;
use first_tokens::FirstTokens;

/// What a rule word does to the sentiment words near it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RuleKind {
    /// Flips and damps the sentiment of the next few words (`not`, `never`).
    Negator,
    /// Scales the next sentiment word up by `value` (`very`: 0.3).
    Booster,
    /// Scales the next sentiment word down by `value` (`slightly`: 0.3).
    Dampener,
    /// Shifts weight to the clause after it (`but`, `however`).
    Contrast,
    /// Acting against what follows: the sign of the next negative word
    /// flips (`combat` a threat, `prevent` attacks).
    Counter,
}

/// Stance that a cue expresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// Criticism of whoever the cue is about.
    Critique,
    /// Support of whoever the cue is about.
    Support,
}

/// A target: a person, organisation or country whose stance we track.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    /// Stable id (`trump`).
    pub id: String,
    /// Name shown in the reports (`Donald Trump`).
    pub name: String,
    /// The display name and the aliases that name the target outright
    /// (`Trump`, `Russia`), as written: an article must contain one before
    /// an anaphoric alias (`the president`, `the police`) counts in it.
    pub anchors: Vec<String>,
}

/// True for a target alias that only refers back to a target named
/// elsewhere: it opens with `the` / `our`, or has no capital letter (`the
/// president`, `the police`, `lawmakers`).
pub fn is_anaphoric_alias(alias: &str) -> bool {
    let lower = alias.to_lowercase();
    lower.starts_with("the ") || lower.starts_with("our ") || !alias.chars().any(char::is_uppercase)
}

/// Which words of a phrase are written with a capital (bit `i` for word
/// `i`, up to 32 words).
fn capital_words(phrase: &str) -> u32 {
    phrase
        .split_whitespace()
        .take(32)
        .enumerate()
        .filter(|(_, w)| w.chars().next().is_some_and(char::is_uppercase))
        .fold(0, |m, (i, _)| m | 1 << i)
}

/// Everything a pattern of the phrase automaton means.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatternInfo {
    /// The phrase as written in the lexicon (lower case).
    pub phrase: String,
    /// Sentiment weight on the [-4, 4] scale.
    pub sentiment: Option<f32>,
    /// True when the sentiment weight comes from the fitted file, not the
    /// hand-written one (evidence prefers hand-written entries).
    pub fitted: bool,
    /// Rule word.
    pub rule: Option<(RuleKind, f32)>,
    /// Stance cue and weight.
    pub cue: Option<(CueKind, f32)>,
    /// Index into [`Lexicon::targets`].
    pub target: Option<usize>,
    /// Words of the target alias written with a capital in every spelling
    /// the file gives (bit `i` for word `i`): those must be capitalised in
    /// the text too (`Trump` is not the verb `trump`).
    pub target_capitals: u32,
    /// True when the alias only refers back (`the president`): see
    /// [`is_anaphoric_alias`].
    pub target_anaphoric: bool,
}

impl PatternInfo {
    /// True when `written` (the matched text) has a capital on every word
    /// the target alias requires one on.
    pub fn target_case_fits(&self, written: &str) -> bool {
        self.target_capitals == 0
            || capital_words(written) & self.target_capitals == self.target_capitals
    }
}

/// How a speech verb introduces what was said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbKind {
    /// Reports speech (`said`, `told`, `wrote`).
    Speech,
    /// Characterises something in the speaker's words (`called`, `described`).
    Characterise,
}

/// Gender known from a first name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// Male.
    Male,
    /// Female.
    Female,
}

/// A file that was loaded, with its checksum (for `run.json`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LoadedFile {
    /// Path as given.
    pub path: String,
    /// SHA-256 of its bytes, hex.
    pub sha256: String,
    /// Number of entries read.
    pub entries: usize,
}

/// All lexicons, loaded and compiled once, shared read-only by all threads.
#[derive(Clone, Debug)]
pub struct Lexicon {
    /// Phrases by their first token (lower case, `'` for `’`): the
    /// single-token phrase, if any, and the multi-token ones as (other
    /// tokens, index into `infos`), longest first.
    phrases: FirstTokens<FirstToken>,
    /// The multi-word phrases of each first token ([`FirstToken::multi`]),
    /// longest first.
    multis: Vec<Vec<(Vec<String>, usize)>>,
    infos: Vec<PatternInfo>,
    /// Per entry of `infos`: the phrase itself ends in a possessive `’s`
    /// (kept apart so a match need not read the phrase text).
    owns_possessive: Vec<bool>,
    /// Targets, in file order.
    pub targets: Vec<Target>,
    speech_verbs: HashMap<String, VerbKind>,
    titles: HashSet<String>,
    /// A quick "no" for words that are no title.
    titles_filter: WordFilter,
    first_names: HashMap<String, Gender>,
    speaker_aliases: HashMap<String, String>,
    /// The fitted target-stance model (empty without `stance_model.tsv`).
    pub stance_model: StanceModel,
    /// Files read, in order: (path as given, bytes, entries). Their
    /// checksums are computed only when asked for ([`Lexicon::files`]):
    /// most commands never print them, and hashing is a fifth of start-up.
    sources: Vec<(String, Vec<u8>, usize)>,
}

/// The lexicon files read from the lexicon folder, by role.
pub const LEXICON_FILES: &[&str] = &[
    "sentiment_fitted.tsv",
    "sentiment.tsv",
    "rules.tsv",
    "stance_cues.tsv",
    "targets.tsv",
    "speech_verbs.tsv",
    "titles.txt",
    "first_names.tsv",
    "speaker_aliases.tsv",
];

/// Lexicon files read from the lexicon folder when they are there.
pub const OPTIONAL_LEXICON_FILES: &[&str] = &["stance_model.tsv"];

/// Builder: collects entries from files (or strings, in tests), then
/// compiles the matcher.
#[derive(Default)]
pub struct LexiconBuilder {
    infos: Vec<PatternInfo>,
    by_phrase: HashMap<String, usize>,
    targets: Vec<Target>,
    speech_verbs: HashMap<String, VerbKind>,
    titles: HashSet<String>,
    first_names: HashMap<String, Gender>,
    speaker_aliases: HashMap<String, String>,
    stance_model: StanceModel,
    sources: Vec<(String, Vec<u8>, usize)>,
}

/// The word before a possessive `’s` / `'s` (`Wexler’s` → `Wexler`).
fn possessive_base(word: &str) -> Option<&str> {
    // Most words do not end in `s`: one byte compare screens them out.
    if !word.ends_with(['s', 'S']) {
        return None;
    }
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix("’S"))
        .or_else(|| word.strip_suffix("'S"))
        .filter(|b| !b.is_empty())
}

/// Lower-case `word` into `buf` (ASCII fast path), with `’` as `'`.
pub(crate) fn fold_into(word: &str, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        for c in word.chars() {
            if c == '’' {
                buf.push('\'');
            } else {
                buf.extend(c.to_lowercase());
            }
        }
    }
}

/// Field `i` of a line ("" when absent; callers check the count first).
fn fld<'a>(f: &[&'a str], i: usize) -> &'a str {
    f.get(i).copied().unwrap_or("")
}

#[cold]
fn unreachable_info() -> &'static mut PatternInfo {
    Box::leak(Box::default())
}

/// Lines of a lexicon file: (1-based line number, fields), skipping blank
/// lines and `#` comments.
fn data_lines(text: &str) -> impl Iterator<Item = (u64, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            None
        } else {
            Some((i as u64 + 1, line.split('\t').map(str::trim).collect()))
        }
    })
}

fn normalise_phrase(s: &str) -> String {
    s.trim()
        .replace('’', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn parse_weight(path: &str, line: u64, field: &str, lo: f32, hi: f32) -> Result<f32, Error> {
    let w: f32 = field
        .parse()
        .map_err(|_| Error::lexicon(path, line, format!("weight `{field}` is not a number")))?;
    if !w.is_finite() || w < lo || w > hi {
        return Err(Error::lexicon(
            path,
            line,
            format!("weight {w} is outside [{lo}, {hi}]"),
        ));
    }
    Ok(w)
}

fn expect_fields<'a>(
    path: &str,
    line: u64,
    fields: &'a [&'a str],
    min: usize,
    max: usize,
) -> Result<&'a [&'a str], Error> {
    if fields.len() < min || fields.len() > max {
        let want = if min == max {
            format!("{min}")
        } else {
            format!("{min} to {max}")
        };
        return Err(Error::lexicon(
            path,
            line,
            format!(
                "expected {want} tab-separated fields, found {}",
                fields.len()
            ),
        ));
    }
    if let Some(i) = fields.iter().take(min).position(|f| f.is_empty()) {
        return Err(Error::lexicon(
            path,
            line,
            format!("field {} is empty", i + 1),
        ));
    }
    Ok(fields)
}

impl LexiconBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    fn info_mut(&mut self, phrase: &str) -> &mut PatternInfo {
        let idx = self.info_index(phrase);
        // `info_index` returns an index it has just checked or pushed; the
        // fallback only keeps the lint policy (no indexing) satisfied.
        if idx >= self.infos.len() {
            self.infos.push(PatternInfo::default());
        }
        let last = self.infos.len() - 1;
        let i = idx.min(last);
        match self.infos.get_mut(i) {
            Some(info) => info,
            None => unreachable_info(),
        }
    }

    fn info_index(&mut self, phrase: &str) -> usize {
        let key = normalise_phrase(phrase);
        let idx = match self.by_phrase.get(&key) {
            Some(&i) => i,
            None => {
                self.infos.push(PatternInfo {
                    phrase: key.clone(),
                    ..PatternInfo::default()
                });
                self.by_phrase.insert(key, self.infos.len() - 1);
                self.infos.len() - 1
            }
        };
        idx
    }

    fn record(&mut self, path: &str, bytes: Vec<u8>, entries: usize) {
        self.sources.push((path.to_string(), bytes, entries));
    }

    /// Read a file as UTF-8 text.
    fn read(path: &Path) -> Result<String, Error> {
        let shown = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| Error::io(&shown, e))?;
        String::from_utf8(bytes).map_err(|e| {
            let upto = e.utf8_error().valid_up_to();
            let line = 1 + e
                .as_bytes()
                .get(..upto)
                .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count() as u64);
            Error::lexicon(&shown, line, "invalid UTF-8")
        })
    }

    /// Add a file from the lexicon folder by its file name (one of
    /// [`LEXICON_FILES`]).
    ///
    /// # Errors
    /// Unreadable file or a malformed line (`file:line: what is wrong`).
    pub fn add_file(&mut self, path: &Path) -> Result<&mut Self, Error> {
        let shown = path.display().to_string();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let text = Self::read(path)?;
        let n = self.add_text(&name, &shown, &text)?;
        self.record(&shown, text.into_bytes(), n);
        Ok(self)
    }

    /// Add the contents of a lexicon file of kind `name` (a file name from
    /// [`LEXICON_FILES`]); `shown` is used in error messages. Returns the
    /// number of entries.
    ///
    /// # Errors
    /// A malformed line, or an unknown file name.
    pub fn add_text(&mut self, name: &str, shown: &str, text: &str) -> Result<usize, Error> {
        let mut n = 0;
        for (line, fields) in data_lines(text) {
            n += 1;
            match name {
                "sentiment.tsv" | "sentiment_fitted.tsv" => {
                    let f = expect_fields(shown, line, &fields, 2, 2)?;
                    let w = parse_weight(shown, line, fld(f, 1), -4.0, 4.0)?;
                    let info = self.info_mut(fld(f, 0));
                    info.sentiment = Some(w);
                    info.fitted = name == "sentiment_fitted.tsv";
                }
                "rules.tsv" => {
                    let f = expect_fields(shown, line, &fields, 2, 3)?;
                    let (kind, default) = match fld(f, 1) {
                        "negator" => (RuleKind::Negator, 0.74),
                        "booster" => (RuleKind::Booster, 0.293),
                        "dampener" => (RuleKind::Dampener, 0.293),
                        "contrast" => (RuleKind::Contrast, 1.5),
                        "counter" => (RuleKind::Counter, 1.0),
                        other => {
                            return Err(Error::lexicon(
                                shown,
                                line,
                                format!("unknown rule `{other}` (expected negator, booster, dampener, contrast or counter)"),
                            ))
                        }
                    };
                    let value = match f.get(2) {
                        Some(v) => parse_weight(shown, line, v, 0.0, 4.0)?,
                        None => default,
                    };
                    self.info_mut(fld(f, 0)).rule = Some((kind, value));
                }
                "stance_cues.tsv" => {
                    let f = expect_fields(shown, line, &fields, 3, 3)?;
                    let kind = match fld(f, 1) {
                        "critique" => CueKind::Critique,
                        "support" => CueKind::Support,
                        other => {
                            return Err(Error::lexicon(
                                shown,
                                line,
                                format!("unknown stance `{other}` (expected critique or support)"),
                            ))
                        }
                    };
                    let w = parse_weight(shown, line, fld(f, 2), 0.0, 4.0)?;
                    self.info_mut(fld(f, 0)).cue = Some((kind, w));
                }
                "targets.tsv" => {
                    let f = expect_fields(shown, line, &fields, 3, 3)?;
                    if self.targets.iter().any(|t| t.id == fld(f, 0)) {
                        return Err(Error::lexicon(
                            shown,
                            line,
                            format!("duplicate target id `{}`", fld(f, 0)),
                        ));
                    }
                    let idx = self.targets.len();
                    let mut anchors = vec![fld(f, 1).to_string()];
                    let mut names = vec![fld(f, 1)];
                    for alias in fld(f, 2).split('|').map(str::trim) {
                        if alias.is_empty() {
                            return Err(Error::lexicon(shown, line, "empty alias"));
                        }
                        names.push(alias);
                        if !is_anaphoric_alias(alias) && !anchors.iter().any(|a| a == alias) {
                            anchors.push(alias.to_string());
                        }
                    }
                    self.targets.push(Target {
                        id: fld(f, 0).to_string(),
                        name: fld(f, 1).to_string(),
                        anchors,
                    });
                    for name in names {
                        let info = self.info_mut(name);
                        // Spellings of one phrase share their entry: a
                        // capital counts only when every spelling has it.
                        let caps = capital_words(name);
                        if info.target == Some(idx) {
                            info.target_capitals &= caps;
                            info.target_anaphoric |= is_anaphoric_alias(name);
                        } else {
                            info.target_capitals = caps;
                            info.target_anaphoric = is_anaphoric_alias(name);
                        }
                        info.target = Some(idx);
                    }
                }
                "speech_verbs.tsv" => {
                    let f = expect_fields(shown, line, &fields, 2, 2)?;
                    let kind = match fld(f, 1) {
                        "speech" => VerbKind::Speech,
                        "characterise" => VerbKind::Characterise,
                        other => {
                            return Err(Error::lexicon(
                                shown,
                                line,
                                format!(
                                    "unknown verb kind `{other}` (expected speech or characterise)"
                                ),
                            ))
                        }
                    };
                    self.speech_verbs.insert(fld(f, 0).to_lowercase(), kind);
                }
                "titles.txt" => {
                    let f = expect_fields(shown, line, &fields, 1, 1)?;
                    let t = fld(f, 0).trim_end_matches('.').to_lowercase();
                    let mut cap = t.clone();
                    if let Some(first) = cap.get_mut(0..1) {
                        first.make_ascii_uppercase();
                    }
                    self.titles.insert(cap);
                    self.titles.insert(t);
                }
                "first_names.tsv" => {
                    let f = expect_fields(shown, line, &fields, 2, 2)?;
                    let g = match fld(f, 1) {
                        "m" => Gender::Male,
                        "f" => Gender::Female,
                        other => {
                            return Err(Error::lexicon(
                                shown,
                                line,
                                format!("unknown gender `{other}` (expected m or f)"),
                            ))
                        }
                    };
                    self.first_names.insert(fld(f, 0).to_lowercase(), g);
                }
                "stance_model.tsv" => {
                    let f = expect_fields(shown, line, &fields, 4, 4)?;
                    let mut w = [0.0f32; 3];
                    for (k, x) in w.iter_mut().enumerate() {
                        *x = parse_weight(shown, line, fld(f, k + 1), -50.0, 50.0)?;
                    }
                    self.stance_model.insert(shown, line, fld(f, 0), w)?;
                }
                "speaker_aliases.tsv" => {
                    let f = expect_fields(shown, line, &fields, 2, 2)?;
                    self.speaker_aliases
                        .insert(fld(f, 0).to_lowercase(), fld(f, 1).to_string());
                }
                other => {
                    return Err(Error::lexicon(
                        shown,
                        0,
                        format!("unknown lexicon file `{other}`"),
                    ))
                }
            }
        }
        Ok(n)
    }

    /// Add a user sentiment lexicon in VADER format (`word<TAB>mean<TAB>…`,
    /// mean on -4..4) or AFINN format (`word<TAB>integer`, -5..5, scaled by
    /// 0.8). Its entries override ours.
    ///
    /// # Errors
    /// Unreadable file or a malformed line.
    pub fn add_user_sentiment(&mut self, path: &Path) -> Result<&mut Self, Error> {
        let shown = path.display().to_string();
        let text = Self::read(path)?;
        let mut n = 0;
        for (line, fields) in data_lines(&text) {
            n += 1;
            if fields.len() < 2 || fld(&fields, 0).is_empty() {
                return Err(Error::lexicon(
                    &shown,
                    line,
                    format!(
                        "expected `word<TAB>weight` (AFINN) or `word<TAB>mean<TAB>sd<TAB>ratings` (VADER), found {} field(s)",
                        fields.len()
                    ),
                ));
            }
            let weight = if fields.len() == 2 && fld(&fields, 1).parse::<i32>().is_ok() {
                parse_weight(&shown, line, fld(&fields, 1), -5.0, 5.0)? * 0.8
            } else {
                parse_weight(&shown, line, fld(&fields, 1), -4.0, 4.0)?
            };
            self.info_mut(fld(&fields, 0)).sentiment = Some(weight);
        }
        self.record(&shown, text.into_bytes(), n);
        Ok(self)
    }

    /// Compile the matchers.
    ///
    /// # Errors
    /// If the automaton cannot be built (too many patterns).
    pub fn build(self) -> Result<Lexicon, Error> {
        let mut phrases: HashMap<String, Starting> = HashMap::default();
        for (i, info) in self.infos.iter().enumerate() {
            let toks: Vec<String> = tokens(&info.phrase, 0..info.phrase.len())
                .iter()
                .filter_map(|t| info.phrase.get(t.span.clone()))
                .map(|t| t.replace('’', "'"))
                .collect();
            match toks.split_first() {
                None => {}
                Some((first, [])) => phrases.entry(first.clone()).or_default().single = Some(i),
                Some((first, rest)) => phrases
                    .entry(first.clone())
                    .or_default()
                    .multi
                    .push((rest.to_vec(), i)),
            }
        }
        let mut multis = Vec::new();
        let mut firsts = Vec::with_capacity(phrases.len());
        for (word, mut v) in phrases {
            v.multi.sort_by_key(|m| std::cmp::Reverse(m.0.len()));
            let seconds = v
                .multi
                .iter()
                .filter_map(|(rest, _)| rest.first())
                .fold(0, |bits, w| bits | first_letter(w));
            let multi = if v.multi.is_empty() {
                NONE
            } else {
                multis.push(v.multi);
                (multis.len() - 1) as u32
            };
            let single = v.single.map_or(NONE, |i| i as u32);
            firsts.push((
                word,
                FirstToken {
                    single,
                    seconds,
                    multi,
                },
            ));
        }
        let phrases = FirstTokens::new(firsts);
        Ok(Lexicon {
            phrases,
            multis,
            owns_possessive: self
                .infos
                .iter()
                .map(|i| i.phrase.ends_with("'s") || i.phrase.ends_with("’s"))
                .collect(),
            infos: self.infos,
            targets: self.targets,
            speech_verbs: self.speech_verbs,
            titles_filter: {
                let mut f = WordFilter::default();
                for t in &self.titles {
                    f.insert(t.as_bytes());
                }
                f
            },
            titles: self.titles,
            first_names: self.first_names,
            speaker_aliases: self.speaker_aliases,
            stance_model: self.stance_model.finish(),
            sources: self.sources,
        })
    }
}

/// A 65,536-bit filter over a set of words (the titles), keyed by a word's
/// length and its first, second and last bytes with ASCII letters folded to
/// lower case: a clear bit means the word is not in the set, known without
/// lower-casing it or hashing it whole. Words with non-ASCII bytes always
/// pass. (The first tokens of phrases have a filter of their own, in
/// [`FirstTokens`].)
#[derive(Clone, Debug)]
struct WordFilter(Box<[u64]>);

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter(vec![0; 1024].into_boxed_slice())
    }
}

impl WordFilter {
    fn key(word: &[u8]) -> usize {
        let b = |i: usize| u64::from(word.get(i).map_or(0, |&b| b | 0x20));
        let len = word.len().min(255) as u64;
        let x = len | b(0) << 8 | b(1) << 16 | b(word.len().wrapping_sub(1)) << 24;
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
    }

    fn insert(&mut self, word: &[u8]) {
        let k = Self::key(word);
        if let Some(w) = self.0.get_mut(k >> 6) {
            *w |= 1 << (k & 63);
        }
    }

    fn may_contain(&self, word: &[u8]) -> bool {
        if !word.is_ascii() {
            return true;
        }
        let k = Self::key(word);
        self.0.get(k >> 6).is_some_and(|w| w & (1 << (k & 63)) != 0)
    }
}

/// The phrases that start with one token, as built: the one-word phrase
/// and the multi-word ones as (other tokens, index into `infos`).
#[derive(Clone, Debug, Default)]
struct Starting {
    single: Option<usize>,
    multi: Vec<(Vec<String>, usize)>,
}

/// The phrases that start with one token, in its table slot (12 bytes:
/// with its key, a slot is 32): the one-word phrase (an index into
/// `infos`), the [`first_letter`] bits of the multi-word phrases' second
/// words (a next token without one of them completes none of them), and
/// the index of those phrases in `multis`. [`NONE`] for none.
#[derive(Clone, Copy, Debug, Default)]
struct FirstToken {
    single: u32,
    seconds: u32,
    multi: u32,
}

/// No phrase.
const NONE: u32 = u32::MAX;

impl FirstToken {
    /// The one-word phrase, an index into `infos`.
    fn single(self) -> Option<usize> {
        (self.single != NONE).then_some(self.single as usize)
    }
}

/// A bit for the first byte of a word: its ASCII letter in any case, or
/// bit 26 for anything else (a digit, punctuation, a non-ASCII byte).
#[inline]
fn first_letter(word: &str) -> u32 {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii_alphabetic() => 1 << (b.to_ascii_lowercase() - b'a'),
        _ => 1 << 26,
    }
}

/// A phrase found in a text, for [`crate::score::analyse`]: byte span,
/// the index of what it means, and its first and last tokens (the last
/// wholly inside the span: a possessive `’s` cut from the match leaves its
/// token out).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub info: u32,
    pub token: u32,
    pub end_token: u32,
}

/// A phrase found in a text: byte span and what it means.
#[derive(Clone, Debug, PartialEq)]
pub struct PhraseMatch<'l> {
    /// Byte start in the searched text.
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// What the phrase means.
    pub info: &'l PatternInfo,
}

impl Lexicon {
    /// The files read, in order, with their SHA-256 (for `run.json`).
    pub fn files(&self) -> Vec<LoadedFile> {
        self.sources
            .iter()
            .map(|(path, bytes, entries)| LoadedFile {
                path: path.clone(),
                sha256: Sha256::digest(bytes)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect(),
                entries: *entries,
            })
            .collect()
    }

    /// True when `text` names target `t` outright: one of its anchors
    /// (display name or a proper-name alias) occurs as written, at word
    /// boundaries.
    pub fn target_anchored(&self, t: usize, text: &str) -> bool {
        let Some(target) = self.targets.get(t) else {
            return false;
        };
        target.anchors.iter().any(|a| {
            text.match_indices(a.as_str()).any(|(i, m)| {
                let before = text.get(..i).and_then(|b| b.chars().next_back());
                let after = text.get(i + m.len()..).and_then(|r| r.chars().next());
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
    }

    /// Load every file of [`LEXICON_FILES`] from `dir` (each must exist),
    /// plus user sentiment lexicons.
    ///
    /// # Errors
    /// A missing or unreadable file, or a malformed line.
    pub fn load(dir: &Path, user_sentiment: &[PathBuf]) -> Result<Lexicon, Error> {
        let mut b = LexiconBuilder::new();
        for name in LEXICON_FILES {
            b.add_file(&dir.join(name))?;
        }
        for name in OPTIONAL_LEXICON_FILES {
            let path = dir.join(name);
            if path.exists() {
                b.add_file(&path)?;
            }
        }
        for p in user_sentiment {
            b.add_user_sentiment(p)?;
        }
        b.build()
    }

    /// Every lexicon phrase in `text` at word boundaries, left to right,
    /// non-overlapping, longest first.
    pub fn find_phrases<'l>(&'l self, text: &str) -> Vec<PhraseMatch<'l>> {
        self.find_phrases_in(text, &tokens(text, 0..text.len()))
    }

    /// The phrases that start with `word`.
    #[inline]
    fn first_token(&self, word: &str, key: &mut String) -> Option<FirstToken> {
        self.phrases.get(word, key).copied()
    }

    /// [`Lexicon::find_phrases`] on tokens already computed for `text`.
    pub fn find_phrases_in<'l>(&'l self, text: &str, toks: &[Token]) -> Vec<PhraseMatch<'l>> {
        let mut found = Vec::new();
        self.find_phrases_into(text, toks, &mut found);
        found
            .iter()
            .filter_map(|f| {
                Some(PhraseMatch {
                    start: f.start,
                    end: f.end,
                    info: self.infos.get(f.info as usize)?,
                })
            })
            .collect()
    }

    /// What phrase `i` of the lexicon means (a [`Found::info`]).
    #[inline]
    pub(crate) fn info(&self, i: u32) -> Option<&PatternInfo> {
        self.infos.get(i as usize)
    }

    /// The phrases of `text` (tokens `toks`) into `out` (cleared first),
    /// with their tokens: one hash look-up per word token, plus a
    /// comparison of the following tokens for multi-word phrases. Measured
    /// faster than one Aho-Corasick automaton over all phrases, which
    /// spends its time on matches inside words.
    pub(crate) fn find_phrases_into(&self, text: &str, toks: &[Token], out: &mut Vec<Found>) {
        out.clear();
        // (Scratch for words that need full Unicode folding: rare, so
        // allocated on first use.)
        let mut key = String::new();
        let mut other = String::new();
        // A phrase word as written, or with a possessive `’s` when it is
        // the phrase's last word (`Wexler’s plan`, `the governor’s`).
        let mut same = |w: &str, r: &str, last: bool| {
            // An ASCII first letter that differs settles it (most calls).
            if let (Some(&a), Some(&b)) = (w.as_bytes().first(), r.as_bytes().first()) {
                if a.is_ascii() && a.to_ascii_lowercase() != b {
                    return false;
                }
            }
            let eq = |w: &str, other: &mut String| {
                if w.is_ascii() {
                    w.eq_ignore_ascii_case(r)
                } else {
                    fold_into(w, other);
                    *other == *r
                }
            };
            eq(w, &mut other) || last && possessive_base(w).is_some_and(|b| eq(b, &mut other))
        };
        let mut i = 0;
        while let Some(t) = toks.get(i) {
            if !t.word {
                i += 1;
                continue;
            }
            let word = text.get(t.span.clone()).unwrap_or("");
            let mut matched = None;
            // The word as written: its longest multi-word phrase that the
            // next tokens complete, else the word alone.
            if let Some(first) = self.first_token(word, &mut key) {
                // (A next token whose first letter starts no second word
                // completes no phrase: most `the`, `a`, `not`. One that
                // starts with a non-ASCII character may fold to anything.)
                let next = toks.get(i + 1).map_or(0, |u| {
                    let w = text.get(u.span.clone()).unwrap_or("");
                    if w.as_bytes().first().is_some_and(|b| !b.is_ascii()) {
                        u32::MAX
                    } else {
                        first_letter(w)
                    }
                });
                let multi = if first.seconds & next == 0 {
                    &[][..]
                } else {
                    self.multis
                        .get(first.multi as usize)
                        .map_or(&[][..], |m| &m[..])
                };
                for (rest, idx) in multi {
                    let ok = rest.iter().enumerate().all(|(k, r)| {
                        toks.get(i + 1 + k).is_some_and(|u| {
                            let w = text.get(u.span.clone()).unwrap_or("");
                            same(w, r, k + 1 == rest.len())
                        })
                    });
                    if ok {
                        matched = Some((rest.len() + 1, *idx));
                        break;
                    }
                }
                if matched.is_none() {
                    matched = first.single().map(|idx| (1, idx));
                }
            }
            // Else, for a possessive, its base word, which may only end a
            // phrase: a one-word phrase.
            if matched.is_none() {
                if let Some(first) =
                    possessive_base(word).and_then(|b| self.first_token(b, &mut key))
                {
                    matched = first.single().map(|idx| (1, idx));
                }
            }
            match matched.and_then(|(n, idx)| Some((n, idx, self.infos.get(idx)?))) {
                Some((n, idx, _)) => {
                    let last = toks.get(i + n - 1).unwrap_or(t);
                    // The mention stops before a possessive `’s`.
                    let last_word = text.get(last.span.clone()).unwrap_or("");
                    let own = self.owns_possessive.get(idx).copied().unwrap_or(false);
                    let cut = possessive_base(last_word)
                        .filter(|_| !own)
                        .map_or(0, |b| last_word.len() - b.len());
                    // The last token wholly inside the match (before a cut
                    // `’s`, the one before it, but never before the first).
                    let whole = if cut > 0 { n - 1 } else { n };
                    out.push(Found {
                        start: t.span.start,
                        end: last.span.end - cut,
                        info: idx as u32,
                        token: i as u32,
                        end_token: ((i + whole).max(i + 1) - 1) as u32,
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
    }

    /// Kind of a speech verb form (lower-case lookup).
    pub fn speech_verb(&self, word: &str) -> Option<VerbKind> {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.speech_verbs.get(&word.to_lowercase()).copied()
        } else {
            self.speech_verbs.get(word).copied()
        }
    }

    /// True when `word` (with or without a trailing period) is a title such
    /// as `Sen.`, `President`, `Rep.`.
    pub fn is_title(&self, word: &str) -> bool {
        let w = word.trim_end_matches('.');
        // The filter folds ASCII case, so it answers for every spelling.
        if !self.titles_filter.may_contain(w.as_bytes()) {
            return false;
        }
        // Titles are stored lower-case and capitalised: no allocation for
        // the usual spellings.
        if self.titles.contains(w) {
            return true;
        }
        // Only all-capitals spellings ("SEN.") need a lower-case look-up:
        // lower-case and Capitalised forms are stored as they are.
        w.len() <= 24
            && w.bytes().filter(u8::is_ascii_uppercase).count() >= 2
            && self.titles.contains(&w.to_lowercase())
    }

    /// Gender of a first name, when the list knows it.
    pub fn first_name_gender(&self, name: &str) -> Option<Gender> {
        if name.bytes().all(|b| b.is_ascii_lowercase()) {
            return self.first_names.get(name).copied();
        }
        self.first_names.get(&name.to_lowercase()).copied()
    }

    /// The canonical name for a speaker from the user's alias file.
    pub fn speaker_alias(&self, name: &str) -> Option<&str> {
        self.speaker_aliases
            .get(&name.to_lowercase())
            .map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        let mut b = LexiconBuilder::new();
        b.add_text(
            "sentiment.tsv",
            "s",
            "bad\t-2.5\ngreat\t3.1\ndon't like\t-1.5\n",
        )
        .unwrap();
        b.add_text("rules.tsv", "r", "not\tnegator\nvery\tbooster\t0.3\n")
            .unwrap();
        b.add_text(
            "targets.tsv",
            "t",
            "trump\tDonald Trump\tTrump|the President\n",
        )
        .unwrap();
        b.build().unwrap()
    }

    /// The phrases `l` finds in `t`, as written.
    fn found<'t>(l: &Lexicon, t: &'t str) -> Vec<&'t str> {
        l.find_phrases(t)
            .iter()
            .map(|m| &t[m.start..m.end])
            .collect()
    }

    #[test]
    fn multi_word_phrases_match_whatever_the_case_of_their_next_word() {
        let mut b = LexiconBuilder::new();
        b.add_text(
            "sentiment.tsv",
            "s",
            "the plan\t-1\nthe 2020 plan\t-1\nthe ’80s\t1\nnot bad\t1\nbad\t-2\nnot\t-0.5\na kelvin\t1\n",
        )
        .unwrap();
        b.add_text("targets.tsv", "t", "gov\tThe Governor\tthe governor\n")
            .unwrap();
        let l = b.build().unwrap();
        // (`\u{212A}`, the Kelvin sign, folds to an ASCII `k`.)
        let t = "THE PLAN, The Governor’s bid, the 2020 Plan, the ’80s, Not Bad, not great, the end, a \u{212A}elvin";
        assert_eq!(
            found(&l, t),
            vec![
                "THE PLAN",
                "The Governor",
                "the 2020 Plan",
                "the ’80s",
                "Not Bad",
                "not",
                "a \u{212A}elvin"
            ]
        );
    }

    #[test]
    fn finds_phrases_at_word_boundaries_case_insensitively() {
        let l = lex();
        let t = "The President is not BAD, badminton is great; I don’t like it";
        assert_eq!(
            found(&l, t),
            vec!["The President", "not", "BAD", "great", "don’t like"]
        );
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let mut b = LexiconBuilder::new();
        let e = b
            .add_text(
                "sentiment.tsv",
                "lexicons/sentiment.tsv",
                "# c\ngood\t1\nbad\n",
            )
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "lexicons/sentiment.tsv:3: expected 2 tab-separated fields, found 1"
        );
        let e = b
            .add_text("sentiment.tsv", "x", "good\tgreat\n")
            .unwrap_err();
        assert_eq!(e.to_string(), "x:1: weight `great` is not a number");
        let e = b.add_text("rules.tsv", "x", "\nnot\tnegate\n").unwrap_err();
        assert!(e.to_string().starts_with("x:2: unknown rule `negate`"));
    }

    #[test]
    fn lexicon_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync + std::panic::UnwindSafe>() {}
        assert_send_sync::<Lexicon>();
    }
}
