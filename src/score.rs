//! Stage 4, score: sentiment of a quote and its stance toward each target
//! it names, from the lexicons, with the evidence that decided it.
//!
//! One Aho-Corasick pass finds every lexicon phrase (sentiment words, rule
//! words, stance cues, target aliases). Rules, after VADER but news-tuned:
//! a negator within four words before a sentiment word flips and damps it;
//! boosters and dampeners scale the next sentiment word; a counter verb
//! (`combat`, `prevent`) turns the negative word it acts on (`threat`)
//! mildly positive; contrast words (`but`, `however`) halve what comes
//! before and raise what comes after, and a positive concession followed
//! by `but` and no praise marks the rest as criticism; ALL-CAPS words and
//! `!` add emphasis. The sum is squashed to [-1, 1] with `x / sqrt(x² + 15)`.
//!
//! Stance toward a target weighs each contribution by how close it is to
//! the target's mention: the same clause counts fully, the rest of the
//! sentence half, the rest of the quote a quarter, and a contribution that
//! is closer to another target's mention counts half. The same code makes
//! the `evidence` of every report row and the `explain` command's table.
//!
//! Pure functions over `&str` and `&Lexicon`; no I/O.

use crate::lexicon::{CueKind, Found, Lexicon, RuleKind};
use crate::segment::{period_is_not_final, tokens_into, Span, Token};
use crate::stance::{judge, Judgement};

/// Most phrases shown as the evidence of a score.
pub const EVIDENCE: usize = 5;
/// VADER's normalisation constant.
const ALPHA: f32 = 15.0;
/// Positive words count this much of their weight: in news, praise words
/// are often formulaic ("a good deal", "a great many") while criticism is
/// meant; measured on the NewsMTSC and NYT dev sets.
const POSITIVE_SCALE: f32 = 0.8;
/// Weight of a stance cue relative to a sentiment word of the same weight.
const CUE_GAIN: f32 = 1.5;
/// Strength of a negated negative word relative to a negated positive
/// one (`not a disaster` is mildly positive; `cannot allow crimes` is not
/// praise).
const NEG_FLIP: f32 = 0.4;
/// A positive word after `should have` turns negative by this much.
const COUNTERFACTUAL: f32 = 0.5;
/// Weight of the words right after a possessive target.
const POSSESSED: f32 = 1.5;
/// Weight of the words around a target that is the speaker.
const SPEAKER_TARGET: f32 = 0.0;
/// Speech verbs that make the mention before or after them a speaker. Not
/// `lexicons/speech_verbs.tsv`: that list also holds verbs whose object is
/// judged (`accused`, `praised`, `called`), and a target after those is no
/// speaker.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "noted",
    "notes",
    "added",
    "adds",
    "explained",
    "wrote",
    "writes",
    "tweeted",
    "argued",
    "asked",
    "stated",
    "announced",
    "insisted",
    "warned",
    "claimed",
    "replied",
    "responded",
    "declared",
    "recalled",
    "explains",
    "argues",
    "suggested",
    "suggests",
    "cited",
    "cites",
    "laughed",
    "joked",
    "quipped",
    "insists",
    "warns",
    "claims",
    "predicted",
    "acknowledged",
    "admitted",
    "conceded",
    "testified",
    "posted",
    "answered",
    "continued",
    "concluded",
    "observed",
    "remarked",
    "mused",
    "asserted",
    "maintained",
    "contended",
    "countered",
    "confirmed",
    "reported",
];
/// The speech verbs of [`SPEECH_VERBS`] whose speaker may follow them
/// (`“…,” said Cantor`); after the others (`warned the Legislature`,
/// `told reporters`) comes the listener or the thing said.
const INVERTING_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "noted",
    "notes",
    "explained",
    "explains",
    "wrote",
    "writes",
    "tweeted",
    "argued",
    "argues",
    "insisted",
    "insists",
    "replied",
    "responded",
    "declared",
    "continued",
    "concluded",
    "remarked",
    "asserted",
    "maintained",
    "contended",
    "countered",
    "quipped",
    "joked",
    "laughed",
    "mused",
    "stated",
];
/// Weight of the words of a conditional clause.
const CONDITIONAL: f32 = 0.6;
/// Weight of the words of a question.
const QUESTION: f32 = 0.7;
/// Tone / label threshold on the [-1, 1] score.
pub const THRESHOLD: f32 = 0.15;

/// Stance or tone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stance {
    /// Against.
    Critical,
    /// Neither.
    Neutral,
    /// For.
    Supportive,
}

impl Stance {
    /// From a score in [-1, 1].
    pub fn from_score(s: f32) -> Stance {
        if s <= -THRESHOLD {
            Stance::Critical
        } else if s >= THRESHOLD {
            Stance::Supportive
        } else {
            Stance::Neutral
        }
    }

    /// `critical | neutral | supportive`.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Critical => "critical",
            Stance::Neutral => "neutral",
            Stance::Supportive => "supportive",
        }
    }

    /// `negative | neutral | positive` (the `score` command's labels).
    pub fn label(self) -> &'static str {
        match self {
            Stance::Critical => "negative",
            Stance::Neutral => "neutral",
            Stance::Supportive => "positive",
        }
    }
}

/// The names of the rules a contribution can go through, by code.
const RULE_NAMES: [&str; 11] = [
    "negated",
    "boosted",
    "dampened",
    "countered",
    "counterfactual",
    "conditional",
    "question",
    "capitals",
    "before contrast",
    "after contrast",
    "concession then contrast",
];

/// Codes of [`RULE_NAMES`].
mod rule {
    pub const NEGATED: u8 = 0;
    pub const BOOSTED: u8 = 1;
    pub const DAMPENED: u8 = 2;
    pub const COUNTERED: u8 = 3;
    pub const COUNTERFACTUAL: u8 = 4;
    pub const CONDITIONAL: u8 = 5;
    pub const QUESTION: u8 = 6;
    pub const CAPITALS: u8 = 7;
    pub const BEFORE_CONTRAST: u8 = 8;
    pub const AFTER_CONTRAST: u8 = 9;
    pub const CONCESSION: u8 = 10;
}

/// Rules kept inline in a [`RuleTrail`]; more go to its overflow.
const TRAIL_INLINE: usize = 14;

/// The rules that changed a contribution, in order: the first
/// [`TRAIL_INLINE`] inline (no allocation per contribution), any more in
/// a vector.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RuleTrail {
    codes: [u8; TRAIL_INLINE],
    len: u8,
    more: Vec<u8>,
}

impl RuleTrail {
    fn with(code: u8) -> Self {
        let mut t = RuleTrail::default();
        t.push(code);
        t
    }

    fn push(&mut self, code: u8) {
        match self.codes.get_mut(usize::from(self.len)) {
            Some(c) => {
                *c = code;
                self.len += 1;
            }
            None => self.more.push(code),
        }
    }

    /// The rule names, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        let inline = self.codes.get(..usize::from(self.len)).unwrap_or_default();
        inline
            .iter()
            .chain(&self.more)
            .filter_map(|&c| RULE_NAMES.get(usize::from(c)).copied())
    }

    /// True when no rule changed the contribution.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The rule names joined by `sep`.
    pub fn join(&self, sep: &str) -> String {
        self.iter().collect::<Vec<_>>().join(sep)
    }
}

/// One phrase's part in a score.
#[derive(Clone, Debug, PartialEq)]
pub struct Contribution {
    /// Byte span in the scored text.
    pub span: Span,
    /// Weight from the lexicon ([-4, 4]).
    pub base: f32,
    /// Weight after the rules.
    pub value: f32,
    /// Rules that changed it, in order.
    pub rules: RuleTrail,
    /// True for a stance cue (critique / support phrase).
    pub cue: bool,
    /// True when the weight comes from the fitted lexicon.
    pub fitted: bool,
    /// Index of the token where it starts.
    token: usize,
    /// Clause and sentence numbers.
    clause: usize,
    sentence: usize,
}

impl Contribution {
    /// The index of the token where it starts.
    pub(crate) fn token(&self) -> usize {
        self.token
    }
}

/// A target named in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetMention {
    /// Index into [`Lexicon::targets`].
    pub target: usize,
    /// Byte span of the mention.
    pub span: Span,
    /// True for an alias that only refers back (`the president`).
    pub anaphoric: bool,
    token: usize,
    clause: usize,
    sentence: usize,
}

/// Stance toward one target.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetStance {
    /// Index into [`Lexicon::targets`].
    pub target: usize,
    /// Byte span of the (first) mention.
    pub mention: Span,
    /// Score in [-1, 1].
    pub score: f32,
    /// Label.
    pub stance: Stance,
    /// Phrases that decided it, strongest first.
    pub evidence: Vec<String>,
}

/// The full analysis of a text: contributions and target mentions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// Sentiment contributions, in text order.
    pub contributions: Vec<Contribution>,
    /// Target mentions, in text order.
    pub mentions: Vec<TargetMention>,
    /// Emphasis from `!` (added to the sum with the sum's sign).
    pub exclamation: f32,
    /// The text's tokens, kept for stance look-ups.
    toks: Vec<Token>,
    /// Clause and sentence number of each token, plus one entry for the
    /// end of the text (computed once in [`analyse`]).
    clause_of: Vec<usize>,
    sentence_of: Vec<usize>,
    /// Buffers of [`analyse_into`], kept for the next text.
    work: Work,
}

/// The working buffers of one analysis, reused by the next.
#[derive(Clone, Debug, Default, PartialEq)]
struct Work {
    comma_before: Vec<usize>,
    counterfactual: Vec<usize>,
    conditional: Vec<usize>,
    questions: Vec<usize>,
    found: Vec<Found>,
    rules: Vec<Rule>,
}

/// Scores of one quote.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteScore {
    /// Sentiment of the whole quote, [-1, 1].
    pub sentiment: f32,
    /// Tone of the quote.
    pub tone: Stance,
    /// Stance toward each target named, in order of first mention.
    pub targets: Vec<TargetStance>,
}

fn squash(x: f32) -> f32 {
    let s = x / (x * x + ALPHA).sqrt();
    s.clamp(-1.0, 1.0)
}

/// Round to 4 decimals (stable output).
pub fn round4(x: f32) -> f32 {
    (x * 10_000.0).round() / 10_000.0
}

#[derive(Clone, Debug, PartialEq)]
struct Rule {
    kind: RuleKind,
    value: f32,
    token: usize,
    end_token: usize,
    clause: usize,
}

/// Analyse a text: find phrases, apply the rules.
pub fn analyse(text: &str, lex: &Lexicon) -> Analysis {
    let mut a = Analysis::default();
    analyse_into(text, lex, &mut a);
    a
}

/// [`analyse`] into `out`, reusing its buffers: a caller that analyses
/// text after text allocates nothing per text once they have grown.
pub fn analyse_into(text: &str, lex: &Lexicon, out: &mut Analysis) {
    let mut work = std::mem::take(&mut out.work);
    let mut toks = std::mem::take(&mut out.toks);
    tokens_into(text, 0..text.len(), &mut toks);
    let toks = toks;
    // Clause and sentence index of every token.
    // (One entry more than the tokens, for the end of the text.)
    let mut clause_of = std::mem::take(&mut out.clause_of);
    let mut sentence_of = std::mem::take(&mut out.sentence_of);
    clause_of.clear();
    sentence_of.clear();
    let (mut clause, mut sentence) = (0usize, 0usize);
    let Work {
        comma_before,
        counterfactual,
        conditional,
        questions,
        found,
        rules,
    } = &mut work;
    comma_before.clear();
    counterfactual.clear();
    conditional.clear();
    questions.clear();
    rules.clear();
    let mut commas = 0usize;
    let mut exclamations = 0usize;
    let mut has_lower = false;
    let mut has_upper_word = false;
    let bytes = text.as_bytes();
    let word_at = |k: usize| {
        toks.get(k)
            .filter(|t| t.word)
            .and_then(|t| text.get(t.span.clone()))
    };
    let is = |k: usize, w: &str| word_at(k).is_some_and(|x| x.eq_ignore_ascii_case(w));
    // One pass over the tokens: clause and sentence numbers; the case of
    // the words (for emphasis); the modals of "should / could / would /
    // ought to have", "if" / "unless" (the condition runs to the next
    // comma) and the sentences that end in a question mark. A token's
    // first byte and length screen most of them out before any comparison
    // (punctuation tokens are one character).
    for (k, t) in toks.iter().enumerate() {
        clause_of.push(clause);
        sentence_of.push(sentence);
        comma_before.push(commas);
        let first = bytes.get(t.span.start).copied().unwrap_or(0);
        if t.word {
            if first.is_ascii_lowercase() {
                has_lower = true;
            } else {
                let w = text.get(t.span.clone()).unwrap_or("");
                if w.chars().any(char::is_lowercase) {
                    has_lower = true;
                } else if w.chars().filter(|c| c.is_alphabetic()).count() > 1 {
                    has_upper_word = true;
                }
            }
            match (t.span.len(), first | 0x20) {
                (2, b'i') | (6, b'u') if is(k, "if") || is(k, "unless") => conditional.push(k),
                (5 | 6, b's' | b'c' | b'w' | b'o')
                    if (is(k, "should") || is(k, "could") || is(k, "would") || is(k, "ought"))
                        && (is(k + 1, "have") || is(k + 1, "to") && is(k + 2, "have")) =>
                {
                    counterfactual.push(k);
                }
                _ => {}
            }
            continue;
        }
        match first {
            b'.' if period_is_not_final(text, t.span.start) => {}
            b'.' | b'?' | b'!' => {
                if first == b'!' {
                    exclamations += 1;
                } else if first == b'?' {
                    questions.push(sentence);
                }
                sentence += 1;
                clause += 1;
            }
            b';' | b':' | b'(' | b')' | b'[' | b']' => clause += 1,
            b',' => commas += 1,
            0x80.. if matches!(text.get(t.span.clone()), Some("—" | "–")) => clause += 1,
            _ => {}
        }
    }
    let mixed_case = has_lower && has_upper_word;
    lex.find_phrases_into(text, &toks, found);
    out.contributions.clear();
    out.mentions.clear();
    for m in found.iter() {
        let Some(info) = lex.info(m.info) else {
            continue;
        };
        let (t, te) = (m.token as usize, m.end_token as usize);
        let cl = clause_of.get(t).copied().unwrap_or(clause);
        let se = sentence_of.get(t).copied().unwrap_or(sentence);
        // A capitalised alias must be capitalised in the text (`Trump`,
        // not the verb `trump`).
        let target = info
            .target
            .filter(|_| info.target_case_fits(text.get(m.start..m.end).unwrap_or("")));
        if let Some(idx) = target {
            out.mentions.push(TargetMention {
                target: idx,
                span: m.start..m.end,
                anaphoric: info.target_anaphoric,
                token: t,
                clause: cl,
                sentence: se,
            });
        }
        if let Some((kind, value)) = info.rule {
            rules.push(Rule {
                kind,
                value,
                token: t,
                end_token: te,
                clause: cl,
            });
            // A contrast word opens a new clause for negation scope.
        }
        let base = match (
            info.cue,
            info.sentiment
                .map(|w| if w > 0.0 { w * POSITIVE_SCALE } else { w }),
        ) {
            // Explicit stance cues weigh more than generic sentiment words.
            (Some((CueKind::Critique, w)), _) => Some((-w * CUE_GAIN, true)),
            (Some((CueKind::Support, w)), _) => Some((w * CUE_GAIN, true)),
            (None, Some(w)) => Some((w, false)),
            _ => None,
        };
        if let Some((base, cue)) = base {
            out.contributions.push(Contribution {
                span: m.start..m.end,
                base,
                value: base,
                rules: RuleTrail::default(),
                cue,
                fitted: info.fitted && !cue,
                token: t,
                clause: cl,
                sentence: se,
            });
        }
    }
    // Apply the rules to each contribution.
    for c in &mut out.contributions {
        let commas_at = comma_before.get(c.token).copied().unwrap_or(0);
        for r in rules.iter() {
            if r.end_token >= c.token {
                continue;
            }
            let dist = c.token - r.end_token;
            let same_clause = r.clause == c.clause;
            let no_comma = comma_before.get(r.end_token).copied().unwrap_or(0) == commas_at;
            match r.kind {
                RuleKind::Negator if dist <= 4 && same_clause && no_comma && !c.cue => {
                    c.value *= -r.value * if c.value < 0.0 { NEG_FLIP } else { 1.0 };
                    c.rules.push(rule::NEGATED);
                }
                RuleKind::Booster if dist <= 2 && same_clause => {
                    let add = r.value * if dist == 1 { 1.0 } else { 0.95 };
                    c.value += c.value.signum() * add * 4.0 / 4.0;
                    c.rules.push(rule::BOOSTED);
                }
                RuleKind::Dampener if dist <= 2 && same_clause => {
                    c.value -= c.value.signum() * r.value.min(c.value.abs());
                    c.rules.push(rule::DAMPENED);
                }
                RuleKind::Counter if dist <= 3 && same_clause && c.base < 0.0 && !c.cue => {
                    // Acting against a bad thing is not itself bad: the
                    // negative word becomes weakly positive.
                    c.value = -c.value * 0.1 * r.value;
                    c.rules.push(rule::COUNTERED);
                }
                _ => {}
            }
        }
        // Counterfactual: "should have praised", "could have been a
        // triumph": the good thing did not happen.
        if c.value > 0.0
            && counterfactual
                .iter()
                .any(|&m| m < c.token && c.token - m <= 5 && clause_of.get(m) == Some(&c.clause))
        {
            c.value *= -COUNTERFACTUAL;
            c.rules.push(rule::COUNTERFACTUAL);
        }
        // A condition ("if the plan fails") asserts less than a statement.
        if conditional.iter().any(|&k| {
            k < c.token
                && clause_of.get(k) == Some(&c.clause)
                && comma_before.get(k) == comma_before.get(c.token)
        }) {
            c.value *= CONDITIONAL;
            c.rules.push(rule::CONDITIONAL);
        }
        // A question asserts less than a statement.
        if questions.contains(&c.sentence) {
            c.value *= QUESTION;
            c.rules.push(rule::QUESTION);
        }
        // Emphasis: an ALL-CAPS word in mixed-case text.
        if mixed_case {
            let w = text.get(c.span.clone()).unwrap_or("");
            if w.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !w.chars().any(char::is_lowercase)
            {
                c.value += c.value.signum() * 0.733;
                c.rules.push(rule::CAPITALS);
            }
        }
    }
    // Contrast: what precedes a contrast word in its sentence is halved,
    // what follows it is raised.
    for r in rules.iter().filter(|r| r.kind == RuleKind::Contrast) {
        let se = sentence_of.get(r.token).copied().unwrap_or(0);
        // "Though X, Y" / "Although X, Y" at the start of a sentence: the
        // concession runs to the first comma, the main clause follows.
        let sentence_start = r.token == 0
            || sentence_of.get(r.token - 1).is_some_and(|&s| s != se)
            || toks.get(r.token - 1).is_some_and(|t| !t.word)
                && (r.token < 2 || sentence_of.get(r.token - 2).is_some_and(|&s| s != se));
        let word = toks
            .get(r.token)
            .and_then(|t| text.get(t.span.clone()))
            .unwrap_or("");
        let pivot = if sentence_start
            && !word.eq_ignore_ascii_case("but")
            && !word.eq_ignore_ascii_case("yet")
        {
            let comma = (r.token + 1..toks.len())
                .take_while(|&k| sentence_of.get(k) == Some(&se))
                .find(|&k| {
                    toks.get(k)
                        .is_some_and(|t| !t.word && text.get(t.span.clone()) == Some(","))
                });
            match comma {
                Some(k) => k,
                None => continue,
            }
        } else {
            r.token
        };
        let pivot_end = if pivot == r.token { r.end_token } else { pivot };
        let mut before_sum = 0.0f32;
        let mut after_sum = 0.0f32;
        for c in out.contributions.iter_mut().filter(|c| c.sentence == se) {
            if c.token < pivot {
                c.value *= 0.5;
                c.rules.push(rule::BEFORE_CONTRAST);
                before_sum += c.value;
            } else if c.token > pivot_end {
                c.value *= r.value;
                c.rules.push(rule::AFTER_CONTRAST);
                after_sum += c.value;
            }
        }
        if before_sum > 0.0 && after_sum < 0.75 * before_sum {
            // "It's great that ..., but ...": a concession, then criticism.
            let tok = r.token;
            let span = toks.get(tok).map_or(0..0, |t| t.span.clone());
            out.contributions.push(Contribution {
                span,
                base: 0.0,
                value: -(before_sum * 2.0 + 0.5),
                rules: RuleTrail::with(rule::CONCESSION),
                cue: true,
                fitted: false,
                token: tok,
                clause: clause_of.get(tok).copied().unwrap_or(0),
                sentence: se,
            });
        }
    }
    out.contributions.sort_by_key(|c| c.span.start);
    out.exclamation = (exclamations.min(4) as f32) * 0.292;
    clause_of.push(clause);
    sentence_of.push(sentence);
    out.toks = toks;
    out.clause_of = clause_of;
    out.sentence_of = sentence_of;
    out.work = work;
}

impl Analysis {
    /// The text's tokens.
    pub(crate) fn tokens(&self) -> &[Token] {
        &self.toks
    }

    /// Sentiment of the whole text in [-1, 1].
    pub fn sentiment(&self) -> f32 {
        let sum: f32 = self.contributions.iter().map(|c| c.value).sum();
        if sum == 0.0 {
            return 0.0;
        }
        squash(sum + sum.signum() * self.exclamation)
    }

    /// Weighted contributions toward a mention: (weight, contribution).
    fn weighted(
        &self,
        m_token: usize,
        m_clause: usize,
        m_sentence: usize,
        target: Option<usize>,
    ) -> Vec<(f32, &Contribution)> {
        let single_target = self
            .mentions
            .iter()
            .all(|o| Some(o.target) == target || target.is_none() && o.token == m_token);
        self.contributions
            .iter()
            .map(|c| {
                let mut w = if c.clause == m_clause {
                    1.0
                } else if c.sentence == m_sentence {
                    0.5
                } else if single_target {
                    // The only target a quote names is usually what its
                    // other sentences are about ("she", "it").
                    0.6
                } else {
                    0.25
                };
                // Closer to another target's mention: probably about that one.
                let my_dist = c.token.abs_diff(m_token);
                let other_closer = self.mentions.iter().any(|o| {
                    Some(o.target) != target
                        && o.token != m_token
                        && o.clause == c.clause
                        && o.token.abs_diff(c.token) < my_dist
                });
                if other_closer {
                    w *= 0.5;
                }
                (w, c)
            })
            .collect()
    }

    /// Stance toward the text between bytes `span` (a target mention).
    pub fn stance_toward(
        &self,
        text: &str,
        span: &Span,
        target: Option<usize>,
    ) -> (f32, Vec<String>) {
        let m_token = self.toks.partition_point(|t| t.span.start < span.start);
        let clause = self
            .clause_of
            .get(m_token)
            .or(self.clause_of.last())
            .copied()
            .unwrap_or(0);
        let sentence = self
            .sentence_of
            .get(m_token)
            .or(self.sentence_of.last())
            .copied()
            .unwrap_or(0);
        self.stance_at(text, m_token, clause, sentence, target, span)
    }

    fn stance_at(
        &self,
        text: &str,
        m_token: usize,
        clause: usize,
        sentence: usize,
        target: Option<usize>,
        span: &Span,
    ) -> (f32, Vec<String>) {
        let mut weighted = self.weighted(m_token, clause, sentence, target);
        // The target as the speaker ("…,” Cantor said; Obama said it is
        // less damaging): what it says is not said about it.
        if self.is_speaker(text, m_token, span) {
            for (w, _) in &mut weighted {
                *w *= SPEAKER_TARGET;
            }
        }
        // "Trump’s refusal", "Murphy’s fumble": what the possessive target
        // owns is about it.
        let rest = text.get(span.end..).unwrap_or("");
        if rest.starts_with("’s")
            || rest.starts_with("'s")
            || text
                .get(span.clone())
                .is_some_and(|m| m.ends_with("’s") || m.ends_with("'s"))
        {
            for (w, c) in &mut weighted {
                if c.token > m_token && c.token <= m_token + 4 {
                    *w *= POSSESSED;
                }
            }
        }
        let sum: f32 = weighted
            .iter()
            .filter(|(_, c)| c.span.start >= span.end || c.span.end <= span.start)
            .map(|(w, c)| w * c.value)
            .sum();
        let score = if sum == 0.0 { 0.0 } else { squash(sum) };
        let mut ev: Vec<(f32, &Contribution)> = weighted
            .into_iter()
            .filter(|(w, c)| {
                (w * c.value).signum() == score.signum() && c.value != 0.0 && !c.span.is_empty()
            })
            .collect();
        // Cues first, then hand-written words; fitted words only when
        // nothing hand-written supports the stance.
        if ev.iter().any(|(_, c)| !c.fitted) {
            ev.retain(|(_, c)| !c.fitted);
        }
        ev.sort_by(|a, b| {
            b.1.cue
                .cmp(&a.1.cue)
                .then((b.0 * b.1.value.abs()).total_cmp(&(a.0 * a.1.value.abs())))
        });
        let mut evidence: Vec<String> = Vec::new();
        if score != 0.0 {
            for (_, c) in ev {
                if let Some(s) = text.get(c.span.clone()) {
                    let s = s.to_string();
                    if !evidence.contains(&s) {
                        evidence.push(s);
                    }
                }
                if evidence.len() >= 5 {
                    break;
                }
            }
        }
        (score, evidence)
    }

    /// True when the mention at token `m_token` (bytes `span`) is the
    /// subject or the inverted speaker of a speech verb.
    pub(crate) fn is_speaker(&self, text: &str, m_token: usize, span: &Span) -> bool {
        let word = |k: usize| {
            self.toks
                .get(k)
                .filter(|t| t.word)
                .and_then(|t| text.get(t.span.clone()))
        };
        let after = self.toks.partition_point(|t| t.span.start < span.end);
        let speech = |k: usize| word(k).is_some_and(|w| SPEECH_VERBS.contains(&w));
        // Before the mention only a verb that inverts (`said Cantor`); after
        // `warned`, `told`, `asked` the mention is the listener, judged.
        let inverts = |k: usize| word(k).is_some_and(|w| INVERTING_VERBS.contains(&w));
        speech(after)
            || m_token > 0 && inverts(m_token - 1)
            || m_token > 1
                && self
                    .toks
                    .get(m_token - 1)
                    .is_some_and(|t| !t.word && text.get(t.span.clone()) == Some(","))
                && inverts(m_token - 2)
    }

    /// Phrases behind the overall sentiment, strongest first.
    pub fn evidence(&self, text: &str) -> Vec<String> {
        let mut ev = [""; EVIDENCE];
        let n = self.evidence_into(text, &mut ev);
        ev.iter().take(n).map(|s| s.to_string()).collect()
    }

    /// [`Analysis::evidence`] as slices of `text`, without allocating:
    /// fills `out` from the start, returns how many. The contributions
    /// that lean the sentiment's way (hand-written ones only, when there
    /// are any) are taken stance cues first, then by strength, then in
    /// text order, each phrase once: a selection, round by round, of the
    /// next in that order, which is the order a stable sort gives.
    pub fn evidence_into<'t>(&self, text: &'t str, out: &mut [&'t str; EVIDENCE]) -> usize {
        let s = self.sentiment();
        let leans = |c: &Contribution| {
            c.value.signum() == s.signum() && c.value != 0.0 && !c.span.is_empty()
        };
        let hand = self.contributions.iter().any(|c| leans(c) && !c.fitted);
        let order = |(i, c): (usize, &Contribution), (j, d): (usize, &Contribution)| {
            d.cue
                .cmp(&c.cue)
                .then(d.value.abs().total_cmp(&c.value.abs()))
                .then(i.cmp(&j))
        };
        let mut n = 0;
        let mut last: Option<(usize, &Contribution)> = None;
        while n < EVIDENCE {
            let next = self
                .contributions
                .iter()
                .enumerate()
                .filter(|&(_, c)| leans(c) && !(hand && c.fitted))
                .filter(|&x| last.is_none_or(|l| order(l, x).is_lt()))
                .min_by(|&x, &y| order(x, y));
            let Some((_, c)) = next else { break };
            last = next;
            if let Some(t) = text.get(c.span.clone()) {
                let taken = out.get(..n).unwrap_or_default();
                if !taken.contains(&t) {
                    if let Some(slot) = out.get_mut(n) {
                        *slot = t;
                    }
                    n += 1;
                }
            }
        }
        n
    }
}

/// The lexicon target whose mention overlaps `span`, if any.
pub fn target_index(a: &Analysis, span: &Span) -> Option<usize> {
    a.mentions
        .iter()
        .find(|m| m.span.start < span.end && span.start < m.span.end)
        .map(|m| m.target)
}

/// Score a quote: sentiment, tone and stance toward every target it names.
pub fn score_quote(text: &str, lex: &Lexicon) -> QuoteScore {
    score_quote_in(text, lex, |_| true)
}

/// [`score_quote`] for a quote inside an article: an anaphoric alias (`the
/// president`, `the police`) counts only for a target that `anchored`
/// says the article names outright.
pub fn score_quote_in(
    text: &str,
    lex: &Lexicon,
    mut anchored: impl FnMut(usize) -> bool,
) -> QuoteScore {
    let mut a = analyse(text, lex);
    a.mentions.retain(|m| !m.anaphoric || anchored(m.target));
    let sentiment = a.sentiment();
    let mut targets: Vec<TargetStance> = Vec::new();
    for m in &a.mentions {
        if targets.iter().any(|t| t.target == m.target) {
            continue;
        }
        // All mentions of the same target: take the strongest stance.
        let mut best: Option<Judgement> = None;
        for mm in a.mentions.iter().filter(|x| x.target == m.target) {
            let rule = a.stance_at(
                text,
                mm.token,
                mm.clause,
                mm.sentence,
                Some(m.target),
                &mm.span,
            );
            let j = judge(text, &mm.span, rule, &a, &lex.stance_model, false);
            if best.as_ref().is_none_or(|b| j.score.abs() > b.score.abs()) {
                best = Some(j);
            }
        }
        if let Some(j) = best {
            targets.push(TargetStance {
                target: m.target,
                mention: m.span.clone(),
                score: round4(j.score),
                stance: j.stance,
                evidence: j.evidence,
            });
        }
    }
    QuoteScore {
        sentiment: round4(sentiment),
        tone: Stance::from_score(sentiment),
        targets,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LexiconBuilder;

    fn lex() -> Lexicon {
        let mut b = LexiconBuilder::new();
        b.add_text(
            "sentiment.tsv",
            "s",
            "good\t1.9\ngreat\t3.1\nbad\t-2.5\nthreat\t-2.4\ndisaster\t-3.1\n",
        )
        .unwrap();
        b.add_text(
            "rules.tsv",
            "r",
            "not\tnegator\nvery\tbooster\nslightly\tdampener\nbut\tcontrast\ncombat\tcounter\n",
        )
        .unwrap();
        b.add_text(
            "stance_cues.tsv",
            "c",
            "failed to\tcritique\t2.0\npraised\tsupport\t2.0\n",
        )
        .unwrap();
        b.add_text(
            "targets.tsv",
            "t",
            "gov\tThe Governor\tthe governor\nmayor\tThe Mayor\tthe mayor\n",
        )
        .unwrap();
        b.build().unwrap()
    }

    #[test]
    fn negation_boosting_and_contrast() {
        let l = lex();
        let s = |t: &str| analyse(t, &l).sentiment();
        assert!(s("This is good.") > 0.2);
        assert!(s("This is not good.") < 0.0);
        assert!(s("This is very good.") > s("This is good."));
        assert!(s("This is slightly good.") < s("This is good."));
        assert!(s("It is great, but the plan is a disaster.") < 0.0);
        assert!(s("They combat the threat.") > 0.0);
        assert!(s("This is GOOD.") > s("This is good."));
        assert_eq!(s("The sky is blue."), 0.0);
    }

    #[test]
    fn negated_bad_is_weaker_than_negated_good() {
        let l = lex();
        let s = |t: &str| analyse(t, &l).sentiment();
        let not_bad = s("This is not bad.");
        let not_good = s("This is not good.");
        assert!(not_bad > 0.0 && not_good < 0.0);
        assert!(not_bad < -not_good, "{not_bad} vs {not_good}");
    }

    #[test]
    fn counterfactuals_and_questions() {
        let l = lex();
        let s = |t: &str| analyse(t, &l).sentiment();
        assert!(s("It should have been a great plan.") < 0.0);
        assert!(s("It could have been good.") < 0.0);
        assert!(s("It has been a great plan.") > 0.0);
        let q = s("Is this a great plan?");
        assert!(q > 0.0 && q < s("This is a great plan."));
        // Only the condition is weakened, not what follows its comma.
        let c = s("If the plan is good, people will ride.");
        assert!(c > 0.0 && c < s("The plan is good, people will ride."));
        assert_eq!(
            s("If people ride, the plan is good."),
            s("Then people ride, the plan is good.")
        );
    }

    #[test]
    fn what_a_target_says_is_not_said_about_it() {
        let l = lex();
        let t = "The plan is a disaster, the mayor said.";
        let q = score_quote(t, &l);
        assert_eq!(q.targets.len(), 1);
        assert_eq!(q.targets[0].stance, Stance::Neutral);
        // The cue is about the mayor; the governor only speaks.
        let q = score_quote("The mayor failed to act, the governor said.", &l);
        assert_eq!(q.targets[0].stance, Stance::Critical);
        assert_eq!(q.targets[1].stance, Stance::Neutral);
    }

    #[test]
    fn what_a_possessive_target_owns_is_about_it() {
        let l = lex();
        let at = |t: &str| score_quote(t, &l).targets[0].score;
        assert!(at("The governor’s bad plan.") < at("The governor has a bad plan."));
        // The possessive still names the target; the mention stops before it.
        let q = score_quote("The governor's plan is a disaster.", &l);
        assert_eq!(q.targets.len(), 1);
        assert_eq!(q.targets[0].stance, Stance::Critical);
        assert_eq!(
            &"The governor's plan is a disaster."[q.targets[0].mention.clone()],
            "The governor"
        );
    }

    #[test]
    fn stance_follows_the_clause_of_the_target() {
        let l = lex();
        let t = "The governor failed to act; the mayor was praised.";
        let q = score_quote(t, &l);
        assert_eq!(q.targets.len(), 2);
        assert_eq!(q.targets[0].stance, Stance::Critical);
        assert_eq!(q.targets[0].evidence, vec!["failed to"]);
        assert_eq!(q.targets[1].stance, Stance::Supportive);
        assert_eq!(q.targets[1].evidence, vec!["praised"]);
    }

    #[test]
    fn a_rule_trail_keeps_every_rule_in_order_past_its_inline_room() {
        let mut t = RuleTrail::default();
        assert!(t.is_empty());
        let codes: Vec<u8> = (0..40u8).map(|k| k % 11).collect();
        for &c in &codes {
            t.push(c);
        }
        let want: Vec<&str> = codes.iter().map(|&c| RULE_NAMES[usize::from(c)]).collect();
        assert_eq!(t.iter().collect::<Vec<_>>(), want);
        assert_eq!(t.join(", "), want.join(", "));
    }

    /// The evidence as a stable sort picks it (the selection's reference).
    fn sorted_evidence(a: &Analysis, text: &str) -> Vec<String> {
        let s = a.sentiment();
        let mut ev: Vec<&Contribution> = a
            .contributions
            .iter()
            .filter(|c| c.value.signum() == s.signum() && c.value != 0.0 && !c.span.is_empty())
            .collect();
        if ev.iter().any(|c| !c.fitted) {
            ev.retain(|c| !c.fitted);
        }
        ev.sort_by(|a, b| {
            b.cue
                .cmp(&a.cue)
                .then(b.value.abs().total_cmp(&a.value.abs()))
        });
        let mut out: Vec<String> = Vec::new();
        for c in ev {
            let t = &text[c.span.clone()];
            if !out.iter().any(|o| o == t) {
                out.push(t.to_string());
            }
            if out.len() >= EVIDENCE {
                break;
            }
        }
        out
    }

    #[test]
    fn evidence_is_picked_in_the_order_of_a_stable_sort() {
        let l = lex();
        let words = [
            "good",
            "great",
            "bad",
            "threat",
            "disaster",
            "not",
            "very",
            "slightly",
            "but",
            "combat",
            "failed to",
            "praised",
            "the governor",
            "Good",
            "GREAT",
            "plan",
            ",",
            ".",
            "?",
        ];
        // A fixed pseudo-random walk over the words: ties of strength,
        // repeated phrases and cues all occur.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut reused = Analysis::default();
        for n in 0..3000 {
            let len = 1 + n % 23;
            let mut text = String::new();
            for _ in 0..len {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                text.push_str(words[(x % words.len() as u64) as usize]);
                text.push(' ');
            }
            let a = analyse(&text, &l);
            assert_eq!(a.evidence(&text), sorted_evidence(&a, &text), "{text}");
            // And a reused analysis is the fresh one.
            analyse_into(&text, &l, &mut reused);
            assert_eq!(reused.contributions, a.contributions, "{text}");
            assert_eq!(reused.mentions, a.mentions, "{text}");
            assert_eq!(reused.sentiment(), a.sentiment(), "{text}");
        }
    }
}
