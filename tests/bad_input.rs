//! Bad input: each case is reported with file and line, counted, skipped,
//! and the run exits 3; `--strict` makes it fatal (exit 1); an unreadable
//! input or lexicon is fatal before any work. Never a panic.

use std::io::Write;

use crate::util::{code, output, output_with_stdin, read_csv, stderr, stdout, Workdir};

const GOOD: &str =
    r#"{"id":"g1","date":"2026-01-05","text":"“The plan is a disaster,” said Mayor Ana Ruiz."}"#;

fn run(wd: &Workdir, inputs: &[&str], extra: &[&str]) -> std::process::Output {
    let out_dir = wd.path("out");
    let mut args = vec!["run", "--out-dir", out_dir.to_str().unwrap()];
    args.extend_from_slice(extra);
    args.extend_from_slice(inputs);
    output(wd.cmd(&args))
}

fn manifest(wd: &Workdir) -> serde_json::Value {
    serde_json::from_str(&wd.read("out/run.json")).unwrap()
}

#[test]
fn malformed_json_line_is_skipped_with_its_line() {
    let wd = Workdir::new("bad-json");
    let f = wd.write(
        "in.jsonl",
        format!("{GOOD}\n{{\"id\": \"x\", \"text\": \n\n{GOOD}\n"),
    );
    let out = run(&wd, &[f.to_str().unwrap()], &[]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("in.jsonl:2: malformed JSON"),
        "{}",
        stderr(&out)
    );
    let m = manifest(&wd);
    assert_eq!(m["articles"], 2);
    assert_eq!(m["skipped"], 1);
    assert!(m["skipped_records"][0]["location"]
        .as_str()
        .unwrap()
        .ends_with("in.jsonl:2"));
}

#[test]
fn strict_makes_a_bad_record_fatal() {
    let wd = Workdir::new("bad-strict");
    let f = wd.write("in.jsonl", format!("{GOOD}\nnot json\n"));
    let out = run(&wd, &[f.to_str().unwrap()], &["--strict"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("in.jsonl:2: malformed JSON"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn missing_fields_and_invalid_utf8() {
    let wd = Workdir::new("bad-fields");
    let mut bytes = format!("{GOOD}\n{{\"id\":\"n\"}}\n{{\"text\":\"no id\"}}\n").into_bytes();
    bytes.extend_from_slice(b"{\"id\":\"u\",\"text\":\"caf\xe9\"}\n");
    let f = wd.write("in.jsonl", bytes);
    let out = run(&wd, &[f.to_str().unwrap()], &[]);
    assert_eq!(code(&out), 3);
    let e = stderr(&out);
    assert!(
        e.contains("in.jsonl:2: missing or empty field `text`"),
        "{e}"
    );
    assert!(e.contains("in.jsonl:3: missing or empty field `id`"), "{e}");
    assert!(e.contains("in.jsonl:4: invalid UTF-8"), "{e}");
    assert_eq!(manifest(&wd)["skipped"], 3);
}

#[test]
fn csv_row_without_text_is_skipped() {
    let wd = Workdir::new("bad-csv");
    let f = wd.write(
        "in.csv",
        "id,date,source,text\nc1,2026-01-05,Ledger,\"“We won,” she said.\"\nc2,2026-01-06,Ledger,\nc3,2026-01-07,Ledger,\"“Fine,” said Bo Chen.\"\n",
    );
    let out = run(&wd, &[f.to_str().unwrap()], &[]);
    assert_eq!(code(&out), 3);
    assert!(
        stderr(&out).contains("in.csv:3: row has no `text`"),
        "{}",
        stderr(&out)
    );
    assert_eq!(manifest(&wd)["articles"], 2);
}

#[test]
fn csv_without_text_column_is_reported() {
    let wd = Workdir::new("bad-csv-header");
    let f = wd.write("in.csv", "id,body\n1,hello\n");
    let out = run(&wd, &[f.to_str().unwrap()], &[]);
    assert_eq!(code(&out), 3);
    assert!(
        stderr(&out).contains("in.csv:1: CSV header has no `text` column"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn empty_files_are_reported() {
    let wd = Workdir::new("bad-empty");
    let a = wd.write("empty.jsonl", "");
    let b = wd.write("empty.txt", "  \n");
    let out = run(&wd, &[a.to_str().unwrap(), b.to_str().unwrap()], &[]);
    assert_eq!(code(&out), 3);
    let e = stderr(&out);
    assert!(e.contains("empty.jsonl:1: empty file"), "{e}");
    assert!(e.contains("empty.txt:1: empty file"), "{e}");
}

#[test]
fn unreadable_input_is_fatal_before_any_work() {
    let wd = Workdir::new("bad-missing");
    let out = run(&wd, &["no/such/file.jsonl"], &[]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("no/such/file.jsonl"),
        "{}",
        stderr(&out)
    );
    assert!(!wd.path("out").exists());
}

/// A copy of `lexicons/` in `wd` with `line` appended to `file`; returns
/// the folder and the appended line's number.
fn lexicons_with_line(wd: &Workdir, file: &str, line: &str) -> (std::path::PathBuf, usize) {
    let lex = wd.path("lex");
    std::fs::create_dir_all(&lex).unwrap();
    for entry in std::fs::read_dir(crate::util::root().join("lexicons")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, lex.join(p.file_name().unwrap())).unwrap();
    }
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(lex.join(file))
        .unwrap();
    writeln!(f, "{line}").unwrap();
    let n = std::fs::read_to_string(lex.join(file))
        .unwrap()
        .lines()
        .count();
    (lex, n)
}

#[test]
fn bad_lexicon_line_is_fatal_with_file_and_line() {
    let wd = Workdir::new("bad-lexicon");
    let (lex, line) = lexicons_with_line(&wd, "sentiment.tsv", "splendid\tvery good");
    let out = run(&wd, &["data"], &["--lexicons", lex.to_str().unwrap()]);
    assert_eq!(code(&out), 1);
    let want = format!("sentiment.tsv:{line}: weight `very good` is not a number");
    assert!(stderr(&out).contains(&want), "{}", stderr(&out));
    assert!(!wd.path("out").exists());
}

#[test]
fn bad_stance_model_line_is_fatal_with_file_and_line() {
    let wd = Workdir::new("bad-model");
    let (lex, line) = lexicons_with_line(&wd, "stance_model.tsv", "L:splendid\t0.1\t0.2");
    let out = run(&wd, &["data"], &["--lexicons", lex.to_str().unwrap()]);
    assert_eq!(code(&out), 1);
    let want = format!("stance_model.tsv:{line}: expected");
    assert!(stderr(&out).contains(&want), "{}", stderr(&out));
    assert!(!wd.path("out").exists());
}

#[test]
fn compressed_inputs_folders_and_stdin() {
    let wd = Workdir::new("inputs");
    let text = format!("{GOOD}\n");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(text.as_bytes()).unwrap();
    wd.write("dir/a.jsonl.gz", gz.finish().unwrap());
    let zst = ruzstd::encoding::compress_to_vec(
        text.as_bytes(),
        ruzstd::encoding::CompressionLevel::Fastest,
    );
    wd.write("dir/sub/b.jsonl.zst", zst);
    wd.write("dir/sub/c1.txt", "“Roads first,” said Bo Chen.");
    wd.write("dir/ignored.md", "not an input");
    let out = run(&wd, &[wd.path("dir").to_str().unwrap()], &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let (_, rows) = read_csv(&wd.path("out/quotes.csv"));
    let ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, vec!["g1", "g1", "c1"]);
    assert_eq!(rows[2][7], "Bo Chen");

    let out = output_with_stdin(wd.cmd(&["quotes", "-"]), text.as_bytes());
    assert_eq!(code(&out), 0);
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["quotes"][0]["speaker"], "Ana Ruiz");
}

#[test]
fn hostile_texts_never_panic() {
    let wd = Workdir::new("hostile");
    let texts = [
        "“",
        "”",
        "\"",
        "'",
        "‘’",
        "“”",
        "““““",
        "”””",
        "'''",
        "``",
        "''",
        "\"\"\"\"",
        "said",
        "said said said",
        ", said",
        "“x,” said",
        "“x,” said (",
        "“x,” said ((((",
        "“x,” said ))",
        "according to",
        "“a” according to ,",
        ":",
        "“a”:",
        "he said: “",
        "\u{0}\u{1}“\u{feff}”",
        "é“é”é",
        "“é,” said É.",
        "Reps. A (Miss.), B (",
        "“x” . . . . “y",
        "\n\n\n“\n\n”\n",
        "“It’s ‘nested “deep” quotes’ here,” she said.",
    ];
    let mut lines = String::new();
    for (i, t) in texts.iter().enumerate() {
        lines.push_str(&serde_json::json!({"id": i.to_string(), "text": t}).to_string());
        lines.push('\n');
    }
    let f = wd.write("hostile.jsonl", lines);
    let out = run(&wd, &[f.to_str().unwrap()], &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn a_folder_without_inputs_is_fatal() {
    let wd = Workdir::new("bad-empty-folder");
    wd.write("dir/notes.md", "nothing to read");
    let out = run(&wd, &[wd.path("dir").to_str().unwrap()], &[]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("folder holds no .jsonl"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn invalid_dates_are_kept_undated_and_reported() {
    let wd = Workdir::new("bad-date");
    let f = wd.write(
        "in.jsonl",
        "{\"id\":\"d1\",\"date\":\"2026-13-45\",\"text\":\"“Fine,” said Bo Chen.\"}\n",
    );
    let out = run(&wd, &[f.to_str().unwrap()], &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("1 articles have an invalid date"),
        "{}",
        stderr(&out)
    );
    let m = manifest(&wd);
    assert_eq!(m["invalid_dates"], 1);
    assert!(m["invalid_date_records"][0]["location"]
        .as_str()
        .unwrap()
        .ends_with("in.jsonl:1"));
    let (_, rows) = read_csv(&wd.path("out/quotes.csv"));
    assert_eq!(rows[0][2], "undated");
}
