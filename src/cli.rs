//! Command-line flags (clap derive), the raw layer. [`Cli::into_command`]
//! validates them into a [`Command`] with resolved settings.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use quotestance::aggregate::Period;
use quotestance::job::RunConfig;
use quotestance::pipeline::Options;

const EXAMPLES: &str = "\
EXAMPLES:
  quotestance run                                  # data/ -> reports/
  quotestance run news.jsonl.gz more/ --out-dir out --period day
  quotestance quotes ../shared/golden/seed_article.txt
  echo '{\"id\":\"1\",\"text\":\"A disaster.\"}' | quotestance score -
  quotestance explain \"The President deserves no credit.\" --target \"Donald Trump\"

EXIT CODES:
  0  success
  1  fatal error (unreadable input or lexicon, bad lexicon line, unwritable output,
     or a bad record with --strict)
  2  usage error
  3  finished, but some records were skipped (listed on stderr and in run.json)";

/// Quotes, speakers, sentiment and target stance in news articles.
#[derive(Parser, Debug)]
#[command(name = "quotestance", version, about, after_long_help = EXAMPLES, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Cmd,
}

/// Lexicon options shared by all subcommands.
#[derive(Args, Debug, Clone)]
pub struct LexiconArgs {
    /// Folder with the lexicon files.
    #[arg(long, default_value = "lexicons", value_name = "DIR")]
    pub lexicons: PathBuf,
    /// Extra sentiment lexicon in VADER or AFINN format (repeatable); its
    /// entries override ours.
    #[arg(long = "lexicon", value_name = "FILE")]
    pub user_lexicons: Vec<PathBuf>,
}

/// Driver options shared by `run` and `quotes`.
#[derive(Args, Debug, Clone)]
pub struct DriverArgs {
    /// Worker threads (0 = one per core).
    #[arg(long, short = 'j', default_value_t = 0)]
    pub threads: usize,
    /// Make a skipped (bad) record fatal: exit 1 at the first one.
    #[arg(long)]
    pub strict: bool,
    /// Progress bar on stderr: auto = only when stderr is a terminal.
    #[arg(long, value_enum, default_value_t = ProgressMode::Auto)]
    pub progress: ProgressMode,
    /// No progress bar and no summary line.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// When to draw the progress bar.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgressMode {
    /// Only when stderr is a terminal.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Period of the time tables.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodArg {
    /// YYYY-MM-DD
    Day,
    /// ISO week YYYY-Www
    Week,
    /// YYYY-MM
    Month,
}

#[derive(Subcommand, Debug)]
pub enum Cmd {
    /// The whole job: read articles, extract and score quotes, write the
    /// five CSV reports and run.json.
    Run {
        /// Inputs: .jsonl, .csv, .txt files (optionally .gz/.zst), folders
        /// (recursed), or - for JSONL on stdin.
        #[arg(default_value = "data", value_name = "INPUT")]
        inputs: Vec<String>,
        /// Folder for the reports (created if missing).
        #[arg(long, short = 'o', default_value = "reports", value_name = "DIR")]
        out_dir: PathBuf,
        /// Period of critique_frequency.csv and targets.csv.
        #[arg(long, value_enum, default_value_t = PeriodArg::Week)]
        period: PeriodArg,
        #[command(flatten)]
        lexicon: LexiconArgs,
        #[command(flatten)]
        driver: DriverArgs,
    },
    /// Per-quote JSON lines on stdout, one line per article.
    Quotes {
        /// Inputs, as for `run`.
        #[arg(default_value = "data", value_name = "INPUT")]
        inputs: Vec<String>,
        #[command(flatten)]
        lexicon: LexiconArgs,
        #[command(flatten)]
        driver: DriverArgs,
    },
    /// Score sentences: JSONL {"id","text"[,"target_start","target_end"]}
    /// in, {"id","score","label","sentiment","evidence"} out.
    Score {
        /// JSONL file, or - for stdin.
        #[arg(default_value = "-", value_name = "INPUT")]
        input: String,
        #[command(flatten)]
        lexicon: LexiconArgs,
        /// Worker threads (0 = one per core).
        #[arg(long, short = 'j', default_value_t = 0)]
        threads: usize,
        /// Make a bad record fatal.
        #[arg(long)]
        strict: bool,
        /// Print the stance model's cues toward each record's target
        /// (`{"id","features":[[cue,value],…]}`) instead of scores: the
        /// input of `scripts/fit_stance.py`.
        #[arg(long)]
        features: bool,
    },
    /// Score the quote stage on your own annotated articles (PolNeAR-style
    /// gold JSONL), with the rules of the shared PolNeAR scorer.
    Eval {
        #[command(subcommand)]
        what: EvalWhat,
    },
    /// Show each phrase's contribution to a text's sentiment and stance.
    Explain {
        /// The text to explain.
        text: String,
        /// A target name or the words that name it in the text.
        #[arg(long)]
        target: Option<String>,
        #[command(flatten)]
        lexicon: LexiconArgs,
    },
}

/// What `eval` scores.
#[derive(Subcommand, Debug)]
pub enum EvalWhat {
    /// Quotes and speakers against gold quotes:
    /// {"id","text","quotes":[{"start","end","speaker","kind"}]} per line.
    Quotes {
        /// Gold JSONL file.
        #[arg(long)]
        gold: String,
        /// Score only gold quotes of kind `direct` (others are ignored).
        #[arg(long, value_enum, default_value_t = KindsArg::All)]
        kinds: KindsArg,
        /// Print one JSON object instead of a table.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        lexicon: LexiconArgs,
    },
}

/// Which gold quotes `eval quotes` scores.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindsArg {
    /// Every gold quote.
    All,
    /// Only direct quotes.
    Direct,
}

impl PeriodArg {
    pub fn into_period(self) -> Period {
        match self {
            PeriodArg::Day => Period::Day,
            PeriodArg::Week => Period::Week,
            PeriodArg::Month => Period::Month,
        }
    }
}

impl DriverArgs {
    pub fn options(&self) -> Options {
        Options {
            threads: self.threads,
            strict: self.strict,
            ..Options::default()
        }
    }

    /// Whether to draw the progress bar.
    pub fn show_progress(&self) -> bool {
        use std::io::IsTerminal;
        !self.quiet
            && match self.progress {
                ProgressMode::Always => true,
                ProgressMode::Never => false,
                ProgressMode::Auto => std::io::stderr().is_terminal(),
            }
    }
}

/// Build the `run` job's settings.
pub fn run_config(
    inputs: Vec<String>,
    out_dir: PathBuf,
    period: PeriodArg,
    driver: &DriverArgs,
) -> RunConfig {
    RunConfig {
        inputs,
        out_dir,
        period: period.into_period(),
        options: driver.options(),
    }
}
