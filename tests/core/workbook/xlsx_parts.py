"""Writes minimal .xlsx packages part by part, the way other generators (LibreOffice, scripts,
Dinsos's tools) do: inline strings, cells without references, cached formula results, macros,
hostile content. Used by TestXlsxReader next to workbooks written by openpyxl itself."""
import zipfile

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Default Extension="rels" '
                 'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '</Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
             'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'


def sheet_xml(body, before=''):
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}" xmlns:r="{REL}">'
            f'{before}<sheetData>{body}</sheetData></worksheet>')


def write_package(path, sheets, shared=None, date1904=False, styles=None, extra=None,
                  raw_sheets=False):
    """sheets: list of (name, sheetData body or whole XML when raw_sheets)."""
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CONTENT_TYPES)
        z.writestr('_rels/.rels', ROOT_RELS)
        pr = '<workbookPr date1904="1"/>' if date1904 else ''
        entries = ''.join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                          for i, (n, _) in enumerate(sheets))
        z.writestr('xl/workbook.xml', f'<?xml version="1.0" encoding="UTF-8"?>'
                   f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">{pr}<sheets>{entries}</sheets>'
                   f'</workbook>')
        rels = ''.join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" '
                       f'Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
        n = len(sheets)
        if shared is not None:
            rels += f'<Relationship Id="rId{n + 1}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        if styles is not None:
            rels += f'<Relationship Id="rId{n + 2}" Type="{REL}/styles" Target="styles.xml"/>'
        z.writestr('xl/_rels/workbook.xml.rels',
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                   f'openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        for i, (_, body) in enumerate(sheets):
            z.writestr(f'xl/worksheets/sheet{i + 1}.xml', body if raw_sheets else sheet_xml(body))
        if shared is not None:
            items = ''.join(f'<si>{s}</si>' for s in shared)
            z.writestr('xl/sharedStrings.xml', f'<?xml version="1.0" encoding="UTF-8"?>'
                       f'<sst xmlns="{MAIN}" count="{len(shared)}">{items}</sst>')
        if styles is not None:
            z.writestr('xl/styles.xml', f'<?xml version="1.0" encoding="UTF-8"?>'
                       f'<styleSheet xmlns="{MAIN}">{styles}</styleSheet>')
        for name, data in (extra or {}).items():
            z.writestr(name, data)
