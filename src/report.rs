//! Stage 6, report: CSV files with stable columns, and `run.json`.
//!
//! `quotes.csv` and `quote_targets.csv` are streamed: rows are written as
//! each batch finishes, in input order. The three aggregate tables are
//! written from the final DataFrames. Floats are written with four
//! decimals so that output is byte-identical across runs and thread counts.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use polars::prelude::{AnyValue, DataFrame};
use serde::Serialize;

use crate::aggregate::Tables;
use crate::error::{Error, ErrorKind};

/// Columns of `quotes.csv`.
pub const QUOTES_COLUMNS: &[&str] = &[
    "article_id",
    "date",
    "period",
    "source",
    "quote_id",
    "char_start",
    "char_end",
    "speaker",
    "speakers",
    "speaker_mention",
    "speaker_role",
    "kind",
    "cue",
    "sentiment",
    "tone",
    "text",
];
/// Columns of `quote_targets.csv`.
pub const QUOTE_TARGETS_COLUMNS: &[&str] = &[
    "quote_id",
    "article_id",
    "period",
    "speaker",
    "speakers",
    "target",
    "mention",
    "stance",
    "score",
    "evidence",
];
/// Columns of `speakers.csv`.
pub const SPEAKERS_COLUMNS: &[&str] = &[
    "speaker",
    "role",
    "articles",
    "quotes",
    "mean_sentiment",
    "critical",
    "supportive",
    "neutral",
    "critical_share",
];
/// Columns of `critique_frequency.csv`.
pub const CRITIQUE_COLUMNS: &[&str] = &[
    "period",
    "speaker",
    "target",
    "quotes",
    "critical",
    "supportive",
    "critical_share",
];
/// Columns of `targets.csv`.
pub const TARGETS_COLUMNS: &[&str] = &[
    "period",
    "target",
    "quotes",
    "critical",
    "supportive",
    "net_stance",
];

/// Format a float for the reports: four decimals, no negative zero.
pub fn fmt_float(x: f64) -> String {
    // Fast path: scale to an integer of ten-thousandths. It rounds as
    // `{:.4}` does (to the nearest; the exact binary value decides) except
    // within a hair of a tie, which goes to the exact formatter.
    let scaled = x * 10_000.0;
    let frac = (scaled - scaled.trunc()).abs();
    if scaled.abs() < 1e9 && (frac - 0.5).abs() > 1e-6 {
        let n = scaled.round() as i64;
        if n == 0 {
            return "0.0000".to_string();
        }
        let sign = if n < 0 { "-" } else { "" };
        let m = n.unsigned_abs();
        return format!("{sign}{}.{:04}", m / 10_000, m % 10_000);
    }
    let s = format!("{x:.4}");
    if s == "-0.0000" {
        "0.0000".to_string()
    } else {
        s
    }
}

fn write_err(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::io(
        &path.display().to_string(),
        std::io::Error::other(e.to_string()),
    )
}

fn csv_writer(path: &Path) -> Result<csv::Writer<BufWriter<File>>, Error> {
    let f = File::create(path).map_err(|e| Error::io(&path.display().to_string(), e))?;
    Ok(csv::WriterBuilder::new().from_writer(BufWriter::with_capacity(1 << 20, f)))
}

/// CSV rows rendered into memory (on a worker thread), for [`QuoteWriter`].
pub struct Rows {
    quotes: csv::Writer<Vec<u8>>,
    targets: csv::Writer<Vec<u8>>,
}

impl Default for Rows {
    fn default() -> Self {
        let w = || {
            csv::WriterBuilder::new()
                .buffer_capacity(16 << 10)
                .from_writer(Vec::new())
        };
        Rows {
            quotes: w(),
            targets: w(),
        }
    }
}

impl Rows {
    /// Add one `quotes.csv` row.
    pub fn quote(&mut self, fields: &[&str]) {
        // Writing to memory cannot fail.
        let _ = self.quotes.write_record(fields);
    }

    /// Add one `quote_targets.csv` row.
    pub fn target(&mut self, fields: &[&str]) {
        let _ = self.targets.write_record(fields);
    }

    fn into_bytes(self) -> (Vec<u8>, Vec<u8>) {
        let bytes = |w: csv::Writer<Vec<u8>>| w.into_inner().unwrap_or_default();
        (bytes(self.quotes), bytes(self.targets))
    }
}

/// Streams `quotes.csv` and `quote_targets.csv`.
pub struct QuoteWriter {
    quotes: BufWriter<File>,
    targets: BufWriter<File>,
    quotes_path: PathBuf,
    targets_path: PathBuf,
}

impl QuoteWriter {
    /// Create both files in `dir` and write their headers.
    ///
    /// # Errors
    /// If a file cannot be created or written.
    pub fn create(dir: &Path) -> Result<Self, Error> {
        let quotes_path = dir.join("quotes.csv");
        let targets_path = dir.join("quote_targets.csv");
        let mut quotes = csv_writer(&quotes_path)?;
        let mut targets = csv_writer(&targets_path)?;
        quotes
            .write_record(QUOTES_COLUMNS)
            .map_err(|e| write_err(&quotes_path, e))?;
        targets
            .write_record(QUOTE_TARGETS_COLUMNS)
            .map_err(|e| write_err(&targets_path, e))?;
        let inner = |w: csv::Writer<BufWriter<File>>, path: &Path| {
            w.into_inner().map_err(|e| write_err(path, e.error()))
        };
        Ok(QuoteWriter {
            quotes: inner(quotes, &quotes_path)?,
            targets: inner(targets, &targets_path)?,
            quotes_path,
            targets_path,
        })
    }

    /// Append rendered rows.
    ///
    /// # Errors
    /// On a write failure.
    pub fn write(&mut self, rows: Rows) -> Result<(), Error> {
        let (q, t) = rows.into_bytes();
        self.quotes
            .write_all(&q)
            .map_err(|e| write_err(&self.quotes_path, e))?;
        self.targets
            .write_all(&t)
            .map_err(|e| write_err(&self.targets_path, e))
    }

    /// Flush both files.
    ///
    /// # Errors
    /// On a write failure.
    pub fn finish(mut self) -> Result<(), Error> {
        self.quotes
            .flush()
            .map_err(|e| write_err(&self.quotes_path, e))?;
        self.targets
            .flush()
            .map_err(|e| write_err(&self.targets_path, e))
    }
}

fn cell(v: AnyValue<'_>) -> String {
    match v {
        AnyValue::Null => String::new(),
        AnyValue::String(s) => s.to_string(),
        AnyValue::StringOwned(s) => s.to_string(),
        AnyValue::Float64(f) => fmt_float(f),
        AnyValue::Float32(f) => fmt_float(f64::from(f)),
        AnyValue::Int64(i) => i.to_string(),
        AnyValue::Int32(i) => i.to_string(),
        AnyValue::UInt32(i) => i.to_string(),
        AnyValue::UInt64(i) => i.to_string(),
        other => other.to_string(),
    }
}

/// Write a DataFrame as CSV with exactly `columns`, in that order.
///
/// # Errors
/// A missing column, or a write failure.
pub fn write_frame(df: &DataFrame, columns: &[&str], path: &Path) -> Result<(), Error> {
    let mut w = csv_writer(path)?;
    w.write_record(columns).map_err(|e| write_err(path, e))?;
    let cols = columns
        .iter()
        .map(|c| {
            df.column(c)
                .map_err(|e| Error::new(ErrorKind::Aggregate(e.to_string())))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut row = Vec::with_capacity(cols.len());
    for i in 0..df.height() {
        row.clear();
        for c in &cols {
            let v = c
                .get(i)
                .map_err(|e| Error::new(ErrorKind::Aggregate(e.to_string())))?;
            row.push(cell(v));
        }
        w.write_record(&row).map_err(|e| write_err(path, e))?;
    }
    w.flush().map_err(|e| write_err(path, e))
}

/// Write the three aggregate tables into `dir`.
///
/// # Errors
/// On a write failure.
pub fn write_tables(tables: &Tables, dir: &Path) -> Result<(), Error> {
    write_frame(
        &tables.speakers,
        SPEAKERS_COLUMNS,
        &dir.join("speakers.csv"),
    )?;
    write_frame(
        &tables.critique,
        CRITIQUE_COLUMNS,
        &dir.join("critique_frequency.csv"),
    )?;
    write_frame(&tables.targets, TARGETS_COLUMNS, &dir.join("targets.csv"))
}

/// Write any serialisable manifest as pretty JSON.
///
/// # Errors
/// On a write failure.
pub fn write_json<T: Serialize>(value: &T, path: &Path) -> Result<(), Error> {
    let f = File::create(path).map_err(|e| Error::io(&path.display().to_string(), e))?;
    let mut w = BufWriter::new(f);
    serde_json::to_writer_pretty(&mut w, value).map_err(|e| write_err(path, e))?;
    w.write_all(b"\n")
        .and_then(|()| w.flush())
        .map_err(|e| Error::io(&path.display().to_string(), e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_have_four_decimals_and_no_negative_zero() {
        assert_eq!(fmt_float(0.5), "0.5000");
        assert_eq!(fmt_float(-0.00001), "0.0000");
        assert_eq!(fmt_float(-0.25), "-0.2500");
    }

    #[test]
    fn the_fast_float_path_matches_the_exact_formatter() {
        let mut x = -1.5f64;
        while x < 1.5 {
            let want = format!("{x:.4}");
            let want = if want == "-0.0000" {
                "0.0000".to_string()
            } else {
                want
            };
            assert_eq!(fmt_float(x), want, "{x:e}");
            x += 0.000_013_7;
        }
        // Exact ties (1/32 = 0.03125) take the exact path: half to even.
        assert_eq!(fmt_float(0.03125), format!("{:.4}", 0.03125));
        assert_eq!(fmt_float(-0.15625), format!("{:.4}", -0.15625));
        assert_eq!(fmt_float(123456.78901), "123456.7890");
    }
}

/// A target stance in the per-quote JSON.
#[derive(Serialize)]
pub struct TargetJson<'a> {
    /// Target display name.
    pub target: &'a str,
    /// The words that named it.
    pub mention: &'a str,
    /// `critical | neutral | supportive`.
    pub stance: &'a str,
    /// Score in [-1, 1].
    pub score: f64,
    /// Phrases that decided it.
    pub evidence: &'a [String],
}

/// One quote in the per-quote JSON (`quotestance quotes`).
#[derive(Serialize)]
pub struct QuoteJson<'a> {
    /// Char offset of the first quoted character.
    pub char_start: usize,
    /// Char offset past the last.
    pub char_end: usize,
    /// Byte offset of the first quoted byte.
    pub byte_start: usize,
    /// Byte offset past the last.
    pub byte_end: usize,
    /// The quoted words.
    pub text: &'a str,
    /// `direct | partial`.
    pub kind: &'a str,
    /// Attribution cue as written.
    pub cue: Option<&'a str>,
    /// Canonical speaker.
    pub speaker: Option<&'a str>,
    /// All canonical speakers.
    pub speakers: &'a [String],
    /// Attribution text naming the speaker.
    pub speaker_mention: Option<&'a str>,
    /// Char offset of the mention.
    pub speaker_start: Option<usize>,
    /// Char offset past the mention.
    pub speaker_end: Option<usize>,
    /// Role from an apposition.
    pub speaker_role: Option<&'a str>,
    /// Sentiment in [-1, 1].
    pub sentiment: f64,
    /// `critical | neutral | supportive`.
    pub tone: &'a str,
    /// Stance toward each named target.
    pub targets: Vec<TargetJson<'a>>,
}

/// One article in the per-quote JSON.
#[derive(Serialize)]
pub struct ArticleJson<'a> {
    /// Article id.
    pub id: &'a str,
    /// Its quotes, in text order.
    pub quotes: Vec<QuoteJson<'a>>,
}

/// A float rounded to four decimals for JSON.
pub fn json_float(x: f32) -> f64 {
    (f64::from(x) * 10_000.0).round() / 10_000.0
}
