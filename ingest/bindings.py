"""A DOCX's content controls bound to its stored data, shown as Word shows them.

A content control may be bound (``w:dataBinding``) to a value in one of the package's custom XML
parts – a SharePoint library's columns ("BeviljatBelopp", "Handläggare"), a case system's
fields. Word shows the stored value, not the text saved inside the control, which is only the
value last displayed: round 189's committee extract showed its draft's "4 200 000" and "Lena
Friberg" there while the library held the decided 4 480 000 and Johan Abrahamsson.
"""
from __future__ import annotations

import datetime
import io
import re
import zipfile

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DS = "{http://schemas.openxmlformats.org/officeDocument/2006/customXml}"
_PARTS = re.compile(r"word/(?:document|header\d*|footer\d*)\.xml")
_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december")


def bound_document(source):
    """The package (a path or a file object) with each bound control's text set to the value
    its binding names, in memory (a file object); None when no control is bound or none of
    the values it names can be found – the package is read as it is."""
    from lxml import etree

    try:
        with zipfile.ZipFile(source) as z:
            names = z.namelist()
            parts = {n: z.read(n) for n in names if _PARTS.fullmatch(n)}
            if not any(b"dataBinding" in data for data in parts.values()):
                return None
            stores = _stores(z, names, etree)
            if not stores:
                return None
            changed = {}
            for name, data in parts.items():
                if b"dataBinding" not in data:
                    continue
                root = etree.fromstring(data)
                if _bind(root, stores):
                    changed[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            if not changed:
                return None
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
                for info in z.infolist():
                    w.writestr(info.filename, changed.get(info.filename) or z.read(info))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, etree.XMLSyntaxError):
        return None
    if hasattr(source, "seek"):
        source.seek(0)
    out.seek(0)
    return out


def _stores(z: zipfile.ZipFile, names: list[str], etree) -> dict[str, object]:
    """The custom XML parts by their store item id ("{6E3A…}") → their parsed root."""
    out = {}
    for name in names:
        m = re.fullmatch(r"customXml/item(\d+)\.xml", name)
        if not m:
            continue
        props = f"customXml/itemProps{m.group(1)}.xml"
        rels = f"customXml/_rels/item{m.group(1)}.xml.rels"
        if rels in names:
            target = re.search(rb'Target="([^"]+)"', z.read(rels))
            if target:
                props = "customXml/" + target.group(1).decode().split("/")[-1]
        if props not in names:
            continue
        ident = etree.fromstring(z.read(props)).get(f"{_DS}itemID")
        if ident:
            out[ident.upper()] = etree.fromstring(z.read(name))
    return out


def _resolve(root, xpath: str):
    """The element an XPath of named steps ("/ns0:properties[1]/documentManagement[1]/ns3:X[1]")
    names, matched by local names – the prefixes' namespaces as stores write them vary."""
    steps = [s for s in xpath.strip().split("/") if s]
    node = None
    for k, step in enumerate(steps):
        m = re.fullmatch(r"(?:[\w.-]+:)?([\w.-]+)(?:\[(\d+)\])?", step)
        if not m:
            return None
        local, index = m.group(1), int(m.group(2) or 1)
        if k == 0:
            node = root if _local(root.tag) == local and index == 1 else None
        else:
            same = [c for c in node if isinstance(c.tag, str) and _local(c.tag) == local]
            node = same[index - 1] if len(same) >= index else None
        if node is None:
            return None
    return node


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _shown(value: str, pr) -> str:
    """A bound date as its control's date format writes it ("yyyy-MM-dd", "d MMMM yyyy")."""
    date = pr.find(f"{_W}date")
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T[\d:.]+Z?)?", value)
    if date is None or not m:
        return value
    day = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    fmt_el = date.find(f"{_W}dateFormat")
    fmt = fmt_el.get(f"{_W}val") if fmt_el is not None else "yyyy-MM-dd"
    tokens = {"yyyy": f"{day.year}", "MMMM": _MONTHS[day.month - 1], "MM": f"{day.month:02d}", "dd": f"{day.day:02d}", "M": f"{day.month}", "d": f"{day.day}"}
    return re.sub(r"yyyy|MMMM|MM|dd|M|d", lambda t: tokens[t.group(0)], fmt)


def _bind(root, stores: dict[str, object]) -> bool:
    """Set each bound control's text under ``root`` to its value; whether any was set."""
    done = False
    for sdt in root.iter(f"{_W}sdt"):
        pr = sdt.find(f"{_W}sdtPr")
        binding = pr.find(f"{_W}dataBinding") if pr is not None else None
        content = sdt.find(f"{_W}sdtContent")
        if binding is None or content is None:
            continue
        store = stores.get((binding.get(f"{_W}storeItemID") or "").upper())
        node = _resolve(store, binding.get(f"{_W}xpath") or "") if store is not None else None
        if node is None:
            continue
        value = " ".join("".join(node.itertext()).split())
        texts = list(content.iter(f"{_W}t"))
        if not value or not texts:
            continue
        texts[0].text = _shown(value, pr)
        for t in texts[1:]:
            t.text = ""
        placeholder = pr.find(f"{_W}showingPlcHdr")
        if placeholder is not None:
            pr.remove(placeholder)  # (a value stands there now, not the prompt text)
        done = True
    return done
