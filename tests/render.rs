//! Pictures, not only text: a letter and the proces-verbaal of the Achterhoek
//! walkthrough rendered to PDF by headless Chromium (`examples/render.sh`),
//! with their pages counted. Skipped, with a note, where Chromium or pdfinfo
//! is not installed.

mod common;

use std::path::Path;
use std::process::Command;

use common::Env;

const ACHTERHOEK: &str = "achterhoek-2022";

fn installed(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The Achterhoek walkthrough up to the award decision of 1 October 2021.
fn achterhoek() -> Env {
    let env = Env::new().published(ACHTERHOEK, "2021-04-01T09:00", "2021-05-24T10:00");
    let providers = [
        (
            "09123456",
            "Zorgcoöperatie De Graafschap",
            "wmo-begeleiding,jeugd-ambulant",
        ),
        (
            "08234567",
            "Jeugdzorg Oost-Gelderland B.V.",
            "jeugd-ambulant,jeugd-verblijf",
        ),
        ("41045678", "Lindenhout Jeugd", "jeugd-ambulant"),
    ];
    // Every registration first, then the admission check: time runs forward.
    for (kvk, name, lots) in providers {
        let meets = "gva,kwaliteit,skj-big,berichtenverkeer,verzekering";
        let args = [
            "register", ACHTERHOEK, "--name", name, "--kvk", kvk, "--lots", lots, "--meets", meets,
        ];
        env.run_at("2021-05-10T10:00", &args).ok();
    }
    for (kvk, _, _) in providers {
        let decision: &[&str] = if kvk == "09123456" {
            &["--reject", "Geen gedragsverklaring aanbesteden overgelegd"]
        } else {
            &["--meets", "gva"]
        };
        let mut qualify = vec!["qualify", ACHTERHOEK, "--kvk", kvk];
        qualify.extend_from_slice(decision);
        env.run_at("2021-05-24", &qualify).ok();
    }
    let scores =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/achterhoek-scores.csv"))
            .expect("the walkthrough's scores");
    let scores = env.write("scores.csv", scores);
    env.run_at("2021-06-15", &["score", ACHTERHOEK, "--csv", &scores]).ok();
    env.run_at("2021-10-01T10:00", &["award", ACHTERHOEK]).ok();
    env
}

fn pages(pdf: &Path) -> (u32, String) {
    let info = Command::new("pdfinfo").arg(pdf).output().expect("pdfinfo");
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    (field("Pages:").parse().unwrap_or(0), field("Page size:"))
}

#[test]
fn a_letter_and_the_proces_verbaal_print_on_a4() {
    if !installed("chromium") || !installed("pdfinfo") {
        println!("skipped: chromium and pdfinfo are not both installed (apt-get install -y chromium poppler-utils)");
        return;
    }
    let env = achterhoek();
    let dir = env.path("print");
    let folder = dir.to_str().unwrap();
    env.run_at(
        "2021-10-01T10:30",
        &[
            "--lang", "nl", "letters", ACHTERHOEK, "-o", folder, "--kvk", "08234567", "--html",
        ],
    )
    .ok();
    let pv = env
        .run_at("2021-10-02", &["--lang", "nl", "report", ACHTERHOEK, "--html"])
        .ok()
        .to_string();
    std::fs::write(dir.join("proces-verbaal.html"), pv).unwrap();

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/render.sh");
    let run = Command::new("bash")
        .arg(script)
        .arg(&dir)
        .output()
        .expect("run render.sh");
    let said = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{said}{}", String::from_utf8_lossy(&run.stderr));

    let (letter, size) = pages(&dir.join("08234567-voornemen-tot-gunning.pdf"));
    assert!(size.contains("(A4)"), "{size}");
    // Two lots with their tables, the standstill and the signature: one or two pages.
    assert!((1..=2).contains(&letter), "the letter has {letter} pages: {said}");
    let (record, size) = pages(&dir.join("proces-verbaal.pdf"));
    assert!(size.contains("(A4)"), "{size}");
    // The course of the procedure, the criteria, four lots and the intake: more than one page.
    assert!(
        (2..=4).contains(&record),
        "the proces-verbaal has {record} pages: {said}"
    );
    assert!(
        said.contains(&format!("proces-verbaal.pdf: {record} page(s), A4")),
        "{said}"
    );
}
