#!/usr/bin/env python3
# Run after lupdate: python3 translations/fill-english-plurals.py translations/linkdeck_en.ts
# Fills the English plural forms (one, other) of numerus messages from their "(s)" source.
import re, sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
def fix(m):
    block = m.group(0)
    if 'numerus="yes"' not in block or 'type="unfinished"' not in block:
        return block
    src = re.search(r'<source>(.*?)</source>', block, re.S).group(1)
    one = src.replace('(s)', '').replace('(es)', '')
    other = src.replace('(s)', 's').replace('(es)', 'es')
    tr = '<translation>\n            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n        </translation>' % (one, other)
    return re.sub(r'<translation type="unfinished">.*?</translation>', tr, block, flags=re.S)
s2 = re.sub(r'<message numerus="yes">.*?</message>', fix, s, flags=re.S)
open(p, 'w', encoding='utf-8').write(s2)
print(s2.count('numerus="yes"'), 'numerus messages')
