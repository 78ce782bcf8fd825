//! The tender as open data: an OCDS release package (Open Contracting Data
//! Standard 1.1.5) with one release per step that changed what the public
//! knows. Each release is the whole picture right after its event, built only
//! from what the trail had recorded by then, so that a release never changes
//! once it exists and its id (from the event id) is stable across exports.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::audit::{Event, EventKind, Recorded, Trail};
use super::contracts::{self, Termination};
use super::definition::{Definition, Domain, Kind, PriceFormula};
use super::dossier::{AmendedField, Amendment, Decision, Signature, in_force};
use super::intake::Registration;
use super::money::Cents;
use super::questions::PublishedAnswer;
use super::schedule::{Schedule, rfc3339};
use super::tender::Tender;
use super::text_enum::text_enum;

/// The ocid prefix of a definition without `ocid_prefix`; to be replaced by the
/// prefix the Open Contracting Partnership registers for the publisher.
pub const PLACEHOLDER_PREFIX: &str = "ocds-xxxxxx";

/// The OCDS lots extension, for `tender.lots`, `items.relatedLot` and `awards.relatedLots`.
pub const LOTS_EXTENSION: &str =
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json";

/// The OCDS enquiry extension, for `tender.enquiries`: the published answers of the notas van inlichtingen.
pub const ENQUIRY_EXTENSION: &str =
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/v1.1.5/extension.json";

text_enum! {
    /// What a release is about (the closed releaseTag codelist).
    pub enum Tag {
        Tender = "tender",
        TenderAmendment = "tenderAmendment",
        TenderUpdate = "tenderUpdate",
        TenderCancellation = "tenderCancellation",
        Award = "award",
        AwardUpdate = "awardUpdate",
        Contract = "contract",
        ContractAmendment = "contractAmendment",
        ContractTermination = "contractTermination",
    }
}

text_enum! {
    /// The closed tenderStatus codelist, as far as a tender here can go.
    pub enum TenderStatus {
        Active = "active",
        Cancelled = "cancelled",
        Unsuccessful = "unsuccessful",
        Complete = "complete",
    }
}

text_enum! {
    /// The closed awardStatus codelist, as far as an award here can go.
    pub enum AwardStatus {
        Pending = "pending",
        Active = "active",
        Cancelled = "cancelled",
    }
}

text_enum! {
    /// The closed contractStatus codelist, as far as a contract here can go.
    pub enum ContractStatus {
        Active = "active",
        Terminated = "terminated",
    }
}

text_enum! {
    /// The roles of the parties (partyRole codelist).
    pub enum Role {
        Buyer = "buyer",
        ProcuringEntity = "procuringEntity",
        Tenderer = "tenderer",
        Supplier = "supplier",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Package {
    pub uri: String,
    pub version: &'static str,
    pub extensions: Vec<&'static str>,
    pub published_date: String,
    pub publisher: Publisher,
    pub releases: Vec<Release>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Publisher {
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Release {
    pub ocid: String,
    pub id: String,
    pub date: String,
    pub tag: Vec<Tag>,
    pub initiation_type: &'static str,
    pub language: &'static str,
    pub parties: Vec<Party>,
    pub buyer: OrgRef,
    pub tender: TenderSection,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub awards: Vec<Award>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contracts: Vec<Contract>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrgRef {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Party {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<Identifier>,
    pub roles: Vec<Role>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Identifier {
    pub scheme: &'static str,
    pub id: String,
    pub legal_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TenderSection {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub status: TenderStatus,
    pub procuring_entity: OrgRef,
    pub items: Vec<Item>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    pub procurement_method: &'static str,
    pub procurement_method_details: String,
    pub main_procurement_category: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub award_criteria: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub award_criteria_details: Option<String>,
    pub submission_method: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligibility_criteria: Option<String>,
    pub tender_period: Period,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enquiry_period: Option<Period>,
    pub award_period: Period,
    pub contract_period: Period,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tenderers: Vec<OrgRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number_of_tenderers: Option<usize>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub amendments: Vec<Change>,
    pub lots: Vec<Lot>,
    /// The enquiry extension: whether answers were published, and each one as published last.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_enquiries: Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub enquiries: Vec<Enquiry>,
}

/// A question with its published answer (enquiry extension); never who asked,
/// as the nota van inlichtingen never says.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Enquiry {
    pub id: String,
    pub date: String,
    pub description: String,
    pub answer: String,
    pub date_answered: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related_lot: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    pub start_date: String,
    pub end_date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_extent_date: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Value {
    pub amount: f64,
    pub currency: &'static str,
}

impl From<Cents> for Value {
    fn from(cents: Cents) -> Value {
        Value {
            amount: cents.euros(),
            currency: "EUR",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub id: String,
    pub description: String,
    pub classification: Classification,
    pub unit: Unit,
    pub related_lot: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Classification {
    pub scheme: &'static str,
    pub id: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unit {
    pub name: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lot {
    pub id: String,
    pub title: String,
    pub status: TenderStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

/// An OCDS amendment: a rectificatie, a change by agreement or an extension.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    pub id: String,
    pub date: String,
    pub rationale: String,
    pub description: String,
    #[serde(rename = "amendsReleaseID")]
    pub amends_release_id: String,
    #[serde(rename = "releaseID")]
    pub release_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Award {
    pub id: String,
    pub title: String,
    pub description: String,
    pub status: AwardStatus,
    pub date: String,
    pub suppliers: Vec<OrgRef>,
    pub related_lots: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Contract {
    pub id: String,
    #[serde(rename = "awardID")]
    pub award_id: String,
    pub title: String,
    pub status: ContractStatus,
    pub period: Period,
    pub date_signed: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub amendments: Vec<Change>,
}

/// Nothing about the tender is public yet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "tender `{0}` has never been published, so there is nothing public to export; publish it first with `tender publish {0}`"
)]
pub struct NotPublished(pub String);

/// The ocid of a tender: its `ocid_prefix`, or the placeholder, and its id.
pub fn ocid(def: &Definition) -> String {
    let prefix = def.ocid_prefix.as_deref().unwrap_or(PLACEHOLDER_PREFIX);
    format!("{prefix}-{}", def.id)
}

/// The release package of a tender's public history, published at `now`.
/// `registrations` give the lots of the providers that joined an open house.
pub fn package(trail: &Trail, registrations: &[Registration], now: DateTime<Utc>) -> Result<Package, NotPublished> {
    let tender = &trail.revisions.last().expect("a stored tender has its definition").fact;
    let def = &tender.definition;
    let ocid = ocid(def);
    let steps = public_steps(&trail.events);
    if steps.is_empty() {
        return Err(NotPublished(def.id.clone()));
    }
    let lots_of: HashMap<&str, &[String]> = registrations.iter().map(|r| (r.kvk.as_str(), &r.lots[..])).collect();
    let history = History {
        trail,
        steps: &steps,
        ocid: &ocid,
        lots_of: &lots_of,
    };
    let mut extensions = vec![LOTS_EXTENSION];
    if steps.iter().any(|s| s.event.kind == EventKind::Nvi) {
        extensions.push(ENQUIRY_EXTENSION);
    }
    Ok(Package {
        uri: format!("urn:tender:{ocid}"),
        version: "1.1",
        extensions,
        published_date: rfc3339(now, tender.schedule.timezone),
        publisher: Publisher {
            name: def.authority.lead.clone(),
        },
        releases: (0..steps.len()).map(|n| history.release(n)).collect(),
    })
}

/// An event that changed what the public knows, and what its release is about.
#[derive(Debug, Clone, Copy)]
struct Step<'a> {
    event: &'a Event,
    tag: Tag,
}

/// The events that make a release: from the announcement on, every
/// rectificatie, nota van inlichtingen, award decision, final award, signature, amendment, extension
/// and the cancellation. An amendment before any contract amends the tender.
fn public_steps(events: &[Event]) -> Vec<Step<'_>> {
    let mut published = false;
    let mut signed = false;
    let mut steps = Vec::new();
    for event in events {
        published |= event.kind == EventKind::Publish;
        let tag = match event.kind {
            _ if !published => None,
            EventKind::Publish => Some(Tag::Tender),
            EventKind::Rectify => Some(Tag::TenderAmendment),
            EventKind::Nvi => Some(Tag::TenderUpdate),
            EventKind::Award => Some(Tag::Award),
            EventKind::FinalAward => Some(Tag::AwardUpdate),
            EventKind::Sign => Some(Tag::Contract),
            EventKind::Extend => Some(Tag::ContractAmendment),
            EventKind::Amend if signed => Some(Tag::ContractAmendment),
            EventKind::Amend => Some(Tag::TenderAmendment),
            EventKind::Cancel => Some(Tag::TenderCancellation),
            EventKind::Terminate => Some(Tag::ContractTermination),
            _ => None,
        };
        signed |= event.kind == EventKind::Sign;
        if let Some(tag) = tag {
            steps.push(Step { event, tag });
        }
    }
    steps
}

struct History<'a> {
    trail: &'a Trail,
    steps: &'a [Step<'a>],
    ocid: &'a str,
    lots_of: &'a HashMap<&'a str, &'a [String]>,
}

/// What was known right after one event.
struct Moment<'a> {
    tender: &'a Tender,
    timezone: Tz,
    decisions: Vec<&'a Recorded<Decision>>,
    /// The earlier steps, and this one.
    steps: &'a [Step<'a>],
    amendments: Vec<Amendment>,
    terminations: Vec<&'a Termination>,
    /// When the step happened: tariffs and budgets are those in force then.
    at: DateTime<Utc>,
    final_award: bool,
    cancelled: bool,
    extensions: usize,
    /// Per question, the answer the latest nota so far published.
    enquiries: Vec<&'a PublishedAnswer>,
}

fn known<T>(facts: &[Recorded<T>], event: i64) -> impl Iterator<Item = &Recorded<T>> {
    facts.iter().filter(move |f| f.event <= event)
}

impl<'a> History<'a> {
    fn release_id(&self, step: &Step) -> String {
        format!("{}-{}", self.ocid, step.event.id)
    }

    fn moment(&self, n: usize) -> Moment<'a> {
        let trail = self.trail;
        let id = self.steps[n].event.id;
        let tender = &known(&trail.revisions, id).last().unwrap_or(&trail.revisions[0]).fact;
        let decisions: Vec<&Recorded<Decision>> = known(&trail.decisions, id).collect();
        let events = trail.events.iter().take_while(|e| e.id <= id);
        let since_decision = |e: &&Event| decisions.last().is_some_and(|d| e.id > d.event);
        let final_award = decisions.last().is_some()
            && (tender.schedule.standstill_days == 0
                || events
                    .clone()
                    .filter(since_decision)
                    .any(|e| e.kind == EventKind::FinalAward));
        Moment {
            tender,
            timezone: tender.schedule.timezone,
            decisions,
            steps: &self.steps[..=n],
            amendments: known(&trail.amendments, id).map(|a| a.fact.clone()).collect(),
            terminations: known(&trail.terminations, id).map(|t| &t.fact).collect(),
            at: self.steps[n].event.at,
            final_award,
            cancelled: events.clone().any(|e| e.kind == EventKind::Cancel),
            extensions: events.filter(|e| e.kind == EventKind::Extend).count(),
            enquiries: latest_answers(known(&trail.enquiries, id).map(|a| &a.fact)),
        }
    }

    fn release(&self, n: usize) -> Release {
        let step = &self.steps[n];
        let now = self.moment(n);
        let def = &now.tender.definition;
        let signatures: Vec<_> = known(&self.trail.signatures, step.event.id).collect();
        let awarded = now.awarded();
        // Providers that signed without being in the decision joined an open house.
        // One accession per provider, also when it joined again after a termination.
        let mut joiners: Vec<&Signature> = Vec::new();
        for s in signatures.iter().map(|s| &s.fact) {
            if !awarded.contains(s.kvk.as_str()) && !joiners.iter().any(|j| j.kvk == s.kvk) {
                joiners.push(s);
            }
        }
        let awards = self.awards(&now, &joiners);
        let mut suppliers: BTreeMap<&str, &str> = now
            .decisions
            .last()
            .into_iter()
            .flat_map(|d| d.fact.lines.iter().filter(|l| l.awarded))
            .map(|l| (l.kvk.as_str(), l.name.as_str()))
            .collect();
        suppliers.extend(joiners.iter().map(|s| (s.kvk.as_str(), s.name.as_str())));
        Release {
            ocid: self.ocid.to_string(),
            id: self.release_id(step),
            date: now.time(step.event.at),
            tag: vec![step.tag],
            initiation_type: "tender",
            language: "nl",
            parties: parties(def, &now.decisions, &suppliers),
            buyer: municipality(&def.authority.lead),
            tender: self.tender(&now, !signatures.is_empty(), &awards),
            contracts: self.contracts(&now, &signatures, &awards),
            awards,
        }
    }

    fn tender(&self, now: &Moment, signed: bool, awards: &[Award]) -> TenderSection {
        let def = &now.tender.definition;
        let s = &now.tender.schedule;
        let status = now.tender_status(signed);
        let tenderers: BTreeMap<&str, &str> = now
            .decisions
            .iter()
            .flat_map(|d| &d.fact.lines)
            .map(|l| (l.kvk.as_str(), l.name.as_str()))
            .collect();
        TenderSection {
            id: def.id.clone(),
            title: def.title.clone(),
            description: def.reference.as_ref().map(|r| format!("Kenmerk {r}")),
            status,
            procuring_entity: municipality(&def.authority.lead),
            items: items(def, &now.amendments, now.at),
            value: def.estimated_value.map(Value::from),
            procurement_method: "open",
            procurement_method_details: procurement_method_details(def),
            main_procurement_category: "services",
            award_criteria: award_criteria(def),
            award_criteria_details: award_criteria_details(def),
            submission_method: vec![if def.electronic_submission {
                "electronicSubmission"
            } else {
                "written"
            }],
            eligibility_criteria: (!def.requirements.is_empty()).then(|| {
                def.requirements
                    .iter()
                    .map(|r| r.text.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            }),
            tender_period: now.period(s.announce, s.registration_deadline),
            enquiry_period: s.questions_deadline.map(|q| now.period(s.announce, q)),
            award_period: now.period(s.registration_deadline, s.award_decision),
            contract_period: Period {
                max_extent_date: Some(now.time(s.max_extent())),
                ..now.period(s.contract_start, s.contract_end)
            },
            number_of_tenderers: (!now.decisions.is_empty()).then_some(tenderers.len()),
            tenderers: tenderers.into_iter().map(|(kvk, name)| provider(kvk, name)).collect(),
            has_enquiries: (!now.enquiries.is_empty()).then_some(true),
            enquiries: now.enquiries.iter().map(|a| now.enquiry(a)).collect(),
            amendments: self.changes(now, |step| step.tag == Tag::TenderAmendment),
            lots: def
                .lots
                .iter()
                .map(|lot| Lot {
                    id: lot.id.clone(),
                    title: lot.name.clone(),
                    status: lot_status(status, awards, &lot.id),
                    value: in_force(&now.amendments, &lot.id, None, AmendedField::Budget, lot.budget, now.at)
                        .map(Value::from),
                })
                .collect(),
        }
    }

    /// The amendments among the steps up to now that `include` selects.
    fn changes(&self, now: &Moment, include: impl Fn(&Step) -> bool) -> Vec<Change> {
        now.steps
            .iter()
            .enumerate()
            .filter(|(_, step)| include(step))
            .map(|(n, step)| Change {
                id: step.event.id.to_string(),
                date: now.time(step.event.at),
                rationale: self.rationale(step),
                description: self.description(now, step),
                amends_release_id: self.release_id(&now.steps[n.saturating_sub(1)]),
                release_id: self.release_id(step),
            })
            .collect()
    }

    fn rationale(&self, step: &Step) -> String {
        match step.event.kind {
            EventKind::Rectify => "Rectificatie: een termijn is verlengd".to_string(),
            EventKind::Extend => "Verlengingsoptie gelicht".to_string(),
            _ => self
                .trail
                .amendments
                .iter()
                .find(|a| a.event == step.event.id)
                .map_or_else(|| "Wijziging in overleg".to_string(), |a| a.fact.reason.clone()),
        }
    }

    /// What an amendment changed, in Dutch like the rest of the release, with
    /// times in RFC 3339 (their offset included) and amounts in euros.
    fn description(&self, now: &Moment, step: &Step) -> String {
        let id = step.event.id;
        match step.event.kind {
            EventKind::Rectify => {
                let known: Vec<&Recorded<Tender>> = known(&self.trail.revisions, id).collect();
                let [.., before, after] = known[..] else {
                    return "Rectificatie".to_string();
                };
                rectification(&before.fact.schedule, &after.fact.schedule)
            }
            EventKind::Extend => {
                let s = &now.tender.schedule;
                let n = now
                    .steps
                    .iter()
                    .filter(|st| st.event.kind == EventKind::Extend && st.event.id <= id)
                    .count();
                let months = s.extension_months.get(n.saturating_sub(1)).copied().unwrap_or(0);
                format!(
                    "Verlengingsoptie {n} van {} ({months} {}) gelicht; de overeenkomsten lopen nu tot {}",
                    s.extension_months.len(),
                    if months == 1 { "maand" } else { "maanden" },
                    now.time(s.contract_end_after(n))
                )
            }
            _ => match self.trail.amendments.iter().find(|a| a.event == id) {
                Some(a) => amendment(&a.fact),
                None => "Wijziging in overleg".to_string(),
            },
        }
    }

    /// Every award of every decision so far, and one per provider that joined an open house.
    fn awards(&self, now: &Moment, joiners: &[&Signature]) -> Vec<Award> {
        let current = now.decisions.last().map(|d| d.fact.number);
        let mut awards: Vec<Award> = now
            .decisions
            .iter()
            .flat_map(|d| {
                let status = match (Some(d.fact.number) == current, now.cancelled, now.final_award) {
                    (false, _, _) | (true, true, _) => AwardStatus::Cancelled,
                    (true, false, true) => AwardStatus::Active,
                    (true, false, false) => AwardStatus::Pending,
                };
                decision_awards(&d.fact, status, now)
            })
            .collect();
        awards.extend(joiners.iter().map(|s| Award {
            id: format!("toetreding-{}", s.kvk),
            title: format!("Toetreding: {}", s.name),
            description: "Toegelaten tot de raamovereenkomst (open house)".to_string(),
            status: if now.cancelled {
                AwardStatus::Cancelled
            } else {
                AwardStatus::Active
            },
            date: now.time(s.signed_on),
            suppliers: vec![provider(&s.kvk, &s.name)],
            related_lots: self.lots_of.get(s.kvk.as_str()).map_or_else(Vec::new, |l| l.to_vec()),
        }));
        awards
    }

    fn contracts(&self, now: &Moment, signatures: &[&Recorded<Signature>], awards: &[Award]) -> Vec<Contract> {
        let s = &now.tender.schedule;
        let mut signed_before: HashMap<&str, usize> = HashMap::new();
        signatures
            .iter()
            .map(|signed| {
                let kvk = &signed.fact.kvk;
                // A provider that joins an open house again after a termination signs a second contract.
                let count = signed_before.entry(kvk.as_str()).or_insert(0);
                *count += 1;
                let id = match *count {
                    1 => format!("overeenkomst-{kvk}"),
                    n => format!("overeenkomst-{kvk}-{n}"),
                };
                let terminated = contracts::terminated_on(&signed.fact, now.terminations.iter().copied());
                // The latest award to the provider: of the current decision, or its accession.
                let award = awards
                    .iter()
                    .rev()
                    .find(|a| a.suppliers[0].id == provider_id(kvk))
                    .expect("every signatory has an award");
                let end = s.contract_end_after(now.extensions);
                Contract {
                    id,
                    award_id: award.id.clone(),
                    title: format!("Overeenkomst met {}", signed.fact.name),
                    status: if now.cancelled || terminated.is_some() {
                        ContractStatus::Terminated
                    } else {
                        ContractStatus::Active
                    },
                    period: Period {
                        max_extent_date: Some(now.time(s.max_extent())),
                        ..now.period(signed.fact.effective_at, terminated.map_or(end, |on| on.min(end)))
                    },
                    date_signed: now.time(signed.fact.signed_on),
                    amendments: self.changes(now, |step| {
                        step.tag == Tag::ContractAmendment && step.event.id > signed.event
                    }),
                }
            })
            .collect()
    }
}

impl Moment<'_> {
    /// The providers awarded in the current decision.
    fn awarded(&self) -> BTreeSet<&str> {
        self.decisions
            .last()
            .into_iter()
            .flat_map(|d| d.fact.lines.iter().filter(|l| l.awarded))
            .map(|l| l.kvk.as_str())
            .collect()
    }

    fn time(&self, at: DateTime<Utc>) -> String {
        rfc3339(at, self.timezone)
    }

    fn period(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Period {
        Period {
            start_date: self.time(from),
            end_date: self.time(to),
            max_extent_date: None,
        }
    }

    fn tender_status(&self, signed: bool) -> TenderStatus {
        match (self.cancelled, self.final_award) {
            (true, _) => TenderStatus::Cancelled,
            (false, true) if !self.awarded().is_empty() || signed => TenderStatus::Complete,
            (false, true) => TenderStatus::Unsuccessful,
            (false, false) => TenderStatus::Active,
        }
    }
}

/// A lot's status: a lot of a complete tender that nobody won is unsuccessful;
/// otherwise the tender's status.
fn lot_status(tender: TenderStatus, awards: &[Award], lot: &str) -> TenderStatus {
    let won = awards
        .iter()
        .filter(|a| a.status != AwardStatus::Cancelled)
        .any(|a| a.related_lots.iter().any(|l| l == lot));
    match tender {
        TenderStatus::Complete if !won => TenderStatus::Unsuccessful,
        status => status,
    }
}

/// The deadlines a rectificatie moved, old and new.
fn rectification(before: &Schedule, after: &Schedule) -> String {
    let moved = [
        (
            "de termijn voor vragen",
            before.questions_deadline,
            after.questions_deadline,
        ),
        (
            "de sluitingstermijn voor aanmeldingen",
            Some(before.registration_deadline),
            Some(after.registration_deadline),
        ),
        (
            "de geplande gunningsbeslissing",
            Some(before.award_decision),
            Some(after.award_decision),
        ),
    ];
    let parts: Vec<String> = moved
        .into_iter()
        .filter(|(_, old, new)| old != new)
        .map(|(what, old, new)| {
            let time = |at: Option<DateTime<Utc>>| at.map_or("geen".to_string(), |at| rfc3339(at, after.timezone));
            format!("{what} van {} naar {}", time(old), time(new))
        })
        .collect();
    if parts.is_empty() {
        "Rectificatie".to_string()
    } else {
        format!("Rectificatie: {} verlengd", parts.join("; "))
    }
}

/// A tariff or budget amended by agreement, old and new.
fn amendment(a: &Amendment) -> String {
    if a.field == AmendedField::Index {
        // An indexation keeps the percentage in hundredths.
        let percent = format!("{},{:02}", a.new.0 / 100, (a.new.0 % 100).abs());
        return format!("Prijzen van perceel {} geïndexeerd met {percent} %", a.lot);
    }
    let what = match (a.field, &a.product) {
        (AmendedField::Tariff, Some(product)) => format!("Tarief van product {product} in perceel {}", a.lot),
        (AmendedField::Tariff, None) => format!("Tarief in perceel {}", a.lot),
        (AmendedField::Budget | AmendedField::Index, _) => format!("Budget van perceel {}", a.lot),
    };
    match a.old {
        Some(old) => format!("{what} gewijzigd van {old} naar {}", a.new),
        None => format!("{what} vastgesteld op {}", a.new),
    }
}

/// One award per provider awarded in a decision, naming its lots.
/// Per question number, the answer published last, in order of number.
fn latest_answers<'a>(published: impl Iterator<Item = &'a PublishedAnswer>) -> Vec<&'a PublishedAnswer> {
    let mut latest: BTreeMap<u32, &PublishedAnswer> = BTreeMap::new();
    for answer in published {
        latest.insert(answer.number, answer);
    }
    latest.into_values().collect()
}

impl Moment<'_> {
    fn enquiry(&self, a: &PublishedAnswer) -> Enquiry {
        Enquiry {
            id: a.number.to_string(),
            date: self.time(a.nota.at),
            description: a.question.clone(),
            answer: a.answer.clone(),
            date_answered: self.time(a.nota.at),
            related_lot: a.lot.clone(),
        }
    }
}

fn decision_awards(decision: &Decision, status: AwardStatus, now: &Moment) -> Vec<Award> {
    let mut by_provider: BTreeMap<&str, (&str, Vec<String>, Vec<String>)> = BTreeMap::new();
    for line in decision.lines.iter().filter(|l| l.awarded) {
        let (_, lots, notes) = by_provider
            .entry(&line.kvk)
            .or_insert((&line.name, Vec::new(), Vec::new()));
        lots.push(line.lot.clone());
        notes.push(match (line.rank, &line.score) {
            (Some(rank), Some(score)) => format!("{}: rang {rank}, score {score}", line.lot),
            (Some(rank), None) => format!("{}: rang {rank}", line.lot),
            _ => format!("{}: toegelaten", line.lot),
        });
    }
    by_provider
        .into_iter()
        .map(|(kvk, (name, lots, notes))| Award {
            id: format!("gunning-{}-{kvk}", decision.number),
            title: format!("Gunningsbeslissing {}: {name}", decision.number),
            description: notes.join("; "),
            status,
            date: now.time(decision.decided_at),
            suppliers: vec![provider(kvk, name)],
            related_lots: lots,
        })
        .collect()
}

/// The municipalities (the lead first), and every provider that made an offer
/// (a tenderer) or was awarded or joined (a supplier).
fn parties(def: &Definition, decisions: &[&Recorded<Decision>], suppliers: &BTreeMap<&str, &str>) -> Vec<Party> {
    let lead = &def.authority.lead;
    let mut parties: Vec<Party> = std::iter::once(lead.as_str())
        .chain(def.authority.others())
        .map(|name| Party {
            roles: if name == lead {
                vec![Role::Buyer, Role::ProcuringEntity]
            } else {
                vec![Role::Buyer]
            },
            ..org(municipality(name))
        })
        .collect();
    let mut providers: BTreeMap<&str, &str> = decisions
        .iter()
        .flat_map(|d| &d.fact.lines)
        .map(|l| (l.kvk.as_str(), l.name.as_str()))
        .collect();
    providers.extend(suppliers);
    parties.extend(providers.into_iter().map(|(kvk, name)| Party {
        identifier: Some(Identifier {
            scheme: "NL-KVK",
            id: kvk.to_string(),
            legal_name: name.to_string(),
        }),
        roles: if suppliers.contains_key(kvk) {
            vec![Role::Tenderer, Role::Supplier]
        } else {
            vec![Role::Tenderer]
        },
        ..org(provider(kvk, name))
    }));
    parties
}

fn org(reference: OrgRef) -> Party {
    Party {
        id: reference.id,
        name: reference.name,
        identifier: None,
        roles: Vec::new(),
    }
}

fn municipality(name: &str) -> OrgRef {
    let slug: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    OrgRef {
        id: format!("gemeente-{slug}"),
        name: name.to_string(),
    }
}

fn provider_id(kvk: &str) -> String {
    format!("NL-KVK-{kvk}")
}

fn provider(kvk: &str, name: &str) -> OrgRef {
    OrgRef {
        id: provider_id(kvk),
        name: name.to_string(),
    }
}

/// One item per product of every lot, at the tariff in force.
fn items(def: &Definition, amendments: &[Amendment], at: DateTime<Utc>) -> Vec<Item> {
    def.lots
        .iter()
        .flat_map(|lot| {
            lot.products.iter().map(move |p| Item {
                id: format!("{}-{}", lot.id, p.code),
                description: p.name.clone(),
                classification: Classification {
                    scheme: product_scheme(&p.code),
                    id: p.code.clone(),
                    description: p.name.clone(),
                },
                unit: Unit {
                    name: p.unit.as_str(),
                    value: in_force(amendments, &lot.id, Some(&p.code), AmendedField::Tariff, p.tariff, at)
                        .map(Value::from),
                },
                related_lot: lot.id.clone(),
            })
        })
        .collect()
}

/// The iStandaard whose product codes the code belongs to: iWmo (categories
/// 01–18) or iJw (40–50).
fn product_scheme(code: &str) -> &'static str {
    let category = code.get(..2).and_then(|c| c.parse::<u8>().ok()).unwrap_or(0);
    if Domain::Jeugd.categories().contains(&category) {
        "iJw"
    } else {
        "iWmo"
    }
}

fn procurement_method_details(def: &Definition) -> String {
    if def.is_open_house() {
        format!("{} (open house)", def.kind.dutch())
    } else {
        def.kind.dutch().to_string()
    }
}

fn award_criteria(def: &Definition) -> Option<&'static str> {
    match (def.kind, def.award.as_ref().map(|a| a.price_formula)) {
        (Kind::Classic, Some(PriceFormula::None)) => Some("qualityOnly"),
        (Kind::Classic, _) => Some("ratedCriteria"),
        _ => None,
    }
}

fn award_criteria_details(def: &Definition) -> Option<String> {
    let criteria: Vec<String> = def
        .criteria
        .iter()
        .map(|c| format!("{} ({}%)", c.name, c.weight))
        .collect();
    match def.kind {
        Kind::Classic => Some(format!("Beste prijs-kwaliteitverhouding: {}", criteria.join(", "))),
        Kind::Bestuurlijk | Kind::Raamovereenkomst => Some(
            "Iedere aanbieder die aan de toelatingseisen voldoet, wordt gecontracteerd tegen de vastgestelde tarieven"
                .to_string(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dossier::AwardLine;
    use crate::domain::fixtures::utc;

    fn tender() -> Tender {
        Tender::from_source(include_str!("../templates/classic.toml"))
            .unwrap()
            .0
    }

    /// A trail of events of these kinds, numbered from 1, a day apart.
    fn trail(kinds: &[EventKind]) -> Trail {
        let events = kinds
            .iter()
            .enumerate()
            .map(|(n, &kind)| Event {
                id: n as i64 + 1,
                at: utc("2027-01-11T09:00:00+01:00") + chrono::Duration::days(n as i64),
                actor: "inkoper".into(),
                kind,
                detail: format!("{kind}"),
                account: None,
            })
            .collect();
        Trail {
            events,
            revisions: vec![Recorded {
                event: 1,
                fact: tender(),
            }],
            decisions: Vec::new(),
            signatures: Vec::new(),
            amendments: Vec::new(),
            terminations: Vec::new(),
            enquiries: Vec::new(),
        }
    }

    fn decision(number: u32, event: i64, awarded: &[&str]) -> Recorded<Decision> {
        let line = |kvk: &str| AwardLine {
            lot: "begeleiding".into(),
            kvk: kvk.into(),
            name: format!("Aanbieder {kvk}"),
            rank: Some(1),
            score: Some("90".into()),
            awarded: awarded.contains(&kvk),
            excluded: None,
        };
        Recorded {
            event,
            fact: Decision {
                number,
                decided_at: utc("2027-03-20T10:00:00+01:00"),
                draw: Vec::new(),
                lines: vec![line("10000001"), line("10000002")],
            },
        }
    }

    fn signature(event: i64, kvk: &str) -> Recorded<Signature> {
        Recorded {
            event,
            fact: Signature {
                kvk: kvk.into(),
                name: format!("Aanbieder {kvk}"),
                signed_on: utc("2027-04-20T10:00:00+02:00"),
                effective_at: utc("2027-07-01T00:00:00+02:00"),
            },
        }
    }

    fn export(trail: &Trail) -> Vec<Release> {
        package(trail, &[], utc("2030-01-01T00:00:00Z")).unwrap().releases
    }

    use EventKind::*;

    #[test]
    fn a_draft_has_nothing_public() {
        let draft = trail(&[New, Update, Consult, Cancel]);
        assert_eq!(
            package(&draft, &[], utc("2027-01-01T00:00:00Z")),
            Err(NotPublished("regio-wmo-2027".into()))
        );
    }

    #[test]
    fn every_public_step_makes_one_release_with_its_tag() {
        let kinds = [
            New, Update, Publish, Register, Rectify, Qualify, Score, Amend, Award, Object, Resolve, Award, FinalAward,
            Sign, Amend, Extend, Cancel,
        ];
        let tags: Vec<Tag> = public_steps(&trail(&kinds).events).iter().map(|s| s.tag).collect();
        assert_eq!(
            tags,
            [
                Tag::Tender,
                Tag::TenderAmendment,
                Tag::TenderAmendment,
                Tag::Award,
                Tag::Award,
                Tag::AwardUpdate,
                Tag::Contract,
                Tag::ContractAmendment,
                Tag::ContractAmendment,
                Tag::TenderCancellation,
            ]
        );
    }

    #[test]
    fn awards_are_pending_in_the_standstill_and_a_re_award_cancels_the_first() {
        // Events: 1 new, 2 publish, 3 award, 4 award (redo), 5 final award, 6 sign, 7 extend.
        let mut t = trail(&[New, Publish, Award, Award, FinalAward, Sign, Extend]);
        t.decisions = vec![decision(1, 3, &["10000001"]), decision(2, 4, &["10000002"])];
        t.signatures = vec![signature(6, "10000002")];
        let releases = export(&t);
        let statuses =
            |r: &Release| -> Vec<(String, AwardStatus)> { r.awards.iter().map(|a| (a.id.clone(), a.status)).collect() };
        assert_eq!(
            statuses(&releases[1]),
            [("gunning-1-10000001".into(), AwardStatus::Pending)]
        );
        assert_eq!(
            statuses(&releases[2]),
            [
                ("gunning-1-10000001".into(), AwardStatus::Cancelled),
                ("gunning-2-10000002".into(), AwardStatus::Pending)
            ]
        );
        assert_eq!(releases[3].tender.status, TenderStatus::Complete);
        assert_eq!(statuses(&releases[3])[1].1, AwardStatus::Active);
        let contract = &releases[4].contracts[0];
        assert_eq!(contract.award_id, "gunning-2-10000002");
        assert_eq!(contract.period.end_date, "2029-06-30T23:59:59+02:00");
        let extended = &releases[5].contracts[0];
        assert_eq!(
            extended.period.end_date, "2030-06-30T23:59:59+02:00",
            "one option of 12 months"
        );
        assert_eq!(extended.amendments[0].release_id, releases[5].id);
        assert_eq!(extended.amendments[0].amends_release_id, releases[4].id);
        // Both offered; only the provider of the current decision supplies.
        let roles: Vec<&[Role]> = releases[5].parties.iter().skip(3).map(|p| &p.roles[..]).collect();
        assert_eq!(roles, [&[Role::Tenderer][..], &[Role::Tenderer, Role::Supplier][..]]);
    }

    #[test]
    fn a_release_stays_the_same_when_later_events_come() {
        let mut t = trail(&[New, Publish, Award]);
        t.decisions = vec![decision(1, 3, &["10000001"])];
        let before = export(&t);
        t.events.extend(
            trail(&[New, Publish, Award, FinalAward, Sign, Cancel])
                .events
                .into_iter()
                .skip(3),
        );
        t.signatures = vec![signature(5, "10000001")];
        let after = export(&t);
        assert_eq!(after[..before.len()], before[..]);
        let cancelled = after.last().unwrap();
        assert_eq!(cancelled.tag, [Tag::TenderCancellation]);
        assert_eq!(cancelled.tender.status, TenderStatus::Cancelled);
        assert_eq!(cancelled.awards[0].status, AwardStatus::Cancelled);
        assert_eq!(cancelled.contracts[0].status, ContractStatus::Terminated);
    }

    #[test]
    fn the_ocid_uses_the_prefix_or_the_placeholder() {
        let mut def = tender().definition;
        assert_eq!(ocid(&def), "ocds-xxxxxx-regio-wmo-2027");
        def.ocid_prefix = Some("ocds-abc123".into());
        assert_eq!(ocid(&def), "ocds-abc123-regio-wmo-2027");
    }
}
