"""Judges printed golden HTML files as a reader sees them (run by .ci/checks/53-print-pdf).

Usage: print-quality.py EXPECTATIONS HTML_DIR PDF_DIR NAME...

For each NAME (a golden HTML file name) it reads PDF_DIR/NAME-without-.html.pdf and checks:
- A4 pages, and the page count listed in EXPECTATIONS (when the file is listed);
- a printed page number ("Side n af m" / "Page n of m") on every page;
- fill: every page but the last page of each document (a new document starts where the
  footer's title changes) and but a page that ends where the document asks for a page break
  (the next page begins with the text after a `<div class="pageBreak">`) is inked at least
  FILL_MINIMUM of the way down its text area;
- split words: every word of every table cell is printed whole as often as the HTML shows it,
  or broken at a hyphen ("Forvir-" + "ring" counts; "Forvi" + "rring" does not). This also
  catches a table wider than the page: Chromium clips it at the margin, and the clipped words
  are missing from the PDF.
"""
import collections, html, html.parser, os, re, subprocess, sys

FILL_MINIMUM = 1 / 3        # share of the text area's height a page must be inked down to
DPI = 40                    # pdftoppm resolution: enough to see ink, fast
INK = 160                   # a grey level below this (0 black, 255 white) is ink
MARGIN_TOP_MM, MARGIN_BOTTOM_MM = 16, 18   # the @page margins of HTMLStyleSheet
WORD = re.compile(r"[^\W_]+")
PAGE_NUMBER = re.compile(r"(?:Side (\d+) af (\d+)|Page (\d+) of (\d+))\s*$")
BBOX_WORD = re.compile(r"<word [^>]*>(.*?)</word>")
HYPHENS = ("\u2010", "-")  # what Chromium prints where it breaks at a soft hyphen (after U+00AD)
BIDI_OVERRIDE = re.compile("[\u202d\u202e][^\u202c]*\u202c?")  # printed reversed: not compared
HIDDEN = {"head", "style", "script", "title", "desc", "footer"}   # not printed


class HTMLWords(html.parser.HTMLParser):
    """Counts the printed words of an HTML page and collects those inside table cells."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.all, self.cells = [], collections.Counter(), set()

    def handle_starttag(self, tag, attrs):
        if tag not in {"br", "meta", "link", "img", "hr", "input", "col", "wbr"}:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if HIDDEN.intersection(self.stack):
            return
        words = WORD.findall(BIDI_OVERRIDE.sub("", data).replace("\u00ad", "").lower())
        self.all.update(words)
        if "th" in self.stack or "td" in self.stack:
            self.cells.update(words)


def run(*args):
    return subprocess.run(args, capture_output=True, check=True).stdout


def page_images(pdf):
    """Yields (width, height, rows of grey bytes) for every page."""
    data, pos = run("pdftoppm", "-r", str(DPI), "-gray", pdf), 0
    while pos < len(data):
        header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+\d+\s", data[pos:])
        width, height, start = int(header[1]), int(header[2]), pos + header.end()
        yield width, height, [data[start + r * width:start + (r + 1) * width] for r in range(height)]
        pos = start + width * height


def fill(width, height, rows):
    """How far down the text area (between the page margins) the last ink reaches, 0 to 1."""
    top = round(MARGIN_TOP_MM / 25.4 * DPI)
    bottom = height - round(MARGIN_BOTTOM_MM / 25.4 * DPI)
    inked = [r for r in range(top, bottom) if min(rows[r]) < INK]
    return (inked[-1] - top + 1) / (bottom - top) if inked else 0.0


def split_words(html_path, pdf):
    """The table-cell words printed fewer times, whole or hyphenated, than the HTML shows them."""
    parser = HTMLWords()
    with open(html_path, encoding="utf-8") as file:
        parser.feed(file.read())
    printed, pieces = collections.Counter(), collections.Counter()
    for raw in BBOX_WORD.findall(run("pdftotext", "-bbox", pdf, "-").decode()):
        word = html.unescape(raw).replace("\u00ad", "").lower()
        tokens = WORD.findall(word)
        printed.update(tokens)
        if tokens and word.endswith(HYPHENS):
            pieces[tokens[-1]] += 1
    return [word for word in sorted(parser.cells) if printed[word] + hyphenated(word, printed, pieces) < parser.all[word]]


def hyphenated(word, printed, pieces):
    """How often the word is printed broken at hyphens: pieces ending in a hyphen, then a whole end."""
    best = 0
    for cut in range(1, len(word)):
        head, tail = word[:cut], word[cut:]
        if pieces[head]:
            best = max(best, min(pieces[head], printed[tail] + hyphenated(tail, printed, pieces)))
    return best


def texts_after_page_breaks(path):
    """The first words printed after each forced page break of an HTML file, space-folded."""
    with open(path, encoding="utf-8") as file:
        page = file.read()
    starts = []
    for after in re.split(r'<div class="pageBreak"></div>', page)[1:]:
        words = html.unescape(re.sub(r"<[^>]+>", " ", after)).split()
        starts.append(" ".join(words[:4]))
    return starts


def begins_with_any(text, starts):
    """Whether a page's printed text, space-folded, begins with one of the given texts."""
    folded = " ".join(text.split())
    return any(start and folded.startswith(start) for start in starts)


def check(name, html_dir, pdf_dir, expected):
    problems = []
    pdf = f"{pdf_dir}/{name[:-5]}.pdf"
    if not os.path.exists(pdf):
        return 0, None, ["chromium printed no PDF"]
    info = run("pdfinfo", pdf).decode()
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    if not (594 <= float(size[1]) <= 596 and 841 <= float(size[2]) <= 843):
        problems.append(f"page size {size[1]} x {size[2]} pt is not A4 portrait")
    if name in expected and pages != expected[name]:
        problems.append(f"printed {pages} pages, print-expectations.tsv expects {expected[name]}")
    texts = run("pdftotext", "-layout", pdf, "-").decode().split("\f")[:pages]
    titles = []
    for number, text in enumerate(texts, 1):
        footer = next((line for line in reversed(text.splitlines()) if PAGE_NUMBER.search(line)), None)
        found = PAGE_NUMBER.search(footer) if footer else None
        if not found or [g for g in found.groups() if g] != [str(number), str(pages)]:
            problems.append(f"page {number} has no printed page number '{number} af/of {pages}'")
        titles.append(PAGE_NUMBER.sub("", footer).strip() if footer else "")
    judged = {}   # page number -> fill, for every page but the last of each document
    breaks = texts_after_page_breaks(f"{html_dir}/{name}")
    for number, share in enumerate((fill(*image) for image in page_images(pdf)), 1):
        if number < pages and titles[number] == titles[number - 1] and not begins_with_any(texts[number], breaks):
            judged[number] = share
    for number, share in judged.items():
        if share < FILL_MINIMUM:
            problems.append(f"page {number} is {share:.0%} full (less than {FILL_MINIMUM:.0%})")
    for word in split_words(f"{html_dir}/{name}", pdf):
        problems.append(f"table word '{word}' is split across lines without a hyphen")
    return pages, min(judged.values(), default=None), problems


def main(expectations, html_dir, pdf_dir, *names):
    expected = {}
    with open(expectations, encoding="utf-8") as file:
        for line in file:
            if line.strip() and not line.startswith("#"):
                name, count = line.rstrip("\n").split("\t")
                expected[name] = int(count)
    failed = False
    for name in names:
        pages, least, problems = check(name, html_dir, pdf_dir, expected)
        for problem in problems:
            print(f"{name}: {problem}", file=sys.stderr)
        failed = failed or bool(problems)
        if not problems:
            judged = f"emptiest judged page {least:.0%} full" if least is not None else "no page judged for fill"
            print(f"print ok: {name} ({pages} A4 pages, {judged})")
    for name in sorted(set(expected) - set(os.listdir(html_dir))):
        print(f"{name}: listed in print-expectations.tsv but not a golden HTML file", file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
