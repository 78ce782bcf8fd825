//! Issue 2 through the real binary: loading, listing, showing, publishing,
//! cancelling and the audit trail of the seed tenders.

mod common;

use common::{Env, seed, tenders};

stories! {
    every_file_in_tenders_passes_check_and_loads,
    new_prints_the_timeline_and_show_the_lots,
    the_achterhoek_tender_moves_through_its_clock_phases,
    the_timeline_chart_marks_now_and_the_current_phase,
    publish_and_cancel_are_logged_with_actor_and_reason,
    update_replaces_a_draft_and_rectifies_a_published_deadline,
}

const SEEDS: [&str; 6] = [
    "achterhoek-2022",
    "alkmaar-jeugdhulp-2016",
    "alkmaar-wmo-pbv-2016",
    "leeuwarden-wijk",
    "ommen-hardenberg-2015",
    "walcheren-2016",
];

fn every_file_in_tenders_passes_check_and_loads(env: Env) {
    let files: Vec<String> = std::fs::read_dir(tenders())
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".toml"))
        .collect();
    assert_eq!(files.len(), SEEDS.len());
    for file in &files {
        let out = env.run(&["check", file]);
        assert!(out.said().contains("is a valid"), "{file}: {}", out.stdout);
        env.run(&["new", file]).ok();
    }
    let list = env.run(&["--format", "json", "list"]);
    let list: serde_json::Value = serde_json::from_str(list.ok()).unwrap();
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, SEEDS);
    assert!(list.as_array().unwrap().iter().all(|t| t["phase"] == "draft"));
}

#[test]
fn every_template_passes_check_unchanged() {
    let env = Env::new();
    for kind in ["classic", "bestuurlijk", "raamovereenkomst"] {
        let template = env.run(&["new", "--template", kind]);
        let file = env.write(&format!("{kind}.toml"), template.ok());
        let out = env.run(&["check", &file]);
        assert!(
            out.said().contains(&format!("is a valid {kind} tender (0 warnings)")),
            "{}",
            out.stdout
        );
    }
}

fn new_prints_the_timeline_and_show_the_lots(env: Env) {
    let out = env.run_at("2021-03-01", &["new", &seed("achterhoek-2022")]);
    assert!(out.ok().contains("registration-deadline"));
    assert!(out.stdout.contains("2021-05-23 12:00"));
    let shown = env.run_at("2021-03-01", &["--format", "json", "show", "achterhoek-2022"]);
    let shown: serde_json::Value = serde_json::from_str(shown.ok()).unwrap();
    assert_eq!(shown["id"], "achterhoek-2022");
    assert_eq!(shown["kind"], "classic");
    assert_eq!(shown["phase"], "draft");
    let lots: Vec<&str> = shown["lots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["lot"].as_str().unwrap())
        .collect();
    assert_eq!(
        lots,
        [
            "wmo-begeleiding",
            "wmo-dagbesteding",
            "jeugd-ambulant",
            "jeugd-verblijf"
        ]
    );
    let deadline = shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["what"] == "registration-deadline")
        .unwrap();
    assert_eq!(deadline["at"], "2021-05-23T12:00:00+02:00");
    assert_eq!(deadline["status"], "upcoming");
}

fn the_achterhoek_tender_moves_through_its_clock_phases(env: Env) {
    env.load(&["achterhoek-2022"]);
    let phase = |now: &str| {
        let out = env.run_at(now, &["--format", "json", "show", "achterhoek-2022"]);
        serde_json::from_str::<serde_json::Value>(out.ok()).unwrap()["phase"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(phase("2021-03-31"), "draft");
    env.run_at("2021-04-01T09:00", &["publish", "achterhoek-2022"]).ok();
    assert_eq!(phase("2021-05-23T12:00"), "open");
    assert_eq!(phase("2021-05-23T12:00:01"), "evaluation");
}

fn the_timeline_chart_marks_now_and_the_current_phase(env: Env) {
    env.load(&["achterhoek-2022"]);
    env.run_at("2021-04-01T09:00", &["publish", "achterhoek-2022"]).ok();
    let out = env.run_at("2021-06-01", &["timeline", "achterhoek-2022"]);
    let chart = out.ok();
    assert!(chart.contains("▶ evaluation"), "{chart}");
    assert!(
        chart
            .lines()
            .any(|l| l.trim_start().starts_with("now") && l.contains('▲')),
        "{chart}"
    );
    assert!(!chart.contains('\x1b'), "NO_COLOR is set: {chart:?}");
}

fn publish_and_cancel_are_logged_with_actor_and_reason(env: Env) {
    env.load(&["walcheren-2016"]);
    env.run_at(
        "2015-07-01T09:00",
        &["--actor", "j.devries", "publish", "walcheren-2016"],
    )
    .ok();
    env.run_at(
        "2015-07-02",
        &["cancel", "walcheren-2016", "--reason", "Budget niet vastgesteld"],
    )
    .ok();
    let log = env.run_at("2015-07-03", &["--format", "json", "log", "walcheren-2016"]);
    let log: serde_json::Value = serde_json::from_str(log.ok()).unwrap();
    let events: Vec<(&str, &str)> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["action"].as_str().unwrap(), e["actor"].as_str().unwrap()))
        .collect();
    assert_eq!(
        events,
        [("new", "inkoper"), ("publish", "j.devries"), ("cancel", "inkoper")]
    );
    assert!(log[2]["detail"].as_str().unwrap().contains("Budget niet vastgesteld"));
    assert_eq!(log[1]["at"], "2015-07-01T09:00:00+02:00");
    let list = env.run_at("2015-07-03", &["--format", "csv", "list"]);
    assert!(
        list.ok()
            .contains("walcheren-2016,Wmo begeleiding en dagbesteding Walcheren 2016,bestuurlijk,cancelled,,,0"),
        "{}",
        list.stdout
    );
}

fn update_replaces_a_draft_and_rectifies_a_published_deadline(env: Env) {
    let source = std::fs::read_to_string(seed("achterhoek-2022")).unwrap();
    let file = env.write("a.toml", &source);
    env.run(&["new", &file]).ok();
    env.write(
        "a.toml",
        source.replace(
            "title = \"Wmo en Jeugdhulp Achterhoek 2022\"",
            "title = \"Wmo en Jeugd Achterhoek 2022\"",
        ),
    );
    assert!(env.run(&["update", &file]).said().contains("title"));
    env.run_at("2021-04-01T09:00", &["publish", "achterhoek-2022"]).ok();
    let later = source
        .replace(
            "title = \"Wmo en Jeugdhulp Achterhoek 2022\"",
            "title = \"Wmo en Jeugd Achterhoek 2022\"",
        )
        .replace(
            "registration_deadline = 2021-05-23T12:00:00",
            "registration_deadline = 2021-05-30T12:00:00",
        );
    assert!(
        later.contains("2021-05-30T12:00:00"),
        "the seed's deadline line changed"
    );
    env.write("a.toml", &later);
    env.run_at("2021-05-01", &["update", &file]).ok();
    let log = env.run_at("2021-05-01", &["--format", "json", "log", "achterhoek-2022"]);
    let log: serde_json::Value = serde_json::from_str(log.ok()).unwrap();
    assert_eq!(log[3]["action"], "rectify");
    assert_eq!(
        log[3]["detail"],
        "timeline.registration_deadline: 2021-05-23T12:00:00 → 2021-05-30T12:00:00"
    );
    let before = env.dump();
    env.write(
        "a.toml",
        later.replace("title = \"Wmo en Jeugd Achterhoek 2022\"", "title = \"Iets anders\""),
    );
    let err = env.run_at("2021-05-01", &["update", &file]);
    assert!(err.fails(1).contains("`title` changed"), "{}", err.stderr);
    assert_eq!(env.dump(), before);
}

#[test]
fn completions_are_printed_for_a_shell() {
    let env = Env::new();
    assert!(env.run(&["completions", "bash"]).ok().contains("tender"));
}

#[test]
fn the_database_file_is_private() {
    let env = Env::new();
    env.load(&["walcheren-2016"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&env.db).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
