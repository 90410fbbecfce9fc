//! A form as blocks of text, written as Markdown or as an HTML document to print.
//!
//! The renderers build a `Form` from the case; the writers escape every text that comes
//! from the case (a client's words may contain `<script>`, `[x](javascript:...)`, a quote
//! that would end an attribute, or a table pipe), so the output is safe to show in a browser
//! or a Markdown viewer. No text of the case is ever written into an attribute or the
//! stylesheet: attributes carry only the writer's own class names and the language code.

use std::fmt::Write;

/// A piece of a line.
#[derive(Clone, Debug)]
pub(crate) enum Span {
    /// Text from the case: escaped by both writers.
    Text(String),
    /// The library's own label: escaped for HTML only.
    Label(String),
    /// Emphasised (italic) text from the case.
    Em(String),
    /// A bold label.
    Strong(String),
    /// A line break inside a table cell or list item.
    Break,
}

pub(crate) type Line = Vec<Span>;

/// A list item with an optional labelled sub-list.
#[derive(Clone, Debug)]
pub(crate) struct Item {
    pub line: Line,
    pub sub: Option<(String, Vec<Line>)>,
}

/// One block of a form.
#[derive(Clone, Debug)]
pub(crate) enum Block {
    Title(String),
    Note(String),
    /// Label-value lines, e.g. `**Versie:** 2`.
    Fields(Vec<(String, Line)>),
    /// A bold heading line.
    Heading(String),
    List {
        ordered: bool,
        items: Vec<Item>,
    },
    Table {
        head: Vec<String>,
        rows: Vec<Vec<Line>>,
    },
    /// A paragraph of text.
    Para(Line),
    /// Lines to fill in by hand on paper: one column per signer, one row per line (name,
    /// signature, date).
    Signatures {
        signers: Vec<String>,
        lines: Vec<String>,
    },
}

/// A form: its blocks in order.
#[derive(Clone, Debug, Default)]
pub(crate) struct Form(pub Vec<Block>);

crate::lang::labelled_enum! {
    /// The format a form is rendered in.
    #[derive(Default)]
    pub enum RenderFormat {
        /// Markdown (CommonMark with GitHub tables); every text of the case escaped.
        #[default]
        Markdown = "markdown" { nl: "Markdown", en: "Markdown" },
        /// A complete HTML document with a print stylesheet (A4); every text escaped.
        Html = "html" { nl: "HTML", en: "HTML" },
    }
}

/// Escapes case text for Markdown: no HTML, no links or images, no emphasis, no table break.
pub(crate) fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '|' | '[' | ']' | '*' | '_' | '`' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' | '\n' => out.push(' '),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for HTML element content and attribute values.
pub(crate) fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn md_line(line: &[Span]) -> String {
    let mut s = String::new();
    for span in line {
        match span {
            Span::Text(t) => s.push_str(&md_escape(t)),
            Span::Label(t) => s.push_str(t),
            Span::Em(t) => {
                let _ = write!(s, "_{}_", md_escape(t));
            }
            Span::Strong(t) => {
                let _ = write!(s, "**{t}**");
            }
            Span::Break => s.push_str("<br>"),
        }
    }
    s
}

fn html_line(line: &[Span]) -> String {
    let mut s = String::new();
    for span in line {
        match span {
            Span::Text(t) | Span::Label(t) => s.push_str(&html_escape(t)),
            Span::Em(t) => {
                let _ = write!(s, "<em>{}</em>", html_escape(t));
            }
            Span::Strong(t) => {
                let _ = write!(s, "<strong>{}</strong>", html_escape(t));
            }
            Span::Break => s.push_str("<br>"),
        }
    }
    s
}

impl Form {
    /// The form as Markdown.
    pub(crate) fn markdown(&self) -> String {
        let blocks: Vec<String> = self
            .0
            .iter()
            .map(|b| match b {
                Block::Title(t) => format!("# {t}\n"),
                Block::Note(t) => format!("_{t}_\n"),
                Block::Fields(fields) => {
                    let lines: Vec<String> = fields.iter().map(|(l, v)| format!("**{l}:** {}", md_line(v))).collect();
                    lines.join("  \n") + "\n"
                }
                Block::Heading(t) => format!("**{t}**\n"),
                Block::List { ordered, items } => {
                    let mut s = String::new();
                    for (n, item) in items.iter().enumerate() {
                        let mark = if *ordered { format!("{}.", n + 1) } else { "-".to_owned() };
                        let _ = writeln!(s, "{mark} {}", md_line(&item.line));
                        if let Some((label, sub)) = &item.sub {
                            let _ = writeln!(s, "   - {label}:");
                            for l in sub {
                                let _ = writeln!(s, "     - {}", md_line(l));
                            }
                        }
                    }
                    s
                }
                Block::Table { head, rows } => {
                    let mut s = String::from("|");
                    for h in head {
                        s.push_str(if h.is_empty() { " |" } else { " " });
                        if !h.is_empty() {
                            let _ = write!(s, "{h} |");
                        }
                    }
                    let _ = writeln!(s, "\n|{}", "---|".repeat(head.len()));
                    for row in rows {
                        let cells: Vec<String> = row.iter().map(|c| md_line(c)).collect();
                        let _ = writeln!(s, "| {} |", cells.join(" | "));
                    }
                    s
                }
                Block::Para(line) => format!("{}\n", md_line(line)),
                Block::Signatures { signers, lines } => {
                    let rows: Vec<String> = signers
                        .iter()
                        .map(|who| {
                            let blanks: Vec<String> = lines.iter().map(|l| format!("{l}: ________________")).collect();
                            format!("**{who}:** {}", blanks.join(" "))
                        })
                        .collect();
                    rows.join("  \n") + "\n"
                }
            })
            .collect();
        blocks.join("\n")
    }

    /// The form as an HTML fragment (one `<section>`), for [`html_document`].
    pub(crate) fn html(&self) -> String {
        let mut s = String::from("<section class=\"steun-form\">\n");
        for b in &self.0 {
            match b {
                Block::Title(t) => {
                    let _ = writeln!(s, "<h1>{}</h1>", html_escape(t));
                }
                Block::Note(t) => {
                    let _ = writeln!(s, "<p><em>{}</em></p>", html_escape(t));
                }
                Block::Fields(fields) => {
                    let lines: Vec<String> = fields
                        .iter()
                        .map(|(l, v)| format!("<strong>{}:</strong> {}", html_escape(l), html_line(v)))
                        .collect();
                    let _ = writeln!(s, "<p>{}</p>", lines.join("<br>\n"));
                }
                Block::Heading(t) => {
                    let _ = writeln!(s, "<p><strong>{}</strong></p>", html_escape(t));
                }
                Block::List { ordered, items } => {
                    let tag = if *ordered { "ol" } else { "ul" };
                    let _ = writeln!(s, "<{tag}>");
                    for item in items {
                        let _ = write!(s, "<li>{}", html_line(&item.line));
                        if let Some((label, sub)) = &item.sub {
                            let _ = write!(s, "<ul><li>{}:<ul>", html_escape(label));
                            for l in sub {
                                let _ = write!(s, "<li>{}</li>", html_line(l));
                            }
                            s.push_str("</ul></li></ul>");
                        }
                        s.push_str("</li>\n");
                    }
                    let _ = writeln!(s, "</{tag}>");
                }
                Block::Table { head, rows } => {
                    s.push_str("<table>\n<thead><tr>");
                    for h in head {
                        let _ = write!(s, "<th>{}</th>", html_escape(h));
                    }
                    s.push_str("</tr></thead>\n<tbody>\n");
                    for row in rows {
                        s.push_str("<tr>");
                        for c in row {
                            let _ = write!(s, "<td>{}</td>", html_line(c));
                        }
                        s.push_str("</tr>\n");
                    }
                    s.push_str("</tbody>\n</table>\n");
                }
                Block::Para(line) => {
                    let _ = writeln!(s, "<p>{}</p>", html_line(line));
                }
                Block::Signatures { signers, lines } => {
                    s.push_str("<table class=\"signatures\">\n<tbody>\n<tr>");
                    for who in signers {
                        let _ = write!(s, "<th>{}</th>", html_escape(who));
                    }
                    s.push_str("</tr>\n");
                    for l in lines {
                        s.push_str("<tr>");
                        for _ in signers {
                            let _ = write!(s, "<td>{}:</td>", html_escape(l));
                        }
                        s.push_str("</tr>\n");
                    }
                    s.push_str("</tbody>\n</table>\n");
                }
            }
        }
        s.push_str("</section>\n");
        s
    }
}

/// The print stylesheet: A4 pages, black on white, table headers repeated on every page, a
/// row never split over two pages, each form on its own page.
const PRINT_CSS: &str = "\
@page { size: A4; margin: 18mm 15mm 18mm 15mm; }
body { font-family: \"Helvetica Neue\", Arial, sans-serif; font-size: 10.5pt; line-height: 1.35; color: #000; background: #fff; margin: 0; }
h1 { font-size: 15pt; letter-spacing: 0.04em; margin: 0 0 4pt 0; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt 0; }
th, td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; }
thead { display: table-header-group; }
th { background: #eee; }
ol, ul { margin: 2pt 0 8pt 0; padding-left: 18pt; }
p { margin: 4pt 0; }
table.signatures { margin-top: 24pt; }
table.signatures th { background: none; width: 50%; }
table.signatures td { height: 14mm; vertical-align: bottom; }
@media screen { body { max-width: 210mm; margin: 12mm auto; padding: 0 10mm; } }
@media print {
  section.steun-form + section.steun-form { break-before: page; page-break-before: always; }
  tr, li, table.signatures { break-inside: avoid; page-break-inside: avoid; }
  h1 { break-after: avoid; page-break-after: avoid; }
}
";

/// The forms as one HTML document with the print stylesheet; `lang` is the document's
/// language code and `title` the writer's own title (both escaped all the same).
pub(crate) fn html_document(forms: &[Form], lang: &str, title: &str) -> String {
    let mut s = String::with_capacity(4096);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{PRINT_CSS}</style>\n</head>\n<body>\n",
        html_escape(lang),
        html_escape(title)
    );
    for f in forms {
        s.push_str(&f.html());
    }
    s.push_str("</body>\n</html>\n");
    s
}

/// The forms in `format`: Markdown forms one after another, or one HTML document.
pub(crate) fn write_forms(forms: &[Form], format: RenderFormat, lang: &str, title: &str) -> String {
    match format {
        RenderFormat::Markdown => forms.iter().map(Form::markdown).collect::<Vec<_>>().join("\n"),
        RenderFormat::Html => html_document(forms, lang, title),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escape_covers_content_and_both_attribute_quotes() {
        assert_eq!(
            html_escape(r#"<a href="x" title='y'>&amp;</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;"
        );
        assert_eq!(html_escape("a\u{0}b\u{1b}c\nd"), "a b c\nd");
    }

    #[test]
    fn the_document_has_the_print_stylesheet_and_one_section_per_form() {
        let form = Form(vec![Block::Title("T".into()), Block::Para(vec![Span::Text("<b>".into())])]);
        let doc = html_document(&[form.clone(), form], "nl", "Titel & co");
        assert!(doc.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
        assert!(doc.contains("<title>Titel &amp; co</title>") && doc.contains("@page { size: A4;"));
        assert_eq!(doc.matches("<section class=\"steun-form\">").count(), 2);
        assert_eq!(doc.matches("<p>&lt;b&gt;</p>").count(), 2);
    }
}
