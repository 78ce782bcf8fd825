//! What a user's shell sees of tender: the man page, the completions (run in a
//! real bash), the cron mail script, and the help of the global options.

mod common;

use std::process::Command;

use common::{Env, seed};

/// Runs `script` in bash in the environment's folder, with TENDER_DB set.
fn bash(env: &Env, script: &str) -> String {
    let output = Command::new("bash")
        .arg("-c")
        .arg(script)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TENDER_DB", &env.db)
        .current_dir(env.path(""))
        .output()
        .expect("run bash");
    assert!(
        output.status.success(),
        "bash failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// The candidates bash's completion function offers for the words of a line,
/// the last being the word under the cursor.
fn complete(env: &Env, words: &str) -> Vec<String> {
    let script = format!(
        r#"source ./tender.bash
COMP_WORDS=({words}); COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 )); COMP_TYPE=9
_clap_complete_tender tender "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#
    );
    bash(env, &script)
        .lines()
        .map(str::to_string)
        .filter(|c| !c.is_empty())
        .collect()
}

/// Help text with its lines joined, as clap wraps it to the width.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn completion_env() -> Env {
    let env = Env::new();
    env.load(&["achterhoek-2022", "walcheren-2016"]);
    let script = env.run(&["completions", "bash"]).ok().to_string();
    env.write("tender.bash", script);
    env
}

#[test]
fn bash_completes_the_tender_ids_of_the_database() {
    let env = completion_env();
    let ids = complete(&env, r#"tender show """#);
    assert!(ids.contains(&"achterhoek-2022".to_string()), "{ids:?}");
    assert!(ids.contains(&"walcheren-2016".to_string()), "{ids:?}");
    assert_eq!(complete(&env, "tender register wal"), ["walcheren-2016"]);

    // --db on the line names another database: its ids, not TENDER_DB's.
    let other = Env::new();
    other.load(&["ommen-hardenberg-2015"]);
    let line = format!("tender --db {} show ''", other.db.display());
    let ids = complete(&env, &line);
    assert!(ids.contains(&"ommen-hardenberg-2015".to_string()), "{ids:?}");
    assert!(!ids.contains(&"achterhoek-2022".to_string()), "{ids:?}");

    // No database: no ids, and no error in the shell.
    let line = "tender --db missing.db show a";
    assert!(complete(&env, line).is_empty());
}

#[test]
fn bash_completes_the_values_of_options_with_a_closed_list() {
    let env = completion_env();
    assert_eq!(complete(&env, r#"tender --format """#), ["table", "json", "csv"]);
    assert_eq!(complete(&env, r#"tender list --format """#), ["table", "json", "csv"]);
    assert_eq!(
        complete(&env, r#"tender new --template """#),
        ["classic", "bestuurlijk", "raamovereenkomst"]
    );
    assert_eq!(
        complete(&env, r#"tender resolve achterhoek-2022 --objection 1 --outcome """#),
        ["upheld", "rejected"]
    );
    assert_eq!(complete(&env, "tender regis"), ["register", "registrations"]);
}

#[test]
fn the_closed_lists_are_in_the_help_and_refused_by_name() {
    let env = Env::new();
    let help = words(env.run(&["new", "--help"]).ok());
    assert!(
        help.contains("[possible values: classic, bestuurlijk, raamovereenkomst]"),
        "{help}"
    );
    let stderr = env
        .run(&["resolve", "x", "--objection", "1", "--outcome", "maybe"])
        .fails(2)
        .to_string();
    assert!(stderr.contains("[possible values: upheld, rejected]"), "{stderr}");
}

#[test]
fn the_man_page_is_roff_with_every_command() {
    let env = Env::new();
    let page = env.run(&["man"]).ok().to_string();
    assert!(page.starts_with(".ie \\n(.g .ds Aq"), "{}", &page[..80.min(page.len())]);
    assert!(page.contains(".TH tender 1"), "{page}");
    for command in ["new", "register", "award", "remind", "calendar", "completions", "man"] {
        assert!(page.contains(&format!("tender\\-{command}(1)")), "{command} missing");
    }
    assert!(page.contains("TENDER_DB"), "the page names the environment");
    // man itself can read it, where it is installed.
    if Command::new("man")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        let file = env.write("tender.1", &page);
        let shown = Command::new("man")
            .args(["-l", &file])
            .env("MANPAGER", "cat")
            .output()
            .unwrap();
        assert!(shown.status.success());
        assert!(String::from_utf8_lossy(&shown.stdout).contains("SUBCOMMANDS"));
    }
}

#[test]
fn the_database_option_says_what_is_true_and_is_never_shown_as_required() {
    let env = Env::new();
    let help = words(env.run(&["show", "--help"]).ok());
    assert!(help.contains("only `tender new` creates it"), "{help}");
    assert!(!help.contains("created on first use"), "{help}");
    // TENDER_DB is set (as in a crontab): the usage line is still the command's own.
    let stderr = env.run(&["register", "x"]).fails(2).to_string();
    let usage = stderr.lines().find(|l| l.starts_with("Usage:")).expect("a usage line");
    assert!(!usage.contains("--db"), "{usage}");
    let stderr = env.run(&["--now", "2021-03-01", "show"]).fails(2).to_string();
    assert!(stderr.contains("Usage: tender show <ID>"), "{stderr}");
    // The environment still counts.
    env.run(&["new", &seed("achterhoek-2022")]).ok();
    assert!(env.db.exists());
}
