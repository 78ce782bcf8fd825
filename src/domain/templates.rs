//! The commented templates printed by `tender new --template KIND`.

use super::definition::Kind;

pub fn template(kind: Kind) -> &'static str {
    match kind {
        Kind::Classic => include_str!("../templates/classic.toml"),
        Kind::Bestuurlijk => include_str!("../templates/bestuurlijk.toml"),
        Kind::Raamovereenkomst => include_str!("../templates/raamovereenkomst.toml"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tender::Tender;

    #[test]
    fn every_template_is_a_valid_definition_of_its_kind_without_warnings() {
        for &kind in Kind::ALL {
            let (tender, warnings) = Tender::from_source(template(kind)).unwrap_or_else(|e| panic!("{kind}: {e}"));
            assert_eq!(tender.definition.kind, kind);
            assert!(warnings.is_empty(), "{kind}: {warnings:?}");
        }
    }
}
