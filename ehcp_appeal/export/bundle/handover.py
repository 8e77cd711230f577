"""A BagIt package for handing a bundle to a solicitor: the PDF, every original, checksums.

BagIt (RFC 8493) is what archives and e-discovery tools check: the receiver runs any BagIt
validator (or ``bagit.py --validate``) and knows nothing was changed or lost on the way.
"""

import json
import re
import shutil
import zipfile
from pathlib import Path

from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import AppError
from ehcp_appeal.scratch import private_folder
from ehcp_appeal.services.bundle import BundleResult
from ehcp_appeal.services.cases import get_case
from ehcp_appeal.services.evidence import document_bytes

UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


def _safe_name(name: str) -> str:
    cleaned = UNSAFE.sub("_", name).strip(" .") or "document"
    return cleaned[:120]


def write_bag(db: Database, case_id: str, result: BundleResult, target: Path) -> Path:
    """Write the package as a folder, or as a zip when ``target`` ends in .zip."""
    import bagit

    case = get_case(db, case_id)
    as_zip = target.suffix.lower() == ".zip"
    if target.exists() and not as_zip and any(target.iterdir()):
        raise AppError(f"{target} is not empty; choose a new folder for the package.")
    with private_folder("ehcp-bag-") as scratch:
        folder = Path(scratch) / "bag"
        originals = folder / "originals"
        originals.mkdir(parents=True)
        shutil.copyfile(result.bundle.path, folder / result.bundle.path.name)
        manifest = json.dumps(result.manifest(), indent=2, ensure_ascii=False)
        (folder / "manifest.json").write_text(manifest + "\n", encoding="utf-8")
        used: set[str] = set()
        for doc in result.bundle.documents:
            if doc.id.startswith("extra:"):
                continue
            data, _type, name = document_bytes(db, doc.id)
            filename = f"{doc.number} {_safe_name(name)}"
            while filename in used:
                filename = "_" + filename
            used.add(filename)
            (originals / filename).write_bytes(data)
        bagit.make_bag(
            str(folder),
            bag_info={
                "Source-Organization": "EHCP Appeal",
                "External-Description": (
                    f"{result.manifest()['profile']} bundle, version {result.version}, "
                    f"for the appeal of {case.child_name or case.name} "
                    f"({case.tribunal_reference or 'no tribunal reference yet'})"
                ),
                "Bagging-Date": result.made_at.date().isoformat(),
                "Bundle-Pages": str(result.bundle.total_pages),
                "Bundle-SHA256": result.bundle.sha256,
            },
            checksums=["sha256"],
        )
        if as_zip:
            target.parent.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in sorted(folder.rglob("*")):
                    if path.is_file():
                        archive.write(path, Path(target.stem) / path.relative_to(folder))
        else:
            shutil.copytree(folder, target, dirs_exist_ok=True)
    return target
