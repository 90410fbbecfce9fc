//! A small SVG writer: every text and attribute value is XML-escaped on the way in, numbers
//! are written with one decimal, and every picture starts with `<title>` and `<desc>`.

use std::fmt::Write;

/// `s` with `&`, `<`, `>`, `"` and `'` escaped, and control characters XML 1.0 forbids dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

pub(crate) struct Svg {
    out: String,
}

/// A number as SVG wants it, one decimal.
pub(crate) fn n(x: f64) -> String {
    format!("{x:.1}")
}

impl Svg {
    /// A picture of `w` by `h` with its text alternative.
    pub fn new(w: f64, h: f64, title: &str, desc: &str) -> Svg {
        let mut out = String::with_capacity(8192);
        let _ = write!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"title desc\" font-family=\"sans-serif\">\n<title id=\"title\">{}</title>\n<desc id=\"desc\">{}</desc>\n",
            escape(title),
            escape(desc),
            w = n(w),
            h = n(h)
        );
        // A hatch for black-and-white: the worst case, the client's cell.
        out.push_str("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"1.5\"/></pattern></defs>\n");
        out.push_str("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        Svg { out }
    }

    /// An element with attributes given as (name, value) pairs, values escaped.
    pub fn el(&mut self, name: &str, attrs: &[(&str, String)]) {
        self.open(name, attrs);
        self.out.push_str("/>\n");
    }

    fn open(&mut self, name: &str, attrs: &[(&str, String)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            let _ = write!(self.out, " {k}=\"{}\"", escape(v));
        }
    }

    /// A text at (x, y); `anchor` start, middle or end.
    pub fn text(&mut self, x: f64, y: f64, anchor: &str, size: f64, bold: bool, s: &str) {
        let weight = if bold { "bold" } else { "normal" };
        self.open(
            "text",
            &[
                ("x", n(x)),
                ("y", n(y)),
                ("text-anchor", anchor.into()),
                ("font-size", n(size)),
                ("font-weight", weight.into()),
                ("fill", "#000".into()),
            ],
        );
        let _ = writeln!(self.out, ">{}</text>", escape(s));
    }

    /// Lines of text from (x, y) down, `gap` apart.
    pub fn lines(&mut self, x: f64, y: f64, anchor: &str, size: f64, bold: bool, lines: &[String]) {
        for (i, l) in lines.iter().enumerate() {
            self.text(x, y + i as f64 * size * 1.25, anchor, size, bold, l);
        }
    }

    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str, stroke_width: f64) {
        self.el(
            "rect",
            &[
                ("x", n(x)),
                ("y", n(y)),
                ("width", n(w)),
                ("height", n(h)),
                ("fill", fill.into()),
                ("stroke", "#000".into()),
                ("stroke-width", n(stroke_width)),
            ],
        );
    }

    pub fn line(&mut self, (x1, y1): (f64, f64), (x2, y2): (f64, f64), width: f64, dash: Option<&str>) {
        let mut a = vec![
            ("x1", n(x1)),
            ("y1", n(y1)),
            ("x2", n(x2)),
            ("y2", n(y2)),
            ("stroke", "#000".to_string()),
            ("stroke-width", n(width)),
        ];
        if let Some(d) = dash {
            a.push(("stroke-dasharray", d.into()));
        }
        self.el("line", &a);
    }

    pub fn polygon(&mut self, pts: &[(f64, f64)], fill: &str, width: f64, dash: Option<&str>, class: &str) {
        let points: Vec<String> = pts.iter().map(|(x, y)| format!("{},{}", n(*x), n(*y))).collect();
        let mut a = vec![
            ("class", class.to_string()),
            ("points", points.join(" ")),
            ("fill", fill.into()),
            ("stroke", "#000".into()),
            ("stroke-width", n(width)),
        ];
        if let Some(d) = dash {
            a.push(("stroke-dasharray", d.into()));
        }
        self.el("polygon", &a);
    }

    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }
}

/// `s` cut into lines of at most about `width` characters at spaces.
pub(crate) fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for w in s.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + w.chars().count() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}
