//! Attribution patterns, one sentence each (sentences written for these
//! tests): the speaker mention found for each quote, as written.

use quotestance::lexicon::Lexicon;
use quotestance::quotes::extract_quotes;

fn lexicon() -> &'static Lexicon {
    static LEX: std::sync::LazyLock<Lexicon> = std::sync::LazyLock::new(|| {
        Lexicon::load(&crate::util::root().join("lexicons"), &[]).unwrap()
    });
    &LEX
}

/// (quote text, speaker mention) of every quote in `text`.
fn mentions(text: &str) -> Vec<(String, Option<String>)> {
    extract_quotes(text, lexicon())
        .into_iter()
        .map(|q| (text[q.span].to_string(), q.speaker_mention))
        .collect()
}

fn mention_of(text: &str) -> Option<String> {
    let m = mentions(text);
    assert_eq!(m.len(), 1, "one quote in {text:?}: {m:?}");
    m.into_iter().next().and_then(|(_, s)| s)
}

/// Each text has one quote, resolved to its speaker.
fn assert_speakers(cases: &[(&str, &str)]) {
    for &(text, who) in cases {
        let (_, s) = speaker_of(text);
        assert_eq!(s.as_deref(), Some(who), "{text}");
    }
}

/// What `later` becomes in an article after `times` articles quoted
/// `known` (the speakers across articles, [`CorpusNames`]).
///
/// [`CorpusNames`]: quotestance::quotes::corpus::CorpusNames
fn across_articles(known: &str, times: usize, later: &str) -> String {
    let mut corpus = quotestance::quotes::corpus::CorpusNames::default();
    corpus.learn_and_apply(&mut vec![known.to_string(); times], lexicon());
    let mut later = vec![later.to_string()];
    corpus.learn_and_apply(&mut later, lexicon());
    later.remove(0)
}

/// The resolved speaker of every quote in `text`.
fn speakers_of(text: &str) -> Vec<Option<String>> {
    extract_quotes(text, lexicon())
        .into_iter()
        .map(|q| q.speaker)
        .collect()
}

/// The resolved speaker of the last quote, of [`speakers_of`]'s list.
fn last(s: &[Option<String>]) -> Option<&str> {
    s.last().and_then(|x| x.as_deref())
}

/// (speaker mention, resolved speaker) of the only quote in `text`.
fn speaker_of(text: &str) -> (Option<String>, Option<String>) {
    let q = extract_quotes(text, lexicon());
    assert_eq!(q.len(), 1, "one quote in {text:?}: {q:?}");
    let q = q.into_iter().next().unwrap();
    (q.speaker_mention, q.speaker)
}

#[test]
fn transcript_labels_inside_the_quote_name_the_speaker() {
    let text = "\"HOST: Mayor, will the new bus lanes open before winter or not?\n\n\"ORTEGA: They will open in November, and every route will run by then.";
    let m = mentions(text);
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("HOST"));
    assert_eq!(m[1].1.as_deref(), Some("ORTEGA"));
}

#[test]
fn pointed_out_reports_speech() {
    assert_eq!(
        mention_of("As the analyst Dana Reyes pointed out in May, “the ferry budget has not grown in nine years.”").as_deref(),
        Some("Dana Reyes")
    );
}

#[test]
fn a_day_after_said_is_not_the_speaker() {
    assert_eq!(
        mention_of(
            "“We expect the vote to pass,” council leader Ana Ruiz, D-Harbor, said Tuesday."
        )
        .as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn a_characterising_verb_after_the_quote_takes_no_object_as_speaker() {
    // "described the cost as …": "the cost" is the object.
    let m = mentions(
        "Ruiz, who estimates that the repairs were \"in the seven figures,\" described the cost as \"ruinous. It really hurts the town,\" she said.",
    );
    assert!(
        m.iter().all(|(_, s)| s.as_deref() != Some("the cost")),
        "{m:?}"
    );
}

#[test]
fn a_sentence_opening_with_a_connective_does_not_name_it() {
    let m = mentions("Or, as one resident of the valley put it: “The river decides, not us.”");
    assert!(m.iter().all(|(_, s)| s.as_deref() != Some("Or")), "{m:?}");
}

#[test]
fn the_name_opening_a_chain_of_appositions_is_the_speaker() {
    assert_eq!(
        mention_of("“The bridge has to come first,” Maria Lopez, 41, of Eastfield, Ore., who rides the ferry daily, said on the dock.").as_deref(),
        Some("Maria Lopez")
    );
}

#[test]
fn according_to_a_persons_role_names_a_speaker_and_to_a_document_does_not() {
    assert_eq!(
        mention_of(
            "According to her longtime physician, “The mayor is in excellent health and will serve out her term.”"
        )
        .as_deref(),
        Some("her longtime physician")
    );
    let m = mentions(
        "According to its annual report, “The agency is on a sound footing and will hire again.”",
    );
    assert!(
        m.iter()
            .all(|(_, s)| s.as_deref() != Some("its annual report")),
        "{m:?}"
    );
}

#[test]
fn a_name_right_before_a_participle_is_its_speaker() {
    assert_eq!(
        mention_of("The storm reopened a debate over how the county responds to floods, with Councillor Ana Ruiz telling reporters the plan was “simply too late” for the valley.").as_deref(),
        Some("Councillor Ana Ruiz")
    );
}

#[test]
fn the_listener_after_told_is_not_the_speaker() {
    let m = mentions("On Friday, Kowalski — named by the paper as the likely successor — told Mei Lin of the Gazette that “the job has to be taken very seriously.”");
    assert!(
        m.iter().all(|(_, s)| s.as_deref() != Some("Mei Lin")),
        "{m:?}"
    );
}

#[test]
fn as_x_put_it_names_x() {
    assert_eq!(
        mention_of("As the Gazette put it, “The ferry is the town’s only road.”").as_deref(),
        Some("the Gazette")
    );
}

#[test]
fn a_full_name_label_in_a_transcript_names_the_speaker() {
    let m = mentions("\"Dana Reyes: Seriously, who pays for the new bridge in the end?");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("Dana Reyes"));
}

#[test]
fn a_title_quoted_earlier_in_the_sentence_does_not_hide_the_speaker() {
    let m = mentions("Council leader Ana Ruiz told the “Morning Harbor” show that if the levy passes, the ferry “will run every hour by spring.”");
    let last = m.last().expect("a quote");
    assert_eq!(last.0, "will run every hour by spring.");
    assert_eq!(last.1.as_deref(), Some("Ana Ruiz"), "{m:?}");
}

#[test]
fn a_headline_in_capitals_before_a_colon_is_not_the_speaker() {
    assert_eq!(
        mention_of("FERRY FARES RISE AGAIN - Dana Reyes: “The board had no other way to balance the books this year.”").as_deref(),
        Some("Dana Reyes")
    );
}

#[test]
fn an_adverb_before_said_is_skipped() {
    let m = mentions("Councillor Ana Ruiz used to back the plan, but now said the town had “no money left for the bridge.”");
    assert!(m.iter().all(|(_, s)| s.as_deref() != Some("now")), "{m:?}");
}

#[test]
fn a_title_after_a_media_noun_or_preposition_is_not_a_quote() {
    let m = mentions("“We keep going,” Ruiz said on the radio show “Harbor Morning.” She spoke again on “Ferry Talk.”");
    let texts: Vec<&str> = m.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, vec!["We keep going,"], "{m:?}");
}

#[test]
fn a_title_after_a_media_noun_and_a_comma_is_not_a_quote() {
    let m = mentions("Ruiz, who also hosts the weekly radio program, “Harbor Matters Tonight,” said the ferry “cannot wait another year.”");
    let texts: Vec<&str> = m.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, vec!["cannot wait another year."], "{m:?}");
}

#[test]
fn a_phrase_inside_a_relative_clause_is_not_the_speaker() {
    assert_eq!(
        mention_of("Councillor Ana Ruiz, the member who chairs the Harbor Committee, which oversees the ferry, said the fares \"cannot rise again\" this year.").as_deref(),
        Some("Councillor Ana Ruiz")
    );
}

#[test]
fn an_opening_phrase_with_a_place_is_not_the_subject() {
    assert_eq!(
        mention_of("Speaking at the pier in Eastfield, Oregon, Ruiz went after the board, calling its plan “a costly mistake.”").as_deref(),
        Some("Ruiz")
    );
}

#[test]
fn a_time_expression_is_never_the_speaker() {
    // The participle's subject, not the day before it.
    assert_eq!(
        mention_of("The port authority sent a letter on Friday morning saying that the ferry schedule \"cannot survive another cut.\"").as_deref(),
        Some("The port authority")
    );
    // Not the name of a chain ending in a day: the description is the speaker.
    assert_eq!(
        mention_of("At the library forum in Dover, Delaware Tuesday, the ferry advocate replied: “We have waited long enough for this.”").as_deref(),
        Some("the ferry advocate")
    );
}

#[test]
fn the_subject_after_several_opening_phrases() {
    assert_eq!(
        mention_of("On Monday, after weeks of silence on the matter, Ruiz spoke to the council, saying, “The bridge will reopen in spring.”").as_deref(),
        Some("Ruiz")
    );
    // A determiner phrase after an opening phrase is the subject.
    assert_eq!(
        mention_of("In two separate letters, the commissioner pushed back, saying she did not \"plan to resign\" over the delays.").as_deref(),
        Some("the commissioner")
    );
}

#[test]
fn a_colon_introduction_keeps_lower_case_descriptors_of_the_subject() {
    assert_eq!(
        mention_of("Former Democratic mayoral candidate Ana Ruiz summed up her vote for the Harbor Gazette: “The fares were simply too high.”").as_deref(),
        Some("Former Democratic mayoral candidate Ana Ruiz")
    );
}

#[test]
fn present_tense_verbs_of_headlines_and_leads() {
    let m = mentions("Ruiz accuses the board of \"hiding the numbers\" while Ortega insists the budget is \"balanced.\"");
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("Ruiz"));
}

#[test]
fn a_name_after_a_preposition_in_an_apposition_chain_is_not_the_speaker() {
    assert_eq!(
        mention_of("But Ana Ruiz, the director of Harbor Watch, a group that has sued the port, said that ''the damage is done.''").as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn a_headline_label_before_a_colon_names_the_speaker() {
    assert_eq!(
        mention_of("Ruiz: Port Deal Is ‘A Win For Every Ferry Rider.’\n\nThe deal was signed.")
            .as_deref(),
        Some("Ruiz")
    );
    // A section label is not a speaker.
    let m =
        mentions("The Latest: Port Deal Is ‘A Win For Every Ferry Rider.’\n\nThe deal was signed.");
    assert!(
        m.iter().all(|(_, s)| s.as_deref() != Some("The Latest")),
        "{m:?}"
    );
}

#[test]
fn lower_case_descriptors_with_of_or_a_date_before_a_name_after_said() {
    assert_eq!(
        mention_of(
            "“The harbor has waited long enough,” said former secretary of transport Ana Ruiz."
        )
        .as_deref(),
        Some("Ana Ruiz")
    );
    assert_eq!(
        mention_of("“We want answers,” said 9/11 survivor Tom Reyes.").as_deref(),
        Some("Tom Reyes")
    );
}

#[test]
fn a_verb_right_after_a_partial_quote_that_ends_with_its_own_question_mark() {
    assert_eq!(
        mention_of("The board says it will wait, but critics disagree — “why wait for another flood?” asked Ruiz, a harbor pilot.").as_deref(),
        Some("Ruiz")
    );
    // A clause of its own after the quote does not take it from the verb before.
    assert_eq!(
        mention_of("Although Ortega told the paper that the plan had “been ready for some time,” he said the money never came.").as_deref(),
        Some("Ortega")
    );
}

#[test]
fn a_quote_after_a_sentence_that_ends_in_a_web_address_is_direct() {
    let q = extract_quotes(
        "Neighbors were shaken, according to HarborNews.com. “She fixed every bike on the block,” her neighbor Tom Reyes told the site.",
        lexicon(),
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind.as_str(), "direct");
    assert_eq!(q[0].speaker_mention.as_deref(), Some("Tom Reyes"));
}

#[test]
fn a_second_predicate_takes_the_sentences_subject() {
    assert_eq!(
        mention_of(
            "Ruiz returned to the podium a few minutes later and declared, “The ferry will run.”"
        )
        .as_deref(),
        Some("Ruiz")
    );
    assert_eq!(
        mention_of("Councilwoman Ana Ruiz used to back the mayor, but now said Ortega had “lost the harbor’s trust.”").as_deref(),
        Some("Councilwoman Ana Ruiz")
    );
}

#[test]
fn a_colon_introduction_after_a_connective_or_an_opening_clause() {
    assert_eq!(
        mention_of("And Ms. Ruiz gloated: “The ferry will run on time.”").as_deref(),
        Some("Ms. Ruiz")
    );
}

#[test]
fn the_pronoun_of_what_he_called_is_the_named_subject() {
    assert_eq!(
        mention_of("Councilwoman Ana Ruiz said the port must answer what she called a ''ferry crisis'' before winter.").as_deref(),
        Some("Councilwoman Ana Ruiz")
    );
}

#[test]
fn passive_agents_and_names_before_a_prepositional_phrase() {
    assert_eq!(
        mention_of("Ruiz was asked by harbor reporter Tom Reyes whether the plan would be “another expensive promise to the riders.”").as_deref(),
        Some("Tom Reyes")
    );
    assert_eq!(
        mention_of("The debate turned when Ortega in his opening speech called the ferry board “a club for insiders” and left.").as_deref(),
        Some("Ortega")
    );
    // A clause ending in a past tense is not the speaker of the next verb.
    assert_eq!(
        mention_of("A source close to Ortega said the files that were hacked suggested the intruders wanted “shipping data.”").as_deref(),
        Some("A source close to Ortega")
    );
}

#[test]
fn a_pronoun_or_name_and_a_past_tense_after_a_quote_attribute_it() {
    let m = mentions("Ruiz waved at the crowd. “Will the ferry run?” Ortega pressed. “People are tired of waiting,” she surmised.");
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("Ortega"));
    assert_eq!(m[1].1.as_deref(), Some("she"));
    // A determiner phrase with a name: "an angry Ruiz retorted".
    assert_eq!(
        mention_of("Ortega spoke first. “The ferry will run,” an angry Ruiz snickered.").as_deref(),
        Some("an angry Ruiz")
    );
}

#[test]
fn a_colon_after_an_opening_clause_and_a_platform_before_a_participle() {
    // The verb of the "When …," clause does not introduce the quote.
    assert_eq!(
        mention_of("When Ortega suggested that the port would sue, Ruiz fired back: “If they sue us, they will lose.”").as_deref(),
        Some("Ruiz")
    );
    // "on Facebook writing": the platform is not the writer.
    assert_eq!(
        mention_of("Ruiz answered the question on Facebook writing, “Yes, the ferry will run.”")
            .as_deref(),
        Some("Ruiz")
    );
}

#[test]
fn a_short_quoted_name_inside_the_attribution_does_not_end_it() {
    assert_eq!(
        mention_of_first("“We have waited long enough,” harbor pilot Tom Reyes, wearing a cap and “Ferry Now” pins, said after the vote."),
        Some("Tom Reyes".to_string())
    );
}

/// The speaker mention of the first quote in `text`.
fn mention_of_first(text: &str) -> Option<String> {
    mentions(text).into_iter().next().and_then(|(_, s)| s)
}

#[test]
fn the_next_sentence_with_its_own_object_is_not_the_attribution() {
    let m = mentions("Ruiz said, “The harbor has a problem we try to overlook.” The pilot then recalled a night on the water.");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("Ruiz"));
    // "He added that …" starts a new statement too.
    let m = mentions("Ortega issued a statement saying, “We will run the ferry.” He added that the schedule would change.");
    assert_eq!(m[0].1.as_deref(), Some("Ortega"));
    // "“….” Ruiz said Tuesday." still attributes.
    let m = mentions("The vote is near. “We will win.” Ruiz said Tuesday.");
    assert_eq!(m[0].1.as_deref(), Some("Ruiz"));
}

#[test]
fn a_name_after_from_or_a_dash_right_before_a_colon() {
    assert_eq!(
        mention_of("Ferry riders are losing patience - More from Ruiz: “The schedule has not changed in years.”").as_deref(),
        Some("Ruiz")
    );
    assert_eq!(
        mention_of("Pilots agree - Tom Reyes: “Keep the boats running as late as possible.”")
            .as_deref(),
        Some("Tom Reyes")
    );
}

#[test]
fn a_quote_set_off_by_dashes_belongs_to_the_sentence() {
    let m = mentions("''He pays nothing for the ferry,'' said Mrs. Ruiz.\n\nMr. Ortega hardly clarified the matter, treating Mrs. Ruiz's remark first as a compliment -- ''That makes me smart'' -- and, when questioned after the debate, asserting, ''Of course, I pay my fares.''");
    assert_eq!(m.len(), 3, "{m:?}");
    assert_eq!(m[1].1.as_deref(), Some("Mr. Ortega"));
    assert_eq!(m[2].1.as_deref(), Some("Mr. Ortega"));
}

#[test]
fn particle_verbs_of_speech_after_a_quote() {
    let m = mentions("Ruiz spoke first.\n\n“You know, it happens, right?” Ortega went on, as if he had not heard. “But you get over it.”\n\n“They are all here for free rides,” Reyes shot back with a laugh.");
    assert_eq!(m.len(), 3, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("Ortega"));
    assert_eq!(m[2].1.as_deref(), Some("Reyes"));
}

#[test]
fn an_opening_participle_phrase_and_adverbs_are_not_speakers() {
    assert_eq!(
        mention_of(
            "Appearing on TV, the port chairman said the mayor \"caused the delays\" all year."
        )
        .as_deref(),
        Some("the port chairman")
    );
    assert_eq!(
        mention_of("The harbor board has always called itself an “open” body.").as_deref(),
        Some("The harbor board")
    );
}

#[test]
fn a_phrase_right_after_a_reported_sentence_is_that_speakers() {
    let m = mentions("Reyes said the ferry cuts are unlikely to last. Ridership was \"flat for about a month or six weeks\" as riders waited.");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("Reyes"));
    // A one- or two-word scare quote after it is still dropped.
    let m = mentions(
        "Reyes said the ferry cuts are unlikely to last. Ridership was \"flat\" as riders waited.",
    );
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn a_story_headline_credited_by_its_writer_is_not_a_quote() {
    let m = mentions("NOW OPEN—\"Ferry museum opens on the pier,\" by Gazette's Tom Reyes: \"Curators of a new museum want riders to stay.\"");
    assert!(
        m.iter().all(|(t, _)| !t.starts_with("Ferry museum")),
        "{m:?}"
    );
    // A book's title in title case before its author is no quote either …
    let m = mentions("One of his recent reads, ''Harbor Of Small Ships,'' by T.R. Okafor, about the old port, drove that point home.");
    assert!(m.is_empty(), "{m:?}");
    // … but a phrase before `by` and a name in a sentence is.
    let m = mentions("Mayor Ruiz said she was “deeply troubled” by Councilman Reyes.");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("Mayor Ruiz"));
}

#[test]
fn a_verb_with_a_that_clause_reports_its_subjects_view() {
    assert_eq!(
        mention_of("Her campaign protested that the port aides were being \"disingenuous\" about the schedule.").as_deref(),
        Some("Her campaign")
    );
    assert_eq!(
        mention_of(
            "HarborCheck then ruled that the mayor's claim about ferries is “true,” with caveats."
        )
        .as_deref(),
        Some("HarborCheck")
    );
}

#[test]
fn descriptors_and_a_name_after_an_opening_phrase_before_a_colon() {
    assert_eq!(
        mention_of("But after Tuesday's vote, harbor columnist Tom Reyes imagined the mayor was thinking: “What have I done?”").as_deref(),
        Some("harbor columnist Tom Reyes")
    );
}

#[test]
fn a_day_phrase_between_the_speaker_and_the_verb() {
    for text in [
        "Ruiz on Sunday thanked the crew “for their support in my campaign” and left.",
        "Ruiz late Sunday thanked the crew “for their support in my campaign” and left.",
    ] {
        assert_eq!(mention_of(text).as_deref(), Some("Ruiz"), "{text}");
    }
}

#[test]
fn a_title_with_a_colon_inside_a_sentence_is_no_transcript_label() {
    let m = mentions("Reyes had hoped to reissue his biography, ''Harbor Kings: The Many Lives of the Port,'' said the editor.");
    assert!(
        m.iter().all(|(_, s)| s.as_deref() != Some("Harbor Kings")),
        "{m:?}"
    );
}

#[test]
fn a_lone_determiner_is_no_speaker() {
    let m = mentions("Following a swiftly called, late-afternoon meeting, the harbor board issued a statement calling the spill \"a clear violation of the rules.\"");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_ne!(m[0].1.as_deref(), Some("a"));
}

#[test]
fn began_by_saying_and_an_age_before_a_colon_introduction() {
    assert_eq!(
        mention_of("When she returned she began by saying, “I don’t think the ferry should stop.”")
            .as_deref(),
        Some("she")
    );
    let m = mentions("The crowd cheered.\n\n17-year-old Ana Ruiz echoed:\n\n“She speaks her mind, and the harbor needs that.”");
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(
        m[0].1.as_deref().is_some_and(|s| s.contains("Ana Ruiz")),
        "{m:?}"
    );
}

#[test]
fn said_before_a_reported_clause_names_no_speaker_after_it() {
    let m = mentions("Ms. Lane, citing ''the growing pressure on farmers,'' said the senator could be in trouble next year.");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("Ms. Lane"));
}

#[test]
fn names_inside_an_opening_phrase_are_no_speakers() {
    assert_eq!(
        mention_of(
            "Appearing on NBC's Meet the Press, the Ohio governor said the plan was “reckless.”"
        )
        .as_deref(),
        Some("the Ohio governor")
    );
    assert_eq!(
        mention_of("At a fair that month in Salem, Ore., the retired harbor pilot ended her talk by quoting an old captain: “Every storm ends at the pier.”")
            .as_deref(),
        Some("the retired harbor pilot")
    );
}

#[test]
fn a_comma_inside_a_quoted_title_does_not_end_the_apposition() {
    assert_eq!(
        mention_of("Okafor, the author of \"Harbor Lights,\" about the decline of river towns, said the docks had \"a shared story\" once.")
            .as_deref(),
        Some("Okafor")
    );
}

#[test]
fn participles_take_the_right_subject() {
    // The `when` clause's subject, when the sentence's subject is no person.
    assert_eq!(
        mention_of("The first clash came at the ferry hearing, when Teamsters interrupted the mayor, shouting “no more cuts!”")
            .as_deref(),
        Some("Teamsters")
    );
    // `with` + name + adverb + participle.
    assert_eq!(
        mention_of("In Dayton, Ohio, some fans booed the referee, with Coach Patel reportedly yelling: “Get him off the field!”")
            .as_deref(),
        Some("Coach Patel")
    );
    // The name after `to` is the addressee, not the speaker.
    assert_eq!(
        mention_of("Mayor Ines Duarte wrote a letter to Governor Paul Reyes asking the state to investigate the \"fiasco.\"")
            .as_deref(),
        Some("Mayor Ines Duarte")
    );
    // A gerund of a speech verb after a comma.
    assert_eq!(
        mention_of("Okafor poked at the debate, tweeting, “Notice the sniffing all the time.”")
            .as_deref(),
        Some("Okafor")
    );
}

#[test]
fn a_party_tag_then_a_comma_ends_the_name() {
    assert_eq!(
        mention_of("On Tuesday in Dayton, OH, after winning the county, Sen. Ana Ruiz (D-OH), said, “We are going all the way to the capital.”")
            .as_deref(),
        Some("Sen. Ana Ruiz (D-OH)")
    );
}

#[test]
fn can_be_heard_asking_and_ever_since() {
    assert_eq!(
        mention_of("“Should the ferry run at night?” a reporter can be heard asking the mayor after the meeting.")
            .as_deref(),
        Some("a reporter")
    );
    assert_eq!(
        mention_of("Ever since she joined the board this spring, Ms. Okafor has been a powerful voice, attacking the plan and visiting the docks in Dayton to encourage young workers with a simple message: ''Don't give up now!''")
            .as_deref(),
        Some("Ms. Okafor")
    );
}

#[test]
fn a_name_after_a_lower_case_word_is_no_subject_before_a_description() {
    assert_eq!(
        mention_of("It also targets rules that have a \"harsh and uneven impact\" on renters, who tend to vote Green, the complaint says.")
            .as_deref(),
        Some("the complaint")
    );
}

#[test]
fn a_name_and_a_verb_that_end_the_sentence_after_a_partial_quote() {
    assert_eq!(
        mention_of("The first three states that vote hold only 4% of the seats, while the river states hold half and \"better reflect the whole region,\" Okafor wrote.")
            .as_deref(),
        Some("Okafor")
    );
}

#[test]
fn with_a_lower_case_subject_and_an_age_before_a_name() {
    assert_eq!(
        mention_of("Dayton was on everyone's mind, with many marchers and neighbors chanting \"We are Dayton\" all afternoon.")
            .as_deref(),
        Some("many marchers and neighbors")
    );
    assert_eq!(
        mention_of("81-year-old Ines Duarte, founder of the Harbor Club, endorsed Ruiz last week, saying she “has always kept her word to the docks.”")
            .as_deref(),
        Some("Ines Duarte")
    );
}

#[test]
fn particle_verbs_before_a_quote() {
    let m = mentions("When Ruiz blamed the council, she said \"we fixed the ferry.\" Okafor shot back, \"The council fixed nothing, and the docks know it.\"");
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(m[1].1.as_deref(), Some("Okafor"));
}

#[test]
fn a_partial_quote_that_ends_its_sentence_takes_nothing_from_the_next() {
    let m = mentions("Mayor Ines Ruiz spoke first.\n\nBack in Dayton, Ruiz voiced regret for ''my failure to reopen the ferry.'' It was, she said, the worst day of her term.");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("Ruiz"), "{m:?}");
}

#[test]
fn a_verb_right_before_a_quote_wins_over_the_next_sentence_and_a_pronoun() {
    let m = mentions("But, Ms. Okafor said, ''I say the same things in public and in private.'' And, she admitted, the board may not listen.");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("Ms. Okafor"));
    let m = mentions("Ruiz fired back: “As a friend of the ferry,” she wrote, “you should be cheering for the docks, too.”");
    assert_eq!(
        m.first().and_then(|q| q.1.as_deref()),
        Some("Ruiz"),
        "{m:?}"
    );
}

#[test]
fn a_quote_paragraph_signed_in_the_next_one() {
    let m = mentions("“The whole idea of a crooked board is something we hear about all the time, and it needs to stop.”\n\n-Michelle Okafor, Dayton.\n\nThe vote is on Monday.");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("Michelle Okafor"));
}

#[test]
fn nouns_that_look_like_speech_verbs_and_clauses_after_said() {
    // "reports" after an adjective is a noun.
    assert_eq!(
        mention_of("Late last month, the agency wrote a letter to the mayor, calling the two lengthy investigative reports ''unfair and misleading.''")
            .as_deref(),
        Some("the agency")
    );
    // A determiner phrase and a verb that end the sentence.
    assert_eq!(
        mention_of("Nothing the mayor said \"will calm the docks,\" the Ohio senator said.")
            .as_deref(),
        Some("the Ohio senator")
    );
}

#[test]
fn a_quote_introduced_by_a_persons_sentence_without_a_speech_verb() {
    // With a comma, in the same sentence.
    let m = mentions("Mayor Ines Ruiz spoke first.\n\nEarlier this week, Ruiz shared a bit of her worry with donors at a dinner in Dayton, “I do not know which council will show up. Maybe it will be a kind one.”");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("Ruiz"));
    // A paragraph of one sentence that opens with the person, then a
    // paragraph that is the quote alone.
    let m = mentions("Dana Okafor runs the port board.\n\nOkafor is upbeat about the ferry's chances this year.\n\n“Not only can the ferry run in winter, it is the best way across.”");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("Okafor"));
}

#[test]
fn a_list_of_names_before_said_is_one_mention() {
    let q = extract_quotes(
        "Reps. Ana Ruiz, Tom Reyes and Dana Okafor said the plan was \"a disaster.\"",
        lexicon(),
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].speaker_mention.as_deref(),
        Some("Reps. Ana Ruiz, Tom Reyes and Dana Okafor")
    );
    assert_eq!(q[0].speakers, ["Ana Ruiz", "Tom Reyes", "Dana Okafor"]);
}

#[test]
fn found_that_and_in_the_words_of() {
    assert_eq!(
        mention_of("In 2014, Harborstat found that “about twice as many riders preferred the ferry to the bridge.”")
            .as_deref(),
        Some("Harborstat")
    );
    assert_eq!(
        mention_of("She was, in the words of a senior aide, ''the keeper'' of the port's legacy.")
            .as_deref(),
        Some("a senior aide")
    );
}

#[test]
fn an_inverted_determiner_phrase_does_not_end_on_a_function_word() {
    let m = mentions("“If we want new riders, we have to earn them,” wrote the authors of the “Harbor Growth Project,” citing 2012.");
    assert_eq!(
        m.first().and_then(|q| q.1.as_deref()),
        Some("the authors"),
        "{m:?}"
    );
}

#[test]
fn a_quote_inside_an_opening_participle_phrase_is_the_following_subjects() {
    let m = mentions("Calling the mayor's challenger, Dana Reyes, \"exactly the partner the docks need,\" Ms. Okafor scolded the board for its delay.");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("Ms. Okafor"));
}

#[test]
fn a_phrase_between_dashes_stands_between_speaker_and_verb() {
    assert_eq!(
        mention_of("Okafor — named by the Gazette as the likely choice — told the board that “you have to take it very seriously, of course.”")
            .as_deref(),
        Some("Okafor")
    );
}

#[test]
fn an_article_phrase_before_a_prepositional_phrase_after_a_quote() {
    assert_eq!(
        mention_of("\"Will he be the next harbor chief?\" a council aide in the room wondered.")
            .as_deref(),
        Some("a council aide in the room")
    );
}

#[test]
fn a_verb_further_on_after_a_sentence_final_quote_starts_the_next_statement() {
    let m = mentions("\"Winter is going to be huge,\" said Kyle Reyes, at Harbor Markets. \"Long term I think we're headed lower. We have a lot of winter left.\" Dana Okafor, president of Okafor Advisory, said the data showed enough fuel.");
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(m[1].1.as_deref(), Some("Kyle Reyes"), "{m:?}");
}

#[test]
fn passives_without_an_agent_and_nouns_after_prepositions_name_no_speaker() {
    // "was said to be": nobody in the sentence said it.
    let m = mentions(
        "In a report on the port in 2003, graft was said to be \"pervasive\" at the docks.",
    );
    assert!(
        m.iter().all(|(_, s)| s.as_deref() != Some("graft")),
        "{m:?}"
    );
    // "has been much talked about": no speaker either.
    let m = mentions("The gap between \"have-boats\" and \"have-nots\" has been much talked about, but little studied.");
    assert!(m.iter().all(|(_, s)| s.as_deref() != Some("much")), "{m:?}");
    // "amid claims": a noun, not a verb.
    let m = mentions("The former minister was speaking amid claims that Mr Reyes is part of a \"dirty tricks\" unit.");
    assert!(
        m.iter().all(|(_, s)| s.as_deref() != Some("speaking amid")),
        "{m:?}"
    );
    // `until` opens a clause: the speaker is `someone`.
    let m = mentions("I scream \"no no no\" until someone tells me \"the radio's off\".");
    assert!(
        m.iter().any(|(_, s)| s.as_deref() == Some("someone")),
        "{m:?}"
    );
}

#[test]
fn a_passive_before_a_quote_and_its_agent_after_it() {
    assert_eq!(
        mention_of("But this argument was dismissed as \"ridiculous\" by Justice Ana Ruiz.")
            .as_deref(),
        Some("Justice Ana Ruiz")
    );
    // The agent of an earlier verb is not the quote's speaker.
    let m = mentions("Okafor belittled the loans, calling them a \"paperwork error\" that was reported in a \"hit piece\" by The Harbor Times.");
    assert!(
        m.iter()
            .all(|(_, s)| s.as_deref() != Some("The Harbor Times")),
        "{m:?}"
    );
}

#[test]
fn a_description_before_a_name_is_a_phrase_not_a_clause() {
    // A leading connective is not part of the mention.
    assert_eq!(
        mention_of(
            "But the chairman of the port board, Sir Tom Reyes, said the plan was \"a disaster.\""
        )
        .as_deref(),
        Some("the chairman of the port board, Sir Tom Reyes")
    );
    // An opening clause is not a description: the name alone.
    assert_eq!(
        mention_of("When the board announced its rule change in December, Port President Ana Ruiz said it was \"a first step.\"")
            .as_deref(),
        Some("Port President Ana Ruiz")
    );
    // From the last `but` on.
    assert_eq!(
        mention_of("Customs claimed Mr Reyes was a leader of the ring but his lawyer, Dana Okafor, said it was \"nonsense.\"")
            .as_deref(),
        Some("his lawyer, Dana Okafor")
    );
}

#[test]
fn amounts_imperatives_and_adverbs_are_no_speakers() {
    let m = mentions("The bank agreed to restate 425 mln dlrs previously reported in 1984 as a \"loss on sale\" of loans.");
    assert!(
        m.iter().all(|(_, s)| s.as_deref() != Some("mln dlrs")),
        "{m:?}"
    );
    let m = mentions("In the port item \"Ferry firm plans split\" please read in page 3, \"the firm's profits are likely to rise.\"");
    assert!(
        m.iter().all(|(_, s)| s.as_deref() != Some("please")),
        "{m:?}"
    );
    let m = mentions(
        "The board falls short of a ban and instead calls for \"better rules on outsourcing.\"",
    );
    assert!(
        m.iter().all(|(_, s)| s.as_deref() != Some("instead")),
        "{m:?}"
    );
    let m = mentions("The agency said that because of labelling and certain advertising claims its creams are \"new drugs\" under the law.");
    assert!(
        m.iter()
            .all(|(_, s)| s.as_deref() != Some("certain advertising")),
        "{m:?}"
    );
}

#[test]
fn descriptors_between_an_organisation_and_a_name_after_said() {
    let q = extract_quotes(
        "\"We are surprised the index fell so far,\" said Harbor bank economist Dana Okafor. \"It was a bad month,\" said Wales coach Tom Reyes.",
        lexicon(),
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(
        q[0].speaker_mention.as_deref(),
        Some("Harbor bank economist Dana Okafor")
    );
    assert_eq!(q[0].speaker.as_deref(), Some("Dana Okafor"));
    assert_eq!(q[1].speaker.as_deref(), Some("Tom Reyes"));
}

#[test]
fn a_share_of_people_speaks_but_an_amount_does_not() {
    let m = mentions(
        "The fee of .06 pct charged to issuers \"is an unnecessary intrusion into the market.\"",
    );
    assert!(m.iter().all(|(_, s)| s.as_deref() != Some("pct")), "{m:?}");
}

#[test]
fn he_or_she_is_never_bound_to_an_organisation_or_a_competition() {
    let (_, s) = speaker_of(
        "Harbor City face Dayton in the Champions League next week.\n\n\"We are ready for them,\" he told reporters.",
    );
    assert_ne!(s.as_deref(), Some("Champions League"));
}

#[test]
fn a_who_mention_resolves_to_the_name_before_it() {
    let (m, s) = speaker_of(
        "Okafor praised the pastor Dana Reyes, who has publicly vowed not to sail this year because of the port's “support of the new tax.”",
    );
    assert_eq!(m.as_deref(), Some("who"));
    assert_eq!(s.as_deref(), Some("Dana Reyes"));
}

#[test]
fn a_relative_who_opening_the_clause_of_the_cue_is_the_mention() {
    // The subject of the cue is `who`, as written; the speaker is the name.
    for (text, name) in [
        (
            "Ruiz, who has in the past described the ferry as \"a floating wreck\" and worse, spoke on Monday.",
            "Ruiz",
        ),
        (
            "Mayor Dana Okafor, who called the fare rise \"a scandal,\" spoke first.",
            "Dana Okafor",
        ),
        (
            "Lee Marsh, an economist at Harbor Savings Bank who describes the plan as \"a gamble,\" was not asked.",
            "Lee Marsh",
        ),
    ] {
        let (m, s) = speaker_of(text);
        assert_eq!(m.as_deref(), Some("who"), "{text}");
        assert_eq!(s.as_deref(), Some(name), "{text}");
    }
    // A relative clause that ends before the cue, or holds another verb,
    // leaves the name as the mention.
    for (text, name) in [
        (
            "Ruiz, who chairs the harbor board, said the fares were \"too high\" again.",
            "Ruiz",
        ),
        (
            "Lee Marsh, the analyst who founded the site wrote \"no chance\" on Monday.",
            "Lee Marsh",
        ),
    ] {
        let (m, s) = speaker_of(text);
        assert_eq!(m.as_deref(), Some(name), "{text}");
        assert_eq!(s.as_deref(), Some(name), "{text}");
    }
}

#[test]
fn a_who_after_a_title_of_something_resolves_to_the_person() {
    let (m, s) = speaker_of(
        "The plan was announced by Harbor Board Chief of Staff Dana Okafor, who said the mayor had \"several names\" in mind.",
    );
    assert_eq!(m.as_deref(), Some("who"));
    assert_eq!(s.as_deref(), Some("Dana Okafor"));
}

#[test]
fn coordinated_titles_before_a_name_are_one_person() {
    let text = "\"We expect another record year,\" said Chairman and Chief Executive Officer Tom Reyes.\n\n\"Costs are down,\" he said.";
    let q = extract_quotes(text, lexicon());
    let speakers: Vec<Vec<String>> = q.iter().map(|q| q.speakers.clone()).collect();
    assert_eq!(
        speakers,
        vec![vec!["Tom Reyes".to_string()], vec!["Tom Reyes".to_string()]]
    );
}

#[test]
fn a_time_phrase_opening_the_sentence_is_not_its_subject() {
    assert_eq!(
        mention_of("Minutes later, she sent an email saying, \"The ferry is gone.\"").as_deref(),
        Some("she")
    );
}

#[test]
fn names_with_particles_stay_whole() {
    let q = extract_quotes(
        "Harbor Bank governor Lena de Wit said the deal was a \"good deal\" both for the port and the banks and added that its length was of \"great value\" to the port.",
        lexicon(),
    );
    let got: Vec<(Option<&str>, Option<&str>)> = q
        .iter()
        .map(|q| (q.speaker_mention.as_deref(), q.speaker.as_deref()))
        .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    for (m, s) in got {
        assert!(m.is_some_and(|m| m.ends_with("Lena de Wit")), "{m:?}");
        assert_eq!(s, Some("Lena de Wit"));
    }
    // A surname with its particle, capitalised or after `Mr`, is the
    // full name the article gave.
    assert_speakers(&[
        (
            "Finance Minister Tom du Plessis spoke first.\n\n\"No,\" Du Plessis said.",
            "Tom du Plessis",
        ),
        (
            "Port chief Ana van der Berg spoke first.\n\n\"No,\" Van der Berg said.",
            "Ana van der Berg",
        ),
        (
            "Port chief Ana van der Berg spoke first.\n\n\"No,\" Ms van der Berg said.",
            "Ana van der Berg",
        ),
    ]);
}

#[test]
fn firms_and_their_analysts_are_one_speaker() {
    assert_speakers(&[
        (
            "\"Sales will slow,\" said Harbor Upham and Co analyst Dana Okafor.",
            "Dana Okafor",
        ),
        ("\"Sales will slow,\" Harbor Upham and Co said.", "Harbor Upham"),
        ("\"Sales will slow,\" S and P said.", "S and P"),
        (
            "\"Sales will slow,\" said Tory shadow local transport secretary Lee Marsh.",
            "Lee Marsh",
        ),
        (
            "Said a ferry pilot, referring to the strike, \"Nobody sails today.\"",
            "a ferry pilot",
        ),
        // Hard-wrapped text: a line break inside the mention is a space.
        (
            "President Tom Reyes spoke on Monday and left\nearly.\n    \"We pay our debts in full,\" the\npresident said.",
            "Tom Reyes",
        ),
    ]);
}

#[test]
fn a_title_after_a_comma_is_no_second_speaker() {
    let text = "\"Sales will slow,\" said Dana Okafor, Ferrytech's vice president.\n\n\"We are ready,\" she said.";
    let q = extract_quotes(text, lexicon());
    let speakers: Vec<Vec<String>> = q.iter().map(|q| q.speakers.clone()).collect();
    assert_eq!(
        speakers,
        vec![
            vec!["Dana Okafor".to_string()],
            vec!["Dana Okafor".to_string()]
        ]
    );
}

#[test]
fn only_names_joined_by_and_are_a_joint_statement() {
    let speakers = |text: &str| -> Vec<String> {
        extract_quotes(text, lexicon())
            .first()
            .map(|q| q.speakers.clone())
            .unwrap_or_default()
    };
    for (text, who) in [
        // A list without `and`: a name and its description.
        (
            "\"Sales will slow,\" said Lee Marsh, Ferrytech.",
            vec!["Lee Marsh"],
        ),
        (
            "\"Sales will slow,\" said Lee Marsh, Ferrytech's.",
            vec!["Lee Marsh"],
        ),
        (
            "\"Sales will slow,\" said Harbor chief economist, Lee Marsh.",
            vec!["Lee Marsh"],
        ),
        (
            "\"Sales will slow,\" said Rep. Lee Marsh (D-Harbor), Chairman.",
            vec!["Lee Marsh"],
        ),
        // A portfolio with `and` before a title and a name.
        (
            "\"Sales will slow,\" said Economy and Labour Minister Lee Marsh.",
            vec!["Lee Marsh"],
        ),
        // One body.
        (
            "The Harbor Securities and Exchange Commission said sales would \"slow sharply\" soon.",
            vec!["the Harbor Securities and Exchange Commission"],
        ),
        (
            "\"Sales will slow,\" said Upham, Bell and Turben analyst Lee Marsh.",
            vec!["Lee Marsh"],
        ),
        // Two people.
        (
            "\"Sales will slow,\" said Lee Marsh and Dana Okafor.",
            vec!["Lee Marsh", "Dana Okafor"],
        ),
    ] {
        assert_eq!(speakers(text), who, "{text}");
    }
}

#[test]
fn a_noun_phrase_before_a_participle_is_no_speaker_unless_a_name() {
    let (m, _) = speaker_of(
        "Lee Marsh said the fare rise and Harbor poster plans attacking Mr Reyes were a sign of \"abusive politics\".",
    );
    assert_eq!(m.as_deref(), Some("Lee Marsh"));
}

#[test]
fn titles_of_the_and_two_word_titles_before_a_name_are_stripped() {
    assert_speakers(&[
        (
            "\"We have been intervening,\" Chancellor of the Exchequer Lee Marsh said.",
            "Lee Marsh",
        ),
        (
            "\"We have been intervening,\" said Chancellor of the Exchequer Lee Marsh.",
            "Lee Marsh",
        ),
        (
            "\"Sales will slow,\" said Ferrytech chief executive Dana Okafor.",
            "Dana Okafor",
        ),
    ]);
}

#[test]
fn descriptors_before_a_full_name_are_no_part_of_it() {
    assert_speakers(&[
        (
            "Fly-half Lee Marsh missed a kick.\n\n\"It was out of my range,\" Marsh said.",
            "Lee Marsh",
        ),
        (
            "\"It was out of my range,\" said harbor finance minister Dana Okafor.",
            "Dana Okafor",
        ),
        (
            "\"It was out of my range,\" said his coach Tom Reyes.",
            "Tom Reyes",
        ),
        // A hyphen in a name is no descriptor.
        (
            "\"We will talk,\" said Prime Minister Lho Shin-yong.",
            "Lho Shin-yong",
        ),
    ]);
}

#[test]
fn a_qualified_title_description_is_the_person_written_with_it() {
    let text = "Tory leader Lee Marsh spoke, as did Green leader Dana Okafor.\n\n\"We will cut fares,\" the Tory leader said.\n\n\"No,\" the leader said.\n\n\"Maybe,\" the Harbor coach said.";
    let q = extract_quotes(text, lexicon());
    let speakers: Vec<Option<&str>> = q.iter().map(|q| q.speaker.as_deref()).collect();
    // `the leader` could be either: no guess; nobody was named coach.
    assert_eq!(
        speakers,
        vec![
            Some("Lee Marsh"),
            Some("the leader"),
            Some("the Harbor coach")
        ]
    );
    let (_, s) =
        speaker_of("Harbor coach Tom Reyes was pleased.\n\n\"We played well,\" the coach said.");
    assert_eq!(s.as_deref(), Some("Tom Reyes"));
}

#[test]
fn the_company_or_the_bank_is_the_one_the_article_named() {
    assert_speakers(&[
        (
            "Harbor Ferries Inc said profits rose.\n\n\"We are pleased,\" the company said.",
            "Harbor Ferries Inc",
        ),
        (
            "General Harbor Corp said profits rose.\n\n\"We are pleased,\" the company said.",
            "General Harbor Corp",
        ),
        (
            "The Harbor Savings Bank raised its rates.\n\n\"Demand is strong,\" the bank said.",
            "Harbor Savings Bank",
        ),
        // Two companies: the one that opens the article, else no guess.
        (
            "Harbor Ferries Inc agreed to buy Eastport Boats Corp.\n\n\"It is a good deal,\" the company said.",
            "Harbor Ferries Inc",
        ),
        (
            "The deal was signed.\n\nHarbor Ferries Inc agreed to buy Eastport Boats Corp.\n\n\"It is a good deal,\" the company said.",
            "the company",
        ),
    ]);
    // `it` then stands for the company too.
    let q = extract_quotes(
        "Harbor Ferries Inc said profits rose.\n\n\"We are pleased,\" the company said.\n\n\"More boats will come,\" it said.",
        lexicon(),
    );
    let speakers: Vec<Option<&str>> = q.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        vec![Some("Harbor Ferries Inc"), Some("Harbor Ferries Inc")]
    );
}

#[test]
fn he_or_she_is_never_bound_to_a_place_first_seen_after_the_or_in() {
    let (_, s) = speaker_of(
        "Coach Dana Okafor led the side at the Harbor Dome in 2004.\n\nThe team plays at the Nou Camp next week.\n\n\"Things will be different this time,\" he told reporters.",
    );
    assert_ne!(s.as_deref(), Some("Nou Camp"));
}

#[test]
fn an_office_title_with_of_the_is_stripped_from_the_speaker() {
    let (_, s) = speaker_of(
        "Chancellor of the Exchequer Dana Okafor presented the budget on Tuesday.\n\n\"Rates will stay where they are,\" Okafor said.",
    );
    assert_eq!(s.as_deref(), Some("Dana Okafor"));
}

#[test]
fn of_inside_a_title_or_an_organisation_belongs_to_the_mention() {
    let (m, s) =
        speaker_of("\"Rates will rise before summer,\" said Bank of Harbor chief Dana Okafor.");
    assert_eq!(m.as_deref(), Some("Bank of Harbor chief Dana Okafor"));
    assert_eq!(s.as_deref(), Some("Dana Okafor"));
    let (m, s) =
        speaker_of("Secretary of Transport Lee Marsh said: \"The bridge reopens in May.\"");
    assert_eq!(m.as_deref(), Some("Secretary of Transport Lee Marsh"));
    assert_eq!(s.as_deref(), Some("Lee Marsh"));
    let (m, _) = speaker_of(
        "Bank of Harbor officials said the rise was a reply \"to a market short of cash.\"",
    );
    assert_eq!(m.as_deref(), Some("Bank of Harbor officials"));
    // `of` after a plain name is about someone: "said X of Y".
    let (m, _) = speaker_of("\"He never listens,\" said Okafor of Marsh.");
    assert_eq!(m.as_deref(), Some("Okafor"));
}

#[test]
fn a_lower_case_title_before_a_name_leaves_the_person_as_speaker() {
    let (m, s) =
        speaker_of("\"Stocks look cheap,\" said Harbor Capital analyst Dana Okafor on Monday.");
    assert_eq!(m.as_deref(), Some("Harbor Capital analyst Dana Okafor"));
    assert_eq!(s.as_deref(), Some("Dana Okafor"));
}

#[test]
fn a_title_of_something_after_a_name_is_a_role() {
    let (m, s) = speaker_of(
        "Dana Okafor, Chief Executive of Harbor Ferries Trust, said: \"We regret the closure.\"",
    );
    assert_eq!(m.as_deref(), Some("Dana Okafor"));
    assert_eq!(s.as_deref(), Some("Dana Okafor"));
}

#[test]
fn a_determiner_before_a_colon_opens_a_noun_phrase() {
    assert_eq!(
        mention_of("A harbour pilot commented: \"The channel is too shallow for these ships.\"")
            .as_deref(),
        Some("A harbour pilot")
    );
    assert_eq!(
        mention_of("The sign at the gate reads: \"No entry after dusk\" in red paint.").as_deref(),
        Some("The sign at the gate")
    );
    // A subject stops before its auxiliary.
    assert_eq!(
        mention_of("The council will now hold a vote on a motion saying: \"The pier stays open.\"")
            .as_deref(),
        Some("The council")
    );
}

#[test]
fn an_adverb_between_subject_and_verb_is_skipped() {
    assert_eq!(
        mention_of("Port officials have only described the season as \"average.\"").as_deref(),
        Some("Port officials")
    );
}

#[test]
fn a_time_before_a_colon_is_no_speaker() {
    let m = mention_of(
        "One early backer, council member Lee Marsh, tried the line in an interview on Tuesday: \"You could call the mayor a spendthrift.\"",
    );
    assert_ne!(m.as_deref(), Some("Tuesday"));
}

#[test]
fn a_naming_participle_after_a_noun_names_no_speaker() {
    for (_, m) in
        mentions("The network relies on links called \"trackers\" that point users to each other.")
    {
        assert_ne!(m.as_deref(), Some("links"));
    }
    let m = mentions(
        "He spent his nights tinkering with this new thing called the internet. \"One afternoon in 1995 I quit the radio job for good.\"",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_ne!(m[0].1.as_deref(), Some("new thing"));
    // A relative clause keeps its subject.
    assert_eq!(
        mention_of("It was what critics called \"a raid on the pension fund\".").as_deref(),
        Some("critics")
    );
}

#[test]
fn he_or_she_is_never_bound_to_a_country() {
    let (_, s) = speaker_of(
        "Tom Okafor watched from the stand.\n\nNew Zealand won the match by ten points.\n\n\"We were lucky today,\" he said.",
    );
    assert_eq!(s.as_deref(), Some("Tom Okafor"));
}

#[test]
fn a_contracted_auxiliary_is_not_part_of_the_speaker() {
    assert_eq!(
        mention_of("Okafor spoke, though port officials haven’t said the dock is “closing” yet.")
            .as_deref(),
        Some("port officials")
    );
}

#[test]
fn a_speech_verb_inside_a_relative_clause_does_not_own_a_later_participle() {
    assert_eq!(
        mention_of(
            "Okafor was defensive about not paying a builder who said he was cheated, saying, “Maybe he did a poor job.”"
        )
        .as_deref(),
        Some("Okafor")
    );
}

#[test]
fn a_head_noun_with_of_belongs_to_the_speaker_phrase() {
    assert_eq!(
        mention_of(
            "The clip came from a rally in Harbor City, where the secretary of state said she was \"not only here to campaign\" that day."
        )
        .as_deref(),
        Some("the secretary of state")
    );
}

#[test]
fn a_participle_with_by_right_after_the_quote_takes_its_agent() {
    assert_eq!(
        mention_of("The council blocked the budget because of \"poison pill\" clauses added by Republicans last week.")
            .as_deref(),
        Some("Republicans")
    );
}

#[test]
fn a_description_after_a_name_is_not_a_second_speaker() {
    let q = extract_quotes(
        "Dana Okafor, the leader of the Harbor and Dock Workers Union said: \"We will strike.\"\n\n\"We have no choice,\" she added.",
        lexicon(),
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("Dana Okafor"), "{q:?}");
    assert_eq!(q[0].speakers, vec!["Dana Okafor".to_string()], "{q:?}");
    assert_eq!(q[1].speaker.as_deref(), Some("Dana Okafor"), "{q:?}");
    // An organisation with `and` in its name is one speaker, and a place
    // after a person's name is no part of it.
    let (_, s) = speaker_of("\"Exports will fall,\" the Finance and Harbor Ministry said.");
    assert_eq!(s.as_deref(), Some("the Finance and Harbor Ministry"));
    let (_, s) = speaker_of("\"Work remains,\" said Ambassador Lee Marsh of Iceland.");
    assert_eq!(s.as_deref(), Some("Lee Marsh"));
}

#[test]
fn a_possessive_or_a_job_title_before_a_full_name_leaves_the_person() {
    let (_, s) = speaker_of("\"The ferry is safe,\" said Harbor Bank's Dana Okafor.");
    assert_eq!(s.as_deref(), Some("Dana Okafor"));
    let (_, s) = speaker_of("\"We played well,\" said Harbor coach Lee Marsh.");
    assert_eq!(s.as_deref(), Some("Lee Marsh"));
    let (_, s) = speaker_of("Actress Dana Okafor said: \"The role was a gift.\"");
    assert_eq!(s.as_deref(), Some("Dana Okafor"));
}

#[test]
fn a_title_description_resolves_to_the_one_person_with_that_title() {
    let (m, s) = speaker_of(
        "Prime Minister Dana Okafor opened the bridge on Monday with Deputy Prime Minister Lee Marsh.\n\n\"It is a great day for the harbor,\" the prime minister said.",
    );
    assert_eq!(m.as_deref(), Some("the prime minister"));
    assert_eq!(s.as_deref(), Some("Dana Okafor"));
    // Two people with the title: no guess.
    let (_, s) = speaker_of(
        "Judge Dana Okafor and Judge Lee Marsh heard the case.\n\n\"The law is clear,\" the judge said.",
    );
    assert_eq!(s.as_deref(), Some("the judge"));
}

#[test]
fn a_who_mention_resolves_past_tags_descriptions_and_articles() {
    let speaker = |text: &str| {
        let q = extract_quotes(text, lexicon());
        let last = q.last().expect("a quote");
        assert_eq!(last.speaker_mention.as_deref(), Some("who"), "{q:?}");
        last.speaker.clone()
    };
    assert_eq!(
        speaker(
            "The ferry stopped, said an port spokesman, who added that crews were \"resting\" now."
        )
        .as_deref(),
        Some("an port spokesman")
    );
    assert_eq!(
        speaker("It was endorsed by Senator Dana Okafor (D-Harbor), who called it \"long overdue\" on Monday.").as_deref(),
        Some("Dana Okafor")
    );
    assert_eq!(
        speaker("\"It is late,\" said Lee Marsh, chief economist at Harbor Savings Bank, who called the plan \"a gamble\" anyway.").as_deref(),
        Some("Lee Marsh")
    );
}

#[test]
fn descriptions_differing_only_in_a_capital_are_one_speaker() {
    let q = extract_quotes(
        "\"Sales rose,\" the company said. The company added: \"Costs fell.\" \"We are proud,\" the Harbor Party's President Dana Okafor said.",
        lexicon(),
    );
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("the company"));
    assert_eq!(q[1].speaker.as_deref(), Some("the company"));
    assert_eq!(q[2].speaker.as_deref(), Some("Dana Okafor"));
}

#[test]
fn an_infinitive_is_no_speaker_and_a_characterising_participle_takes_its_agent() {
    for (_, m) in mentions(
        "But his admission that he \"guessed this would happen on Saturday\", will do little to quell claims of a rift with the coach.",
    ) {
        assert_ne!(m.as_deref(), Some("quell"));
    }
    assert_eq!(
        mention_of("Also taken was a ring bought for their sons described by Dana as \"the finest piece we owned\".").as_deref(),
        Some("Dana")
    );
}

#[test]
fn a_lone_surname_maps_to_the_dominant_full_name_across_articles() {
    use quotestance::quotes::corpus::CorpusNames;
    let mut corpus = CorpusNames::default();
    let mut first: Vec<String> = ["Dana Okafor", "Dana Okafor", "Dana Okafor", "Dana Okafor"]
        .map(String::from)
        .to_vec();
    corpus.learn_and_apply(&mut first, lexicon());
    let mut second = vec!["Lee Okafor".to_string()];
    corpus.learn_and_apply(&mut second, lexicon());
    // Four quotes to one: the lone surname is Dana Okafor's.
    let mut third = vec!["Okafor".to_string()];
    corpus.learn_and_apply(&mut third, lexicon());
    assert_eq!(third, vec!["Dana Okafor".to_string()]);
    // The end-of-run map says the same.
    let aliases = corpus.surname_aliases();
    assert_eq!(
        aliases.get("Okafor").map(String::as_str),
        Some("Dana Okafor")
    );
    // Two to one is no proof: it stays.
    let mut fourth = vec!["Lee Okafor".to_string(), "Okafor".to_string()];
    corpus.learn_and_apply(&mut fourth, lexicon());
    assert_eq!(fourth[1], "Okafor");
    assert!(!corpus.surname_aliases().contains_key("Okafor"));
}

#[test]
fn names_that_are_no_person_never_take_a_lone_surname() {
    use quotestance::quotes::corpus::CorpusNames;
    let mut corpus = CorpusNames::default();
    for name in [
        "Vice Chairman",
        "Harbor Bank's Okafor",
        "Ferrytech Canada",
        "Boarding Okafor",
        "East Harborian",
        "Harbor Ferry Association",
        "In Eastport",
        "Eastport-based Ferrytech",
    ] {
        corpus.learn_and_apply(&mut vec![name.to_string(); 5], lexicon());
    }
    let mut lone: Vec<String> = [
        "Chairman",
        "Okafor",
        "Canada",
        "Harborian",
        "Association",
        "Eastport",
        "Ferrytech",
    ]
    .map(String::from)
    .to_vec();
    let before = lone.clone();
    corpus.learn_and_apply(&mut lone, lexicon());
    assert_eq!(lone, before);
    assert!(corpus.surname_aliases().is_empty());
}

#[test]
fn a_base_verb_after_a_name_and_to_is_speech() {
    assert_eq!(
        mention_of("The ad drew fire, leading Okafor to counter that the plan was \"a fraud.\"")
            .as_deref(),
        Some("Okafor")
    );
    assert_eq!(
        mention_of("The question prompted Lee Marsh to say that the fees were \"far too high.\"")
            .as_deref(),
        Some("Lee Marsh")
    );
}

#[test]
fn a_knight_by_first_name_is_the_knight_the_article_named() {
    let (_, s) = speaker_of(
        "Sir Dana Okafor, head of the harbor board, spoke first.\n\n\"We will not give it away,\" Sir Dana said.",
    );
    assert_eq!(s.as_deref(), Some("Dana Okafor"));
    // With no knight of that name, the honour stays: a first name is no
    // surname to expand.
    let (_, s) =
        speaker_of("Lee Howard spoke first.\n\n\"We will not give it away,\" Sir Howard said.");
    assert_eq!(s.as_deref(), Some("Sir Howard"));
}

#[test]
fn what_they_call_characterises() {
    // `they` is the plural subject of the sentence, named.
    assert_eq!(
        mention_of("Hundreds will march against what they call the \"rigged\" vote count.")
            .as_deref(),
        Some("Hundreds")
    );
    assert_eq!(
        mention_of("The mayor defended what critics call the \"reckless\" budget.").as_deref(),
        Some("critics")
    );
}

#[test]
fn present_tense_narration_verbs_report_speech_and_look_alike_nouns_do_not() {
    for (text, who) in [
        (
            "“The ferry runs late every Friday,” Dana Reyes quips.",
            "Dana Reyes",
        ),
        (
            "“We rebuilt the pier twice,” Tom Okafor recounts.",
            "Tom Okafor",
        ),
        ("“The fares had to rise,” Ana Ruiz reasoned.", "Ana Ruiz"),
        (
            "“Nobody expected the crowd,” Lee Marsh marvels.",
            "Lee Marsh",
        ),
    ] {
        assert_eq!(mention_of(text).as_deref(), Some(who), "{text}");
    }
    // `answers`, `remarks`, `comments` and `counters` are left out of the
    // list: after a possessive or a partial quote they are nouns.
    assert_ne!(
        mention_of(
            "Ana Ruiz called the pier plan sound, but Lee Marsh's remarks were “out of line”."
        )
        .as_deref(),
        Some("Lee Marsh's")
    );
    assert_ne!(
        mention_of("The mayor admitted there were “no easy answers” on the fares.").as_deref(),
        Some("no easy")
    );
}

#[test]
fn a_peer_keeps_the_title_unless_the_article_or_the_corpus_gives_the_full_name() {
    // Title and one name only: the speaker is the peer, not a bare surname
    // that any other Harwell would share.
    assert_eq!(
        speaker_of("“The bill is badly drafted,” Lord Harwell said.")
            .1
            .as_deref(),
        Some("Lord Harwell")
    );
    assert_eq!(
        speaker_of("“We will oppose it,” Baroness Marsh told peers.")
            .1
            .as_deref(),
        Some("Baroness Marsh")
    );
    // The article gives the full name: the peer is that person.
    let text = "Robin Castell ran the civil service for a decade. \
                “The report was thin,” Lord Castell said on Monday.";
    let q = extract_quotes(text, lexicon());
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("Robin Castell"));
    // `Baroness` is a title: a full name after it is the person's.
    assert_eq!(
        speaker_of("“We will oppose it,” Baroness Ann Marlow said.")
            .1
            .as_deref(),
        Some("Ann Marlow")
    );
    // The title gives the gender: `she` is not the lord.
    let text = "“The bill is badly drafted,” Lord Harwell said. \
                Later a minister replied. “It will pass,” she said.";
    let q = extract_quotes(text, lexicon());
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("Lord Harwell"));
    assert_ne!(q[1].speaker.as_deref(), Some("Lord Harwell"));
    assert_ne!(q[1].speaker.as_deref(), Some("Harwell"));
    // Across articles, a peer maps to the dominant full name like a lone
    // surname does.
    assert_eq!(
        across_articles("Peter Harwell", 4, "Lord Harwell"),
        "Peter Harwell"
    );
}

#[test]
fn a_pronoun_after_reported_speech_is_that_sentences_speaker() {
    // The sentence before the quote reports speech without quote marks:
    // its speaker is the `she`, not a woman named earlier.
    assert_eq!(
        speakers_of(
            "Mary Blunt ran the ferry office for a decade. A Harbor Board spokeswoman \
             said the two sides agreed. “Their dispute is narrow,” she said."
        ),
        vec![Some("a Harbor Board spokeswoman".to_string())]
    );
    // Nor the speaker of the quote before: the role gives the gender.
    assert_eq!(
        speakers_of(
            "“We won,” Ian Reid said. Barry Hugill, a spokesman for the riders' group, \
             told the radio station that more pilots may leave. “I can assure you,” he said."
        ),
        vec![
            Some("Ian Reid".to_string()),
            Some("Barry Hugill".to_string())
        ]
    );
    // The attribution at the end of the sentence is its speaker, not an
    // earlier verb's subject.
    assert_eq!(
        speakers_of(
            "“We lost,” Ana Ruiz said. Before any deal, the mayor would insist on a new \
             budget process, Tom Marsh said. “Nobody takes a sucker punch,” he said."
        )[1],
        Some("Tom Marsh".to_string())
    );
    // No person, or the wrong gender: the pronoun is resolved as before.
    assert_eq!(
        speakers_of(
            "“We won,” Ian Reid said. The only party promising lower fares said nothing \
             more. “I can assure you,” he said."
        )[1],
        Some("Ian Reid".to_string())
    );
    assert_eq!(
        speakers_of(
            "“We won,” Ian Reid said. Mary Blunt told the radio station that more pilots \
             may leave. “I can assure you,” he said."
        )[1],
        Some("Ian Reid".to_string())
    );
}

#[test]
fn he_or_she_is_never_a_plural_description() {
    let text = "“The fares are too high,” critics said. Shelley Taylor led the study of \
                ferry prices. “People want to pay less,” she said.";
    let q = extract_quotes(text, lexicon());
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].speaker.as_deref(), Some("Shelley Taylor"));
}

#[test]
fn a_portfolio_before_a_title_is_no_person_for_a_pronoun() {
    let text = "Harborian Energy Minister Subroto told reporters the quota would hold. \
                “We will not go back on it,” he said.";
    let q = extract_quotes(text, lexicon());
    assert_eq!(q.len(), 1, "{q:?}");
    assert_ne!(q[0].speaker.as_deref(), Some("Harborian Energy"));
}

#[test]
fn a_name_broken_over_a_line_of_hard_wrapped_text_is_still_a_name() {
    // The surname later in the article finds the full name.
    assert_eq!(
        speakers_of(
            "Ferry rates fell 40 pct, shipping executive Antony\nHarwell said.\n    \
             Harwell told reporters: \"The line will add sailings.\""
        ),
        vec![Some("Antony Harwell".to_string())]
    );
    // A firm broken over a line is no `he` (its gender is unknown).
    let s = speakers_of(
        "Analyst Tom Reyes of Harbor\nSecurities said he rated the stock a buy.\n    \
         Then the market fell. \"It is cheap,\" he said.",
    );
    assert_ne!(last(&s), Some("Harbor Securities"));
}

#[test]
fn a_family_name_written_first_is_the_surname() {
    // Korean and Taiwanese names put the family name first, with a
    // hyphenated given name: a lone `Baek` later is that person.
    assert_eq!(
        speakers_of(
            "Trade Minister Baek Sung-ho said exports would rise. \
             “We are ready for it,” Baek told reporters."
        ),
        vec![Some("Baek Sung-ho".to_string())]
    );
    // A double-barrelled surname, or a hyphenated first name, keeps the
    // last word as the surname.
    assert_eq!(
        speakers_of(
            "Ann Tully-Brook and Jean-Paul Marot spoke. “It is late,” Marot said. \
             “We disagree,” Tully-Brook said."
        ),
        vec![
            Some("Jean-Paul Marot".to_string()),
            Some("Ann Tully-Brook".to_string())
        ]
    );
    // Across articles too.
    assert_eq!(across_articles("Baek Sung-ho", 2, "Baek"), "Baek Sung-ho");
}

#[test]
fn a_descriptor_before_a_full_name_is_not_part_of_it() {
    // A capitalised role or adjective opening a sentence before a known
    // first name: the person is the name after it.
    assert_speakers(&[
        (
            "Drummer Kevin Walsh has joined the tour. “It is a dream,” Walsh said.",
            "Kevin Walsh",
        ),
        (
            "Defiant Matt Rowe would not quit. “I am staying,” he said.",
            "Matt Rowe",
        ),
        // An unknown first name stays (`Iain` is not in the list).
        (
            "Iain Duncan Smith spoke first. “No,” Duncan Smith said.",
            "Duncan Smith",
        ),
    ]);
    // A firm keeps its first word.
    assert_eq!(
        speakers_of("Trader Joe Holdings Inc said so. “Sales rose,” Trader Joe Holdings Inc said."),
        vec![Some("Trader Joe Holdings Inc".to_string())]
    );
}

#[test]
fn a_month_after_a_first_name_is_a_surname() {
    // `May` is a month at a sentence's start, a surname after a first name.
    assert_eq!(
        speakers_of(
            "Guitarist Brian Hale and singer Rick May will tour. \
             “It is a thing of the past,” May said."
        ),
        vec![Some("Rick May".to_string())]
    );
}

#[test]
fn descriptions_and_names_as_speakers() {
    use quotestance::quotes::names::is_description;
    for d in [
        "the official",
        "a spokesman",
        "one trader",
        "another analyst",
        "bankers",
        "Analysts",
        "the Liberal Democrat leader",
        "the government",
        "our correspondent",
        "Mr Blair's spokesman",
        "U.S. officials",
        "Official",
        "the Illinois Democrat",
        "the American",
        "the Treasury Secretary",
        "the Salford MP",
    ] {
        assert!(is_description(d), "{d}");
    }
    for n in [
        "Dana Okafor",
        "the Bundesbank",
        "the Clinton campaign",
        "The Washington Post",
        "the Obama administration",
        "Reuters",
        "Edu",
        "Judge Reinhardt",
        "Tony Blair",
        "the Liberal Democrats",
        "the Scottish Executive",
    ] {
        assert!(!is_description(n), "{n}");
    }
}

#[test]
fn an_honorific_gives_the_gender_of_reported_speech_before_a_pronoun() {
    // `Mr.` makes the subject a man, so `he` after the quote is him.
    assert_eq!(
        speakers_of(
            "Mr. Varga said he agreed with Mr. Lund. “We want this settled early,” he said."
        ),
        vec![Some("Varga".to_string())]
    );
    // Not an honorific before a possessive: the deputy is the speaker.
    assert_eq!(
        speakers_of(
            "Ms Ortiz's deputy, Paul Reyes, said the board had been cautious. \
             “Eight ferries is a cautious start,” he said."
        ),
        vec![Some("Paul Reyes".to_string())]
    );
}

#[test]
fn a_peer_is_not_a_full_name_of_the_other_gender() {
    // The article names Charles Marsh; `Baroness Marsh` is someone else.
    assert_eq!(
        speakers_of(
            "Charles Marsh spoke first. “We will win,” he said. Labour peer Baroness Marsh, \
             who chairs the inquiry, said voters distrusted politicians. \
             “This distrust is going to grow,” she said."
        ),
        vec![
            Some("Charles Marsh".to_string()),
            Some("Baroness Marsh".to_string())
        ]
    );
    // Nor across articles.
    assert_eq!(
        across_articles("Charles Marsh", 4, "Baroness Marsh"),
        "Baroness Marsh"
    );
    assert_eq!(
        across_articles("Peter Marsh", 4, "Lord Marsh"),
        "Peter Marsh"
    );
}

#[test]
fn a_capital_determiner_at_a_sentence_start_is_the_same_speaker() {
    // `The Harbor Party` opening a sentence and `the Harbor Party` inside
    // one are one speaker; a publication keeps its `The`.
    assert_eq!(
        speakers_of(
            "The Harbor Party said, “We will win.” Later the Harbor Party said, “We won.” \
             The Harbor Post said, “They won.”"
        ),
        vec![
            Some("the Harbor Party".to_string()),
            Some("the Harbor Party".to_string()),
            Some("The Harbor Post".to_string())
        ]
    );
}

#[test]
fn a_definite_description_after_reported_speech_is_that_speaker() {
    // `the singer` is no title the article gave anyone: it is the speaker
    // of the reported speech just before the quote.
    assert_eq!(
        speakers_of(
            "Dana Vale said earlier this year that the band would tour. \
             “We would not want to lose them,” the singer said."
        ),
        vec![Some("Dana Vale".to_string())]
    );
    // Not when the article gives that person another role …
    assert_ne!(
        speakers_of(
            "Agriculture Secretary Tom Reed said the plan would pass. \
             “It will pass,” the aide said."
        ),
        vec![Some("Tom Reed".to_string())]
    );
    // … nor the other side of an interview.
    assert_ne!(
        speakers_of(
            "“That would be you?” Ana Ruiz asked. \
             “That would be me,” the senator said."
        )
        .last()
        .cloned()
        .flatten(),
        Some("Ana Ruiz".to_string())
    );
}

#[test]
fn a_pronoun_after_reported_speech_by_a_titled_name_of_unknown_gender() {
    // `Bao` is in no first-name list, but a titled full name is a person:
    // `he` is Bao Tingyu, not the speaker quoted before.
    assert_eq!(
        speakers_of(
            "“Debt is manageable,” Vice Premier Liu Wenhai said. \
             Vice Premier Bao Tingyu, a former Commerce Minister, told the same news \
             conference some people said the debt was too high. \
             “They proceed from their own perspectives,” he said."
        ),
        vec![
            Some("Liu Wenhai".to_string()),
            Some("Bao Tingyu".to_string())
        ]
    );
    // Not a police force, nor titles alone.
    assert_ne!(
        speakers_of(
            "Detective Superintendent Alan Rhys praised the work. Thames Valley Police \
             said the case was closed. “We are pleased,” he said."
        ),
        vec![Some("Thames Valley Police".to_string())]
    );
}

#[test]
fn a_participle_after_a_comma_reports_the_sentence_subject() {
    // `claiming` is Hal Brandt's, not the phrase before it; `he` is him,
    // not the speaker quoted before.
    assert_eq!(
        speakers_of(
            "“We want a better system,” Tom Lund said. Meanwhile, Trade Minister Hal \
             Brandt expressed confidence the port would win its case, claiming the \
             problem stems from low prices. “The reality is worldwide,” he said."
        ),
        vec![Some("Tom Lund".to_string()), Some("Hal Brandt".to_string())]
    );
}

#[test]
fn claims_from_someone_are_that_persons() {
    // The claimant speaks, not the subject who dismissed the claims.
    assert_eq!(
        speakers_of(
            "The mayor shrugged off claims from Harbor Party leader Ana Ruiz that he \
             ran a “shabby office”."
        ),
        vec![Some("Ana Ruiz".to_string())]
    );
}

#[test]
fn a_stray_comma_before_the_verb_keeps_the_name_as_speaker() {
    assert_eq!(
        speakers_of(
            "Delegates at the harbour fair have been told sales will grow. \
             “Everything is going digital,” Mira Tallis from the Harbor Trade Association, \
             told reporters."
        ),
        vec![Some("Mira Tallis".to_string())]
    );
}

#[test]
fn the_one_a_newspaper_quoted_as_saying_is_the_speaker() {
    assert_speakers(&[
        (
            "“We will win,” the Harbor Post quoted Ana Ruiz as saying.",
            "Ana Ruiz",
        ),
        (
            "Harbor Tanker chairman Abdul Karim al-Nasser spoke to a local paper. \
             “Exports have not been affected,” the paper quoted him as saying.",
            "Abdul Karim al-Nasser",
        ),
    ]);
    // Not a word out of a longer description.
    assert_ne!(
        speakers_of(
            "The newsletter quoted authoritative Harbor sources as saying prices \
             would “not change”."
        ),
        vec![Some("Harbor".to_string())]
    );
}

#[test]
fn it_is_the_firm_that_opens_the_article() {
    // `it` after reported speech goes to the firm the story is about, not
    // to the last capitalised words (`Third World`).
    assert_eq!(
        speakers_of(
            "Quarry Hill Bancorp said it will set aside 40 mln dlrs for \
             possible losses on Third World loans.\n    It said profits \
             would return to \"normal levels\" next year."
        ),
        vec![Some("Quarry Hill Bancorp".to_string())]
    );
}

#[test]
fn it_is_never_a_person() {
    // The last name before `it` is a person's: the quote keeps the body
    // that spoke before, or no speaker, never the person.
    let got = speakers_of(
        "The Harbour Port Authority said traffic rose. Chairman Sir Alan \
         Brightwater said: \"We are pleased.\" The committee met later. It \
         warned that the port was \"close to capacity\".",
    );
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].as_deref(), Some("Alan Brightwater"));
    assert_ne!(got[1].as_deref(), Some("Alan Brightwater"));
    // A firm that bears a man's name is still a firm.
    assert_eq!(
        speakers_of(
            "Samuel Crane Ltd said sales were flat. \"It was a hard \
             year,\" the company said. \"We expect better,\" it added."
        ),
        vec![
            Some("Samuel Crane Ltd".to_string()),
            Some("Samuel Crane Ltd".to_string())
        ]
    );
}

#[test]
fn he_is_never_a_body() {
    // `he` skips the ministry that spoke last for the minister named
    // after it.
    assert_eq!(
        speakers_of(
            "\"Debt will be repaid,\" the ministry said. Finance Minister \
             Otto Brenner said the plan would go ahead, he said in a \
             statement. \"Rates will fall,\" he said."
        ),
        vec![
            Some("the ministry".to_string()),
            Some("Otto Brenner".to_string())
        ]
    );
}

#[test]
fn a_firms_description_is_the_firm_named_before() {
    assert_eq!(
        speakers_of(
            "Kestrel Foods Inc said it would close two depots.\n    The \
             packaged goods distributor said the move followed \"a long \
             review of costs.\"\n    \"We expect savings,\" the Ohio-based \
             retailer said."
        ),
        vec![
            Some("Kestrel Foods Inc".to_string()),
            Some("Kestrel Foods Inc".to_string())
        ]
    );
    // `the new company` is another firm than the one named.
    assert_eq!(
        speakers_of(
            "Kestrel Foods Inc said it would spin off its dairy arm. \
             \"Earnings will be better,\" the new company said."
        ),
        vec![Some("the new company".to_string())]
    );
}

#[test]
fn he_after_a_lone_titled_surname_is_that_person() {
    // `President Norberg` is no full name, but a person all the same; the
    // one who spoke, not the one met.
    assert_eq!(
        speakers_of(
            "President Norberg said growth must come first.\n    After \
             meeting Premier Okafor, he said the talks went well.\n    \"It \
             will be made clear to our friends,\" he said."
        ),
        vec![Some("Norberg".to_string())]
    );
    // A full name broken over a line after a minister's title is a person.
    assert_eq!(
        speakers_of(
            "Japanese Finance Minister Kenji\nTakeda opened the annual meeting \
             of the Pacific Development Bank.\n    \"We are striving to help,\" \
             he said."
        ),
        vec![Some("Kenji Takeda".to_string())]
    );
    // `General` and `Chief` before a capitalised word make no person.
    assert_eq!(
        speakers_of(
            "Talks on the General Agreement on Tariffs went on. Chief Soviet \
             negotiator spoke. \"All the elements point to optimism,\" he said."
        ),
        vec![None]
    );
}

#[test]
fn a_party_members_description_is_the_member_named_before() {
    assert_eq!(
        speakers_of(
            "Senator Walter Brandt said the bill would pass next week.\n    \
             \"We have the votes,\" the Vermont Democrat said."
        ),
        vec![Some("Walter Brandt".to_string())]
    );
}

#[test]
fn words_before_a_first_name_that_name_a_firm_are_no_part_of_the_name() {
    assert_speakers(&[
        (
            "\"Rates will fall,\" said Harbour Securities Markets Anna Lindqvist.",
            "Anna Lindqvist",
        ),
        (
            "Fellow Lib Dem Norman Blake said: \"It is wrong.\"",
            "Norman Blake",
        ),
        (
            "Democrat Walter Brandt said: \"It is wrong.\"",
            "Walter Brandt",
        ),
    ]);
}

#[test]
fn he_after_a_sentence_about_a_newly_named_person_is_that_person() {
    // The last speaker was Hale; the sentences since name Mr Brandt as
    // their subject, and `he` goes on from there.
    assert_eq!(
        speakers_of(
            "\"We will win,\" said Robert Hale. Mr Walter Brandt, the \
             council leader, rejected the plan on Monday. Pressed on the \
             budget, he said the city must \"live within its means\"."
        ),
        vec![
            Some("Robert Hale".to_string()),
            Some("Walter Brandt".to_string())
        ]
    );
    // A phrase before a comma opens the sentence; the subject follows.
    assert_eq!(
        speakers_of(
            "\"We will win,\" said Robert Hale. Last week, the port \
             director, Walter Brandt, rejected the plan, but he called it \
             \"a fair try\"."
        )
        .get(1)
        .cloned()
        .flatten()
        .as_deref(),
        Some("Walter Brandt")
    );
}

#[test]
fn he_stays_with_the_speaker_when_the_sentence_is_about_someone_else() {
    // `…, he said` after a clause about Brandt: the clause is what Hale
    // said, not a new subject.
    assert_eq!(
        speakers_of(
            "\"We will win,\" said Robert Hale. Also, Walter Brandt is no \
             leader, he said. \"He never was.\""
        )
        .first()
        .cloned()
        .flatten()
        .as_deref(),
        Some("Robert Hale")
    );
}

#[test]
fn a_bodys_possessive_before_a_name_is_no_part_of_it() {
    assert_speakers(&[
        (
            "Analyst Peter Holm said rates would fall. \"We doubt it,\" \
             Harbour Securities's Holm said.",
            "Peter Holm",
        ),
        (
            "\"We doubt it,\" said The Ledger’s Anna Lindqvist.",
            "Anna Lindqvist",
        ),
    ]);
    // Not a description or a title.
    assert_eq!(
        speakers_of("\"We doubt it,\" said a spokesman for Harbour's Quay Centre."),
        vec![Some("a spokesman for Harbour's Quay Centre".to_string())]
    );
}

#[test]
fn a_portfolio_before_a_surname_is_no_first_name() {
    // `Energy Subroto` is no full name: `Subroto` stays a lone surname.
    assert_eq!(
        speakers_of(
            "Prices will hold, Indonesian Minister of Mines and Energy Subroto \
             told reporters. \"We will defend the price,\" Subroto said."
        ),
        vec![Some("Subroto".to_string())]
    );
}

#[test]
fn said_before_an_arabic_name_with_its_article() {
    assert_speakers(&[(
        "Issam al-Kadi, the oil minister, spoke. \"We will defend the \
         price,\" said al-Kadi, who is in Caracas.",
        "Issam al-Kadi",
    )]);
}

#[test]
fn the_company_is_the_body_whose_statement_opens_the_article() {
    // No name here ends in `Inc` or `Corp`: the firm is the one the first
    // sentence reports.
    assert_eq!(
        speakers_of(
            "Software maker Quillsoft <QSFT.O> said it would cut 200 jobs.\n    \
             The company said the cuts were \"painful but needed\"."
        ),
        vec![Some("Quillsoft".to_string())]
    );
    // A person's name opening the article is no firm.
    assert_eq!(
        speakers_of(
            "Finance Minister Walter Brandt said taxes would fall.\n    The \
             company said the plan was \"a fair start\"."
        ),
        vec![Some("the company".to_string())]
    );
}

#[test]
fn headline_words_before_a_name_are_no_part_of_it() {
    // A participle or a question's auxiliary before a surname in a
    // headline: the surname maps to the full name given later.
    for (headline, who) in [
        ("Embattled Brandt raises his profile.", "Walter Brandt"),
        ("Is Brandt ready for the race?", "Walter Brandt"),
    ] {
        let text = format!(
            "{headline}\n\nLabor Secretary Walter Brandt spoke on Monday. \"We are ready,\" \
             Brandt said."
        );
        assert_eq!(
            speakers_of(&text),
            vec![Some(who.to_string())],
            "{headline}"
        );
    }
    // A first name ending like a participle stays (`Irving`, `Wilfred`).
    assert_speakers(&[(
        "Irving Nathan, a lawyer, spoke first. \"We are ready,\" Nathan said.",
        "Irving Nathan",
    )]);
}

#[test]
fn a_spokesman_for_a_named_person_is_the_speaker_not_the_person() {
    for (text, want) in [
        (
            "An aide to farm undersecretary Ben Ward, who opposes the plan, said the remarks \"fit what he has said for years.\"",
            "An aide to farm undersecretary Ben Ward",
        ),
        (
            "A spokeswoman for health secretary Ann Lowe said \"the review is under way.\"",
            "A spokeswoman for health secretary Ann Lowe",
        ),
        // A title of an office before the name: the person speaks.
        (
            "The minister for rural transport Ravi Menon said \"the buses will run.\"",
            "Ravi Menon",
        ),
        (
            "Campaign manager Ben Ward said \"the buses will run.\"",
            "Ben Ward",
        ),
    ] {
        assert_eq!(mention_of(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_description_of_an_office_is_the_person_who_holds_it() {
    assert_speakers(&[
        (
            "Rates fell. Home Secretary Jane Doyle set out a plan on Monday. The home secretary said \"we will act.\"",
            "Jane Doyle",
        ),
        (
            "Acme Corp chairman Peter Vale said oil use will grow. The Acme chairman said \"prices will rise.\"",
            "Peter Vale",
        ),
        (
            "Finance Minister Ravi Menon and Trade Minister Anil Rao met on Monday. The finance minister said \"we will act.\"",
            "Ravi Menon",
        ),
    ]);
    // No finance minister named: the description stays one.
    let (_, s) = speaker_of(
        "Trade Minister Anil Rao spoke on Monday. The finance minister said \"we will act.\"",
    );
    assert_eq!(s.as_deref(), Some("the finance minister"));
}

#[test]
fn a_chinese_name_is_found_again_by_its_family_name() {
    assert_speakers(&[
        (
            "Vice Premier Tian Mingyu met the bankers on Monday. Tian said: \"We will borrow more.\"",
            "Tian Mingyu",
        ),
        // Not a pinyin given name: the last word stays the surname.
        (
            "Lawyer Song Bradley met the bankers on Monday. Bradley said: \"We will borrow more.\"",
            "Song Bradley",
        ),
    ]);
}

#[test]
fn a_body_described_by_its_head_noun_is_the_body_named_before() {
    assert_speakers(&[
        (
            "The Northern Rail Commission set new fares on Monday. The commission said \"fares will rise.\"",
            "Northern Rail Commission",
        ),
        (
            "Ruritania's Ministry of Fisheries opened the talks. The ministry said \"quotas will fall.\"",
            "Ministry of Fisheries",
        ),
    ]);
    // Two ministries named: no telling which.
    let (_, s) = speaker_of(
        "The Finance Ministry and the Trade Ministry met. The ministry said \"quotas will fall.\"",
    );
    assert_eq!(s.as_deref(), Some("the ministry"));
}

#[test]
fn a_possessive_after_said_opens_a_clause_or_names_a_role() {
    let text = "Mr Vale blamed the fall on \"technical selling\" and said Governor Ash's decision to raise taxes might have added to it.";
    assert!(
        mentions(text)
            .iter()
            .all(|(_, m)| m.as_deref() != Some("Governor Ash's")),
        "{text}"
    );
    assert_eq!(
        mention_of("\"We will win,\" said Mr Vale's lawyers.").as_deref(),
        Some("Mr Vale's lawyers")
    );
    // Not a clause: the possessive's name stays.
    assert_eq!(
        mention_of("The plan is \"a gamble,\" according to Mr Vale's memoir.").as_deref(),
        Some("Mr Vale's")
    );
}

#[test]
fn he_after_a_sentence_with_he_as_subject_is_the_person_named_before_it() {
    // The quoted sentence ends where its stop is; the sentence after it
    // names the speaker, whose gender only the pronoun chain tells.
    let text = "Ilse Marenko said: \"I am not worried.\" Minister Aurel Voskin said that the results were sent to her lawyers. He conceded she might have taken a medicine. \"We have simply stated a fact,\" he said.";
    assert_eq!(
        speakers_of(text).last().cloned().flatten().as_deref(),
        Some("Aurel Voskin")
    );
}

#[test]
fn the_statement_is_its_issuers() {
    assert_speakers(&[(
        "Fares will rise, the Northern Rail Commission said in a statement on Monday. \"Costs have risen,\" the statement said.",
        "the Northern Rail Commission",
    )]);
    // A statement whose issuer stays a description stays one.
    let (_, s) = speaker_of(
        "Fares will rise, a spokesman said in a statement on Monday. \"Costs have risen,\" the statement said.",
    );
    assert_eq!(s.as_deref(), Some("the statement"));
}

#[test]
fn a_title_description_is_the_lone_titled_surname_with_that_title() {
    assert_speakers(&[(
        "President Norberg met the bankers on Monday. Prices fell in the afternoon. \"We still want to find out,\" the president said.",
        "Norberg",
    )]);
}

#[test]
fn a_club_after_former_is_no_subject() {
    let text = "Newtown boss Ken Vale is lining up a summer move for a striker. \
                \"He is a great centre-forward,\" said Vale. The former Rangers and Liverpool boss \
                is also looking to sign more players. \"I'm after three new players,\" he said.";
    assert_eq!(
        speakers_of(text).last().cloned().flatten().as_deref(),
        Some("Ken Vale")
    );
}

#[test]
fn a_passive_quoted_as_saying_after_the_quote_names_its_subject() {
    // The speaker of the sentence before must not take the quote.
    let lead = "Hal Dorset said he was angry. Later, Milo Varga met reporters. ";
    for (tail, who) in [
        (
            "\"I have no ties with him,\" Varga was quoted as saying.",
            "Varga",
        ),
        (
            "\"I have no ties with him,\" Mr Varga is reported as saying.",
            "Mr Varga",
        ),
        (
            "\"I have no ties with him,\" Varga was quoted by the Courier as saying.",
            "Varga",
        ),
        (
            "\"I have no ties with him,\" he has been quoted as saying.",
            "he",
        ),
        (
            "The Courier quoted Varga as saying: \"I have no ties with him.\"",
            "Varga",
        ),
    ] {
        let text = format!("{lead}{tail}");
        assert_eq!(speaker_of(&text).0.as_deref(), Some(who), "{text}");
    }
    let (_, s) = speaker_of(&format!(
        "{lead}\"I have no ties with him,\" he has been quoted as saying."
    ));
    assert_eq!(s.as_deref(), Some("Milo Varga"));
}

#[test]
fn a_participle_aside_before_said_keeps_the_subject_as_the_speaker() {
    let text = "Defence chief Arno Kessel said the fleet would act. \"We are ready,\" he said. \
                A Farlandian Foreign Ministry spokesman, quoted in a broadcast monitored in London, \
                said the reports were baseless. \"They are lies,\" he was quoted as saying.";
    assert_eq!(
        speakers_of(text).last().cloned().flatten().as_deref(),
        Some("a Farlandian Foreign Ministry spokesman")
    );
}

#[test]
fn an_age_or_club_description_is_the_person_a_recent_sentence_is_about() {
    let last = |text: &str| speakers_of(text).last().cloned().flatten();
    // The speaker quoted just before.
    assert_eq!(
        last("Tavita Lemalu will lead the side. \"It will be good for us,\" Lemalu said. \
              The 31-year-old admitted the tour was huge, calling it \"the biggest thing in years\".")
        .as_deref(),
        Some("Tavita Lemalu")
    );
    // The subject of the sentence before, not the speaker before it.
    assert_eq!(
        last(
            "Coach Ivor Pell praised the side. \"It was a great goal,\" said Pell. \
              Dermot Kealy was another full of praise for the midfield. \
              \"It was great play from Eoin,\" said the Rovers striker."
        )
        .as_deref(),
        Some("Dermot Kealy")
    );
    assert_speakers(&[(
        "Rovers midfielder Aidan Rourke has no plans to coach when his career is over. \
         \"I am not interested in being a coach,\" the Rovers midfielder said.",
        "Aidan Rourke",
    )]);
    // `the official` may be no one named: it stays a description.
    let (_, s) = speaker_of(
        "Mayor Ruth Lamb opened the bridge. An official said it cost too much. \"It is late,\" the official said.",
    );
    assert_eq!(s.as_deref(), Some("the official"));
}

#[test]
fn a_run_before_a_persons_noun_and_a_name_describes_the_name() {
    // `he` goes to the subject named after the descriptors, not to the
    // speaker quoted before.
    let text = "Quincy Moss said the album was a triumph. \"It changed music,\" he said. \
                Northside Band veteran Brian Wolfe was another first-time winner. \
                \"It represents years of work,\" he said.";
    assert_eq!(
        speakers_of(text).last().cloned().flatten().as_deref(),
        Some("Brian Wolfe")
    );
}

#[test]
fn the_magazine_or_the_paper_is_the_publication_named_last() {
    assert_speakers(&[
        (
            "The laptop was chosen by US magazine Quill PC. \"We tried to get to the heart of it,\" the magazine said.",
            "Quill PC",
        ),
        (
            "The newspaper Norte am Sonntag said the probe had widened. \"The inquiry is serious,\" the newspaper said.",
            "Norte am Sonntag",
        ),
        (
            "The financial newsletter, Harbor Brief, said costs rose. \"Nothing was hidden,\" the newsletter said.",
            "Harbor Brief",
        ),
        (
            "The official Harbor Business newspaper published the demands in an editorial. \"Trade must be fair,\" the editorial said.",
            "Harbor Business",
        ),
        (
            "The Harbor Post said the deficit fell. \"The news helped the dollar,\" the newspaper said.",
            "Harbor Post",
        ),
    ]);
    // An unnamed paper stays unnamed; and `it` after the named one is it.
    let (_, s) = speaker_of(
        "A Farlandian newspaper said prices must rise. \"Credit is costly,\" the paper said.",
    );
    assert_eq!(s.as_deref(), Some("the paper"));
    let text = "The list was drawn up by US magazine Quill PC. \"We chose with care,\" said the magazine. \"It was hard,\" it concluded.";
    assert_eq!(
        speakers_of(text).last().cloned().flatten().as_deref(),
        Some("Quill PC")
    );
}

#[test]
fn common_first_names_from_many_languages_give_a_gender() {
    // Each pronoun goes to the one speaker of its gender, named first.
    for (first, pronoun) in [
        ("Guillermo", "he"),
        ("Jurgen", "he"),
        ("Masao", "he"),
        ("Imelda", "she"),
        ("Svetlana", "she"),
        ("Ghazala", "she"),
    ] {
        let text = format!(
            "{first} Orlek spoke first. Hank Dunmore agreed. Clara Vesey disagreed. \
             On Monday, {first} Orlek said the plan was fair. \"We will see,\" {pronoun} said."
        );
        let who = speakers_of(&text).last().cloned().flatten();
        assert_eq!(
            who.as_deref(),
            Some(format!("{first} Orlek").as_str()),
            "{text}"
        );
    }
}

#[test]
fn a_second_opening_phrase_before_the_subject_is_skipped() {
    let text = "Ken Vale said his rival was wrong. \"He is a disgrace,\" said Vale. \
                But later on Saturday, according to The Courier, Arno Wendt spoke to reporters. \
                \"I have no ties with him,\" the Rovers boss is quoted as saying.";
    assert_eq!(
        speakers_of(text).last().cloned().flatten().as_deref(),
        Some("Arno Wendt")
    );
}

#[test]
fn a_lower_case_title_joined_by_of_and_a_role_after_the_name_keep_the_name() {
    assert_speakers(&[
        (
            "Mr Vale spoke. Shadow leader of the Commons Ola Brandt said: \"This will cut costs.\"",
            "Ola Brandt",
        ),
        (
            "Edward J. Lomax, HFC's Senior Vice President, said loans offer \"lower interest rates\" than most.",
            "Edward J. Lomax",
        ),
    ]);
}

#[test]
fn the_bank_or_the_central_bank_is_the_bank_of_a_country_the_article_named() {
    assert_speakers(&[
        (
            "Dealers will not have to underwrite the sale, the Bank of Farland said. In a notice, the Bank said \"There will be no formal arrangement.\"",
            "Bank of Farland",
        ),
        (
            "The Bank of Farland raised reserve rules. In a statement issued late last night, the central bank said the rule starts soon. \"There has been excess liquidity,\" the statement said.",
            "Bank of Farland",
        ),
    ]);
    // A statement handed out after an event is not the event's.
    let (_, s) = speaker_of(
        "A representative of Harbor Oil distributed a statement after the news conference explaining its view. \"We support reform,\" the statement said.",
    );
    assert_ne!(s.as_deref(), Some("the news conference"));
}

#[test]
fn a_description_then_a_name_in_apposition_is_the_name() {
    assert_speakers(&[(
        "One senior political commentator, Fernando Quiroga of the Diario Norte, wrote last week: \"The president means well.\"",
        "Fernando Quiroga",
    )]);
    // A performer's description stands for the performer named before.
    assert_eq!(
        speakers_of(
            "Dale Moreno has said a new film is the start of his retirement. \
             The pop star called his own genre of music \"dead\"."
        )
        .last()
        .cloned()
        .flatten()
        .as_deref(),
        Some("Dale Moreno")
    );
}

#[test]
fn one_spelling_per_name_across_articles() {
    // The first spelling seen wins, so per-speaker counts add up.
    assert_eq!(
        across_articles("the Bundesbank", 1, "Bundesbank"),
        "the Bundesbank"
    );
    assert_eq!(
        across_articles("Finance Ministry", 1, "the Finance Ministry"),
        "Finance Ministry"
    );
    assert_eq!(
        across_articles("Gerhard de Kock", 1, "Gerhard De Kock"),
        "Gerhard de Kock"
    );
    assert_eq!(across_articles("the EC", 1, "EC"), "the EC");
    // `the King` is not a Mr King; descriptions stay as written.
    assert_eq!(across_articles("King", 1, "the King"), "the King");
    assert_eq!(
        across_articles("the official", 1, "The official"),
        "The official"
    );
}

#[test]
fn a_name_then_of_a_place_is_the_name_and_a_negated_verb_after_a_quote_is_no_attribution() {
    assert_speakers(&[(
        "Ada Lowe said the speech was good. Tom Marek, of Burnside, said: \"He has won us two terms.\"",
        "Tom Marek",
    )]);
    // The quote that runs on from `Mr Vale said:` stays his; the negated
    // `has not confirmed` after it names no one.
    let text = "Mr Vale said: \"Farland is the fourth-largest economy.\n\n\"So why are our pensioners poor?\" \
                The parties campaign hard, although Prime Minister Ian Dorset has not confirmed any timing.";
    assert_eq!(
        speakers_of(text).last().cloned().flatten().as_deref(),
        Some("Vale")
    );
}

#[test]
fn a_lone_first_name_is_the_one_person_of_that_first_name() {
    let text = "Sharon Whitcombe and her sister Vera Whitcombe reached the final. \
                \"We are a close family,\" Sharon said.";
    assert_eq!(
        speakers_of(text).last().cloned().flatten().as_deref(),
        Some("Sharon Whitcombe")
    );
    // Not after a title, nor a word another name ends with.
    let text = "Prince Charles met Charles Keane. \"It was fine,\" Charles said.";
    assert_eq!(
        speakers_of(text).last().cloned().flatten().as_deref(),
        Some("Charles")
    );
}

#[test]
fn a_quote_after_reported_speech_is_the_main_clause_speakers() {
    // The quote's only lead is the sentence before it: its main speaker,
    // not the subject of a speech verb inside its `that` clause.
    assert_speakers(&[
        (
            "Council leader Mara Ilves said on Friday she was pleased that the mayor had admitted two errors. \"One apology does not fix the budget.\"",
            "Mara Ilves",
        ),
        // A second statement joined by `, and` is the last speaker's.
        (
            "Tomas Brandt said the vote was close, and Edda Fink added that the count was fair. \"We will accept it.\"",
            "Edda Fink",
        ),
        // One speech verb: its own subject.
        (
            "Council leader Mara Ilves said the mayor had made two errors. \"One apology does not fix the budget.\"",
            "Mara Ilves",
        ),
    ]);
}

#[test]
fn a_new_speakers_lead_with_a_colon_introduces_the_next_quote() {
    // A paragraph that opens with a quote, then `X, of Y, said:` bringing
    // in a new speaker: the first quote goes on from the paragraph before.
    let text = "Board member Ines Calder said that the rules were \"too vague for anyone to follow\".\n\n\"It is no surprise the ministry wants to forget this law.\" Lukas Berg, of the Riders Union, said: \"There is no doubt about the rules.\"";
    assert_eq!(
        speakers_of(text),
        vec![
            Some("Ines Calder".to_string()),
            Some("Ines Calder".to_string()),
            Some("Lukas Berg".to_string()),
        ]
    );
    // The same speaker going on (`Olsen added:`, named before) keeps it.
    let text = "Mira Olsen, editor of a phone magazine, said the model would sell well.\n\n\"People want a cheaper phone.\" Olsen added: \"The price matters most.\"";
    assert_eq!(
        speakers_of(text),
        vec![
            Some("Mira Olsen".to_string()),
            Some("Mira Olsen".to_string())
        ]
    );
}

#[test]
fn a_verb_right_after_which_has_the_phrase_before_it_as_subject() {
    let text = "The minister agreed to a review after a Harbour Board report which branded the old rules as \"a shambles\". She said work would start soon.";
    // As written the speaker is `which`; it stands for the report.
    assert_eq!(
        speaker_of(text),
        (
            Some("which".to_string()),
            Some("a Harbour Board report".to_string())
        )
    );
    // A possessive phrase is what its owner said: left to the subject.
    let text = "The mayor says he stands by his remarks which compared the reporter to a \"court jester\". Critics disagree.";
    assert_eq!(mention_of(text).as_deref(), Some("The mayor"));
}

#[test]
fn a_sentence_adverb_after_the_speaker_is_no_part_of_the_mention() {
    for (text, who) in [
        (
            "The board asked her to resign. Ms Talbot meanwhile told the radio: \"I will stay on.\"",
            "Ms Talbot",
        ),
        (
            "Critics were not impressed. The treasurer nevertheless said the plan was \"sound\".",
            "The treasurer",
        ),
    ] {
        assert_eq!(mention_of(text).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn the_report_is_the_body_that_said_it_in_a_report() {
    assert_speakers(&[(
        "Food output will rise, the Trade Council said in a report. \"Exports should grow by a tenth,\" the report said.",
        "the Trade Council",
    )]);
    // `according to a report by …`: the sentence's subject is what the
    // report is about, not its author.
    let (_, s) = speaker_of(
        "Chile will build two million cars by 2000, according to a report by the Andes Research Group. \"Makers will expand in Chile soon,\" the report said.",
    );
    assert_ne!(s.as_deref(), Some("Chile"));
}

#[test]
fn a_description_that_goes_on_speaking_is_the_speaker_just_before() {
    let text = "\"The show will open in spring,\" said producer Nora Field. \"We could not find a theatre in time,\" added the British producer.";
    assert_eq!(
        speakers_of(text),
        vec![
            Some("Nora Field".to_string()),
            Some("Nora Field".to_string())
        ]
    );
    // No named speaker just before: the description stays as written.
    let (_, s) = speaker_of(
        "A spokesman said the show would open in spring. \"We could not find a theatre in time,\" added the British producer.",
    );
    assert_eq!(s.as_deref(), Some("the British producer"));
}

#[test]
fn a_list_of_names_as_subject_is_no_antecedent_of_he() {
    let text = "“We will miss him,” said Roberto Alvarez, the club's manager. Juniors \
                Tom Keller, Liam Ashdown and Omar Fenn could replace the captain, but \
                it is unlikely Alvarez will risk them. “Nobody can fill his boots,” he said.";
    let alvarez = Some("Roberto Alvarez".to_string());
    assert_eq!(speakers_of(text), vec![alvarez.clone(), alvarez]);
}

#[test]
fn a_plural_role_opening_a_sentence_is_a_description_in_lower_case() {
    let text = "Shares of the Midland lender fell. Analysts said: “Nobody \
                expected the loss.” “The loss was a shock,” traders said. \
                MPs said: “It is a setback.”";
    assert_eq!(
        speakers_of(text),
        vec![
            Some("analysts".to_string()),
            Some("traders".to_string()),
            Some("MPs".to_string()),
        ]
    );
}

#[test]
fn a_description_that_goes_on_is_the_speaker_just_before_only() {
    // `added,` with its comma still goes on.
    let text = "“We will sell more notes,” said Carla Ruiz, director of funding \
                at the bank. “There is a lot of our paper out there,” the \
                executive added, referring to past issues.";
    let ruiz = Some("Carla Ruiz".to_string());
    assert_eq!(speakers_of(text), vec![ruiz.clone(), ruiz]);
    // After an unnamed speaker, the description stays unnamed: not the
    // person named before it.
    let text = "“Rates will fall,” said Tomas Brandt, an economist at Lindqvist \
                Bank. “We have no plan to change course,” a ministry \
                spokesman said. “But we are watching,” the ministry \
                spokesman added.";
    assert_eq!(
        speakers_of(text),
        vec![
            Some("Tomas Brandt".to_string()),
            Some("a ministry spokesman".to_string()),
            Some("the ministry spokesman".to_string()),
        ]
    );
}

#[test]
fn he_goes_back_through_but_he_and_the_titled_description_to_the_named_person() {
    // `But he added` passes the chain on; `The mayor` is the one person
    // titled Mayor; the listener after `told` is not he.
    let text = "The port will borrow abroad, Mayor Pedro Almeida said.\n\n\
                Almeida told bank manager Rui Costa that he hoped work would \
                start soon.\n\n\
                The mayor said foreign firms would be invited to bid.\n\n\
                But he added that they would have to bring their own loans.\n\n\
                “This is a complex issue,” he said.";
    assert_eq!(speakers_of(text), vec![Some("Pedro Almeida".to_string())]);
}

#[test]
fn he_after_a_sentence_of_reported_speech_is_its_reporter() {
    // `…, Bauer said.` makes the sentence Bauer's, not Klein's.
    let text = "Chairman Otto Bauer told reporters the offer would open on \
                Monday. Chairman Jonas Klein said the group would keep its \
                stake. The shares of the bank will be listed on the exchange in \
                Basel next month, Bauer said. He said he hoped for 30,000 \
                buyers. “This is a small offer,” he said.";
    assert_eq!(speakers_of(text), vec![Some("Otto Bauer".to_string())]);
}

#[test]
fn sentence_adverbs_particles_chiefs_and_titled_pairs() {
    // A sentence adverb is no speaker.
    let (mention, _) = speaker_of(
        "The study was published on Monday. Specifically, the panel led by \
         Dr. Rosa Klein found that “the pill halves the risk.”",
    );
    assert_ne!(mention.as_deref(), Some("Specifically"));
    // A title of a firm whose name has a particle, after a comma: the name
    // that opens the apposition.
    assert_speakers(&[(
        "“Reserves exceed 500 billion barrels,” Ana Maria Ruiz, President of \
         Petrolera de Oriente told the congress.",
        "Ana Maria Ruiz",
    )]);
    // `the <body> chief` is the body's president named just before.
    let text = "IGM president Karl Vogt was cheered when he declared the union \
                ready for “war” with the carmakers.\n\n“It takes two to make \
                peace,” the IGM chief said.";
    let vogt = Some("Karl Vogt".to_string());
    assert_eq!(speakers_of(text), vec![vogt.clone(), vogt]);
    // Two titled names joined by `and` speak together.
    let q = extract_quotes(
        "“We back the merger,” union president Karl Vogt and vice president \
         Lena Berg said in a statement.",
        lexicon(),
    );
    assert_eq!(
        q.first().map(|q| q.speakers.clone()),
        Some(vec!["Karl Vogt".to_string(), "Lena Berg".to_string()])
    );
}

#[test]
fn a_party_member_of_a_state_is_the_person_just_named() {
    // Before the quote, and the `he` after it.
    assert_eq!(
        speakers_of(
            "Chairman Rolf Dannick of the harbor committee said today the mayor must reconsider. \
             The Vermont Democrat, asked about the budget, said, \"I think the mayor will have to move.\" \
             He added, \"I just hope there is enough vision at city hall.\""
        ),
        vec![Some("Rolf Dannick".to_string()), Some("Rolf Dannick".to_string())]
    );
    // After it.
    assert_speakers(&[(
        "House Speaker Walter Brandt dismissed the charges. \"That is ridiculous,\" the Texas Republican told reporters.",
        "Walter Brandt",
    )]);
    // A party's members are no one person.
    let (_, s) = speaker_of(
        "Senator Walter Brandt spoke first. \"We will vote no,\" the Texas Republicans said.",
    );
    assert_ne!(s.as_deref(), Some("Walter Brandt"));
    // Someone named since the subject found is a better fit: no one.
    let (_, s) = speaker_of(
        "Assistant Transportation Secretary Walter Brandt said at a Senate hearing he would not \
         object to a transfer.\n    Brandt and Deputy Assistant Attorney General Roger Lund said \
         both departments felt airlines should be judged the same.\n    The department is due to \
         lose its authority in 1989, but subcommittee chairman Howard Lind wants it shifted now \
         because he feels the department has approved too many mergers.\n    \"Mergers have \
         proceeded at a breakneck pace,\" the Ohio Democrat said.",
    );
    assert_eq!(s.as_deref(), Some("the Ohio Democrat"));
}

#[test]
fn a_phrase_between_double_hyphen_dashes_is_passed_over() {
    assert_speakers(&[(
        "Dart Group said it raised its bid.\n    In Lindale, N.J., Harbor Markets General -- \
         responding to a previous letter to its board by Dart -- said \"Your conduct indicates \
         that no deal can be made with you.\"",
        "Harbor Markets General",
    )]);
}

#[test]
fn a_partys_leader_as_subject_is_the_person_the_article_gave_that_title() {
    let text = "The feud is damaging the government, Tory leader Alan Marsh has claimed.\n\n\
                A new book claimed that Mr Lind told Mr Pell: \"There is nothing you could say to me.\" \
                Mr Pell denied that quote on Wednesday.\n\n\
                The Tory leader countered that such deals had been struck twice. He declared: \
                \"He is the deals on meals prime minister.\"";
    assert_eq!(
        speakers_of(text).last().cloned().flatten().as_deref(),
        Some("Alan Marsh")
    );
}

#[test]
fn a_name_inside_a_who_clause_with_commas_is_not_the_speaker() {
    assert_speakers(&[(
        "Tony Marl founded Harbor Records.\n\nMr Marl, who was also involved with the band \
         Blue Quay, as well as the Low Tides, said he would \"rather not\" appear in the film.",
        "Tony Marl",
    )]);
    // (Two spaces inside the name: the mention is the name as written.)
    assert_eq!(
        mention_of(
            "Tony Marl founded Harbor Records.\n\nMr  Marl, who was also involved with the \
             band Blue Quay, as well as the Low Tides, said he would \"rather not\" appear."
        )
        .as_deref(),
        Some("Mr  Marl")
    );
    // `who` as the object: the pronoun is the speaker, not the name.
    let s = speakers_of(
        "Foreign Secretary Jack Marl said he had always had \"very good relations\" with \
         Mr Pell, who he described as \"very talented\".",
    );
    assert_eq!(last(&s), Some("Jack Marl"));
    let s = speakers_of(
        "Glenn Vale spoke on Wednesday. Much of Vale's ire was directed at Stephen Pell, \
         who Vale on Wednesday called \"a horrible, despicable human being.\"",
    );
    assert_eq!(last(&s), Some("Glenn Vale"));
}

#[test]
fn a_verb_with_its_object_before_a_comma_introduces_the_quote_not_the_next_sentences() {
    for (text, who) in [
        (
            "Rena Kollar told reporters, \"We have waited long enough.\" She added, \"The council must act.\"",
            "Rena Kollar",
        ),
        (
            "Voters were split. But as Bishop Tom Harwell told the Daily Courier (DC), \"We have suffered the same fate.\" He added, \"The vote was a warning.\"",
            "Bishop Tom Harwell",
        ),
        (
            "Rena Kollar said in a statement on Tuesday, \"We have waited long enough.\" She added, \"The council must act.\"",
            "Rena Kollar",
        ),
    ] {
        let m = mentions(text);
        assert_eq!(m.len(), 2, "{text}");
        assert_eq!(m[0].1.as_deref(), Some(who), "{text}");
        assert!(matches!(m[1].1.as_deref(), Some("She" | "He")), "{text}");
    }
    // A `that` clause before the comma is no lead-in: the next sentence's
    // speaker stays.
    let m = mentions(
        "Rena Kollar said on Tuesday that the harbour plan had failed, \"We have waited long \
         enough.\" She added, \"The council must act.\"",
    );
    assert_eq!(m.len(), 2);
    assert_eq!(m[0].1.as_deref(), Some("She"));
}

#[test]
fn a_parent_of_a_count_and_an_age_are_part_of_the_speakers_description() {
    for (text, who) in [
        ("A father of two said, \"It is meant for the mothers.\"", "A father of two"),
        ("\"It is meant for the mothers,\" a father of two said.", "a father of two"),
        (
            "When pressed on why the plan leaves out fathers, the 34-year-old mother of three replied, \"It is meant for the mothers.\"",
            "the 34-year-old mother of three",
        ),
        ("The 34-year-old mother said, \"It is meant for the mothers.\"", "The 34-year-old mother"),
    ] {
        assert_eq!(mention_of(text).as_deref(), Some(who), "{text}");
    }
    // The age stands for the person just quoted.
    assert_eq!(
        speakers_of(
            "\"We will win,\" said Dana Whitcombe. \"It has been a long season,\" the 41-year-old \
             midfielder told the club's website."
        ),
        vec![
            Some("Dana Whitcombe".to_string()),
            Some("Dana Whitcombe".to_string())
        ]
    );
}

#[test]
fn an_attribution_set_off_by_commas_inside_the_next_sentence_is_that_sentences() {
    let m = mentions(
        "\"We are a quiet town,\" said Dennis Garvey, a retired plumber. \"People notice strangers \
         here. Nobody locks a door.\" Perhaps, he said, the town \"has grown too fast.\"",
    );
    let who: Vec<Option<&str>> = m.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![Some("Dennis Garvey"), Some("Dennis Garvey"), Some("he")]
    );
    // An attribution that opens the next sentence still speaks the quote.
    let m =
        mentions("\"People notice strangers here. Nobody locks a door.\" Garvey said on Tuesday.");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].1.as_deref(), Some("Garvey"));
}

#[test]
fn a_noun_or_verb_that_reports_no_speech_before_a_partial_quote_leaves_it_to_the_one_after() {
    // `states` after `key` is a noun, not `X states`; the `she says` that
    // splits the two quotes is the speaker of both.
    let m = mentions(
        "Lena Ortiz is still undecided. Dorr's support in key states means \"he must be doing \
         something right,\" she says, \"but I am not sure I would vote for him.\"",
    );
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("she"));
    assert_eq!(m[1].1.as_deref(), Some("she"));
    // `continues to be` reports nothing; `continued to warn` does.
    assert_eq!(
        mention_of(
            "For the lenders, Norvia continues to be \"the best house on a bad street,\" he said."
        ),
        Some("he".into())
    );
    assert_eq!(
        mention_of(
            "The ministry continued to warn that the \"bubble may burst any time\" as prices rose."
        ),
        Some("The ministry".into())
    );
    // A verb with more after it is not the quote's own attribution.
    let m = mentions(
        "Although Dorr admitted that they had \"been close friends,\" he claimed the loan was a gift.",
    );
    assert_eq!(m[0].1.as_deref(), Some("Dorr"));
}

#[test]
fn a_short_quote_earlier_in_the_sentence_does_not_hide_the_speaker() {
    assert_eq!(
        mention_of_last(
            "Mara Lindqvist, the former governor, defended the 2011 budget during a \"Town Hall \
             Forum\" run by the Courier and said she has what the job needs: \"Patience, and \
             then more patience.\""
        ),
        Some("Mara Lindqvist".into())
    );
    // The `-es` verb after a name ends the speaker: not `the Courier focuses`.
    assert_eq!(
        mention_of_last(
            "To make its case, the Courier focuses on how the \"rainy day\" fund was spent in a \
             single year: \"The money was gone by March.\""
        ),
        Some("the Courier".into())
    );
    // A present tense after the quote: `Bozell answers`.
    assert_eq!(
        mention_of("\"We can name only two,\" Tomas Berge answers."),
        Some("Tomas Berge".into())
    );
}

/// The speaker mention of the last quote in `text`.
fn mention_of_last(text: &str) -> Option<String> {
    mentions(text).pop().and_then(|(_, s)| s)
}

#[test]
fn a_quote_left_open_after_an_attributed_quote_of_its_paragraph_is_that_speakers() {
    // The open quote runs on by convention, but the next paragraph names
    // someone else: the attribution in its own paragraph wins.
    let text = "“It is a warning to everyone,” Rep. Lena Dorr said Friday. “If the rule \
                stands, nobody can feel safe.\n\n“I have been thinking about where we are as \
                a state,” added Rep. Tomas Berge.";
    let s = speakers_of(text);
    assert_eq!(s.len(), 3, "{s:?}");
    assert_eq!(s[0].as_deref(), Some("Lena Dorr"));
    assert_eq!(s[1].as_deref(), Some("Lena Dorr"));
    assert_eq!(s[2].as_deref(), Some("Tomas Berge"));
}

#[test]
fn a_name_that_introduces_a_quote_wins_over_a_pronoun_after_it_and_the_pronoun_goes_on() {
    for text in [
        "Asked about the harbour, Lena Dorr said \"I know nothing about the plan,\" she said. \
         \"I have never seen it.\"",
        "Sen. Lena Dorr (D-Me.) scolded him: \"The evidence is against you,\" she said. \"You \
         should know better.\"",
    ] {
        let m = mentions(text);
        assert_eq!(m.len(), 2, "{text}: {m:?}");
        assert!(
            m[0].1.as_deref().is_some_and(|s| s.contains("Lena Dorr")),
            "{text}: {m:?}"
        );
        assert_eq!(m[1].1.as_deref(), Some("she"), "{text}");
        assert_eq!(
            speakers_of(text),
            vec![Some("Lena Dorr".to_string()); 2],
            "{text}"
        );
    }
}

#[test]
fn the_owner_of_a_speech_noun_an_aside_between_dashes_and_a_named_thing() {
    // Her comments … that “…”: she said it, not the group that aired them.
    assert_eq!(
        mention_of(
            "A new group called Forward 20 ran ads using her comments before a county panel \
             that \"I was responsible for most of it\" of the budget."
        ),
        Some("her".into())
    );
    // A label for what was said is no owner's words.
    assert_ne!(
        mention_of(
            "The council said many residents found his explanation \"a pitiful excuse\" for \
             the delay."
        ),
        Some("his".into())
    );
    // `- as Berge has said -` reports nothing after the aside.
    assert_eq!(
        mention_of(
            "Dorr mocked her rivals and assured the crowd that the plan is sound - as Berge has \
             said - and she can \"guarantee\" it will pass."
        ),
        Some("Dorr".into())
    );
    // `the loophole called an “inversion,”` names a thing; they slammed it.
    assert_eq!(
        mention_of("They slammed the loophole called an \"inversion,\" in which a firm moves."),
        Some("They".into())
    );
}

#[test]
fn an_opening_clause_that_introduces_a_quote_and_nouns_or_names_that_look_like_verbs() {
    // `When someone shouted, “…,” Beck joked`: the shout is someone's.
    let m =
        mentions("When a man in the front row shouted, \"Dorr,\" Berge joked, \"Amen, brother!\"");
    assert_eq!(m.len(), 2, "{m:?}");
    assert!(
        m[0].1.as_deref().is_some_and(|s| s.ends_with("row")),
        "{m:?}"
    );
    assert_eq!(m[1].1.as_deref(), Some("Berge"));
    // `bellwether states and counties` is a noun, not `X states` (whose
    // speaker would be `examines bellwether`).
    let m = mention_of(
        "That record led the Almanac of County Votes, which examines bellwether states and \
         counties, to state, \"Vigo County is the most reliable bellwether we know.\"",
    );
    assert!(
        m.as_deref().is_none_or(|s| !s.contains("examines")),
        "{m:?}"
    );
    // `refers to X as “…”` names; `refers to those towns` does not.
    let m = mentions(
        "Dorr refers to the mayor, who is supposedly her old friend, as \"Mr. Berge,\" while \
         Berge refers to her as \"Lena.\"",
    );
    assert_eq!(m[0].1.as_deref(), Some("Dorr"), "{m:?}");
    assert_eq!(m[1].1.as_deref(), Some("Berge"), "{m:?}");
}

#[test]
fn a_short_title_earlier_in_the_sentence_leaves_a_partial_quote_to_the_sentences_person() {
    let text = "Lena Dorr said the plan would fail. Dorr thought some of the \"Friends of the \
                Harbour\" buzz was artificially fed, a tribute to \"the consummate skills of her \
                rivals.\"";
    let m = mentions(text);
    assert_eq!(
        m.last().and_then(|(_, s)| s.as_deref()),
        Some("Dorr"),
        "{m:?}"
    );
    // A title is no statement and gets no speaker that way.
    let m = mentions(
        "Dorr said she liked the show. She starred in \"The Long Winter\" before her role in \
         \"Harbour Lights.\"",
    );
    assert!(m.iter().all(|(_, s)| s.is_none()), "{m:?}");
}

#[test]
fn a_when_clause_after_a_quote_and_a_negated_verb_attribute_nothing() {
    // `“…,” when Berge blasted him`: the clause is no attribution.
    assert_eq!(
        mention_of(
            "The ad ends with footage of Dorr saying at the debate, \"That makes me smart,\" \
             when Berge blasted him for paying no tax."
        ),
        Some("Dorr".into())
    );
    // … but `“…” if she loses, said X` still attributes after the clause.
    assert_eq!(
        mention_of(
            "\"Many would call that an embarrassment for Berge\" if she did not win by more, \
             said Lena Dorr, an analyst."
        ),
        Some("Lena Dorr".into())
    );
    // `haven't said` reports nothing; the quote after is still Dorr's.
    let m = mentions(
        "\"There is new evidence,\" Dorr said, though Berge and other officials haven't said \
         the case is open again. \"Remember, a warrant needs probable cause.\"",
    );
    assert_eq!(
        m.last().and_then(|(_, s)| s.as_deref()),
        Some("Dorr"),
        "{m:?}"
    );
}

#[test]
fn a_participle_after_an_as_clause_is_its_subjects_when_the_sentence_opens_with_it() {
    assert_eq!(
        mention_of(
            "It was a potent one-two punch, as Mrs. Dorr echoed the criticism, saying Mr. Berge \
             \"reminds us every day that he is in it for himself.\""
        ),
        Some("Mrs. Dorr".into())
    );
}

#[test]
fn a_named_speakers_sentence_between_two_quotes_of_a_paragraph_takes_the_second() {
    let text = "\"Obesity is growing fastest here,\" he said. Shadow sports minister Lord Tamsin \
                said the policy would empower local clubs. \"We aim to shift sport away from \
                overstretched schools.\"";
    let m = mentions(text);
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(m[1].1.as_deref(), Some("Lord Tamsin"), "{m:?}");
    // Inside the first quote's own sentence, no new speaker.
    let m = mentions(
        "\"Obesity is growing fastest here,\" he said, as Lord Tamsin said the policy would \
         help. \"We aim to shift sport away from schools.\"",
    );
    assert_eq!(m[1].1.as_deref(), Some("he"), "{m:?}");
}

#[test]
fn a_partial_quote_after_a_quote_that_ended_its_sentence_is_the_new_sentences_pronoun() {
    let m = mentions(
        "Dorr credited the result to \"a closed primary, which I never liked.\" He commanded \
         the party to \"open its doors to everyone who wants to fight.\"",
    );
    assert_eq!(
        m.last().and_then(|(_, s)| s.as_deref()),
        Some("He"),
        "{m:?}"
    );
}

#[test]
fn a_speech_verb_after_to_is_spoken_by_the_subject_before_it() {
    assert_eq!(
        mention_of(
            "The debate was so subdued that Mr. Berge was prompted to say, \"So far, I cannot \
             believe how civil it has been up here.\""
        ),
        Some("Mr. Berge".into())
    );
    assert_eq!(
        mention_of(
            "The columnist Tamsin Dorr went so far as to say: \"This is the worst campaign I \
             have seen in my whole life.\""
        ),
        Some("Tamsin Dorr".into())
    );
    // `failed to say` said nothing: the phrase is no statement of Gencorp's.
    let m = mentions(
        "The partnership said Berge failed to say how it would provide a \"superior value \
         for every one of the shareholders.\"",
    );
    assert_ne!(
        m.first().and_then(|(_, s)| s.as_deref()),
        Some("Berge"),
        "{m:?}"
    );
}

#[test]
fn a_possessive_owner_of_speech_keeps_its_adjective_and_its_relative_clause() {
    assert_eq!(
        mention_of(
            "Dorr won here partly because of Mr. Berge's patronizing suggestion at a debate \
             that she was ''likable enough.''"
        ),
        Some("Mr. Berge's".into())
    );
    assert_eq!(
        mention_of(
            "The candidates stay away from Tamsin Dorr, who has been battered by Director Ola \
             Berge's conclusion that her actions were \"extremely careless.\""
        ),
        Some("Director Ola Berge's".into())
    );
}

#[test]
fn shouts_that_come_from_a_crowd_are_the_crowds() {
    assert_eq!(
        mention_of("The chair called a vote. \"Call the roll,\" came shouts from the crowd."),
        Some("the crowd".into())
    );
}

#[test]
fn partial_quotes_joined_by_and_share_their_speaker() {
    let m = mentions(
        "Berge hammered Dorr, calling him a \"total train wreck\" and \"outsourcer in chief of \
         the nation,\" and contrasted him, whom he described as \"volatile and mean,\" with the \
         governor.",
    );
    assert_eq!(m.len(), 3, "{m:?}");
    assert_eq!(m[1].1.as_deref(), Some("Berge"), "{m:?}");
}

#[test]
fn a_paragraphs_first_quote_after_a_reporting_sentence_is_that_sentences_speaker() {
    // Later quotes in the paragraph no longer stop the look back …
    let m = mentions(
        "Thomas Coan represents Berge. Reynolds says the movement was ready. \"Because Berge \
         got their attention, they convened.\"\n\nCoan, Berge's attorney, argues that his client never urged violence. \
         \"The government is alleging that his calls were provoking violence.\" \"His intent \
         was a peaceful end to all of it.\"",
    );
    assert_eq!(m.len(), 3, "{m:?}");
    assert_eq!(m[1].1.as_deref(), Some("Coan"), "{m:?}");
    // … but a later quote in the same sentence does (its own attribution
    // follows).
    let m = mentions(
        "Dorr refused to repudiate politicians, like Pat Berge, who had condemned it. \
         ''Family values people'' are ''not out to bash anyone at all,'' he said.",
    );
    assert_ne!(
        m.first().and_then(|(_, s)| s.as_deref()),
        Some("who"),
        "{m:?}"
    );
}

#[test]
fn smiles_introduces_a_quote() {
    assert_eq!(
        mention_of("Trade is up. \"You can call it a peace dividend,\" smiles one broker."),
        Some("one broker".into())
    );
}

#[test]
fn an_indefinite_description_right_before_the_verb_is_no_apposition() {
    assert_eq!(
        mention_of(
            "Berge, the Republican attorney general under President Ola Dorr, criticized the \
             email use, which an FBI investigation said was \"extremely careless\" but did not \
             warrant charges."
        ),
        Some("an FBI investigation".into())
    );
}

#[test]
fn a_paragraph_ending_with_a_colon_is_read_for_its_own_verb() {
    let text = "The New York Times made these same allegations against the Berge group in \
                February, and Dorr News responded:\n\n\"If there are people in this country who \
                want to commit crimes, they will find a way.\"";
    assert_eq!(mention_of(text), Some("Dorr News".into()));
}

#[test]
fn a_whose_clause_closed_before_the_verb_holds_no_speaker() {
    assert_eq!(
        mention_of(
            "Tamsin Berge, whose hometown, Miami, is projected to be underwater as the sea \
             level rises, argues that efforts to combat it will ''destroy our economy.''"
        ),
        Some("Tamsin Berge".into())
    );
}

#[test]
fn the_object_of_a_participle_before_that_is_no_verb() {
    let m = mentions(
        "In his first dispatches, Berge wears a suit in videos he calls \"Consumer TV,\" \
         pointing to bottles of Coca-Cola and telling viewers that corn syrup is \"destroying \
         America.\"",
    );
    assert_eq!(
        m.last().and_then(|(_, s)| s.as_deref()),
        Some("Berge"),
        "{m:?}"
    );
}

#[test]
fn a_negated_clause_after_the_next_sentences_verb_is_its_own_statement() {
    let m = mentions(
        "In city after city, Berge lobbies for a higher minimum wage: \"No one who works a \
         full-time job in this country should have to live in poverty.\" He says not enacting \
         paid leave is \"unconscionable.\"",
    );
    assert_eq!(m[0].1.as_deref(), Some("Berge"), "{m:?}");
}

#[test]
fn state_before_a_noun_is_no_verb() {
    assert_eq!(
        mention_of(
            "\"We are certainly taking a look at appealing\" the ruling in Illinois state court, \
             the FMC spokeswoman said."
        ),
        Some("the FMC spokeswoman".into())
    );
}

#[test]
fn a_partial_quote_takes_the_attribution_that_ends_its_sentence_past_the_next_quote() {
    let m = mentions(
        "Tamsin Berge runs the group. Fundraising was \"stagnant for about a month or six \
         weeks\" as donors waited to see how a \"turbulent election cycle\" played out, she \
         said.",
    );
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(m[0].1.as_deref(), Some("she"), "{m:?}");
}

#[test]
fn he_after_a_sentence_about_a_named_person_with_a_who_clause_is_that_person() {
    let text = "\"They will target a victory in Dublin,\" said coach Eddie Berge.\n\nIreland, \
                despite having Gordon Dorr still out injured, have been boosted by the return \
                of star skipper Brian Tamsin who missed the last game with an injury. \"The \
                knowledge that this game was coming up really helped me,\" he said.";
    let s = speakers_of(text);
    assert_eq!(last(&s), Some("Brian Tamsin"), "{s:?}");
    // Not a name after a preposition (`an adviser to Barack Obama who`).
    let text = "\"It is one imperative,\" says David Berge, a longtime adviser to Barack \
                Tamsin who helped write the plan. \"But warmth is another thing entirely,\" he \
                said.";
    let s = speakers_of(text);
    assert_eq!(last(&s), Some("David Berge"), "{s:?}");
}

#[test]
fn the_mother_of_nine_is_the_woman_just_named() {
    let text = "His mother Katherine Berge told a TV network on Sunday that her son was \
                innocent. \"I believe that for one reason - I know his character,\" she said. \
                Describing him as \"a good person who loves children\", the mother-of-nine said \
                she feared he would not be given a fair trial.";
    let s = speakers_of(text);
    assert_eq!(last(&s), Some("Katherine Berge"), "{s:?}");
}

#[test]
fn a_who_with_no_name_before_it_does_not_end_the_search_for_one() {
    let text = "\"They will target a victory in Dublin,\" said coach Eddie Berge.\n\nIreland, \
                whose fans who travelled were loud, have been boosted by the return of star \
                skipper Brian Tamsin who missed the last game with an injury. \"The knowledge \
                that this game was coming up really helped me,\" he said.";
    let s = speakers_of(text);
    assert_eq!(last(&s), Some("Brian Tamsin"), "{s:?}");
}

#[test]
fn a_share_of_the_people_polled_speaks_for_the_poll() {
    let text = "Turnout may be high. In a national Marston/Ode poll released Monday, 31% of \
                Republicans said they were \"extremely enthusiastic\" about voting. The Q poll \
                finds that, while 37 percent of voters say the mayor is \"very responsible\" for \
                the delays, 22 percent say he is \"not at all responsible.\" But a fresh \
                Marston-Ode survey shows the mood: Six in 10 Republicans said the party \
                \"should back the candidate with the most votes.\"";
    let m: Vec<Option<String>> = mentions(text).into_iter().map(|(_, s)| s).collect();
    assert_eq!(
        m,
        [
            Some("a national Marston/Ode poll"),
            Some("The Q poll"),
            Some("The Q poll"),
            Some("a fresh Marston-Ode survey"),
        ]
        .map(|s| s.map(str::to_string)),
    );
    // Without a poll in the sentence, the share stays the speaker.
    assert_eq!(
        mention_of(
            "Most of the crowd cheered, and 31% of Republicans said they were \"thrilled\"."
        ),
        Some("Republicans".to_string())
    );
}

#[test]
fn she_is_never_a_poll() {
    let text = "In a Marston poll released Sunday, just 8 percent of Democrats said they would \
                \"never\" vote for him.\n\n\"I am proud to have their support,\" she said.";
    let s = speakers_of(text);
    assert_ne!(last(&s), Some("a Marston poll"), "{s:?}");
}

#[test]
fn a_first_name_from_the_list_gives_she_its_gender() {
    // `Hazel`, `Colleen` and `Daniela` are in lexicons/first_names.tsv as
    // women's names: `she` goes to the woman the sentence is about, not to
    // the last speaker.
    for name in ["Hazel", "Colleen", "Daniela"] {
        let text = format!(
            "\"Fewer children take lessons now,\" said Eve Tamsin, who runs a school.\n\n\
             {name} Berge, 23, an information manager, gave up ballet at the age of 10. \
             \"It is not a very cool thing to do at big school,\" she said."
        );
        let s = speakers_of(&text);
        let want = format!("{name} Berge");
        assert_eq!(last(&s), Some(want.as_str()), "{s:?}");
    }
}

#[test]
fn a_number_that_ends_a_name_before_the_verb_is_part_of_it() {
    assert_speakers(&[
        (
            "\"Members rejected the offer by a 2 to 1 margin,\" Bob Tamsin, executive officer \
             of local 174 said.",
            "Bob Tamsin",
        ),
        (
            "Radio 7 said the station would rise to the \"challenge\" of keeping the show \
             alive.",
            "Radio 7",
        ),
    ]);
    // Not a date or a year: `December 17 said` is Lawson's.
    for text in [
        "Tax receipts have far surpassed forecasts, economists say. Lawson as recently as \
         December 17 said the borrowing target was \"a sensible one\".",
        "A legal opinion drafted for the project in May 2012 concluded that the centre \
         was \"not a political party\".",
    ] {
        let m = mentions(text);
        assert!(
            m.iter()
                .all(|(_, s)| !s.as_deref().is_some_and(|s| s.contains(char::is_numeric))),
            "{m:?}"
        );
    }
}

#[test]
fn a_players_position_after_an_adjective_is_the_player_just_named() {
    let text = "Former All Black star Jonah Tamsin says he cannot wait to play again.\n\nThe \
                29-year-old had a kidney transplant in July. \"Now it is basically bring it \
                on!\" said the giant winger.";
    let s = speakers_of(text);
    assert_eq!(last(&s), Some("Jonah Tamsin"), "{s:?}");
}

#[test]
fn the_prospectus_is_the_firm_that_issued_it() {
    let text = "The two firms settled part of the dispute, Fujiwa said in a prospectus for a \
                bond issued in London.\n\n\"By later agreements, the parties have resolved some \
                of the issues,\" the prospectus said.\n\n\"The Company is not in a position to \
                predict the outcome,\" it said.";
    let s = speakers_of(text);
    assert_eq!(s, [Some("Fujiwa".to_string()), Some("Fujiwa".to_string())]);
}

#[test]
fn quoted_as_with_any_speech_participle_names_the_one_quoted() {
    assert_speakers(&[
        (
            "The central bank statement quoted Fernandez as stressing that the bank was \
             \"repeatedly given notice of the continuing losses.\"",
            "Fernandez",
        ),
        (
            "\"We don't want to go down that road,\" Tamsin was quoted as telling the prime \
             minister.",
            "Tamsin",
        ),
    ]);
}

#[test]
fn a_band_before_a_members_noun_and_name_is_not_the_he() {
    // `Franz`-like first names make the band look like a man.
    let text = "Johann Sebastian frontman Alex Tamsin has called for more help for musicians, \
                while taking part in an Edinburgh Lectures discussion.\n\n\"For any cultural \
                output to thrive there needs to be some state input,\" he said.";
    let s = speakers_of(text);
    assert_eq!(s, [Some("Alex Tamsin".to_string())]);
    let text = "\"It is such a pity,\" Mr Howard told the radio.\n\nJewish Chronicle editor \
                Ned Tamsin said there had been a mixed reaction. \"Shylock and Fagin are \
                linked to notions of the past,\" he said.";
    let s = speakers_of(text);
    assert_eq!(last(&s), Some("Ned Tamsin"), "{s:?}");
}

#[test]
fn draw_23_patterns_name_their_speakers() {
    // A title that opens a role after the comma: the apposition runs on
    // over the place's comma.
    assert_eq!(
        mention_of(
            "Mr Tamsin, MP for Henley-on-Thames, Oxfordshire, said he suspected the party \
             was trying to reassure voters \"because of this curious way it has\"."
        )
        .as_deref(),
        Some("Mr Tamsin")
    );
    // `a claim by X that …`: X, for the quote inside the claim only.
    let m = mentions(
        "Michael Berge has said a claim by Peter Tamsin that the leader is acting like an \
         \"attack mongrel\" shows the party is \"rattled\" by the opposition.",
    );
    let who: Vec<Option<&str>> = m.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(who, [Some("Peter Tamsin"), Some("Michael Berge")]);
    // A paper's name ending in `News` is what `the newspaper` stands for.
    let s = speakers_of(
        "Earlier this week, the local Arab Ledger News said the minister had \"caused uproar\". \
         The newspaper said many women found his explanation \"a pitiful excuse\".",
    );
    assert_eq!(last(&s), Some("Arab Ledger News"), "{s:?}");
}

#[test]
fn three_word_descriptions_with_a_capitalised_qualifier_are_anaphoric() {
    let s = speakers_of(
        "Kelly Tamsin has been forced out of the championships.\n\nThe double Olympic \
         champion said: \"I am very disappointed that I have been forced to withdraw.\"",
    );
    assert_eq!(s, [Some("Kelly Tamsin".to_string())]);
    // Not a post (`the Metropolitan police chief`) after another chief.
    let s = speakers_of(
        "Norfolk police chief Andy Tamsin backed the plans. \"It is a premature position,\" \
         he said.\n\nThe Metropolitan police chief said last week that the plans were \
         \"an epidemic waiting to happen\".",
    );
    assert_ne!(last(&s), Some("Andy Tamsin"), "{s:?}");
}

#[test]
fn a_department_of_affairs_is_no_he() {
    let s = speakers_of(
        "Alexis Tamsin, minister for economic services at the Department of Foreign Affairs, \
         said an index is expected this month.\n\nTrading will begin next year \"with more than \
         a dozen of the most actively traded shares,\" he told the association.",
    );
    assert_ne!(last(&s), Some("Foreign Affairs"), "{s:?}");
}

#[test]
fn a_lower_case_apposition_is_a_role_not_a_name() {
    let text = "Despite the majority, the proposals will be contested.\n\nJohn Tamsin, a \
                Republican Senator, said he was pleased the administration was prepared to act. \
                \"With the deficits that we are now running, I am glad,\" he said.";
    assert_eq!(speakers_of(text), [Some("John Tamsin".to_string())]);
    assert_speakers(&[(
        "Sen. Don Tamsin, an Oklahoma Republican, said the bill was \"a disaster\".",
        "Don Tamsin",
    )]);
}

#[test]
fn letters_after_a_full_name_are_no_part_of_it() {
    assert_speakers(&[
        (
            "The Tory finance spokesman, Brian Tamsin MSP, said: \"It is a form of disguise.\"",
            "Brian Tamsin",
        ),
        (
            "\"It is a matter for the court,\" said Guy Tamsin QC.",
            "Guy Tamsin",
        ),
    ]);
    // A description keeps them: `the Salford MP` is someone's post.
    let text = "Hazel Tamsin said the plan was sound. \"It works,\" said the Salford MP.";
    assert_eq!(speakers_of(text), [Some("Hazel Tamsin".to_string())]);
}

#[test]
fn he_after_an_indefinite_description_is_that_description() {
    let text = "\"Interest rates are low,\" said Zhang Tamsin, a vice minister.\n\nOne diplomat \
                said the prospects are good. \"The fear is that refusal would close the \
                door,\" he said.";
    let s = speakers_of(text);
    assert_eq!(last(&s), Some("one diplomat"), "{s:?}");
    // Not a definite one (`The TV host`: the article named him), nor one
    // of the other gender.
    let text = "Jerry Tamsin spoke to the audience.\n\nThe TV host said he was ready. \"I \
                will do it again,\" he said.";
    assert_eq!(speakers_of(text), [Some("Jerry Tamsin".to_string())]);
    let text = "\"Rates are low,\" said Zhang Tamsin, a vice minister.\n\nA spokeswoman said \
                the plan was sound. \"We will go on,\" he said.";
    let s = speakers_of(text);
    assert_ne!(last(&s), Some("a spokeswoman"), "{s:?}");
}

#[test]
fn two_titles_joined_by_and_before_a_name_are_that_persons() {
    assert_speakers(&[
        (
            "\"We are willing to make an offer in cash,\" said Kansas City Southern president \
             and chief executive officer Landon H. Tamsin.",
            "Landon H. Tamsin",
        ),
        (
            "Nortel president and chief executive Bill Tamsin said: \"We will grow.\"",
            "Bill Tamsin",
        ),
    ]);
}

#[test]
fn the_firm_is_the_one_named_after_firm_that_speaks() {
    let text = "DVDs will be harder to copy thanks to measures devised by copy protection \
                firm Ripvision.\n\nRipvision says its technology will thwart most programs. \
                \"It is designed to reduce DVD ripping,\" said the firm.";
    assert_eq!(speakers_of(text), [Some("Ripvision".to_string())]);
    // Not a firm that never speaks: `the company` is another.
    let text = "Sites were measured by monitoring company Netcrest.\n\nIn a statement from \
                Lycaste Europe, the company denied it. \"There is nothing to suggest it,\" \
                said the company.";
    let s = speakers_of(text);
    assert_ne!(last(&s), Some("Netcrest"), "{s:?}");
}

#[test]
fn a_plural_possessive_inside_a_name_keeps_the_name_whole() {
    let text = "The Actors' Equity Association issued a statement calling Davis \"an icon in \
                the American theatre\".";
    assert_eq!(
        mention_of(text).as_deref(),
        Some("The Actors' Equity Association")
    );
}

#[test]
fn a_name_after_said_that_a_verb_follows_is_the_reported_clause_subject() {
    // `said Congress did not mean …`: Congress is what was said about.
    let m = mentions(
        "Then deputy chairman Howard Tamsin was reported to have suggested Mr Berge was \
         secretly planning even bigger \"cuts\".",
    );
    assert!(
        m.iter().all(|(_, s)| s.as_deref() != Some("Mr Berge")),
        "{m:?}"
    );
    let text = "Senate Intelligence Ranking Democrat Dianne Tamsin (D-Calif.) last week said \
                Clinton was not the originator of any \"top secret\" email chains.";
    let s = speakers_of(text);
    assert!(
        s.first()
            .cloned()
            .flatten()
            .is_some_and(|x| x.ends_with("Dianne Tamsin")),
        "{s:?}"
    );
}

#[test]
fn an_opening_phrase_of_place_is_no_speaker() {
    for (text, want) in [
        (
            "Oil rose. In Tokyo, one oil analyst said, \"There is no reason to expect a weak \
             market.\"",
            "one oil analyst",
        ),
        (
            "Oil rose. In Washington, a State Department spokesman said the talks were \
             \"useful\".",
            "a State Department spokesman",
        ),
        (
            "Oil rose. In Tokyo, the analyst said, \"There is no reason to expect a weak \
             market.\"",
            "the analyst",
        ),
    ] {
        assert_eq!(mention_of(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_plural_noun_after_a_quantifier_or_a_hyphenated_modifier_is_no_verb() {
    let text = "Oil minister Ade Bako said output fell. Bako said that some industry \
                reports \"may be correct\" about the cut. \"We have to be patient,\" he said.";
    let s = speakers_of(text);
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s.iter().all(|x| x.as_deref() == Some("Ade Bako")), "{s:?}");
    let text = "Two-year notes will be issued rarely because the so-called \"window\" closes \
                quickly, traders say.";
    assert_eq!(mention_of(text).as_deref(), Some("traders"));
}

#[test]
fn a_year_phrase_between_the_auxiliary_and_the_verb_keeps_the_subject() {
    let text = "Mr Hoard spoke on Monday. Instead, he pointed to how Tony Blane had in 1997 \
                complained about \"personalised abusive campaigning\".";
    assert_eq!(mention_of(text).as_deref(), Some("Tony Blane"));
}

#[test]
fn it_after_reported_speech_is_the_body_that_spoke() {
    // A newspaper that speaks only in reported speech, then as `it`.
    let text = "Grain output fell. The Harbour Daily said last month that output should \
                rise. It said farming should pay.\n\n\"The state must act,\" it said.";
    assert_eq!(speakers_of(text), [Some("The Harbour Daily".to_string())]);
    // A name that runs over `for`, and analysts who are not `it`.
    let text = "The independent Institute for Farm Studies said costs would rise. Prices \
                would fall, analysts said.\n\n\"Costs will rise,\" it said.";
    assert_eq!(
        speakers_of(text),
        [Some("Institute for Farm Studies".to_string())]
    );
    // Not a person, and not an `it` that does not speak.
    let text = "Mr Tom Reed said prices would fall.\n\n\"Prices will fall,\" it said.";
    assert_eq!(speakers_of(text), [None]);
    let text = "The Harbour Daily said prices would fall. Britain keeps an \"opt-in\" right \
                which lets it ignore any rules it disagrees with.";
    assert_eq!(last(&speakers_of(text)), None);
}

#[test]
fn they_after_reported_speech_are_the_people_who_spoke() {
    let text = "Spain will sign a barley order with Oman, trade sources said.\n\nThey gave no \
                details, but said \"the order is a big one.\"";
    assert_eq!(speakers_of(text), [Some("trade sources".to_string())]);
    // One person is no `they`.
    let text = "Minister Tom Reed said the order was signed.\n\n\"The order is big,\" they said.";
    assert_eq!(speakers_of(text), [None]);
}

#[test]
fn he_after_an_unnamed_description_two_sentences_back_is_that_description() {
    let cases = [
        (
            "Rates rose. A leading Spanish broker said the bank was strict. The price \
             index rose 8 pct last year.\n\n\"Money supply is the key,\" he said.",
            "a leading Spanish broker",
        ),
        (
            "The board cut prices, a board spokesman said. The spokesman declined to give \
             figures.\n\n\"They are all lower,\" he said.",
            "the spokesman",
        ),
        (
            "One foreign analyst said funds were coming in. He said Hong Kong had helped. \
             Trade friction also played a part.\n\nBut he added, \"A trickle will have a \
             large impact.\"",
            "one foreign analyst",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers_of(text), [Some(want.to_string())], "{text}");
    }
}

#[test]
fn a_quote_paragraph_after_a_reporters_clause_is_that_speakers() {
    let cases = [
        (
            "Ed Balletto said prices fell.\n\nWorld stocks have increased since 1983, he \
             said.\n\n\"During the same period, U.S. stocks rose by 12 mln tonnes to a record.\"",
            "Ed Balletto",
        ),
        (
            "Ed Balletto said prices fell.\n\nSince 1983, he said, world stocks have \
             increased.\n\n\"During the same period, U.S. stocks rose by 12 mln tonnes to a \
             record.\"",
            "Ed Balletto",
        ),
        // Past an opening phrase and a relative clause.
        (
            "Rates rose.\n\nTurning to Brazil, whose growth rate he predicted will decline, \
             Luis Ortiz Mena said the moratorium was right.\n\n\"So it is better they \
             negotiate now,\" a move which would ease any panic.",
            "Luis Ortiz Mena",
        ),
        // The sentence's own speaker first: `…, the PA reported` cites a source.
        (
            "Tom Ward said the firm had belittled his work, the PA reported.\n\n\"I wish to \
             say the fee was, out of context, very large indeed.\"",
            "Tom Ward",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers_of(text), [Some(want.to_string())], "{text}");
    }
}

#[test]
fn they_is_not_one_person() {
    let text = "\"Prices will rise,\" said Anna Lind, an Ohio dealer. Freight costs rose, \
                dealers said.\n\nThe costs have squeezed margins, they said. \"The market \
                overreacted to the reports,\" they said.";
    assert_eq!(last(&speakers_of(text)), Some("dealers"));
    let text = "\"We will win,\" said Tom Reed. Critics were not convinced.\n\n\"It is a \
                con,\" they said.";
    assert_eq!(last(&speakers_of(text)), None);
}

#[test]
fn he_after_a_description_ending_its_sentence_is_that_description() {
    let text = "The line will reopen soon, a Ugandan Railways official said.\n\n\"We have \
                repaired the bridge,\" he said.";
    assert_eq!(
        speakers_of(text),
        [Some("a Ugandan Railways official".to_string())]
    );
    let text = "ONGC plans to drill more wells, an ONGC spokesman said.\n\nHe said the well \
                yielded oil.\n\n\"The well shows good prospects of both oil and gas.\"";
    assert_eq!(speakers_of(text), [Some("an ONGC spokesman".to_string())]);
    // An apposition is no reporter's clause: the named person speaks.
    let text = "Ian Fogg, an analyst at Jupiter, said prices would fall.\n\n\"Prices will \
                fall,\" he said.";
    assert_eq!(speakers_of(text), [Some("Ian Fogg".to_string())]);
}

#[test]
fn a_label_in_the_passive_is_its_agents() {
    let text = "Plans to store foreign waste in the UK have been branded \"deeply \
                irresponsible\" by the Liberal Democrats.";
    assert_eq!(
        speakers_of(text),
        [Some("the Liberal Democrats".to_string())]
    );
    // Two labels joined by `and`, then the agent; a person's description
    // quoted after them is still that person.
    let text = "Hazel Blears said innocent Muslims would be targeted, she told a Commons \
                inquiry. Her comments have been described as \"irresponsible\" and \
                \"outrageous\" by the Islamic Human Rights Commission (IHRC).\n\n\"The threat \
                is most likely to come from those people,\" the Salford MP told the \
                inquiry.";
    let s = speakers_of(text);
    assert_eq!(
        s,
        [
            Some("the Islamic Human Rights Commission".to_string()),
            Some("the Islamic Human Rights Commission".to_string()),
            Some("Hazel Blears".to_string())
        ]
    );
}

#[test]
fn an_abbreviation_inside_a_description_after_the_verb_does_not_end_it() {
    let text = "\"There has been some change, but it is not across the board,\" said one U.S. \
                Spokesman.";
    assert_eq!(mention_of(text).as_deref(), Some("one U.S. Spokesman"));
}

#[test]
fn a_speaker_phrase_ending_in_who_resolves_without_it() {
    let text = "Ottawa was not planning limits, said one official who claimed Canadian firms \
                were \"fair traders\" in the big market.";
    let (mention, speaker) = speaker_of(text);
    assert_eq!(mention.as_deref(), Some("one official who"));
    assert_eq!(speaker.as_deref(), Some("one official"));
}

#[test]
fn a_quote_opening_its_paragraph_does_not_take_a_speaker_across_a_reporters_sentence() {
    let text = "\"I wanted a good start,\" Rolf Feder said.\n\n\"That took me all the way \
                to 6-1 and I almost ran away with it.\" Ivo Lubic was at a loss to explain \
                his poor showing. \"I did not start badly,\" he said.";
    let s = speakers_of(text);
    assert_eq!(
        s.get(1).cloned().flatten().as_deref(),
        Some("Rolf Feder"),
        "{s:?}"
    );
}

#[test]
fn it_after_a_sentence_about_a_body_is_that_body() {
    let text = "Economists were gloomy. The state news agency Tanjug was more optimistic. It \
                said the proposals indicated \"real economic reforms\" were coming.";
    assert_eq!(
        speakers_of(text),
        [Some("the state news agency Tanjug".to_string())]
    );
    // Not the subject of a sentence whose own reporter is `it`.
    let text = "Output rose, the report said.\n\nChina is the main supplier with a 79 pct \
                share, it said.\n\n\"This pattern will likely continue since processors \
                prefer Chinese beans,\" it said.";
    assert_eq!(speakers_of(text), [Some("the report".to_string())]);
}

#[test]
fn a_nationality_is_the_person_the_text_is_about_if_the_nationality_fits() {
    let text = "Andre Agassi beat Massu. \"It was fine,\" said Tim Moss, the coach.\n\nAgassi \
                was delighted with victory in his first match for two months. \"I felt pretty \
                good,\" said the American.";
    assert_eq!(last(&speakers_of(text)), Some("Andre Agassi"));
    // The article names the Argentine; the subject before is someone else.
    let text = "Lleyton Hewitt beat Argentine David Nalbo in five sets. \"It was hard,\" said \
                Hewitt.\n\nNinth seed Nalbo had never won from two sets down as Hewitt \
                dominated. The Argentine had called the celebrations \"unnecessary\".";
    assert_eq!(last(&speakers_of(text)), Some("David Nalbo"));
    // A subject the article gives another nationality is not `the Australian`.
    let text = "Roger Fedder, the Swiss star, won again in Houston.\n\nWhen Lleyton Hewitt \
                shook his hand, the Australian said: \"He is too good for all of us now.\"";
    assert_eq!(last(&speakers_of(text)), Some("the Australian"));
}

#[test]
fn a_winner_described_after_his_quote_goes_on_speaking() {
    let text = "Tom Hanks crossed the bridge. Hanks said that the new film has an \"elegant \
                message\". \"Christmas is a special time of the year,\" added the two-time \
                Academy Award winner.";
    assert_eq!(last(&speakers_of(text)), Some("Tom Hanks"));
}

#[test]
fn a_sentence_opening_with_a_preposition_and_a_name_passes_the_pronoun_on() {
    let text = "Ask Jeeves has added the ability to \"save\" websites. Mr Tony Macklin said \
                people wanted to save sites. Under My Ask Jeeves users can search the web. \
                \"It is about finding again what you found before,\" he said.";
    assert_eq!(last(&speakers_of(text)), Some("Tony Macklin"));
    // With a comma, the opening phrase holds the person.
    let text = "\"It was great,\" said Tom Reed. For Rick Dean, director of THX, the future \
                is exciting. He has worked on Finding Nemo and Indiana Jones. \"There was a \
                time when film and video were separate worlds,\" he said.";
    assert_eq!(last(&speakers_of(text)), Some("Rick Dean"));
}

#[test]
fn a_greek_first_name_gives_the_pronoun_its_person() {
    let text = "The ban also covers the coach, Christos Tzanos. The pair missed tests in \
                Chicago and Tel Aviv.\n\n\"There will be an appeal,\" the IAAF said. Tzanos \
                insisted he had nothing to hide. \"The decision means nothing,\" he said.";
    assert_eq!(last(&speakers_of(text)), Some("Christos Tzanos"));
}

#[test]
fn the_report_is_its_issuers_after_an_annual_report() {
    let text = "The Islamic Bank said in an annual report that its loans fell 24 pct.\n\n\
                \"Demand for development funds was low during the year,\" the report said.";
    assert_eq!(speakers_of(text), [Some("the Islamic Bank".to_string())]);
    // Not a statement someone else wrote: `a written statement`.
    let text = "The Times said Cook provided a written statement to the paper.\n\n\"The \
                secretary believes his use of email was appropriate,\" the statement said.";
    assert_eq!(speakers_of(text), [Some("the statement".to_string())]);
}

#[test]
fn a_double_surname_resolves_to_the_full_name() {
    let text = "\"We lost it all,\" said Carlos Baez Silva, president of the savers' \
                association. Mr Baez Silva estimated that many savers are pensioners. \"A lot \
                of them invested in good faith,\" he said.";
    assert_eq!(last(&speakers_of(text)), Some("Carlos Baez Silva"));
    // Not a firm's name that some word precedes.
    let text = "Follow Breitbart News on Twitter. \"The suspect was known to police,\" \
                Breitbart News reported.";
    assert_eq!(last(&speakers_of(text)), Some("Breitbart News"));
}

#[test]
fn a_long_adverbial_opening_phrase_keeps_its_subject() {
    let text = "During the trip Michael Howard will meet Posts Minister Shunjiro Karasawa. \
                Karasawa is regarded as behind opposition to the bid. Experts believe Britain \
                would lose out. But despite the danger of Japanese firms taking their trade \
                elsewhere in Europe, Howard said he did not expect the move to backfire.\n\n\
                He said in a radio interview today \"it is true that we benefit.\"";
    assert_eq!(last(&speakers_of(text)), Some("Michael Howard"));
}

#[test]
fn a_report_named_for_its_issuer_is_that_issuers() {
    let text = "The gap between rich and poor nations is narrowing, according to a World \
                Bank report.\n\n\"People in the developing world are getting more access,\" \
                said the report. \"The digital divide is rapidly closing,\" the World Bank \
                report said.";
    assert_eq!(
        speakers_of(text),
        [
            Some("World Bank".to_string()),
            Some("World Bank".to_string())
        ]
    );
    // Not a people's adjective: `the Greek statement`.
    let text = "Athens replied on Friday.\n\n\"We will not drill,\" the Greek statement said.";
    assert_eq!(speakers_of(text), [Some("the Greek statement".to_string())]);
}

#[test]
fn the_report_keeps_the_issuer_found_for_it_earlier_in_the_article() {
    let text = "The Islamic Bank said in an annual report that its loans fell 24 pct.\n\n\
                \"Demand for development funds was low during the year,\" the report said.\n\n\
                Total financing approved by the bank for projects, trade and technical and \
                special assistance fell to 756.9 mln dinars in the year ended September 4, \
                from 1,001.4 mln the year before. Financing for trade fell most, and \
                financing for projects fell least. Technical assistance was unchanged. The \
                bank's members paid in 42 pct more capital than a year before, and several \
                members asked for more time to pay. The bank's board met twice in the year, \
                and agreed on a plan for the next five years, with more money for the poorest \
                members, and less for trade. Its staff grew by 12 pct. The bank opened two \
                new offices in the year, one in Africa and one in Asia, and closed none. It \
                plans to open a third office next year, and to hire more staff for it, mostly \
                from its members.\n\n\"Oil exporting \
                members faced a major adjustment problem,\" the report said.";
    assert_eq!(
        speakers_of(text),
        [
            Some("the Islamic Bank".to_string()),
            Some("the Islamic Bank".to_string())
        ]
    );
}

#[test]
fn titles_joined_by_and_after_a_name_and_its_comma_keep_the_name() {
    let text = "Day International Corp said it will sell its unit.\n\n\"Net earnings should \
                be in the ball park of estimates,\" Richard Jacob, Day chairman and chief \
                executive officer said.";
    assert_eq!(speakers_of(text), [Some("Richard Jacob".to_string())]);
}

#[test]
fn a_surname_opening_the_sentence_before_stands_for_a_pronoun_whatever_the_gender() {
    // `Hal` tells no gender; the pronoun is still his.
    let text = "Hal Richards, president of Farmers Commodities, said the company bought a \
                membership. Illinois Coop will cease operating April 24. Richards said many \
                members were joining. \"It is significant,\" he said.";
    assert_eq!(last(&speakers_of(text)), Some("Hal Richards"));
    // Not a capitalised word after `The` whose junk full name ends with it.
    let text = "Double Olympic champion Kelly Holmes won. The Olympic champion set a new \
                mark in Birmingham. \"I'm so happy,\" the 22-year-old said.";
    assert_ne!(last(&speakers_of(text)), Some("Double Olympic"));
}

#[test]
fn a_pronoun_after_a_resolved_description_is_the_person_it_resolved_to() {
    let text = "The festival attracted stars such as Michael Douglas and Jeremy Irons. Irons, \
                whose film is in competition, said he had wondered whether he should attend. \
                \"I questioned whether I should come,\" the British actor said. \"I thought it \
                might be in bad taste,\" he continued.";
    assert_eq!(
        speakers_of(text),
        [
            Some("Jeremy Irons".to_string()),
            Some("Jeremy Irons".to_string())
        ]
    );
}

#[test]
fn it_after_reported_speech_wins_over_the_last_body_named() {
    let text = "The Federal Reserve Board said it approved the purchase of some assets of \
                Sears Savings Bank of Glendale.\n\nThe Fed said that it generally has \
                determined there were adverse effects of such affiliations.\n\nIt said the \
                proposal \"properly may be viewed as the permissible acquisition of certain \
                assets.\"";
    assert_eq!(speakers_of(text), [Some("the Fed".to_string())]);
    // Not a person with a role set apart: `it` is a body.
    let text = "Deputy oil ministers from six Gulf states met in Bahrain today. Before the \
                formal session had begun, chairman Yousef Shirawi, Bahrain's Development and \
                Industry Minister, told reporters the gathering was a follow-up to talks held \
                last Sunday in Qatar.\n\nGNA gave no details on the outcome of today's \
                talks.\n\nIt said only, \"The deputy ministers discussed the oil market.\"";
    assert_ne!(speakers_of(text), [Some("Yousef Shirawi".to_string())]);
}

#[test]
fn a_role_of_a_body_after_a_name_and_its_comma_keeps_the_name() {
    let text = "Prince Harry should see for himself \"the results of the symbol he chose to \
                wear\", Rabbi Marvin Hier, founder of Jewish human rights group the Simon \
                Wiesenthal Center said.";
    assert_eq!(speakers_of(text), [Some("Marvin Hier".to_string())]);
    let text = "\"Sterling will fall,\" Hiromitsu Sunada, manager of Meiji Mutual Life \
                Insurance Co's international investment department said.";
    assert_eq!(speakers_of(text), [Some("Hiromitsu Sunada".to_string())]);
    // Not a role before its own name.
    let text = "Swire Pacific is undecided about the new airport for Hong Kong, chairman of \
                both firms Michael Miles said.\n\n\"We don't want to jump the fence \
                prematurely,\" he said.";
    assert_eq!(speakers_of(text), [Some("Michael Miles".to_string())]);
}

#[test]
fn a_participle_after_the_object_of_a_past_verb_is_its_subjects() {
    let text = "But Home Office minister Hazel Blears defended the move saying it would give \
                the civilian officers \"just that little bit of edge\".";
    assert_eq!(speakers_of(text), [Some("Hazel Blears".to_string())]);
}

#[test]
fn a_full_name_of_no_known_gender_opening_the_sentence_before_stands_for_the_pronoun() {
    // `Shami` tells no gender; the `she` is hers, not the last speaker's.
    let text = "\"We will act,\" the prime minister said. Shami Chakrabarti, director of civil \
                liberties group Liberty, said who was able to issue the orders was not the \
                main issue. She said the legislation was \"a travesty\".";
    assert_eq!(last(&speakers_of(text)), Some("Shami Chakrabarti"));
}

#[test]
fn people_who_asked_a_question_are_no_he() {
    let text = "\"It is no good,\" said Terry Telford. Mr Telford agreed, but added it was \
                becoming difficult to think of an answer when people asked \"What has Labour \
                done for the North East?\" \"I have had doors slammed in my face,\" he said.";
    assert_eq!(last(&speakers_of(text)), Some("Terry Telford"));
}

#[test]
fn a_report_owned_by_a_name_is_that_names() {
    let text = "Hawkeye Bancorp's results were qualified by its auditors.\n\n\"There are \
                conditions which may indicate that the company will be unable to continue,\" \
                auditors Deloitte Haskins and Sells said in Hawkeye's annual\nreport to \
                shareholders.\n\nHawkeye reported a 1986 loss.\n\n\"The restructuring has \
                improved the bank's condition,\" the report said.";
    assert_eq!(last(&speakers_of(text)), Some("Hawkeye"));
}

#[test]
fn a_person_described_in_the_first_paragraph_then_named_is_that_name() {
    let text = "The German music business is \"in the state of a zombie\" because it failed \
                to respond to piracy, a leading industry figure has said.\n\nTim Renner, the \
                head of Universal Music Germany until last year, told the BBC that the \
                country was losing its talent.";
    assert_eq!(speakers_of(text), [Some("Tim Renner".to_string())]);
    // Not a firm named after a spokesman.
    let text = "Japan will cut its rates, \"perhaps by half a point\", a spokesman said.\n    \
                Nihon Keizai Shinbun, the business daily, said the cut would come in May.";
    assert_ne!(
        speakers_of(text),
        [Some("Nihon Keizai Shinbun".to_string())]
    );
}

#[test]
fn a_capitalised_persons_noun_before_a_full_name_is_no_part_of_it() {
    let text = "Billionaire Mark Cuban spoke at a festival on Friday.\n\nCuban said: \"You've \
                got to be able to adapt.\"";
    assert_eq!(speakers_of(text), [Some("Mark Cuban".to_string())]);
}
