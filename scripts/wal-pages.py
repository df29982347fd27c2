#!/usr/bin/env python3
"""Pages per transaction, by table and index, from the copies `bench -- wal-pages --keep DIR` leaves (issue 17).

Every frame of a WAL is one page a transaction wrote (SQLite writes a dirty page once per commit); the frame whose
"database size" field is not zero ends a transaction. The page numbers are mapped to B-trees with dbstat (Debian's
libsqlite3 has it; the bundled e_sqlite3 has not). A page no B-tree holds any more is counted as "(free/other)".

    python3 scripts/wal-pages.py /tmp/labflow-wal-pages
"""
import collections, glob, os, shutil, sqlite3, struct, sys, tempfile

def frames(wal):
    data = open(wal, 'rb').read()
    page_size = struct.unpack('>I', data[8:12])[0]
    salts = data[16:24]
    transactions, current, offset = [], [], 32
    while offset + 24 + page_size <= len(data):
        page, commit = struct.unpack('>II', data[offset:offset + 8])
        if data[offset + 8:offset + 16] != salts:
            break
        current.append(page)
        if commit:
            transactions.append(current)
            current = []
        offset += 24 + page_size
    return transactions

def owners(db, wal):
    folder = tempfile.mkdtemp()
    try:
        shutil.copy(db, os.path.join(folder, 'x.db'))
        shutil.copy(wal, os.path.join(folder, 'x.db-wal'))
        connection = sqlite3.connect(os.path.join(folder, 'x.db'))
        result = dict(connection.execute('SELECT pageno, name FROM dbstat'))
        connection.close()
        return result
    finally:
        shutil.rmtree(folder)

def main(keep):
    for db in sorted(glob.glob(os.path.join(keep, '*.db'))):
        wal = db + '-wal'
        transactions = frames(wal)
        owner = owners(db, wal)
        name = os.path.basename(db)[:-3]
        # A round trip is two transactions (start, resume): report them apart when they alternate.
        groups = {'all': transactions}
        if 'roundtrips' in name:
            groups = {'start tx': transactions[0::2], 'resume tx': transactions[1::2]}
        for group, txs in groups.items():
            counts = collections.Counter(owner.get(p, '(free/other)') for tx in txs for p in tx)
            total = sum(len(tx) for tx in txs)
            print(f'{name} {group}: {len(txs)} transactions, {total / len(txs):.2f} pages per transaction')
            for btree, count in counts.most_common():
                print(f'    {count / len(txs):6.2f}  {btree}')
        print(f'{name}: {sum(map(len, transactions)) / len(transactions):.2f} pages per transaction overall')
        print()

if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '/tmp/labflow-wal-pages')
