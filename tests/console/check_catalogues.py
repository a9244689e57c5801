#!/usr/bin/env python3
"""Every string key the console's page and script use exists in both
catalogues (fr, en), with a non-empty text, and the catalogues have the same
keys and the same {placeholders}. Usage: check_catalogues.py STATIC_DIR"""
import json
import os
import re
import sys


def main():
    static = sys.argv[1]
    catalogues = {}
    for lang in ('fr', 'en'):
        with open(os.path.join(static, 'i18n', lang + '.json'), encoding='utf-8') as f:
            catalogues[lang] = json.load(f)
    with open(os.path.join(static, 'index.html'), encoding='utf-8') as f:
        html = f.read()
    with open(os.path.join(static, 'console.js'), encoding='utf-8') as f:
        script = f.read()
    used = set(re.findall(r'data-i18n(?:-aria-label)?="([a-z_]+)"', html))
    used |= {k for k in re.findall(r"\bt\('([a-z_]+)'", script) if not k.endswith('_')}
    # Keys made from a prefix and a value the hub sends.
    used |= {'role_organiser', 'role_viewer', 'event_in', 'event_out', 'event_revoke'}
    used |= {'printer_' + k for k in ('media_empty', 'media_jam', 'door_open', 'offline', 'stopped', 'refusing',
                                       'unknown_queue', 'other')}
    problems = []
    for lang, strings in catalogues.items():
        for key in sorted(used - strings.keys()):
            problems.append('%s.json lacks "%s"' % (lang, key))
        for key, text in strings.items():
            if not text.strip():
                problems.append('%s.json: "%s" is empty' % (lang, key))
    for key in sorted(catalogues['fr'].keys() ^ catalogues['en'].keys()):
        problems.append('"%s" is in one catalogue only' % key)
    for key in catalogues['fr'].keys() & catalogues['en'].keys():
        fr = set(re.findall(r'\{\w+\}', catalogues['fr'][key]))
        en = set(re.findall(r'\{\w+\}', catalogues['en'][key]))
        if fr != en:
            problems.append('"%s": placeholders differ (fr %s, en %s)' % (key, sorted(fr), sorted(en)))
    for p in problems:
        print(p)
    print('%d keys used, %d in each catalogue, %d problems' % (len(used), len(catalogues['en']), len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
