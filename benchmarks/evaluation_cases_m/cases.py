"""Set M as data: physical and health-led plans. A costed provision map, sections laid out
by area of need, section letters drawn as large initials in bands, and a plan that puts
health (C and G) before education. Reports carry recommendation tables whose reason,
outcome and rationale cells are not recommendations.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist, phone numbers are in the 01632 960xxx range and e-mail addresses are
at example.org. Markers are those of evaluation_kit.dataset.
"""

from case_m1 import CASE_01
from case_m2 import CASE_02
from case_m3 import CASE_03
from case_m4 import CASE_04

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
