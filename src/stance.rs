//! Target stance: a fitted linear model over dependency-free cues around a
//! target mention, on top of the rule-based stance score of [`crate::score`].
//!
//! The cues ([`visit_features`]) are the rule score and sentiment; the
//! sentiment left and right of the mention, within four words of it,
//! weighted by closeness, in its clause, nearer it than any other name
//! (`own`) and nearer another name (`other`); whether the target speaks
//! (`… Cantor said`) or stands inside a quotation; the words just before and
//! after it (`L:`/`R:`, `L1:`/`R1:`), the words of its clause (`C:`) and
//! their pairs across the mention (`B:`), the words of the whole text
//! (`S:`), the mention's position and how many other names the text holds;
//! when it holds any, each dense cue also has an `m:` twin. Names and
//! numbers give no word cues. Each cue has three weights
//! (negative, neutral, positive) in `lexicons/stance_model.tsv`, fitted by
//! `scripts/fit_stance.py` on NewsMTSC's training sentences only; the label
//! is the class with the largest sum. The evidence of a judgement is the lexicon phrases behind
//! the rule score (when the model agrees with it) and the words that pushed
//! the model hardest toward its label: the same numbers `explain` prints.
//!
//! Without a model file the rule score decides alone, with
//! [`crate::score::THRESHOLD`].

use rustc_hash::FxHashMap as HashMap;

use crate::error::Error;
use crate::lexicon::first_tokens::FirstTokens;
use crate::lexicon::fold_into;
use crate::score::{round4, Analysis, Stance, THRESHOLD};
use crate::segment::Span;

/// Words taken on each side of a mention.
const WINDOW: usize = 6;
/// Words right next to a mention (`L1:`/`R1:`).
const NEAR: usize = 2;
/// A word's push toward the label below which it is not evidence.
const MIN_EVIDENCE: f32 = 0.2;
/// Function words: cues of the model, never shown as evidence (sorted, for
/// a binary search).
const NOT_EVIDENCE: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "being", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have",
    "he", "her", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "it's", "its",
    "me", "my", "of", "on", "one", "or", "our", "out", "over", "said", "says", "she", "so", "some",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
    "to", "up", "us", "was", "we", "were", "what", "when", "which", "who", "will", "with", "would",
    "you", "your",
];

/// The dense cues (not tied to a word), in the order of their indices in
/// [`dense`]; `true` for those that get an `m:` twin when the text names
/// someone else.
const DENSE_CUES: [(&str, bool); 42] = [
    ("bias", false),
    ("score", true),
    ("score<", true),
    ("score>", true),
    ("sentiment", true),
    ("left", true),
    ("left<", true),
    ("left>", true),
    ("right", true),
    ("right<", true),
    ("right>", true),
    ("clause", true),
    ("clause<", true),
    ("clause>", true),
    ("start", true),
    ("first", true),
    ("end", true),
    ("names:0", false),
    ("names:1", false),
    ("names:2", false),
    ("names:3", false),
    ("names:4", false),
    ("score_names", false),
    ("sentiment_names", false),
    ("own", true),
    ("own<", true),
    ("own>", true),
    ("near", true),
    ("near<", true),
    ("near>", true),
    ("before4", true),
    ("before4<", true),
    ("before4>", true),
    ("after4", true),
    ("after4<", true),
    ("after4>", true),
    ("quoted", true),
    ("speaker", true),
    ("speaker_sentiment", false),
    ("other", true),
    ("other<", true),
    ("other>", true),
];

/// Indices into [`DENSE_CUES`]: a cue, or the first of a cue with its
/// `<` and `>` flags.
mod dense {
    pub const BIAS: usize = 0;
    pub const SCORE: usize = 1;
    pub const SENTIMENT: usize = 4;
    pub const LEFT: usize = 5;
    pub const RIGHT: usize = 8;
    pub const CLAUSE: usize = 11;
    pub const START: usize = 14;
    pub const FIRST: usize = 15;
    pub const END: usize = 16;
    pub const NAMES: usize = 17;
    pub const SCORE_NAMES: usize = 22;
    pub const SENTIMENT_NAMES: usize = 23;
    pub const OWN: usize = 24;
    pub const NEAR: usize = 27;
    pub const BEFORE4: usize = 30;
    pub const AFTER4: usize = 33;
    pub const QUOTED: usize = 36;
    pub const SPEAKER: usize = 37;
    pub const SPEAKER_SENTIMENT: usize = 38;
    pub const OTHER: usize = 39;
}

/// Classes, in the order of the weight columns.
const CLASSES: [Stance; 3] = [Stance::Critical, Stance::Neutral, Stance::Supportive];

/// The fitted weights of every cue: (negative, neutral, positive).
#[derive(Clone, Debug, Default)]
pub struct StanceModel {
    weights: HashMap<Box<str>, [f32; 3]>,
    /// The word cues by word: the weights of `L:word`, `L1:word`,
    /// `R:word`, `R1:word`, `S:word`, `C:word` (in [`WORD_CUES`] order),
    /// so that [`judge`] looks a word up once, not once per cue: the
    /// index of the word's row in `word_rows`.
    by_word: HashMap<Box<str>, u32>,
    word_rows: Vec<[Option<[f32; 3]>; 6]>,
    /// `by_word` laid out for look-ups by a word in any case (made by
    /// [`StanceModel::finish`]).
    word_table: Option<FirstTokens<u32>>,
    /// The row of the target's `<T>` in pair cues.
    target_row: Option<u32>,
    /// The dense cues by their index in [`DENSE_CUES`], then their `m:`
    /// twins.
    dense: Vec<Option<[f32; 3]>>,
    /// The `B:` pair cues by the `by_word` rows of their two words (the
    /// target's `<T>` has a row of its own).
    pairs: HashMap<(u32, u32), [f32; 3]>,
}

/// The prefixes of word cues, in the order of [`StanceModel`]'s
/// `by_word` slots.
const WORD_CUES: [&str; 6] = ["L:", "L1:", "R:", "R1:", "S:", "C:"];

/// Indices into [`WORD_CUES`].
mod slot {
    pub const LEFT: usize = 0;
    pub const LEFT_NEAR: usize = 1;
    pub const RIGHT: usize = 2;
    pub const RIGHT_NEAR: usize = 3;
    pub const SENTENCE: usize = 4;
    pub const CLAUSE: usize = 5;
}

impl StanceModel {
    /// The `by_word` row of `word`, made when it has none.
    fn row(&mut self, word: &str) -> u32 {
        let rows = &mut self.word_rows;
        *self.by_word.entry(word.into()).or_insert_with(|| {
            rows.push([None; 6]);
            (rows.len() - 1) as u32
        })
    }

    /// Add one line's weights (`stance_model.tsv`: `cue<TAB>neg<TAB>neu<TAB>pos`).
    ///
    /// # Errors
    /// A duplicate cue.
    pub fn insert(&mut self, shown: &str, line: u64, cue: &str, w: [f32; 3]) -> Result<(), Error> {
        if let Some((slot, word)) = WORD_CUES
            .iter()
            .enumerate()
            .find_map(|(i, p)| cue.strip_prefix(p).map(|w| (i, w)))
        {
            let row = self.row(word);
            if let Some(x) = self
                .word_rows
                .get_mut(row as usize)
                .and_then(|r| r.get_mut(slot))
            {
                *x = Some(w);
            }
        } else if let Some((a, b)) = cue.strip_prefix("B:").and_then(|p| p.split_once(' ')) {
            let key = (self.row(a), self.row(b));
            self.pairs.insert(key, w);
        } else {
            let (twin, name) = match cue.strip_prefix("m:") {
                Some(name) => (DENSE_CUES.len(), name),
                None => (0, cue),
            };
            if let Some(i) = DENSE_CUES.iter().position(|(n, _)| *n == name) {
                if self.dense.is_empty() {
                    self.dense = vec![None; 2 * DENSE_CUES.len()];
                }
                if let Some(x) = self.dense.get_mut(twin + i) {
                    *x = Some(w);
                }
            }
        }
        if self.weights.insert(cue.into(), w).is_some() {
            return Err(Error::lexicon(
                shown,
                line,
                format!("duplicate cue `{cue}`"),
            ));
        }
        Ok(())
    }

    /// The model ready for look-ups, once every line is in.
    pub(crate) fn finish(mut self) -> Self {
        let mut buf = String::new();
        let words: Vec<(String, u32)> = self
            .by_word
            .iter()
            .filter(|(w, _)| {
                // A word that is not folded matches no text word.
                fold_into(w, &mut buf);
                buf.as_str() == &***w
            })
            .map(|(w, &row)| (w.to_string(), row))
            .collect();
        self.word_table = Some(FirstTokens::new(words));
        self.target_row = self.by_word.get("<T>").copied();
        self
    }

    /// Number of cues.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// True when no cue is loaded.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

/// A stance judgement toward one mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    /// Score in [-1, 1]: P(positive) − P(negative) under the model, or the
    /// rule score without one.
    pub score: f32,
    /// Label.
    pub stance: Stance,
    /// Phrases and words that decided it, strongest first.
    pub evidence: Vec<String>,
    /// Every cue that moved the decision: (cue, value, contribution toward
    /// the label over the mean of the other two classes), strongest first;
    /// empty without a model.
    pub cues: Vec<(String, f32, f32)>,
}

/// Judge the stance toward the mention at bytes `span` of `text`, given
/// the rule-based score and evidence toward it
/// ([`Analysis::stance_toward`]).
pub fn judge(
    text: &str,
    span: &Span,
    (rule, rule_evidence): (f32, Vec<String>),
    a: &Analysis,
    model: &StanceModel,
    keep_cues: bool,
) -> Judgement {
    if model.is_empty() {
        return Judgement {
            score: rule,
            stance: Stance::from_score(rule),
            evidence: rule_evidence,
            cues: Vec::new(),
        };
    }
    // Logits, and for evidence the cues with their values and spans.
    let mut z = [0.0f32; 3];
    // (A stance line has some 100 cues: no regrowth.) Each with the
    // token of its word; the names apart, for `explain` only.
    let mut seen: Vec<(Option<usize>, f32, [f32; 3])> = Vec::with_capacity(192);
    let mut names: Vec<String> = Vec::new();
    // (Cue names are kept for `explain` only: otherwise word cues come with
    // their weights, looked up once per word.)
    let fast = (!keep_cues).then_some(model);
    visit_cues(text, span, a, rule, fast, &mut |cue, v, at, pre| {
        if let Some(w) = pre.or_else(|| model.weights.get(cue).copied()) {
            for (zc, wc) in z.iter_mut().zip(&w) {
                *zc += wc * v;
            }
            if v != 0.0 {
                seen.push((at, v, w));
                if keep_cues {
                    names.push(cue.to_string());
                }
            }
        }
    });
    let best = z
        .iter()
        .enumerate()
        .fold(
            (0, f32::NEG_INFINITY),
            |b, (c, &x)| if x > b.1 { (c, x) } else { b },
        )
        .0;
    let stance = CLASSES.get(best).copied().unwrap_or(Stance::Neutral);
    let m = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let e = z.map(|x| (x - m).exp());
    let sum: f32 = e.iter().sum();
    let score = (e[2] - e[0]) / sum;
    // A cue's push toward the label: its weight there over the mean of the
    // other two classes.
    let push = |v: f32, w: &[f32; 3]| {
        let others: f32 = w
            .iter()
            .enumerate()
            .filter(|(c, _)| *c != best)
            .map(|(_, x)| x)
            .sum();
        v * (w.get(best).copied().unwrap_or(0.0) - others / 2.0)
    };
    // Words: their cues summed per token, in the order they came.
    let toks = a.tokens();
    let mut by_token: Vec<Option<f32>> = vec![None; toks.len()];
    let mut dense = 0.0f32;
    for (at, v, w) in &seen {
        let p = push(*v, w);
        match at.and_then(|k| by_token.get_mut(k)) {
            Some(t) => *t = Some(t.unwrap_or(0.0) + p),
            None => dense += p,
        }
    }
    let mut words: Vec<(Span, f32)> = by_token
        .iter()
        .zip(toks)
        .filter_map(|(p, t)| Some((t.span.clone(), (*p)?)))
        .collect();
    words.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.start.cmp(&y.0.start)));
    let mut evidence: Vec<String> = Vec::new();
    let rule_agrees = Stance::from_score(rule) == stance && stance != Stance::Neutral;
    // The rule's phrases lean the label's way: shown first when the model
    // leans on them, else kept for a label no word explains.
    let same_way =
        rule < 0.0 && stance == Stance::Critical || rule > 0.0 && stance == Stance::Supportive;
    let rule_evidence_fallback = if rule_agrees && dense > 0.0 {
        evidence.extend(rule_evidence);
        Vec::new()
    } else if same_way {
        rule_evidence
    } else {
        Vec::new()
    };
    let mut folded = String::new();
    for (s, p) in &words {
        // A critical or supportive label always shows its strongest word.
        let must = *p > 0.0 && evidence.is_empty() && stance != Stance::Neutral;
        if evidence.len() >= 5 || *p < MIN_EVIDENCE && !must {
            break;
        }
        let Some(w) = text.get(s.clone()) else {
            continue;
        };
        fold_into(w, &mut folded);
        if NOT_EVIDENCE.binary_search(&folded.as_str()).is_ok()
            || evidence
                .iter()
                .any(|e| e.split_whitespace().any(|x| x.eq_ignore_ascii_case(w)))
        {
            continue;
        }
        evidence.push(w.to_string());
    }
    if evidence.is_empty() && stance != Stance::Neutral {
        // Nothing but function words and dense cues: the rule's phrases.
        evidence = rule_evidence_fallback;
    }
    let mut cues = Vec::new();
    if keep_cues {
        cues = seen
            .into_iter()
            .zip(names)
            .map(|((_, v, w), name)| (name, v, push(v, &w)))
            .collect();
        cues.sort_by(|x: &(String, f32, f32), y| y.2.abs().total_cmp(&x.2.abs()));
    }
    Judgement {
        score: round4(score),
        stance,
        evidence,
        cues,
    }
}

/// True for punctuation that ends a clause for the model's `C:` cues.
fn clause_break(p: &str) -> bool {
    matches!(
        p,
        "," | ";" | ":" | "(" | ")" | "—" | "–" | "--" | "\"" | "“" | "”" | "." | "?" | "!"
    )
}

fn squash(x: f32) -> f32 {
    x / (x * x + 15.0).sqrt()
}

/// Call `f(cue, value, word span)` for every cue of the mention at bytes
/// `span` of `text`; `rule` is the rule-based stance score toward it. Cue
/// names are built in one reused buffer (no allocation per cue).
pub fn visit_features(
    text: &str,
    span: &Span,
    a: &Analysis,
    rule: f32,
    out: &mut dyn FnMut(&str, f32, Option<Span>),
) {
    let toks = a.tokens();
    visit_cues(text, span, a, rule, None, &mut |c, v, k, _| {
        out(c, v, k.and_then(|k| toks.get(k)).map(|t| t.span.clone()));
    });
}

/// A cue's weights, when the visitor looked them up itself.
type Weights = Option<[f32; 3]>;

/// What [`visit_cues`] calls for each cue: (cue name, value, the index of
/// the word's token, weights when already looked up).
type CueSink<'a> = dyn FnMut(&str, f32, Option<usize>, Weights) + 'a;

/// [`visit_features`]; with `model`, word cues come as `("", value, span,
/// Some(weights))`, looked up once per word, and word cues the model has
/// no weight for are left out (the same judgement, fewer look-ups).
fn visit_cues(
    text: &str,
    span: &Span,
    a: &Analysis,
    rule: f32,
    model: Option<&StanceModel>,
    out: &mut CueSink<'_>,
) {
    let toks = a.tokens();
    let m_start = toks.partition_point(|t| t.span.start < span.start);
    let m_end = toks
        .partition_point(|t| t.span.start < span.end)
        .max(m_start);
    let sentiment = a.sentiment();
    // Other names: capitalised words that do not open a sentence (a run
    // of them is one name, at its first word). Such words, and words with
    // digits, give no word cues: a judgement should not hang on who is
    // named or on a date.
    let mut names: Vec<usize> = Vec::new();
    let mut no_cue = vec![false; toks.len()];
    let mut opens = true;
    let mut in_name = false;
    for (k, t) in toks.iter().enumerate() {
        let s = text.get(t.span.clone()).unwrap_or("");
        // (A token's first byte settles most tests: punctuation tokens
        // are one character.)
        let first = s.as_bytes().first().copied().unwrap_or(0);
        if !t.word {
            if matches!(first, b'.' | b'?' | b'!' | b'"') || first >= 0x80 && matches!(s, "“" | "”")
            {
                opens = true;
            }
            in_name = false;
            continue;
        }
        let cap = if first.is_ascii() {
            first.is_ascii_uppercase()
        } else {
            s.chars().next().is_some_and(char::is_uppercase)
        };
        if let Some(x) = no_cue.get_mut(k) {
            *x = !opens && cap || s.bytes().any(|b| b.is_ascii_digit());
        }
        if !opens && cap && (k < m_start || k >= m_end) {
            if !in_name {
                names.push(k);
            }
            in_name = true;
        } else {
            in_name = false;
        }
        opens = false;
    }
    // With other names in the text, each dense cue also has an `m:` twin:
    // the model may weigh the sentence's tone less when it may be about
    // someone else.
    let mut f = Cues {
        model,
        multi: !names.is_empty(),
        out,
        twin: String::new(),
    };
    f.dense(dense::BIAS, 1.0);
    f.flags(dense::SCORE, 2.0 * rule);
    f.dense(dense::SENTIMENT, sentiment);
    // Sentiment on each side of the mention and in its clause.
    let (mut left, mut right, mut clause) = (0.0f32, 0.0f32, 0.0f32);
    let c_lo = (0..m_start)
        .rev()
        .find(|&k| {
            toks.get(k)
                .is_some_and(|t| !t.word && clause_break(text.get(t.span.clone()).unwrap_or("")))
        })
        .map_or(0, |k| k + 1);
    let c_hi = (m_end..toks.len())
        .find(|&k| {
            toks.get(k)
                .is_some_and(|t| !t.word && clause_break(text.get(t.span.clone()).unwrap_or("")))
        })
        .unwrap_or(toks.len());
    let c_bytes = toks.get(c_lo).map_or(text.len(), |t| t.span.start)
        ..toks.get(c_hi).map_or(text.len(), |t| t.span.start);
    for c in &a.contributions {
        if c.span.end <= span.start {
            left += c.value;
        } else if c.span.start >= span.end {
            right += c.value;
        }
        if c.span.start >= c_bytes.start && c.span.end <= c_bytes.end {
            clause += c.value;
        }
    }
    f.flags(dense::LEFT, squash(left));
    f.flags(dense::RIGHT, squash(right));
    f.flags(dense::CLAUSE, squash(clause));
    // Words, folded (lower case, `’` as `'`).
    let mut buf = String::with_capacity(48);
    let mut word = String::with_capacity(32);
    let fold = |k: usize, out: &mut String| -> Option<usize> {
        if no_cue.get(k).copied().unwrap_or(true) {
            return None;
        }
        let t = toks.get(k).filter(|t| t.word)?;
        fold_into(text.get(t.span.clone())?, out);
        Some(k)
    };
    // With a model: each word's row in the model's word table, looked up
    // on first use: `NO_ROW` for a word the model has no cue for (or that
    // gives none), `UNSEEN` before the first look-up.
    const UNSEEN: u32 = u32::MAX;
    const NO_ROW: u32 = u32::MAX - 1;
    let mut rows: Vec<u32> = if model.is_some() {
        vec![UNSEEN; toks.len()]
    } else {
        Vec::new()
    };
    let mut row_of = |m: &StanceModel, k: usize, word: &mut String| match rows.get(k).copied() {
        Some(UNSEEN) => {
            let written = toks
                .get(k)
                .filter(|t| t.word && no_cue.get(k) == Some(&false))
                .and_then(|t| text.get(t.span.clone()));
            let row = match (written, &m.word_table) {
                (Some(w), Some(table)) => table.get(w, word).copied().unwrap_or(NO_ROW),
                (Some(_), None) => fold(k, word)
                    .and_then(|_| m.by_word.get(word.as_str()).copied())
                    .unwrap_or(NO_ROW),
                (None, _) => NO_ROW,
            };
            if let Some(x) = rows.get_mut(k) {
                *x = row;
            }
            row
        }
        Some(row) => row,
        None => NO_ROW,
    };
    // `which`: index of the cue's prefix in WORD_CUES (see [`slot`]).
    let mut emit = |f: &mut Cues<'_, '_>,
                    which: usize,
                    k: usize,
                    v: f32,
                    buf: &mut String,
                    word: &mut String| {
        if let Some(m) = model {
            let row = row_of(m, k, word);
            let w = m
                .word_rows
                .get(row as usize)
                .and_then(|r| r.get(which).copied().flatten());
            if let (Some(w), Some(_)) = (w, toks.get(k)) {
                (f.out)("", v, Some(k), Some(w));
            }
            return Some(());
        }
        let s = fold(k, word)?;
        buf.clear();
        buf.push_str(WORD_CUES.get(which).copied().unwrap_or(""));
        buf.push_str(word);
        (f.out)(buf, v, Some(s), None);
        Some(())
    };
    let left_words: Vec<usize> = (0..m_start)
        .filter(|&k| toks.get(k).is_some_and(|t| t.word))
        .collect();
    let right_words: Vec<usize> = (m_end..toks.len())
        .filter(|&k| toks.get(k).is_some_and(|t| t.word))
        .collect();
    for (i, &k) in left_words.iter().rev().take(WINDOW).enumerate() {
        emit(&mut f, slot::LEFT, k, 1.0, &mut buf, &mut word);
        if i < NEAR {
            emit(&mut f, slot::LEFT_NEAR, k, 1.0, &mut buf, &mut word);
        }
    }
    for (i, &k) in right_words.iter().take(WINDOW).enumerate() {
        emit(&mut f, slot::RIGHT, k, 1.0, &mut buf, &mut word);
        if i < NEAR {
            emit(&mut f, slot::RIGHT_NEAR, k, 1.0, &mut buf, &mut word);
        }
    }
    for &k in left_words.iter().chain(&right_words) {
        emit(&mut f, slot::SENTENCE, k, 0.5, &mut buf, &mut word);
    }
    // The clause: its words, and pairs of neighbours across the mention.
    let clause_words: Vec<usize> = left_words
        .iter()
        .chain(&right_words)
        .copied()
        .filter(|&k| k >= c_lo && k < c_hi)
        .collect();
    for &k in &clause_words {
        emit(&mut f, slot::CLAUSE, k, 1.0, &mut buf, &mut word);
    }
    // The pairs (`B:`), in order: the target stands between its
    // neighbours as `<T>`; words that give no cues are passed over.
    let mut pairs: Vec<(Option<usize>, Option<usize>)> = Vec::with_capacity(clause_words.len() + 1);
    let mut target_done = false;
    for &k in &clause_words {
        if !target_done && k >= m_end {
            pairs.push((None, None));
            target_done = true;
        }
        if no_cue.get(k).copied() == Some(false) {
            pairs.push((Some(k), toks.get(k).map(|_| k)));
        }
    }
    if !target_done {
        pairs.push((None, None));
    }
    match model {
        // With a model: a pair is looked up by its words' rows.
        Some(m) => {
            let target_row = m.target_row.unwrap_or(NO_ROW);
            let mut prev = None;
            for (k, at) in pairs {
                let cur = k.map_or(target_row, |k| row_of(m, k, &mut word));
                if let Some(w) = prev.and_then(|p| m.pairs.get(&(p, cur))) {
                    (f.out)("", 1.0, at, Some(*w));
                }
                prev = Some(cur);
            }
        }
        // Without: by name, `B:previous current`.
        None => {
            let mut prev = String::with_capacity(32);
            for (i, (k, at)) in pairs.into_iter().enumerate() {
                match k {
                    Some(k) => {
                        fold(k, &mut word);
                    }
                    None => {
                        word.clear();
                        word.push_str("<T>");
                    }
                }
                if i > 0 {
                    buf.clear();
                    buf.push_str("B:");
                    buf.push_str(&prev);
                    buf.push(' ');
                    buf.push_str(&word);
                    (f.out)(&buf, 1.0, at, None);
                }
                std::mem::swap(&mut prev, &mut word);
            }
        }
    }
    // Position.
    if span.start == 0 {
        f.dense(dense::START, 1.0);
    }
    if left_words.len() <= 2 {
        f.dense(dense::FIRST, 1.0);
    }
    if right_words.len() <= 2 {
        f.dense(dense::END, 1.0);
    }
    let n = names.len().min(4);
    f.dense(dense::NAMES + n, 1.0);
    if n > 0 {
        f.dense(dense::SCORE_NAMES, rule);
        f.dense(dense::SENTIMENT_NAMES, sentiment);
    }
    // Sentiment nearer this mention than any other name, and nearer
    // another name: what the text says of whom.
    let (mut own, mut other) = (0.0f32, 0.0f32);
    for c in &a.contributions {
        let k = c.token();
        let mine = if k < m_start {
            m_start - k
        } else {
            k.saturating_sub(m_end.saturating_sub(1))
        };
        if names.iter().any(|&o| o.abs_diff(k) < mine) {
            other += c.value;
        } else {
            own += c.value;
        }
    }
    f.flags(dense::OWN, squash(own));
    // Sentiment weighted by closeness to the mention.
    let near: f32 = a
        .contributions
        .iter()
        .map(|c| {
            let k = c.token();
            let d = if k < m_start {
                m_start - k
            } else {
                k.saturating_sub(m_end.saturating_sub(1))
            };
            c.value * 3.0 / (3.0 + d as f32)
        })
        .sum();
    f.flags(dense::NEAR, squash(near));
    // Sentiment within four words on each side.
    let (mut before4, mut after4) = (0.0f32, 0.0f32);
    for c in &a.contributions {
        let k = c.token();
        if k < m_start && m_start - k <= 4 {
            before4 += c.value;
        } else if k >= m_end && k - m_end < 4 {
            after4 += c.value;
        }
    }
    f.flags(dense::BEFORE4, squash(before4));
    f.flags(dense::AFTER4, squash(after4));
    // Inside a quotation (an odd number of quote marks before it).
    let before = text.get(..span.start).unwrap_or("").as_bytes();
    let marks = before
        .iter()
        .enumerate()
        .filter(|&(i, &b)| {
            b == b'"' || b == 0xE2 && matches!(before.get(i + 1..i + 3), Some([0x80, 0x9C | 0x9D]))
        })
        .count();
    if marks % 2 == 1 {
        f.dense(dense::QUOTED, 1.0);
    }
    // The target as the speaker of a speech verb.
    if a.is_speaker(text, m_start, span) {
        f.dense(dense::SPEAKER, 1.0);
        f.dense(dense::SPEAKER_SENTIMENT, sentiment);
    }
    f.flags(dense::OTHER, squash(other));
}

/// Where [`visit_cues`] sends its cues. A dense cue is named by its index
/// in [`DENSE_CUES`] and comes with its `m:` twin when the text names
/// someone else; with a model, its weights are looked up by that index
/// (a cue the model lacks is left out).
struct Cues<'s, 'o> {
    model: Option<&'s StanceModel>,
    multi: bool,
    out: &'s mut CueSink<'o>,
    /// Scratch for a twin's name.
    twin: String,
}

impl Cues<'_, '_> {
    /// Dense cue `i` with value `v`, and its twin.
    fn dense(&mut self, i: usize, v: f32) {
        let Some(&(name, has_twin)) = DENSE_CUES.get(i) else {
            return;
        };
        let twin = self.multi && has_twin;
        match self.model {
            Some(m) => {
                if let Some(w) = m.dense.get(i).copied().flatten() {
                    (self.out)("", v, None, Some(w));
                }
                if twin {
                    if let Some(w) = m.dense.get(DENSE_CUES.len() + i).copied().flatten() {
                        (self.out)("", v, None, Some(w));
                    }
                }
            }
            None => {
                (self.out)(name, v, None, None);
                if twin {
                    self.twin.clear();
                    self.twin.push_str("m:");
                    self.twin.push_str(name);
                    (self.out)(&self.twin, v, None, None);
                }
            }
        }
    }

    /// Dense cue `i` with value `x`, plus cue `i + 1` (`name<`) or `i + 2`
    /// (`name>`) when `x` passes the threshold.
    fn flags(&mut self, i: usize, x: f32) {
        self.dense(i, x);
        if x <= -THRESHOLD {
            self.dense(i + 1, 1.0);
        } else if x >= THRESHOLD {
            self.dense(i + 2, 1.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LexiconBuilder;
    use crate::score::analyse;

    fn lex(model: &str) -> crate::lexicon::Lexicon {
        let mut b = LexiconBuilder::new();
        b.add_text("sentiment.tsv", "s", "bad\t-2.5\ngood\t1.9\n")
            .unwrap();
        b.add_text("stance_model.tsv", "m", model).unwrap();
        b.build().unwrap()
    }

    fn judge_at(text: &str, mention: &str, l: &crate::lexicon::Lexicon) -> Judgement {
        let a = analyse(text, l);
        let start = text.find(mention).unwrap();
        let span = start..start + mention.len();
        let rule = a.stance_toward(text, &span, None);
        judge(text, &span, rule, &a, &l.stance_model, true)
    }

    #[test]
    fn the_class_with_the_largest_sum_wins_and_its_words_are_evidence() {
        // "R:snubbed" pushes negative; "bias" leans neutral.
        let l = lex("bias\t0\t0.5\t0\nR:snubbed\t2\t0\t-1\nR:the\t0.3\t0\t0\n");
        let j = judge_at("Ruiz snubbed the council.", "Ruiz", &l);
        assert_eq!(j.stance, Stance::Critical);
        assert!(j.score < 0.0);
        // Function words are cues, never evidence.
        assert_eq!(j.evidence, vec!["snubbed"]);
        assert_eq!(j.cues.first().map(|c| c.0.as_str()), Some("R:snubbed"));
        let j = judge_at("Ruiz met the council.", "Ruiz", &l);
        assert_eq!(j.stance, Stance::Neutral);
    }

    #[test]
    fn without_a_model_the_rule_score_decides() {
        let mut b = LexiconBuilder::new();
        b.add_text("sentiment.tsv", "s", "bad\t-2.5\n").unwrap();
        let l = b.build().unwrap();
        let j = judge_at("Ruiz made a bad call.", "Ruiz", &l);
        assert_eq!(j.stance, Stance::Critical);
        assert_eq!(j.evidence, vec!["bad"]);
        assert!(j.cues.is_empty());
    }

    #[test]
    fn cues_name_the_words_around_the_mention() {
        let l = lex("bias\t0\t0\t0\n");
        let text = "Yesterday, Ruiz said the plan was bad.";
        let a = analyse(text, &l);
        let span = 11..15;
        let mut seen: Vec<(String, f32)> = Vec::new();
        visit_features(text, &span, &a, -0.3, &mut |c, v, _| {
            seen.push((c.to_string(), v));
        });
        let has = |c: &str| seen.iter().any(|(x, _)| x == c);
        for c in [
            "bias",
            "score",
            "score<",
            "L:yesterday",
            "L1:yesterday",
            "R1:said",
            "R:bad",
            "S:plan",
            "C:bad",
            "B:<T> said",
            "names:0",
        ] {
            assert!(has(c), "{c} missing from {seen:?}");
        }
        // The comma ends the clause: "yesterday" is not in it.
        assert!(!has("C:yesterday"));
        assert!(!has("L:ruiz") && !has("R:ruiz"));
    }
    #[test]
    fn cues_looked_up_by_index_weigh_as_cues_looked_up_by_name() {
        // Give every cue these texts have a weight of its own (dense cues,
        // their `m:` twins, word cues and `B:` pairs), then judge each
        // mention by name (as `explain` does) and by index (as `score`
        // does): the sums must be the same.
        let texts = [
            (
                "Yesterday, Ruiz said the plan was bad, but Obama praised it.",
                "Ruiz",
            ),
            (
                "The council, led by Ruiz, made a good call; Ortega's team did not.",
                "Ruiz",
            ),
            ("Critics say Ruiz failed badly.", "Ruiz"),
            (
                "Naïve critics say Ruiz’s café plan “failed” and didn’t work.",
                "Ruiz",
            ),
        ];
        let base = lex("");
        let mut names: Vec<String> = Vec::new();
        for (text, mention) in texts {
            let a = analyse(text, &base);
            let start = text.find(mention).unwrap();
            let span = start..start + mention.len();
            let rule = a.stance_toward(text, &span, None).0;
            visit_features(text, &span, &a, rule, &mut |c, _, _| {
                if !names.iter().any(|n| n == c) {
                    names.push(c.to_string());
                }
            });
        }
        assert!(names.iter().any(|n| n.starts_with("m:")));
        assert!(names.iter().any(|n| n.starts_with("B:")));
        let model: String = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let w = |k: usize| ((i * 7 + k * 3) % 11) as f32 / 10.0 - 0.5;
                format!("{n}\t{}\t{}\t{}\n", w(0), w(1), w(2))
            })
            .collect();
        let l = lex(&model);
        for (text, mention) in texts {
            let a = analyse(text, &l);
            let start = text.find(mention).unwrap();
            let span = start..start + mention.len();
            let rule = a.stance_toward(text, &span, None);
            let named = judge(text, &span, rule.clone(), &a, &l.stance_model, true);
            let indexed = judge(text, &span, rule, &a, &l.stance_model, false);
            assert_eq!(named.score, indexed.score, "{text}");
            assert_eq!(named.stance, indexed.stance, "{text}");
            assert_eq!(named.evidence, indexed.evidence, "{text}");
        }
    }
    #[test]
    fn dense_cue_numbers_name_their_cues() {
        let name = |i: usize| DENSE_CUES.get(i).map(|c| c.0);
        for (i, want) in [
            (dense::BIAS, "bias"),
            (dense::SCORE, "score"),
            (dense::SCORE + 1, "score<"),
            (dense::SCORE + 2, "score>"),
            (dense::SENTIMENT, "sentiment"),
            (dense::LEFT, "left"),
            (dense::RIGHT + 2, "right>"),
            (dense::CLAUSE, "clause"),
            (dense::START, "start"),
            (dense::FIRST, "first"),
            (dense::END, "end"),
            (dense::NAMES, "names:0"),
            (dense::NAMES + 4, "names:4"),
            (dense::SCORE_NAMES, "score_names"),
            (dense::SENTIMENT_NAMES, "sentiment_names"),
            (dense::OWN + 1, "own<"),
            (dense::NEAR, "near"),
            (dense::BEFORE4, "before4"),
            (dense::AFTER4 + 2, "after4>"),
            (dense::QUOTED, "quoted"),
            (dense::SPEAKER, "speaker"),
            (dense::SPEAKER_SENTIMENT, "speaker_sentiment"),
            (dense::OTHER + 2, "other>"),
        ] {
            assert_eq!(name(i), Some(want));
        }
    }

    #[test]
    fn function_words_are_sorted_for_the_binary_search() {
        assert!(NOT_EVIDENCE.windows(2).all(|w| w[0] < w[1]));
    }
}
