#!/usr/bin/env python3
"""Fails when an include goes against the direction of the tree (docs/developing.md, "Map").

Every quoted include is rooted at the repository ("core/requests/ChangeRequest.h"). A part of
the tree may include only the parts listed for it below, and the folders inside tepat_core may
not include each other in a circle.
"""
import os
import re
import sys
from collections import defaultdict

# Folder (longest prefix wins) -> the prefixes it may include. '' = anything.
ALLOWED = {
    'core/': ['core/'],
    'core/location/': ['core/'],
    'core/photos/': ['core/'],
    'core/documents/': ['core/'],
    'core/fieldwork/': ['core/'],
    'core/workbook/': ['core/'],
    'sync/protocol/': ['core/', 'sync/protocol/'],
    'sync/cli/': ['core/', 'sync/cli/'],
    'sync/client/': ['core/', 'sync/protocol/', 'sync/client/'],
    'sync/demo/': ['core/', 'sync/'],
    'sync/server/': ['core/', 'sync/protocol/', 'sync/cli/', 'sync/server/'],
    'ui/': ['core/', 'sync/protocol/', 'sync/client/', 'ui/'],
    'app/': ['core/', 'sync/', 'ui/', 'app/'],
    'bench/': [''],
    'tests/': [''],
}
# Libraries of their own inside core/: tepat_core's folders must not reach into them.
OWN_LIBRARIES = {
    'core/location/': ['core/photos/', 'core/documents/', 'core/fieldwork/', 'core/workbook/'],
    'core/photos/': ['core/documents/', 'core/fieldwork/', 'core/workbook/'],
    'core/documents/': ['core/location/', 'core/photos/', 'core/fieldwork/', 'core/workbook/'],
    'core/fieldwork/': ['core/documents/', 'core/workbook/'],
    'core/workbook/': ['core/location/', 'core/photos/', 'core/documents/', 'core/fieldwork/'],
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
ROOTS = ('core/', 'sync/', 'ui/', 'app/', 'bench/', 'tests/')


def rule_for(path, table):
    best = None
    for prefix in table:
        if path.startswith(prefix) and (best is None or len(prefix) > len(best)):
            best = prefix
    return best


def core_folder(path):
    parts = path.split('/')
    return parts[1] if parts[0] == 'core' and len(parts) > 2 else None


def main(root):
    problems = []
    graph = defaultdict(set)
    for top in ROOTS:
        for folder, _, names in os.walk(os.path.join(root, top)):
            for name in names:
                if not name.endswith(('.h', '.cpp')):
                    continue
                path = os.path.relpath(os.path.join(folder, name), root)
                text = open(os.path.join(root, path), encoding='utf-8').read()
                for included in INCLUDE.findall(text):
                    if included.endswith('.moc'):
                        continue
                    if not included.startswith(ROOTS):
                        problems.append(f'{path}: "{included}" is not rooted at the repository')
                        continue
                    if not os.path.isfile(os.path.join(root, included)):
                        problems.append(f'{path}: "{included}" does not exist')
                        continue
                    allowed = ALLOWED[rule_for(path, ALLOWED)]
                    if not any(included.startswith(p) for p in allowed):
                        problems.append(f'{path}: may not include "{included}"')
                    own = rule_for(path, OWN_LIBRARIES)
                    if path.startswith('core/') and own is None:
                        own_forbidden = list(OWN_LIBRARIES)
                    else:
                        own_forbidden = OWN_LIBRARIES.get(own, [])
                    if path.startswith('core/') and any(included.startswith(p) for p in own_forbidden):
                        problems.append(f'{path}: tepat_core part may not include "{included}"')
                    a, b = core_folder(path), core_folder(included)
                    if a and b and a != b:
                        graph[a].add(b)
    # Circles between folders of core/.
    state = {}
    stack = []

    def visit(node):
        state[node] = 'open'
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 'open':
                circle = stack[stack.index(nxt):] + [nxt]
                problems.append('core folders include each other: ' + ' -> '.join(circle))
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 'done'

    for node in sorted(graph):
        if node not in state:
            visit(node)
    for p in problems:
        print(p)
    print(f'{len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else '.'))
