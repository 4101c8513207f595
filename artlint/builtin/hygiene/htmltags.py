"""The HTML element names html-remnant knows: every element, the formatting ones, the ones that break a line."""

from __future__ import annotations

ELEMENTS = frozenset({
    "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body",
    "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details",
    "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img",
    "input", "ins", "kbd", "label", "legend", "li", "link", "main", "mark", "meta", "nav", "noscript", "object",
    "ol", "optgroup", "option", "p", "picture", "pre", "q", "s", "samp", "script", "section", "select", "small",
    "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td",
    "template", "textarea", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "video", "wbr",
})
PLAIN = frozenset({
    "br", "p", "b", "i", "em", "strong", "span", "u", "div",
})
"""Tags that only format: removed safely when they carry no attributes."""
BREAKS = frozenset({
    "br", "p", "div", "hr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
    "blockquote", "section", "article", "header", "footer", "nav", "aside", "figure", "figcaption", "main", "pre",
    "dd", "dt", "dl", "form", "iframe", "img",
})
"""Tags that break the line or the block: a space takes their place between two words."""
