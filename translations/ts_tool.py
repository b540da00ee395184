#!/usr/bin/env python3
"""Small helper for the Qt .ts files (developer tool, not needed to build).

  ts_tool.py fill-id  tepat_id.ts            every Indonesian "translation" = its source text
  ts_tool.py todo     tepat_en.ts > todo.tsv list unfinished English entries (context, source)
  ts_tool.py apply    tepat_en.ts todo.tsv   take translations from a TSV (context, source, text)

TSV cells escape backslash, tab and newline as \\\\, \\t, \\n. For a plural (%n) message the
English text holds the singular and plural forms separated by " || ".
"""
import sys
import xml.etree.ElementTree as ET


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unesc(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def write(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r", encoding="utf-8") as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>",
                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    with open(path, "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")


def set_translation(message, text):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        forms = text.split(" || ") if isinstance(text, str) else text
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text


def fill_id(path):
    tree = ET.parse(path)
    for _, message in messages(tree):
        source = message.findtext("source")
        set_translation(message, [source] if message.get("numerus") == "yes" else source)
    write(tree, path)


def todo(path):
    tree = ET.parse(path)
    for context, message in messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            print(f"{esc(context)}\t{esc(message.findtext('source'))}")


def apply(path, tsv):
    table = {}
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[2]:
                table[(unesc(parts[0]), unesc(parts[1]))] = unesc(parts[2])
    tree = ET.parse(path)
    done = 0
    for context, message in messages(tree):
        key = (context, message.findtext("source"))
        if key in table:
            set_translation(message, table[key])
            done += 1
    write(tree, path)
    print(f"{done} translations applied", file=sys.stderr)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "fill-id" and len(sys.argv) == 3:
        fill_id(sys.argv[2])
    elif command == "todo" and len(sys.argv) == 3:
        todo(sys.argv[2])
    elif command == "apply" and len(sys.argv) == 4:
        apply(sys.argv[2], sys.argv[3])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
