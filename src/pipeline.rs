//! The driver: the one place with parallelism. A reader thread reads
//! batches in input order (blocks of JSONL lines, or parsed records); a
//! dispatcher starts several of them at once on the rayon pool
//! (parse → segment → quotes → score); the results are put back in input
//! order on the calling thread, which settles cross-article names, has the
//! pool render the output rows, and hands them to the sink (CSV rows and
//! aggregates for `run`, JSON lines for `quotes`). Memory is bounded by a
//! few batches, and output is identical whatever the thread count because
//! batch boundaries depend only on the input.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{channel, sync_channel};
use std::time::Instant;

use rayon::prelude::*;

use crate::error::Location;
use crate::error::{Error, ErrorKind};
use crate::ingest::{parse_json_line, Article, Batch, InputFile, Reader, Skip};
use crate::lexicon::Lexicon;
use crate::quotes::corpus::{CorpusNames, CorpusTitles};
use crate::quotes::{char_offsets, extract_article, Person, Quote};
use crate::score::{score_quote_in, QuoteScore};

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
    /// The people it names with a title (all of them when a quote's
    /// speaker is an unresolved title description).
    pub people: Vec<Person>,
}

/// Nanoseconds per stage, summed locally and added to [`Timing`] once per
/// batch (shared counters updated per article would be contended).
#[derive(Clone, Copy, Debug, Default)]
struct StageNs {
    parse: u64,
    extract: u64,
    score: u64,
}

impl StageNs {
    fn add(self, o: StageNs) -> StageNs {
        StageNs {
            parse: self.parse + o.parse,
            extract: self.extract + o.extract,
            score: self.score + o.score,
        }
    }
}

/// Extract and score the quotes of one article, adding the time spent to `ns`.
fn process_article_timed(
    text: &str,
    lex: &Lexicon,
    ns: &mut StageNs,
) -> (Vec<ScoredQuote>, Vec<Person>) {
    let t0 = Instant::now();
    let (quotes, people) = extract_article(text, lex);
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
    // Whether the article names each target outright, looked up once per
    // target and only when a quote uses an anaphoric alias.
    let mut anchored: Vec<Option<bool>> = Vec::new();
    let out = quotes
        .into_iter()
        .enumerate()
        .map(|(i, quote)| {
            let c = |k: usize| chars.get(i * 4 + k).copied().unwrap_or(0);
            let score = score_quote_in(text.get(quote.span.clone()).unwrap_or(""), lex, |t| {
                anchored_cached(&mut anchored, lex, t, text)
            });
            let speaker_chars = quote.speaker_span.as_ref().map(|_| (c(2), c(3)));
            ScoredQuote {
                chars: (c(0), c(1)),
                speaker_chars,
                quote,
                score,
            }
        })
        .collect();
    ns.extract += t1.duration_since(t0).as_nanos() as u64;
    ns.score += t1.elapsed().as_nanos() as u64;
    (out, people)
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
    /// Rendering output rows.
    pub render_ns: AtomicU64,
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
    /// Seconds the sink spent (writing and aggregating, on the calling
    /// thread).
    pub sink_seconds: f64,
    /// Seconds rendering output rows (CPU, all threads).
    pub render_seconds: f64,
    /// Seconds the calling thread waited for the next batch's results.
    pub results_wait_seconds: f64,
    /// Seconds waiting for input.
    pub read_wait_seconds: f64,
    /// Seconds the whole drive took.
    pub wall_seconds: f64,
    /// Lone surnames and the full name each maps to at the end of the
    /// input (see [`CorpusNames::surname_aliases`]).
    pub surname_aliases: rustc_hash::FxHashMap<String, String>,
}

/// Batches being processed at once (at least; more with more threads):
/// enough that no worker waits for the slowest article of a batch.
const IN_FLIGHT: usize = 2;

/// Parse and process one batch; give back the block's buffer for reuse.
fn process_batch(
    batch: Batch,
    lex: &Lexicon,
    timing: &Timing,
) -> (Vec<Result<Processed, Skip>>, Option<Vec<u8>>) {
    let process = |parsed: Result<(Location, Article), Skip>, mut ns: StageNs| {
        let done = parsed.map(|(location, article)| {
            let (quotes, people) = process_article_timed(&article.text, lex, &mut ns);
            Processed {
                location,
                article,
                quotes,
                people,
            }
        });
        (done, ns)
    };
    let (out, ns, buf): (Vec<Result<Processed, Skip>>, StageNs, _) = match batch {
        Batch::Records(records) => {
            let (out, ns): (Vec<_>, Vec<_>) = records
                .into_par_iter()
                .map(|rec| process(rec.into_article(), StageNs::default()))
                .unzip();
            (
                out,
                ns.into_iter().fold(StageNs::default(), StageNs::add),
                None,
            )
        }
        Batch::Block(block) => {
            let lines = block.lines();
            let (mut out, ns): (Vec<_>, Vec<_>) = lines
                .into_par_iter()
                .with_min_len(4)
                .map(|(line, range)| {
                    let t = Instant::now();
                    let bytes = block.buf.get(range).unwrap_or_default();
                    let parsed = parse_json_line(Location::new(block.file.clone(), line), bytes);
                    let ns = StageNs {
                        parse: t.elapsed().as_nanos() as u64,
                        ..StageNs::default()
                    };
                    process(parsed, ns)
                })
                .unzip();
            out.extend(block.trailer.map(Err));
            let ns = ns.into_iter().fold(StageNs::default(), StageNs::add);
            (out, ns, Some(block.buf))
        }
    };
    timing.parse_ns.fetch_add(ns.parse, Ordering::Relaxed);
    timing.extract_ns.fetch_add(ns.extract, Ordering::Relaxed);
    timing.score_ns.fetch_add(ns.score, Ordering::Relaxed);
    (out, buf)
}

/// What the calling thread hears from the pool.
enum Msg<R> {
    /// A batch processed: its number, results, input bytes and the
    /// dispatcher's wait for it.
    Processed(u64, Vec<Result<Processed, Skip>>, u64, f64),
    /// A batch rendered: its number, rendered chunks, input bytes, articles.
    Rendered(u64, Vec<R>, u64, u64),
    /// The dispatcher is done after this many batches.
    End(u64),
}

/// Read every input, process articles in parallel, and give the results to
/// the sink in input order, a batch at a time. The calling thread settles
/// cross-article names in input order; then `render` runs on the pool over
/// chunks of the batch, and `sink` gets the rendered chunks, in input
/// order, on the calling thread. The calling thread never waits for the
/// pool while there is work it can do.
///
/// # Errors
/// A sink error, a thread-pool failure, or (with `strict`) the first bad
/// record.
pub fn drive<R, P, F>(
    files: Vec<InputFile>,
    lex: &Lexicon,
    opts: &Options,
    progress: &dyn Progress,
    timing: &Timing,
    render: P,
    mut sink: F,
) -> Result<Counts, Error>
where
    R: Send,
    P: Fn(&[Processed]) -> R + Sync,
    F: FnMut(Vec<R>) -> Result<(), Error>,
{
    let start = Instant::now();
    let total: u64 = files.iter().map(|f| f.size).sum();
    progress.start(total);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .build()
        .map_err(|e| Error::new(ErrorKind::Config(format!("cannot start threads: {e}"))))?;
    let threads = pool.current_num_threads().max(1);
    let in_flight = IN_FLIGHT.max(threads / 2);
    let (max_records, max_bytes) = (opts.batch_records.max(1), opts.batch_bytes.max(1));
    // Reader → dispatcher: batches in input order.
    let (batch_tx, batch_rx) = sync_channel::<(Batch, u64)>(2);
    // Workers → reader: block buffers to reuse.
    let (spare_tx, spare_rx) = sync_channel::<Vec<u8>>(in_flight);
    // Calling thread → dispatcher: a batch has left, another may start.
    let (slot_tx, slot_rx) = sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        let _ = slot_tx.send(());
    }
    // Pool → calling thread: numbered results, in any order.
    let (msg_tx, msg_rx) = channel::<Msg<R>>();
    let reader = std::thread::spawn(move || {
        let mut reader = Reader::new(files);
        loop {
            let before = reader.bytes_read();
            let spare = spare_rx.try_recv().ok();
            let Some(batch) = reader.next_batch(max_records, max_bytes, spare) else {
                break;
            };
            let bytes = reader.bytes_read() - before;
            if batch_tx.send((batch, bytes)).is_err() {
                break;
            }
        }
    });
    let mut counts = Counts::default();
    let mut corpus_names = CorpusNames::default();
    let mut corpus_titles = CorpusTitles::default();
    let mut result = Ok(());
    std::thread::scope(|scope| {
        let pool = &pool;
        let spare_tx = &spare_tx;
        let dispatch_tx = msg_tx.clone();
        // The dispatcher starts each batch on the pool as soon as a slot is
        // free, so several batches are processed at once.
        scope.spawn(move || {
            let mut seq = 0u64;
            pool.in_place_scope(|s| loop {
                let wait = Instant::now();
                let Ok((batch, bytes)) = batch_rx.recv() else {
                    break;
                };
                let waited = wait.elapsed().as_secs_f64();
                if slot_rx.recv().is_err() {
                    break;
                }
                let tx = dispatch_tx.clone();
                s.spawn(move |_| {
                    let (results, buf) = process_batch(batch, lex, timing);
                    if let Some(mut buf) = buf {
                        buf.clear();
                        let _ = spare_tx.try_send(buf);
                    }
                    let _ = tx.send(Msg::Processed(seq, results, bytes, waited));
                });
                seq += 1;
            });
            let _ = dispatch_tx.send(Msg::End(seq));
        });
        let render = &render;
        pool.in_place_scope(|s| {
            let mut processed: BTreeMap<u64, (Vec<Result<Processed, Skip>>, u64)> = BTreeMap::new();
            let mut rendered: BTreeMap<u64, (Vec<R>, u64, u64)> = BTreeMap::new();
            let (mut next_processed, mut next_rendered) = (0u64, 0u64);
            let mut end = None;
            let mut wait = Instant::now();
            'recv: while end != Some(next_rendered) {
                let Ok(msg) = msg_rx.recv() else { break };
                counts.results_wait_seconds += wait.elapsed().as_secs_f64();
                match msg {
                    Msg::End(n) => end = Some(n),
                    Msg::Processed(seq, results, bytes, waited) => {
                        counts.read_wait_seconds += waited;
                        processed.insert(seq, (results, bytes));
                    }
                    Msg::Rendered(seq, chunks, bytes, articles) => {
                        rendered.insert(seq, (chunks, bytes, articles));
                    }
                }
                while let Some((results, bytes)) = processed.remove(&next_processed) {
                    let seq = next_processed;
                    next_processed += 1;
                    counts.records += results.len() as u64;
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
                                    break 'recv;
                                }
                                counts.skipped.push(skip);
                            }
                        }
                    }
                    // Cross-article speaker names and titles, in input
                    // order (deterministic).
                    for p in &mut good {
                        corpus_titles.learn(&p.people);
                        for sq in &mut p.quotes {
                            if let Some(name) = sq
                                .quote
                                .speaker_title
                                .as_deref()
                                .and_then(|t| corpus_titles.resolve(t, &p.people))
                            {
                                sq.quote.speakers = vec![name];
                            }
                            corpus_names.learn_and_apply(&mut sq.quote.speakers, lex);
                            sq.quote.speaker = sq.quote.speakers.first().cloned();
                        }
                    }
                    counts.articles += good.len() as u64;
                    counts.quotes += good.iter().map(|p| p.quotes.len() as u64).sum::<u64>();
                    let articles = good.len() as u64;
                    if threads == 1 {
                        // One worker: render right here, beside it.
                        let t = Instant::now();
                        let chunks = vec![render(&good)];
                        counts.render_seconds += t.elapsed().as_secs_f64();
                        rendered.insert(seq, (chunks, bytes, articles));
                    } else {
                        let tx = msg_tx.clone();
                        s.spawn(move |_| {
                            let t = Instant::now();
                            let chunk = good.len().div_ceil(threads * 4).max(1);
                            let chunks = good.par_chunks(chunk).map(render).collect();
                            timing
                                .render_ns
                                .fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
                            drop(good);
                            let _ = tx.send(Msg::Rendered(seq, chunks, bytes, articles));
                        });
                    }
                }
                while let Some((chunks, bytes, articles)) = rendered.remove(&next_rendered) {
                    next_rendered += 1;
                    let t = Instant::now();
                    if let Err(e) = sink(chunks) {
                        result = Err(e);
                        break 'recv;
                    }
                    counts.sink_seconds += t.elapsed().as_secs_f64();
                    progress.advance(bytes, articles);
                    let _ = slot_tx.send(());
                }
                wait = Instant::now();
            }
            // Stop the dispatcher (and so the reader) if this ended early.
            drop(slot_tx);
        });
        drop(msg_rx);
    });
    let _ = reader.join();
    counts.render_seconds += nanos(&timing.render_ns);
    progress.finish();
    counts.wall_seconds = start.elapsed().as_secs_f64();
    counts.surname_aliases = corpus_names.surname_aliases();
    result.map(|()| counts)
}

fn nanos(a: &AtomicU64) -> f64 {
    a.load(Ordering::Relaxed) as f64 / 1e9
}

/// Whether `text` names target `t` outright ([`Lexicon::target_anchored`]),
/// looked up once per target and article; the cache is allocated only for
/// an article with a quote that needs it.
fn anchored_cached(cache: &mut Vec<Option<bool>>, lex: &Lexicon, t: usize, text: &str) -> bool {
    if cache.is_empty() {
        cache.resize(lex.targets.len(), None);
    }
    if let Some(a) = cache.get(t).copied().flatten() {
        return a;
    }
    let a = lex.target_anchored(t, text);
    if let Some(slot) = cache.get_mut(t) {
        *slot = Some(a);
    }
    a
}
