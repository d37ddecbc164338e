#pragma once

#include "result.h"

#include <QString>

namespace Coach {

struct TrackerStoreAddress;

//! Secrets in the system keyring (QtKeychain: Secret Service, KWallet,
//! macOS Keychain, Windows Credential Store). Never a plain-text fallback:
//! without a keyring, reading finds nothing and writing fails, so secrets
//! never land in settings files. Calls wait for the keyring (a local event
//! loop, a few seconds at most): use them for short, user-started steps.
class KeyringStore final
{
public:
    KeyringStore() = delete;

    static QString read(const QString &key);
    static Status write(const QString &key, const QString &secret);
    static Status remove(const QString &key);
    //! Whether a keyring answers at all (probed once per run).
    static bool isAvailable();

    //! The key of a database password: store identity and user, no secret.
    static QString databaseKey(const TrackerStoreAddress &address);
    //! The key of a Rasa server's token or JWT.
    static QString serverKey(const QString &serverUrl);
};

} // namespace Coach
