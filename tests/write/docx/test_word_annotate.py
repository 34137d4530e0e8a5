"""The annotated Word document: a comment of ours per finding on the text it is about, and
nothing else of the user's document changed (issue 22)."""

from __future__ import annotations

import hashlib
import zipfile
from collections import Counter
from datetime import datetime

import docx
import pytest
from word_annotate_docs import NS, W, anchors, finding, report_for, write_document
from lxml import etree

from actieplan.model import Severity
from actieplan.ooxml.package import Package
from actieplan.ooxml.wcomments import WordComments
from actieplan.write.worddoc import AUTHOR, annotate_docx, clean_docx, is_annotated

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
ALLOWED = {
    "word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels", "word/comments.xml",
    "word/commentsExtended.xml", "word/commentsIds.xml", "word/commentsExtensible.xml", "word/people.xml",
    "docProps/custom.xml", "_rels/.rels",
}


def part(path, name):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def comments_of(path):
    """{w:id: (author, [paragraph texts])}"""
    out = {}
    for c in part(path, "word/comments.xml").iter(f"{{{W}}}comment"):
        texts = ["".join(t.text or "" for t in p.iter(f"{{{W}}}t")) for p in c.findall("w:p", NS)]
        out[c.get(f"{{{W}}}id")] = (c.get(f"{{{W}}}author"), texts)
    return out


def ours(path):
    return {cid: texts for cid, (author, texts) in comments_of(path).items() if author == AUTHOR}


def block_of(path, anchor):
    return part(path, "word/document.xml").getroottree().find(anchor)


def commented_ids(block):
    """The ids whose range starts in the block's first paragraph and ends (with its reference) in its last."""
    paras = [p for p in block.iter(f"{{{W}}}p")]
    starts = {el.get(f"{{{W}}}id") for el in paras[0].findall("w:commentRangeStart", NS)}
    ends = {el.get(f"{{{W}}}id") for el in paras[-1].findall("w:commentRangeEnd", NS)}
    refs = {el.get(f"{{{W}}}id") for el in paras[-1].findall("w:r/w:commentReference", NS)}
    return starts & ends & refs


def message_ids(path, message):
    return [cid for cid, texts in ours(path).items() if texts[-1] == message]


@pytest.fixture
def annotated(plan_docx, tmp_path):
    a = anchors(plan_docx)
    findings = [
        finding("De beschrijving is te kort.", a["wat"], Severity.WARNING),
        finding("Trekker ontbreekt.", a["trekker-leeg"], label="Trekker"),
        finding("Het doel ontbreekt in de beschrijving.", a["wat"]),
        finding("De aanpak noemt geen mijlpalen.", a["hoe"], Severity.INFO, label="Hoe?"),
    ]
    target = tmp_path / "plan.gecontroleerd.docx"
    before = hashlib.sha256(plan_docx.read_bytes()).hexdigest()
    annotate_docx(plan_docx, report_for(plan_docx, findings), target)
    assert hashlib.sha256(plan_docx.read_bytes()).hexdigest() == before  # the user's file is only read
    return plan_docx, target, a


def test_each_comment_sits_on_the_text_it_is_about(annotated):
    source, target, a = annotated
    for key, message in [("trekker-leeg", "Trekker ontbreekt."), ("wat", "De beschrijving is te kort."),
                         ("wat", "Het doel ontbreekt in de beschrijving."), ("hoe", "De aanpak noemt geen mijlpalen.")]:
        (cid,) = message_ids(target, message)
        assert cid in commented_ids(block_of(target, a[key])), (key, message)
    # a cell of two paragraphs: the range runs from its first to its last
    hoe = block_of(target, a["hoe"])
    paras = hoe.findall("w:p", NS)
    assert len(paras) == 2 and paras[0].find("w:commentRangeStart", NS) is not None
    assert paras[1].find("w:commentRangeEnd", NS) is not None
    # nowhere else
    doc = part(target, "word/document.xml")
    assert Counter(el.get(f"{{{W}}}id") for el in doc.iter(f"{{{W}}}commentReference")) == Counter(
        {cid: 1 for cid in comments_of(target)})
    assert comments_of(target)[message_ids(target, "Trekker ontbreekt.")[0]][1][0] == "Fout (test-regel)"


def test_errors_first_on_one_place(annotated):
    _, target, a = annotated
    wat = block_of(target, a["wat"])
    order = [el.get(f"{{{W}}}id") for el in wat.iter(f"{{{W}}}commentRangeStart")]
    assert order == message_ids(target, "Het doel ontbreekt in de beschrijving.") + message_ids(target, "De beschrijving is te kort.")


def test_every_other_part_is_byte_identical_and_copied_raw(annotated):
    source, target, _ = annotated
    with zipfile.ZipFile(source) as s, zipfile.ZipFile(target) as t:
        src = {i.filename: i for i in s.infolist()}
        out = {i.filename: i for i in t.infolist()}
        assert set(src) <= set(out) and set(out) - set(src) <= ALLOWED
        for name, info in src.items():
            if name in ALLOWED:
                continue
            assert t.read(name) == s.read(name), name
            assert (out[name].CRC, out[name].compress_size) == (info.CRC, info.compress_size), name
        assert "word/header1.xml" in src and any(n.startswith("word/media/") for n in src)  # the header and image were there


def test_the_document_part_changes_only_by_our_marks(annotated):
    source, target, _ = annotated
    clean = target.with_name("schoon.docx")
    assert clean_docx(target, clean)
    with zipfile.ZipFile(source) as s, zipfile.ZipFile(clean) as c:
        assert c.read("word/document.xml") == s.read("word/document.xml")
        assert set(c.namelist()) == set(s.namelist())  # the parts we made are gone again
        assert c.read("word/comments.xml") == s.read("word/comments.xml")  # the user's comment, as it was
    assert not is_annotated(clean) and is_annotated(target) and not is_annotated(source)
    assert not clean_docx(source, target.with_name("niets.docx"))
    assert not target.with_name("niets.docx").exists()


def test_ids_unique_and_parts_consistent(annotated):
    _, target, _ = annotated
    comments = part(target, "word/comments.xml")
    ids = [c.get(f"{{{W}}}id") for c in comments.iter(f"{{{W}}}comment")]
    assert len(ids) == len(set(ids)) == 5  # the user's one and our four
    with zipfile.ZipFile(target) as z:
        para_ids = [el.get(f"{{{W14}}}paraId") for name in z.namelist() if name.endswith(".xml")
                    for el in etree.fromstring(z.read(name)).iter() if el.get(f"{{{W14}}}paraId")]
    assert len(para_ids) == len(set(para_ids))
    last = {c.get(f"{{{W}}}id"): c.findall("w:p", NS)[-1].get(f"{{{W14}}}paraId") for c in comments.iter(f"{{{W}}}comment")
            if c.get(f"{{{W}}}author") == AUTHOR}
    ex = {el.get(f"{{{W15}}}paraId") for el in part(target, "word/commentsExtended.xml")}
    cid = part(target, "word/commentsIds.xml")
    durable = {el.get("{http://schemas.microsoft.com/office/word/2016/wordml/cid}durableId") for el in cid}
    cex = {el.get("{http://schemas.microsoft.com/office/word/2018/wordml/cex}durableId") for el in part(target, "word/commentsExtensible.xml")}
    assert set(last.values()) == ex and len(durable) == 4 and durable == cex
    people = part(target, "word/people.xml")
    assert [p.get(f"{{{W15}}}author") for p in people] == [AUTHOR]
    types = etree.tostring(part(target, "[Content_Types].xml")).decode()
    assert "wordprocessingml.comments+xml" in types and "commentsExtensible+xml" in types


def test_a_recheck_replaces_ours_and_keeps_the_users_comments_and_replies(annotated, tmp_path):
    source, target, a = annotated
    # the user replies to a comment of ours and to their own in the annotated copy (as Word writes a reply)
    pkg = Package(target)
    wc = WordComments(pkg)
    ours_before = {c.id: c for c in wc.comments() if c.author == AUTHOR}
    trekker = next(c for c in ours_before.values() if c.text.endswith("Trekker ontbreekt."))
    reply = wc.add(wc.document.getroottree().find(a["trekker-leeg"]), ["Wordt aangevuld."], "Sofie Peeters", "SP",
                   datetime(2026, 12, 7))
    for ex in wc.root("extended"):
        if ex.get(f"{{{W15}}}paraId") == reply.para_id:
            ex.set(f"{{{W15}}}paraIdParent", trekker.para_id)
    edited = tmp_path / "plan.gecontroleerd-bewerkt.docx"
    pkg.save(edited)
    pkg.close()

    again = tmp_path / "plan.gecontroleerd-2.docx"
    annotate_docx(edited, report_for(edited, [finding("Nieuw: titel ontbreekt.", a["groep"])]), again)
    now = comments_of(again)
    assert {texts[-1] for author, texts in now.values() if author == AUTHOR} == {"Nieuw: titel ontbreekt."}
    users = {texts[-1] for author, texts in now.values() if author != AUTHOR}
    assert users == {"Klopt de naam?", "Wordt aangevuld."}
    # the reply stays, now a comment of its own (its parent is gone), still on its text
    ex = part(again, "word/commentsExtended.xml")
    assert all(el.get(f"{{{W15}}}paraIdParent") is None for el in ex)
    assert reply.para_id in {el.get(f"{{{W15}}}paraId") for el in ex}  # the reply's entries stay in every part
    cid = part(again, "word/commentsIds.xml")
    assert reply.para_id in {el.get("{http://schemas.microsoft.com/office/word/2016/wordml/cid}paraId") for el in cid}
    assert [p.get(f"{{{W15}}}author") for p in part(again, "word/people.xml")] == ["Sofie Peeters", AUTHOR]
    reply_id = next(cid for cid, (author, texts) in now.items() if texts[-1] == "Wordt aangevuld.")
    assert reply_id in commented_ids(block_of(again, a["trekker-leeg"]))
    doc = part(again, "word/document.xml")
    marks = {el.get(f"{{{W}}}id") for el in doc.iter(f"{{{W}}}commentRangeStart", f"{{{W}}}commentRangeEnd",
                                                       f"{{{W}}}commentReference")}
    assert marks == set(now)  # none of the old comments' marks left
    assert len(ours_before) == 4


def test_findings_without_an_anchor_go_on_their_heading_or_the_first_paragraph(plan_docx, tmp_path):
    target = tmp_path / "uit.docx"
    findings = [finding("Over de hele fiche.", None), finding("Over het document.", None, section=None),
                finding("Plaats verdwenen.", "{%s}body/{%s}tbl[9]/{%s}tr[1]/{%s}tc[1]" % (W, W, W, W), section=None)]
    annotate_docx(plan_docx, report_for(plan_docx, findings), target)
    doc = part(target, "word/document.xml")
    paras = [p for p in doc.iter(f"{{{W}}}p") if "".join(p.itertext()).strip()]
    heading = next(p for p in paras if "".join(p.itertext()) == "Actie 1.1.1 Buurtpunten uitbouwen")
    assert message_ids(target, "Over de hele fiche.")[0] in commented_ids(heading)
    first = {message_ids(target, m)[0] for m in ("Over het document.", "Plaats verdwenen.")}
    assert first <= commented_ids(paras[0])


def test_without_findings_only_our_marker_is_added(plan_docx, tmp_path):
    target = tmp_path / "uit.docx"
    annotate_docx(plan_docx, report_for(plan_docx, []), target)
    with zipfile.ZipFile(plan_docx) as s, zipfile.ZipFile(target) as t:
        assert set(t.namelist()) - set(s.namelist()) == {"docProps/custom.xml"}
        assert t.read("word/document.xml") == s.read("word/document.xml")
    assert is_annotated(target)


def test_a_document_without_comments_gets_every_comment_part(tmp_path):
    source = write_document(tmp_path / "kaal.docx", user_comment=False)
    a = anchors(source)
    target = tmp_path / "kaal.gecontroleerd.docx"
    annotate_docx(source, report_for(source, [finding("Leeg.", a["trekker-leeg"])]), target)
    rels = part(target, "word/_rels/document.xml.rels")
    kinds = {r.get("Type").rsplit("/", 1)[-1] for r in rels}
    assert {"comments", "commentsExtended", "commentsIds", "commentsExtensible", "people"} <= kinds
    clean = tmp_path / "schoon.docx"
    assert clean_docx(target, clean)
    with zipfile.ZipFile(source) as s, zipfile.ZipFile(clean) as c:
        assert set(c.namelist()) == set(s.namelist())
        assert c.read("word/document.xml") == s.read("word/document.xml")
        rels = etree.fromstring(c.read("word/_rels/document.xml.rels"))
        assert not any("comments" in r.get("Type") for r in rels)


def test_words_comment_styles_only_where_the_document_defines_them(tmp_path):
    from docx.enum.style import WD_STYLE_TYPE

    plain = write_document(tmp_path / "kaal.docx", user_comment=False)
    styled = tmp_path / "gestijld.docx"
    d = docx.Document(str(plain))
    d.styles.add_style("CommentText", WD_STYLE_TYPE.PARAGRAPH)
    d.styles.add_style("CommentReference", WD_STYLE_TYPE.CHARACTER)
    d.save(styled)
    for source, expect in [(plain, set()), (styled, {"CommentText", "CommentReference"})]:
        target = tmp_path / f"uit-{source.stem}.docx"
        annotate_docx(source, report_for(source, [finding("Leeg.", anchors(source)["trekker-leeg"])]), target)
        used = {el.get(f"{{{W}}}val") for name in ("word/comments.xml", "word/document.xml")
                for el in part(target, name).iter(f"{{{W}}}pStyle", f"{{{W}}}rStyle")}
        assert used & {"CommentText", "CommentReference"} == expect


def test_the_users_own_custom_properties_stay(plan_docx, tmp_path):
    from actieplan.ooxml import docprops
    from actieplan.ooxml.contenttypes import ContentTypes

    own = tmp_path / "eigen.docx"
    pkg = Package(plan_docx)
    docprops.set_properties(pkg, ContentTypes(pkg), {"Dossiernummer": "ZR-17"}, "Dossier")
    pkg.save(own)
    pkg.close()
    target = tmp_path / "eigen.gecontroleerd.docx"
    annotate_docx(own, report_for(own, [finding("Leeg.", anchors(own)["trekker-leeg"])]), target)
    with zipfile.ZipFile(target) as z:
        props = docprops.read_properties(z.read("docProps/custom.xml"))
    assert props["Dossiernummer"] == "ZR-17" and props["actieplan-output-of"] == "0123abcd"
    clean = tmp_path / "schoon.docx"
    assert clean_docx(target, clean)
    with zipfile.ZipFile(clean) as z:
        assert docprops.read_properties(z.read("docProps/custom.xml")) == {"Dossiernummer": "ZR-17"}


def test_a_message_with_line_breaks_and_control_characters(plan_docx, tmp_path):
    target = tmp_path / "uit.docx"
    message = "Eerste regel: 'a\x0bb'\nTweede regel."
    annotate_docx(plan_docx, report_for(plan_docx, [finding(message, anchors(plan_docx)["wat"])]), target)
    (texts,) = ours(target).values()
    assert texts == ["Fout (test-regel)", "Eerste regel: 'a\u240bb'", "Tweede regel."]


def test_a_text_box_on_the_first_page_gets_no_comment(tmp_path):
    source = tmp_path / "kader.docx"
    d = docx.Document()
    box = d.add_paragraph()
    box._p.append(etree.fromstring(
        f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        '<w:p><w:r><w:t>Logo van de zorgraad</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    d.add_paragraph("Actieplan 2026")
    d.save(source)
    target = tmp_path / "uit.docx"
    p_in_box = f"{{{W}}}body/{{{W}}}p[1]/{{{W}}}r/{{{W}}}pict/{{urn:schemas-microsoft-com:vml}}shape/{{urn:schemas-microsoft-com:vml}}textbox/{{{W}}}txbxContent/{{{W}}}p"
    annotate_docx(source, report_for(source, [finding("Over het document.", None, section=None),
                                              finding("In het kader.", p_in_box, section=None)]), target)
    doc = part(target, "word/document.xml")
    assert not list(doc.iter(f"{{{W}}}txbxContent"))[0].findall(".//w:commentRangeStart", NS)
    title = [p for p in doc.findall("w:body/w:p", NS)][1]
    assert len(commented_ids(title)) == 2


def test_new_para_ids_avoid_those_the_document_uses(plan_docx, tmp_path):
    """Word gives every paragraph a w14:paraId; ours never take one of them."""
    first = tmp_path / "eerst.docx"
    finding_ = [finding("Leeg.", anchors(plan_docx)["trekker-leeg"])]
    annotate_docx(plan_docx, report_for(plan_docx, finding_), first)
    taken = [p.get(f"{{{W14}}}paraId") for c in part(first, "word/comments.xml").iter(f"{{{W}}}comment")
             if c.get(f"{{{W}}}author") == AUTHOR for p in c.findall("w:p", NS)]
    # the same document, its paragraphs carrying exactly the ids the first run gave our comment
    busy = tmp_path / "bezet.docx"
    with zipfile.ZipFile(plan_docx) as src, zipfile.ZipFile(busy, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                root = etree.fromstring(data)
                for p, value in zip(root.iter(f"{{{W}}}p"), taken):
                    p.set(f"{{{W14}}}paraId", value)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            out.writestr(info, data)
    target = tmp_path / "uit.docx"
    annotate_docx(busy, report_for(busy, finding_), target)
    with zipfile.ZipFile(target) as z:
        ids = [el.get(f"{{{W14}}}paraId") for name in ("word/document.xml", "word/comments.xml")
               for el in etree.fromstring(z.read(name)).iter() if el.get(f"{{{W14}}}paraId")]
    assert set(taken) <= set(ids) and len(ids) == len(set(ids))
