//! Stage 5, aggregate: the only module that builds polars DataFrames.
//!
//! The driver hands over each batch of scored quotes as plain
//! [`QuoteFacts`]; each batch becomes a DataFrame, is grouped (per speaker;
//! per period × speaker × target; per period × target), and is merged into
//! running aggregate tables by a second group-by that adds the partial
//! sums. Only the aggregate tables stay in memory, however large the
//! input. [`Aggregator::finish`] derives means and shares and sorts.
//!
//! A joint statement counts once for each of its speakers. Quotes with no
//! known speaker count toward `targets.csv` only.

use polars::prelude::*;

use crate::error::{Error, ErrorKind};
use crate::score::Stance;

/// How quotes are bucketed in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// `YYYY-MM-DD`
    Day,
    /// ISO week, `YYYY-Www`
    Week,
    /// `YYYY-MM`
    Month,
}

impl std::str::FromStr for Period {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "day" => Ok(Period::Day),
            "week" => Ok(Period::Week),
            "month" => Ok(Period::Month),
            other => Err(format!(
                "unknown period `{other}` (expected day, week or month)"
            )),
        }
    }
}

/// The period label of articles without a (valid) date.
pub const UNDATED: &str = "undated";

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Parse the `YYYY-MM-DD` start of an ISO 8601 date.
pub fn parse_date(s: &str) -> Option<(i64, i64, i64)> {
    let b = s.as_bytes();
    if b.len() < 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    if b.len() > 10 && !matches!(b.get(10), Some(b'T' | b' ' | b't')) {
        return None;
    }
    let y: i64 = s.get(0..4)?.parse().ok()?;
    let m: i64 = s.get(5..7)?.parse().ok()?;
    let d: i64 = s.get(8..10)?.parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let dim = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let max = *dim.get(usize::try_from(m - 1).ok()?)?;
    (d >= 1 && d <= max).then_some((y, m, d))
}

/// The period label of a date (or [`UNDATED`]).
pub fn period_of(date: Option<&str>, period: Period) -> String {
    let Some((y, m, d)) = date.and_then(parse_date) else {
        return UNDATED.to_string();
    };
    match period {
        Period::Day => format!("{y:04}-{m:02}-{d:02}"),
        Period::Month => format!("{y:04}-{m:02}"),
        Period::Week => {
            let days = days_from_civil(y, m, d);
            // 1970-01-01 was a Thursday; ISO weekday 1 = Monday.
            let wd = (days + 3).rem_euclid(7) + 1;
            let thursday = days - wd + 4;
            let (ty, _, _) = civil_from_days(thursday);
            let week = (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
            format!("{ty:04}-W{week:02}")
        }
    }
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// What the aggregates need to know about one quote.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteFacts {
    /// Article id (for counting distinct articles per speaker).
    pub article_id: String,
    /// Period label.
    pub period: String,
    /// Canonical speakers (empty when unknown).
    pub speakers: Vec<String>,
    /// Speaker role, if known.
    pub role: Option<String>,
    /// Sentiment in [-1, 1].
    pub sentiment: f32,
    /// Tone.
    pub tone: Stance,
    /// (target display name, stance) for each target named.
    pub targets: Vec<(String, Stance)>,
}

fn agg_err(e: PolarsError) -> Error {
    Error::new(ErrorKind::Aggregate(e.to_string()))
}

/// A copy of `df` whose string columns own fresh buffers.
fn compact(df: &DataFrame) -> PolarsResult<DataFrame> {
    let cols = df
        .columns()
        .iter()
        .map(|c| -> PolarsResult<Column> {
            if c.dtype() == &DataType::String {
                let v: Vec<Option<String>> =
                    c.str()?.iter().map(|o| o.map(str::to_string)).collect();
                Ok(Column::new(c.name().clone(), v))
            } else {
                Ok(c.clone())
            }
        })
        .collect::<PolarsResult<Vec<_>>>()?;
    DataFrame::new_infer_height(cols)
}

fn flag(b: bool) -> i64 {
    i64::from(b)
}

/// Running aggregate tables.
pub struct Aggregator {
    speakers: DataFrame,
    /// (speaker, role, quotes): how often each role came with each speaker;
    /// `speakers.csv` shows the most frequent one.
    roles: DataFrame,
    critique: DataFrame,
    targets: DataFrame,
    /// Facts of whole batches not yet folded in: polars has a fixed cost per
    /// group-by, so batches are folded `FOLD_AT` quotes at a time.
    pending: Vec<QuoteFacts>,
}

/// Quotes buffered before a fold into the running tables (bounded memory:
/// about 100 bytes each).
const FOLD_AT: usize = 50_000;

/// The final report tables.
pub struct Tables {
    /// `speakers.csv`
    pub speakers: DataFrame,
    /// `critique_frequency.csv`
    pub critique: DataFrame,
    /// `targets.csv`
    pub targets: DataFrame,
}

/// (speaker, role, article id, sentiment, critical, supportive, neutral).
type SpeakerRow<'a> = (&'a str, Option<&'a str>, &'a str, f64, i64, i64, i64);

fn speaker_frame(rows: &[SpeakerRow<'_>]) -> PolarsResult<DataFrame> {
    df!(
        "speaker" => rows.iter().map(|r| r.0.to_string()).collect::<Vec<_>>(),
        "role" => rows.iter().map(|r| r.1.map(str::to_string)).collect::<Vec<_>>(),
        "article_id" => rows.iter().map(|r| r.2.to_string()).collect::<Vec<_>>(),
        "sentiment" => rows.iter().map(|r| r.3).collect::<Vec<_>>(),
        "critical" => rows.iter().map(|r| r.4).collect::<Vec<_>>(),
        "supportive" => rows.iter().map(|r| r.5).collect::<Vec<_>>(),
        "neutral" => rows.iter().map(|r| r.6).collect::<Vec<_>>(),
    )
}

impl Aggregator {
    /// Empty tables.
    ///
    /// # Errors
    /// If polars cannot build an empty frame (never expected).
    pub fn new() -> Result<Self, Error> {
        let empty_s: Vec<String> = Vec::new();
        let empty_o: Vec<Option<String>> = Vec::new();
        let empty_i: Vec<i64> = Vec::new();
        let empty_f: Vec<f64> = Vec::new();
        Ok(Aggregator {
            pending: Vec::new(),
            speakers: df!(
                "speaker" => empty_s.clone(), "role" => empty_o,
                "articles" => empty_i.clone(), "quotes" => empty_i.clone(),
                "sentiment_sum" => empty_f, "critical" => empty_i.clone(),
                "supportive" => empty_i.clone(), "neutral" => empty_i.clone(),
            )
            .map_err(agg_err)?,
            roles: df!(
                "speaker" => empty_s.clone(), "role" => empty_s.clone(), "n" => empty_i.clone(),
            )
            .map_err(agg_err)?,
            critique: df!(
                "period" => empty_s.clone(), "speaker" => empty_s.clone(), "target" => empty_s.clone(),
                "quotes" => empty_i.clone(), "critical" => empty_i.clone(), "supportive" => empty_i.clone(),
            )
            .map_err(agg_err)?,
            targets: df!(
                "period" => empty_s.clone(), "target" => empty_s,
                "quotes" => empty_i.clone(), "critical" => empty_i.clone(), "supportive" => empty_i,
            )
            .map_err(agg_err)?,
        })
    }

    /// Fold one batch of quotes into the running tables.
    ///
    /// # Errors
    /// A polars failure.
    pub fn add_batch(&mut self, facts: Vec<QuoteFacts>) -> Result<(), Error> {
        // Whole batches only, so an article never spans two folds (the
        // per-fold distinct-article counts add up).
        self.pending.extend(facts);
        if self.pending.len() >= FOLD_AT {
            self.fold()?;
        }
        Ok(())
    }

    fn fold(&mut self) -> Result<(), Error> {
        // (`merge_speakers` then `finish` fold twice; the second has none.)
        if self.pending.is_empty() {
            return Ok(());
        }
        let facts = std::mem::take(&mut self.pending);
        self.add_speakers(&facts).map_err(agg_err)?;
        self.add_critique(&facts).map_err(agg_err)?;
        self.add_targets(&facts).map_err(agg_err)?;
        // Polars string columns are views into the buffers they were built
        // from; copying the (small) aggregate tables lets each fold's input
        // buffers go, so memory stays flat however many folds there are.
        self.speakers = compact(&self.speakers).map_err(agg_err)?;
        self.roles = compact(&self.roles).map_err(agg_err)?;
        self.critique = compact(&self.critique).map_err(agg_err)?;
        self.targets = compact(&self.targets).map_err(agg_err)?;
        Ok(())
    }

    fn add_speakers(&mut self, facts: &[QuoteFacts]) -> PolarsResult<()> {
        let mut rows = Vec::new();
        for f in facts {
            for s in &f.speakers {
                rows.push((
                    s.as_str(),
                    f.role.as_deref(),
                    f.article_id.as_str(),
                    f64::from(f.sentiment),
                    flag(f.tone == Stance::Critical),
                    flag(f.tone == Stance::Supportive),
                    flag(f.tone == Stance::Neutral),
                ));
            }
        }
        if rows.is_empty() {
            return Ok(());
        }
        let (rs, rr): (Vec<String>, Vec<String>) = rows
            .iter()
            .filter_map(|r| Some((r.0.to_string(), r.1?.to_string())))
            .unzip();
        if !rs.is_empty() {
            let keys = [col("speaker"), col("role")];
            let batch = df!("speaker" => rs, "role" => rr)?
                .lazy()
                .group_by_stable(keys.clone())
                .agg([len().cast(DataType::Int64).alias("n")]);
            self.roles = concat([self.roles.clone().lazy(), batch], UnionArgs::default())?
                .group_by_stable(keys)
                .agg([col("n").sum()])
                .collect()?;
        }
        let batch = speaker_frame(&rows)?
            .lazy()
            .group_by_stable([col("speaker")])
            .agg([
                col("role").first_non_null().alias("role"),
                col("article_id")
                    .n_unique()
                    .cast(DataType::Int64)
                    .alias("articles"),
                len().cast(DataType::Int64).alias("quotes"),
                col("sentiment").sum().alias("sentiment_sum"),
                col("critical").sum(),
                col("supportive").sum(),
                col("neutral").sum(),
            ]);
        self.speakers = concat([self.speakers.clone().lazy(), batch], UnionArgs::default())?
            .group_by_stable([col("speaker")])
            .agg([
                col("role").first_non_null(),
                col("articles").sum(),
                col("quotes").sum(),
                col("sentiment_sum").sum(),
                col("critical").sum(),
                col("supportive").sum(),
                col("neutral").sum(),
            ])
            .collect()?;
        Ok(())
    }

    fn add_critique(&mut self, facts: &[QuoteFacts]) -> PolarsResult<()> {
        let (mut p, mut s, mut t, mut c, mut u) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for f in facts {
            for sp in &f.speakers {
                for (target, stance) in &f.targets {
                    p.push(f.period.clone());
                    s.push(sp.clone());
                    t.push(target.clone());
                    c.push(flag(*stance == Stance::Critical));
                    u.push(flag(*stance == Stance::Supportive));
                }
            }
        }
        if p.is_empty() {
            return Ok(());
        }
        let keys = [col("period"), col("speaker"), col("target")];
        let batch =
            df!("period" => p, "speaker" => s, "target" => t, "critical" => c, "supportive" => u)?
                .lazy()
                .group_by_stable(keys.clone())
                .agg([
                    len().cast(DataType::Int64).alias("quotes"),
                    col("critical").sum(),
                    col("supportive").sum(),
                ]);
        self.critique = concat([self.critique.clone().lazy(), batch], UnionArgs::default())?
            .group_by_stable(keys)
            .agg([
                col("quotes").sum(),
                col("critical").sum(),
                col("supportive").sum(),
            ])
            .collect()?;
        Ok(())
    }

    fn add_targets(&mut self, facts: &[QuoteFacts]) -> PolarsResult<()> {
        let (mut p, mut t, mut c, mut u) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for f in facts {
            for (target, stance) in &f.targets {
                p.push(f.period.clone());
                t.push(target.clone());
                c.push(flag(*stance == Stance::Critical));
                u.push(flag(*stance == Stance::Supportive));
            }
        }
        if p.is_empty() {
            return Ok(());
        }
        let keys = [col("period"), col("target")];
        let batch = df!("period" => p, "target" => t, "critical" => c, "supportive" => u)?
            .lazy()
            .group_by_stable(keys.clone())
            .agg([
                len().cast(DataType::Int64).alias("quotes"),
                col("critical").sum(),
                col("supportive").sum(),
            ]);
        self.targets = concat([self.targets.clone().lazy(), batch], UnionArgs::default())?
            .group_by_stable(keys)
            .agg([
                col("quotes").sum(),
                col("critical").sum(),
                col("supportive").sum(),
            ])
            .collect()?;
        Ok(())
    }

    /// Merge lone-surname speakers into the full names `aliases` maps them
    /// to (`Reagan` → Ronald Reagan), in every table with a speaker.
    /// Returns (surname, full name, quotes moved), sorted by surname.
    ///
    /// # Errors
    /// A polars failure.
    pub fn merge_speakers(
        &mut self,
        aliases: &rustc_hash::FxHashMap<String, String>,
    ) -> Result<Vec<(String, String, i64)>, Error> {
        self.fold()?;
        let mut merged = Vec::new();
        {
            let speakers = self
                .speakers
                .column("speaker")
                .and_then(|c| c.str().cloned());
            let quotes = self
                .speakers
                .column("quotes")
                .and_then(|c| c.i64().cloned());
            let (speakers, quotes) = (speakers.map_err(agg_err)?, quotes.map_err(agg_err)?);
            for (s, q) in speakers.iter().zip(quotes.iter()) {
                let (Some(s), Some(q)) = (s, q) else { continue };
                if let Some(full) = aliases.get(s).filter(|_| !s.contains(' ')) {
                    merged.push((s.to_string(), full.clone(), q));
                }
            }
        }
        if merged.is_empty() {
            return Ok(merged);
        }
        merged.sort();
        let rename = |df: &DataFrame| -> PolarsResult<DataFrame> {
            let names: Vec<Option<String>> = df
                .column("speaker")?
                .str()?
                .iter()
                .map(|s| {
                    s.map(|s| match aliases.get(s).filter(|_| !s.contains(' ')) {
                        Some(full) => full.clone(),
                        None => s.to_string(),
                    })
                })
                .collect();
            let mut out = df.clone();
            out.with_column(Column::new("speaker".into(), names))?;
            Ok(out)
        };
        let regroup = |df: DataFrame, keys: &[&str], aggs: Vec<Expr>| {
            df.lazy()
                .group_by_stable(keys.iter().map(|k| col(*k)).collect::<Vec<_>>())
                .agg(aggs)
                .collect()
        };
        let sums = |names: &[&str]| names.iter().map(|n| col(*n).sum()).collect::<Vec<_>>();
        let mut speaker_aggs = vec![col("role").first_non_null()];
        speaker_aggs.extend(sums(&[
            "articles",
            "quotes",
            "sentiment_sum",
            "critical",
            "supportive",
            "neutral",
        ]));
        let run = |agg: &mut Aggregator| -> PolarsResult<()> {
            agg.speakers = regroup(rename(&agg.speakers)?, &["speaker"], speaker_aggs)?;
            agg.roles = regroup(rename(&agg.roles)?, &["speaker", "role"], sums(&["n"]))?;
            agg.critique = regroup(
                rename(&agg.critique)?,
                &["period", "speaker", "target"],
                sums(&["quotes", "critical", "supportive"]),
            )?;
            Ok(())
        };
        run(self).map_err(agg_err)?;
        Ok(merged)
    }

    /// Derive means and shares, sort, and return the report tables.
    ///
    /// # Errors
    /// A polars failure.
    pub fn finish(mut self) -> Result<Tables, Error> {
        self.fold()?;
        let share =
            |num: &str| col(num).cast(DataType::Float64) / col("quotes").cast(DataType::Float64);
        // Each speaker's most frequent role (the first seen on a tie).
        let roles = self
            .roles
            .lazy()
            .sort_by_exprs(
                [col("n")],
                SortMultipleOptions::default()
                    .with_order_descending(true)
                    .with_maintain_order(true),
            )
            .group_by_stable([col("speaker")])
            .agg([col("role").first()]);
        let speakers = self
            .speakers
            .lazy()
            .select([
                col("speaker"),
                col("articles"),
                col("quotes"),
                col("sentiment_sum"),
                col("critical"),
                col("supportive"),
                col("neutral"),
            ])
            .left_join(roles, col("speaker"), col("speaker"))
            .select([
                col("speaker"),
                col("role"),
                col("articles"),
                col("quotes"),
                (col("sentiment_sum") / col("quotes").cast(DataType::Float64))
                    .alias("mean_sentiment"),
                col("critical"),
                col("supportive"),
                col("neutral"),
                share("critical").alias("critical_share"),
            ])
            .sort_by_exprs(
                [col("quotes"), col("speaker")],
                SortMultipleOptions::default().with_order_descending_multi([true, false]),
            )
            .collect()
            .map_err(agg_err)?;
        let critique = self
            .critique
            .lazy()
            .select([
                col("period"),
                col("speaker"),
                col("target"),
                col("quotes"),
                col("critical"),
                col("supportive"),
                share("critical").alias("critical_share"),
            ])
            .sort(
                ["period", "speaker", "target"],
                SortMultipleOptions::default(),
            )
            .collect()
            .map_err(agg_err)?;
        let targets = self
            .targets
            .lazy()
            .select([
                col("period"),
                col("target"),
                col("quotes"),
                col("critical"),
                col("supportive"),
                ((col("supportive") - col("critical")).cast(DataType::Float64)
                    / col("quotes").cast(DataType::Float64))
                .alias("net_stance"),
            ])
            .sort(["period", "target"], SortMultipleOptions::default())
            .collect()
            .map_err(agg_err)?;
        Ok(Tables {
            speakers,
            critique,
            targets,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(
        article: &str,
        period: &str,
        speakers: &[&str],
        tone: Stance,
        targets: &[(&str, Stance)],
    ) -> QuoteFacts {
        QuoteFacts {
            article_id: article.into(),
            period: period.into(),
            speakers: speakers.iter().map(|s| s.to_string()).collect(),
            role: None,
            sentiment: match tone {
                Stance::Critical => -0.5,
                Stance::Supportive => 0.5,
                Stance::Neutral => 0.0,
            },
            tone,
            targets: targets.iter().map(|(t, s)| (t.to_string(), *s)).collect(),
        }
    }

    fn col_i64(df: &DataFrame, name: &str) -> Vec<i64> {
        df.column(name)
            .unwrap()
            .i64()
            .unwrap()
            .into_no_null_iter()
            .collect()
    }

    #[test]
    fn batches_merge_into_the_same_totals() {
        let facts = vec![
            fact(
                "a1",
                "2024-W01",
                &["Ann Lee"],
                Stance::Critical,
                &[("Mayor", Stance::Critical)],
            ),
            fact(
                "a1",
                "2024-W01",
                &["Ann Lee", "Bo Chen"],
                Stance::Supportive,
                &[("Mayor", Stance::Supportive)],
            ),
            fact(
                "a2",
                "2024-W02",
                &["Ann Lee"],
                Stance::Critical,
                &[("Mayor", Stance::Critical), ("Council", Stance::Neutral)],
            ),
            fact(
                "a3",
                "2024-W02",
                &[],
                Stance::Neutral,
                &[("Council", Stance::Critical)],
            ),
        ];
        let mut one = Aggregator::new().unwrap();
        one.add_batch(facts.clone()).unwrap();
        let one = one.finish().unwrap();
        let mut split = Aggregator::new().unwrap();
        // Batches never split an article (the driver batches whole records).
        split.add_batch(facts[..2].to_vec()).unwrap();
        split.add_batch(facts[2..].to_vec()).unwrap();
        let split = split.finish().unwrap();
        assert!(one.speakers.equals_missing(&split.speakers));
        assert!(one.critique.equals_missing(&split.critique));
        assert!(one.targets.equals_missing(&split.targets));
        // Ann Lee: 3 quotes in 2 articles, 2 critical.
        assert_eq!(col_i64(&one.speakers, "quotes"), vec![3, 1]);
        assert_eq!(col_i64(&one.speakers, "articles"), vec![2, 1]);
        assert_eq!(col_i64(&one.speakers, "critical"), vec![2, 0]);
        // targets: (W01, Mayor) 2 quotes; (W02, Council) 2; (W02, Mayor) 1.
        assert_eq!(col_i64(&one.targets, "quotes"), vec![2, 2, 1]);
        assert_eq!(col_i64(&one.targets, "critical"), vec![1, 1, 1]);
    }

    #[test]
    fn periods() {
        assert_eq!(period_of(Some("2024-03-05"), Period::Day), "2024-03-05");
        assert_eq!(
            period_of(Some("2024-03-05T10:00:00Z"), Period::Month),
            "2024-03"
        );
        assert_eq!(period_of(Some("2021-01-03"), Period::Week), "2020-W53");
        assert_eq!(period_of(Some("2024-12-30"), Period::Week), "2025-W01");
        assert_eq!(period_of(Some("2018-07-16"), Period::Week), "2018-W29");
        assert_eq!(period_of(Some("2024-02-30"), Period::Week), UNDATED);
        assert_eq!(period_of(None, Period::Day), UNDATED);
    }
}
