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
