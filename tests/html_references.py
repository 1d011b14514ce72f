"""What an HTML page made by tools/ (the static site, the slides) loads and links:
shared by tests/test_site.py and tests/test_slides.py."""

import re
from html.parser import HTMLParser


class References(HTMLParser):
    """Every address a page loads (src, stylesheet links) and every link it offers."""

    def __init__(self):
        super().__init__()
        self.loads, self.links = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "link" and attrs.get("href"):
            self.loads.append(attrs["href"])
        elif attrs.get("src"):
            self.loads.append(attrs["src"])


def references(page):
    """(what the page loads, what it links to): addresses as written in it."""
    parser = References()
    parser.feed(page.read_text(encoding="utf-8"))
    css = re.findall(r"url\(['\"]?([^)'\"]+)", page.read_text(encoding="utf-8"))
    return parser.loads + [url for url in css if not url.startswith("data:")], parser.links
