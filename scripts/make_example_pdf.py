"""Generate ``examples/pdf/basic_treaty_1972.pdf``, an encyclopedia-style example article.

The article text lives in this script (the PDF is committed next to it). All wording is the
Diplomatica project's own. Only core PDF fonts are used, so the text must stay Latin-1.

Usage: ``.venv/bin/python scripts/make_example_pdf.py [output.pdf]``
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

TITLE = "Basic Treaty (1972)"

PARAGRAPHS: tuple[str, ...] = (
    "Illustrative encyclopedia article written for the Diplomatica example corpus. "
    "The wording is the project's own.",
    "The Treaty concerning the Basis of Relations between the Federal Republic of Germany and "
    "the German Democratic Republic, usually called the Basic Treaty (Grundlagenvertrag), was "
    "signed in East Berlin on 21 December 1972 by Egon Bahr, Federal Minister for Special "
    "Affairs, and Michael Kohl, State Secretary of the East German Council of Ministers. It "
    "entered into force on 21 June 1973.",
    "Background",
    "The treaty was a central part of the Ostpolitik of Willy Brandt, who was Chancellor from "
    "1969 to 1974. On 19 March 1970 Brandt travelled to Erfurt and met Willi Stoph, Chairman of "
    "the East German Council of Ministers; two months later, on 21 May 1970, Stoph came to "
    "Kassel for a second meeting. The Federal Republic signed a treaty with the Soviet Union in "
    "Moscow on 12 August 1970 and a treaty with Poland in Warsaw on 7 December 1970. The four "
    "powers signed their agreement on Berlin on 3 September 1971. Bahr and Kohl then concluded "
    "a transit agreement on 17 December 1971 and a traffic treaty on 26 May 1972.",
    "Negotiation and content",
    "Talks on a general treaty continued through the summer and autumn of 1972. The text was "
    "initialled on 8 November 1972, eleven days before the Bundestag election, and was signed "
    "the following month. In it the two states undertook to develop normal, good-neighbourly "
    "relations on the basis of equal rights, affirmed the inviolability of the border between "
    "them, and agreed that neither could represent the other internationally. Instead of "
    "embassies they agreed to exchange permanent missions. The government of Bavaria asked the "
    "Federal Constitutional Court to review the treaty; on 31 July 1973 the court ruled that it "
    "was compatible with the Basic Law. Both German states were admitted to the United Nations "
    "on 18 September 1973.",
    "Permanent missions",
    "A protocol on the establishment of the permanent missions was signed on 14 March 1974, and "
    "the missions opened in Bonn and East Berlin on 2 May 1974. Günter Gaus headed the West "
    "German mission in East Berlin from 1974 to 1981. He was succeeded in 1981 by Klaus "
    "Bölling, and Bölling in 1982 by Hans Otto Bräutigam, who remained in East Berlin until "
    "1989. Michael Kohl was the first head of the East German mission in Bonn and served there "
    "until 1978, when he was succeeded by Ewald Moldt.",
    "Later relations",
    "Chancellor Helmut Schmidt visited the GDR in December 1981 and held talks with Erich "
    "Honecker at Lake Werbellin. In 1983 a consortium of West German banks granted the GDR a "
    "credit of one billion Deutsche Mark, guaranteed by the federal government; a year later a "
    "second credit of 950 million Deutsche Mark followed. From 7 to 11 September 1987 Honecker "
    "paid an official working visit to the Federal Republic and was received in Bonn by "
    "Chancellor Helmut Kohl, the first such visit by an East German head of state.",
    "The treaty lost its object with German unification. The Unification Treaty was signed in "
    "East Berlin on 31 August 1990, and the permanent missions were closed when Germany was "
    "unified on 3 October 1990.",
)

HEADINGS = frozenset(
    {"Background", "Negotiation and content", "Permanent missions", "Later relations"}
)


def build_pdf() -> FPDF:
    """Return an FPDF document holding the article (title, headings, body paragraphs)."""
    pdf = FPDF(format="A4")
    pdf.set_title(TITLE)
    pdf.set_author("Diplomatica project")
    # A fixed creation date keeps the committed PDF byte-for-byte reproducible.
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=16)
    pdf.multi_cell(0, 9, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for paragraph in PARAGRAPHS:
        if paragraph in HEADINGS:
            pdf.set_font("Helvetica", style="B", size=12)
            pdf.multi_cell(0, 7, paragraph, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Times", size=11)
            pdf.multi_cell(0, 5.5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return pdf


def main(argv: list[str]) -> int:
    """Write the PDF to ``argv[1]`` or to the default path; return the process exit code."""
    default = Path(__file__).resolve().parents[1] / "examples" / "pdf" / "basic_treaty_1972.pdf"
    output = Path(argv[1]) if len(argv) > 1 else default
    output.parent.mkdir(parents=True, exist_ok=True)
    build_pdf().output(str(output))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
