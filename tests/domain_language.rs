//! The domain's sentences in both languages (SPEC §4 "Language") through the
//! real binary: every refusal that the domain decides (the lifecycle, the
//! checks of a registration, a score, a question, a piece of evidence, a
//! definition file) reads Dutch with `--lang nl` and English with `--lang en`,
//! and no Dutch run prints an English sentence. What scripts read (remind's
//! JSON, show's `next_step`) stays the same in both.

mod common;

use common::{Env, LOADED, Out, seed};

const ALKMAAR: &str = "alkmaar-jeugdhulp-2016";
/// Alkmaar is open from its publication on 1 June 2015 until 17 July 2015, 12:00.
const PUBLISHED: &str = "2015-06-01T09:00";
const OPEN: &str = "2015-06-15T10:00";

/// Words of English sentences that no Dutch sentence holds.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "cannot",
    "not",
    "with",
    "must",
    "has",
    "have",
    "only",
    "give",
    "write",
    "before",
    "after",
    "which",
    "lies",
    "registration",
    "deadline",
    "objection",
    "provider",
    "requirement",
    "contract",
    "until",
    "still",
    "every",
    "this",
    "that",
    "number",
    "valid",
    "phase",
    "next",
    "does",
    "exist",
    "lots",
    "should",
    "there",
    "unknown",
    "field",
    "expected",
    "line",
    "column",
    "needs",
    "least",
    "days",
    "classic",
];

/// The English words in `text`, leaving out what is quoted as code (`…`),
/// flags, file paths and field names.
fn english_words(text: &str) -> Vec<String> {
    let mut plain = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 0 {
            plain.push_str(part);
            plain.push(' ');
        }
    }
    plain
        .split_whitespace()
        // Flags, paths and the definition's field names (`timeline.registration_deadline`).
        .filter(|word| !word.starts_with("--") && !word.contains(['/', '_']))
        .flat_map(|word| word.split(|c: char| !c.is_alphabetic()))
        .map(str::to_lowercase)
        .filter(|word| ENGLISH.contains(&word.as_str()))
        .collect()
}

fn in_language(env: &Env, lang: &str, now: &str, args: &[&str]) -> Out {
    let mut all = vec!["--lang", lang, "--now", now];
    all.extend_from_slice(args);
    env.run(&all)
}

/// Runs a refused command in both languages: exit 1 both times, `fout:` and
/// Dutch words only in Dutch, `error:` and `english` in English; nothing written.
#[track_caller]
fn refused_in_both(env: &Env, now: &str, args: &[&str], dutch: &str, english: &str) {
    let before = env.dump();
    let nl = in_language(env, "nl", now, args);
    let en = in_language(env, "en", now, args);
    assert_eq!(env.dump(), before, "a refused command wrote to the database: {args:?}");
    assert_eq!((nl.code, en.code), (1, 1), "{args:?}\nnl: {nl:?}\nen: {en:?}");
    assert!(nl.stderr.starts_with("fout: "), "{args:?}: {}", nl.stderr);
    assert!(en.stderr.starts_with("error: "), "{args:?}: {}", en.stderr);
    assert!(
        nl.stderr.contains(dutch),
        "{args:?}: {dutch:?} missing from {}",
        nl.stderr
    );
    assert!(
        en.stderr.contains(english),
        "{args:?}: {english:?} missing from {}",
        en.stderr
    );
    let found = english_words(&nl.stderr);
    assert!(
        found.is_empty(),
        "{args:?}: English {found:?} in the Dutch {}",
        nl.stderr
    );
    assert!(
        !english_words(&en.stderr).is_empty(),
        "the test finds English: {}",
        en.stderr
    );
}

fn open() -> Env {
    Env::new().published(ALKMAAR, PUBLISHED, OPEN)
}

/// A registration for lot `ambulant`, with `flags` in place of the defaults they name.
fn register<'a>(flags: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["register", ALKMAAR, "--lots", "ambulant"];
    args.extend_from_slice(flags);
    for (flag, value) in [("--name", "Eerste Zorg"), ("--kvk", "30000001")] {
        if !flags.contains(&flag) {
            args.extend_from_slice(&[flag, value]);
        }
    }
    args
}

#[test]
fn the_lifecycle_refuses_in_both_languages() {
    let env = open();
    refused_in_both(
        &env,
        OPEN,
        &["publish", ALKMAAR],
        "publiceren kan nu niet: de aanbesteding is in fase `open` en alleen een concept kan worden gepubliceerd; volgende stap: meld aanbieders aan met `tender register` tot de sluitingstermijn van 17 juli 2015 om 12:00",
        "cannot publish: the tender is in phase `open`, and only a draft can be published; next: register providers with `tender register` until the deadline of 2015-07-17 12:00",
    );
    refused_in_both(&env, OPEN, &["award", ALKMAAR], "gunnen kan nu niet", "cannot award");
    refused_in_both(
        &env,
        OPEN,
        &["resolve", ALKMAAR, "--objection", "1", "--outcome", "upheld"],
        "bezwaren en een nieuwe gunning horen bij de opschortende termijn",
        "objections and a re-award belong to the standstill period",
    );
    refused_in_both(
        &env,
        OPEN,
        &["consult", ALKMAAR, "--on", "2015-06-10", "--summary", "overleg"],
        "overlegtafels horen bij een bestuurlijke aanbesteding",
        "consultation rounds (overlegtafel) belong to a bestuurlijke aanbesteding",
    );
    refused_in_both(
        &env,
        "2015-07-17T13:00",
        &register(&[]),
        "de sluitingstermijn van de aanmelding was 17 juli 2015 om 12:00 (Europe/Amsterdam); te laat is te laat",
        "the registration deadline was 2015-07-17 12:00 (Europe/Amsterdam); te laat is te laat",
    );
    let draft = Env::new();
    draft.run_at(LOADED, &["new", &seed(ALKMAAR)]).ok();
    refused_in_both(
        &draft,
        "2015-05-01T10:00",
        &register(&[]),
        "de aanmelding opent wanneer de aanbesteding is gepubliceerd",
        "registration opens when the tender is published",
    );
}

#[test]
fn a_registration_is_checked_in_both_languages() {
    let env = open();
    for (flags, dutch, english) in [
        (
            &["--kvk", "123"][..],
            "KvK-nummer `123` is ongeldig",
            "KvK number `123` is not valid",
        ),
        (
            &["--kvk", "8765432"][..],
            "waarschijnlijk is de voorloopnul in een spreadsheet verloren gegaan, dus schrijf 08765432",
            "write it as 08765432",
        ),
        (
            &["--agb", "12"][..],
            "AGB-code `12` is ongeldig",
            "AGB code `12` is not valid",
        ),
        (
            &["--email", "geen-adres"][..],
            "e-mailadres `geen-adres` is ongeldig",
            "e-mail address `geen-adres` is not valid",
        ),
        (
            &["--meets", "onbekend"][..],
            "eis `onbekend` bestaat niet in aanbesteding `alkmaar-jeugdhulp-2016`; de toelatingseisen zijn: pve, indicatoren",
            "requirement `onbekend` does not exist in tender `alkmaar-jeugdhulp-2016`",
        ),
        (
            &["--name", "Zorg\u{1b}[2J"][..],
            "bevat het stuurteken U+001B op positie 5; schrijf gewone tekst op één regel",
            "holds the control character U+001B at position 5",
        ),
    ] {
        refused_in_both(&env, OPEN, &register(flags), dutch, english);
    }
    let mut other_lot = register(&[]);
    other_lot[3] = "nergens";
    refused_in_both(
        &env,
        OPEN,
        &other_lot,
        "perceel `nergens` bestaat niet in aanbesteding `alkmaar-jeugdhulp-2016`; de percelen zijn: ambulant, dagbehandeling, verblijf, crisis",
        "lot `nergens` does not exist in tender `alkmaar-jeugdhulp-2016`; the lots are: ambulant",
    );
}

#[test]
fn questions_evidence_and_the_award_refuse_in_both_languages() {
    let env = open();
    refused_in_both(
        &env,
        "2015-06-27T10:00",
        &["ask", ALKMAAR, "--question", "Mag een onderaannemer?"],
        "de termijn voor vragen was 26 juni 2015 om 12:00 (Europe/Amsterdam); een vraag komt nu te laat",
        "the questions deadline was 2015-06-26 12:00 (Europe/Amsterdam); a question now is too late",
    );
    refused_in_both(
        &env,
        OPEN,
        &["nvi", ALKMAAR, "--publish"],
        "nog geen vraag is beantwoord; beantwoord er eerst een met `tender answer`",
        "no question has an answer yet",
    );
    refused_in_both(
        &env,
        OPEN,
        &[
            "evidence",
            ALKMAAR,
            "--kvk",
            "30000001",
            "--kind",
            "gva",
            "--issued",
            "2015-06-01",
            "--expires",
            "2015-05-01",
        ],
        "--expires 1 mei 2015 ligt vóór --issued 1 juni 2015; een bewijsstuk verloopt na de afgifte",
        "--expires 2015-05-01 lies before --issued 2015-06-01",
    );
    env.run(&register(&[])).ok();
    refused_in_both(
        &env,
        "2015-07-20T10:00",
        &["award", ALKMAAR],
        "aanbesteding `alkmaar-jeugdhulp-2016` kan niet worden gegund: 1 aanmelding heeft nog geen toelatingsbesluit: Eerste Zorg (30000001); laat ze eerst toe of wijs ze af",
        "1 registration is still without an admission decision",
    );
}

#[test]
fn a_definition_file_is_checked_in_both_languages() {
    let env = Env::new();
    let out_of_order = env.write(
        "volgorde.toml",
        common::classic_with("award_decision = 2027-05-03", "award_decision = 2027-02-01"),
    );
    refused_in_both(
        &env,
        "2027-01-01T10:00",
        &["check", &out_of_order],
        "ligt niet na timeline.registration_deadline",
        "is not after timeline.registration_deadline",
    );
    let short = env.write(
        "kort.toml",
        common::classic_with("standstill_days = 20 ", "standstill_days = 10 "),
    );
    refused_in_both(
        &env,
        "2027-01-01T10:00",
        &["check", &short],
        "een klassieke aanbesteding heeft een opschortende termijn van minstens 20 kalenderdagen nodig (art. 2.127 Aw)",
        "a classic tender needs a standstill of at least 20 calendar days (art. 2.127 Aw)",
    );
    let unknown = env.write(
        "veld.toml",
        common::classic_with("[timeline]", "kleur = \"rood\"\n[timeline]"),
    );
    refused_in_both(
        &env,
        "2027-01-01T10:00",
        &["check", &unknown],
        "onbekend veld `kleur`",
        "unknown field `kleur`",
    );
}

#[test]
fn next_steps_and_reminders_speak_the_readers_language_and_json_does_not_change() {
    let env = open();
    let show = |lang| in_language(&env, lang, OPEN, &["show", ALKMAAR]);
    assert!(
        show("nl")
            .ok()
            .contains("meld aanbieders aan met `tender register` tot de sluitingstermijn van 17 juli 2015 om 12:00"),
        "{}",
        show("nl").stdout
    );
    let soon = "2015-07-10T10:00";
    let remind = |lang, format| in_language(&env, lang, soon, &["--format", format, "remind"]);
    let dutch = remind("nl", "table");
    assert!(dutch.ok().contains("de aanmelding sluit"), "{}", dutch.stdout);
    assert!(dutch.ok().contains("over 7 dagen"), "{}", dutch.stdout);
    assert!(remind("en", "table").ok().contains("registration closes"));
    assert_eq!(remind("nl", "json").ok(), remind("en", "json").ok());
    let json = |lang| in_language(&env, lang, OPEN, &["--format", "json", "show", ALKMAAR]).json();
    assert_eq!(json("nl"), json("en"));
    assert!(
        json("nl")["next_step"]
            .as_str()
            .is_some_and(|s| s.starts_with("register providers")),
        "{}",
        json("nl")
    );
}

#[test]
fn scores_and_amounts_are_checked_in_both_languages() {
    let env = open();
    let meets = "pve,indicatoren,gva,skj-big,ijw";
    env.run(&register(&["--meets", meets])).ok();
    let evaluation = "2015-07-20T10:00";
    refused_in_both(
        &env,
        evaluation,
        &["qualify", ALKMAAR, "--kvk", "30000001", "--meets", "onbekend"],
        "eis `onbekend` bestaat niet in aanbesteding",
        "requirement `onbekend` does not exist in tender",
    );
    env.run_at(evaluation, &["qualify", ALKMAAR, "--kvk", "30000001", "--meets", meets])
        .ok();
    let score = |flags: &[&'static str]| {
        let mut args = vec!["score", ALKMAAR, "--kvk", "30000001", "--lot", "ambulant"];
        args.extend_from_slice(flags);
        args
    };
    refused_in_both(
        &env,
        evaluation,
        &score(&["--criterion", "transformatie", "--points", "12"]),
        "12 punten is meer dan het maximum van 10 voor criterium `transformatie`; geef 0 tot en met 10",
        "12 points is more than the maximum of 10 for criterion `transformatie`; give 0 to 10",
    );
    refused_in_both(
        &env,
        evaluation,
        &score(&["--criterion", "prijs", "--points", "7"]),
        "criterium `prijs` is het prijscriterium, dat een prijs krijgt en geen punten",
        "criterion `prijs` is the price criterion, which takes a price, not points",
    );
    refused_in_both(
        &env,
        evaluation,
        &score(&["--criterion", "prijs", "--price", "0"]),
        "een prijs van € 0,00 is geen inschrijving; geef de geboden prijs",
        "a price of €0.00 is not an offer; give the offered price",
    );
}
