//! Questions of providers and the nota van inlichtingen (SPEC §4 `ask`,
//! `answer`, `questions`, `nvi`): until when a question is taken, which
//! answers a new nota publishes, and which questions are still unanswered.

use chrono::{DateTime, Utc};

use super::lifecycle::{Facts, Phase};
use super::message::{Arg, Message, msg};
use super::schedule::Schedule;

/// Who asked a question. The nota van inlichtingen never says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asker {
    /// A registered provider, by KvK number.
    Provider(String),
    /// An interested party that has not registered, by the name it gave.
    Party(String),
    /// Nobody named.
    Unnamed,
}

/// A recorded question with its current answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub number: u32,
    pub lot: Option<String>,
    pub asker: Asker,
    pub question: String,
    pub asked_at: DateTime<Utc>,
    pub answer: Option<Answer>,
}

/// An answer, and the nota that published it (none yet: it is new).
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub text: String,
    pub answered_at: DateTime<Utc>,
    pub nota: Option<Published>,
}

/// A published nota van inlichtingen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    pub number: u32,
    pub at: DateTime<Utc>,
}

/// An answer as a nota published it, to every registrant at once.
#[derive(Debug, Clone, PartialEq)]
pub struct PublishedAnswer {
    pub nota: Published,
    pub number: u32,
    pub lot: Option<String>,
    pub question: String,
    pub answer: String,
    pub answered_at: DateTime<Utc>,
}

impl Question {
    /// Whether the question has an answer that no nota has published yet.
    pub fn newly_answered(&self) -> bool {
        self.answer.as_ref().is_some_and(|a| a.nota.is_none())
    }

    /// Whether every registrant has the current answer.
    pub fn published(&self) -> bool {
        self.answer.as_ref().is_some_and(|a| a.nota.is_some())
    }
}

impl Schedule {
    /// The last moment a question is taken: the questions deadline, or without
    /// one the day the answers are due (an answer must reach every provider by then).
    pub fn questions_close(&self) -> DateTime<Utc> {
        self.questions_deadline.unwrap_or_else(|| self.answers_due())
    }
}

impl Facts<'_> {
    /// Whether a question can be asked at `now`: only while the tender is open,
    /// until the questions close; the refusal names the deadline.
    pub fn may_ask(&self, now: DateTime<Utc>) -> Result<(), Message> {
        let s = self.schedule;
        let close = s.questions_close();
        match self.phase(now) {
            Phase::Draft => Err(msg!("questions-not-yet")),
            Phase::Open if now <= close => Ok(()),
            Phase::Open | Phase::Evaluation => Err(msg!(
                "questions-too-late",
                deadline = Arg::moment(close, s.timezone),
                timezone = s.timezone.name()
            )),
            phase => Err(msg!(
                "questions-closed",
                phase = phase.as_str(),
                deadline = Arg::moment(s.registration_deadline, s.timezone)
            )),
        }
    }
}

/// The number a nota published now gets: one more than the last one.
pub fn next_nota(questions: &[Question], published: u32) -> Result<u32, Message> {
    if questions.iter().any(Question::newly_answered) {
        Ok(published + 1)
    } else {
        Err(match published {
            0 => msg!("nota-nothing-answered"),
            n => msg!("nota-nothing-new", latest = n),
        })
    }
}

/// The numbers of the questions without a published answer.
pub fn unanswered(questions: &[Question]) -> Vec<u32> {
    questions.iter().filter(|q| !q.published()).map(|q| q.number).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::definition::Kind;
    use crate::domain::fixtures::{self, utc};
    use crate::domain::lifecycle::History;

    fn question(number: u32, answer: Option<Option<u32>>) -> Question {
        Question {
            number,
            lot: None,
            asker: Asker::Unnamed,
            question: "Mag een onderaannemer?".to_string(),
            asked_at: utc("2027-02-01T10:00:00+01:00"),
            answer: answer.map(|nota| Answer {
                text: "Ja.".to_string(),
                answered_at: utc("2027-02-02T10:00:00+01:00"),
                nota: nota.map(|number| Published {
                    number,
                    at: utc("2027-02-03T10:00:00+01:00"),
                }),
            }),
        }
    }

    #[test]
    fn a_nota_needs_a_new_answer() {
        assert!(
            next_nota(&[question(1, None)], 0)
                .unwrap_err()
                .contains("no question has an answer")
        );
        assert_eq!(next_nota(&[question(1, Some(None))], 0), Ok(1));
        let all_out = [question(1, Some(Some(1))), question(2, None)];
        assert!(next_nota(&all_out, 1).unwrap_err().contains("latest: nota 1"));
        assert_eq!(unanswered(&all_out), [2]);
    }

    #[test]
    fn questions_close_at_their_deadline_or_when_the_answers_are_due() {
        let schedule = fixtures::schedule();
        let history = History {
            published_at: Some(utc("2027-01-04T09:00:00+01:00")),
            ..History::default()
        };
        let facts = Facts {
            kind: Kind::Classic,
            open_house: false,
            schedule: &schedule,
            history: &history,
        };
        assert_eq!(facts.may_ask(utc("2027-02-15T12:00:00+01:00")), Ok(()));
        let late = facts.may_ask(utc("2027-02-15T12:00:01+01:00")).unwrap_err();
        assert_eq!(
            late,
            msg!(
                "questions-too-late",
                deadline = Arg::moment(utc("2027-02-15T12:00:00+01:00"), schedule.timezone),
                timezone = "Europe/Amsterdam"
            )
        );
        let without = Schedule {
            questions_deadline: None,
            ..fixtures::schedule()
        };
        assert_eq!(without.questions_close(), utc("2027-02-23T12:00:00+01:00"));
        let draft = Facts {
            history: &History::default(),
            ..facts
        };
        assert!(draft.may_ask(utc("2027-02-01T12:00:00+01:00")).is_err());
    }
}
