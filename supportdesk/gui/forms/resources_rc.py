# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x0f\xd2\
/\
*\x0a * SupportDesk\
 \xe2\x80\x94 calm light \
style sheet.\x0a *\x0a\
 * Loaded from :\
/supportdesk/sty\
le/supportdesk.q\
ss and set on th\
e QApplication.\x0a\
 * Neutral greys\
, one accent col\
our (deep blue #\
1f4e8c), readabl\
e sizes (base 10\
pt).\x0a * Tables, \
inputs and butto\
ns keep the nati\
ve look apart fr\
om light touches\
.\x0a *\x0a * Dynamic \
properties (chan\
ge them from cod\
e, then re-polis\
h the widget:\x0a *\
   w.style().unp\
olish(w); w.styl\
e().polish(w)):\x0a\
 *   #banner[sta\
te]    \x22offline\x22\
 | \x22degraded\x22 | \
\x22maintenance\x22 | \
\x22demo\x22\x0a *   #tie\
rLabel[tier]  \x22B\
ase\x22 | \x22Frequent\
 Traveller\x22 | \x22S\
enator\x22 | \x22HON C\
ircle\x22\x0a *   QLab\
el[caption=\x22true\
\x22]  grey caption\
 labels of the m\
ember profile fo\
rm\x0a */\x0a\x0aQWidget \
{\x0a    font-size:\
 10pt;\x0a}\x0a\x0a/* ---\
- Headings -----\
----------------\
----------------\
----------------\
----- */\x0a\x0aQLabel\
#titleLabel {\x0a  \
  font-size: 18p\
t;\x0a    font-weig\
ht: bold;\x0a    co\
lor: #1f4e8c;\x0a}\x0a\
\x0aQLabel#nameLabe\
l {\x0a    font-siz\
e: 16pt;\x0a    fon\
t-weight: 600;\x0a \
   color: #1c233\
0;\x0a}\x0a\x0aQLabel#bal\
anceLabel {\x0a    \
font-size: 18pt;\
\x0a    font-weight\
: 600;\x0a    color\
: #1c2330;\x0a}\x0a\x0aQL\
abel#balanceCapt\
ion,\x0aQLabel#asOf\
Label,\x0aQLabel#ma\
skNote,\x0aQLabel#r\
esultCountLabel,\
\x0aQLabel#ledgerSt\
atusLabel,\x0aQLabe\
l#progressLabel,\
\x0aQLabel#keyringN\
otice {\x0a    colo\
r: #5f6b7a;\x0a}\x0a\x0aQ\
Label#balanceCap\
tion,\x0aQLabel#asO\
fLabel,\x0aQLabel#m\
askNote {\x0a    fo\
nt-size: 9pt;\x0a}\x0a\
\x0aQLabel#backendL\
abel,\x0aQLabel#kin\
dLabel,\x0aQLabel#s\
tatusLabel {\x0a   \
 color: #3d4756;\
\x0a}\x0a\x0aQLabel#numbe\
rLabel {\x0a    fon\
t-family: \x22Conso\
las\x22, \x22DejaVu Sa\
ns Mono\x22, \x22Menlo\
\x22, \x22Liberation M\
ono\x22, monospace;\
\x0a    font-size: \
11pt;\x0a    color:\
 #1c2330;\x0a}\x0a\x0aQLa\
bel[caption=\x22tru\
e\x22] {\x0a    color:\
 #5f6b7a;\x0a}\x0a\x0a/* \
---- Messages --\
----------------\
----------------\
----------------\
-------- */\x0a\x0aQLa\
bel#errorLabel,\x0a\
QLabel#messageLa\
bel {\x0a    color:\
 #a3191b;\x0a}\x0a\x0aQLa\
bel#demoNotice {\
\x0a    background-\
color: #fff8d6;\x0a\
    border: 1px \
solid #eadc9c;\x0a \
   border-radius\
: 4px;\x0a    paddi\
ng: 6px 8px;\x0a   \
 color: #4a3f0f;\
\x0a}\x0a\x0a/* ---- Bann\
er above the pag\
es (MainWindow) \
----------------\
--------------- \
*/\x0a\x0aQLabel#banne\
r {\x0a    padding:\
 6px 12px;\x0a    b\
ackground-color:\
 #eef1f5;\x0a    co\
lor: #1c2330;\x0a  \
  border-bottom:\
 1px solid #d3d9\
e1;\x0a}\x0a\x0aQLabel#ba\
nner[state=\x22offl\
ine\x22] {\x0a    back\
ground-color: #f\
9d9cf;\x0a    color\
: #6e1a0c;\x0a    b\
order-bottom: 1p\
x solid #e2a593;\
\x0a}\x0a\x0aQLabel#banne\
r[state=\x22degrade\
d\x22] {\x0a    backgr\
ound-color: #fbe\
7bd;\x0a    color: \
#5a3d00;\x0a    bor\
der-bottom: 1px \
solid #e6c680;\x0a}\
\x0a\x0aQLabel#banner[\
state=\x22maintenan\
ce\x22] {\x0a    backg\
round-color: #df\
e6ee;\x0a    color:\
 #27364a;\x0a    bo\
rder-bottom: 1px\
 solid #b9c6d5;\x0a\
}\x0a\x0aQLabel#banner\
[state=\x22demo\x22] {\
\x0a    background-\
color: #fff8d6;\x0a\
    color: #4a3f\
0f;\x0a    border-b\
ottom: 1px solid\
 #eadc9c;\x0a}\x0a\x0a/* \
---- Tier badge \
(MemberView) ---\
----------------\
----------------\
-------- */\x0a\x0aQLa\
bel#tierLabel {\x0a\
    border-radiu\
s: 10px;\x0a    pad\
ding: 2px 10px;\x0a\
    font-size: 9\
pt;\x0a    font-wei\
ght: 600;\x0a    ba\
ckground-color: \
#eef1f5;\x0a    col\
or: #3b4654;\x0a   \
 border: 1px sol\
id #c9d1db;\x0a}\x0a\x0aQ\
Label#tierLabel[\
tier=\x22Base\x22] {\x0a \
   background-co\
lor: #eef1f5;\x0a  \
  color: #3b4654\
;\x0a    border: 1p\
x solid #c9d1db;\
\x0a}\x0a\x0aQLabel#tierL\
abel[tier=\x22Frequ\
ent Traveller\x22] \
{\x0a    background\
-color: #dde5ee;\
\x0a    color: #243\
64d;\x0a    border:\
 1px solid #9fb0\
c4;\x0a}\x0a\x0aQLabel#ti\
erLabel[tier=\x22Se\
nator\x22] {\x0a    ba\
ckground-color: \
#f5e7bf;\x0a    col\
or: #594300;\x0a   \
 border: 1px sol\
id #d2b15c;\x0a}\x0a\x0aQ\
Label#tierLabel[\
tier=\x22HON Circle\
\x22] {\x0a    backgro\
und-color: #2e30\
38;\x0a    color: #\
f1e4bf;\x0a    bord\
er: 1px solid #2\
e3038;\x0a}\x0a\x0a/* ---\
- Light touches \
on native widget\
s --------------\
----------------\
----- */\x0a\x0aQTable\
View {\x0a    gridl\
ine-color: #e1e5\
ea;\x0a    alternat\
e-background-col\
or: #f5f7fa;\x0a   \
 selection-backg\
round-color: #1f\
4e8c;\x0a    select\
ion-color: #ffff\
ff;\x0a}\x0a\x0aQHeaderVi\
ew::section {\x0a  \
  background-col\
or: #f1f3f6;\x0a   \
 color: #3d4756;\
\x0a    padding: 4p\
x 8px;\x0a    borde\
r: none;\x0a    bor\
der-right: 1px s\
olid #dde1e7;\x0a  \
  border-bottom:\
 1px solid #c9d0\
d9;\x0a}\x0a\x0aQHeaderVi\
ew::section:last\
 {\x0a    border-ri\
ght: none;\x0a}\x0a\x0aQL\
ineEdit {\x0a    se\
lection-backgrou\
nd-color: #1f4e8\
c;\x0a    selection\
-color: #ffffff;\
\x0a}\x0a\x0aQGroupBox {\x0a\
    font-weight:\
 600;\x0a}\x0a\x0aQGroupB\
ox QLabel,\x0aQGrou\
pBox QTableView \
{\x0a    font-weigh\
t: normal;\x0a}\x0a\x0aQS\
tatusBar {\x0a    c\
olor: #3d4756;\x0a}\
\x0a\
\x00\x00\x03{\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Suppo\
rtDesk applicati\
on icon: a heads\
et in a rounded \
square. -->\x0a<svg\
 xmlns=\x22http://w\
ww.w3.org/2000/s\
vg\x22 version=\x221.1\
\x22 width=\x22256\x22 he\
ight=\x22256\x22 viewB\
ox=\x220 0 256 256\x22\
>\x0a  <title>Suppo\
rtDesk</title>\x0a \
 <rect x=\x228\x22 y=\x22\
8\x22 width=\x22240\x22 h\
eight=\x22240\x22 rx=\x22\
52\x22 ry=\x2252\x22 fill\
=\x22#1f4e8c\x22/>\x0a  <\
g transform=\x22tra\
nslate(0 -10)\x22>\x0a\
    <path d=\x22M 6\
6 142 V 126 A 62\
 62 0 0 1 190 12\
6 V 142\x22\x0a       \
   fill=\x22none\x22 s\
troke=\x22#ffffff\x22 \
stroke-width=\x2216\
\x22 stroke-linecap\
=\x22round\x22/>\x0a    <\
rect x=\x2246\x22 y=\x221\
18\x22 width=\x2240\x22 h\
eight=\x2270\x22 rx=\x221\
6\x22 ry=\x2216\x22 fill=\
\x22#ffffff\x22/>\x0a    \
<rect x=\x22170\x22 y=\
\x22118\x22 width=\x2240\x22\
 height=\x2270\x22 rx=\
\x2216\x22 ry=\x2216\x22 fil\
l=\x22#ffffff\x22/>\x0a  \
  <path d=\x22M 190\
 186 V 190 A 26 \
26 0 0 1 164 216\
 H 146\x22\x0a        \
  fill=\x22none\x22 st\
roke=\x22#ffffff\x22 s\
troke-width=\x2210\x22\
 stroke-linecap=\
\x22round\x22/>\x0a    <r\
ect x=\x22114\x22 y=\x222\
04\x22 width=\x2238\x22 h\
eight=\x2224\x22 rx=\x221\
2\x22 ry=\x2212\x22 fill=\
\x22#f2b233\x22/>\x0a  </\
g>\x0a</svg>\x0a\
"

qt_resource_name = b"\
\x00\x0b\
\x06o\x22{\
\x00s\
\x00u\x00p\x00p\x00o\x00r\x00t\x00d\x00e\x00s\x00k\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x05\
\x00z\xc0%\
\x00s\
\x00t\x00y\x00l\x00e\
\x00\x0f\
\x02r\x86\xe3\
\x00s\
\x00u\x00p\x00p\x00o\x00r\x00t\x00d\x00e\x00s\x00k\x00.\x00q\x00s\x00s\
\x00\x0f\
\x02r\x84\x87\
\x00s\
\x00u\x00p\x00p\x00o\x00r\x00t\x00d\x00e\x00s\x00k\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x02\
\x00\x00\x00\x1c\x00\x02\x00\x00\x00\x01\x00\x00\x00\x05\
\x00\x00\x00,\x00\x02\x00\x00\x00\x01\x00\x00\x00\x04\
\x00\x00\x00<\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00`\x00\x00\x00\x00\x00\x01\x00\x00\x0f\xd6\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
