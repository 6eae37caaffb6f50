//! Criterion benches of the hot stages on fixed real text: the first 300
//! articles of `../shared/corpus/bbc.jsonl` (read from there, never copied).
//! Each bench first checks its result against recorded counts, so a change
//! that is fast but wrong fails instead of looking like a win; update the
//! counts deliberately when a change is meant to alter them.
//!
//! Run: `cargo bench --bench stages`

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use quotestance::ingest::parse_json_article;
use quotestance::lexicon::Lexicon;
use quotestance::quotes::extract_quotes;
use quotestance::score::score_quote;
use quotestance::segment::{paragraphs, sentences};

const ARTICLES: usize = 300;
/// Recorded results on the sample (see the module docs).
const EXPECT_PARAGRAPHS: usize = 1324;
const EXPECT_SENTENCES: usize = 4769;
/// (849 since `quoted Mr Chernin as saying. We “would like to get into
/// it”` gives the partial quote its speaker; 848 before.)
const EXPECT_QUOTES: usize = 849;
const EXPECT_CRITICAL: usize = 246;

fn sample() -> (Vec<String>, Lexicon) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = std::fs::read_to_string(root.join("../shared/corpus/bbc.jsonl"))
        .expect("../shared/corpus/bbc.jsonl beside the checkout");
    let texts = corpus
        .lines()
        .take(ARTICLES)
        .map(|l| parse_json_article(l.as_bytes()).expect("valid record").text)
        .collect();
    let lex = Lexicon::load(&root.join("lexicons"), &[]).expect("lexicons");
    (texts, lex)
}

fn stages(c: &mut Criterion) {
    let (texts, lex) = sample();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();

    let segment = |texts: &[String]| -> (usize, usize) {
        let mut p = 0;
        let mut s = 0;
        for t in texts {
            for par in paragraphs(t) {
                p += 1;
                s += sentences(t, par).len();
            }
        }
        (p, s)
    };
    let quotes = |texts: &[String]| -> Vec<String> {
        texts
            .iter()
            .flat_map(|t| {
                extract_quotes(t, &lex)
                    .into_iter()
                    .map(|q| t[q.span].to_string())
            })
            .collect()
    };
    let quote_texts = quotes(&texts);
    let score = |qs: &[String]| -> usize {
        qs.iter()
            .filter(|q| score_quote(q, &lex).tone == quotestance::score::Stance::Critical)
            .count()
    };

    // Check before timing.
    assert_eq!(
        segment(&texts),
        (EXPECT_PARAGRAPHS, EXPECT_SENTENCES),
        "segment results changed"
    );
    assert_eq!(quote_texts.len(), EXPECT_QUOTES, "quote count changed");
    assert_eq!(
        score(&quote_texts),
        EXPECT_CRITICAL,
        "critical count changed"
    );

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("segment", |b| b.iter(|| segment(&texts)));
    g.bench_function("quotes", |b| b.iter(|| quotes(&texts).len()));
    let qbytes: u64 = quote_texts.iter().map(|q| q.len() as u64).sum();
    g.throughput(Throughput::Bytes(qbytes));
    g.bench_function("score", |b| b.iter(|| score(&quote_texts)));
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = stages
}
criterion_main!(benches);
