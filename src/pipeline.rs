//! The driver: the one place with parallelism. A reader thread reads
//! batches of records in input order; rayon processes each batch
//! (parse → segment → quotes → score) on the worker threads; the results
//! come back in input order and go to a sink on the calling thread (CSV
//! rows and aggregates for `run`, JSON lines for `quotes`). Memory is
//! bounded by a few batches, and output is identical whatever the thread
//! count because batch boundaries depend only on the input.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;
use std::time::Instant;

use rayon::prelude::*;

use crate::error::Location;
use crate::error::{Error, ErrorKind};
use crate::ingest::{Article, InputFile, Reader, Record, Skip};
use crate::lexicon::Lexicon;
use crate::quotes::names::CorpusNames;
use crate::quotes::{char_offsets, extract_quotes, Quote};
use crate::score::{score_quote, QuoteScore};

/// Progress reports from the driver; the binary backs this with indicatif.
pub trait Progress: Sync {
    /// Total input bytes, when known (0 = unknown).
    fn start(&self, _total_bytes: u64) {}
    /// A batch is done.
    fn advance(&self, _bytes: u64, _articles: u64) {}
    /// All done.
    fn finish(&self) {}
}

/// No progress reporting.
pub struct NoProgress;
impl Progress for NoProgress {}

/// Driver settings.
#[derive(Clone, Debug)]
pub struct Options {
    /// Worker threads; 0 = one per core.
    pub threads: usize,
    /// A skipped record is fatal.
    pub strict: bool,
    /// Records per batch.
    pub batch_records: usize,
    /// Bytes per batch (about).
    pub batch_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            threads: 0,
            strict: false,
            batch_records: 2048,
            batch_bytes: 4 << 20,
        }
    }
}

/// A quote with its scores and char offsets.
#[derive(Clone, Debug)]
pub struct ScoredQuote {
    /// The quote.
    pub quote: Quote,
    /// Its scores.
    pub score: QuoteScore,
    /// Char offsets of the quote.
    pub chars: (usize, usize),
    /// Char offsets of the speaker mention.
    pub speaker_chars: Option<(usize, usize)>,
}

/// An article after processing.
#[derive(Clone, Debug)]
pub struct Processed {
    /// Where it came from.
    pub location: Location,
    /// The article.
    pub article: Article,
    /// Its quotes, in text order.
    pub quotes: Vec<ScoredQuote>,
}

/// Extract and score the quotes of one article.
pub fn process_article(text: &str, lex: &Lexicon, timing: Option<&Timing>) -> Vec<ScoredQuote> {
    let t0 = Instant::now();
    let quotes = extract_quotes(text, lex);
    let t1 = Instant::now();
    let mut offsets = Vec::with_capacity(quotes.len() * 4);
    for q in &quotes {
        offsets.push(q.span.start);
        offsets.push(q.span.end);
        let s = q.speaker_span.clone().unwrap_or(0..0);
        offsets.push(s.start);
        offsets.push(s.end);
    }
    let chars = char_offsets(text, &offsets);
    let out = quotes
        .into_iter()
        .enumerate()
        .map(|(i, quote)| {
            let c = |k: usize| chars.get(i * 4 + k).copied().unwrap_or(0);
            let score = score_quote(text.get(quote.span.clone()).unwrap_or(""), lex);
            let speaker_chars = quote.speaker_span.as_ref().map(|_| (c(2), c(3)));
            ScoredQuote {
                chars: (c(0), c(1)),
                speaker_chars,
                quote,
                score,
            }
        })
        .collect();
    if let Some(t) = timing {
        t.extract_ns
            .fetch_add(t1.duration_since(t0).as_nanos() as u64, Ordering::Relaxed);
        t.score_ns
            .fetch_add(t1.elapsed().as_nanos() as u64, Ordering::Relaxed);
    }
    out
}

/// CPU time spent per stage, summed over threads.
#[derive(Debug, Default)]
pub struct Timing {
    /// Parsing JSON lines.
    pub parse_ns: AtomicU64,
    /// Segmentation and quote extraction.
    pub extract_ns: AtomicU64,
    /// Scoring.
    pub score_ns: AtomicU64,
}

/// What the driver counted.
#[derive(Debug, Default)]
pub struct Counts {
    /// Records read (good and bad).
    pub records: u64,
    /// Articles processed.
    pub articles: u64,
    /// Quotes found.
    pub quotes: u64,
    /// Input bytes read (uncompressed).
    pub bytes: u64,
    /// Skipped records, in input order.
    pub skipped: Vec<Skip>,
    /// Seconds the sink spent.
    pub sink_seconds: f64,
    /// Seconds waiting for input.
    pub read_wait_seconds: f64,
    /// Seconds the whole drive took.
    pub wall_seconds: f64,
}

/// Read every input, process articles in parallel, and give each batch of
/// results, in input order, to `sink`.
///
/// # Errors
/// A sink error, a thread-pool failure, or (with `strict`) the first bad
/// record.
pub fn drive<F>(
    files: Vec<InputFile>,
    lex: &Lexicon,
    opts: &Options,
    progress: &dyn Progress,
    timing: &Timing,
    mut sink: F,
) -> Result<Counts, Error>
where
    F: FnMut(&[Processed]) -> Result<(), Error>,
{
    let start = Instant::now();
    let total: u64 = files.iter().map(|f| f.size).sum();
    progress.start(total);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .build()
        .map_err(|e| Error::new(ErrorKind::Config(format!("cannot start threads: {e}"))))?;
    let (tx, rx) = sync_channel::<(Vec<Record>, u64)>(2);
    let (max_records, max_bytes) = (opts.batch_records.max(1), opts.batch_bytes.max(1));
    let reader = std::thread::spawn(move || {
        let mut reader = Reader::new(files);
        loop {
            let before = reader.bytes_read();
            let batch = reader.next_batch(max_records, max_bytes);
            if batch.is_empty() {
                break;
            }
            let bytes = reader.bytes_read() - before;
            if tx.send((batch, bytes)).is_err() {
                break;
            }
        }
    });
    let mut counts = Counts::default();
    let mut corpus_names = CorpusNames::default();
    let mut result = Ok(());
    // A processing thread runs each batch on the pool while this thread
    // hands the previous batch to the sink: writing overlaps processing.
    type Done = (Vec<Result<Processed, Skip>>, u64, usize, f64);
    let (done_tx, done_rx) = sync_channel::<Done>(1);
    std::thread::scope(|scope| {
        let pool = &pool;
        scope.spawn(move || loop {
            let wait = Instant::now();
            let Ok((batch, bytes)) = rx.recv() else { break };
            let waited = wait.elapsed().as_secs_f64();
            let n = batch.len();
            let results: Vec<Result<Processed, Skip>> = pool.install(|| {
                batch
                    .into_par_iter()
                    .map(|rec| {
                        let t = Instant::now();
                        let parsed = rec.into_article();
                        timing
                            .parse_ns
                            .fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
                        let (location, article) = parsed?;
                        let quotes = process_article(&article.text, lex, Some(timing));
                        Ok(Processed {
                            location,
                            article,
                            quotes,
                        })
                    })
                    .collect()
            });
            if done_tx.send((results, bytes, n, waited)).is_err() {
                break;
            }
        });
        for (results, bytes, n, waited) in done_rx.iter() {
            counts.read_wait_seconds += waited;
            counts.records += n as u64;
            counts.bytes += bytes;
            let mut good = Vec::with_capacity(results.len());
            for r in results {
                match r {
                    Ok(p) => good.push(p),
                    Err(skip) => {
                        if opts.strict {
                            result = Err(Error::at(
                                skip.location.clone(),
                                ErrorKind::BadRecord(format!("{} (--strict)", skip.reason)),
                            ));
                            break;
                        }
                        counts.skipped.push(skip);
                    }
                }
            }
            if result.is_err() {
                break;
            }
            // Cross-article speaker names, in input order (deterministic).
            for p in &mut good {
                for sq in &mut p.quotes {
                    corpus_names.learn_and_apply(&mut sq.quote.speakers);
                    sq.quote.speaker = sq.quote.speakers.first().cloned();
                }
            }
            counts.articles += good.len() as u64;
            counts.quotes += good.iter().map(|p| p.quotes.len() as u64).sum::<u64>();
            let s = Instant::now();
            if let Err(e) = sink(&good) {
                result = Err(e);
                break;
            }
            counts.sink_seconds += s.elapsed().as_secs_f64();
            progress.advance(bytes, good.len() as u64);
        }
        // Dropping the receiver stops the processing thread at its next send.
        drop(done_rx);
    });
    let _ = reader.join();
    progress.finish();
    counts.wall_seconds = start.elapsed().as_secs_f64();
    result.map(|()| counts)
}
