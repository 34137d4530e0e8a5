"""Every namespace, relationship type and content type of the OPC packages we read and edit,
declared once (ECMA-376 part 1 and 2; the Microsoft extensions where a part needs them)."""

from __future__ import annotations

# -- XML namespaces
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart"
CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
V = "urn:schemas-microsoft-com:vml"
O = "urn:schemas-microsoft-com:office:office"
X = "urn:schemas-microsoft-com:office:excel"
XML = "http://www.w3.org/XML/1998/namespace"

# -- relationship types
REL_DOC = R + "/officeDocument"
REL_DOC_STRICT = R_STRICT + "/officeDocument"
REL_WORKSHEET = R + "/worksheet"
REL_STYLES = R + "/styles"
REL_SHARED_STRINGS = R + "/sharedStrings"
REL_COMMENTS = R + "/comments"
REL_VML = R + "/vmlDrawing"
REL_DRAWING = R + "/drawing"
REL_CHART = R + "/chart"
REL_CUSTOM_XML = R + "/customXml"
REL_CUSTOM_XML_PROPS = R + "/customXmlProps"
REL_CUSTOM_PROPS = R + "/custom-properties"
REL_THREADED = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment"

# -- content types
_OFFICE = "application/vnd.openxmlformats-officedocument"
CT_WORKBOOK = _OFFICE + ".spreadsheetml.sheet.main+xml"
CT_WORKSHEET = _OFFICE + ".spreadsheetml.worksheet+xml"
CT_COMMENTS = _OFFICE + ".spreadsheetml.comments+xml"
CT_STYLES = _OFFICE + ".spreadsheetml.styles+xml"
CT_VML = _OFFICE + ".vmlDrawing"
CT_DRAWING = _OFFICE + ".drawing+xml"
CT_CHART = _OFFICE + ".drawingml.chart+xml"
CT_CUSTOM_XML_PROPS = _OFFICE + ".customXmlProperties+xml"
CT_CUSTOM_PROPS = _OFFICE + ".custom-properties+xml"
CT_XLSX = _OFFICE + ".spreadsheetml.sheet"  # the package itself (a download's or an attachment's type)
CT_XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12"  # a workbook with macros, itself
CT_XLSM_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
CT_XML = "application/xml"


def q(tag: str, ns: str = MAIN) -> str:
    """Clark notation: ``{namespace}tag``."""
    return f"{{{ns}}}{tag}"


def local(el) -> str:
    """An element's tag without its namespace ('' for a comment or processing instruction)."""
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1]
