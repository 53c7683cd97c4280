"""Cases met in session 15 (held-out round 8 and its review); each input is in
tests/data/session15 and each check says what a reader of that input expects."""
import os
from e2e import *

R = os.path.join(SOURCE, "tests", "data", "session15")


def recs(name, *extra):
    rc, out, err = run("process", "--no-extract", *extra, os.path.join(R, name))
    return records(out)


# A two-column joint signature whose right organ runs on to a line of its own
# (`青岛市人民政府` / `办公厅`): two signers, the second finished by the generic name.
for name, want in [("sig_generic_body.txt", ["青岛市财政局", "青岛市人民政府办公厅"]),
                   ("sig_generic_body_party.txt", ["中共青岛市委", "青岛市人民政府办公厅"])]:
    got = recs(name)[0]["fields"].get("issuer")
    check(got == want, f"{name}: {got}")

done()
