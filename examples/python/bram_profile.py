"""Builds Bram's Personal Profile (002:1608-1650) and prints it with labels."""

from __future__ import annotations

import pathlib

import steun

DATA = pathlib.Path(__file__).resolve().parent.parent / "data" / "bram_profile.json"


def main() -> None:
    profile = steun.PersonalProfile.from_json(DATA.read_text(encoding="utf-8"))
    print(f"Persoonlijk Profiel ({profile.client})")
    for entry in profile.domains:
        print(f"\n{entry.domain.label('nl')} / {entry.domain.label('en')}")
        for wish in entry.wishes:
            print(f"  wens: {wish}")
    print("\nBelangrijkste wensen:")
    for rank, wish in enumerate(profile.important_wishes, start=1):
        print(f"  {rank}. {wish}")

    # Built in code: the same document, checked by the core on construction.
    housing = steun.ProfileDomain(domain=steun.LifeDomain.HOUSING, wishes=["Mijn huishouden op orde"])
    small = steun.PersonalProfile(client="K-0027", domains=[housing], important_wishes=["Mijn huishouden op orde"])
    print("\n" + small.to_json())


if __name__ == "__main__":
    main()
