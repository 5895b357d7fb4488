# Downloads, for each locked `name==version` given on stdin, the wheel from
# uv.lock that this interpreter prefers (the tag order of packaging's
# sys_tags, the order installers pick by), checking the lock's sha256.
# Usage: python3.12 fetch-wheels.py UV_LOCK DEST_DIR < requirements
import concurrent.futures, hashlib, os, sys, tomllib, urllib.request
from pip._vendor.packaging.tags import sys_tags
from pip._vendor.packaging.markers import Marker
from pip._vendor.packaging.utils import parse_wheel_filename, canonicalize_name

lock_path, dest = sys.argv[1], sys.argv[2]
rank = {str(t): i for i, t in enumerate(sys_tags())}
wanted = set()
for line in sys.stdin:
    line, _, marker = line.partition(';')
    if marker.strip() and not Marker(marker.strip()).evaluate():
        continue  # another platform or Python
    line = line.strip()
    if '==' in line:
        name, version = line.split('==', 1)
        wanted.add((canonicalize_name(name), version.strip()))
with open(lock_path, 'rb') as f:
    lock = tomllib.load(f)
picks, missing = [], []
for pkg in lock.get('package', []):
    key = (canonicalize_name(pkg['name']), pkg.get('version'))
    if key not in wanted:
        continue
    best = None
    for w in pkg.get('wheels', []):
        fname = w['url'].rsplit('/', 1)[1]
        tags = parse_wheel_filename(fname)[3]
        r = min((rank[str(t)] for t in tags if str(t) in rank), default=None)
        if r is not None and (best is None or r < best[0]):
            best = (r, w, fname)
    if best is None:
        missing.append('%s==%s' % key)
    else:
        picks.append(best[1:])

def fetch(pick):
    w, fname = pick
    out = os.path.join(dest, fname)
    if os.path.exists(out):
        return 0
    data = urllib.request.urlopen(w['url'], timeout=300).read()
    algo, digest = w['hash'].split(':', 1)
    if hashlib.new(algo, data).hexdigest() != digest:
        raise SystemExit('hash mismatch for ' + fname)
    with open(out + '.part', 'wb') as f:
        f.write(data)
    os.replace(out + '.part', out)
    return len(data)

os.makedirs(dest, exist_ok=True)
with concurrent.futures.ThreadPoolExecutor(4) as pool:
    total = sum(pool.map(fetch, picks))
print('%d wheels (%d MB downloaded now)' % (len(picks), total // 1000000))
if missing:
    print('no wheel for this interpreter: ' + ', '.join(sorted(missing)), file=sys.stderr)
    sys.exit(1)
