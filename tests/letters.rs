//! `tender letters` through the real binary: one letter per bidder on the
//! latest decision, in Dutch and in English, as Markdown and as HTML, what a
//! letter may and may not show (art. 2.130 Aw), the audit event, and every refusal.

mod common;

use std::path::Path;

use common::{Env, seed};

stories! {
    every_bidder_gets_its_letter_in_dutch_with_what_art_2_130_asks,
    letters_in_english_and_as_html_for_one_bidder,
    a_bestuurlijke_aanbesteding_admits_at_the_tariffs_from_the_start,
    letters_are_refused_before_a_decision_and_for_a_wrong_folder_or_bidder,
}

const ALKMAAR: &str = "alkmaar-jeugdhulp-2016";
const EERSTE: &str = "30000001";
const TWEEDE: &str = "30000002";
const MATIG: &str = "30000003";
const AFGEWEZEN: &str = "30000009";
const NAME: &str = "Zorg <script>alert('x')</script> & \"Co\"";

#[track_caller]
fn ok(env: &Env, now: &str, args: &[&str]) -> String {
    env.run_at(now, args).ok().to_string()
}

/// Runs with a Dutch environment (LANG), as a Dutch officer's shell has it.
fn dutch(env: &Env, now: &str, args: &[&str]) -> common::Out {
    let output = env
        .command()
        .env("LANG", "nl_NL.UTF-8")
        .arg("--now")
        .arg(now)
        .args(args)
        .output()
        .expect("run tender");
    common::Out {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A Dutch refusal: exit 1, one `fout:` line naming each of `words`, nothing written.
#[track_caller]
fn refused_nl(env: &Env, now: &str, args: &[&str], words: &[&str]) -> String {
    let before = env.dump();
    let out = dutch(env, now, args);
    assert_eq!(out.code, 1, "expected a refusal: {out:?}");
    assert!(out.stderr.starts_with("fout: "), "{}", out.stderr);
    assert_eq!(out.stderr.trim_end().lines().count(), 1, "{}", out.stderr);
    for word in words {
        assert!(out.stderr.contains(word), "{word:?} missing from {}", out.stderr);
    }
    assert_eq!(env.dump(), before, "a refused command wrote to the database");
    out.stderr
}

/// Alkmaar Jeugdhulp with one award place on `ambulant`: the first is
/// awarded, the second ranked but not awarded, the third excluded on quality,
/// a fourth rejected at the admission check; only the first also offered `crisis`.
fn alkmaar(env: Env) -> Env {
    let text = std::fs::read_to_string(seed(ALKMAAR)).unwrap();
    let text = text.replacen("price_floor = 50.00", "max_awards = 1\nprice_floor = 50.00", 1);
    let file = env.write("alkmaar.toml", text);
    ok(&env, "2015-05-01T10:00", &["new", &file]);
    ok(&env, "2015-06-01T09:00", &["publish", ALKMAAR]);
    let providers = [
        (EERSTE, NAME, "ambulant,crisis"),
        (TWEEDE, "Parlan Jeugd", "ambulant"),
        (MATIG, "Matig Hulp BV", "ambulant"),
        (AFGEWEZEN, "Geen VOG BV", "ambulant"),
    ];
    // Every registration first, then the admission check: time runs forward.
    for (kvk, name, lots) in providers {
        let meets = if kvk == AFGEWEZEN {
            "pve"
        } else {
            "pve,indicatoren,gva,skj-big,ijw"
        };
        let args = [
            "register", ALKMAAR, "--name", name, "--kvk", kvk, "--lots", lots, "--meets", meets,
        ];
        ok(&env, "2015-06-15T10:00", &args);
    }
    for (kvk, _, _) in providers {
        let decision: &[&str] = if kvk == AFGEWEZEN {
            &["--reject", "Geen gedragsverklaring aanbesteden"]
        } else {
            &["--meets", "pve"]
        };
        let mut qualify = vec!["qualify", ALKMAAR, "--kvk", kvk];
        qualify.extend_from_slice(decision);
        ok(&env, "2015-07-20T10:00", &qualify);
    }
    let scores = env.write(
        "scores.csv",
        "kvk,lot,criterion,value\n\
         30000001,ambulant,transformatie,8\n30000001,ambulant,resultaat,7\n30000001,ambulant,continuiteit,9\n30000001,ambulant,prijs:45A48,62.50\n30000001,ambulant,prijs:45A49,62.50\n30000001,ambulant,prijs:45A52,62.50\n\
         30000002,ambulant,transformatie,6\n30000002,ambulant,resultaat,8\n30000002,ambulant,continuiteit,7\n30000002,ambulant,prijs:45A48,55\n30000002,ambulant,prijs:45A49,55\n30000002,ambulant,prijs:45A52,55\n\
         30000003,ambulant,transformatie,2\n30000003,ambulant,resultaat,2\n30000003,ambulant,continuiteit,3\n30000003,ambulant,prijs:45A48,40\n30000003,ambulant,prijs:45A49,40\n30000003,ambulant,prijs:45A52,40\n\
         30000001,crisis,transformatie,8\n30000001,crisis,resultaat,7\n30000001,crisis,continuiteit,9\n30000001,crisis,prijs,70\n",
    );
    ok(&env, "2015-07-21T10:00", &["score", ALKMAAR, "--csv", &scores]);
    ok(&env, "2015-10-01T10:00", &["award", ALKMAAR]);
    env
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn every_bidder_gets_its_letter_in_dutch_with_what_art_2_130_asks(env: Env) {
    let env = alkmaar(env);
    let out = env.path("brieven");
    let run = dutch(
        &env,
        "2015-10-01T11:00",
        &["letters", ALKMAAR, "-o", out.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        run.stderr,
        format!("4 brieven bij gunningsbeslissing 1 geschreven in {}\n", out.display())
    );
    assert_eq!(
        files(&out),
        [
            "30000001-voornemen-tot-gunning.md",
            "30000002-afwijzing.md",
            "30000003-afwijzing.md",
            "30000009-afwijzing.md",
        ]
    );

    // The second: its own points, price, price score, total and rank; the
    // awarded bidder's name, points, price score and total, not its price.
    let afwijzing = read(&out, "30000002-afwijzing.md");
    for expected in [
        "Gemeente Alkmaar  \nmede namens de gemeenten Bergen, Castricum, Heerhugowaard, Heiloo, Langedijk, Uitgeest",
        "Parlan Jeugd  \nKvK-nummer 30000002",
        "Datum: 1 oktober 2015  \nKenmerk: ",
        "# Afwijzing: Jeugdhulp regio Alkmaar 2016",
        "## Perceel ambulant: Jeugdhulp ambulant",
        "Wij zijn voornemens dit perceel niet aan u te gunnen. Uw inschrijving is als nummer 2 gerangschikt, met een totaalscore van 80,00",
        "| Resultaat centraal: doelen, indicatoren en evaluatie | 25 | 8 van 10 | 20,00 |",
        "| Prijs | 35 | € 55,00 | 35,00 |",
        "| Totaal |  |  | 80,00 |",
        // 8·30+7·25+9·10 = 505/650 of 65 = 50.50, and 35·55/62.50 = 30.80 for the price.
        "| Zorg \\<script\\>alert('x')\\</script\\> \\& \"Co\" | 8 | 7 | 9 | 30,80 | 81,30 |",
        "De opschortende termijn",
        "Deze termijn eindigt op 21 oktober 2015 om 23:59.",
        "een kort geding aanhangig maken bij de voorzieningenrechter",
        "uiterlijk op 21 oktober 2015 om 23:59",
        "Met vriendelijke groet,",
        "namens het college van burgemeester en wethouders van de gemeente Alkmaar,",
    ] {
        let expected = expected.replace("De opschortende termijn", "## Opschortende termijn");
        assert!(afwijzing.contains(&expected), "{expected:?} missing from:\n{afwijzing}");
    }
    assert!(
        !afwijzing.contains("62,50"),
        "the awarded bidder's price is not shown:\n{afwijzing}"
    );
    assert!(
        !afwijzing.contains("Matig"),
        "another bidder that was not awarded is not shown"
    );
    assert!(!afwijzing.contains("Geen VOG"));

    let voornemen = read(&out, "30000001-voornemen-tot-gunning.md");
    assert!(
        voornemen.contains("# Voornemen tot gunning: Jeugdhulp regio Alkmaar 2016"),
        "{voornemen}"
    );
    assert!(voornemen.contains("Wij zijn voornemens dit perceel aan u te gunnen. Uw inschrijving is als nummer 1 gerangschikt, met een totaalscore van 81,30."));
    assert!(voornemen.contains("## Perceel crisis: Crisishulp jeugd"));
    assert!(voornemen.contains("| Prijs | 35 | € 62,50 | 30,80 |"), "{voornemen}");
    assert!(
        !voornemen.contains("Parlan") && !voornemen.contains("55,00"),
        "{voornemen}"
    );

    let uitgesloten = read(&out, "30000003-afwijzing.md");
    assert!(
        uitgesloten.contains("Uw inschrijving voor dit perceel is uitgesloten van de beoordeling, omdat de kwaliteitsscore van 21,54% onder het minimum van 60% ligt."),
        "{uitgesloten}"
    );
    assert!(!uitgesloten.contains("Parlan"), "{uitgesloten}");

    let afgewezen = read(&out, "30000009-afwijzing.md");
    assert!(
        afgewezen.contains("Wij delen u mee dat uw aanmelding niet tot toelating leidt."),
        "{afgewezen}"
    );
    assert!(afgewezen.contains("Uw aanmelding voldoet niet aan de volgende toelatingseisen:"));
    assert!(afgewezen.contains("Toelichting: Geen gedragsverklaring aanbesteden"));

    for letter in [&afwijzing, &voornemen, &uitgesloten, &afgewezen] {
        for english in ["Dear", "award decision", "standstill", "Your offer", "Yours"] {
            assert!(!letter.contains(english), "{english:?} in a Dutch letter:\n{letter}");
        }
    }

    // A letter shows one bidder what it may see of the others: owner-only, like the database.
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(out.join("30000002-afwijzing.md"))
            .unwrap()
            .permissions(),
    );
    assert_eq!(mode & 0o777, 0o600);

    // One audit event records which letters were produced for which decision.
    let letters: Vec<_> = env
        .log(ALKMAAR)
        .into_iter()
        .filter(|e| e["action"] == "letters")
        .collect();
    assert_eq!(letters.len(), 1, "{letters:?}");
    assert_eq!(
        letters[0]["detail"],
        "decision 1: 4 letters: 30000001 voornemen-tot-gunning, 30000002 afwijzing, 30000003 afwijzing, 30000009 afwijzing"
    );
}

fn letters_in_english_and_as_html_for_one_bidder(env: Env) {
    let env = alkmaar(env);
    let out = env.path("letters");
    let dir = out.to_str().unwrap();
    let run = env.run_at(
        "2015-10-01T11:00",
        &["--lang", "en", "letters", ALKMAAR, "-o", dir, "--kvk", TWEEDE, "--html"],
    );
    run.ok();
    assert_eq!(files(&out), ["30000002-afwijzing.html"]);
    let html = read(&out, "30000002-afwijzing.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"), "{html}");
    for expected in [
        "<h1>Rejection (afwijzing): Jeugdhulp regio Alkmaar 2016</h1>",
        "Municipality of Alkmaar<br>",
        "We intend not to award this lot to you. Your offer ranked number 2, with a total score of 80.00",
        "<td>€55.00</td>",
        "It ends on 21 October 2015 at 23:59.",
        "summary proceedings (kort geding)",
        // A provider's name is text, never markup.
        "<td>Zorg &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;</td>",
        "@page{size:A4",
        "counter(page)",
        "break-inside:avoid",
    ] {
        assert!(html.contains(expected), "{expected:?} missing from:\n{html}");
    }
    assert!(!html.contains("<script>"), "{html}");
    assert!(!html.contains("€62.50"), "no price of the awarded bidder");
}

fn a_bestuurlijke_aanbesteding_admits_at_the_tariffs_from_the_start(env: Env) {
    let id = "walcheren-2016";
    env.load(&[id]);
    ok(&env, "2015-07-01T09:00", &["publish", id]);
    let meets = "kwaliteit,vog,porthos,iwmo";
    let register = [
        "register",
        id,
        "--name",
        "Zeeuwse Gronden",
        "--kvk",
        "22123456",
        "--lots",
        "begeleiding,dagbesteding",
        "--meets",
        meets,
    ];
    ok(&env, "2015-08-10T10:00", &register);
    let register = [
        "register",
        id,
        "--name",
        "Geen Porthos BV",
        "--kvk",
        "22999999",
        "--lots",
        "begeleiding",
        "--meets",
        "kwaliteit,vog",
    ];
    ok(&env, "2015-08-11T10:00", &register);
    ok(
        &env,
        "2015-10-01T10:00",
        &["qualify", id, "--kvk", "22123456", "--meets", "kwaliteit"],
    );
    ok(
        &env,
        "2015-10-01T10:00",
        &[
            "qualify",
            id,
            "--kvk",
            "22999999",
            "--reject",
            "Niet aangesloten op Porthos",
        ],
    );
    ok(&env, "2016-02-15T10:00", &["award", id]);
    let out = env.path("brieven");
    let run = dutch(&env, "2016-02-15T11:00", &["letters", id, "-o", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(files(&out), ["22123456-toelating.md", "22999999-afwijzing.md"]);
    let toelating = read(&out, "22123456-toelating.md");
    assert!(toelating.contains("# Toelating: "), "{toelating}");
    assert!(toelating.contains("met ingang van 28 maart 2016"), "{toelating}");
    assert!(
        toelating.contains("| Perceel | Product | Eenheid | Tarief |"),
        "{toelating}"
    );
    assert!(toelating.contains("| 02A01 "), "{toelating}");
    assert!(toelating.contains(" | € "), "{toelating}");
    assert!(
        !toelating.contains("opschortende termijn"),
        "no standstill in a bestuurlijke aanbesteding"
    );
    let afwijzing = read(&out, "22999999-afwijzing.md");
    assert!(afwijzing.contains("toelatingseisen"), "{afwijzing}");
    assert!(
        afwijzing.contains("Toelichting: Niet aangesloten op Porthos"),
        "{afwijzing}"
    );
    assert!(!afwijzing.contains("Zeeuwse Gronden"), "{afwijzing}");
}

fn letters_are_refused_before_a_decision_and_for_a_wrong_folder_or_bidder(env: Env) {
    env.load(&[ALKMAAR]);
    let dir = env.path("brieven");
    let dir = dir.to_str().unwrap();
    refused_nl(
        &env,
        "2015-05-02",
        &["letters", ALKMAAR, "-o", dir],
        &["fase `draft`", "gunningsbeslissing", "tender award"],
    );
    env.refused(
        "2015-05-02",
        &["letters", ALKMAAR, "-o", dir],
        &["phase `draft`", "no award decision", "tender award"],
    );
    assert!(!Path::new(dir).exists(), "nothing is created on a refusal");

    let env = alkmaar(env.another());
    let file = env.write("brief.md", "niet overschrijven");
    refused_nl(
        &env,
        "2015-10-02",
        &["letters", ALKMAAR, "-o", &file],
        &["is een bestand, geen map"],
    );
    env.refused(
        "2015-10-02",
        &["letters", ALKMAAR, "-o", &file],
        &["is a file, not a folder"],
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "niet overschrijven");

    let dir = env.path("brieven");
    let dir = dir.to_str().unwrap();
    refused_nl(
        &env,
        "2015-10-02",
        &["letters", ALKMAAR, "-o", dir, "--kvk", "12345678"],
        &["KvK 12345678", "geen inschrijving"],
    );
    env.refused(
        "2015-10-02",
        &["letters", ALKMAAR, "-o", dir, "--kvk", "12345678"],
        &["KvK 12345678", "no offer"],
    );
    env.refused(
        "2015-10-02",
        &["letters", ALKMAAR, "-o", dir, "--kvk", "123"],
        &["--kvk", "123"],
    );

    ok(&env, "2015-10-02", &["letters", ALKMAAR, "-o", dir, "--kvk", TWEEDE]);
    refused_nl(
        &env,
        "2015-10-03",
        &["letters", ALKMAAR, "-o", dir],
        &["bevat al een brief", "--force"],
    );
    env.refused(
        "2015-10-03",
        &["letters", ALKMAAR, "-o", dir],
        &["already holds a letter", "--force"],
    );
    ok(&env, "2015-10-03", &["letters", ALKMAAR, "-o", dir, "--force"]);
    assert_eq!(files(Path::new(dir)).len(), 4);
    let events = env
        .log(ALKMAAR)
        .into_iter()
        .filter(|e| e["action"] == "letters")
        .count();
    assert_eq!(events, 2, "one event per run that wrote letters");
}
