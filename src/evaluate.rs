//! `quotestance eval quotes --gold FILE`: score the quote stage on a
//! newsroom's own annotated articles, with the same rules as the PolNeAR
//! scorer in `../shared/eval/score_quotes.py` (so figures are comparable):
//!
//! - spans are trimmed of white space and quote marks; a prediction matches
//!   a gold quote when their char spans overlap with IoU >= 0.5, one-to-one,
//!   greedily by descending IoU within an article;
//! - with `--kinds direct`, gold quotes of other kinds are removed and a
//!   prediction whose best partner is such a quote is ignored;
//! - speakers match on a normalised head word: lower-case, parenthesised
//!   text dropped, cut at the first comma, possessive `'s` dropped, the last
//!   `\w+` token of either found among the other's tokens. The predicted
//!   speaker is the attribution as written (`speaker_mention`).
//!
//! Gold format (one article per line): `{"id", "text", "quotes": [{"start",
//! "end", "speaker", "kind"}]}`, offsets in chars, `[start, end)`.

use std::io::BufRead;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Location};
use crate::lexicon::Lexicon;
use crate::quotes::{char_offsets, extract_quotes};

#[derive(Deserialize)]
struct GoldQuote {
    start: usize,
    end: usize,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    kind: Option<String>,
}

#[derive(Deserialize)]
struct GoldArticle {
    text: String,
    #[serde(default)]
    quotes: Vec<GoldQuote>,
}

/// The figures printed by `eval quotes`.
#[derive(Debug, Default, Serialize, PartialEq)]
pub struct QuoteScores {
    /// Articles read.
    pub articles: usize,
    /// Gold quotes (after the kind filter).
    pub gold_quotes: usize,
    /// Predictions scored.
    pub pred_quotes: usize,
    /// Matched quotes.
    pub tp: usize,
    /// Unmatched predictions.
    pub fp: usize,
    /// Unmatched gold quotes.
    pub r#fn: usize,
    /// Quote precision.
    pub quote_precision: f64,
    /// Quote recall.
    pub quote_recall: f64,
    /// Quote F1.
    pub quote_f1: f64,
    /// Matched quotes whose gold has a speaker.
    pub speaker_evaluated: usize,
    /// Of those, with the right speaker.
    pub speaker_correct: usize,
    /// Speaker accuracy on matched quotes.
    pub speaker_accuracy: f64,
    /// Precision of quote-and-speaker.
    pub attributed_precision: f64,
    /// Recall of quote-and-speaker.
    pub attributed_recall: f64,
    /// F1 of quote-and-speaker.
    pub attributed_f1: f64,
}

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '‘' | '’' | '\'' | '`' | '«' | '»' | '„' | '‟' | '‹' | '›'
    )
}

fn trim(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    e = e.min(chars.len());
    s = s.min(e);
    while s < e
        && chars
            .get(s)
            .is_some_and(|&c| c.is_whitespace() || is_quote_char(c))
    {
        s += 1;
    }
    while e > s
        && chars
            .get(e - 1)
            .is_some_and(|&c| c.is_whitespace() || is_quote_char(c))
    {
        e -= 1;
    }
    (s, e)
}

fn iou(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = (a.1 - a.0) + (b.1 - b.0) - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Head tokens of a speaker string (the scorer's `spk_tokens`).
fn head_tokens(s: &str) -> Vec<String> {
    let lower = s.to_lowercase();
    let mut no_paren = String::with_capacity(lower.len());
    let mut depth = 0i32;
    for c in lower.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => {
                depth -= 1;
                no_paren.push(' ');
            }
            _ if depth == 0 => no_paren.push(c),
            _ => {}
        }
    }
    let head = no_paren.split(',').next().unwrap_or("");
    let head = head.replace("'s ", " ").replace("’s ", " ");
    let head = format!("{head} ");
    let head = head.replace("'s ", " ").replace("’s ", " ");
    head.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// The scorer's speaker match.
pub fn speaker_match(gold: &str, pred: Option<&str>) -> bool {
    let Some(pred) = pred.filter(|p| !p.trim().is_empty()) else {
        return false;
    };
    let g = head_tokens(gold);
    let p = head_tokens(pred);
    match (g.last(), p.last()) {
        (Some(gl), Some(pl)) => p.contains(gl) || g.contains(pl),
        _ => false,
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[derive(Default)]
struct Tally {
    gold: usize,
    pred: usize,
    tp: usize,
    spk_eval: usize,
    spk_ok: usize,
    attributed_tp: usize,
}

fn score_article(a: &GoldArticle, lex: &Lexicon, direct_only: bool) -> Tally {
    let chars: Vec<char> = a.text.chars().collect();
    let quotes = extract_quotes(&a.text, lex);
    let mut offs = Vec::with_capacity(quotes.len() * 2);
    for q in &quotes {
        offs.push(q.span.start);
        offs.push(q.span.end);
    }
    let co = char_offsets(&a.text, &offs);
    let preds: Vec<((usize, usize), Option<&str>)> = quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let s = co.get(2 * i).copied().unwrap_or(0);
            let e = co.get(2 * i + 1).copied().unwrap_or(0);
            (trim(&chars, s, e), q.speaker_mention.as_deref())
        })
        .collect();
    let all_gold: Vec<((usize, usize), Option<&str>, bool)> = a
        .quotes
        .iter()
        .map(|g| {
            let kept = !direct_only || g.kind.as_deref().is_none_or(|k| k == "direct");
            (trim(&chars, g.start, g.end), g.speaker.as_deref(), kept)
        })
        .collect();
    // Predictions whose best partner is an excluded gold quote are ignored.
    let scored: Vec<usize> = (0..preds.len())
        .filter(|&p| {
            let best = all_gold
                .iter()
                .map(|g| (iou(preds.get(p).map_or((0, 0), |x| x.0), g.0), g.2))
                .max_by(|x, y| x.0.total_cmp(&y.0));
            !matches!(best, Some((v, false)) if v >= 0.5)
        })
        .collect();
    let gold: Vec<usize> = (0..all_gold.len())
        .filter(|&g| all_gold.get(g).is_some_and(|x| x.2))
        .collect();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for &p in &scored {
        for &g in &gold {
            let v = iou(
                preds.get(p).map_or((0, 0), |x| x.0),
                all_gold.get(g).map_or((0, 0), |x| x.0),
            );
            if v >= 0.5 {
                pairs.push((v, p, g));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0));
    let (mut used_p, mut used_g) = (vec![false; preds.len()], vec![false; all_gold.len()]);
    let mut t = Tally {
        gold: gold.len(),
        pred: scored.len(),
        ..Tally::default()
    };
    for (_, p, g) in pairs {
        if used_p.get(p).copied().unwrap_or(true) || used_g.get(g).copied().unwrap_or(true) {
            continue;
        }
        if let Some(x) = used_p.get_mut(p) {
            *x = true;
        }
        if let Some(x) = used_g.get_mut(g) {
            *x = true;
        }
        t.tp += 1;
        let pred_spk = preds.get(p).and_then(|x| x.1);
        match all_gold.get(g).and_then(|x| x.1) {
            Some(gs) => {
                t.spk_eval += 1;
                if speaker_match(gs, pred_spk) {
                    t.spk_ok += 1;
                    t.attributed_tp += 1;
                }
            }
            None => t.attributed_tp += 1,
        }
    }
    t
}

/// Score `gold` (a JSONL file) with the quote stage.
///
/// # Errors
/// An unreadable file or a malformed line (with `file:line`).
pub fn eval_quotes(gold: &str, lex: &Lexicon, direct_only: bool) -> Result<QuoteScores, Error> {
    let f = std::fs::File::open(gold).map_err(|e| Error::io(gold, e))?;
    let mut articles = Vec::new();
    for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.map_err(|e| Error::io(gold, e))?;
        if line.trim().is_empty() {
            continue;
        }
        let a: GoldArticle = serde_json::from_str(&line).map_err(|e| {
            Error::at(
                Location::new(gold, i as u64 + 1),
                ErrorKind::BadRecord(format!("malformed gold record: {e}")),
            )
        })?;
        articles.push(a);
    }
    let tallies: Vec<Tally> = articles
        .par_iter()
        .map(|a| score_article(a, lex, direct_only))
        .collect();
    let mut s = QuoteScores {
        articles: articles.len(),
        ..QuoteScores::default()
    };
    let (mut attributed_tp, mut spk_ok, mut spk_eval) = (0, 0, 0);
    for t in tallies {
        s.gold_quotes += t.gold;
        s.pred_quotes += t.pred;
        s.tp += t.tp;
        spk_eval += t.spk_eval;
        spk_ok += t.spk_ok;
        attributed_tp += t.attributed_tp;
    }
    s.fp = s.pred_quotes - s.tp;
    s.r#fn = s.gold_quotes - s.tp;
    s.quote_precision = ratio(s.tp, s.pred_quotes);
    s.quote_recall = ratio(s.tp, s.gold_quotes);
    s.quote_f1 = f1(s.quote_precision, s.quote_recall);
    s.speaker_evaluated = spk_eval;
    s.speaker_correct = spk_ok;
    s.speaker_accuracy = ratio(spk_ok, spk_eval);
    s.attributed_precision = ratio(attributed_tp, s.pred_quotes);
    s.attributed_recall = ratio(attributed_tp, s.gold_quotes);
    s.attributed_f1 = f1(s.attributed_precision, s.attributed_recall);
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speaker_matching_follows_the_scorer() {
        assert!(speaker_match(
            "Rep. G.K. Butterfield (D-N.C.), head of the caucus",
            Some("Butterfield")
        ));
        assert!(speaker_match("he", Some("he")));
        assert!(!speaker_match("he", Some("she")));
        assert!(speaker_match("Trump's campaign", Some("Donald Trump")));
        assert!(!speaker_match("Clinton", None));
        assert!(speaker_match(
            "her lawyer, David Kendall",
            Some("her personal lawyer, David E. Kendall")
        ));
    }

    #[test]
    fn iou_and_trim() {
        let chars: Vec<char> = "a “quote” b".chars().collect();
        assert_eq!(trim(&chars, 2, 9), (3, 8));
        assert!((iou((0, 10), (5, 15)) - 1.0 / 3.0).abs() < 1e-9);
    }
}
