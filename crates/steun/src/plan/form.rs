//! A form as blocks of text, written as Markdown or as HTML.
//!
//! The renderers build a `Form` from the case; the writers escape every text that comes
//! from the case (a client's words may contain `<script>`, `[x](javascript:...)` or a table
//! pipe), so the output is safe to show in a browser or a Markdown viewer.

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
        /// An HTML fragment; every text escaped.
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
            })
            .collect();
        blocks.join("\n")
    }

    /// The form as an HTML fragment (one `<section>`).
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
            }
        }
        s.push_str("</section>\n");
        s
    }

    /// The form in `format`.
    pub(crate) fn write(&self, format: RenderFormat) -> String {
        match format {
            RenderFormat::Markdown => self.markdown(),
            RenderFormat::Html => self.html(),
        }
    }
}
