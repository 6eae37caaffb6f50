//! The `quotestance` binary: parse flags, load lexicons, run a job, print
//! errors and a summary on stderr, and map the outcome to an exit code.
//! All the work is in the library.

mod cli;

/// mimalloc: the pipeline allocates many small strings and token vectors
/// per article; mimalloc measured faster than glibc malloc here (see the
/// README's benchmark section).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{BufWriter, Write};
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use quotestance::ingest::Skip;
use quotestance::lexicon::Lexicon;
use quotestance::pipeline::{NoProgress, Progress};

use cli::{Cli, Cmd, LexiconArgs};

/// Exit codes (listed in `--help` and the README).
#[repr(u8)]
#[derive(Clone, Copy)]
enum Exit {
    Ok = 0,
    Fatal = 1,
    Skipped = 3,
}

/// indicatif-backed progress on stderr.
struct Bar(ProgressBar);

impl Progress for Bar {
    fn start(&self, total: u64) {
        if total > 0 {
            self.0.set_length(total);
        }
    }
    fn advance(&self, bytes: u64, _articles: u64) {
        self.0.inc(bytes);
    }
    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

fn progress(show: bool) -> Box<dyn Progress> {
    if !show {
        return Box::new(NoProgress);
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr_with_hz(5));
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, eta {eta})",
    ) {
        bar.set_style(style);
    }
    Box::new(Bar(bar))
}

fn load(lexicon: &LexiconArgs) -> Result<Lexicon, quotestance::Error> {
    Lexicon::load(&lexicon.lexicons, &lexicon.user_lexicons)
}

fn report_skips(skips: &[Skip]) {
    for s in skips.iter().take(20) {
        eprintln!("quotestance: skipped {}: {}", s.location, s.reason);
    }
    if skips.len() > 20 {
        eprintln!(
            "quotestance: ... and {} more skipped records (see run.json)",
            skips.len() - 20
        );
    }
}

fn is_broken_pipe(e: &quotestance::Error) -> bool {
    matches!(e.kind(), quotestance::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
}

fn real_main() -> Result<Exit, quotestance::Error> {
    let cli = Cli::parse();
    match cli.command {
        Cmd::Run {
            inputs,
            out_dir,
            period,
            lexicon,
            driver,
        } => {
            let lex = load(&lexicon)?;
            let cfg = cli::run_config(inputs, out_dir, period, &driver);
            let bar = progress(driver.show_progress());
            let (summary, skips) = quotestance::job::run(&cfg, &lex, bar.as_ref())?;
            report_skips(&skips);
            if summary.invalid_dates > 0 {
                eprintln!(
                    "quotestance: {} articles have an invalid date; their quotes are in period `undated` (listed in run.json)",
                    summary.invalid_dates
                );
            }
            if !driver.quiet {
                eprintln!(
                    "quotestance: {} articles, {} quotes ({} with a speaker), {} skipped records, {:.1} MB in {:.2} s ({:.1} MB/s); reports in {}",
                    summary.articles,
                    summary.quotes,
                    summary.quotes_with_speaker,
                    summary.skipped,
                    summary.bytes as f64 / 1e6,
                    summary.seconds.total,
                    summary.mb_per_s,
                    summary.out_dir
                );
            }
            Ok(if skips.is_empty() {
                Exit::Ok
            } else {
                Exit::Skipped
            })
        }
        Cmd::Quotes {
            inputs,
            lexicon,
            driver,
        } => {
            let lex = load(&lexicon)?;
            let bar = progress(driver.show_progress());
            let start = Instant::now();
            let stdout = std::io::stdout();
            let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
            let counts =
                quotestance::job::quotes(&inputs, &lex, &driver.options(), bar.as_ref(), &mut out)?;
            out.flush().map_err(|e| quotestance::Error::io("-", e))?;
            report_skips(&counts.skipped);
            if !driver.quiet {
                let secs = start.elapsed().as_secs_f64();
                eprintln!(
                    "quotestance: {} articles, {} quotes, {} skipped records, {:.1} MB in {:.2} s ({:.1} MB/s)",
                    counts.articles,
                    counts.quotes,
                    counts.skipped.len(),
                    counts.bytes as f64 / 1e6,
                    secs,
                    counts.bytes as f64 / 1e6 / secs.max(1e-9)
                );
            }
            Ok(if counts.skipped.is_empty() {
                Exit::Ok
            } else {
                Exit::Skipped
            })
        }
        Cmd::Score {
            input,
            lexicon,
            threads,
            strict,
            features,
        } => {
            let lex = load(&lexicon)?;
            let stdout = std::io::stdout();
            let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
            let skips = quotestance::job::score(&input, &lex, strict, threads, features, &mut out)?;
            out.flush().map_err(|e| quotestance::Error::io("-", e))?;
            report_skips(&skips);
            Ok(if skips.is_empty() {
                Exit::Ok
            } else {
                Exit::Skipped
            })
        }
        Cmd::Eval {
            what:
                cli::EvalWhat::Quotes {
                    gold,
                    kinds,
                    json,
                    lexicon,
                },
        } => {
            let lex = load(&lexicon)?;
            let s =
                quotestance::evaluate::eval_quotes(&gold, &lex, kinds == cli::KindsArg::Direct)?;
            if json {
                let j = serde_json::to_string_pretty(&s).map_err(|e| {
                    quotestance::Error::io("-", std::io::Error::other(e.to_string()))
                })?;
                println!("{j}");
            } else {
                println!(
                    "articles {}  gold quotes {}  predicted {}",
                    s.articles, s.gold_quotes, s.pred_quotes
                );
                println!(
                    "quotes      P {:.4}  R {:.4}  F1 {:.4}  (tp {} fp {} fn {})",
                    s.quote_precision, s.quote_recall, s.quote_f1, s.tp, s.fp, s.r#fn
                );
                println!(
                    "speaker     accuracy {:.4}  ({} of {} matched quotes with a gold speaker)",
                    s.speaker_accuracy, s.speaker_correct, s.speaker_evaluated
                );
                println!(
                    "attributed  P {:.4}  R {:.4}  F1 {:.4}",
                    s.attributed_precision, s.attributed_recall, s.attributed_f1
                );
            }
            Ok(Exit::Ok)
        }
        Cmd::Explain {
            text,
            target,
            lexicon,
        } => {
            let lex = load(&lexicon)?;
            print!(
                "{}",
                quotestance::job::explain(&text, target.as_deref(), &lex)
            );
            Ok(Exit::Ok)
        }
    }
}

fn main() -> ExitCode {
    match real_main() {
        Ok(code) => ExitCode::from(code as u8),
        Err(e) if is_broken_pipe(&e) => ExitCode::from(Exit::Ok as u8),
        Err(e) => {
            eprintln!("quotestance: {e}");
            ExitCode::from(Exit::Fatal as u8)
        }
    }
}
