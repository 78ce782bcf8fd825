use chrono::{DateTime, Utc};

use super::*;
use crate::domain::tender::Tender;

const SOURCE: &str = include_str!("../templates/bestuurlijk.toml");

fn stamp() -> Stamp {
    Stamp {
        at: DateTime::parse_from_rfc3339("2027-01-04T09:00:00Z")
            .unwrap()
            .with_timezone(&Utc),
        actor: "test".into(),
    }
}

fn open_temp() -> (tempfile::TempDir, SqliteStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("t.db")).unwrap();
    (dir, store)
}

fn insert(store: &mut SqliteStore) -> String {
    let (tender, _) = Tender::from_source(SOURCE).unwrap();
    store
        .change(&tender.definition.id, &stamp(), |c| {
            c.insert_tender(&tender, SOURCE)?;
            let event = c.record(&tender.definition.id, EventKind::New, "loaded")?;
            c.add_revision(event, &tender, SOURCE)
        })
        .unwrap();
    tender.definition.id
}

#[test]
fn the_audit_log_refuses_update_and_delete() {
    let (_dir, mut store) = open_temp();
    insert(&mut store);
    for sql in ["UPDATE event SET actor = 'mallory'", "DELETE FROM event"] {
        let err = store.conn.execute(sql, []).unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
}

#[test]
fn a_failed_change_writes_nothing() {
    let (_dir, mut store) = open_temp();
    let id = insert(&mut store);
    let (tender, _) = Tender::from_source(SOURCE).unwrap();
    let err = store.change(&id, &stamp(), |c| {
        c.record(&id, EventKind::Update, "half")?;
        c.insert_tender(&tender, SOURCE)
    });
    assert!(matches!(err, Err(StoreError::DuplicateTender(_))));
    assert_eq!(store.events(&id).unwrap().len(), 1);
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    drop(SqliteStore::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", migrations::SCHEMA_VERSION + 1)
        .unwrap();
    drop(conn);
    assert!(matches!(SqliteStore::open(&path), Err(StoreError::TooNew { .. })));
}

#[test]
fn every_event_kind_passes_the_check_constraint() {
    let (_dir, mut store) = open_temp();
    let id = insert(&mut store);
    for &kind in EventKind::ALL {
        store.change(&id, &stamp(), |c| c.record(&id, kind, "x")).unwrap();
    }
    let kinds: Vec<EventKind> = store.events(&id).unwrap().iter().skip(1).map(|e| e.kind).collect();
    assert_eq!(kinds, EventKind::ALL);
    let bad = store.conn.execute(
        "INSERT INTO event (tender_id, at, actor, action, detail) VALUES (?1, 'x', 'x', 'Debug(Award)', 'x')",
        [&id],
    );
    assert!(bad.is_err());
}

#[test]
fn the_file_is_private() {
    let (dir, _store) = open_temp();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("t.db")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn two_writers_at_once_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let id = insert(&mut SqliteStore::open(&path).unwrap());
    let writers: Vec<_> = (0..2)
        .map(|n| {
            let path = path.clone();
            let id = id.clone();
            std::thread::spawn(move || {
                let mut store = SqliteStore::open(&path).unwrap();
                for i in 0..50 {
                    store
                        .change(&id, &stamp(), |c| {
                            c.record(&id, EventKind::Consult, &format!("{n}-{i}"))
                        })
                        .unwrap();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    assert_eq!(SqliteStore::open(&path).unwrap().events(&id).unwrap().len(), 101);
}

fn budget_change(lot: &str) -> crate::domain::dossier::Amendment {
    crate::domain::dossier::Amendment {
        number: 0,
        lot: lot.into(),
        product: None,
        member: None,
        field: crate::domain::dossier::AmendedField::Budget,
        old: None,
        new: crate::domain::money::Cents(100),
        reason: "overleg".into(),
        at: stamp().at,
        basis: crate::domain::dossier::Basis::Agreement,
        from: stamp().at,
    }
}

#[test]
fn the_trail_links_every_fact_to_the_event_that_recorded_it() {
    let (_dir, mut store) = open_temp();
    let id = insert(&mut store);
    store
        .change(&id, &stamp(), |c| {
            let event = c.record(&id, EventKind::Amend, "two amendments, one event")?;
            c.add_amendment(&id, event, &budget_change("a"))?;
            c.add_amendment(&id, event, &budget_change("b"))
        })
        .unwrap();
    store
        .change(&id, &stamp(), |c| {
            let event = c.record(&id, EventKind::Amend, "one more")?;
            c.add_amendment(&id, event, &budget_change("a"))
        })
        .unwrap();
    let (tender, _) = Tender::from_source(SOURCE).unwrap();
    store
        .change(&id, &stamp(), |c| {
            let event = c.record(&id, EventKind::Rectify, "later")?;
            c.add_revision(event, &tender, SOURCE)
        })
        .unwrap();
    let trail = store.trail(&id).unwrap();
    let ids: Vec<i64> = trail.events.iter().map(|e| e.id).collect();
    let claimed: Vec<i64> = trail.amendments.iter().map(|a| a.event).collect();
    assert_eq!(claimed, [ids[1], ids[1], ids[2]]);
    let revised: Vec<i64> = trail.revisions.iter().map(|r| r.event).collect();
    assert_eq!(revised, [ids[0], ids[3]], "`new` and `rectify` keep the definition");
    assert_eq!(trail.revisions[0].fact.definition.id, id);
    let err = store.conn.execute("DELETE FROM revision", []).unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
}

#[test]
fn a_schema_3_database_gets_its_history_matched_to_its_events() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    for sql in [
        include_str!("migrations/0001_tenders.sql"),
        include_str!("migrations/0002_intake.sql"),
        include_str!("migrations/0003_award.sql"),
    ] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch(
        "PRAGMA user_version = 3;
         INSERT INTO tender (id, kind, title, open_house, source, schedule, created_at)
            VALUES ('oud', 'bestuurlijk', 'Oud', 0, 'id = \"oud\"', '{}', '2020-01-01T00:00:00Z');
         INSERT INTO event (tender_id, at, actor, action, detail) VALUES
            ('oud', '2020-01-01T00:00:00Z', 'a', 'new', ''),
            ('oud', '2020-02-01T00:00:00Z', 'a', 'award', 'decision 1'),
            ('oud', '2020-02-02T00:00:00Z', 'a', 'amend', ''),
            ('oud', '2020-03-01T00:00:00Z', 'a', 'award', 'decision 2');
         INSERT INTO decision (tender_id, number, decided_at, draw) VALUES
            ('oud', 1, '2020-02-01T00:00:00Z', ''), ('oud', 2, '2020-03-01T00:00:00Z', '');
         INSERT INTO amendment (tender_id, number, lot, product, field, old_cents, new_cents, reason, at)
            VALUES ('oud', 1, 'a', NULL, 'budget', NULL, 5, 'r', '2020-02-02T00:00:00Z');",
    )
    .unwrap();
    drop(conn);
    let store = SqliteStore::open(&path).unwrap();
    let claimed = |sql: &str| -> Vec<i64> {
        let mut statement = store.conn.prepare(sql).unwrap();
        statement
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(claimed("SELECT event_id FROM decision ORDER BY number"), [2, 4]);
    assert_eq!(claimed("SELECT event_id FROM amendment"), [3]);
    assert_eq!(claimed("SELECT event_id FROM revision"), [1]);
}

#[test]
fn the_registration_counts_follow_every_registration_change() {
    use crate::domain::intake::{Application, Status};
    let (_dir, mut store) = open_temp();
    let id = insert(&mut store);
    let (tender, _) = Tender::from_source(SOURCE).unwrap();
    let lot = tender.definition.lots[0].id.clone();
    let application = |n: u32| Application {
        name: format!("Aanbieder {n}"),
        kvk: format!("{:08}", 60_000_000 + n),
        agb: None,
        email: None,
        lots: vec![lot.clone()],
        meets: Vec::new(),
        small: false,
    };
    let counted = |store: &SqliteStore| {
        let actual: u64 = store
            .conn
            .query_row(
                "SELECT count(*) FROM registration WHERE tender_id = ?1 AND status <> 'withdrawn'",
                [&id],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(store.registration_count(&id).unwrap(), actual);
        assert_eq!(
            store.registration_counts().unwrap().get(&id).copied().unwrap_or(0),
            actual
        );
        actual
    };
    assert_eq!(counted(&store), 0);
    store
        .change(&id, &stamp(), |c| {
            c.register(&id, &[&application(1), &application(2), &application(3)], false)?;
            c.record(&id, EventKind::Register, "3")
        })
        .unwrap();
    assert_eq!(counted(&store), 3);
    let mut withdrawn = store.registrations(&id).unwrap()[0].clone();
    withdrawn.status = Status::Withdrawn;
    store
        .change(&id, &stamp(), |c| {
            c.set_registration_status(&id, &withdrawn)?;
            c.record(&id, EventKind::Withdraw, "1")
        })
        .unwrap();
    assert_eq!(counted(&store), 2);
    let mut qualified = store.registrations(&id).unwrap()[1].clone();
    qualified.status = Status::Qualified;
    store
        .change(&id, &stamp(), |c| {
            c.set_registration_status(&id, &qualified)?;
            c.register(&id, &[&application(1)], false)?;
            c.record(&id, EventKind::Register, "again")
        })
        .unwrap();
    assert_eq!(counted(&store), 3);
}
