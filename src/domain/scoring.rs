//! What a score is (SPEC §3, §4 `score`): points for a quality criterion, or
//! a price per product for the price criterion, and a lot's price as the
//! weighted basket of its products' prices (the reële prijs per product).

use std::collections::BTreeMap;

use super::award::Exclusion;
use super::definition::{Criterion, Lot, Product};
use super::message::{Message, msg};
use super::money::Cents;

/// A recorded score: points in hundredths, or a price.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreValue {
    Points(i64),
    Price(Cents),
}

/// How the user gave a value: `--points`, `--price`, or a CSV cell (points
/// for a quality criterion, euros for the price criterion).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Given {
    Points,
    Price,
    Cell,
}

/// The stored key of a price: the price criterion's id for a lot of one
/// product, `prijs:CODE` for a product of a lot with several (as the CSV writes it).
pub fn price_key(criterion: &str, lot: &Lot, product: Option<&str>) -> Result<String, Message> {
    let codes = || {
        lot.products
            .iter()
            .map(|p| p.code.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match product {
        Some(code) if !lot.products.iter().any(|p| p.code == code) => Err(msg!(
            "product-not-in-lot",
            product = code,
            lot = &lot.id,
            products = codes()
        )),
        _ if lot.products.len() == 1 => Ok(criterion.to_string()),
        Some(code) => Ok(format!("{criterion}:{code}")),
        None => Err(msg!(
            "price-needs-product",
            lot = &lot.id,
            products = codes(),
            criterion = criterion
        )),
    }
}

/// The product a stored price key is for (see `price_key`).
pub fn product_of<'a>(lot: &'a Lot, criterion: &str, key: &str) -> Option<&'a str> {
    match key.split_once(':') {
        Some((c, code)) if c == criterion => lot.products.iter().find(|p| p.code == code).map(|p| p.code.as_str()),
        None if key == criterion && lot.products.len() == 1 => Some(lot.products[0].code.as_str()),
        _ => None,
    }
}

/// Checks a value for a criterion: points from 0 to its maximum, or a price.
/// Points given to the price criterion are refused: `--points 7` there must
/// not silently become a price of EUR 7.
pub fn value(c: &Criterion, amount: Cents, text: &str, given: Given) -> Result<ScoreValue, Message> {
    match (c.price, given) {
        (true, Given::Points) => Err(msg!("price-criterion-takes-price", criterion = &c.id)),
        (true, _) if amount.0 == 0 => Err(msg!("price-zero", amount = amount)),
        (true, _) => Ok(ScoreValue::Price(amount)),
        (false, Given::Price) => Err(msg!("points-criterion-takes-points", criterion = &c.id)),
        (false, _) if amount.0 > i64::from(c.max_points) * 100 => Err(msg!(
            "points-over-maximum",
            points = text,
            max = c.max_points,
            criterion = &c.id
        )),
        (false, _) => Ok(ScoreValue::Points(amount.0)),
    }
}

/// The share of each product in the basket: its weight, or equal shares.
fn weight(product: &Product) -> i128 {
    i128::from(product.weight.unwrap_or(1))
}

/// The basket price of a lot: Σ weight × price over its products ÷ Σ weight,
/// rounded to the cent. Err lists the products without a price.
pub fn basket(products: &[Product], prices: &BTreeMap<String, Cents>) -> Result<Cents, Vec<String>> {
    let missing: Vec<String> = products
        .iter()
        .filter(|p| !prices.contains_key(&p.code))
        .map(|p| p.code.clone())
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let total: i128 = products.iter().map(weight).sum();
    let sum: i128 = products.iter().map(|p| weight(p) * i128::from(prices[&p.code].0)).sum();
    let total = total.max(1);
    Ok(Cents(
        i64::try_from((2 * sum + total) / (2 * total)).unwrap_or(i64::MAX),
    ))
}

/// Why an offer is excluded for a product price below its reële prijs.
pub fn below_floor(products: &[Product], prices: &BTreeMap<String, Cents>) -> Option<Exclusion> {
    products.iter().find_map(|p| {
        let (floor, price) = (p.price_floor?, *prices.get(&p.code)?);
        (price < floor).then(|| Exclusion::ProductBelowFloor {
            product: p.code.clone(),
            price,
            floor,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::definition::{Funding, Unit};

    fn product(code: &str, weight: Option<u32>, floor: Option<i64>) -> Product {
        Product {
            code: code.into(),
            name: code.into(),
            unit: Unit::Etmaal,
            funding: Funding::Inspanning,
            tariff: None,
            weight,
            price_floor: floor.map(Cents),
        }
    }

    fn lot(products: Vec<Product>) -> Lot {
        Lot {
            id: "verblijf".into(),
            name: "Verblijf".into(),
            budget: None,
            max_awards: None,
            price_floor: None,
            products,
            members: None,
            budget_by_member: None,
        }
    }

    fn prices(list: &[(&str, i64)]) -> BTreeMap<String, Cents> {
        list.iter().map(|(c, p)| (c.to_string(), Cents(*p))).collect()
    }

    #[test]
    fn a_lot_price_is_the_weighted_basket_of_its_products_spec_3() {
        // The case: a gezinshuis at € 185 and treatment at € 312 in one lot.
        // Weighted 3:1 the basket is (3 × 185 + 312) / 4 = € 216,75.
        let products = [product("43A01", Some(75), None), product("44A01", Some(25), None)];
        let offer = prices(&[("43A01", 18_500), ("44A01", 31_200)]);
        assert_eq!(basket(&products, &offer), Ok(Cents(21_675)));
        // Without weights the shares are equal.
        let equal = [product("43A01", None, None), product("44A01", None, None)];
        assert_eq!(basket(&equal, &offer), Ok(Cents(24_850)));
        assert_eq!(
            basket(&equal, &prices(&[("43A01", 18_500)])),
            Err(vec!["44A01".to_string()])
        );
    }

    #[test]
    fn a_product_price_below_its_floor_excludes_the_offer_uitvoeringsbesluit_wmo_art_5_4() {
        let products = [product("43A01", None, Some(20_000)), product("44A01", None, None)];
        let reason = below_floor(&products, &prices(&[("43A01", 18_500), ("44A01", 31_200)]))
            .unwrap()
            .to_string();
        assert!(reason.contains("43A01") && reason.contains("€ 200,00"), "{reason}");
        assert_eq!(below_floor(&products, &prices(&[("43A01", 20_000)])), None);
    }

    #[test]
    fn a_lot_with_several_products_needs_a_price_per_product_spec_3() {
        let two = lot(vec![product("43A01", None, None), product("44A01", None, None)]);
        assert_eq!(price_key("prijs", &two, Some("44A01")), Ok("prijs:44A01".to_string()));
        assert!(price_key("prijs", &two, None).unwrap_err().contains("--product CODE"));
        assert!(
            price_key("prijs", &two, Some("45A01"))
                .unwrap_err()
                .contains("not in lot")
        );
        assert_eq!(product_of(&two, "prijs", "prijs:44A01"), Some("44A01"));
        assert_eq!(product_of(&two, "prijs", "prijs"), None);
        let one = lot(vec![product("43A01", None, None)]);
        assert_eq!(price_key("prijs", &one, None), Ok("prijs".to_string()));
        assert_eq!(price_key("prijs", &one, Some("43A01")), Ok("prijs".to_string()));
        assert_eq!(product_of(&one, "prijs", "prijs"), Some("43A01"));
    }

    #[test]
    fn points_for_the_price_criterion_are_refused_spec_2() {
        let prijs = Criterion {
            id: "prijs".into(),
            name: "Prijs".into(),
            weight: 30,
            max_points: 10,
            value: None,
            price: true,
        };
        let refusal = value(&prijs, Cents(700), "7", Given::Points).unwrap_err();
        assert!(refusal.contains("--price EUR"), "{refusal}");
        assert_eq!(
            value(&prijs, Cents(700), "7", Given::Cell),
            Ok(ScoreValue::Price(Cents(700)))
        );
        let plan = Criterion {
            price: false,
            id: "plan".into(),
            ..prijs
        };
        assert!(value(&plan, Cents(700), "7", Given::Price).is_err());
        assert_eq!(
            value(&plan, Cents(700), "7", Given::Points),
            Ok(ScoreValue::Points(700))
        );
        assert!(
            value(&plan, Cents(1_100), "11", Given::Cell)
                .unwrap_err()
                .contains("maximum of 10")
        );
    }
}
