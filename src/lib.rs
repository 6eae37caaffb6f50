//! quotestance: quotes, speakers, sentiment and target stance in news.
//!
//! The pipeline, one module per stage, data flowing one way:
//! 1. [`ingest`]: files, folders or stdin → records → [`ingest::Article`];
//! 2. [`segment`]: paragraphs, sentences and tokens as byte spans;
//! 3. [`quotes`]: quoted spans and their speakers → [`quotes::Quote`];
//! 4. [`score`]: sentiment, tone and stance toward named targets, with
//!    evidence → [`score::QuoteScore`], target stance decided by the
//!    fitted cue model of [`stance`];
//! 5. [`aggregate`]: polars group-bys per speaker, target and period;
//! 6. [`report`]: CSV files and `run.json`.
//!
//! [`pipeline`] drives them: rayon over batches of articles, output in input
//! order, so results are identical whatever the thread count.
//!
//! ```
//! use quotestance::lexicon::LexiconBuilder;
//! let mut b = LexiconBuilder::new();
//! b.add_text("speech_verbs.tsv", "verbs", "said\tspeech\n").unwrap();
//! let lex = b.build().unwrap();
//! let text = "“We will fix the roads,” said Mayor Ana Ruiz.";
//! let quotes = quotestance::quotes::extract_quotes(text, &lex);
//! assert_eq!(quotes[0].speaker.as_deref(), Some("Mayor Ana Ruiz"));
//! ```
#![warn(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod aggregate;
pub mod error;
pub mod evaluate;
pub mod ingest;
pub mod job;
pub mod lexicon;
pub mod pipeline;
pub mod quotes;
pub mod report;
pub mod score;
pub mod segment;
pub mod stance;

pub use error::{Error, ErrorKind, Location};
