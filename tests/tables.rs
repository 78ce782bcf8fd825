//! Tables that fit: ids and KvK numbers are printed whole however narrow the
//! room, free text is shortened with `…`, and a table on a pipe stays readable.

mod common;

use common::{Env, classic_with};

stories! {
    a_narrow_table_shortens_the_title_and_never_breaks_an_id,
    kvk_numbers_stay_whole_and_names_shorten_in_registrations,
    a_piped_table_caps_free_text_without_columns,
    on_a_terminal_the_table_takes_the_terminal_width,
}

/// The display width of the widest line.
fn widest(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

fn with_columns(env: &Env, columns: &str, args: &[&str]) -> String {
    let output = env.command().env("COLUMNS", columns).args(args).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

fn long_title_tender(env: &Env) {
    let title = "Wmo begeleiding, dagbesteding en kortdurend verblijf voor de zeven gemeenten van de regio";
    let source = classic_with(
        "id = \"regio-wmo-2027\"",
        "id = \"alkmaar-jeugdhulp-en-wmo-begeleiding-2027\"",
    );
    let source = source.replacen(
        &source.lines().find(|l| l.starts_with("title = ")).unwrap().to_string(),
        &format!("title = \"{title}\""),
        1,
    );
    let file = env.write("long.toml", source);
    env.run(&["new", &file]).ok();
}

fn a_narrow_table_shortens_the_title_and_never_breaks_an_id(env: Env) {
    long_title_tender(&env);
    env.load(&["achterhoek-2022"]);
    let table = with_columns(&env, "140", &["list"]);
    assert_eq!(widest(&table), 140, "the width of the room:\n{table}");
    for id in ["alkmaar-jeugdhulp-en-wmo-begeleiding-2027", "achterhoek-2022"] {
        assert!(table.contains(id), "{id} whole:\n{table}");
    }
    // Narrower than the ids, kinds and moments: those stay whole all the same.
    let narrow = with_columns(&env, "40", &["list"]);
    assert!(narrow.contains("alkmaar-jeugdhulp-en-wmo-begeleiding-2027"), "{narrow}");
    assert!(narrow.contains("questions-deadline 2027-02-12 12:00"), "{narrow}");
    assert!(table.contains('…'), "the title shortened:\n{table}");
    assert!(!table.contains("voor de zeven gemeenten van de regio"), "{table}");
    // A wide room shows the whole title.
    let wide = with_columns(&env, "300", &["list"]);
    assert!(wide.contains("voor de zeven gemeenten van de regio"), "{wide}");
    assert!(!wide.contains('…'), "{wide}");
}

fn kvk_numbers_stay_whole_and_names_shorten_in_registrations(env: Env) {
    let env = env.ommen_open();
    let name = "Stichting Zorg en Welzijn voor Ouderen in de Gemeenten Ommen en Hardenberg";
    env.run(&[
        "register",
        "ommen-hardenberg-2015",
        "--name",
        name,
        "--kvk",
        "50000001",
        "--lots",
        "huishouden,ondersteuning,dagbesteding",
    ])
    .ok();
    // The room: the whole table's width less what shortening the name to
    // `Stichting…` saves, so the test follows the real widths of the other columns.
    let whole = with_columns(&env, "1000", &["registrations", "ommen-hardenberg-2015"]);
    assert!(whole.contains(name), "{whole}");
    let room = widest(&whole) - (name.chars().count() - "Stichting…".chars().count());
    let table = with_columns(&env, &room.to_string(), &["registrations", "ommen-hardenberg-2015"]);
    assert!(widest(&table) <= room, "{table}");
    assert!(table.contains("50000001"), "{table}");
    assert!(table.contains("Stichting…"), "{table}");
    assert!(!table.contains(name), "{table}");
    assert!(table.contains('…'), "{table}");
}

fn a_piped_table_caps_free_text_without_columns(env: Env) {
    let env = env.ommen_open();
    let mut csv = String::from("name,kvk,agb,email,lots,meets,small\n");
    for i in 0..200 {
        csv.push_str(&format!("Zorgaanbieder {i},{},,,huishouden,,\n", 60_000_000 + i));
    }
    let file = env.write("many.csv", csv);
    env.run(&["register", "ommen-hardenberg-2015", "--csv", &file]).ok();
    // The detail of that event names 200 KvK numbers; the table stays readable.
    let table = env.run(&["log", "ommen-hardenberg-2015"]).ok().to_string();
    assert!(widest(&table) < 160, "{} wide", widest(&table));
    assert!(table.contains("200 providers registered from"), "{table}");
    assert!(table.contains('…'));
    // The whole detail is in the JSON and CSV forms.
    let json = env.run(&["--format", "json", "log", "ommen-hardenberg-2015"]).json();
    let detail = json.as_array().unwrap().last().unwrap()["detail"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(detail.contains("60000199"), "{detail}");
    // COLUMNS, when set, is the width of a pipe too.
    let narrow = with_columns(&env, "100", &["log", "ommen-hardenberg-2015"]);
    assert!(widest(&narrow) <= 100, "{narrow}");
}

fn on_a_terminal_the_table_takes_the_terminal_width(env: Env) {
    // A real terminal through util-linux `script`, where it is installed (it is on
    // this project's machines), 140 columns wide.
    if std::process::Command::new("script").arg("--version").output().is_err() {
        return;
    }
    long_title_tender(&env);
    let command = format!("stty cols 140 rows 40; {} list", env!("CARGO_BIN_EXE_tender"));
    let shown = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("TENDER_DB", env.database())
        .env("TENDER_NOW", &env.now)
        .env("NO_COLOR", "1")
        .current_dir(env.path(""))
        .output()
        .unwrap();
    assert!(shown.status.success(), "{}", String::from_utf8_lossy(&shown.stderr));
    let table = String::from_utf8(shown.stdout).unwrap().replace('\r', "");
    assert_eq!(widest(&table), 140, "{table}");
    assert!(table.contains("alkmaar-jeugdhulp-en-wmo-begeleiding-2027"), "{table}");
    assert!(table.contains('…'), "{table}");
}
