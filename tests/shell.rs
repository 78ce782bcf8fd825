//! What a user's shell sees of tender: the man page, the completions (run in a
//! real bash), the help of the global options, and the README's install lines
//! with the crontab's job line run as cron runs it.

mod common;

use std::process::Command;

use common::{Env, seed};

stories! {
    bash_completes_the_tender_ids_of_the_database,
}

/// Runs `script` in bash in the environment's folder, with TENDER_DB set.
fn bash(env: &Env, script: &str) -> String {
    let output = Command::new("bash")
        .arg("-c")
        .arg(script)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TENDER_DB", env.database())
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

fn completion_env(env: Env) -> Env {
    env.load(&["achterhoek-2022", "walcheren-2016"]);
    let script = env.run(&["completions", "bash"]).ok().to_string();
    env.write("tender.bash", script);
    env
}

fn bash_completes_the_tender_ids_of_the_database(env: Env) {
    let env = completion_env(env);
    let ids = complete(&env, r#"tender show """#);
    assert!(ids.contains(&"achterhoek-2022".to_string()), "{ids:?}");
    assert!(ids.contains(&"walcheren-2016".to_string()), "{ids:?}");
    assert_eq!(complete(&env, "tender register wal"), ["walcheren-2016"]);

    // --db on the line names another database: its ids, not TENDER_DB's.
    let other = env.another();
    other.load(&["ommen-hardenberg-2015"]);
    let line = format!("tender --db {} show ''", other.database());
    let ids = complete(&env, &line);
    assert!(ids.contains(&"ommen-hardenberg-2015".to_string()), "{ids:?}");
    assert!(!ids.contains(&"achterhoek-2022".to_string()), "{ids:?}");

    // No database: no ids, and no error in the shell.
    let line = "tender --db missing.db show a";
    assert!(complete(&env, line).is_empty());
}

#[test]
fn bash_completes_the_values_of_options_with_a_closed_list() {
    let env = completion_env(Env::new());
    assert_eq!(
        complete(&env, r#"tender --format """#),
        ["table", "json", "csv", "xlsx"]
    );
    assert_eq!(
        complete(&env, r#"tender list --format """#),
        ["table", "json", "csv", "xlsx"]
    );
    assert_eq!(complete(&env, r#"tender --lang """#), ["nl", "en"]);
    assert_eq!(
        complete(&env, r#"tender new --template """#),
        ["classic", "bestuurlijk", "raamovereenkomst"]
    );
    assert_eq!(
        complete(&env, r#"tender resolve achterhoek-2022 --objection 1 --outcome """#),
        ["upheld", "rejected"]
    );
    assert_eq!(complete(&env, "tender regis"), ["register", "registrations"]);
    // A definition file is a path.
    env.write("regio-wmo-2027.toml", "");
    assert_eq!(complete(&env, "tender check regio"), ["regio-wmo-2027.toml"]);
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
fn the_man_page_is_one_roff_page_with_every_command() {
    let env = Env::new();
    let page = env.run(&["man"]).ok().to_string();
    assert!(page.starts_with(".ie \\n(.g .ds Aq"), "{}", &page[..80.min(page.len())]);
    assert!(page.contains(".TH tender 1"), "{page}");
    for command in ["new", "register", "award", "remind", "calendar", "completions", "man"] {
        assert!(page.contains(&format!(".SS \"tender {command}\"")), "{command} missing");
    }
    assert!(
        !page.contains("tender\\-new(1)"),
        "no pointers to pages that are not installed"
    );
    assert!(page.contains("TENDER_DB"), "the page names the environment");
    // man reads it, where man is installed (it is on this project's machines).
    if Command::new("man")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        let file = env.write("tender.1", &page);
        let shown = Command::new("man")
            .args(["-l", &file])
            .env("MANPAGER", "cat")
            .env("MANWIDTH", "100")
            .output()
            .unwrap();
        assert!(shown.status.success());
        let text = String::from_utf8_lossy(&shown.stdout);
        assert!(text.contains("COMMANDS"), "{text}");
        assert!(
            text.contains("The provider's KvK number (8 digits)"),
            "register's options: {text}"
        );
        assert!(
            String::from_utf8_lossy(&shown.stderr).trim().is_empty(),
            "{}",
            String::from_utf8_lossy(&shown.stderr)
        );
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

/// The lines of the README's install section that are shell commands.
fn install_section() -> Vec<String> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split("\n## Install\n").nth(1).expect("an install section");
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    section
        .split("```sh\n")
        .skip(1)
        .flat_map(|block| block[..block.find("```").unwrap()].lines())
        .map(|line| line.split("  #").next().unwrap().trim().to_string())
        .filter(|line| !line.is_empty())
        .collect()
}

#[test]
fn the_readme_installs_with_cargo_and_writes_the_man_page() {
    let lines = install_section();
    assert_eq!(lines[0], "cargo install --locked --path .");
    assert!(
        lines
            .iter()
            .any(|l| l.ends_with("tender man > ~/.local/share/man/man1/tender.1")),
        "{lines:?}"
    );
}

#[test]
fn the_crontab_line_runs_what_the_install_section_installs() {
    use std::os::unix::fs::PermissionsExt as _;
    let env = Env::new().ommen_open();
    // A home folder laid out as `cargo install` and the README's install lines leave it.
    let home = env.path("home");
    std::fs::create_dir_all(home.join(".cargo/bin")).unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_tender"), home.join(".cargo/bin/tender")).unwrap();
    let script_line = install_section()
        .into_iter()
        .find(|l| l.contains("examples/remind-mail.sh"))
        .expect("the install line of the mail script");
    let installed = Command::new("sh")
        .args(["-c", &script_line])
        .env("HOME", &home)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .unwrap();
    assert!(installed.success(), "{script_line}");

    // The crontab's job line, run as cron runs it: sh, cron's PATH, the crontab's variables.
    let crontab = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/crontab")).unwrap();
    let job = crontab
        .lines()
        .find(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .expect("a job line");
    let command: String = job.split_whitespace().skip(5).collect::<Vec<_>>().join(" ");
    let mailer = env.write(
        "mailer.sh",
        "#!/bin/sh\n{ echo \"to: $3\"; cat; } > \"$(dirname \"$0\")/mailed\"\n",
    );
    std::fs::set_permissions(&mailer, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mailbox = env.write("mailbox", "");
    let output = Command::new("sh")
        .args(["-c", &command])
        .env_clear()
        .env("HOME", &home)
        .env("PATH", "/usr/bin:/bin")
        .env("MAIL", &mailbox)
        .env("TENDER_MAILER", &mailer)
        .env("TENDER_DB", env.database())
        .env("TENDER_NOW", "2015-08-20T07:30")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{command}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mail = std::fs::read_to_string(env.path("mailed")).expect("a mail was sent");
    assert!(mail.starts_with("to: inkoop@regio.example.nl\n"), "{mail}");
    assert!(mail.contains("ommen-hardenberg-2015"), "{mail}");
}
