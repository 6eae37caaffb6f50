//! Where `score` spends its time, stage by stage, on one thread.
//!
//! Usage: cargo run --release --example score_stages -- FILE.jsonl
use std::time::Instant;

use quotestance::lexicon::Lexicon;
use quotestance::segment::tokens;

#[derive(serde::Deserialize)]
struct Line<'a> {
    #[serde(borrow)]
    text: std::borrow::Cow<'a, str>,
}

fn main() {
    let path = std::env::args().nth(1).expect("FILE.jsonl");
    let data = std::fs::read_to_string(&path).expect("read");
    let lex = Lexicon::load(std::path::Path::new("lexicons"), &[]).expect("lexicons");
    let mb = data.len() as f64 / 1e6;
    let t = Instant::now();
    let texts: Vec<String> = data
        .lines()
        .map(|l| {
            serde_json::from_str::<Line>(l)
                .expect("json")
                .text
                .into_owned()
        })
        .collect();
    let parse = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut n = 0usize;
    for s in &texts {
        n += tokens(s, 0..s.len()).len();
    }
    let tok = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut m = 0usize;
    for s in &texts {
        let toks = tokens(s, 0..s.len());
        m += lex.find_phrases_in(s, &toks).len();
    }
    let phr = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut c = 0usize;
    for s in &texts {
        c += quotestance::score::analyse(s, &lex).contributions.len();
    }
    let ana = t.elapsed().as_secs_f64();
    println!(
        "{mb:.1} MB, {} lines, {n} tokens, {m} phrases, {c} contributions",
        texts.len()
    );
    for (name, s) in [
        ("parse", parse),
        ("tokens", tok),
        ("tokens+phrases", phr),
        ("analyse", ana),
    ] {
        println!("{name:>16}: {s:.3} s = {:.0} MB/s of the file", mb / s);
    }
}
