"""Set X as data: physical and health-led plans and young adults, in four layouts no
earlier set has. Each case is a module (x01 to x04) holding one case dict in the marked
form of evaluation_kit.dataset; the markers are built by marks.py.

Every name, council, college, school, service and professional is invented. Postcodes use
areas that do not exist and phone numbers are in the 01632 960xxx range.
"""

from x01 import CASE as CASE_01
from x02 import CASE as CASE_02
from x03 import CASE as CASE_03
from x04 import CASE as CASE_04

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
