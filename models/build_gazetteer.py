"""Compile vnpolitics/data/gazetteer.json from the PyPI package vietnamadminunits.

Run at build time only (``.venv/bin/python models/build_gazetteer.py``); the
library reads the JSON it writes and never imports vietnamadminunits. The
package carries both maps: the 63 provinces with their districts and communes
in force until mid-2025, the 34 merged provinces with their communes after it,
and the converter that sends each old commune to its new one.

Output layout (lists of lists keep the file small; indexes refer to the
parent list):

    provinces_2025: [kind, name]
    provinces_legacy: [kind, name, index into provinces_2025]
    districts_legacy: [kind, name, index into provinces_legacy]
    communes_2025: [kind, name, index into provinces_2025]
    communes_legacy: [kind, name, index into districts_legacy, index into communes_2025 or -1]

``kind`` is the lower-case administrative word ("tỉnh", "thành phố", "huyện",
"xã", "đặc khu", ...); ``name`` the unit's own name ("Nghệ An").
"""

from __future__ import annotations

import json
import sys
from importlib import metadata
from pathlib import Path

from vietnamadminunits.database import get_data

from vnpolitics.normalization import normalize

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "vnpolitics" / "data" / "gazetteer.json"
CONVERTER = "converter_2025.json"


def _clean(text: str) -> str:
    return " ".join(normalize(text).text.split())


# Administrative words as the package writes them, longest first.
KINDS = ("Thành phố", "Thị xã", "Thị trấn", "Đặc khu", "Tỉnh", "Huyện", "Quận", "Phường", "Xã")


def _split(full_name: str) -> list[str]:
    """"Huyện Kỳ Anh" -> ["huyện", "Kỳ Anh"]; "Phường 1" -> ["phường", "1"].

    The kind is read from the name itself: the package's type and "short"
    columns disagree with it in places ("Phường Tân Lộc" typed "Xã",
    short names tagged "Kỳ Anh (Huyện)").
    """
    full_name = _clean(full_name)
    for kind in KINDS:
        if full_name.casefold().startswith(kind.casefold() + " "):  # "Thị Trấn Óc Eo" occurs
            return [kind.lower(), full_name[len(kind) + 1 :]]
    raise ValueError(f"{full_name!r} starts with no known administrative word")


def _converter_tables() -> tuple[dict, dict, dict]:
    import vietnamadminunits

    path = Path(vietnamadminunits.__file__).parent / "data" / CONVERTER
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["DICT_PROVINCE"], data["DICT_PROVINCE_WARD_NO_DIVIDED"], data["DICT_PROVINCE_WARD_DIVIDED"]


def build() -> dict:
    legacy_rows = get_data(
        ["province", "provinceKey", "district", "districtKey", "ward", "wardKey"],
        "admin_units_legacy",
    )
    new_rows = get_data(["province", "provinceKey", "ward", "wardKey"], "admin_units")
    province_map, undivided, divided = _converter_tables()

    provinces_2025: list[list] = []
    province_2025_index: dict[str, int] = {}
    communes_2025: list[list] = []
    commune_2025_index: dict[tuple[str, str], int] = {}
    for row in sorted(new_rows, key=lambda r: (r["provinceKey"], r["wardKey"] or "")):
        key = row["provinceKey"]
        if key not in province_2025_index:
            province_2025_index[key] = len(provinces_2025)
            provinces_2025.append(_split(row["province"]))
        if row["ward"]:
            commune_2025_index[(key, row["wardKey"])] = len(communes_2025)
            communes_2025.append([*_split(row["ward"]), province_2025_index[key]])

    new_province_of_old = {old: new for new, olds in province_map.items() for old in olds}
    new_commune_of_old: dict[str, tuple[str, str]] = {}
    for new_province, wards in undivided.items():
        for new_ward, old_keys in wards.items():
            for old_key in old_keys:
                new_commune_of_old[old_key] = (new_province, new_ward)
    for new_province, old_wards in divided.items():
        for old_key, options in old_wards.items():
            default = next((o for o in options if o.get("isDefaultNewWard")), options[0])
            new_commune_of_old.setdefault(old_key, (new_province, default["newWardKey"]))

    provinces_legacy: list[list] = []
    province_legacy_index: dict[str, int] = {}
    districts_legacy: list[list] = []
    district_index: dict[tuple[str, str], int] = {}
    communes_legacy: list[list] = []
    for row in sorted(legacy_rows, key=lambda r: (r["provinceKey"], r["districtKey"], r["wardKey"] or "")):
        province_key, district_key = row["provinceKey"], row["districtKey"]
        if province_key not in province_legacy_index:
            province_legacy_index[province_key] = len(provinces_legacy)
            provinces_legacy.append([
                *_split(row["province"]),
                province_2025_index[new_province_of_old[province_key]],
            ])
        if (province_key, district_key) not in district_index:
            district_index[(province_key, district_key)] = len(districts_legacy)
            districts_legacy.append([
                *_split(row["district"]),
                province_legacy_index[province_key],
            ])
        if row["ward"]:
            successor = new_commune_of_old.get(f"{province_key}_{district_key}_{row['wardKey']}")
            communes_legacy.append([
                *_split(row["ward"]),
                district_index[(province_key, district_key)],
                commune_2025_index.get(successor, -1) if successor else -1,
            ])

    version = metadata.version("vietnamadminunits")
    classifiers = metadata.metadata("vietnamadminunits").get_all("Classifier") or []
    licence = next((c.rsplit("::", 1)[1].strip() for c in classifiers if c.startswith("License ::")), "unknown")
    return {
        "source": {"package": "vietnamadminunits", "version": version, "license": licence},
        "provinces_2025": provinces_2025,
        "provinces_legacy": provinces_legacy,
        "districts_legacy": districts_legacy,
        "communes_2025": communes_2025,
        "communes_legacy": communes_legacy,
    }


def main() -> int:
    gazetteer = build()
    OUTPUT.write_text(json.dumps(gazetteer, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    counts = {key: len(value) for key, value in gazetteer.items() if isinstance(value, list)}
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
