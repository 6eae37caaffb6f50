//! Build a benchmark corpus of at least SIZE bytes from the JSONL files
//! given (the shared BBC and Reuters corpora): copies of every article
//! with ids rewritten (`c{copy}-{id}`) and dates spread over 2025, one per
//! line. The corpus itself is never committed.
//!
//! Usage: cargo run --release --example make_corpus -- SIZE_MB OUT.jsonl IN.jsonl...

use std::io::{BufRead, BufWriter, Write};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: make_corpus SIZE_MB OUT.jsonl IN.jsonl...");
        std::process::exit(2);
    }
    let target: u64 = args[1].parse::<u64>().expect("SIZE_MB") * 1_000_000;
    let mut sources: Vec<serde_json::Map<String, serde_json::Value>> = Vec::new();
    for p in &args[3..] {
        let f = std::io::BufReader::new(std::fs::File::open(p).expect("input"));
        for line in f.lines() {
            let line = line.expect("read");
            if let Ok(serde_json::Value::Object(m)) = serde_json::from_str(&line) {
                sources.push(m);
            }
        }
    }
    let mut out =
        BufWriter::with_capacity(8 << 20, std::fs::File::create(&args[2]).expect("output"));
    let (mut written, mut n, mut copy) = (0u64, 0u64, 0u64);
    'outer: loop {
        for src in &sources {
            let mut m = src.clone();
            let id = m
                .get("id")
                .and_then(|v| v.as_str())
                .unwrap_or("x")
                .to_string();
            m.insert("id".into(), format!("c{copy}-{id}").into());
            let day = (n * 7919) % 365;
            let (mo, d) = month_day(day as u32);
            m.insert("date".into(), format!("2025-{mo:02}-{d:02}").into());
            let line = serde_json::to_string(&m).expect("json");
            out.write_all(line.as_bytes()).unwrap();
            out.write_all(b"\n").unwrap();
            written += line.len() as u64 + 1;
            n += 1;
            if written >= target {
                break 'outer;
            }
        }
        copy += 1;
    }
    out.flush().unwrap();
    println!(
        "{n} articles, {:.1} MB -> {}",
        written as f64 / 1e6,
        args[2]
    );
}

fn month_day(mut day: u32) -> (u32, u32) {
    let dim = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (i, &n) in dim.iter().enumerate() {
        if day < n {
            return (i as u32 + 1, day + 1);
        }
        day -= n;
    }
    (12, 31)
}
