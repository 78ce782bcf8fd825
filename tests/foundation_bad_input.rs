//! SPEC §6 through the real binary: every bad input is refused with one clear
//! `error:` sentence that names the thing, the value and what would be valid,
//! with the right exit code (1, or 2 for usage errors), and nothing is written.

mod common;

// `broken(from, to)`: the classic template with one thing broken.
use common::{Env, Out, classic_with as broken, seed};

stories! {
    loading_the_same_tender_twice_is_refused,
    an_unknown_tender_id_is_named_by_every_command,
    publishing_twice_is_refused_naming_the_phase,
    cancelling_a_cancelled_tender_is_refused,
    cancel_with_an_empty_reason_is_refused,
    an_unparsable_now_option_is_refused,
    an_unparsable_tender_now_is_refused,
    an_unknown_template_kind_is_a_usage_error,
    a_missing_required_argument_is_a_usage_error,
}

/// A tender that is loaded first, so that "nothing written" is tested against
/// a database that already holds data.
const LOADED: &str = "walcheren-2016";

/// An id that no seed uses.
const UNKNOWN: &str = "nope-2099";

/// The 1-based number of the first line of `text` that contains `needle`.
#[track_caller]
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?}"))
        + 1
}

/// An environment with the `LOADED` seed as a draft.
fn loaded(env: Env) -> Env {
    env.load(&[LOADED]);
    env
}

/// Asserts a usage error: exit 2, an `error:` message naming each of `words`.
#[track_caller]
fn usage_error(out: &common::Out, words: &[&str]) {
    let stderr = out.fails(2);
    assert!(stderr.starts_with("error: "), "stderr: {stderr}");
    for word in words {
        assert!(stderr.contains(word), "{word:?} missing from: {stderr}");
    }
}

/// Asserts that the database holds no tender and no event (it may not exist).
#[track_caller]
fn no_tenders(env: &Env) {
    let dump = env.dump();
    assert!(
        !dump
            .lines()
            .any(|l| l.starts_with("tender: ") || l.starts_with("event: ")),
        "rows were written: {dump}"
    );
}

/// Runs a broken definition through `check` (no database is made) and `new`
/// (on a fresh database and on one that holds a tender; nothing is written),
/// and asserts the same refusal naming each of `words` every time.
#[track_caller]
fn definition_refused(text: &str, words: &[&str]) {
    let fresh = Env::new();
    let file = fresh.write("broken.toml", text);
    Out::refused(&fresh.run(&["check", &file]), words);
    assert!(!fresh.db.exists(), "`check` made a database");
    Out::refused(&fresh.run(&["new", &file]), words);
    no_tenders(&fresh);

    let env = loaded(Env::new());
    let file = env.write("broken.toml", text);
    let before = env.dump();
    Out::refused(&env.run(&["new", &file]), words);
    assert_eq!(env.dump(), before);
}

// 1. Malformed TOML: line and column.

#[test]
fn malformed_toml_names_the_line_and_column() {
    let text = broken("kind = \"classic\"", "kind = classic");
    let line = format!("line {}", line_of(&text, "kind = classic"));
    definition_refused(&text, &[&line, "column 8"]);
}

#[test]
fn an_unterminated_string_names_the_line() {
    let text = broken(
        "title = \"Wmo-ondersteuning Regio 2027\"",
        "title = \"Wmo-ondersteuning Regio 2027",
    );
    let line = format!("line {}", line_of(&text, "title = "));
    definition_refused(&text, &[&line, "column"]);
}

// 2. An unknown field: line, column and the field's name.

#[test]
fn an_unknown_top_level_field_names_its_line_column_and_name() {
    let text = broken("\ntitle = ", "\ntitel = ");
    let line = format!("line {}", line_of(&text, "titel = "));
    definition_refused(&text, &[&line, "column 1", "`titel`", "`title`"]);
}

#[test]
fn an_unknown_timeline_field_names_its_line_column_and_name() {
    let text = broken("\nstandstill_days = 20", "\nstandstil_days = 20");
    let line = format!("line {}", line_of(&text, "standstil_days"));
    definition_refused(&text, &[&line, "column 1", "`standstil_days`", "`standstill_days`"]);
}

// 3. A missing required field.

#[test]
fn a_missing_title_is_named() {
    let text = broken("\ntitle = \"Wmo-ondersteuning Regio 2027\"", "\n");
    definition_refused(&text, &["`title`", "missing"]);
}

// 4. A wrong kind names the valid kinds.

#[test]
fn a_wrong_kind_names_the_valid_kinds() {
    let text = broken("kind = \"classic\"", "kind = \"klassiek\"");
    let line = format!("line {}", line_of(&text, "kind = \"klassiek\""));
    definition_refused(
        &text,
        &[&line, "klassiek", "classic", "bestuurlijk", "raamovereenkomst"],
    );
}

// 5. Dates out of order name both fields.

#[test]
fn dates_out_of_order_name_both_fields() {
    let text = broken(
        "registration_deadline = 2027-03-01T12:00:00",
        "registration_deadline = 2027-06-01T12:00:00",
    );
    definition_refused(&text, &["registration_deadline", "award_decision", "2027-06-01"]);
}

// 6. A local time that does not exist (spring forward in Europe/Amsterdam).

#[test]
fn a_local_time_in_the_spring_forward_hour_is_refused() {
    let text = broken(
        "registration_deadline = 2027-03-01T12:00:00",
        "registration_deadline = 2027-03-28T02:30:00",
    );
    definition_refused(
        &text,
        &["registration_deadline", "2027-03-28", "02:30", "Europe/Amsterdam"],
    );
}

// 7. A classic standstill under 20 days cites art. 2.127.

#[test]
fn a_short_classic_standstill_cites_article_2_127() {
    let text = broken("\nstandstill_days = 20", "\nstandstill_days = 15");
    definition_refused(&text, &["standstill_days", "15", "20", "2.127"]);
}

// 8. Criteria weights that do not sum to 100.

#[test]
fn criteria_weights_not_summing_to_100_are_refused() {
    let text = broken(
        "name = \"Samenwerking in de regio\"\nweight = 20",
        "name = \"Samenwerking in de regio\"\nweight = 25",
    );
    definition_refused(&text, &["weight", "105", "100"]);
}

// 9. A product category outside the tender's domain.

#[test]
fn a_jeugd_product_in_a_wmo_tender_is_refused() {
    let text = broken("code = \"07A01\"", "code = \"45A01\"");
    let stderr = {
        let env = Env::new();
        let file = env.write("broken.toml", &text);
        Out::refused(&env.run(&["check", &file]), &["45A01", "domain", "wmo"])
    };
    assert!(
        stderr.contains("01–18") || stderr.contains("01-18"),
        "the valid wmo categories are named: {stderr}"
    );
    definition_refused(&text, &["45A01", "domain", "wmo"]);
}

// Money with three decimals.

#[test]
fn a_tariff_with_three_decimals_is_refused_naming_the_value() {
    let text = broken("# tariff = 61.20 ", "tariff = 61.205 ");
    let line = format!("line {}", line_of(&text, "tariff = 61.205"));
    definition_refused(&text, &[&line, "61.205", "two decimals"]);
}

// Loading the same tender twice.

fn loading_the_same_tender_twice_is_refused(env: Env) {
    let env = loaded(env);
    let before = env.dump();
    Out::refused(&env.run(&["new", &seed(LOADED)]), &[LOADED, "exists"]);
    assert_eq!(env.dump(), before);
}

// 10. An unknown tender id.

fn an_unknown_tender_id_is_named_by_every_command(env: Env) {
    let env = loaded(env);
    let before = env.dump();
    let commands: [&[&str]; 5] = [
        &["show", UNKNOWN],
        &["publish", UNKNOWN],
        &["cancel", UNKNOWN, "--reason", "Budget niet vastgesteld"],
        &["log", UNKNOWN],
        &["timeline", UNKNOWN],
    ];
    for args in commands {
        let out = env.run(args);
        Out::refused(&out, &[UNKNOWN, "tender list"]);
        assert_eq!(env.dump(), before, "{args:?} wrote to the database");
    }
}

#[test]
fn a_missing_database_is_refused_and_not_created() {
    // A mistyped TENDER_DB in a crontab must not become a new, empty database
    // that silently has nothing to remind of.
    let env = Env::new();
    for args in [
        &["show", UNKNOWN][..],
        &["list"],
        &["remind"],
        &["calendar"],
        &["backup", "copy.db"],
    ] {
        let out = env.run(args);
        Out::refused(&out, &["there is no database at", "tender.db", "tender new"]);
        assert!(!env.db.exists(), "{args:?} created the database");
    }
    no_tenders(&env);
}

// 11. Publishing twice.

fn publishing_twice_is_refused_naming_the_phase(env: Env) {
    let env = loaded(env);
    env.run_at("2015-07-01T09:00", &["publish", LOADED]).ok();
    let before = env.dump();
    let out = env.run_at("2015-07-01T10:00", &["publish", LOADED]);
    Out::refused(&out, &[LOADED, "publish", "`open`", "draft"]);
    assert_eq!(env.dump(), before);
}

// 12. Cancelling a cancelled tender.

fn cancelling_a_cancelled_tender_is_refused(env: Env) {
    let env = loaded(env);
    env.run(&["cancel", LOADED, "--reason", "Budget niet vastgesteld"]).ok();
    let before = env.dump();
    let out = env.run(&["cancel", LOADED, "--reason", "Nogmaals"]);
    Out::refused(&out, &[LOADED, "cancel", "`cancelled`"]);
    assert_eq!(env.dump(), before);
}

fn cancel_with_an_empty_reason_is_refused(env: Env) {
    let env = loaded(env);
    let before = env.dump();
    for reason in ["", "   "] {
        let out = env.run(&["cancel", LOADED, "--reason", reason]);
        Out::refused(&out, &["--reason", "empty"]);
        assert_eq!(env.dump(), before, "reason {reason:?} was accepted");
    }
}

// 13. A `--now` or `TENDER_NOW` that cannot be parsed.

fn an_unparsable_now_option_is_refused(env: Env) {
    let env = loaded(env);
    let before = env.dump();
    Out::refused(
        &env.run_at("23-05-2021", &["list"]),
        &["--now", "23-05-2021", "YYYY-MM-DD"],
    );
    Out::refused(
        &env.run_at("23-05-2021", &["publish", LOADED]),
        &["--now", "23-05-2021", "YYYY-MM-DD"],
    );
    assert_eq!(env.dump(), before);
}

fn an_unparsable_tender_now_is_refused(env: Env) {
    let mut env = loaded(env);
    let before = env.dump();
    env.now = "23-05-2021".to_string();
    Out::refused(&env.run(&["list"]), &["TENDER_NOW", "23-05-2021", "YYYY-MM-DD"]);
    Out::refused(
        &env.run(&["publish", LOADED]),
        &["TENDER_NOW", "23-05-2021", "YYYY-MM-DD"],
    );
    assert_eq!(env.dump(), before);
}

// 14. A file that is not a database.

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_alone() {
    let env = Env::new();
    let text = "Dit is een boodschappenlijstje, geen database.\n".repeat(40);
    let file = env.write("notes.db", &text);
    let commands: [&[&str]; 3] = [
        &["--db", &file, "list"],
        &["--db", &file, "show", LOADED],
        &["--db", &file, "new", &seed(LOADED)],
    ];
    for args in commands {
        Out::refused(&env.run(args), &["notes.db", "not a tender database"]);
        assert_eq!(
            std::fs::read(&file).unwrap(),
            text.as_bytes(),
            "{args:?} changed the file"
        );
    }
}

// 15. A database from a newer version of tender.

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_alone() {
    let env = loaded(Env::new());
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let bytes = env.file_bytes();
    let commands: [&[&str]; 4] = [
        &["list"],
        &["show", LOADED],
        &["publish", LOADED],
        &["new", &seed("achterhoek-2022")],
    ];
    for args in commands {
        Out::refused(&env.run(args), &["99", "newer"]);
        assert_eq!(env.file_bytes(), bytes, "{args:?} changed the file");
    }
}

// Usage errors: exit 2.

fn an_unknown_template_kind_is_a_usage_error(env: Env) {
    usage_error(
        &env.run(&["new", "--template", "unknownkind"]),
        &["unknownkind", "classic", "bestuurlijk", "raamovereenkomst"],
    );
    no_tenders(&env);
}

fn a_missing_required_argument_is_a_usage_error(env: Env) {
    let env = loaded(env);
    let before = env.dump();
    usage_error(&env.run(&["new"]), &["<FILE>"]);
    usage_error(&env.run(&["show"]), &["<ID>"]);
    usage_error(&env.run(&["cancel", LOADED]), &["--reason"]);
    assert_eq!(env.dump(), before);
}
