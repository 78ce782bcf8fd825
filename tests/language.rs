//! The language of messages and documents (SPEC §4 "Language") through the
//! real binary: `--lang`, else LC_ALL, LC_MESSAGES, LANG; `fout:` in Dutch;
//! and what scripts read (JSON, CSV) never changes with the language.

mod common;

use common::{Env, Out};

stories! {
    an_unknown_language_is_a_usage_error_naming_nl_and_en,
    the_environment_chooses_the_language_and_lang_overrides_it,
    machine_output_is_the_same_in_both_languages,
    the_proces_verbaal_in_dutch_is_confidential_and_names_the_providers,
    the_read_only_listings_speak_dutch,
    the_proces_verbaal_tells_every_step_in_dutch,
}

const ALKMAAR: &str = "alkmaar-jeugdhulp-2016";

fn with_env(env: &Env, vars: &[(&str, &str)], args: &[&str]) -> Out {
    let mut command = env.command();
    for (name, value) in vars {
        command.env(name, value);
    }
    let output = command.args(args).output().expect("run tender");
    Out {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn an_unknown_language_is_a_usage_error_naming_nl_and_en(env: Env) {
    let out = env.run(&["--lang", "fr", "list"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("fr") && out.stderr.contains("nl") && out.stderr.contains("en"),
        "{}",
        out.stderr
    );
}

fn the_environment_chooses_the_language_and_lang_overrides_it(env: Env) {
    env.load(&[ALKMAAR]);
    let refusal = ["report", ALKMAAR];
    let dutch = "fout: aanbesteding `alkmaar-jeugdhulp-2016` heeft nog geen gunningsbeslissing";
    let english = "error: tender `alkmaar-jeugdhulp-2016` has no award decision yet";
    for (vars, expected) in [
        (&[][..], english),
        (&[("LANG", "nl_NL.UTF-8")][..], dutch),
        (&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "nl_BE")][..], dutch),
        (&[("LANG", "nl_NL.UTF-8"), ("LC_ALL", "C")][..], english),
        (&[("LANG", "nl_NL.UTF-8"), ("LC_ALL", "")][..], dutch),
    ] {
        let out = with_env(&env, vars, &refusal);
        assert_eq!(out.code, 1);
        assert!(out.stderr.starts_with(expected), "{vars:?}: {}", out.stderr);
    }
    let mut args = vec!["--lang", "en"];
    args.extend_from_slice(&refusal);
    let out = with_env(&env, &[("LANG", "nl_NL.UTF-8")], &args);
    assert!(out.stderr.starts_with(english), "{}", out.stderr);
    let mut args = vec!["--lang", "nl"];
    args.extend_from_slice(&refusal);
    assert!(env.run(&args).stderr.starts_with(dutch));
}

fn machine_output_is_the_same_in_both_languages(env: Env) {
    let env = env.published(ALKMAAR, "2015-06-01T09:00", "2015-06-15T10:00");
    for (kvk, name) in [("30000001", "Eerste Zorg"), ("30000002", "Tweede Zorg")] {
        let args = [
            "register",
            ALKMAAR,
            "--name",
            name,
            "--kvk",
            kvk,
            "--lots",
            "ambulant",
            "--meets",
            "pve,indicatoren,gva,skj-big,ijw",
        ];
        env.run(&args).ok();
    }
    // Every registration first, then the admission check: time runs forward.
    for kvk in ["30000001", "30000002"] {
        env.run_at(
            "2015-07-20T10:00",
            &["qualify", ALKMAAR, "--kvk", kvk, "--meets", "pve"],
        )
        .ok();
    }
    let scores = env.write(
        "scores.csv",
        "kvk,lot,criterion,value\n\
         30000001,ambulant,transformatie,8\n30000001,ambulant,resultaat,7\n30000001,ambulant,continuiteit,9\n30000001,ambulant,prijs:45A48,62.50\n30000001,ambulant,prijs:45A49,62.50\n30000001,ambulant,prijs:45A52,62.50\n\
         30000002,ambulant,transformatie,6\n30000002,ambulant,resultaat,8\n30000002,ambulant,continuiteit,7\n30000002,ambulant,prijs:45A48,55\n30000002,ambulant,prijs:45A49,55\n30000002,ambulant,prijs:45A52,55\n",
    );
    env.run_at("2015-07-21T10:00", &["score", ALKMAAR, "--csv", &scores])
        .ok();
    let now = ["--now", "2015-09-01T10:00"];
    for format in ["json", "csv"] {
        for command in [
            &["award", ALKMAAR, "--dry-run"][..],
            &["list"],
            &["show", ALKMAAR],
            &["registrations", ALKMAAR],
            &["log", ALKMAAR],
        ] {
            let mut args = now.to_vec();
            args.extend(["--format", format]);
            args.extend_from_slice(command);
            let mut nl = vec!["--lang", "nl"];
            nl.extend_from_slice(&args);
            let mut en = vec!["--lang", "en"];
            en.extend_from_slice(&args);
            assert_eq!(env.run(&nl).ok(), env.run(&en).ok(), "{command:?} --format {format}");
        }
    }
    // The table, for a person, follows the language.
    let mut args = vec!["--lang", "nl"];
    args.extend_from_slice(&now);
    args.extend(["award", ALKMAAR, "--dry-run"]);
    let run = env.run(&args);
    assert_eq!(run.stderr, "proefberekening: er is niets vastgelegd\n");
    let table = run.ok().to_string();
    assert!(
        table.contains("perceel") && table.contains("gegund") && table.contains("€ 62,50"),
        "{table}"
    );
    assert!(table.contains("81,30"), "a decimal comma: {table}");
}

fn the_proces_verbaal_in_dutch_is_confidential_and_names_the_providers(env: Env) {
    let env = env.published(ALKMAAR, "2015-06-01T09:00", "2015-06-15T10:00");
    let args = [
        "register",
        ALKMAAR,
        "--name",
        "Eerste Zorg",
        "--kvk",
        "30000001",
        "--lots",
        "ambulant",
        "--meets",
        "pve,indicatoren,gva,skj-big,ijw",
    ];
    env.run(&args).ok();
    env.run_at(
        "2015-07-20T10:00",
        &["qualify", ALKMAAR, "--kvk", "30000001", "--meets", "pve"],
    )
    .ok();
    let scores = env.write(
        "scores.csv",
        "kvk,lot,criterion,value\n30000001,ambulant,transformatie,8\n30000001,ambulant,resultaat,7\n30000001,ambulant,continuiteit,9\n30000001,ambulant,prijs:45A48,62.50\n30000001,ambulant,prijs:45A49,62.50\n30000001,ambulant,prijs:45A52,62.50\n",
    );
    env.run_at("2015-07-21T10:00", &["score", ALKMAAR, "--csv", &scores])
        .ok();
    env.run_at("2015-10-01T10:00", &["award", ALKMAAR]).ok();
    env.run_at("2015-10-22T10:00", &["award", ALKMAAR, "--final"]).ok();
    env.run_at("2015-11-01T10:00", &["sign", ALKMAAR, "--kvk", "30000001"])
        .ok();
    env.run_at(
        "2015-11-02T10:00",
        &["cancel", ALKMAAR, "--reason", "Budget ingetrokken"],
    )
    .ok();
    let out = with_env(
        &env,
        &[("LANG", "nl_NL.UTF-8")],
        &["--now", "2015-11-03", "report", ALKMAAR],
    );
    let pv = out.ok();
    for expected in [
        "# Proces-verbaal: Jeugdhulp regio Alkmaar 2016",
        "VERTROUWELIJK.",
        "* Datum van dit proces-verbaal: 3 november 2015",
        "* Gunningsbeslissing 1 van 1 oktober 2015 om 10:00",
        "| 1 oktober 2015 om 10:00 | gunningsbeslissing | gunningsbeslissing 1; perceel ambulant: gegund aan Eerste Zorg (KvK 30000001); perceel dagbehandeling: gegund aan niemand",
        "| 1 november 2015 om 10:00 | ondertekening | Eerste Zorg (KvK 30000001) tekent op 1 november 2015, met ingang van 1 januari 2016 |",
        "| 2 november 2015 om 10:00 | intrekking | aanbesteding ingetrokken: Budget ingetrokken |",
        // A cancelled tender's contracts are shown as ended.
        "| 30000001 | Eerste Zorg | 1 november 2015 | 1 januari 2016 | beëindigd: aanbesteding ingetrokken op 2 november 2015 |",
        "| ambulant | 1 | 30000001 | Eerste Zorg | 8 | 7 | 9 | € 62,50 | 85,50 | gegund |",
        "## Aanmeldingen en inschrijvingen",
    ] {
        assert!(pv.contains(expected), "{expected:?} missing from:\n{pv}");
    }
    let html = with_env(
        &env,
        &[("LANG", "nl_NL.UTF-8")],
        &["--now", "2015-11-03", "report", ALKMAAR, "--html"],
    );
    let html = html.ok();
    assert!(
        html.contains("<html lang=\"nl\">") && html.contains("@page{size:A4"),
        "{html}"
    );
}

fn the_read_only_listings_speak_dutch(env: Env) {
    let env = env.published(ALKMAAR, "2015-06-01T09:00", "2015-06-15T10:00");
    let args = [
        "register",
        ALKMAAR,
        "--name",
        "Eerste Zorg",
        "--kvk",
        "30000001",
        "--lots",
        "ambulant",
        "--meets",
        "pve",
        "--small",
    ];
    env.run(&args).ok();
    let nl = [("LANG", "nl_NL.UTF-8")];
    let list = with_env(&env, &nl, &["list"]).ok().to_string();
    assert!(
        list.contains("volgende termijn") && list.contains("aanmeldingen"),
        "{list}"
    );
    let registrations = with_env(&env, &nl, &["registrations", ALKMAAR]).ok().to_string();
    for word in [
        "KvK",
        "naam",
        "percelen",
        "voldoet aan",
        "ontbreekt",
        "aangemeld",
        "klein",
        "ja",
    ] {
        assert!(registrations.contains(word), "{word:?} missing from:\n{registrations}");
    }
    let show = with_env(&env, &nl, &["show", ALKMAAR]).ok().to_string();
    for word in [
        "soort:",
        "klassieke aanbesteding (classic)",
        "opdrachtgever:",
        "(penvoerder)",
        "fase:",
        "Tijdlijn (Europe/Amsterdam)",
        "Percelen (1 aanmelding in totaal)",
        "voorbij",
        "volgende",
    ] {
        assert!(show.contains(word), "{word:?} missing from:\n{show}");
    }
    let timeline = with_env(&env, &nl, &["timeline", ALKMAAR]).ok().to_string();
    assert!(
        timeline.contains("(fase open)") && timeline.contains("  nu "),
        "{timeline}"
    );
    let log = with_env(&env, &nl, &["log", ALKMAAR]).ok().to_string();
    assert!(log.contains("handeling") && log.contains("toelichting"), "{log}");
    for (name, text) in [
        ("list", &list),
        ("registrations", &registrations),
        ("timeline", &timeline),
    ] {
        for english in [
            "registrations",
            "next deadline",
            "Timeline",
            "status\n",
            "missing",
            "phase ",
        ] {
            assert!(!text.contains(english), "{english:?} in the Dutch {name}:\n{text}");
        }
    }
}

fn the_proces_verbaal_tells_every_step_in_dutch(env: Env) {
    let id = "walcheren-2016";
    env.load(&[id]);
    let steps: [(&str, &[&str]); 7] = [
        (
            "2015-06-15",
            &["consult", id, "--on", "2015-06-15", "--summary", "Tarieven begeleiding"],
        ),
        ("2015-07-01T09:00", &["publish", id]),
        (
            "2015-08-10",
            &[
                "register",
                id,
                "--name",
                "Zeeuwse Gronden",
                "--kvk",
                "22123456",
                "--lots",
                "begeleiding",
                "--meets",
                "kwaliteit,vog,porthos,iwmo",
            ],
        ),
        (
            "2015-10-01",
            &["qualify", id, "--kvk", "22123456", "--meets", "kwaliteit"],
        ),
        ("2016-02-15", &["award", id]),
        ("2016-03-01", &["sign", id, "--kvk", "22123456"]),
        (
            "2016-11-30",
            &[
                "amend",
                id,
                "--lot",
                "begeleiding",
                "--product",
                "02A01",
                "--tariff",
                "54.25",
                "--basis",
                "agreement",
                "--reason",
                "Indexatie 2017",
            ],
        ),
    ];
    for (now, args) in steps {
        let out = env.run_at(now, args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
    }
    let pv = with_env(&env, &[("LANG", "nl_NL")], &["--now", "2016-12-01", "report", id])
        .ok()
        .to_string();
    for expected in [
        "| 15 juni 2015 om 00:00 | overlegtafel | overlegtafel 1 op 15 juni 2015: Tarieven begeleiding |",
        "| 1 juli 2015 om 09:00 | aankondiging | aankondiging gepubliceerd; aanmelden tot ",
        "| gunningsbeslissing | gunningsbeslissing 1; perceel begeleiding: gegund aan Zeeuwse Gronden (KvK 22123456); perceel dagbesteding: gegund aan niemand |",
        "| ondertekening | Zeeuwse Gronden (KvK 22123456) tekent op 1 maart 2016, met ingang van 28 maart 2016 |",
        "| wijziging | tarief van perceel begeleiding (product 02A01) gewijzigd van € 52,50 naar € 54,25: Indexatie 2017 |",
        "| 22123456 | Zeeuwse Gronden | 1 maart 2016 | 28 maart 2016 | loopt tot en met ",
    ] {
        assert!(pv.contains(expected), "{expected:?} missing from:\n{pv}");
    }
    for english in ["decision 1", "awarded", "signed", "consultation round", "tariff"] {
        assert!(!pv.contains(english), "{english:?} in the Dutch proces-verbaal:\n{pv}");
    }
}
