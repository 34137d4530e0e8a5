"""One layer for OPC packages (.xlsx now, .docx next). It knows no finding, no report and no
Dutch, and imports nothing else of actieplan.

ns          every namespace, relationship type and content type
xml         the safe parser settings every reader and editor of parts uses
package     a zip package edited without loss (members not edited are copied raw)
rels        a part's relationships and the one resolver of their targets
contenttypes, workbook (the one sheet list), styles, docprops (custom document properties)
cellref     column letters and cell references
sheet       SheetEditor (the Protocol) and the tree editor; sheetstream: the stream editor
comments, vml   a sheet's legacy notes and the drawing that shows them
wordml      a .docx's namespaces, main document part and comment range marks
wcomments   a .docx's comment parts (comments, commentsExtended, commentsIds, commentsExtensible, people)
"""
