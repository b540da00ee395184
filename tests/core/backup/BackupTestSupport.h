#pragma once

#include "core/backup/BackupKey.h"
#include "core/demo/DemoVillage.h"
#include "core/files/ContentStore.h"
#include "tests/support/TestSupport.h"

namespace tepat::test {

inline const QString &testPassphrase()
{
    static const QString phrase = QStringLiteral("kopi tubruk di balai desa");
    return phrase;
}

// A key with the library's minimum limits: real keys cost seconds to derive.
inline BackupKey fastKey(const QString &passphrase = testPassphrase())
{
    auto key = BackupKey::derive(passphrase, BackupKey::freshKdf(PasswordCost::fastForTests()));
    if (!key) {
        qFatal("key: %s", qPrintable(key.error().message));
    }
    return key.value();
}

// A store with a synthetic village and a few photos in its files folder.
inline QStringList populate(TempStore &store, int households = 150, int photos = 3)
{
    DemoOptions options;
    options.households = households;
    options.today = QDate(2026, 11, 23);
    if (!DemoVillage::populate(*store.db, store.clock, options)) {
        qFatal("demo village failed");
    }
    const ContentStore files(ContentStore::rootFor(store.path()));
    QStringList shas;
    for (int i = 0; i < photos; ++i) {
        QByteArray bytes = "foto rumah sintetis " + QByteArray::number(i) + ' ';
        bytes = bytes.repeated(2000 + i * 3000);
        shas.append(files.put(bytes).value());
    }
    return shas;
}

} // namespace tepat::test
