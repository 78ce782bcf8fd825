//! The messages a newcomer meets first: counted nouns, a missing file said
//! once in plain words, every problem of a definition at once, and refusals
//! that name the real reason.

mod common;

use common::{Env, classic_with, seed};

stories! {
    one_provider_is_singular_in_the_confirmation_and_the_log,
    a_missing_file_is_said_once_in_plain_words,
    qualify_of_a_withdrawn_provider_says_it_withdrew,
}

const OMMEN: &str = "ommen-hardenberg-2015";
const OMMEN_OPEN: &str = "2015-08-10T10:00";
const OMMEN_EVALUATION: &str = "2015-09-21T10:00";
const HEADER: &str = "name,kvk,agb,email,lots,meets,small\n";

fn one_provider_is_singular_in_the_confirmation_and_the_log(env: Env) {
    let env = env.ommen_open();
    let csv = env.write("one.csv", format!("{HEADER}Zorg Eén,50000001,,,huishouden,,\n"));
    let out = env.run(&["register", OMMEN, "--csv", &csv]);
    let said = out.said();
    assert!(said.contains("registered 1 provider for"), "{said}");
    assert!(!said.contains("1 providers"), "{said}");
    let log = env.log(OMMEN);
    let detail = log.last().unwrap()["detail"].as_str().unwrap().to_string();
    assert!(detail.starts_with("1 provider registered from"), "{detail}");

    let two = env.write(
        "two.csv",
        format!("{HEADER}Zorg Twee,50000002,,,huishouden,,\nZorg Drie,50000003,,,huishouden,,\n"),
    );
    let out = env.run(&["register", OMMEN, "--csv", &two]);
    assert!(out.said().contains("registered 2 providers"));

    let bad = env.write("bad.csv", format!("{HEADER}Zorg Vier,5000004,,,huishouden,,\n"));
    let stderr = env.run(&["register", OMMEN, "--csv", &bad]).fails(1).to_string();
    assert!(stderr.contains("has 1 bad row,"), "{stderr}");
}

#[test]
fn one_bad_definition_of_two_is_not_valid() {
    let env = Env::new();
    let bad = env.write("bad.toml", "id = \"x\"\n");
    let out = env.run(&["check", &seed(OMMEN), &bad]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("1 of 2 definitions is not valid"), "{}", out.stderr);
    // A missing field belongs to no line's key.
    assert!(
        out.stderr.contains("bad.toml: line 1, column 1: missing field `title`"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_valid_definition_with_one_warning_says_warning() {
    let env = Env::new();
    // Questions later than 6 days before the registration deadline: one warning.
    let file = env.write(
        "one-warning.toml",
        classic_with(
            "questions_deadline = 2027-02-12T12:00:00",
            "questions_deadline = 2027-02-26T12:00:00",
        ),
    );
    let out = env.run(&["check", &file]);
    let said = out.said();
    assert!(said.contains("is a valid classic tender (1 warning)"), "{said}");
    assert_eq!(out.stderr.matches("warning: ").count(), 1, "{}", out.stderr);
}

fn a_missing_file_is_said_once_in_plain_words(env: Env) {
    let env = env.ommen_open();
    for args in [
        vec!["check", "missing.toml"],
        vec!["new", "missing.toml"],
        vec!["update", "missing.toml"],
        vec!["register", OMMEN, "--csv", "missing.csv"],
    ] {
        let stderr = env.run(&args).fails(1).to_string();
        assert!(stderr.contains("there is no such file"), "{args:?}: {stderr}");
        assert!(!stderr.contains("os error"), "{args:?}: {stderr}");
    }
    let stderr = env.run(&["check", "."]).fails(1).to_string();
    assert!(stderr.contains("it is a folder, not a file"), "{stderr}");
}

#[test]
fn check_reports_every_problem_of_a_file() {
    let env = Env::new();
    let text = classic_with("electronic_submission = true", "electronic_submission = \"ja\"")
        .replacen("[timeline]", "[timeline]\ncolour = \"red\"", 1)
        .replacen("standstill_days = 20", "standstill_days = \"twintig\"", 1);
    let file = env.write("three.toml", text);
    let out = env.run(&["check", &file]);
    assert_eq!(out.code, 1);
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{}", out.stderr);
    assert!(
        lines
            .iter()
            .all(|l| l.starts_with("error: ") && l.contains("three.toml: line "))
    );
    assert!(lines[0].contains("electronic_submission"), "{}", out.stderr);
    assert!(lines[1].contains("unknown field `colour`"), "{}", out.stderr);
    assert!(lines[2].contains("standstill_days"), "{}", out.stderr);
    // Nothing is loaded from it either.
    assert_eq!(env.run(&["new", &file]).code, 1);
    assert!(!env.db.exists());
}

fn qualify_of_a_withdrawn_provider_says_it_withdrew(env: Env) {
    let env = env.ommen_open();
    env.run(&[
        "register",
        OMMEN,
        "--name",
        "Zorg Eén",
        "--kvk",
        "50000001",
        "--lots",
        "huishouden",
    ])
    .ok();
    env.run_at(OMMEN_OPEN, &["withdraw", OMMEN, "--kvk", "50000001"]).ok();
    let stderr = env.refused(
        OMMEN_EVALUATION,
        &["qualify", OMMEN, "--kvk", "50000001", "--meets", "gva"],
        &["Zorg Eén", "50000001", "withdrew its registration"],
    );
    assert!(!stderr.contains("not registered"), "{stderr}");
    // A KvK that never registered is still "not registered".
    env.refused(
        OMMEN_EVALUATION,
        &["qualify", OMMEN, "--kvk", "59999999", "--meets", "gva"],
        &["59999999", "not registered"],
    );
}

#[test]
fn joining_moments_in_a_closed_framework_name_open_house_false() {
    let env = Env::new();
    let source = std::fs::read_to_string(seed(OMMEN)).unwrap();
    assert!(source.contains("open_house = true"));
    let file = env.write(
        "closed.toml",
        source.replacen("open_house = true", "open_house = false", 1),
    );
    let stderr = env.run(&["check", &file]).fails(1).to_string();
    assert!(stderr.contains("open_house = false"), "{stderr}");
    assert!(
        stderr.contains("set open_house = true or remove timeline.joining"),
        "{stderr}"
    );
    assert!(!stderr.contains("and this one is `raamovereenkomst`"), "{stderr}");
}
