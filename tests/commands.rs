//! `quotes`, `score`, `explain` and the examples from `--help`.

use crate::util::{code, output, output_with_stdin, stderr, stdout, Workdir};

#[test]
fn quotes_prints_one_json_line_per_article_with_every_field() {
    let wd = Workdir::new("quotes");
    let out = output(wd.cmd(&["quotes", "data/sample_articles.jsonl"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 26);
    let v: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(v["id"], "hc-001");
    let q = &v["quotes"][0];
    for field in [
        "char_start",
        "char_end",
        "byte_start",
        "byte_end",
        "text",
        "kind",
        "cue",
        "speaker",
        "speakers",
        "speaker_mention",
        "speaker_role",
        "sentiment",
        "tone",
        "targets",
    ] {
        assert!(q.get(field).is_some(), "missing {field}");
    }
    assert_eq!(q["speaker"], "Priya Natarajan");
    assert_eq!(q["tone"], "critical");
}

#[test]
fn score_sentences_and_targets() {
    let wd = Workdir::new("score");
    let input = concat!(
        r#"{"id":"s1","text":"This is a wonderful, hopeful day."}"#,
        "\n",
        r#"{"id":"s2","text":"The mayor praised the plan, but the governor failed to act.","target_start":31,"target_end":43}"#,
        "\n",
        r#"{"id":"s3","text":"oops","target_start":9,"target_end":12}"#,
        "\n",
    );
    let out = output_with_stdin(wd.cmd(&["score", "-"]), input.as_bytes());
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "s1");
    assert_eq!(lines[0]["label"], "positive");
    assert_eq!(lines[1]["label"], "negative");
    assert!(lines[1]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e == "failed to"));
    assert!(
        stderr(&out).contains("-:3: target offsets"),
        "{}",
        stderr(&out)
    );
}

/// `score` reads its input in blocks cut into pieces for the threads: over
/// many pieces, every record comes out once, in order, and each bad record
/// is named by its own line (blank lines, `\r\n` endings and invalid UTF-8
/// included); `--strict` writes the records before the first bad one.
#[test]
fn score_keeps_order_and_line_numbers_across_blocks() {
    let wd = Workdir::new("score-blocks");
    let mut input: Vec<u8> = Vec::new();
    let mut bad_lines = Vec::new();
    let mut ids = Vec::new();
    for n in 1..=6000u32 {
        match n % 1000 {
            17 => input.extend_from_slice(b"\r\n"),
            500 => {
                input.extend_from_slice(b"{\"id\":\"broken\n");
                bad_lines.push(n);
            }
            999 => {
                input.extend_from_slice(b"{\"id\":1,\"text\":\"caf\xe9\"}\n");
                bad_lines.push(n);
            }
            _ => {
                let line = format!(
                    "{{\"id\":{n},\"text\":\"Record {n} is a good and hopeful sentence, with some words to fill the line.\"}}\r\n"
                );
                input.extend_from_slice(line.as_bytes());
                ids.push(n);
            }
        }
    }
    assert!(input.len() > 400_000, "spans several pieces");
    let file = wd.write("many.jsonl", &input);
    let file = file.to_str().unwrap();
    let out = output(wd.cmd(&["score", file, "--threads", "2"]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let got: Vec<u64> = stdout(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(got, ids.iter().map(|&n| u64::from(n)).collect::<Vec<_>>());
    let err = stderr(&out);
    for n in &bad_lines {
        assert!(
            err.contains(&format!("many.jsonl:{n}: ")),
            "line {n}: {err}"
        );
    }
    assert_eq!(err.matches("skipped").count(), bad_lines.len(), "{err}");
    assert!(err.contains("did not contain valid UTF-8"), "{err}");

    let strict = output(wd.cmd(&["score", file, "--strict"]));
    assert_eq!(code(&strict), 1, "{}", stderr(&strict));
    assert!(
        stderr(&strict).contains("many.jsonl:500: malformed JSON"),
        "{}",
        stderr(&strict)
    );
    let written = stdout(&strict).lines().count();
    assert_eq!(written, ids.iter().filter(|&&n| n < 500).count());
}

#[test]
fn explain_shows_rules_and_target_stance() {
    let wd = Workdir::new("explain");
    let out = output(wd.cmd(&[
        "explain",
        "The President deserves no special credit, and it is not good.",
        "--target",
        "Donald Trump",
    ]));
    assert_eq!(code(&out), 0);
    let s = stdout(&out);
    assert!(s.contains("deserves no special credit"), "{s}");
    assert!(s.contains("negated"), "{s}");
    assert!(
        s.contains("target Donald Trump (\"The President\"): critical"),
        "{s}"
    );
    // The fitted stance model's cues, with their push toward the label.
    assert!(s.contains("stance model cues (push toward critical"), "{s}");
    assert!(s.contains("clause<"), "{s}");
}

#[test]
fn score_features_lists_the_stance_cues_the_fit_script_reads() {
    let wd = Workdir::new("features");
    let input = r#"{"id":"f1","text":"Critics said the mayor failed to act.","target_start":17,"target_end":22}"#;
    let out = output_with_stdin(wd.cmd(&["score", "--features", "-"]), input.as_bytes());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["id"], "f1");
    let cues: Vec<&str> = v["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p[0].as_str().unwrap())
        .collect();
    for c in ["bias", "score", "L1:the", "R1:failed", "C:act", "B:the <T>"] {
        assert!(cues.contains(&c), "{c} not in {cues:?}");
    }
}

#[test]
fn help_lists_exit_codes_and_examples() {
    let wd = Workdir::new("help");
    let out = output(wd.cmd(&["--help"]));
    assert_eq!(code(&out), 0);
    let s = stdout(&out);
    assert!(s.contains("EXIT CODES"));
    assert!(s.contains("3  finished, but some records were skipped"));
    let out = output(wd.cmd(&["frobnicate"]));
    assert_eq!(code(&out), 2);
}

#[test]
fn eval_quotes_scores_a_users_gold_file() {
    let wd = Workdir::new("eval");
    let text = "“We will fix the roads,” said Mayor Ana Ruiz. Critics called it a “fantasy.”";
    // Gold offsets include the marks, as in PolNeAR.
    let gold = serde_json::json!({"id": "g1", "text": text, "quotes": [
        {"start": 0, "end": 24, "speaker": "Mayor Ana Ruiz", "kind": "direct"},
        {"start": 67, "end": 76, "speaker": "Critics", "kind": "mixed"},
        {"start": 46, "end": 53, "speaker": "nobody", "kind": "direct"}
    ]});
    let f = wd.write("gold.jsonl", format!("{gold}\n"));
    let out = output(wd.cmd(&["eval", "quotes", "--gold", f.to_str().unwrap(), "--json"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["gold_quotes"], 3);
    assert_eq!(v["tp"], 2, "{v}");
    assert_eq!(v["fn"], 1);
    assert_eq!(v["speaker_correct"], 2);
    let out = output(wd.cmd(&[
        "eval",
        "quotes",
        "--gold",
        f.to_str().unwrap(),
        "--kinds",
        "direct",
        "--json",
    ]));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["gold_quotes"], 2);
    assert_eq!(
        v["pred_quotes"], 1,
        "the partial quote matches an excluded gold quote: ignored"
    );
}
