//! The jobs behind the subcommands, as library functions the binary calls:
//! `run` (reports), `quotes` (per-quote JSON lines), `score` (sentences and
//! targets) and `explain` (a table of contributions).

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;
use serde::Serialize;

use crate::aggregate::{period_of, Aggregator, Period, QuoteFacts};
use crate::error::{Error, ErrorKind, Location};
use crate::ingest::{resolve_inputs, Format, InputFile, Skip};
use crate::lexicon::{Lexicon, LoadedFile};
use crate::pipeline::{drive, Counts, Options, Processed, Progress, Timing};
use crate::quotes::names::is_description;
use crate::report::{
    json_float, write_json, write_tables, ArticleJson, QuoteJson, QuoteWriter, Rows, TargetJson,
};
use crate::score::{analyse, analyse_into, round4, score_quote, Analysis, Stance, EVIDENCE};

mod score_record;

/// Most skipped records listed one by one in `run.json`.
const MAX_LISTED_SKIPS: usize = 1000;

#[derive(Serialize)]
struct InputEntry<'a> {
    path: &'a str,
    format: &'static str,
    bytes: u64,
}

#[derive(Serialize)]
struct SkipEntry {
    location: String,
    reason: String,
}

/// What a run did: written to `run.json` and summarised on stderr.
#[derive(Serialize)]
pub struct RunSummary {
    /// Program version.
    pub version: &'static str,
    /// Inputs.
    inputs: Vec<InputEntry<'static>>,
    /// Output folder.
    pub out_dir: String,
    /// Period label.
    pub period: &'static str,
    /// Lexicon files with checksums.
    pub lexicons: Vec<LoadedFile>,
    /// Records read.
    pub records: u64,
    /// Articles processed.
    pub articles: u64,
    /// Quotes found.
    pub quotes: u64,
    /// Quotes with a known speaker.
    pub quotes_with_speaker: u64,
    /// Quotes whose only speakers are descriptions (`the official`, `one
    /// trader`): in `quotes.csv`, not in the per-speaker tables.
    pub quotes_by_description: u64,
    /// Quote × target rows.
    pub target_rows: u64,
    /// Records skipped.
    pub skipped: u64,
    /// The skipped records (first 1000).
    skipped_records: Vec<SkipEntry>,
    /// Articles kept whose `date` is not an ISO 8601 date: their quotes
    /// are in period `undated`.
    pub invalid_dates: u64,
    /// Those articles (first 1000), with the date as given.
    invalid_date_records: Vec<SkipEntry>,
    /// Lone surnames merged into a full name in `speakers.csv` and
    /// `critique_frequency.csv` at the end of the run.
    merged_speakers: Vec<MergedSpeaker>,
    /// Input bytes (uncompressed).
    pub bytes: u64,
    /// Seconds: wall time of the run and time per stage (stage times are
    /// CPU seconds summed over worker threads).
    pub seconds: Seconds,
    /// Input megabytes per wall-clock second.
    pub mb_per_s: f64,
}

/// A lone surname quoted before its full name first appeared in the input
/// (`Reagan`), merged into that name (`Ronald Reagan`) in the aggregate
/// tables; `quotes.csv` keeps it as it was resolved then.
#[derive(Serialize)]
struct MergedSpeaker {
    surname: String,
    into: String,
    quotes: i64,
}

/// Time per stage.
#[derive(Serialize, Default)]
pub struct Seconds {
    /// Whole run, wall clock.
    pub total: f64,
    /// Waiting for the reader thread (wall).
    pub read_wait: f64,
    /// JSON parsing (CPU, all threads).
    pub parse: f64,
    /// Segmentation and quote extraction (CPU, all threads).
    pub extract: f64,
    /// Scoring (CPU, all threads).
    pub score: f64,
    /// Waiting for the next batch's results, in input order (wall).
    pub results_wait: f64,
    /// Rendering quote rows (CPU, all threads).
    pub render: f64,
    /// Writing quote rows and aggregating batches (wall).
    pub report_and_aggregate: f64,
    /// Final aggregation and writing the tables (wall).
    pub finish: f64,
}

fn format_name(f: &InputFile) -> &'static str {
    match f.format {
        Format::Jsonl => "jsonl",
        Format::Csv => "csv",
        Format::Text => "txt",
    }
}

fn skip_entries(skips: &[Skip]) -> Vec<SkipEntry> {
    skips
        .iter()
        .take(MAX_LISTED_SKIPS)
        .map(|s| SkipEntry {
            location: s.location.to_string(),
            reason: s.reason.clone(),
        })
        .collect()
}

/// Settings of the `run` job.
#[derive(Clone, Debug)]
pub struct RunConfig {
    /// Inputs as given (files, folders, `-`).
    pub inputs: Vec<String>,
    /// Output folder (created if missing).
    pub out_dir: PathBuf,
    /// Period for the time tables.
    pub period: Period,
    /// Driver options.
    pub options: Options,
}

fn nanos(a: &std::sync::atomic::AtomicU64) -> f64 {
    a.load(std::sync::atomic::Ordering::Relaxed) as f64 / 1e9
}

fn joined(speakers: &[String]) -> String {
    speakers.join("; ")
}

/// Rows and facts of a chunk of articles, rendered on a worker thread.
struct Rendered {
    rows: Rows,
    facts: Vec<QuoteFacts>,
    with_speaker: u64,
    by_description: u64,
    target_rows: u64,
    bad_dates: Vec<SkipEntry>,
}

/// Render the `quotes.csv` and `quote_targets.csv` rows and the aggregate
/// facts of `chunk`.
fn render_rows(chunk: &[Processed], lex: &Lexicon, period: Period) -> Rendered {
    let mut out = Rendered {
        rows: Rows::default(),
        facts: Vec::new(),
        with_speaker: 0,
        by_description: 0,
        target_rows: 0,
        bad_dates: Vec::new(),
    };
    for p in chunk {
        let a = &p.article;
        let per = period_of(a.date.as_deref(), period);
        if a.date
            .as_deref()
            .is_some_and(|d| crate::aggregate::parse_date(d).is_none())
        {
            out.bad_dates.push(SkipEntry {
                location: p.location.to_string(),
                reason: format!(
                    "invalid date `{}`: period `undated`",
                    a.date.as_deref().unwrap_or("")
                ),
            });
        }
        for (n, sq) in p.quotes.iter().enumerate() {
            let q = &sq.quote;
            let quote_id = format!("{}:{}", a.id, n + 1);
            let text = a.text.get(q.span.clone()).unwrap_or("");
            let speakers = joined(&q.speakers);
            let sentiment = crate::report::fmt_float(f64::from(sq.score.sentiment));
            let (cs, ce) = (sq.chars.0.to_string(), sq.chars.1.to_string());
            if q.speaker.is_some() {
                out.with_speaker += 1;
            }
            out.rows.quote(&[
                &a.id,
                a.date.as_deref().unwrap_or(""),
                &per,
                a.source.as_deref().unwrap_or(""),
                &quote_id,
                &cs,
                &ce,
                q.speaker.as_deref().unwrap_or(""),
                &speakers,
                q.speaker_mention.as_deref().unwrap_or(""),
                q.speaker_role.as_deref().unwrap_or(""),
                q.kind.as_str(),
                q.cue.as_deref().unwrap_or(""),
                &sentiment,
                sq.score.tone.as_str(),
                text,
            ]);
            let mut targets = Vec::new();
            for t in &sq.score.targets {
                let name = lex.targets.get(t.target).map_or("", |x| x.name.as_str());
                let mention = text.get(t.mention.clone()).unwrap_or("");
                let score = crate::report::fmt_float(f64::from(t.score));
                let evidence = t.evidence.join("; ");
                out.rows.target(&[
                    &quote_id,
                    &a.id,
                    &per,
                    q.speaker.as_deref().unwrap_or(""),
                    &speakers,
                    name,
                    mention,
                    t.stance.as_str(),
                    &score,
                    &evidence,
                ]);
                out.target_rows += 1;
                targets.push((name.to_string(), t.stance));
            }
            // A description (`the official`) may be another person in each
            // article: no per-speaker row.
            let named: Vec<String> = q
                .speakers
                .iter()
                .filter(|s| !is_description(s))
                .cloned()
                .collect();
            if named.is_empty() && !q.speakers.is_empty() {
                out.by_description += 1;
            }
            out.facts.push(QuoteFacts {
                article_id: a.id.clone(),
                period: per.clone(),
                speakers: named,
                role: q.speaker_role.clone(),
                sentiment: sq.score.sentiment,
                tone: sq.score.tone,
                targets,
            });
        }
    }
    out
}

/// Run the whole job: read, extract, score, aggregate, write the five CSVs
/// and `run.json` into `cfg.out_dir`. Returns the summary and the skipped
/// records.
///
/// # Errors
/// An unreadable input, an unwritable output, or (with `--strict`) a bad
/// record.
pub fn run(
    cfg: &RunConfig,
    lex: &Lexicon,
    progress: &dyn Progress,
) -> Result<(RunSummary, Vec<Skip>), Error> {
    let start = Instant::now();
    let files = resolve_inputs(&cfg.inputs)?;
    std::fs::create_dir_all(&cfg.out_dir)
        .map_err(|e| Error::io(&cfg.out_dir.display().to_string(), e))?;
    let inputs: Vec<InputEntry<'static>> = files
        .iter()
        .map(|f| InputEntry {
            path: Box::leak(f.display.to_string().into_boxed_str()),
            format: format_name(f),
            bytes: f.size,
        })
        .collect();
    let mut writer = QuoteWriter::create(&cfg.out_dir)?;
    let timing = Timing::default();
    let mut with_speaker = 0u64;
    let mut by_description = 0u64;
    let mut invalid_dates = 0u64;
    let mut bad_dates: Vec<SkipEntry> = Vec::new();
    let mut target_rows = 0u64;
    let period = cfg.period;
    let render = |chunk: &[Processed]| render_rows(chunk, lex, period);
    // Aggregation runs on its own thread, a batch of facts at a time (the
    // same batches whatever the thread count, so sums add up in the same
    // order).
    let (facts_tx, facts_rx) = std::sync::mpsc::sync_channel::<Vec<QuoteFacts>>(8);
    let (counts, tables, fin, merged) = std::thread::scope(|scope| {
        let aggregator = scope.spawn(move || -> Result<_, Error> {
            let mut agg = Aggregator::new()?;
            for facts in facts_rx {
                agg.add_batch(facts)?;
            }
            Ok(agg)
        });
        let counts = drive(
            files,
            lex,
            &cfg.options,
            progress,
            &timing,
            render,
            |rendered: Vec<Rendered>| {
                let mut facts = Vec::new();
                for r in rendered {
                    writer.write(r.rows)?;
                    with_speaker += r.with_speaker;
                    by_description += r.by_description;
                    target_rows += r.target_rows;
                    invalid_dates += r.bad_dates.len() as u64;
                    let room = MAX_LISTED_SKIPS.saturating_sub(bad_dates.len());
                    bad_dates.extend(r.bad_dates.into_iter().take(room));
                    facts.extend(r.facts);
                }
                facts_tx.send(facts).map_err(|_| {
                    Error::new(ErrorKind::Aggregate("the aggregator stopped".to_string()))
                })
            },
        );
        drop(facts_tx);
        let aggregated = aggregator.join().unwrap_or_else(|_| {
            Err(Error::new(ErrorKind::Aggregate(
                "the aggregator panicked".to_string(),
            )))
        });
        // The aggregator's own error says more than the sink's.
        let mut agg = aggregated?;
        let counts = counts?;
        // Surnames quoted before their full name first appeared are merged
        // into it now that the whole input has been read.
        let fin = Instant::now();
        let merged = agg.merge_speakers(&counts.surname_aliases)?;
        Ok::<_, Error>((counts, agg.finish()?, fin, merged))
    })?;
    writer.finish()?;
    write_tables(&tables, &cfg.out_dir)?;
    let finish = fin.elapsed().as_secs_f64();
    let total = start.elapsed().as_secs_f64();
    let summary = RunSummary {
        version: env!("CARGO_PKG_VERSION"),
        inputs,
        out_dir: cfg.out_dir.display().to_string(),
        period: match period {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
        },
        lexicons: lex.files(),
        records: counts.records,
        articles: counts.articles,
        quotes: counts.quotes,
        quotes_with_speaker: with_speaker,
        quotes_by_description: by_description,
        target_rows,
        skipped: counts.skipped.len() as u64,
        skipped_records: skip_entries(&counts.skipped),
        invalid_dates,
        invalid_date_records: bad_dates,
        merged_speakers: merged
            .into_iter()
            .map(|(surname, into, quotes)| MergedSpeaker {
                surname,
                into,
                quotes,
            })
            .collect(),
        bytes: counts.bytes,
        seconds: Seconds {
            total,
            read_wait: counts.read_wait_seconds,
            parse: nanos(&timing.parse_ns),
            extract: nanos(&timing.extract_ns),
            score: nanos(&timing.score_ns),
            results_wait: counts.results_wait_seconds,
            render: counts.render_seconds,
            report_and_aggregate: counts.sink_seconds,
            finish,
        },
        mb_per_s: if total > 0.0 {
            counts.bytes as f64 / 1e6 / total
        } else {
            0.0
        },
    };
    write_json(&summary, &cfg.out_dir.join("run.json"))?;
    Ok((summary, counts.skipped))
}

/// The per-quote JSON of one article.
pub fn article_json<'a>(p: &'a Processed, lex: &'a Lexicon) -> ArticleJson<'a> {
    let text = &p.article.text;
    let quotes = p
        .quotes
        .iter()
        .map(|sq| {
            let q = &sq.quote;
            let qtext = text.get(q.span.clone()).unwrap_or("");
            QuoteJson {
                char_start: sq.chars.0,
                char_end: sq.chars.1,
                byte_start: q.span.start,
                byte_end: q.span.end,
                text: qtext,
                kind: q.kind.as_str(),
                cue: q.cue.as_deref(),
                speaker: q.speaker.as_deref(),
                speakers: &q.speakers,
                speaker_mention: q.speaker_mention.as_deref(),
                speaker_start: sq.speaker_chars.map(|c| c.0),
                speaker_end: sq.speaker_chars.map(|c| c.1),
                speaker_role: q.speaker_role.as_deref(),
                sentiment: json_float(sq.score.sentiment),
                tone: sq.score.tone.as_str(),
                targets: sq
                    .score
                    .targets
                    .iter()
                    .map(|t| TargetJson {
                        target: lex.targets.get(t.target).map_or("", |x| x.name.as_str()),
                        mention: qtext.get(t.mention.clone()).unwrap_or(""),
                        stance: t.stance.as_str(),
                        score: json_float(t.score),
                        evidence: &t.evidence,
                    })
                    .collect(),
            }
        })
        .collect();
    ArticleJson {
        id: &p.article.id,
        quotes,
    }
}

/// `quotes`: one JSON line per article on `out`.
///
/// # Errors
/// Unreadable input, a write error, or (strict) a bad record.
pub fn quotes(
    inputs: &[String],
    lex: &Lexicon,
    opts: &Options,
    progress: &dyn Progress,
    out: &mut dyn Write,
) -> Result<Counts, Error> {
    let files = resolve_inputs(inputs)?;
    let timing = Timing::default();
    let render = |chunk: &[Processed]| -> Result<Vec<u8>, String> {
        let mut buf = Vec::new();
        for p in chunk {
            serde_json::to_writer(&mut buf, &article_json(p, lex)).map_err(|e| e.to_string())?;
            buf.push(b'\n');
        }
        Ok(buf)
    };
    drive(files, lex, opts, progress, &timing, render, |rendered| {
        for r in rendered {
            let bytes = r.map_err(|e| Error::io("-", std::io::Error::other(e)))?;
            out.write_all(&bytes).map_err(|e| Error::io("-", e))?;
        }
        Ok(())
    })
}

/// The byte offset of character offset `c` of `text` (the text's length
/// for its character count; `None` past it).
fn char_to_byte(text: &str, c: usize) -> Option<usize> {
    if text.is_ascii() {
        return (c <= text.len()).then_some(c);
    }
    // One pass over the bytes, counting the first bytes of characters
    // (every byte but the continuation bytes 0x80..=0xBF).
    let mut n = 0;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if !(0x80..0xC0).contains(&b) {
            if n == c {
                return Some(i);
            }
            n += 1;
        }
    }
    (n == c).then_some(text.len())
}

/// One `score --features` line: the stance model's cues toward the target.
#[derive(Serialize)]
struct FeaturesOut {
    id: Box<serde_json::value::RawValue>,
    features: Vec<(String, f64)>,
}

/// Score one `score` record (or, with `features`, list its stance cues)
/// and append its JSON line to `out`; on an error `out` is left as it was.
fn score_line(
    line: &str,
    lex: &Lexicon,
    features: bool,
    a: &mut Analysis,
    out: &mut Vec<u8>,
) -> Result<(), String> {
    let rec = score_record::read(line)?;
    analyse_into(&rec.text, lex, a);
    let a = &*a;
    let sentiment = a.sentiment();
    let (score, label, evidence) = match (rec.target_start, rec.target_end) {
        (Some(s), Some(e)) => {
            let (Some(bs), Some(be)) = (char_to_byte(&rec.text, s), char_to_byte(&rec.text, e))
            else {
                return Err(format!("target offsets {s}..{e} are outside the text"));
            };
            if bs > be {
                return Err(format!("target offsets {s}..{e} are reversed"));
            }
            let span = bs..be;
            let target = crate::score::target_index(a, &span);
            let rule = a.stance_toward(&rec.text, &span, target);
            if features {
                let mut list: Vec<(String, f64)> = Vec::new();
                crate::stance::visit_features(&rec.text, &span, a, rule.0, &mut |c, v, _| {
                    list.push((c.to_string(), f64::from(v)));
                });
                let record = FeaturesOut {
                    id: serde_json::value::RawValue::from_string(rec.id.to_string())
                        .map_err(|e| e.to_string())?,
                    features: list,
                };
                return write_json_line(out, &record);
            }
            let j = crate::stance::judge(&rec.text, &span, rule, a, &lex.stance_model, false);
            (j.score, j.stance, j.evidence)
        }
        (None, None) => {
            let mut ev = [""; EVIDENCE];
            let n = a.evidence_into(&rec.text, &mut ev);
            return score_record::write(
                out,
                rec.id,
                json_float(round4(sentiment)),
                Stance::from_score(sentiment).label(),
                json_float(round4(sentiment)),
                ev.get(..n).unwrap_or_default(),
            );
        }
        _ => return Err("give both target_start and target_end, or neither".to_string()),
    };
    score_record::write(
        out,
        rec.id,
        json_float(round4(score)),
        label.label(),
        json_float(round4(sentiment)),
        &evidence,
    )
}

/// Append `record` and a newline to `out`; on an error, `out` is as it was.
fn write_json_line(out: &mut Vec<u8>, record: &impl Serialize) -> Result<(), String> {
    let old = out.len();
    match serde_json::to_writer(&mut *out, record) {
        Ok(()) => {
            out.push(b'\n');
            Ok(())
        }
        Err(e) => {
            out.truncate(old);
            Err(e.to_string())
        }
    }
}

/// Bytes of input read per round of `score`, cut into pieces of whole
/// lines for the worker threads.
const SCORE_BLOCK: usize = 4 << 20;
/// Bytes of input per piece of work within a block.
const SCORE_PIECE: usize = 64 << 10;

/// The scored lines of one piece of a block: their JSON lines, and the
/// bad records as (line number, reason, bytes of `out` before it).
struct ScoredPiece {
    out: Vec<u8>,
    bad: Vec<(u64, String, usize)>,
}

/// Score the lines of `buf` (whole lines; the first is line `first_line`
/// of its file): `\n` or `\r\n` endings, blank lines passed over, as
/// `BufRead::lines` reads them.
fn score_piece(buf: &[u8], first_line: u64, lex: &Lexicon, features: bool) -> ScoredPiece {
    let mut piece = ScoredPiece {
        out: Vec::with_capacity(buf.len() / 2),
        bad: Vec::new(),
    };
    let mut analysis = Analysis::default();
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', buf).chain(std::iter::once(buf.len()));
    for (n, end) in (first_line..).zip(ends) {
        let mut bytes = buf.get(start..end).unwrap_or_default();
        start = end + 1;
        if let Some(rest) = bytes.strip_suffix(b"\r") {
            bytes = rest;
        }
        let result = match std::str::from_utf8(bytes) {
            Ok(line) if line.trim().is_empty() => continue,
            Ok(line) => score_line(line, lex, features, &mut analysis, &mut piece.out),
            Err(_) => Err("stream did not contain valid UTF-8".to_string()),
        };
        if let Err(reason) = result {
            piece.bad.push((n, reason, piece.out.len()));
        }
    }
    piece
}

/// `score`: JSONL records in → one JSON line per record out, in order.
/// Returns the skipped records.
///
/// The input is read in blocks of whole lines; each block is cut into
/// pieces that the worker threads score into their own output buffers,
/// written in order: no allocation per line for reading or writing.
///
/// # Errors
/// Unreadable input, a write error, or (strict) a bad record.
pub fn score(
    input: &str,
    lex: &Lexicon,
    strict: bool,
    threads: usize,
    features: bool,
    out: &mut dyn Write,
) -> Result<Vec<Skip>, Error> {
    let files = resolve_inputs(&[input.to_string()])?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Error::new(ErrorKind::Config(e.to_string())))?;
    let mut skips = Vec::new();
    for f in files {
        // Same opening (and .gz/.zst decompression) as every other input.
        let mut stream = crate::ingest::open_stream(&f).map_err(|e| Error::io(&f.display, e))?;
        let mut line = 1u64;
        let mut carry: Vec<u8> = Vec::new();
        let mut block: Vec<u8> = Vec::with_capacity(SCORE_BLOCK + (64 << 10));
        loop {
            let (eof, error) = fill_block(&mut *stream, &mut block, &mut carry);
            // Pieces of whole lines, each with the number of its first line.
            let mut pieces: Vec<(u64, &[u8])> = Vec::new();
            let mut rest: &[u8] = &block;
            let mut n = line;
            while !rest.is_empty() {
                let cut = memchr::memchr(b'\n', rest.get(SCORE_PIECE..).unwrap_or_default())
                    .map_or(rest.len(), |i| SCORE_PIECE + i + 1);
                let (head, tail) = rest.split_at(cut.min(rest.len()));
                pieces.push((n, head));
                n += memchr::memchr_iter(b'\n', head).count() as u64;
                rest = tail;
            }
            let scored: Vec<ScoredPiece> = pool.install(|| {
                pieces
                    .par_iter()
                    .map(|&(first, bytes)| score_piece(bytes, first, lex, features))
                    .collect()
            });
            for p in scored {
                for (n, reason, at) in p.bad {
                    let location = Location::new(f.display.clone(), n);
                    if strict {
                        // The lines before the bad record are written.
                        out.write_all(p.out.get(..at).unwrap_or_default())
                            .map_err(|e| Error::io("-", e))?;
                        return Err(Error::at(location, ErrorKind::BadRecord(reason)));
                    }
                    skips.push(Skip { location, reason });
                }
                out.write_all(&p.out).map_err(|e| Error::io("-", e))?;
            }
            line = n;
            if let Some(e) = error {
                let location = Location::new(f.display.clone(), line);
                let reason = format!("read error, rest of file skipped: {e}");
                if strict {
                    return Err(Error::at(location, ErrorKind::BadRecord(reason)));
                }
                skips.push(Skip { location, reason });
                break;
            }
            if eof {
                break;
            }
        }
    }
    Ok(skips)
}

/// Read into `block` (first taking `carry`, the part line left from the
/// last block) until it holds about [`SCORE_BLOCK`] bytes of whole lines;
/// a part line at the end goes back to `carry`. Returns (end of input,
/// read error).
fn fill_block(
    stream: &mut dyn BufRead,
    block: &mut Vec<u8>,
    carry: &mut Vec<u8>,
) -> (bool, Option<std::io::Error>) {
    block.clear();
    block.append(carry);
    loop {
        let chunk = match stream.fill_buf() {
            Ok([]) => return (true, None),
            Ok(chunk) => chunk,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                // Only whole lines are scored; the part line is lost with
                // the rest of the file.
                let cut = memchr::memrchr(b'\n', block).map_or(0, |i| i + 1);
                block.truncate(cut);
                return (false, Some(e));
            }
        };
        let len = chunk.len();
        block.extend_from_slice(chunk);
        stream.consume(len);
        if block.len() >= SCORE_BLOCK {
            if let Some(i) = memchr::memrchr(b'\n', block) {
                carry.extend_from_slice(block.get(i + 1..).unwrap_or_default());
                block.truncate(i + 1);
                return (false, None);
            }
        }
    }
}

/// The stance model's strongest cues of a judgement, for `explain`.
fn model_cues(j: &crate::stance::Judgement) -> String {
    let mut s = String::new();
    if j.cues.is_empty() {
        return s;
    }
    s.push_str(&format!(
        "  stance model cues (push toward {}, strongest first):\n",
        j.stance.as_str()
    ));
    for (cue, value, push) in j.cues.iter().take(10) {
        s.push_str(&format!("    {cue:<30} {value:>7.3} {push:>+8.3}\n"));
    }
    s
}

/// `explain`: a table of every phrase's contribution and the rules that
/// changed it, then the sentiment and, with a target, the stance.
pub fn explain(text: &str, target: Option<&str>, lex: &Lexicon) -> String {
    let a = analyse(text, lex);
    let mut s = String::new();
    s.push_str(&format!(
        "{:<32} {:>7} {:>7}  {}\n",
        "phrase", "weight", "value", "rules"
    ));
    for c in &a.contributions {
        let phrase = text.get(c.span.clone()).unwrap_or("");
        let mut rules = c.rules.join(", ");
        if c.cue {
            rules = if rules.is_empty() {
                "stance cue".into()
            } else {
                format!("stance cue, {rules}")
            };
        }
        s.push_str(&format!(
            "{:<32} {:>7.3} {:>7.3}  {}\n",
            phrase, c.base, c.value, rules
        ));
    }
    let sentiment = a.sentiment();
    s.push_str(&format!(
        "sentiment {:.4} ({})\n",
        sentiment,
        Stance::from_score(sentiment).as_str()
    ));
    let q = score_quote(text, lex);
    for t in &q.targets {
        let name = lex.targets.get(t.target).map_or("", |x| x.name.as_str());
        if target.is_some_and(|want| {
            !name.eq_ignore_ascii_case(want)
                && !text
                    .get(t.mention.clone())
                    .unwrap_or("")
                    .eq_ignore_ascii_case(want)
        }) {
            continue;
        }
        s.push_str(&format!(
            "target {} (\"{}\"): {} {:.4}; evidence: {}\n",
            name,
            text.get(t.mention.clone()).unwrap_or(""),
            t.stance.as_str(),
            t.score,
            t.evidence.join("; ")
        ));
        let rule = a.stance_toward(text, &t.mention, Some(t.target));
        let j = crate::stance::judge(text, &t.mention, rule, &a, &lex.stance_model, true);
        s.push_str(&model_cues(&j));
    }
    if let Some(want) = target {
        if !q.targets.iter().any(|t| {
            lex.targets
                .get(t.target)
                .is_some_and(|x| x.name.eq_ignore_ascii_case(want))
        }) {
            if let Some(pos) = text.to_lowercase().find(&want.to_lowercase()) {
                let span = pos..pos + want.len();
                let rule = a.stance_toward(text, &span, None);
                let j = crate::stance::judge(text, &span, rule, &a, &lex.stance_model, true);
                s.push_str(&format!(
                    "target \"{}\": {} {:.4}; evidence: {}\n",
                    want,
                    j.stance.as_str(),
                    j.score,
                    j.evidence.join("; ")
                ));
                s.push_str(&model_cues(&j));
            } else {
                s.push_str(&format!("target \"{want}\" is not named in the text\n"));
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Character offsets become the byte offsets `char_indices` gives,
        /// the end of the text for the character count, none past it.
        #[test]
        fn char_offsets_become_byte_offsets(text in "[a-zé’“” \u{1F600}\u{10FFFF}]{0,40}", extra in 0usize..3) {
            let count = text.chars().count();
            for c in 0..=count + extra {
                let want = if c == count {
                    Some(text.len())
                } else {
                    text.char_indices().nth(c).map(|(b, _)| b)
                };
                prop_assert_eq!(char_to_byte(&text, c), want, "{} at {}", text, c);
            }
        }
    }
}
