#!/usr/bin/env python3
"""Refreshes resources/translations/kexue_lab_zh_CN.ts from the whole tree.

  scripts/update-translations.py BUILD_DIR

1. Regenerates resources/translations/schema_strings.cpp (the parameter
   schemas' labels, descriptions and choice names, which live in core/ without
   Qt) by running the translation test with KX_WRITE_SCHEMA_STRINGS=1; build
   test_widgets_translation in BUILD_DIR first.
2. Runs lupdate over widgets/, app/ and resources/translations/ into a fresh
   file, names the contexts as Qt looks them up, and carries over every
   existing translation with the same context and source; strings no longer
   in the sources are dropped. (lupdate 6.4 does not understand
   "namespace kx::widgets {": it names the contexts of tr() after the bare
   class name, while tr() looks them up by the qualified one.)
New strings come out as type="unfinished": translate them (Qt Linguist or an
editor); the translation test fails while any is left.
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from xml.sax import saxutils
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources/translations/kexue_lab_zh_CN.ts"
SOURCES = ["widgets", "app", "resources/translations"]


def qualified_classes():
    """Bare class name -> namespace, from the class definitions under widgets/ and app/."""
    names = {}
    for top in ("widgets", "app"):
        for path in (ROOT / top).rglob("*"):
            if path.suffix not in (".h", ".cpp"):
                continue
            namespace = None
            for line in path.read_text(encoding="utf-8").splitlines():
                m = re.match(r"namespace ([\w:]+) \{", line)
                if m:
                    namespace = m.group(1)
                m = re.match(r"class (\w+)\b[^;]*$", line)
                if m and namespace:
                    names[m.group(1)] = namespace
    return names


def esc(text):
    return saxutils.escape(text, {'"': "&quot;", "'": "&apos;"})


def write_element(out, el, depth):
    """Writes `el` as lupdate does: one element per line, text escaped."""
    pad = "    " * depth
    attrs = "".join(f' {k}="{esc(v)}"' for k, v in el.attrib.items())
    if len(el) == 0:
        if el.tag == "location":
            out.append(f"{pad}<{el.tag}{attrs}/>")
        else:
            out.append(f"{pad}<{el.tag}{attrs}>{esc(el.text or '')}</{el.tag}>")
        return
    if el.tag == "translation":  # numerus forms
        inner = "".join(f"\n{pad}    <numerusform>{esc(n.text or '')}</numerusform>" for n in el)
        out.append(f"{pad}<{el.tag}{attrs}>{inner}\n{pad}</{el.tag}>")
        return
    out.append(f"{pad}<{el.tag}{attrs}>")
    for child in el:
        write_element(out, child, depth + 1)
    out.append(f"{pad}</{el.tag}>")


def merge(fresh_path, old_path, qualify):
    """The fresh lupdate output with qualified contexts (duplicates joined) and the old translations."""
    old = {}
    for ctx in ET.parse(old_path).getroot().iter("context"):
        for msg in ctx.iter("message"):
            key = (ctx.findtext("name"), msg.findtext("source"), msg.findtext("comment"))
            tr = msg.find("translation")
            if tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete"):
                old[key] = tr
    contexts = {}
    for ctx in ET.parse(fresh_path).getroot().iter("context"):
        name = ctx.findtext("name")
        name = qualify.get(name, name)
        contexts.setdefault(name, []).extend(ctx.iter("message"))
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="zh_CN">']
    unfinished = 0
    for name in sorted(contexts):
        out += ["<context>", f"    <name>{esc(name)}</name>"]
        for msg in contexts[name]:
            key = (name, msg.findtext("source"), msg.findtext("comment"))
            msg.remove(msg.find("translation"))
            tr = old.get(key)
            if tr is None:
                tr = ET.Element("translation", {"type": "unfinished"})
                unfinished += 1
            msg.append(tr)
            write_element(out, msg, 1)
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n", unfinished


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    build = Path(sys.argv[1]).resolve()
    test = build / "tests/widgets/shell/test_widgets_translation"
    if not test.exists():
        sys.exit(f"{test} is missing: cmake --build {build} --target test_widgets_translation")
    env = dict(os.environ, KX_WRITE_SCHEMA_STRINGS="1", QT_QPA_PLATFORM="offscreen")
    subprocess.run([str(test), "--gtest_filter=*SchemaStringsFile*"], env=env, check=True,
                   stdout=subprocess.DEVNULL)

    qualify = {name: f"{ns}::{name}" for name, ns in qualified_classes().items()}
    fresh = TS.with_name(".lupdate-fresh.ts")
    lupdate = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")
    try:
        subprocess.run([lupdate, "-locations", "relative", *SOURCES, "-ts", str(fresh)], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        text, unfinished = merge(fresh, TS, qualify)
    finally:
        fresh.unlink(missing_ok=True)
    TS.write_text(text, encoding="utf-8")
    print(f"{TS.relative_to(ROOT)}: {unfinished} unfinished")


if __name__ == "__main__":
    main()
