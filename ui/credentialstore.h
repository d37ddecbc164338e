#pragma once

#include <QHash>
#include <QString>

namespace Coach {

//! Where auth tokens and JWTs live: in memory for the lifetime of the app,
//! keyed by server URL, and in the system keyring (KeyringStore) when the
//! annotator asks to remember them and one is there. Never in QSettings, a
//! session file or a log.
class CredentialStore final
{
public:
    static CredentialStore &instance();

    //! `remember`: also in the system keyring, for the next runs.
    void setSecret(const QString &serverUrl, const QString &secret, bool remember = false);
    QString secret(const QString &serverUrl) const;
    void forget(const QString &serverUrl);
    void clear();
    static bool isKeyringAvailable();

private:
    CredentialStore() = default;
    QHash<QString, QString> m_secrets;
};

} // namespace Coach
