//! The real article in `../shared/golden/` (read from there, never copied)
//! against its hand-checked expected quotes, speakers, kinds, tones and
//! named-target stances.

use serde_json::Value;

use crate::util::{code, output, shared, stdout, Workdir};

fn predicted() -> Vec<Value> {
    let wd = Workdir::new("golden");
    let article = shared().join("golden").join("seed_article.txt");
    let out = output(wd.cmd(&["quotes", article.to_str().unwrap()]));
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let line = stdout(&out);
    let v: Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(v["id"], "seed_article");
    v["quotes"].as_array().unwrap().clone()
}

fn expected() -> Value {
    let p = shared().join("golden").join("seed_article.expected.json");
    serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap()
}

/// The prediction whose char span equals the expected one.
fn find<'a>(pred: &'a [Value], exp: &Value) -> &'a Value {
    pred.iter()
        .find(|q| q["char_start"] == exp["char_start"] && q["char_end"] == exp["char_end"])
        .unwrap_or_else(|| {
            panic!(
                "expected quote not found at {}..{}: {}\npredicted: {:#?}",
                exp["char_start"], exp["char_end"], exp["text"], pred
            )
        })
}

#[test]
fn every_quote_is_found_with_its_text_and_offsets() {
    let pred = predicted();
    let exp = expected();
    let text = std::fs::read_to_string(shared().join("golden").join("seed_article.txt")).unwrap();
    for e in exp["quotes"].as_array().unwrap() {
        let p = find(&pred, e);
        assert_eq!(p["text"], e["text"]);
        assert_eq!(p["byte_start"], e["byte_start"]);
        assert_eq!(p["byte_end"], e["byte_end"]);
        let (bs, be) = (
            p["byte_start"].as_u64().unwrap() as usize,
            p["byte_end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[bs..be], p["text"].as_str().unwrap());
    }
    // The scare quote "small group" is not attributed to a speaker.
    for p in &pred {
        if p["text"] == "small group" {
            assert_ne!(p["kind"], "direct");
        }
    }
}

#[test]
fn speakers_including_joint_statement_and_pronouns() {
    let pred = predicted();
    for e in expected()["quotes"].as_array().unwrap() {
        let p = find(&pred, e);
        assert_eq!(
            p["speaker"],
            e["speaker"].as_str().unwrap().split("; ").next().unwrap(),
            "speaker of {}",
            e["text"]
        );
        assert_eq!(p["speakers"], e["speakers"], "speakers of {}", e["text"]);
    }
}

#[test]
fn kinds_and_tones() {
    let pred = predicted();
    for e in expected()["quotes"].as_array().unwrap() {
        let p = find(&pred, e);
        assert_eq!(p["kind"], e["kind"], "kind of {}", e["text"]);
        assert_eq!(p["tone"], e["tone"], "tone of {}", e["text"]);
    }
}

#[test]
fn named_target_stances_with_evidence() {
    let pred = predicted();
    for e in expected()["quotes"].as_array().unwrap() {
        let p = find(&pred, e);
        for (target, stance) in e["named_targets"].as_object().unwrap() {
            let t = p["targets"]
                .as_array()
                .unwrap()
                .iter()
                .find(|t| t["target"] == target.as_str())
                .unwrap_or_else(|| {
                    panic!(
                        "target {target} not found in {}: {:#?}",
                        e["text"], p["targets"]
                    )
                });
            assert_eq!(
                &t["stance"], stance,
                "stance toward {target} in {}",
                e["text"]
            );
            assert!(
                !t["evidence"].as_array().unwrap().is_empty(),
                "no evidence for {target}"
            );
        }
    }
}

#[test]
fn roles_from_appositions() {
    let pred = predicted();
    let roles: Vec<(String, String)> = pred
        .iter()
        .filter_map(|q| {
            Some((
                q["speaker"].as_str()?.to_string(),
                q["speaker_role"].as_str()?.to_string(),
            ))
        })
        .collect();
    assert!(
        roles.contains(&(
            "Suzanne Spaulding".into(),
            "former senior Homeland Security official".into()
        )),
        "{roles:?}"
    );
    assert!(
        roles.iter().any(
            |(s, r)| s == "David Becker" && r.starts_with("former Justice Department official")
        ),
        "{roles:?}"
    );
}
