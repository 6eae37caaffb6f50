//! End-to-end: `quotestance run` on the sample articles in `data/`, the
//! README's first command.

use crate::util::{code, output, read_csv, stderr, Workdir};

const FILES: &[(&str, &[&str])] = &[
    (
        "quotes.csv",
        &[
            "article_id",
            "date",
            "period",
            "source",
            "quote_id",
            "char_start",
            "char_end",
            "speaker",
            "speakers",
            "speaker_mention",
            "speaker_role",
            "kind",
            "cue",
            "sentiment",
            "tone",
            "text",
        ],
    ),
    (
        "quote_targets.csv",
        &[
            "quote_id",
            "article_id",
            "period",
            "speaker",
            "speakers",
            "target",
            "mention",
            "stance",
            "score",
            "evidence",
        ],
    ),
    (
        "speakers.csv",
        &[
            "speaker",
            "role",
            "articles",
            "quotes",
            "mean_sentiment",
            "critical",
            "supportive",
            "neutral",
            "critical_share",
        ],
    ),
    (
        "critique_frequency.csv",
        &[
            "period",
            "speaker",
            "target",
            "quotes",
            "critical",
            "supportive",
            "critical_share",
        ],
    ),
    (
        "targets.csv",
        &[
            "period",
            "target",
            "quotes",
            "critical",
            "supportive",
            "net_stance",
        ],
    ),
];

fn run_sample(wd: &Workdir, extra: &[&str]) -> std::process::Output {
    let out_dir = wd.path("reports");
    let mut args = vec!["run", "data", "--out-dir", out_dir.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = output(wd.cmd(&args));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    out
}

/// `quotestance run` on our own JSONL lines; the rows of one report.
fn run_on(wd: &Workdir, jsonl: &str, report: &str) -> Vec<Vec<String>> {
    let input = wd.write("in.jsonl", jsonl);
    let out = output(wd.cmd(&[
        "run",
        input.to_str().unwrap(),
        "--out-dir",
        wd.path("out").to_str().unwrap(),
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    read_csv(&wd.path("out").join(report)).1
}

/// One of our own articles: `who` says the Port Commission failed the
/// harbor towns.
fn port_line(id: &str, who: &str) -> String {
    format!(
        r#"{{"id":"{id}","date":"2024-05-01","text":"\"The Port Commission failed the harbor towns,\" {who} said."}}"#
    )
}

fn row<'a>(rows: &'a [Vec<String>], key: &[(usize, &str)]) -> &'a Vec<String> {
    rows.iter()
        .find(|r| key.iter().all(|(i, v)| r[*i] == *v))
        .unwrap_or_else(|| panic!("no row with {key:?} in {rows:#?}"))
}

#[test]
fn writes_five_reports_with_documented_headers() {
    let wd = Workdir::new("run-headers");
    let out = run_sample(&wd, &[]);
    assert!(stderr(&out).contains("26 articles"), "{}", stderr(&out));
    for (file, header) in FILES {
        let (h, rows) = read_csv(&wd.path("reports").join(file));
        assert_eq!(&h, header, "{file}");
        assert!(!rows.is_empty(), "{file} is empty");
    }
    let manifest: serde_json::Value = serde_json::from_str(&wd.read("reports/run.json")).unwrap();
    assert_eq!(manifest["articles"], 26);
    assert_eq!(manifest["skipped"], 0);
    assert_eq!(manifest["lexicons"].as_array().unwrap().len(), 10);
    assert_eq!(
        manifest["lexicons"][0]["sha256"].as_str().unwrap().len(),
        64
    );
    assert!(manifest["seconds"]["total"].as_f64().unwrap() >= 0.0);
}

#[test]
fn hand_counted_aggregate_rows() {
    let wd = Workdir::new("run-rows");
    run_sample(&wd, &[]);
    let (_, speakers) = read_csv(&wd.path("reports/speakers.csv"));
    // Mei Lin: hc-003 (2 quotes), hc-007, hc-012, hc-019 → 5 quotes, 4 articles.
    let lin = row(&speakers, &[(0, "Mei Lin")]);
    assert_eq!((lin[2].as_str(), lin[3].as_str()), ("4", "5"), "{lin:?}");
    // Martin Kowalski: hc-001, hc-005, hc-006, hc-011 (3, one quote over
    // three paragraphs), hc-014, hc-018, hc-021 → 9 quotes in 7 articles;
    // "Kowalski" alone in hc-006 and hc-018 maps to the full name.
    let mk = row(&speakers, &[(0, "Martin Kowalski")]);
    assert_eq!((mk[2].as_str(), mk[3].as_str()), ("7", "9"), "{mk:?}");
    assert!(!speakers.iter().any(|r| r[0] == "Kowalski"));
    // The four-person joint letter in hc-006 counts for each signatory.
    for name in [
        "Priya Natarajan",
        "Omar Haddad",
        "Grace Miller",
        "Peter Novak",
    ] {
        row(&speakers, &[(0, name)]);
    }

    let (_, targets) = read_csv(&wd.path("reports/targets.csv"));
    // Week 41 (5-11 Oct 2026): the transit authority is named in hc-005
    // (Okafor) and hc-006 (joint letter), both critical.
    let t = row(&targets, &[(0, "2026-W41"), (1, "Metro Transit Authority")]);
    assert_eq!(&t[2..], &["2", "2", "0", "-1.0000"]);

    let (_, freq) = read_csv(&wd.path("reports/critique_frequency.csv"));
    let f = row(
        &freq,
        &[
            (0, "2026-W41"),
            (1, "Priya Natarajan"),
            (2, "Metro Transit Authority"),
        ],
    );
    assert_eq!(&f[3..], &["1", "1", "0", "1.0000"]);
    // Ortega on the governor: hc-009 (broken promise) and hc-017 (deserves
    // no credit) are critical; hc-023 (kept her promise) supportive.
    let crit: usize = freq
        .iter()
        .filter(|r| r[1] == "Luis Ortega" && r[2] == "Governor Wexler")
        .map(|r| r[4].parse::<usize>().unwrap())
        .sum();
    let sup: usize = freq
        .iter()
        .filter(|r| r[1] == "Luis Ortega" && r[2] == "Governor Wexler")
        .map(|r| r[5].parse::<usize>().unwrap())
        .sum();
    assert_eq!((crit, sup), (2, 1));
}

#[test]
fn every_target_row_has_evidence_unless_neutral() {
    let wd = Workdir::new("run-evidence");
    run_sample(&wd, &[]);
    let (_, rows) = read_csv(&wd.path("reports/quote_targets.csv"));
    for r in &rows {
        if r[7] != "neutral" {
            assert!(!r[9].is_empty(), "no evidence: {r:?}");
        }
    }
}

#[test]
fn every_critical_or_supportive_row_has_evidence_on_real_news() {
    let wd = Workdir::new("run-evidence-bbc");
    let bbc = crate::util::shared().join("corpus/bbc.jsonl");
    let reuters = crate::util::shared().join("corpus/reuters21578.jsonl");
    let out = output(wd.cmd(&[
        "run",
        bbc.to_str().unwrap(),
        reuters.to_str().unwrap(),
        "--out-dir",
        wd.path("out").to_str().unwrap(),
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let (_, rows) = read_csv(&wd.path("out/quote_targets.csv"));
    let judged: Vec<&Vec<String>> = rows.iter().filter(|r| r[7] != "neutral").collect();
    assert!(judged.len() >= 20, "{} judged rows", judged.len());
    for r in judged {
        assert!(!r[9].is_empty(), "no evidence: {r:?}");
    }
}

#[test]
fn reports_are_identical_with_one_thread_and_many() {
    let a = Workdir::new("run-t1");
    let b = Workdir::new("run-t4");
    run_sample(&a, &["--threads", "1"]);
    run_sample(&b, &["--threads", "4"]);
    for (file, _) in FILES {
        let x = std::fs::read(a.path("reports").join(file)).unwrap();
        let y = std::fs::read(b.path("reports").join(file)).unwrap();
        assert!(x == y, "{file} differs between --threads 1 and --threads 4");
    }
}

#[test]
fn period_flag_changes_the_time_tables() {
    let wd = Workdir::new("run-period");
    run_sample(&wd, &["--period", "month"]);
    let (_, rows) = read_csv(&wd.path("reports/targets.csv"));
    let periods: std::collections::BTreeSet<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        periods.into_iter().collect::<Vec<_>>(),
        vec!["2026-10", "2026-11"]
    );
    let out = output(wd.cmd(&["run", "data", "--period", "year"]));
    assert_eq!(code(&out), 2);
}

#[test]
fn no_ansi_codes_when_stderr_is_not_a_terminal() {
    let wd = Workdir::new("run-ansi");
    let out = run_sample(&wd, &[]);
    assert!(!stderr(&out).contains('\u{1b}'));
}

#[test]
fn an_anaphoric_alias_counts_only_in_an_article_that_names_its_target() {
    // Our own two articles, the same quote: only the first names Trump.
    let wd = Workdir::new("run-anaphoric");
    let quote = "\\\"The president has failed the harbor towns,\\\" Okafor said.";
    let jsonl = format!(
        "{{\"id\":\"a\",\"date\":\"2024-05-01\",\"text\":\"Trump visited the port on Monday. {quote}\"}}\n\
         {{\"id\":\"b\",\"date\":\"2024-05-01\",\"text\":\"Reagan visited the port on Monday. {quote}\"}}\n\
         {{\"id\":\"c\",\"date\":\"2024-05-01\",\"text\":\"\\\"Our plan will trump theirs,\\\" Okafor said.\"}}\n"
    );
    let rows = run_on(&wd, &jsonl, "quote_targets.csv");
    let ids: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[1].as_str(), r[5].as_str()))
        .collect();
    assert_eq!(ids, vec![("a", "Donald Trump")], "{rows:?}");
}

#[test]
fn a_surname_quoted_before_its_full_name_is_merged_into_it_in_the_tables() {
    // Our own articles: `Okafor` alone first, then Dana Okafor four times,
    // critical of the Port Commission each time.
    let wd = Workdir::new("run-surname-merge");
    let jsonl = [
        port_line("a", "Okafor"),
        port_line("b", "Dana Okafor"),
        port_line("c", "Dana Okafor"),
        port_line("d", "Dana Okafor"),
        port_line("e", "Dana Okafor"),
    ]
    .join("\n");
    let speakers = run_on(&wd, &jsonl, "speakers.csv");
    let names: Vec<&str> = speakers.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(names, vec!["Dana Okafor"], "{speakers:?}");
    let dana = row(&speakers, &[(0, "Dana Okafor")]);
    assert_eq!((dana[2].as_str(), dana[3].as_str()), ("5", "5"), "{dana:?}");
    let critique = read_csv(&wd.path("out").join("critique_frequency.csv")).1;
    let rows: Vec<(&str, &str)> = critique
        .iter()
        .map(|r| (r[1].as_str(), r[3].as_str()))
        .collect();
    assert_eq!(rows, vec![("Dana Okafor", "5")], "{critique:?}");
    // quotes.csv keeps the name as resolved when the article was read, and
    // run.json lists the merge.
    let quotes = read_csv(&wd.path("out").join("quotes.csv")).1;
    assert_eq!(quotes[0][7], "Okafor", "{quotes:?}");
    let run = std::fs::read_to_string(wd.path("out").join("run.json")).unwrap();
    let run: serde_json::Value = serde_json::from_str(&run).unwrap();
    assert_eq!(
        run["merged_speakers"],
        serde_json::json!([{"surname": "Okafor", "into": "Dana Okafor", "quotes": 1}])
    );
}

#[test]
fn a_title_description_resolves_to_the_holder_an_earlier_article_titled() {
    let wd = Workdir::new("run-corpus-titles");
    let jsonl = [
        // The title is written before the name here …
        r#"{"id":"a","date":"2024-05-01","text":"\"The ferry will run,\" said Prime Minister Dana Okafor."}"#,
        r#"{"id":"b","date":"2024-05-01","text":"Deputy Prime Minister Lee Marsh spoke on Friday."}"#,
        // … not here: the article only names her.
        r#"{"id":"c","date":"2024-05-02","text":"Dana Okafor met Ana Ruiz at the port.\n\n\"The fares will fall,\" the prime minister said."}"#,
        // A deputy is not the prime minister: Okafor is the one.
        r#"{"id":"d","date":"2024-05-03","text":"Dana Okafor and Lee Marsh met.\n\n\"We agree,\" the prime minister said."}"#,
        // Nobody named here ever had the title: it stays as written.
        r#"{"id":"e","date":"2024-05-04","text":"Ana Ruiz met Tom Reyes.\n\n\"No,\" the prime minister said."}"#,
    ]
    .join("\n");
    let quotes = run_on(&wd, &jsonl, "quotes.csv");
    let speakers: Vec<(&str, &str, &str)> = quotes
        .iter()
        .map(|r| (r[0].as_str(), r[7].as_str(), r[9].as_str()))
        .collect();
    assert_eq!(
        speakers,
        vec![
            ("a", "Dana Okafor", "Prime Minister Dana Okafor"),
            ("c", "Dana Okafor", "the prime minister"),
            ("d", "Dana Okafor", "the prime minister"),
            ("e", "the prime minister", "the prime minister"),
        ],
        "{quotes:?}"
    );
}

#[test]
fn speakers_show_the_most_frequent_role_and_no_occasions() {
    let wd = Workdir::new("run-roles");
    let jsonl = [
        r#"{"id":"a","date":"2024-05-01","text":"\"The ferry is late again,\" said Dana Okafor, speaking at the harbor."}"#,
        r#"{"id":"b","date":"2024-05-02","text":"\"The ferry is late,\" said Dana Okafor, a harbor pilot."}"#,
        r#"{"id":"c","date":"2024-05-03","text":"\"The ferry is always late,\" said Dana Okafor, a harbor pilot."}"#,
        r#"{"id":"d","date":"2024-05-04","text":"\"Fares must fall,\" said Lee Marsh, in Eastport."}"#,
        r#"{"id":"e","date":"2024-05-05","text":"In June Port Commissioner Tom Reyes said the fees were \"too high\"."}"#,
        r#"{"id":"f","date":"2024-05-06","text":"\"No,\" said Ana Ruiz, quoted by the Harbor Ledger."}"#,
        r#"{"id":"g","date":"2024-05-07","text":"\"Yes,\" said Sen. Pat Lin (D-Harbor), chairman of the ferry panel."}"#,
    ]
    .join("\n");
    let rows = run_on(&wd, &jsonl, "speakers.csv");
    assert_eq!(
        row(&rows, &[(0, "Dana Okafor")])[1],
        "harbor pilot",
        "{rows:?}"
    );
    assert_eq!(row(&rows, &[(0, "Lee Marsh")])[1], "", "{rows:?}");
    assert_eq!(
        row(&rows, &[(0, "Tom Reyes")])[1],
        "Port Commissioner",
        "{rows:?}"
    );
    assert_eq!(row(&rows, &[(0, "Ana Ruiz")])[1], "", "{rows:?}");
    assert_eq!(
        row(&rows, &[(0, "Pat Lin")])[1],
        "chairman of the ferry panel",
        "{rows:?}"
    );
}

#[test]
fn readme_shows_the_real_sample_output() {
    let wd = Workdir::new("run-readme");
    run_sample(&wd, &[]);
    let readme = std::fs::read_to_string(crate::util::root().join("README.md")).unwrap();
    for (file, lines) in [
        ("speakers.csv", 6),
        ("targets.csv", 3),
        ("quote_targets.csv", 2),
    ] {
        let text = wd.read(&format!("reports/{file}"));
        let head: Vec<&str> = text.lines().take(lines).collect();
        let block = format!("$ head -{lines} reports/{file}\n{}\n", head.join("\n"));
        assert!(
            readme.contains(&block),
            "README.md does not show the real head of {file}:\n{block}"
        );
    }
}

#[test]
fn descriptions_are_quoted_but_not_counted_as_speakers() {
    // Our own articles: `a spokesman` and `the official` are other people
    // in each article; `the Clinton campaign` is one body; Dana Okafor is
    // named.
    let wd = Workdir::new("run-descriptions");
    let jsonl = [
        port_line("a", "a spokesman"),
        port_line("b", "a spokesman"),
        port_line("c", "the official"),
        port_line("d", "the Clinton campaign"),
        port_line("e", "Dana Okafor"),
    ]
    .join("\n");
    let speakers = run_on(&wd, &jsonl, "speakers.csv");
    let names: Vec<&str> = speakers.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        names,
        vec!["Dana Okafor", "the Clinton campaign"],
        "{speakers:?}"
    );
    let critique = read_csv(&wd.path("out").join("critique_frequency.csv")).1;
    let who: Vec<&str> = critique.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        who,
        vec!["Dana Okafor", "the Clinton campaign"],
        "{critique:?}"
    );
    // quotes.csv keeps every speaker as written; targets.csv counts every
    // quote; run.json counts the three left out.
    let quotes = read_csv(&wd.path("out").join("quotes.csv")).1;
    let spoken: Vec<&str> = quotes.iter().map(|r| r[7].as_str()).collect();
    assert_eq!(
        spoken,
        vec![
            "a spokesman",
            "a spokesman",
            "the official",
            "the Clinton campaign",
            "Dana Okafor"
        ]
    );
    let targets = read_csv(&wd.path("out").join("targets.csv")).1;
    assert_eq!(targets[0][2], "5", "{targets:?}");
    let run = std::fs::read_to_string(wd.path("out").join("run.json")).unwrap();
    let run: serde_json::Value = serde_json::from_str(&run).unwrap();
    assert_eq!(run["quotes_by_description"], 3);
    assert_eq!(run["quotes_with_speaker"], 5);
}
