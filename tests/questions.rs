//! Questions, answers and the nota van inlichtingen through the real binary
//! (SPEC §4 `ask`, `answer`, `questions`, `nvi`, and their reminders).

mod common;

use common::Env;
use serde_json::Value;

stories! {
    a_question_round_ends_in_a_published_nota_without_who_asked,
    questions_and_answers_refuse_bad_input_and_write_nothing,
    remind_shows_the_answers_deadline_and_then_every_unanswered_question,
}

const ID: &str = "achterhoek-2022";

/// Achterhoek open since 1 April 2021 (questions until 7 May 12:00, answers
/// due 17 May 12:00, registration until 23 May 12:00), one provider registered.
fn achterhoek(env: Env) -> Env {
    let env = env.published(ID, "2021-04-01T09:00", "2021-04-12T10:00");
    env.run_at(
        "2021-04-10T10:00",
        &[
            "register",
            ID,
            "--name",
            "Jeugdzorg Oost-Gelderland B.V.",
            "--kvk",
            "08234567",
            "--lots",
            "jeugd-ambulant",
        ],
    )
    .ok();
    env
}

fn ask(env: &Env, now: &str, args: &[&str]) -> String {
    let mut all = vec!["ask", ID];
    all.extend_from_slice(args);
    env.run_at(now, &all).said()
}

fn a_question_round_ends_in_a_published_nota_without_who_asked(env: Env) {
    let env = achterhoek(env);
    let first = ask(
        &env,
        "2021-04-12T10:00",
        &[
            "--question",
            "Mag een onderaannemer worden ingezet?",
            "--kvk",
            "08234567",
            "--lot",
            "jeugd-ambulant",
        ],
    );
    assert_eq!(first, "recorded question 1 of `achterhoek-2022`\n");
    ask(
        &env,
        "2021-04-13T10:00",
        &["--question", "Is de GVA verplicht?", "--from", "Zorg Elders BV"],
    );
    ask(&env, "2021-04-13T12:00", &["--question", "Telt de zaterdag mee?"]);

    env.run_at(
        "2021-04-14T10:00",
        &["answer", ID, "--question", "1", "--text", "Ja, mits vooraf gemeld."],
    )
    .ok();
    env.run_at("2021-04-14T11:00", &["answer", ID, "--question", "2", "--text", "Ja."])
        .ok();
    let nota = env.run_at("2021-04-15T10:00", &["nvi", ID, "--publish"]).said();
    assert!(nota.starts_with("# Nota van inlichtingen 1: achterhoek-2022"), "{nota}");
    assert!(
        nota.contains("## General questions\n\n### Question 2 (nota 1, 2021-04-15)"),
        "{nota}"
    );
    assert!(
        nota.contains("## Lot jeugd-ambulant — Jeugdhulp ambulant\n\n### Question 1 (nota 1"),
        "{nota}"
    );
    assert!(nota.contains("Answer: Ja, mits vooraf gemeld."), "{nota}");
    for who in ["08234567", "Jeugdzorg", "Zorg Elders"] {
        assert!(!nota.contains(who), "the nota names who asked ({who}): {nota}");
    }
    assert!(
        !nota.contains("Telt de zaterdag"),
        "an unanswered question is not in the nota"
    );

    // A later answer replaces the published one, is logged, and waits for nota 2.
    env.run_at(
        "2021-04-20T10:00",
        &["answer", ID, "--question", "2", "--text", "Ja, niet ouder dan 2 jaar."],
    )
    .ok();
    let log = env.log(ID);
    let replaced = log
        .iter()
        .find(|e| e["action"] == "answer" && e["detail"].as_str().unwrap().contains("replaced"));
    assert!(
        replaced.is_some_and(|e| e["detail"].as_str().unwrap().contains("(was: Ja.)")),
        "{log:?}"
    );
    let draft = env.run_at("2021-04-20T10:00", &["nvi", ID, "--html"]).said();
    assert!(
        draft.contains("<title>Nota van inlichtingen 1, with new answers (concept)"),
        "{draft}"
    );
    assert!(draft.contains("@media print"), "print styles");
    assert!(draft.contains("Question 2 (not yet published)"), "{draft}");
    env.run_at("2021-04-21T10:00", &["nvi", ID, "--publish"]).ok();

    let questions = env
        .run_at("2021-04-21T10:00", &["--format", "json", "questions", ID])
        .json();
    let all = questions.as_array().unwrap();
    assert_eq!(all.len(), 3);
    for key in [
        "number",
        "lot",
        "asked_at",
        "question",
        "answer",
        "answered_at",
        "published_at",
    ] {
        assert!(all[0].get(key).is_some(), "key {key} missing: {}", all[0]);
    }
    assert_eq!(all[0]["lot"], "jeugd-ambulant");
    assert_eq!(all[0]["published_at"], "2021-04-15T10:00:00+02:00");
    assert_eq!(all[1]["answer"], "Ja, niet ouder dan 2 jaar.");
    assert_eq!(all[1]["published_at"], "2021-04-21T10:00:00+02:00");
    assert_eq!(
        (all[2]["answer"].clone(), all[2]["published_at"].clone()),
        (Value::Null, Value::Null)
    );
    let csv = env
        .run_at("2021-04-21T10:00", &["--format", "csv", "questions", ID])
        .said();
    assert!(
        csv.starts_with("number,lot,asked_at,question,answer,answered_at,published_at"),
        "{csv}"
    );
    let table = env.run_at("2021-04-21T10:00", &["questions", ID]).said();
    assert!(table.contains("(not answered)") && table.contains("nota 2"), "{table}");
    let nvi_events = env.log(ID).iter().filter(|e| e["action"] == "nvi").count();
    assert_eq!(nvi_events, 2);
}

fn questions_and_answers_refuse_bad_input_and_write_nothing(env: Env) {
    let env = achterhoek(env);
    ask(&env, "2021-04-12T10:00", &["--question", "Vraag één"]);
    env.refused(
        "2021-05-07T12:01",
        &["ask", ID, "--question", "Te laat?"],
        &["questions deadline was 2021-05-07 12:00", "too late"],
    );
    env.refused(
        "2021-04-12T10:00",
        &["ask", ID, "--question", "Wie?", "--kvk", "12345678"],
        &["KvK 12345678 is not registered", "--from NAME"],
    );
    env.refused(
        "2021-04-12T10:00",
        &["ask", ID, "--question", "Welk perceel?", "--lot", "vervoer"],
        &["lot `vervoer` does not exist", "wmo-begeleiding"],
    );
    env.refused(
        "2021-04-12T10:00",
        &["answer", ID, "--question", "7", "--text", "Nee."],
        &["question 7 does not exist", "numbered 1 to 1"],
    );
    env.refused(
        "2021-04-12T10:00",
        &["nvi", ID, "--publish"],
        &["no question has an answer yet", "tender answer"],
    );
    env.run_at("2021-04-13T10:00", &["answer", ID, "--question", "1", "--text", "Ja."])
        .ok();
    env.run_at("2021-04-14T10:00", &["nvi", ID, "--publish"]).ok();
    env.refused(
        "2021-04-15T10:00",
        &["nvi", ID, "--publish"],
        &["every answer has been published (latest: nota 1)", "nothing new"],
    );
    let draft = env.another();
    draft.load(&[ID]);
    draft.refused(
        "2021-03-01T10:00",
        &["ask", ID, "--question", "Al open?"],
        &["once the tender is published"],
    );
}

fn remind_shows_the_answers_deadline_and_then_every_unanswered_question(env: Env) {
    let env = achterhoek(env);
    ask(&env, "2021-04-12T10:00", &["--question", "Vraag één"]);
    ask(&env, "2021-04-13T10:00", &["--question", "Vraag twee"]);
    env.run_at("2021-04-14T10:00", &["answer", ID, "--question", "1", "--text", "Ja."])
        .ok();
    env.run_at("2021-04-14T11:00", &["nvi", ID, "--publish"]).ok();

    let before = env.run_at("2021-05-10T09:00", &["--format", "json", "remind"]).json();
    let answers = before
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["what"] == "answers-deadline");
    assert_eq!(
        answers.map(|r| (r["due"].clone(), r["overdue"].clone())),
        Some((Value::from("2021-05-17T12:00:00+02:00"), Value::from(false))),
        "{before}"
    );
    assert!(
        !before.to_string().contains("unanswered-question"),
        "not overdue yet: {before}"
    );

    let after = env.run_at("2021-05-18T09:00", &["--format", "json", "remind"]).json();
    let unanswered: Vec<&Value> = after
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["what"] == "unanswered-question")
        .collect();
    assert_eq!(
        unanswered.len(),
        1,
        "question 1 is published, question 2 is not: {after}"
    );
    assert_eq!(unanswered[0]["overdue"], true);
    assert!(unanswered[0]["summary"].as_str().unwrap().contains("question 2"));
    assert!(
        unanswered[0]["next"]
            .as_str()
            .unwrap()
            .contains("answer it and extend the registration deadline (rectificatie)"),
        "{}",
        unanswered[0]
    );
    // Answered and published: nothing more to do.
    env.run_at("2021-05-18T10:00", &["answer", ID, "--question", "2", "--text", "Nee."])
        .ok();
    env.run_at("2021-05-18T11:00", &["nvi", ID, "--publish"]).ok();
    let done = env.run_at("2021-05-18T12:00", &["remind", "--within", "1d"]).said();
    assert!(!done.contains("unanswered-question"), "{done}");
}
