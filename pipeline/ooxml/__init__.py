"""One layer for OPC packages (.xlsx now, .docx next): parts, relationships, cell references, sheet editing. It knows no finding, no report and no Dutch."""
