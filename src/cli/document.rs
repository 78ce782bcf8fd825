//! A small document (headings, paragraphs, lists, tables) written once and
//! rendered as Markdown or as a self-contained HTML page, so that the two
//! forms of a report can never say different things.

/// One block of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading(u8, String),
    Paragraph(String),
    /// Lines kept apart, as in an address or a signature.
    Lines(Vec<String>),
    List(Vec<String>),
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

#[derive(Debug, Default)]
pub struct Document {
    pub title: String,
    pub blocks: Vec<Block>,
    /// The language of the text, for `<html lang>`; Dutch when not said.
    pub lang: Option<&'static str>,
}

impl Document {
    pub fn new(title: String) -> Document {
        Document {
            blocks: vec![Block::Heading(1, title.clone())],
            title,
            lang: None,
        }
    }

    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading(level, text.into()));
    }

    pub fn paragraph(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Paragraph(text.into()));
    }

    pub fn lines(&mut self, lines: Vec<String>) {
        self.blocks.push(Block::Lines(lines));
    }

    /// A list; nothing when there are no items.
    pub fn list(&mut self, items: Vec<String>) {
        if !items.is_empty() {
            self.blocks.push(Block::List(items));
        }
    }

    pub fn table(&mut self, headers: &[&str], rows: Vec<Vec<String>>) {
        self.blocks.push(Block::Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows,
        });
    }

    pub fn markdown(&self) -> String {
        let mut out = String::new();
        for block in &self.blocks {
            match block {
                Block::Heading(level, text) => {
                    out.push_str(&format!("{} {}\n", "#".repeat((*level).into()), one_line(text)));
                }
                Block::Paragraph(text) => out.push_str(&format!("{}\n", one_line(text))),
                Block::Lines(lines) => {
                    let lines: Vec<String> = lines.iter().map(|l| one_line(l)).collect();
                    out.push_str(&format!("{}\n", lines.join("  \n")));
                }
                Block::List(items) => {
                    for item in items {
                        out.push_str(&format!("* {}\n", one_line(item)));
                    }
                }
                Block::Table { headers, rows } => {
                    out.push_str(&markdown_row(headers));
                    out.push_str(&format!("|{}\n", " --- |".repeat(headers.len())));
                    for row in rows {
                        out.push_str(&markdown_row(row));
                    }
                }
            }
            out.push('\n');
        }
        super::output::escape(out)
    }

    pub fn html(&self) -> String {
        let mut out = format!(
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            self.lang.unwrap_or("nl"),
            escape(&self.title)
        );
        for block in &self.blocks {
            match block {
                Block::Heading(level, text) => out.push_str(&format!("<h{level}>{}</h{level}>\n", escape(text))),
                Block::Paragraph(text) => out.push_str(&format!("<p>{}</p>\n", escape(text))),
                Block::Lines(lines) => {
                    let lines: Vec<String> = lines.iter().map(|l| escape(l)).collect();
                    out.push_str(&format!("<p class=\"lines\">{}</p>\n", lines.join("<br>\n")));
                }
                Block::List(items) => {
                    out.push_str("<ul>\n");
                    for item in items {
                        out.push_str(&format!("<li>{}</li>\n", escape(item)));
                    }
                    out.push_str("</ul>\n");
                }
                Block::Table { headers, rows } => {
                    out.push_str("<table>\n<thead><tr>");
                    for header in headers {
                        out.push_str(&format!("<th>{}</th>", escape(header)));
                    }
                    out.push_str("</tr></thead>\n<tbody>\n");
                    for row in rows {
                        out.push_str("<tr>");
                        for cell in row {
                            out.push_str(&format!("<td>{}</td>", escape(cell)));
                        }
                        out.push_str("</tr>\n");
                    }
                    out.push_str("</tbody>\n</table>\n");
                }
            }
        }
        out.push_str("</body>\n</html>\n");
        super::output::escape(out)
    }
}

/// Enough style to read on a screen and print on A4 (margins, page numbers at
/// the foot, no row split over two pages, no heading alone at the foot of a
/// page, the header row repeated), with no outside resources.
const STYLE: &str = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}\
table{border-collapse:collapse;margin:.5em 0 1em}th,td{border:1px solid #999;padding:.2em .5em;text-align:left;vertical-align:top}\
th{background:#eee}thead{display:table-header-group}p.lines{margin:1em 0}h1{font-size:1.6em}h2{font-size:1.25em}\
@page{size:A4;margin:20mm 20mm 25mm 25mm;@bottom-right{content:counter(page) \" / \" counter(pages);font-size:9pt}}\
@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}tr,li,p.lines{break-inside:avoid}h1,h2,h3{break-after:avoid}}";

/// Recorded text (names, reasons) taken literally: on one line (a line break
/// would end the block), with the characters Markdown would read as markup or
/// HTML escaped. Backticks are left alone: our own texts quote commands.
fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split(['\r', '\n']).filter(|l| !l.is_empty()).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        for c in line.chars() {
            if matches!(c, '\\' | '<' | '>' | '&' | '*' | '_' | '[' | ']' | '|') {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

fn markdown_row(cells: &[String]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| one_line(c)).collect();
    format!("| {} |\n", cells.join(" | "))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
        // An amount stays on one line in a narrow column: `€ 74,00`, never `€` above `74,00`.
        .replace("€ ", "€&nbsp;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Document {
        let mut doc = Document::new("Rapport <A&B>".to_string());
        doc.paragraph("Besluit 1\nvan 1 oktober");
        doc.list(vec!["één".to_string()]);
        doc.list(Vec::new());
        doc.table(
            &["kvk", "naam"],
            vec![vec!["12345678".to_string(), "Zorg | Welzijn".to_string()]],
        );
        doc
    }

    #[test]
    fn markdown_keeps_every_block_on_its_lines_and_escapes_pipes() {
        assert_eq!(
            sample().markdown(),
            "# Rapport \\<A\\&B\\>\n\nBesluit 1 van 1 oktober\n\n* één\n\n| kvk | naam |\n| --- | --- |\n| 12345678 | Zorg \\| Welzijn |\n\n"
        );
    }

    #[test]
    fn html_is_escaped_and_self_contained() {
        let html = sample().html();
        assert!(html.contains("<title>Rapport &lt;A&amp;B&gt;</title>"), "{html}");
        assert!(html.contains("<h1>Rapport &lt;A&amp;B&gt;</h1>"));
        assert!(html.contains("<td>Zorg | Welzijn</td>"));
        assert_eq!(html.matches("<ul>").count(), 1, "an empty list is left out");
        assert!(!html.contains("http"), "no outside resources");
        let mut money = Document::new("x".to_string());
        money.paragraph("€ 74,00");
        assert!(money.html().contains("<p>€&nbsp;74,00</p>"));
    }
}
