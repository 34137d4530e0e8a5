"""The OOXML layer's Word comments: range marks around a paragraph or a cell, taken out again
without a trace, and the comment parts made, edited and dropped (actieplan.ooxml.wordml, wcomments)."""

from __future__ import annotations

import zipfile
from datetime import datetime

import docx
from lxml import etree

from actieplan.ooxml.package import Package
from actieplan.ooxml.wcomments import WordComments
from actieplan.ooxml.wordml import W, mark_range, paragraphs_of, story_paragraphs, text_of, unmark, w

NS = {"w": W}
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def para(xml: str):
    return etree.fromstring(f'<w:p xmlns:w="{W}">{xml}</w:p>')


def test_marks_go_after_the_paragraph_properties_and_come_out_without_a_trace():
    p = para('<w:pPr><w:jc w:val="left"/></w:pPr>\n  <w:r><w:t>Tekst</w:t></w:r>\n')
    before = etree.tostring(p)
    mark_range(p, "7")
    mark_range(p, "8", reference_style="CommentReference")
    kinds = [etree.QName(c).localname for c in p]
    assert kinds == ["pPr", "commentRangeStart", "commentRangeStart", "r", "commentRangeEnd", "r", "commentRangeEnd", "r"]
    assert [c.get(w("id")) for c in p if etree.QName(c).localname == "commentRangeStart"] == ["7", "8"]
    assert p.find("w:r/w:rPr/w:rStyle", NS).get(w("val")) == "CommentReference"
    assert unmark(p, {"7", "8"}) == 6
    assert etree.tostring(p) == before  # the whitespace between the elements too


def test_unmark_keeps_a_run_that_holds_more_than_the_reference_and_other_comments():
    p = para('<w:commentRangeStart w:id="1"/><w:commentRangeStart w:id="2"/><w:r><w:t>a</w:t></w:r>'
             '<w:commentRangeEnd w:id="1"/><w:commentRangeEnd w:id="2"/>'
             '<w:r><w:commentReference w:id="1"/><w:t>b</w:t></w:r><w:r><w:commentReference w:id="2"/></w:r>')
    unmark(p, {"1"})
    assert [c.get(w("id")) for c in p.iter(w("commentRangeStart"), w("commentRangeEnd"), w("commentReference"))] == ["2", "2", "2"]
    assert "".join(p.itertext()) == "ab"


def test_a_cells_range_runs_from_its_first_to_its_last_own_paragraph():
    tc = etree.fromstring(
        f'<w:tc xmlns:w="{W}"><w:tcPr/><w:p><w:r><w:t>een</w:t></w:r></w:p>'
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>genest</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
        '<w:sdt><w:sdtContent><w:p><w:r><w:t>twee</w:t></w:r></w:p></w:sdtContent></w:sdt></w:tc>'
    )
    paras = paragraphs_of(tc)
    assert ["".join(p.itertext()) for p in paras] == ["een", "twee"]
    # a text box at the end of the cell's last paragraph: its paragraphs are not the cell's
    box = etree.SubElement(etree.SubElement(etree.SubElement(paras[1], w("r")), w("pict")), w("txbxContent"))
    etree.SubElement(etree.SubElement(etree.SubElement(box, w("p")), w("r")), w("t")).text = "in het kader"
    assert paragraphs_of(tc) == paras
    mark_range(tc, "3")
    assert paras[0].find("w:commentRangeStart", NS) is not None and paras[1].find("w:commentRangeEnd", NS) is not None


def test_comment_parts_made_then_dropped_when_empty(tmp_path):
    d = docx.Document()
    d.add_paragraph("Eerste alinea")
    src = tmp_path / "d.docx"
    d.save(src)
    pkg = Package(src)
    wc = WordComments(pkg)
    body = wc.document.find(w("body"))
    c = wc.add(body.find(w("p")), ["Kop", "Tekst"], "actieplan", "AP", datetime(2026, 12, 6))
    assert c.id == "0" and len(c.para_id) == 8 and int(c.para_id, 16) < 0x80000000
    assert set(wc.made) == {"word/comments.xml", "word/commentsExtended.xml", "word/commentsIds.xml", "word/commentsExtensible.xml", "word/people.xml"}
    assert wc.root("extended").get(f"{{{MC}}}Ignorable") == "w15"
    assert [(x.author, x.text) for x in wc.comments()] == [("actieplan", "Kop\nTekst")]
    made = set(wc.made)
    assert wc.remove({c.id}) == 1
    wc.drop_person("actieplan")
    wc.drop_parts(made)
    out = tmp_path / "uit.docx"
    pkg.save(out)
    pkg.close()
    with zipfile.ZipFile(src) as s, zipfile.ZipFile(out) as o:
        assert set(o.namelist()) == set(s.namelist())  # every part we made is gone again
        assert b"comments" not in o.read("[Content_Types].xml") and b"comments" not in o.read("word/_rels/document.xml.rels")
        assert o.read("word/document.xml") == s.read("word/document.xml")


def test_text_of_a_paragraph_leaves_out_tab_stops_and_text_boxes():
    p = para('<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Wat</w:t><w:tab/><w:t>?</w:t></w:r>'
             '<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>kader</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>')
    assert text_of(p) == "Wat\t?"
    assert [text_of(q) for q in story_paragraphs(p)] == ["Wat\t?"]
