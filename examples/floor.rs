//! The input-parsing floor for benchmarks (issue: nightly-scale speed): the
//! least any tool must do with a JSONL corpus. It reads the file in large
//! blocks, splits lines, parses each line with serde_json into borrowed
//! strings (on all threads, rayon) and touches every byte of `text`.
//! `quotestance run` is measured against this in `scripts/bench.sh`.
//!
//! Usage: cargo run --release --example floor -- FILE.jsonl [--threads N]

use std::borrow::Cow;
use std::io::Read;
use std::time::Instant;

use rayon::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Line<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    text: Cow<'a, str>,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: floor FILE.jsonl [--threads N]");
        std::process::exit(2);
    };
    let threads = args
        .iter()
        .position(|a| a == "--threads")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let start = Instant::now();
    let mut file = std::fs::File::open(path).unwrap();
    let mut carry: Vec<u8> = Vec::new();
    let mut block = vec![0u8; 16 << 20];
    let (mut bytes, mut lines, mut checksum) = (0u64, 0u64, 0u64);
    loop {
        let n = file.read(&mut block).unwrap();
        if n == 0 && carry.is_empty() {
            break;
        }
        carry.extend_from_slice(&block[..n]);
        let cut = if n == 0 {
            carry.len()
        } else {
            match memchr::memrchr(b'\n', &carry) {
                Some(i) => i + 1,
                None => continue,
            }
        };
        let chunk: Vec<u8> = carry.drain(..cut).collect();
        bytes += chunk.len() as u64;
        let (l, sum) = pool.install(|| {
            chunk
                .par_split(|&b| b == b'\n')
                .filter(|l| !l.is_empty())
                .map(|l| {
                    let rec: Line<'_> = serde_json::from_slice(l).expect("valid JSON line");
                    // Touch every byte of the text.
                    let s = rec
                        .text
                        .bytes()
                        .fold(rec.id.len() as u64, |a, b| a.wrapping_add(u64::from(b)));
                    (1u64, s)
                })
                .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1.wrapping_add(b.1)))
        });
        lines += l;
        checksum = checksum.wrapping_add(sum);
        if n == 0 {
            break;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "floor: {lines} articles, {:.1} MB in {secs:.2} s: {:.1} MB/s, {:.0} articles/s (checksum {checksum})",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs,
        lines as f64 / secs
    );
}
