"""The installer sources agree with the app: ADMX/ADML policies, the MSI's registry values and
fix-ups, the example policy file, the Linux desktop entry, and the icon writer.

Building the installers themselves is tools/bundle.sh's job (it needs PyInstaller, wixl and
dpkg-deb); these checks run with the test suite so that a renamed setting or component breaks
a test, not an IT deployment.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from wolkvox_desk.services.settings import KEYS, POLICY_REGISTRY_KEY, SettingsStore

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ADMX_NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
WIX_NS = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
#: the keys IT may lock (issue 4); always_on_top and start_minimized stay personal
POLICY_KEYS = {
    "server",
    "agent_id",
    "dial_prefix",
    "plus_replacement",
    "default_country",
    "history_retention_days",
    "store_customer_names",
    "links_dial_immediately",
    "language",
}


def _admx_policies() -> list[ET.Element]:
    root = ET.parse(PACKAGING / "windows" / "wolkvox-desk.admx").getroot()
    return root.findall("p:policies/p:policy", ADMX_NS)


def _policy_values(policy: ET.Element) -> dict[str, type]:
    """Value name -> the Python type the policy writes."""
    if policy.get("valueName"):  # an on/off policy: enabledValue/disabledValue
        enabled = policy.find("p:enabledValue/p:decimal", ADMX_NS)
        disabled = policy.find("p:disabledValue/p:decimal", ADMX_NS)
        assert enabled is not None and disabled is not None
        assert (enabled.get("value"), disabled.get("value")) == ("1", "0")
        return {policy.get("valueName", ""): bool}
    kinds = {"text": str, "enum": str, "decimal": int}
    values = {}
    elements = policy.find("p:elements", ADMX_NS)
    assert elements is not None
    for element in elements:
        tag = element.tag.split("}")[1]
        values[element.get("valueName", "")] = kinds[tag]
    return values


def test_every_admx_policy_writes_a_setting_key_of_its_type() -> None:
    written: dict[str, type] = {}
    for policy in _admx_policies():
        assert policy.get("key") == POLICY_REGISTRY_KEY
        written.update(_policy_values(policy))
    assert set(written) == POLICY_KEYS
    for key, kind in written.items():
        assert KEYS[key].value_type is kind, key


def test_admx_number_limits_are_the_settings_limits() -> None:
    decimals = [
        element
        for policy in _admx_policies()
        for element in policy.findall("p:elements/p:decimal", ADMX_NS)
    ]
    assert decimals
    for element in decimals:
        spec = KEYS[element.get("valueName", "")]
        assert int(element.get("minValue", "-1")) == spec.minimum
        assert int(element.get("maxValue", "-1")) == spec.maximum


def test_adml_defines_every_string_and_presentation_the_admx_uses() -> None:
    admx = (PACKAGING / "windows" / "wolkvox-desk.admx").read_text(encoding="utf-8")
    adml = ET.parse(PACKAGING / "windows" / "en-US" / "wolkvox-desk.adml").getroot()
    strings = {e.get("id") for e in adml.iter(f"{{{ADMX_NS['p']}}}string")}
    presentations = {e.get("id") for e in adml.iter(f"{{{ADMX_NS['p']}}}presentation")}
    used_strings = set(re.findall(r"\$\(string\.(\w+)\)", admx))
    used_presentations = set(re.findall(r"\$\(presentation\.(\w+)\)", admx))
    assert used_strings and used_presentations
    assert used_strings <= strings
    assert used_presentations <= presentations


def _wxs() -> ET.Element:
    return ET.parse(PACKAGING / "windows" / "wolkvox-desk.wxs").getroot()


def test_msi_machine_defaults_are_setting_keys_from_public_properties() -> None:
    machine = {
        value.get("Name"): value.get("Value")
        for value in _wxs().iter(f"{{{WIX_NS['w']}}}RegistryValue")
        if value.get("Key") == r"Software\wolkvox-desk"
    }
    settings = {name: value for name, value in machine.items() if name and name.islower()}
    assert settings == {
        "server": "[SERVER]",
        "dial_prefix": "[DIAL_PREFIX]",
        "agent_id": "[AGENT_ID]",
    }
    # everything else there is MSI bookkeeping, which the app must not take for a setting
    assert not (set(machine) - set(settings)) & set(KEYS)


def test_msi_fixups_refer_to_the_wxs_components_and_remembered_properties() -> None:
    wxs = _wxs()
    components = {c.get("Id") for c in wxs.iter(f"{{{WIX_NS['w']}}}Component")}
    remembered = {
        p.get("Id")
        for p in wxs.iter(f"{{{WIX_NS['w']}}}Property")
        if p.find("w:RegistrySearch", WIX_NS) is not None
    }
    sql = (PACKAGING / "windows" / "msi-fixups.sql").read_text(encoding="utf-8")
    conditioned = set(re.findall(r"WHERE `Component` = '([^']+)'", sql))
    assert conditioned and conditioned <= components
    secure = re.search(r"SET `Value` = '([^']+)' WHERE `Property` = 'SecureCustomProperties'", sql)
    assert secure is not None
    assert remembered == {"SERVER", "DIAL_PREFIX", "AGENT_ID", "STARTATLOGIN", "PROTOCOLKEYS"}
    assert remembered <= set(secure.group(1).split(";"))


def test_example_policy_file_loads_without_warnings(tmp_path: Path) -> None:
    store = SettingsStore(
        tmp_path / "settings.toml", policy_file=PACKAGING / "linux" / "policy.toml.example"
    )
    assert store.load() == []
    assert store.locked_keys() == {"server", "dial_prefix", "plus_replacement"}
    assert store.source("server") == "policy"
    assert store.source("language") == "machine"


def test_desktop_entry_opens_tel_and_callto_links_with_the_bundled_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / "wolkvox-desk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    mime = set(filter(None, section["MimeType"].split(";")))
    assert mime == {"x-scheme-handler/tel", "x-scheme-handler/callto"}
    assert section["Exec"] == "wolkvox-desk %u"  # %u: the link is passed as one argument
    icon = ROOT / "wolkvox_desk" / "resources" / "icons" / f"{section['Icon']}.svg"
    assert icon.is_file()


def _make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ico_directory_points_at_each_png() -> None:
    make_icons = _make_icons()
    pngs = {16: b"\x89PNG-16", 256: b"\x89PNG-256-longer"}
    data = make_icons.ico(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 2)
    for index, (size, png) in enumerate(sorted(pngs.items())):
        width, height, _, _, _, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (width, height) == ((0, 0) if size == 256 else (size, size))
        assert bits == 32
        assert data[offset : offset + length] == png


def test_icns_length_fields_add_up() -> None:
    make_icons = _make_icons()
    data = make_icons.icns({16: b"a" * 5, 512: b"b" * 7, 24: b"ignored: no icns type"})
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    assert data[8:12] == b"icp4" and struct.unpack_from(">I", data, 12)[0] == 8 + 5
    assert data[21:25] == b"ic09" and data[29:] == b"b" * 7


@pytest.mark.usefixtures("qapp")
def test_icon_renders_at_the_asked_size() -> None:
    from PySide6.QtGui import QImage

    make_icons = _make_icons()
    png = make_icons.render_png(make_icons.SOURCE.read_bytes(), 48)
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (48, 48)
    assert image.pixelColor(24, 24).alpha() > 0  # the artwork is drawn, not an empty square
