#!/usr/bin/env python3
"""Generate Sources/Web/Resources/Map/departements.tsv (the map's shapes) from the départements GeoJSON.

Usage: python3 tools/make_map.py [path/to/departements-avec-outre-mer-simplifie.geojson]

Metropolitan France (with Corsica at its place) is drawn with an equirectangular
projection whose longitudes are scaled by cos(46.5°). The five overseas
départements are moved into a column of inset boxes on the left, each scaled to
fit its box with its own cos(latitude) correction. Coordinates are rounded to
0.1 px and written as relative path commands (m, l, z).
"""
import json
import math
import os
import sys

DEFAULT_INPUT = os.path.join(
    os.path.dirname(__file__), "..", "..", "shared", "data", "departements-avec-outre-mer-simplifie.geojson"
)
OUTPUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "Web", "Resources", "Map", "departements.tsv")

WIDTH = 600
MARGIN = 8
INSET_COLUMN_WIDTH = 104
INSET_GAP = 6
GUTTER = 16  # between the inset column and metropolitan France
LABEL_BAND = 15  # room for the inset's name at the top of its box
INSET_PADDING = 4
OVERSEAS = ["971", "972", "973", "974", "976"]
MIN_RING_AREA = 0.5  # px²: smaller islets and holes are invisible under the 0.5 px border, so they are dropped


def rings_of(geometry):
    """All rings of a Polygon or MultiPolygon, grouped by polygon."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    raise ValueError("unexpected geometry " + geometry["type"])


def bounds(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def all_points(polygons):
    return [pt for polygon in polygons for ring in polygon for pt in ring]


def projector(polygons_list, box, cos_lat):
    """A function mapping lon/lat to px so that the polygons fit centred in box (x, y, w, h)."""
    minx, miny, maxx, maxy = bounds([pt for polys in polygons_list for pt in all_points(polys)])
    bw = (maxx - minx) * cos_lat
    bh = maxy - miny
    bx, by, w, h = box
    scale = min(w / bw, h / bh)
    ox = bx + (w - bw * scale) / 2
    oy = by + (h - bh * scale) / 2

    def project(pt):
        return ox + (pt[0] - minx) * cos_lat * scale, oy + (maxy - pt[1]) * scale

    return project, scale


def tenths(value):
    return int(round(value * 10))


def number(n):
    """A value in tenths of a px, as short as possible: 12 -> "1.2", -5 -> "-.5", 30 -> "3"."""
    sign = "-" if n < 0 else ""
    n = abs(n)
    whole, frac = divmod(n, 10)
    if frac == 0:
        return sign + str(whole)
    return sign + (str(whole) if whole else "") + "." + str(frac)


def join(numbers):
    out = ""
    for i, text in enumerate(numbers):
        if i > 0 and not text.startswith("-"):
            out += " "
        out += text
    return out


def clean_ring(ring, project):
    """Projected ring in integer tenths: no closing point, no duplicates, no collinear points."""
    pts = []
    for pt in ring:
        x, y = project(pt)
        q = (tenths(x), tenths(y))
        if not pts or pts[-1] != q:
            pts.append(q)
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    changed = True
    while changed and len(pts) >= 3:
        changed = False
        kept = []
        n = len(pts)
        for i in range(n):
            a, b, c = pts[i - 1], pts[i], pts[(i + 1) % n]
            cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
            if cross == 0:
                changed = True
                pts_rest = pts[:i] + pts[i + 1:]
                kept = None
                break
            kept.append(b)
        if changed:
            pts = pts_rest
        else:
            pts = kept
    return pts if len(pts) >= 3 else None


def area(pts):
    """Area in px² of a ring given in tenths of a px."""
    doubled = sum(pts[i - 1][0] * pts[i][1] - pts[i][0] * pts[i - 1][1] for i in range(len(pts)))
    return abs(doubled) / 200


def path_data(polygons, project):
    out = []
    start = (0, 0)
    for polygon in polygons:
        for index, ring in enumerate(polygon):
            pts = clean_ring(ring, project)
            if pts is None or area(pts) < MIN_RING_AREA:
                if index == 0:
                    break  # no outer ring, so no polygon: its holes go with it
                continue
            first = pts[0]
            out.append("m" + join([number(first[0] - start[0]), number(first[1] - start[1])]))
            deltas = []
            prev = first
            for p in pts[1:]:
                deltas += [number(p[0] - prev[0]), number(p[1] - prev[1])]
                prev = p
            out.append("l" + join(deltas) + "z")
            start = first  # after z the current point is the subpath's start
    return "".join(out)


def sort_key(code):
    # 2A and 2B sit between 19 and 21, the overseas codes after 95.
    if code in ("2A", "2B"):
        return (20, code)
    return (int(code), "")


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_INPUT
    with open(source, encoding="utf-8") as f:
        features = json.load(f)["features"]
    shapes = {f["properties"]["code"]: (f["properties"]["nom"], rings_of(f["geometry"])) for f in features}
    assert len(shapes) == 101, len(shapes)

    metro_codes = [c for c in shapes if c not in OVERSEAS]
    metro_x = MARGIN + INSET_COLUMN_WIDTH + GUTTER
    metro_w = WIDTH - metro_x - MARGIN
    cos_metro = math.cos(math.radians(46.5))
    minx, miny, maxx, maxy = bounds([pt for c in metro_codes for pt in all_points(shapes[c][1])])
    metro_h = metro_w * (maxy - miny) / ((maxx - minx) * cos_metro)
    height = int(math.ceil(metro_h + 2 * MARGIN))
    project_metro, _ = projector([shapes[c][1] for c in metro_codes], (metro_x, MARGIN, metro_w, metro_h), cos_metro)

    paths = {c: path_data(shapes[c][1], project_metro) for c in metro_codes}
    box_h = (height - 2 * MARGIN - INSET_GAP * (len(OVERSEAS) - 1)) / len(OVERSEAS)
    insets = []
    for i, code in enumerate(OVERSEAS):
        box = (MARGIN, MARGIN + i * (box_h + INSET_GAP), INSET_COLUMN_WIDTH, box_h)
        insets.append((code,) + box)
        polys = shapes[code][1]
        lat = (bounds(all_points(polys))[1] + bounds(all_points(polys))[3]) / 2
        inner = (box[0] + INSET_PADDING, box[1] + LABEL_BAND, box[2] - 2 * INSET_PADDING, box[3] - LABEL_BAND - INSET_PADDING)
        project, _ = projector([polys], inner, math.cos(math.radians(lat)))
        paths[code] = path_data(polys, project)

    lines = [
        "# Generated by tools/make_map.py from departements-avec-outre-mer-simplifie.geojson. Do not edit.",
        "# Source: IGN ADMIN EXPRESS COG 2018, simplified (gregoiredavid/france-geojson), Licence Ouverte / Open Licence.",
        "# Derived: equirectangular projection (longitude x cos 46.5 deg), overseas departements moved to insets, 0.1 px.",
        "# Lines: size<TAB>width<TAB>height | inset<TAB>code<TAB>x<TAB>y<TAB>width<TAB>height | shape<TAB>code<TAB>name<TAB>SVG path",
        f"size\t{WIDTH}\t{height}",
    ]
    for code, x, y, w, h in insets:
        lines.append(f"inset\t{code}\t{x:.1f}\t{y:.1f}\t{w:.1f}\t{h:.1f}")
    for code in sorted(shapes, key=sort_key):
        lines.append(f"shape\t{code}\t{shapes[code][0]}\t{paths[code]}")
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {os.path.normpath(OUTPUT)}: {os.path.getsize(OUTPUT)} bytes, {WIDTH}x{height}")


if __name__ == "__main__":
    main()
