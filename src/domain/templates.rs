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
            let (tender, warnings) = Tender::from_source(template(kind)).unwrap_or_else(|e| panic!("{kind}: {e:?}"));
            assert_eq!(tender.definition.kind, kind);
            assert!(warnings.is_empty(), "{kind}: {warnings:?}");
        }
    }

    #[test]
    fn the_optional_fields_the_templates_suggest_are_valid_when_uncommented() {
        for &kind in Kind::ALL {
            let uncommented = template(kind)
                .lines()
                .map(|line| {
                    ["# members = ", "# budget_by_member = ", "# evidence = ", "# lots = "]
                        .iter()
                        .find_map(|field| line.strip_prefix("# ").filter(|_| line.starts_with(field)))
                        .unwrap_or(line)
                })
                .collect::<Vec<_>>()
                .join("\n");
            let (tender, _) = Tender::from_source(&uncommented).unwrap_or_else(|e| panic!("{kind}: {e:?}"));
            let lot = &tender.definition.lots[0];
            assert_eq!(lot.members.as_ref().map(Vec::len), Some(2), "{kind}");
            assert!(lot.budget_by_member.is_some(), "{kind}");
            assert!(tender.definition.requirements[0].evidence.is_some(), "{kind}");
        }
    }
}
