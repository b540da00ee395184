#!/usr/bin/env python3
"""Reads an .xlsx with openpyxl (the independent reader of the workbook tests) and prints it as
JSON: per sheet its frozen panes, column widths, data validations and every cell's type and value
(str, int, float, bool, date - a cell whose number format is a date -, none)."""
import datetime
import json
import sys

import openpyxl


def cell(c):
    v = c.value
    if v is None:
        return {'t': 'none'}
    if isinstance(v, bool):
        return {'t': 'bool', 'v': v}
    if isinstance(v, (datetime.datetime, datetime.date)):
        return {'t': 'date', 'v': v.isoformat(), 'fmt': c.number_format}
    if isinstance(v, int):
        return {'t': 'int', 'v': v}
    if isinstance(v, float):
        return {'t': 'float', 'v': v}
    return {'t': 'str', 'v': str(v), 'fmt': c.number_format, 'bold': bool(c.font and c.font.b)}


def main(path):
    book = openpyxl.load_workbook(path)
    sheets = []
    for ws in book.worksheets:
        widths = {}
        for key, dim in ws.column_dimensions.items():
            for col in range(dim.min or 0, (dim.max or 0) + 1):
                if col > 0:
                    widths[openpyxl.utils.get_column_letter(col)] = dim.width
        validations = [{'sqref': str(dv.sqref), 'type': dv.type, 'formula1': dv.formula1}
                       for dv in ws.data_validations.dataValidation]
        sheets.append({'name': ws.title, 'freeze': ws.freeze_panes, 'widths': widths,
                       'autofilter': ws.auto_filter.ref, 'validations': validations,
                       'rows': [[cell(c) for c in row] for row in ws.iter_rows()]})
    json.dump({'sheets': sheets}, sys.stdout)


if __name__ == '__main__':
    main(sys.argv[1])
